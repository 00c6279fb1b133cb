import type { Check, CheckContext, RawFinding } from '../core/check.js';
import { explainMissing, MissingFactError, NotApplicableError } from '../core/facts.js';
import { msg, raw } from '../core/text.js';
import type { Finding } from '../core/finding.js';
import { applyPolicy } from '../policy/apply.js';

/**
 * Runs one check in isolation and returns its raw findings. Applicability, missing facts and
 * defects are all turned into findings here, so that one check can never stop the others and a
 * check that throws is never read as a PASS.
 */
export function evaluateCheck<F>(check: Check<F>, facts: F, ctx: CheckContext): readonly RawFinding[] {
  if (!check.meta.appliesTo.includes(ctx.deployment)) {
    return [
      {
        status: 'N/A',
        detail: msg`Does not apply to ${raw(ctx.deployment)} deployments.`
      }
    ];
  }
  try {
    const findings = check.evaluate(facts, ctx);
    if (findings.length === 0) {
      return [
        {
          status: 'UNKNOWN',
          detail: msg`The check produced no verdict (a defect in db-posture).`,
          incomplete: true
        }
      ];
    }
    return findings;
  } catch (error) {
    if (error instanceof NotApplicableError) return [{ status: 'N/A', detail: error.reason }];
    if (error instanceof MissingFactError) {
      return [
        {
          status: 'UNKNOWN',
          detail: msg`Could not be evaluated: ${raw(explainMissing(error.reason, error.fix))}`,
          ...(error.object ? { object: error.object } : {}),
          ...(error.fault ? { incomplete: true as const } : {})
        }
      ];
    }
    const message = error instanceof Error ? error.message : String(error);
    return [
      {
        status: 'UNKNOWN',
        detail: msg`The check failed with an internal error: ${message}`,
        incomplete: true
      }
    ];
  }
}

/**
 * Evaluates every check and applies the severity policy to each finding. With `timings`, each
 * check's evaluation time in milliseconds is recorded by check id (the JUnit `time` attributes).
 */
export function runChecks<F>(
  checks: readonly Check<F>[],
  facts: F,
  ctx: CheckContext,
  timings?: Map<string, number>
): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) {
    const started = performance.now();
    const raws = evaluateCheck(check, facts, ctx);
    timings?.set(check.meta.id, (timings.get(check.meta.id) ?? 0) + performance.now() - started);
    for (const rf of raws) {
      const policy = applyPolicy(check.meta, rf, ctx);
      const f: Finding = {
        checkId: check.meta.id,
        title: check.meta.title,
        dimension: check.meta.dimension,
        status: policy.status,
        rawStatus: rf.status,
        detail: rf.detail,
        remediation: check.meta.remediation,
        frameworks: check.meta.frameworks,
        ...(rf.object !== undefined ? { object: rf.object } : {}),
        ...(rf.incomplete ? { incomplete: true as const } : {}),
        ...(policy.policy ? { policy: policy.policy } : {})
      };
      findings.push(f);
    }
  }
  return findings;
}
