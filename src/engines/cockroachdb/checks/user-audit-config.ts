import { fail, info, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { adminMembers, membershipView, sqlLoginFilter } from '../roles.js';
import { userAuditEffect } from '../audit-effect.js';
import { isTrue, setting, settingIfKnown } from '../settings.js';
import { auditDecision, parseUserAudit, unreachableRules } from '../user-audit.js';
import { defineCockroachCheck } from './define.js';
import { AUDIT_LOGGING_CONTROLS } from '../../../policy/control-sets.js';

/**
 * Parses sql.log.user_audit with CockroachDB's rules and evaluates first-match for every user over
 * the real (nested) role memberships.
 */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/user-audit-config',
    title: 'Role-based audit configuration',
    dimension: 'Audit Logging',
    description:
      'sql.log.user_audit parses, every row can match, no admin member is exempted by an earlier NONE row, and, on releases before v24.3, a valid enterprise licence makes it effective.',
    rationale:
      'A role-based audit configuration that does not parse, is shadowed by an earlier NONE row or needs a missing licence audits nothing while looking configured.',
    outcomes: ['FAIL', 'WARN', 'INFO'],
    remediation: {
      text: 'Order rows so that admin members meet an ALL row first, put "all ..." last, remove rows for roles that do not exist, and on releases before v24.3 keep a valid enterprise licence for this cluster installed.',
      link: 'https://www.cockroachlabs.com/docs/stable/role-based-audit-logging'
    },
    frameworks: AUDIT_LOGGING_CONTROLS
  },
  evaluate(facts, ctx) {
    const value = setting(facts, 'sql.log.user_audit');
    if (value.trim() === '') return [info(msg`sql.log.user_audit is not set (see crdb/audit-logging).`)];
    const parsed = parseUserAudit(value);
    if (!parsed.ok) {
      return [
        fail(
          msg`sql.log.user_audit does not parse: ${parsed.error}. CockroachDB falls back to an empty configuration, so nothing is audited.`
        )
      ];
    }
    const users = need(facts.users);
    const names = new Set(users.map(u => u.username));
    const findings: RawFinding[] = [];
    const effect = userAuditEffect(facts, ctx);
    const canLogin = sqlLoginFilter(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
    const admins = new Set(adminMembers(users, canLogin).map(a => a.name));
    const decide = (name: string) =>
      auditDecision(parsed.rules, name, membershipView(users, name), effect.rolesOnly);
    for (const u of users.filter(x => canLogin(x))) {
      const d = decide(u.username);
      if (admins.has(u.username) && d.rule?.filter === 'NONE') {
        findings.push(
          warn(
            msg`Admin member ${u.username} first matches line ${raw(String(d.rule.lineNumber))} (${d.rule.role} NONE), so none of its statements are audited.`,
            u.username
          )
        );
      }
    }
    for (const r of unreachableRules(parsed.rules)) {
      findings.push(
        warn(
          msg`Line ${raw(String(r.lineNumber))} (${r.role} ${raw(r.filter)}) can never match: an earlier all row matches every user first.`,
          `line ${r.lineNumber}`
        )
      );
    }
    for (const r of parsed.rules) {
      if (
        effect.rolesOnly &&
        r.role !== 'all' &&
        r.role !== 'admin' &&
        users.some(u => u.username === r.role) &&
        !users.some(u => u.memberOf.includes(r.role))
      ) {
        findings.push(
          warn(
            msg`Line ${raw(String(r.lineNumber))} names user ${r.role} directly: v23.2 matches role memberships only, so it never audits that user (name a role the user belongs to).`,
            `line ${r.lineNumber}`
          )
        );
      }
      if (r.role !== 'all' && !names.has(r.role)) {
        findings.push(
          warn(
            msg`Line ${raw(String(r.lineNumber))} names ${r.role}, which is no user or role.`,
            `line ${r.lineNumber}`
          )
        );
      }
    }
    if (effect.effective === false)
      findings.push(fail(msg`sql.log.user_audit has no effect on this release: ${raw(effect.why)}.`));
    else if (effect.effective === 'maybe')
      findings.push(warn(msg`sql.log.user_audit may have no effect: ${raw(effect.why)}.`));
    if (isTrue(settingIfKnown(facts, 'sql.log.user_audit.reduced_config.enabled'))) {
      findings.push(
        info(
          msg`sql.log.user_audit.reduced_config.enabled is on: the configuration is computed once per session; changes need new sessions.`
        )
      );
    }
    const decisions = users
      .filter(x => canLogin(x))
      .map(u => {
        const d = decide(u.username);
        return `${u.username} ${d.audited ? 'audited' : 'not audited'}${d.rule ? ` (line ${d.rule.lineNumber} ${d.rule.role} ${d.rule.filter})` : ' (no row matches)'}`;
      });
    findings.push(info(msg`Effective decisions: ${decisions.join('; ')}.`));
    return findings;
  }
});
