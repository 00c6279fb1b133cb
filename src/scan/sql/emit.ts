import { defineCheck, type CheckContext, type CheckMeta, type RawFinding } from '../../core/check.js';
import type { Finding } from '../../core/finding.js';
import { runChecks } from '../../pipeline/run-checks.js';
import { scanKey, type ScanFinding } from '../finding.js';

/** A verdict on one place in a file: the raw finding, where its text starts, and its waiver object. */
export interface Placed {
  readonly raw: RawFinding;
  readonly line: number;
  readonly column: number;
  /** What the waiver key names: the object and grantee, the role, the setting; never a line. */
  readonly object: string;
  readonly annotation?: string;
}

/**
 * Turns placed verdicts into scan findings through the same runner as the live checks, so the check's
 * metadata (id, title, remediation, frameworks) and the severity policy (environment, compliance,
 * data sensitivity) apply to a file exactly as they apply to a cluster.
 */
export function emit(
  meta: CheckMeta,
  placed: readonly Placed[],
  file: string,
  ctx: CheckContext
): ScanFinding[] {
  if (placed.length === 0) return [];
  const check = defineCheck<null>({ meta, evaluate: () => placed.map(p => p.raw) });
  const findings = runChecks([check], null, ctx);
  // evaluateCheck passes a non-empty list through in order, one finding per raw finding.
  return findings.map((f, i) => place(f, placed[i], file));
}

/** Places a finding the live check itself produced. */
export function place(f: Finding, p: Omit<Placed, 'raw'>, file: string): ScanFinding {
  const annotation = [f.annotation, p.annotation].filter(Boolean).join('; ');
  return {
    ...f,
    ...(annotation ? { annotation } : {}),
    file,
    line: p.line,
    column: p.column,
    key: scanKey(f.checkId, file, p.object)
  };
}
