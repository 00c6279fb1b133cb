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
        audit: excluding(['@eventing', 'local'], ['orders-app', 'local'], ['carol', 'external']),
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
          detail:
            'User carol (external) is excluded from auditing; it is not a stored user and no LDAP group or SAML attribute grants admin rights.',
          object: 'carol/external'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'a Full Admin and an eventing admin excluded; the same id in another domain is not them',
      facts: cbFacts({
        audit: excluding(['alice', 'external'], ['etl', 'local'], ['alice', 'local']),
        users: available([
          user('alice', ['admin', 'ro_admin'], 'external'),
          user('etl', ['eventing_admin']),
          user('alice', ['data_reader'])
        ])
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
          detail: 'User alice (local) is excluded from auditing; it holds no admin-equivalent role.',
          object: 'alice/local'
        }
      ]
    }
  ],
  other: [
    {
      name: 'an external user without a stored record while an LDAP group grants admin: WARN, not "no such user"',
      facts: cbFacts({
        audit: excluding(['dave', 'external']),
        groups: available([{ id: 'dba-admins', roles: [{ role: 'admin' }], ldapGroupRef: 'cn=dba,dc=corp' }])
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'User dave (external) is excluded from auditing; its roles may come from an LDAP group or a SAML assertion that grants admin rights, which the stored user list cannot show.',
          object: 'dave/external'
        }
      ]
    },
    {
      name: 'a reader whose user list is silently filtered: UNKNOWN',
      facts: cbFacts({
        audit: excluding(['root2', 'local']),
        whoami: available({ id: 'auditor', domain: 'local', roles: ['security_admin'] })
      }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: the audit user auditor holds security_admin, for which GET /settings/rbac/users silently leaves out every holder of a security or user-admin role: administrators may be missing from the list. Fix: give the audit user the Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user.'
        }
      ]
    },
    {
      name: 'users unreadable while a real user is excluded: UNKNOWN',
      facts: cbFacts({ audit: excluding(['alice', 'external']), users: forbidden('/settings/rbac/users') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: GET /settings/rbac/users answered 403: the audit user lacks cluster.admin.security!read. Fix: give the audit user the Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user.'
        }
      ]
    }
  ]
});
