import { pass, warn } from '../../../core/check.js';
import { msg } from '../../../core/text.js';
import { setting } from '../settings.js';
import { definePostgresCheck } from './define.js';

/** Compliant: new passwords are stored as SCRAM-SHA-256 verifiers. */
export default definePostgresCheck({
  meta: {
    id: 'pg/password-encryption',
    title: 'Password hashing',
    dimension: 'Authentication',
    description: 'password_encryption is scram-sha-256.',
    rationale:
      'With md5 password encryption, new passwords are stored as MD5 hashes that are weak and replayable.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: "ALTER SYSTEM SET password_encryption = 'scram-sha-256'; reload, then have users reset their passwords.",
      link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-PASSWORD-ENCRYPTION'
    },
    frameworks: { 'PCI DSS': ['8'], 'ISO 27001': ['5.17'], HIPAA: ['164.312(d)'] }
  },
  evaluate(facts) {
    const value = setting(facts, 'password_encryption').setting;
    if (value === 'scram-sha-256') return [pass(msg`password_encryption is scram-sha-256.`)];
    return [warn(msg`password_encryption is ${value}: new passwords are stored as weak MD5 hashes.`)];
  }
});
