import { defineCheck, pass, warn } from '../../../core/check.js';
import { msg } from '../../../core/text.js';
import type { PgFacts } from '../facts.js';
import { setting } from '../settings.js';

/** Compliant: new passwords are stored as SCRAM-SHA-256 verifiers. */
export default defineCheck<PgFacts>({
  meta: {
    id: 'pg/password-encryption',
    title: 'Password hashing',
    dimension: 'Authentication',
    appliesTo: ['self-hosted', 'cloud'],
    description: 'password_encryption is scram-sha-256.',
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
