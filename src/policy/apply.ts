import type { CheckContext, CheckMeta, RawFinding } from '../core/check.js';
import { isMoreSevere, type Status } from '../core/status.js';
import { COMPLIANCE_LOCKS, ENVIRONMENT_DOWNGRADES, SENSITIVITY_RAISES } from './families.js';
import { COMPLIANCE_NAMES, SENSITIVITY_NAMES } from '../core/vocabulary.js';
import type { PolicyAnnotation } from '../core/policy-annotation.js';

export interface PolicyOutcome {
  readonly status: Status;
  /** What the policy did, in order (a raise may be followed by a downgrade); absent when nothing. */
  readonly policy?: readonly PolicyAnnotation[];
}

/**
 * Adjusts a production verdict to the audit context. Order: data sensitivity may raise, then the
 * environment may lower (WARN/FAIL only, never up) unless a named framework locks the family.
 */
export function applyPolicy(
  meta: Pick<CheckMeta, 'family'>,
  finding: Pick<RawFinding, 'status' | 'condition'>,
  ctx: Pick<CheckContext, 'environment' | 'compliance' | 'dataSensitivity'>
): PolicyOutcome {
  const family = meta.family;
  let status = finding.status;
  const notes: PolicyAnnotation[] = [];
  if (!family) return { status };

  for (const rule of SENSITIVITY_RAISES) {
    if (
      rule.family === family &&
      rule.condition === finding.condition &&
      status === rule.from &&
      (rule.sensitivities as readonly string[]).includes(ctx.dataSensitivity)
    ) {
      notes.push({
        kind: 'raised',
        from: status,
        to: rule.to,
        reason: `${SENSITIVITY_NAMES[ctx.dataSensitivity]} data`
      });
      status = rule.to;
    }
  }

  const outcome = () => (notes.length ? { status, policy: notes } : { status });
  if (status !== 'WARN' && status !== 'FAIL') return outcome();
  const target = ENVIRONMENT_DOWNGRADES[family]?.[ctx.environment];
  if (target && isMoreSevere(status, target)) {
    // Canonical framework order, whatever order the user named them in.
    const lockedBy = (Object.keys(COMPLIANCE_LOCKS) as (keyof typeof COMPLIANCE_LOCKS)[])
      .filter(c => ctx.compliance.includes(c) && COMPLIANCE_LOCKS[c].includes(family))
      .map(c => COMPLIANCE_NAMES[c]);
    if (lockedBy.length > 0) {
      notes.push({ kind: 'locked', from: status, to: status, reason: `${lockedBy.join(', ')} compliance` });
    } else {
      notes.push({ kind: 'downgraded', from: status, to: target, reason: `${ctx.environment} cluster` });
      status = target;
    }
  }
  return outcome();
}
