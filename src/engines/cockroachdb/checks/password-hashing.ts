import { pass, warn } from '../../../core/check.js';
import { msg } from '../../../core/text.js';
import { setting } from '../settings.js';
import { defineCockroachCheck } from './define.js';

/** scram-sha-256 PASS; crdb-bcrypt WARN. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/password-hashing',
    title: 'Password hashing',
    dimension: 'Authentication & SSO',
    description: 'New passwords are stored as SCRAM-SHA-256 (server.user_login.password_encryption).',
    rationale:
      "With bcrypt hashes the client must send its password to the server at every login, where SCRAM never sends it, so whoever can read a node's memory or terminate its TLS collects users' passwords.",
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: "SET CLUSTER SETTING server.user_login.password_encryption = 'scram-sha-256'; stored bcrypt hashes are upgraded at the next login.",
      link: 'https://www.cockroachlabs.com/docs/stable/security-reference/scram-authentication'
    },
    frameworks: { 'PCI DSS': ['8'], 'ISO 27001': ['8.5'] }
  },
  evaluate(facts) {
    const v = setting(facts, 'server.user_login.password_encryption');
    if (v === 'scram-sha-256') return [pass(msg`Passwords are hashed with ${v}.`)];
    return [
      warn(
        msg`Passwords are hashed with ${v}: clients send the cleartext password at login (use scram-sha-256).`
      )
    ];
  }
});
