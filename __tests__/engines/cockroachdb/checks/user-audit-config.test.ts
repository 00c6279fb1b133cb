import check from '../../../../src/engines/cockroachdb/checks/user-audit-config.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts, u } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'admin first',
      facts: crdbFacts(),
      expect: [
        {
          status: 'INFO',
          detail:
            'Effective decisions: admin audited (line 1 admin ALL); root audited (line 1 admin ALL); alice audited (line 1 admin ALL); app not audited (line 2 all NONE).'
        }
      ]
    },
    {
      name: 'not set',
      facts: crdbFacts({ settings: { 'sql.log.user_audit': '' } }),
      expect: [{ status: 'INFO', detail: 'sql.log.user_audit is not set (see crdb/audit-logging).' }]
    }
  ],
  warn: [
    {
      name: 'the docs example "user with multiple roles": test_role NONE shadows another_role ALL',
      facts: crdbFacts({
        settings: {
          'sql.log.user_audit': 'test_role NONE\nanother_role ALL\nALL NONE\nghost ALL',
          'enterprise.license': ''
        },
        users: available([
          u('root', ['admin']),
          u('test_user', ['test_role', 'another_role', 'admin']),
          u('test_role', [], ['NOLOGIN']),
          u('another_role', [], ['NOLOGIN'])
        ])
      }),
      expect: [
        {
          status: 'WARN',
          detail: 'Admin member root first matches line 3 (all NONE), so none of its statements are audited.',
          object: 'root'
        },
        {
          status: 'WARN',
          detail:
            'Admin member test_user first matches line 1 (test_role NONE), so none of its statements are audited.',
          object: 'test_user'
        },
        {
          status: 'WARN',
          detail: 'Line 4 (ghost ALL) can never match: an earlier all row matches every user first.',
          object: 'line 4'
        },
        { status: 'WARN', detail: 'Line 4 names ghost, which is no user or role.', object: 'line 4' },
        {
          status: 'WARN',
          detail: 'No enterprise license is installed: sql.log.user_audit has no effect without one.'
        },
        {
          status: 'INFO',
          detail:
            'Effective decisions: root not audited (line 3 all NONE); test_user not audited (line 1 test_role NONE).'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'a duplicate role: rejected, nothing audited',
      facts: crdbFacts({ settings: { 'sql.log.user_audit': 'admin ALL\nADMIN NONE' } }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'sql.log.user_audit does not parse: line 2: duplicate role listed: admin. CockroachDB falls back to an empty configuration, so nothing is audited.'
        }
      ]
    }
  ]
});
