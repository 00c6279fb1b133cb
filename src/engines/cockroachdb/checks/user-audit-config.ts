import { defineCheck, fail, info, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { CrdbFacts } from '../facts.js';
import { adminMembers, canLogin, membershipsOf } from '../roles.js';
import { isTrue, setting, settingIfKnown } from '../settings.js';
import { auditDecision, parseUserAudit, unreachableRules } from '../user-audit.js';
import { AUDIT_FRAMEWORKS } from './audit-logging.js';

/**
 * Parses sql.log.user_audit with CockroachDB's rules and evaluates first-match for every user over
 * the real (nested) role memberships.
 */
export default defineCheck<CrdbFacts>({
  meta: {
    id: 'crdb/user-audit-config',
    title: 'Role-based audit configuration',
    dimension: 'Audit Logging',
    appliesTo: ['self-hosted', 'cloud'],
    description:
      'sql.log.user_audit parses, every row can match, no admin member is exempted by an earlier NONE row, and an enterprise license makes it effective.',
    outcomes: ['FAIL', 'WARN', 'INFO'],
    remediation: {
      text: 'Order rows so that admin members meet an ALL row first, put "all ..." last, remove rows for roles that do not exist, and keep an enterprise license installed.',
      link: 'https://www.cockroachlabs.com/docs/stable/role-based-audit-logging'
    },
    frameworks: AUDIT_FRAMEWORKS
  },
  evaluate(facts) {
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
    const admins = new Set(adminMembers(users).map(a => a.name));
    for (const u of users.filter(canLogin)) {
      const d = auditDecision(parsed.rules, u.username, membershipsOf(users, u.username));
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
      if (r.role !== 'all' && !names.has(r.role)) {
        findings.push(
          warn(
            msg`Line ${raw(String(r.lineNumber))} names ${r.role}, which is no user or role.`,
            `line ${r.lineNumber}`
          )
        );
      }
    }
    const license = settingIfKnown(facts, 'enterprise.license');
    if (license === '')
      findings.push(
        warn(msg`No enterprise license is installed: sql.log.user_audit has no effect without one.`)
      );
    if (isTrue(settingIfKnown(facts, 'sql.log.user_audit.reduced_config.enabled'))) {
      findings.push(
        info(
          msg`sql.log.user_audit.reduced_config.enabled is on: the configuration is computed once per session; changes need new sessions.`
        )
      );
    }
    const decisions = users.filter(canLogin).map(u => {
      const d = auditDecision(parsed.rules, u.username, membershipsOf(users, u.username));
      return `${u.username} ${d.audited ? 'audited' : 'not audited'}${d.rule ? ` (line ${d.rule.lineNumber} ${d.rule.role} ${d.rule.filter})` : ' (no row matches)'}`;
    });
    findings.push(info(msg`Effective decisions: ${decisions.join('; ')}.`));
    return findings;
  }
});
