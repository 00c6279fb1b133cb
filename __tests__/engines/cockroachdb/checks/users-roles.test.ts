import check from '../../../../src/engines/cockroachdb/checks/users-roles.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts, day, u } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'inventory',
      facts: crdbFacts(),
      expect: [
        {
          status: 'INFO',
          detail:
            '5 principals: 4 can log in (admin, root, alice, app), 1 are roles; 3 memberships; 2 with role options.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'a login unseen for 120 days (v25.3+)',
      facts: crdbFacts({
        users: available([
          u('root', ['admin']),
          u('old', [], [], day(-120)),
          u('fresh', [], [], day(-5)),
          u('never', [], [], null)
        ])
      }),
      expect: [
        {
          status: 'INFO',
          detail:
            '4 principals: 4 can log in (root, old, fresh, never), 0 are roles; 1 memberships; 0 with role options.'
        },
        {
          status: 'WARN',
          detail: 'Login user old was last seen on 2026-07-27, over 90 days ago.',
          object: 'old'
        }
      ]
    }
  ]
});
