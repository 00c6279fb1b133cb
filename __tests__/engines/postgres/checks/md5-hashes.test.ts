import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { denied, pgFacts, POSTGRES, role } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/md5-hashes.js';

const legacy = role('legacy_app');
const group = role('md5_group', { canLogin: false });

checkTester(check, {
  pass: [
    {
      name: 'scram only',
      facts: pgFacts(),
      expect: [{ status: 'PASS', detail: 'No login role has an MD5 password hash stored.' }]
    },
    {
      name: 'md5 on a role that cannot log in',
      facts: pgFacts({ roles: available([POSTGRES, group]), passwords: available({ md5_group: 'md5' }) }),
      expect: [{ status: 'PASS', detail: 'No login role has an MD5 password hash stored.' }]
    }
  ],
  warn: [
    {
      name: 'md5 login',
      facts: pgFacts({
        roles: available([POSTGRES, legacy]),
        passwords: available({ postgres: 'scram-sha-256', legacy_app: 'md5' })
      }),
      expect: [
        {
          status: 'WARN',
          detail: 'Login role legacy_app has an MD5 password hash stored.',
          object: 'legacy_app'
        }
      ]
    }
  ],
  other: [
    {
      name: 'pg_authid unreadable',
      facts: pgFacts({
        passwords: denied(
          'pg_authid',
          'Run the audit as a superuser: pg_authid (stored password hashes) is readable only by superusers.'
        )
      }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: pg_authid could not be read: permission denied. Fix: Run the audit as a superuser: pg_authid (stored password hashes) is readable only by superusers.'
        }
      ]
    }
  ]
});
