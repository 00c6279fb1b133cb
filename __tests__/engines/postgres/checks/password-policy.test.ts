import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { denied, pgFacts, rule } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/password-policy.js';

checkTester(check, {
  pass: [
    {
      name: 'passwordcheck preloaded',
      facts: pgFacts(),
      expect: [{ status: 'PASS', detail: 'passwordcheck is preloaded and enforces password rules.' }]
    },
    {
      name: 'credcheck with a path and suffix',
      facts: pgFacts({ settings: { shared_preload_libraries: '$libdir/credcheck.so, pgaudit' } }),
      expect: [{ status: 'PASS', detail: 'credcheck is preloaded and enforces password rules.' }]
    }
  ],
  fail: [
    {
      name: 'no library but password rules',
      facts: pgFacts({ settings: { shared_preload_libraries: 'pgaudit,passwordcheck_extra' } }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'Neither passwordcheck nor credcheck is preloaded, yet 1 host rule accepts passwords (line 2).'
        }
      ]
    }
  ],
  other: [
    {
      name: 'only certificate logins',
      facts: pgFacts({
        settings: { shared_preload_libraries: 'pgaudit' },
        hba: available([rule(1, 'local all postgres peer'), rule(2, 'hostssl all all 10.0.0.0/8 cert')])
      }),
      expect: [
        {
          status: 'N/A',
          detail: 'No host rule in pg_hba authenticates with a password, so a password policy does not apply.'
        }
      ]
    },
    {
      name: 'password rule shadowed by reject',
      facts: pgFacts({
        settings: { shared_preload_libraries: '' },
        hba: available([rule(1, 'host all all 0.0.0.0/0 reject'), rule(2, 'host all all 10.0.0.0/8 md5')])
      }),
      expect: [
        {
          status: 'N/A',
          detail: 'No host rule in pg_hba authenticates with a password, so a password policy does not apply.'
        }
      ]
    },
    {
      name: 'hba unreadable',
      facts: pgFacts({ settings: { shared_preload_libraries: 'pgaudit' }, hba: denied('pg_hba_file_rules') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail: 'Could not be evaluated: pg_hba_file_rules could not be read: permission denied.'
        }
      ]
    }
  ]
});
