import type { CheckContext } from '../core/check.js';
import type { Engine } from '../core/engine.js';
import type { Observed } from '../core/observed.js';
import type { AuditOptions } from '../core/options.js';
import type { Progress } from '../core/progress.js';
import type { Redactor } from '../core/redact.js';
import { attestationLookup, type Attestation } from '../core/attestation.js';
import { applyBaseline, type Baseline } from '../baseline/apply.js';
import { runChecks } from './run-checks.js';
import { buildReport, type AuditReport, type Reference } from './report.js';

export type { AuditReport, Reference } from './report.js';

export interface AuditDeps {
  readonly progress: Progress;
  readonly redactor: Redactor;
  readonly now: Date;
  readonly baseline?: Baseline;
  readonly reference?: Reference;
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
  const collectStarted = performance.now();
  const collected = await engine.collect({
    options,
    progress: deps.progress,
    redactor: deps.redactor,
    now: deps.now
  });
  const collectMs = performance.now() - collectStarted;
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
  const checkMs = new Map<string, number>();
  const judged = runChecks(engine.checks, collected.facts, ctx, checkMs);
  const { findings, outcome } = applyBaseline(judged, deps.baseline, collected.target.name, deps.now);
  const report = buildReport(
    collected,
    { ...options, catalogue: engine.checks.map(c => c.meta) },
    deps.now,
    findings,
    outcome,
    deps.reference
  );
  const observed = observe(engine, collected.facts);
  const timed = { ...report, timing: { collectMs, checkMs } };
  return observed ? { ...timed, observed } : timed;
}

/**
 * The engine's observed block. A defect in it must not stop the audit; without the block,
 * detection coverage says "unknown" for every requirement, which is the fail-closed reading.
 */
function observe<F>(engine: Engine<F>, facts: F): Observed | undefined {
  try {
    return engine.observed?.(facts);
  } catch {
    return undefined;
  }
}
