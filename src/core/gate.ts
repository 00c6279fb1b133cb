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

/** True when this finding, as it stands after the baseline, blocks the gate at this level. */
export function blocksGate(f: Pick<Finding, 'status' | 'waiver'>, failOn: FailOn): boolean {
  if (failOn === 'never' || f.waiver?.state === 'active') return false;
  if (f.status === 'FAIL') return true;
  if (f.status === 'WARN') return failOn === 'warn';
  if (f.status === 'UNKNOWN') return failOn === 'unknown';
  return false;
}

/** The statuses a level blocks, for headings such as "Unwaived FAIL and WARN". */
export function blockingStatuses(failOn: FailOn): string[] {
  if (failOn === 'never') return [];
  if (failOn === 'warn') return ['FAIL', 'WARN'];
  if (failOn === 'unknown') return ['FAIL', 'UNKNOWN'];
  return ['FAIL'];
}
