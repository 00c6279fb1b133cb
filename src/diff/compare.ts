import type { AuditReport, Reference } from '../pipeline/report.js';
import { UsageError } from '../core/errors.js';
import type { AuditOptions } from '../core/options.js';
import { toJsonReport } from '../report/json.js';
import { diffReports, isProblem, newOrWorseKeys, type DiffEntry, type ReportDiff } from './diff.js';
import { findingKey } from './identity.js';
import { readReportFile, type DiffableReport } from './report-input.js';

/**
 * What `audit --compare-to <report.json>` and the action's `compare-to` need, in one place for the
 * report, gate and SARIF code to call: read the reference before connecting, then diff the finished
 * audit against it.
 */
export interface Comparison {
  readonly reference: DiffableReport;
  readonly referenceFile: string;
  readonly diff: ReportDiff;
}

/** Reads and validates the reference report (exit 2 naming `input` and the file on any problem). */
export function readReference(file: string, input = '--compare-to'): Promise<DiffableReport> {
  return readReportFile(file, input);
}

/**
 * Reads the reference report before anything connects. What is known before connecting (an explicit
 * --name or --engine) is checked against it now; the target the server reports is checked after.
 */
export async function loadReference(options: AuditOptions, input: string): Promise<Reference | undefined> {
  if (!options.compareTo) return undefined;
  const report = await readReference(options.compareTo, input);
  const t = report.target;
  const engineDiffers = options.engine !== 'auto' && options.engine !== t.engine;
  if ((options.name !== undefined && options.name !== t.name) || engineDiffers) {
    throw new UsageError(
      `${input} ${options.compareTo} is an audit of ${JSON.stringify(t.name)} (${t.engine}), but this audit is of ${JSON.stringify(options.name ?? t.name)} (${engineDiffers ? options.engine : t.engine}): expected a JSON report of the same target and engine.`
    );
  }
  return { report, file: options.compareTo, input };
}

/** Diffs a finished audit against its reference (a different target or engine is a usage error). */
export function compareToReference(
  report: AuditReport,
  reference: DiffableReport,
  referenceFile: string
): Comparison {
  const head = toJsonReport(report) as unknown as DiffableReport;
  return { reference, referenceFile, diff: diffReports(reference, head, { base: referenceFile }) };
}

/** `comparedTo` for the JSON report: the reference and the headline counts. */
export function comparedToJson(c: Comparison) {
  return {
    file: c.referenceFile,
    auditedAt: c.reference.context.auditedAt,
    toolVersion: c.reference.tool.version,
    ...c.diff.counts
  };
}

export type ChangeMark = 'new' | 'worse' | 'better' | 'changed' | 'unchanged' | 'existing';

/**
 * Per finding of the audit: how it relates to the reference (the markdown's "change" column and
 * `gate: new`'s "existing" mark). Linear: the diff's entries are indexed once.
 */
export function changeMarks(
  diff: ReportDiff
): (checkId: string, object: string | undefined) => ChangeMark | undefined {
  const marks = new Map<string, ChangeMark>();
  for (const e of diff.new) marks.set(findingKey(e.checkId, e.object), 'new');
  for (const e of diff.changed)
    marks.set(
      findingKey(e.checkId, e.object),
      e.direction === 'worse' ? 'worse' : e.direction === 'better' ? 'better' : 'changed'
    );
  for (const e of diff.unchanged)
    marks.set(findingKey(e.checkId, e.object), isProblem(e.headStatus) ? 'existing' : 'unchanged');
  return (checkId, object) => marks.get(findingKey(checkId, object));
}

/**
 * `gate: new`: a finding blocks only when it is new or worse than in the reference; every other
 * FAIL is still reported (marked "existing"). Without a reference the caller falls back to `all`.
 */
export function blocksUnderNewGate(
  diff: ReportDiff,
  failOn: 'fail' | 'warn'
): (checkId: string, object: string | undefined) => boolean {
  const keys = newOrWorseKeys(diff, failOn);
  return (checkId, object) => keys.has(findingKey(checkId, object));
}

/** SARIF 2.1.0 `baselineState` of a present result, and the resolved ones to add as `absent`. */
export function sarifBaselineStates(diff: ReportDiff): {
  stateOf: (checkId: string, object: string | undefined) => 'new' | 'unchanged' | 'updated';
  absent: readonly DiffEntry[];
} {
  const marks = changeMarks(diff);
  return {
    stateOf: (checkId, object) => {
      const m = marks(checkId, object);
      return m === 'existing' || m === 'unchanged'
        ? 'unchanged'
        : m === undefined || m === 'new'
          ? 'new'
          : 'updated';
    },
    // Every resolved finding: one gone from the report and one now PASS/INFO/N/A alike have no
    // result in this run (SARIF results are FAIL/WARN/UNKNOWN only), so both are `absent`.
    absent: diff.resolved
  };
}
