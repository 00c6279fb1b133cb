import { info, pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { count, msg, raw, valueList } from '../../../core/text.js';
import type { HbaRule, PgRole } from '../facts.js';
import { findShadowing, PASSWORD_METHODS, ruleLocation } from '../hba.js';
import { definePostgresCheck } from './define.js';

/** A rule applies to a role when its user list names it, `all`, or a +group (membership not resolved here). */
function ruleMayApply(rule: HbaRule, role: PgRole): boolean {
  return rule.users.some(u => u === 'all' || u === role.name || u.startsWith('+'));
}

/**
 * VALID UNTIL only limits password authentication. A login role whose validity has passed but that a
 * non-password rule (trust, peer, cert, ldap, ...) still admits can log in anyway.
 */
export default definePostgresCheck({
  meta: {
    id: 'pg/password-expiry',
    title: 'Password expiry',
    dimension: 'Authentication',
    description:
      'Expired login roles cannot log in through non-password methods; password roles carry a VALID UNTIL.',
    rationale:
      'VALID UNTIL only stops password logins, so an expired role can still sign in through trust, peer, cert or ldap rules.',
    outcomes: ['PASS', 'WARN', 'INFO'],
    remediation: {
      text: 'Set VALID UNTIL on password logins that should expire; for expired roles also ALTER ROLE ... NOLOGIN, because VALID UNTIL does not stop trust, peer, cert or ldap logins.',
      link: 'https://www.postgresql.org/docs/current/sql-createrole.html'
    },
    frameworks: { 'PCI DSS': ['8'], 'SOC 2': ['CC6.2', 'CC6.3'], 'ISO 27001': ['5.17'] }
  },
  evaluate(facts, ctx) {
    const roles = need(facts.roles).filter(r => r.canLogin);
    const findings: RawFinding[] = [];
    const now = ctx.auditedAt.getTime();
    const expired = roles.filter(r => r.validUntil !== null && Date.parse(r.validUntil) <= now);
    if (expired.length > 0) {
      const rules = need(facts.hba);
      const shadowed = findShadowing(rules);
      const nonPassword = rules.filter(
        r =>
          r.error === null &&
          !shadowed.has(r) &&
          r.method !== 'reject' &&
          !PASSWORD_METHODS.has(r.method ?? '')
      );
      for (const role of expired) {
        const via = nonPassword.filter(r => ruleMayApply(r, role));
        if (via.length > 0) {
          findings.push(
            warn(
              msg`Login role ${role.name} expired on ${raw(role.validUntil!.slice(0, 10))} but can still log in through non-password rules (${raw(
                valueList(
                  via.map(r => `${ruleLocation(r)} ${r.method}`),
                  5
                )
              )}).`,
              role.name
            )
          );
        }
      }
    }
    if (facts.passwords.ok) {
      const kinds = facts.passwords.value;
      const noExpiry = roles.filter(r => r.validUntil === null && kinds[r.name] && kinds[r.name] !== 'none');
      if (noExpiry.length > 0) {
        findings.push(
          info(
            msg`${raw(count(noExpiry.length, 'login role'))} ${raw(noExpiry.length === 1 ? 'has' : 'have')} a password and no VALID UNTIL: ${raw(valueList(noExpiry.map(r => r.name)))}.`
          )
        );
      }
    } else {
      findings.push(info(msg`Which login roles have passwords is unknown: ${raw(facts.passwords.reason)}`));
    }
    if (findings.every(f => f.status !== 'WARN')) {
      findings.unshift(pass(msg`No expired login role can still log in through a non-password rule.`));
    }
    return findings;
  }
});
