/** The six verdicts a finding can carry. */
export const STATUSES = ['PASS', 'WARN', 'FAIL', 'INFO', 'N/A', 'UNKNOWN'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Severity order used when a status is lowered by policy: a downgrade may only move a finding
 * to a status of lower rank, never up.
 */
const SEVERITY_RANK: Record<Status, number> = { FAIL: 3, WARN: 2, INFO: 1, PASS: 0, 'N/A': 0, UNKNOWN: 0 };

/** True when `a` is strictly more severe than `b` among FAIL > WARN > INFO. */
export function isMoreSevere(a: Status, b: Status): boolean {
  return SEVERITY_RANK[a] > SEVERITY_RANK[b];
}

/** Returns a zeroed count per status, in report order. */
export function emptySummary(): Record<Status, number> {
  return { PASS: 0, WARN: 0, FAIL: 0, INFO: 0, 'N/A': 0, UNKNOWN: 0 };
}
