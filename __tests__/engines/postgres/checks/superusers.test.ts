import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { pgFacts, POSTGRES, role } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/superusers.js';

const supers = (n: number) => [
  POSTGRES,
  ...Array.from({ length: n - 1 }, (_, i) => role(`dba${i + 1}`, { superuser: true }))
];

checkTester(check, {
  pass: [
    {
      name: 'one',
      facts: pgFacts(),
      expect: [{ status: 'PASS', detail: '1 role has SUPERUSER: postgres.' }]
    },
    {
      name: 'two',
      facts: pgFacts({ roles: available(supers(2)) }),
      expect: [{ status: 'PASS', detail: '2 roles have SUPERUSER: postgres, dba1.' }]
    }
  ],
  warn: [
    {
      name: 'three',
      facts: pgFacts({ roles: available(supers(3)) }),
      expect: [{ status: 'WARN', detail: '3 roles have SUPERUSER: postgres, dba1, dba2; keep it to two.' }]
    },
    {
      name: 'five',
      facts: pgFacts({ roles: available(supers(5)) }),
      expect: [
        {
          status: 'WARN',
          detail: '5 roles have SUPERUSER: postgres, dba1, dba2, dba3, dba4; keep it to two.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'six',
      facts: pgFacts({ roles: available(supers(6)) }),
      expect: [
        {
          status: 'FAIL',
          detail:
            '6 roles have SUPERUSER: postgres, dba1, dba2, dba3, dba4, dba5; six or more make every account a path to full control.'
        }
      ]
    }
  ]
});
