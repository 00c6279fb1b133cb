import { fail, info, pass } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';

/**
 * Compliant: new local passwords are hashed with argon2id or PBKDF2-HMAC-SHA512, not the
 * deprecated SHA-1 (menelaus_web_settings.erl passwordHashAlg, default argon2id).
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/password-hash',
    title: 'Password hash algorithm',
    dimension: 'Authentication & SSO',
    description: 'passwordHashAlg is argon2id or pbkdf2-hmac-sha512, not SHA-1.',
    rationale:
      'SHA-1 password hashes are fast to brute-force, so a leaked user database quickly yields working passwords.',
    outcomes: ['PASS', 'FAIL', 'INFO'],
    remediation: {
      text: 'POST /settings/security passwordHashAlg=argon2id; existing hashes are migrated as users log in (allowHashMigrationDuringAuth) or when passwords change.',
      link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
    },
    frameworks: { 'PCI DSS': ['8'], 'SOC 2': ['CC6.1'], 'ISO 27001': ['8.24'] }
  },
  evaluate(facts) {
    const alg = need(facts.security).passwordHashAlg;
    if (alg === null)
      return [info(msg`passwordHashAlg is not reported by this version (it exists from 7.6).`)];
    if (alg === 'SHA-1')
      return [
        fail(
          msg`passwordHashAlg is SHA-1 (deprecated): a stolen hash file of local users can be cracked fast.`
        )
      ];
    return [pass(msg`Local passwords are hashed with ${alg}.`)];
  }
});
