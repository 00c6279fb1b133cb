import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { denied, pgFacts, POSTGRES, role, rule } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/password-expiry.js';

const expired = role('contractor', { validUntil: '2026-06-30T00:00:00Z' });
const appUser = role('app_user', { validUntil: '2027-06-30T00:00:00Z' });

checkTester(check, {
  pass: [
    {
      name: 'password roles expire',
      facts: pgFacts({ roles: available([POSTGRES, appUser]) }),
      expect: [
        { status: 'PASS', detail: 'No expired login role can still log in through a non-password rule.' }
      ]
    },
    {
      name: 'expired role only reachable by password rules',
      facts: pgFacts({
        roles: available([POSTGRES, expired]),
        passwords: available({ postgres: 'none', contractor: 'scram-sha-256' }),
        hba: available([
          rule(1, 'local all postgres peer'),
          rule(2, 'hostssl all all 10.0.0.0/8 scram-sha-256')
        ])
      }),
      expect: [
        { status: 'PASS', detail: 'No expired login role can still log in through a non-password rule.' }
      ]
    }
  ],
  warn: [
    {
      name: 'expired role admitted by trust',
      facts: pgFacts({
        roles: available([POSTGRES, expired]),
        passwords: available({ postgres: 'none', contractor: 'scram-sha-256' }),
        hba: available([rule(1, 'local all all trust'), rule(2, 'hostssl all contractor 10.0.0.0/8 cert')])
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Login role contractor expired on 2026-06-30 but can still log in through non-password rules (line 1 trust, line 2 cert).',
          object: 'contractor'
        }
      ]
    }
  ],
  other: [
    {
      name: 'password logins without expiry',
      facts: pgFacts(),
      expect: [
        { status: 'PASS', detail: 'No expired login role can still log in through a non-password rule.' },
        { status: 'INFO', detail: '1 login role has a password and no VALID UNTIL: app_user.' }
      ]
    },
    {
      name: 'pg_authid unreadable',
      facts: pgFacts({ passwords: denied('pg_authid') }),
      expect: [
        { status: 'PASS', detail: 'No expired login role can still log in through a non-password rule.' },
        {
          status: 'INFO',
          detail:
            'Which login roles have passwords is unknown: pg_authid could not be read: permission denied.'
        }
      ]
    }
  ]
});
