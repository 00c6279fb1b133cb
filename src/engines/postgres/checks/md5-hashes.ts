import { pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import { definePostgresCheck } from './define.js';

/** Compliant: no login role still has an MD5 password hash stored. */
export default definePostgresCheck({
  meta: {
    id: 'pg/md5-hashes',
    title: 'Stored MD5 password hashes',
    dimension: 'Authentication',
    description: 'No login role has an MD5 password hash in pg_authid.',
    rationale:
      'MD5 password hashes are weak and, in md5 authentication, work as the password itself, so a leaked hash is a working login.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: "With password_encryption = 'scram-sha-256', reset each listed role's password (ALTER ROLE ... PASSWORD) so it is stored as SCRAM.",
      link: 'https://www.postgresql.org/docs/current/auth-password.html'
    },
    frameworks: { 'PCI DSS': ['8'], 'ISO 27001': ['5.17'] }
  },
  evaluate(facts) {
    const kinds = need(facts.passwords);
    const logins = need(facts.roles).filter(r => r.canLogin);
    const md5 = logins.filter(r => kinds[r.name] === 'md5');
    if (md5.length === 0) return [pass(msg`No login role has an MD5 password hash stored.`)];
    return md5.map(r => warn(msg`Login role ${r.name} has an MD5 password hash stored.`, r.name));
  }
});
