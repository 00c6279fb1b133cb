import type { BaselineOutcome } from '../baseline/apply.js';
import { blockingStatuses, type FailOn } from '../core/gate.js';
import { plural } from '../core/text.js';
import type { ScanFinding } from './finding.js';

/** What a scan gate is asked to judge: the audit's levels (`--fail-on`, action `fail-on`). */
export interface ScanGateSettings {
  readonly failOn: FailOn;
  readonly failOnStale: boolean;
}

export interface ScanGateResult {
  /** A judgement failed (a parser fault): the gate fails whatever the level, exit 3. */
  readonly incomplete: boolean;
  /** Nothing blocks and nothing is incomplete. */
  readonly passed: boolean;
  readonly unwaivedFails: number;
  /** Why the gate fails, for the failed-step line ("2 unwaived FAIL findings, 1 expired waiver"). */
  readonly reasons: readonly string[];
}

/**
 * The scan's gate, with the audit's rules (src/pipeline/report.ts; the scan has no `gate: new`):
 * the level's blocking statuses (blockingStatuses) decide which unwaived findings block, an
 * expired waiver blocks at every level but `never`, a stale waiver only with fail-on-stale (and
 * not at `never`), and an incomplete scan fails at every level.
 */
export function judgeScanGate(
  findings: readonly ScanFinding[],
  outcome: BaselineOutcome,
  gate: ScanGateSettings
): ScanGateResult {
  const incomplete = findings.some(f => f.incomplete);
  const unwaived = (s: string) => findings.filter(f => f.status === s && f.waiver?.state !== 'active').length;
  const unwaivedFails = unwaived('FAIL');
  const reasons: string[] = [];
  if (gate.failOn !== 'never') {
    const counted = (n: number, what: string) => n > 0 && reasons.push(plural(n, what));
    for (const s of blockingStatuses(gate.failOn)) counted(unwaived(s), `unwaived ${s} finding`);
    counted(outcome.expired.length, 'expired waiver');
    if (gate.failOnStale) counted(outcome.stale.length, 'stale waiver');
  }
  return { incomplete, passed: !incomplete && reasons.length === 0, unwaivedFails, reasons };
}
