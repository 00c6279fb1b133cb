import type { Finding } from './finding.js';

/**
 * The gate levels, each naming what blocks besides expired waivers:
 * - `fail`: unwaived FAIL findings;
 * - `warn`: unwaived FAIL and WARN findings;
 * - `unknown`: unwaived FAIL and UNKNOWN findings (a missing privilege blocks too);
 * - `never`: nothing blocks (the report is still written).
 * An incomplete audit (a fault stopped a check) fails whatever the level: see `GateResult`.
 */
export const FAIL_ON = ['fail', 'warn', 'unknown', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/**
 * What blocks besides the level: `all` judges every finding; `new` (`--fail-on-new-only`, action
 * `gate: new`) only findings that are new or worse than in a reference report. Incomplete audits and
 * expired waivers fail in both modes; `new` without a reference falls back to `all`.
 */
export const GATE_MODES = ['all', 'new'] as const;
export type GateMode = (typeof GATE_MODES)[number];

/** How a finding relates to the reference report; `new`/`worse` are the ones `gate: new` lets block. */
export type NewOrWorse = (checkId: string, object: string | undefined) => boolean;

/**
 * True when this finding, as it stands after the baseline, blocks the gate at this level. With
 * `newOrWorse` (gate mode `new` with a reference), a finding that was already there at least as
 * severe does not block: it is reported as "existing".
 */
export function blocksGate(
  f: Pick<Finding, 'status' | 'waiver'> & Partial<Pick<Finding, 'checkId' | 'object'>>,
  failOn: FailOn,
  newOrWorse?: NewOrWorse
): boolean {
  if (failOn === 'never' || f.waiver?.state === 'active') return false;
  const atLevel =
    f.status === 'FAIL' ||
    (f.status === 'WARN' && failOn === 'warn') ||
    (f.status === 'UNKNOWN' && failOn === 'unknown');
  if (!atLevel) return false;
  return newOrWorse === undefined || newOrWorse(f.checkId ?? '', f.object);
}

/** The one gate question every renderer and the exit code ask of a finished report. */
export function blocksReportGate(
  report: {
    readonly gate: { readonly failOn: FailOn; readonly mode?: GateMode };
    readonly newOrWorse?: NewOrWorse;
  },
  f: Pick<Finding, 'status' | 'waiver' | 'checkId' | 'object'>
): boolean {
  return blocksGate(f, report.gate.failOn, report.gate.mode === 'new' ? report.newOrWorse : undefined);
}

/** The statuses a level blocks, for headings such as "Unwaived FAIL and WARN". */
export function blockingStatuses(failOn: FailOn): string[] {
  if (failOn === 'never') return [];
  if (failOn === 'warn') return ['FAIL', 'WARN'];
  if (failOn === 'unknown') return ['FAIL', 'UNKNOWN'];
  return ['FAIL'];
}
