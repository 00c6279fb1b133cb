import { info, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw, valueList } from '../../../core/text.js';
import { isUserNotRole, sqlLoginFilter } from '../roles.js';
import { defineCockroachCheck } from './define.js';

const STALE_DAYS = 90;

/** Inventory (INFO); WARN for login users not seen for 90+ days where v25.3+ records last logins. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/users-roles',
    title: 'Users and roles',
    dimension: 'Authorization',
    description: 'Every login user is in use; dormant accounts are removed.',
    rationale:
      'Dormant login users are credentials nobody watches: their passwords are not rotated and their use by an attacker goes unnoticed.',
    verify: 'With the owners: whether each dormant user is still needed.',
    outcomes: ['INFO', 'WARN'],
    remediation: {
      text: 'DROP USER (or ALTER USER ... NOLOGIN) accounts unused for 90 days; review role memberships each quarter.',
      link: 'https://www.cockroachlabs.com/docs/stable/show-users'
    },
    frameworks: { 'SOC 2': ['CC6.2', 'CC6.3'], 'ISO 27001': ['5.15'], 'PCI DSS': ['8'] }
  },
  evaluate(facts, ctx) {
    const users = need(facts.users);
    const canLogin = sqlLoginFilter(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
    const logins = users.filter(u => canLogin(u));
    const roles = users.filter(u => !isUserNotRole(u));
    const blocked = users.filter(u => isUserNotRole(u) && !canLogin(u));
    const withOptions = users.filter(u => u.options.some(o => o.toUpperCase() !== 'NOLOGIN'));
    const memberships = users.reduce((n, u) => n + u.memberOf.length, 0);
    const findings: RawFinding[] = [
      info(
        msg`${raw(String(users.length))} principals: ${raw(String(logins.length))} can log in (${valueList(logins.map(u => u.username))}), ${raw(String(roles.length))} are roles${raw(blocked.length ? `, ${blocked.length} cannot use SQL (NOSQLLOGIN or VALID UNTIL passed)` : '')}; ${raw(String(memberships))} memberships; ${raw(String(withOptions.length))} with role options.`
      )
    ];
    const cutoff = ctx.auditedAt.getTime() - STALE_DAYS * 86400000;
    for (const u of logins) {
      if (u.lastLogin && Date.parse(u.lastLogin) < cutoff) {
        findings.push(
          warn(
            msg`Login user ${u.username} was last seen on ${raw(u.lastLogin.slice(0, 10))}, over ${raw(String(STALE_DAYS))} days ago.`,
            u.username
          )
        );
      }
    }
    return findings;
  }
});
