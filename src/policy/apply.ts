import type { CheckContext, CheckMeta, RawFinding } from '../core/check.js';
import { isMoreSevere, type Status } from '../core/status.js';
import { COMPLIANCE_LOCKS, ENVIRONMENT_DOWNGRADES, SENSITIVITY_RAISES } from './families.js';
import { COMPLIANCE_NAMES, SENSITIVITY_NAMES } from '../core/vocabulary.js';

export interface PolicyOutcome {
  readonly status: Status;
  /** Markdown-free annotation appended to the finding line, or undefined. */
  readonly annotation?: string;
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
  const notes: string[] = [];
  if (!family) return { status };

  for (const rule of SENSITIVITY_RAISES) {
    if (
      rule.family === family &&
      rule.condition === finding.condition &&
      status === rule.from &&
      (rule.sensitivities as readonly string[]).includes(ctx.dataSensitivity)
    ) {
      status = rule.to;
      notes.push(`*(raised to ${rule.to} — ${SENSITIVITY_NAMES[ctx.dataSensitivity]} data)*`);
    }
  }

  if (status !== 'WARN' && status !== 'FAIL') return { status, annotation: notes.join(' ') || undefined };
  const target = ENVIRONMENT_DOWNGRADES[family]?.[ctx.environment];
  if (target && isMoreSevere(status, target)) {
    // Canonical framework order, whatever order the user named them in.
    const lockedBy = (Object.keys(COMPLIANCE_LOCKS) as (keyof typeof COMPLIANCE_LOCKS)[])
      .filter(c => ctx.compliance.includes(c) && COMPLIANCE_LOCKS[c].includes(family))
      .map(c => COMPLIANCE_NAMES[c]);
    if (lockedBy.length > 0) {
      notes.push(`*(${lockedBy.join(', ')} compliance — cannot downgrade)*`);
    } else {
      notes.push(`*(downgraded from ${status} — ${ctx.environment} cluster)*`);
      status = target;
    }
  }
  return { status, annotation: notes.join(' ') || undefined };
}
