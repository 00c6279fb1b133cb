import { applyBaseline, type Baseline, type BaselineOutcome } from '../baseline/apply.js';
import type { ScanFinding } from './finding.js';

/** The baseline target scan findings are waived under (`target: scan` or `*`). */
export const SCAN_TARGET = 'scan';

/**
 * Applies waivers to scan findings by their stable key: a waiver's `object` is the key without its
 * check id (`<file>|<object>`, e.g. `infra/main.tf|cockroach_allow_list.office 10.0.0.0/12`), so it
 * keeps matching when lines move.
 */
/** The waiver object of a scan finding: its key without the leading `<check>|`. */
export function scanWaiverObject(f: { readonly checkId: string; readonly key: string }): string {
  return f.key.slice(f.checkId.length + 1);
}

export function applyScanBaseline(
  findings: readonly ScanFinding[],
  baseline: Baseline | undefined,
  now: Date
): { findings: ScanFinding[]; outcome: BaselineOutcome } {
  const keyed = findings.map(f => ({ ...f, object: scanWaiverObject(f) }));
  const applied = applyBaseline(keyed, baseline, SCAN_TARGET, now);
  return {
    findings: applied.findings.map((f, i) => ({ ...findings[i], ...(f.waiver ? { waiver: f.waiver } : {}) })),
    outcome: applied.outcome
  };
}
