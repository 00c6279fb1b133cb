import check from '../../../../src/engines/couchbase/checks/audit-exclusions.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { AUDIT, cbFacts, forbidden, user } from '../../../helpers/cb-facts.js';

const excluding = (...names: [string, string][]) =>
  available({ ...AUDIT, disabledUsers: names.map(([name, domain]) => ({ name, domain })) });

checkTester(check, {
  pass: [
    {
      name: 'nobody excluded',
      facts: cbFacts(),
      expect: [{ status: 'PASS', detail: 'No user is excluded from auditing.' }]
    },
    {
      name: 'internal service users and a plain application user: INFO',
      facts: cbFacts({
        audit: excluding(['@eventing', 'local'], ['orders-app', 'local'], ['gone', 'local']),
        users: available([user('orders-app', ['data_writer'])])
      }),
      expect: [
        {
          status: 'INFO',
          detail: 'Internal service user @eventing is excluded from auditing.',
          object: '@eventing/local'
        },
        {
          status: 'INFO',
          detail: 'User orders-app (local) is excluded from auditing; it holds no admin-equivalent role.',
          object: 'orders-app/local'
        },
        {
          status: 'INFO',
          detail: 'User gone (local) is excluded from auditing; no such RBAC user exists now.',
          object: 'gone/local'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'a Full Admin and an eventing admin excluded; the same id in another domain is not them',
      facts: cbFacts({
        audit: excluding(['alice', 'external'], ['etl', 'local'], ['alice', 'local']),
        users: available([user('alice', ['admin', 'ro_admin'], 'external'), user('etl', ['eventing_admin'])])
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'User alice (external) holds admin yet is excluded from auditing: its actions leave no audit record.',
          object: 'alice/external'
        },
        {
          status: 'WARN',
          detail:
            'User etl (local) holds eventing_admin yet is excluded from auditing: its actions leave no audit record.',
          object: 'etl/local'
        },
        {
          status: 'INFO',
          detail: 'User alice (local) is excluded from auditing; no such RBAC user exists now.',
          object: 'alice/local'
        }
      ]
    }
  ],
  other: [
    {
      name: 'users unreadable while a real user is excluded: UNKNOWN',
      facts: cbFacts({ audit: excluding(['alice', 'external']), users: forbidden('/settings/rbac/users') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: GET /settings/rbac/users answered 403: the audit user lacks cluster.admin.security!read. Fix: give the audit user the Read-Only Security Admin (ro_security_admin) role.'
        }
      ]
    }
  ]
});
