import check from '../../../../src/engines/couchbase/checks/password-hash.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, security } from '../../../helpers/cb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'argon2id (default)',
      facts: cbFacts(),
      expect: [{ status: 'PASS', detail: 'Local passwords are hashed with argon2id.' }]
    },
    {
      name: 'PBKDF2',
      facts: cbFacts({ security: security({ passwordHashAlg: 'pbkdf2-hmac-sha512' }) }),
      expect: [{ status: 'PASS', detail: 'Local passwords are hashed with pbkdf2-hmac-sha512.' }]
    }
  ],
  fail: [
    {
      name: 'SHA-1',
      facts: cbFacts({ security: security({ passwordHashAlg: 'SHA-1' }) }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'passwordHashAlg is SHA-1 (deprecated): a stolen hash file of local users can be cracked fast.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'a version without the key',
      facts: cbFacts({ security: security({ passwordHashAlg: null }) }),
      expect: [
        { status: 'INFO', detail: 'passwordHashAlg is not reported by this version (it exists from 7.6).' }
      ]
    }
  ]
});
