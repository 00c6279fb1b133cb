import check from '../../../../src/engines/couchbase/checks/admin-users.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, user } from '../../../helpers/cb-facts.js';

const admins = (n: number) =>
  Array.from({ length: n }, (_, i) => user(`admin${i + 1}`, ['admin'], 'external'));

checkTester(check, {
  pass: [
    {
      name: 'one Full Admin; read-only and bucket roles do not count',
      facts: cbFacts(),
      expect: [
        {
          status: 'PASS',
          detail: '1 RBAC user holds Full Admin or a security-admin role: alice (external: admin).'
        }
      ]
    },
    {
      name: 'none: only the built-in administrator',
      facts: cbFacts({ users: available([user('app', ['data_reader'])]) }),
      expect: [
        {
          status: 'PASS',
          detail:
            '0 RBAC users hold Full Admin or a security-admin role (only the built-in administrator remains).'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'three, with 7.6 and 8.0 security-admin roles',
      facts: cbFacts({
        users: available([
          user('alice', ['admin'], 'external'),
          user('sec76', ['security_admin_local']),
          user('sec80', ['security_admin', 'user_admin_external'])
        ])
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            '3 RBAC users hold Full Admin or a security-admin role: alice (external: admin), sec76 (local: security_admin_local), sec80 (local: security_admin, user_admin_external); keep it to two.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'six Full Admins',
      facts: cbFacts({ users: available(admins(6)) }),
      expect: [
        {
          status: 'FAIL',
          detail:
            '6 RBAC users hold Full Admin or a security-admin role: admin1 (external: admin), admin2 (external: admin), admin3 (external: admin), admin4 (external: admin), admin5 (external: admin), admin6 (external: admin); six or more make every account a path to full control.'
        }
      ]
    }
  ]
});
