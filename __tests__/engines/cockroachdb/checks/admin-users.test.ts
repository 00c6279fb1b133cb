import check from '../../../../src/engines/cockroachdb/checks/admin-users.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts, u } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'root and alice',
      facts: crdbFacts(),
      expect: [{ status: 'PASS', detail: '2 login users are members of admin: alice, root.' }]
    }
  ],
  warn: [
    {
      name: 'three, one through a nested role',
      facts: crdbFacts({
        users: available([
          u('root', ['admin']),
          u('alice', ['admin']),
          u('ops', ['admin'], ['NOLOGIN']),
          u('bob', ['ops'])
        ])
      }),
      expect: [
        {
          status: 'WARN',
          detail: '3 login users are members of admin: alice, bob (through ops), root; keep it to two.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'seven through two levels of nesting',
      facts: crdbFacts({
        users: available([
          u('root', ['admin']),
          u('ops', ['admin'], ['NOLOGIN']),
          u('dba', ['ops'], ['NOLOGIN']),
          ...['a', 'b', 'c', 'd', 'e', 'f'].map(n => u(n, ['dba']))
        ])
      }),
      expect: [
        {
          status: 'FAIL',
          detail:
            '7 login users are members of admin: a (through dba), b (through dba), c (through dba), d (through dba), e (through dba), f (through dba), root; six or more make every account a path to full control.'
        }
      ]
    }
  ]
});
