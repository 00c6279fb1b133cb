import type { CheckContext, Compliance } from './check.js';
import type { Collected, Engine, TargetInfo } from './engine.js';
import type { Finding } from './finding.js';
import type { AuditOptions } from './options.js';
import type { Progress } from './progress.js';
import type { Redactor } from './redact.js';
import { emptySummary, type Status } from './status.js';
import type { Text } from './text.js';
import { runChecks } from './run-checks.js';
import { attestationLookup, type Attestation } from './attestation.js';
import { TOOL } from './version.js';
import { blocksGate } from './gate.js';
import { applyBaseline, type Baseline, type BaselineOutcome } from '../baseline/apply.js';

export interface AuditContextInfo {
  readonly environment: AuditOptions['environment'];
  readonly compliance: readonly Compliance[];
  readonly dataSensitivity: AuditOptions['dataSensitivity'];
  readonly auditedAt: string;
}

export interface GateResult {
  readonly passed: boolean;
  readonly failOn: AuditOptions['failOn'];
  readonly unwaivedFails: number;
  readonly unwaivedWarns: number;
  readonly unwaivedUnknowns: number;
  readonly expiredWaivers: number;
  readonly staleWaivers: number;
  /**
   * Checks that could not be evaluated because of a fault (lost session, timeout, server error,
   * a check defect). Any makes the audit incomplete: the gate fails and the exit code is 3,
   * whatever --fail-on says, because a fault must never turn a gate green.
   */
  readonly incomplete: number;
}

/** Everything every renderer needs; the JSON report is this, serialised. */
export interface AuditReport {
  readonly tool: typeof TOOL;
  readonly target: TargetInfo;
  readonly context: AuditContextInfo;
  readonly summary: Record<Status, number>;
  readonly findings: readonly Finding[];
  readonly notes: readonly Text[];
  readonly unavailable: Collected<unknown>['unavailable'];
  readonly baseline: BaselineOutcome;
  readonly gate: GateResult;
}

export interface AuditDeps {
  readonly progress: Progress;
  readonly redactor: Redactor;
  readonly now: Date;
  readonly baseline?: Baseline;
}

/**
 * The pipeline: collect facts once, evaluate every pure check, apply policy, then the baseline.
 * Rendering and publishing happen outside, on the returned report.
 */
export async function runAudit<F>(
  engine: Engine<F>,
  options: AuditOptions,
  deps: AuditDeps
): Promise<AuditReport> {
  const collected = await engine.collect({
    options,
    progress: deps.progress,
    redactor: deps.redactor,
    now: deps.now
  });
  deps.progress.step('evaluating checks');
  const attestations: readonly Attestation[] = deps.baseline?.attestations ?? [];
  const ctx: CheckContext = {
    auditedAt: deps.now,
    deployment: collected.target.deployment,
    environment: options.environment,
    dataSensitivity: options.dataSensitivity,
    compliance: options.compliance,
    targetName: collected.target.name,
    attestation: attestationLookup(attestations, collected.target.name, deps.now)
  };
  const findings = runChecks(engine.checks, collected.facts, ctx);
  const baseline = applyBaseline(findings, deps.baseline, collected.target.name, deps.now);
  return buildReport(collected, options, deps.now, findings, baseline);
}

/** Counts, gate and report assembly (also used by tests on fixture findings). */
export function buildReport(
  collected: Pick<Collected<unknown>, 'target' | 'notes' | 'unavailable'>,
  options: Pick<AuditOptions, 'environment' | 'compliance' | 'dataSensitivity' | 'failOn'>,
  now: Date,
  findings: readonly Finding[],
  baseline: BaselineOutcome
): AuditReport {
  const summary = emptySummary();
  for (const f of findings) summary[f.status]++;
  const unwaived = (s: Status) => findings.filter(f => f.status === s && f.waiver?.state !== 'active').length;
  const unwaivedFails = unwaived('FAIL');
  const unwaivedWarns = unwaived('WARN');
  const unwaivedUnknowns = unwaived('UNKNOWN');
  const expiredWaivers = baseline.expired.length;
  const incomplete = findings.filter(f => f.incomplete).length;
  const blocking =
    options.failOn === 'never'
      ? 0
      : findings.filter(f => blocksGate(f, options.failOn)).length + expiredWaivers;
  const staleBlocks = baseline.failOnStale ? baseline.stale.length : 0;
  return {
    tool: TOOL,
    target: collected.target,
    context: {
      environment: options.environment,
      compliance: options.compliance,
      dataSensitivity: options.dataSensitivity,
      auditedAt: now.toISOString()
    },
    summary,
    findings,
    notes: collected.notes,
    unavailable: collected.unavailable,
    baseline,
    gate: {
      passed: incomplete === 0 && blocking + (options.failOn === 'never' ? 0 : staleBlocks) === 0,
      failOn: options.failOn,
      unwaivedFails,
      unwaivedWarns,
      unwaivedUnknowns,
      expiredWaivers,
      staleWaivers: baseline.stale.length,
      incomplete
    }
  };
}
