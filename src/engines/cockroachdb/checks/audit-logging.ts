import { fail, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw, valueList } from '../../../core/text.js';
import { adminMembers, membershipView, sqlLoginFilter } from '../roles.js';
import { userAuditEffect } from '../audit-effect.js';
import { isTrue, setting } from '../settings.js';
import { auditDecision, parseUserAudit } from '../user-audit.js';
import { defineCockroachCheck } from './define.js';
import { AUDIT_LOGGING_CONTROLS } from '../../../policy/control-sets.js';

/**
 * PASS when role-based audit (sql.log.user_audit) covers every admin member; WARN when only the
 * hidden admin audit is on (or user audit misses admins); FAIL when neither audits anything.
 */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/audit-logging',
    title: 'Audit logging',
    dimension: 'Audit Logging',
    family: 'audit-logging',
    description:
      'Every statement of every admin member is audited (sql.log.user_audit, or at least sql.log.admin_audit.enabled).',
    rationale:
      'Without statement audit of admin members, what a privileged account did (data read, grants, drops) leaves no record, so misuse or a stolen admin credential cannot be detected or investigated.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: "SET CLUSTER SETTING sql.log.user_audit = 'admin ALL'; (add rows for sensitive roles; before v24.3 keep a valid enterprise licence for this cluster), and route the SENSITIVE_ACCESS channel to durable storage or a SIEM.",
      link: 'https://www.cockroachlabs.com/docs/stable/role-based-audit-logging'
    },
    frameworks: AUDIT_LOGGING_CONTROLS
  },
  evaluate(facts, ctx) {
    const value = setting(facts, 'sql.log.user_audit');
    const parsed = parseUserAudit(value);
    const effect = userAuditEffect(facts, ctx);
    const rules = parsed.ok && effect.effective !== false ? parsed.rules : [];
    let uncovered: string[] = [];
    if (rules.length) {
      const users = need(facts.users);
      const canLogin = sqlLoginFilter(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
      const admins = adminMembers(users, canLogin).map(a => a.name);
      uncovered = admins.filter(
        a => !auditDecision(rules, a, membershipView(users, a), effect.rolesOnly).audited
      );
      if (uncovered.length === 0 && effect.effective === true) {
        return [pass(msg`sql.log.user_audit audits every admin member (${valueList(admins)}).`)];
      }
      if (uncovered.length === 0) {
        return [
          warn(
            msg`sql.log.user_audit would audit every admin member (${valueList(admins)}), but it may have no effect: ${raw(effect.why)}.`
          )
        ];
      }
    }
    if (parsed.ok && parsed.rules.length && effect.effective === false) {
      const adminOn = isTrue(setting(facts, 'sql.log.admin_audit.enabled'));
      const text = msg`sql.log.user_audit has no effect on this release: ${raw(effect.why)}${raw(adminOn ? '; only sql.log.admin_audit.enabled audits admins' : ', and admin audit is off')}.`;
      return [adminOn ? warn(text) : fail(text)];
    }
    const adminAudit = isTrue(setting(facts, 'sql.log.admin_audit.enabled'));
    if (adminAudit) {
      return [
        warn(
          rules.length
            ? msg`Only sql.log.admin_audit.enabled audits admins fully; sql.log.user_audit misses ${valueList(uncovered)}.`
            : msg`Only sql.log.admin_audit.enabled is on (a hidden, undocumented setting); sql.log.user_audit is ${raw(parsed.ok ? 'empty' : 'invalid')}.`
        )
      ];
    }
    if (!parsed.ok)
      return [
        fail(
          msg`sql.log.user_audit does not parse (${parsed.error}), so every node audits nothing, and admin audit is off.`
        )
      ];
    if (rules.length === 0)
      return [
        fail(
          msg`sql.log.user_audit is empty and sql.log.admin_audit.enabled is off: no statement is audited.`
        )
      ];
    return [
      warn(
        msg`sql.log.user_audit does not audit ${raw(uncovered.length === 1 ? 'admin member' : 'admin members')} ${valueList(uncovered)}, and admin audit is off.`
      )
    ];
  }
});
