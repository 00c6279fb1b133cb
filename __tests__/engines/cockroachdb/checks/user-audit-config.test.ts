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
          // v26.2 has no licence gate: an empty licence is no finding here.
          'enterprise.license': ''
        },
        license: available({ state: 'none' }),
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
          status: 'INFO',
          detail:
            'Effective decisions: root not audited (line 3 all NONE); test_user not audited (line 1 test_role NONE).'
        }
      ]
    },
    {
      name: 'v23.2 matches roles only: a rule naming user alice never audits her',
      facts: crdbFacts({
        version: available({ full: 'CockroachDB CCL v23.2.5', tag: 'v23.2.5' }),
        settings: { 'sql.log.user_audit': 'alice ALL\nadmin NONE' }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Admin member root first matches line 2 (admin NONE), so none of its statements are audited.',
          object: 'root'
        },
        {
          status: 'WARN',
          detail:
            'Admin member alice first matches line 2 (admin NONE), so none of its statements are audited.',
          object: 'alice'
        },
        {
          status: 'WARN',
          detail:
            'Line 1 names user alice directly: v23.2 matches role memberships only, so it never audits that user (name a role the user belongs to).',
          object: 'line 1'
        },
        {
          status: 'INFO',
          detail:
            'Effective decisions: admin not audited (no row matches); root not audited (line 2 admin NONE); alice not audited (line 2 admin NONE); app not audited (no row matches).'
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
            'sql.log.user_audit does not parse: duplicate role listed: admin. CockroachDB falls back to an empty configuration, so nothing is audited.'
        }
      ]
    },
    {
      name: 'CCL era (v24.1) with an expired Evaluation licence: auditing is off',
      facts: crdbFacts({
        version: available({ full: 'CockroachDB CCL v24.1.6', tag: 'v24.1.6' }),
        license: available({
          state: 'present',
          type: 'Evaluation',
          validUntil: '2026-01-01T00:00:00.000Z',
          organization: 'Acme',
          clusterIds: []
        })
      }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'sql.log.user_audit has no effect on this release: the Evaluation licence expired on 2026-01-01.'
        },
        {
          status: 'INFO',
          detail:
            'Effective decisions: admin audited (line 1 admin ALL); root audited (line 1 admin ALL); alice audited (line 1 admin ALL); app not audited (line 2 all NONE).'
        }
      ]
    }
  ]
});
