import check from '../../../../src/engines/couchbase/checks/admin-users.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, forbidden, user } from '../../../helpers/cb-facts.js';

const admins = (n: number) =>
  Array.from({ length: n }, (_, i) => user(`admin${i + 1}`, ['admin'], 'external'));
const names = (n: number) =>
  Array.from({ length: n }, (_, i) => `admin${i + 1} (external: admin)`).join(', ');
const BUILTIN = ' (plus the built-in administrator, which is never listed)';
const whoami = (...roles: string[]) => available({ id: 'auditor', domain: 'local', roles });
const cluster76 = { ...cbFacts().cluster, version: '7.6.2-3721-enterprise', compat80: false };
const ldapAdminGroup = available([
  { id: 'dba-admins', roles: [{ role: 'admin' }], ldapGroupRef: 'cn=dba,ou=groups,dc=corp' }
]);

checkTester(check, {
  pass: [
    {
      name: 'one Full Admin; read-only and bucket roles do not count',
      facts: cbFacts(),
      expect: [
        {
          status: 'PASS',
          detail: `1 stored user holds Full Admin or a security-admin role: alice (external: admin)${BUILTIN}.`
        }
      ]
    },
    {
      name: 'two (upper PASS boundary), read by a 7.6 ro_admin',
      facts: cbFacts({ cluster: cluster76, whoami: whoami('ro_admin'), users: available(admins(2)) }),
      expect: [
        {
          status: 'PASS',
          detail: `2 stored users hold Full Admin or a security-admin role: ${names(2)}${BUILTIN}.`
        }
      ]
    },
    {
      name: 'an LDAP group mapped to admin grants nothing without LDAP authorization',
      facts: cbFacts({
        groups: ldapAdminGroup,
        ldap: available({
          authenticationEnabled: true,
          authorizationEnabled: false,
          hosts: ['ldap'],
          port: 636,
          encryption: 'TLS',
          serverCertValidation: true
        })
      }),
      expect: [
        {
          status: 'PASS',
          detail: `1 stored user holds Full Admin or a security-admin role: alice (external: admin)${BUILTIN}.`
        }
      ]
    }
  ],
  warn: [
    {
      name: 'three (lower WARN boundary), with 7.6 and 8.0 security-admin roles',
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
          detail: `3 stored users hold Full Admin or a security-admin role: alice (external: admin), sec76 (local: security_admin_local), sec80 (local: security_admin, user_admin_external)${BUILTIN}; keep it to two.`
        }
      ]
    },
    {
      name: 'five (upper WARN boundary)',
      facts: cbFacts({ users: available(admins(5)) }),
      expect: [
        {
          status: 'WARN',
          detail: `5 stored users hold Full Admin or a security-admin role: ${names(5)}${BUILTIN}; keep it to two.`
        }
      ]
    },
    {
      name: 'an LDAP group mapped to admin (with authorization) and SAML roles: admins the list cannot show',
      facts: cbFacts({
        groups: ldapAdminGroup,
        saml: available({
          enabled: true,
          rolesAttribute: 'cbRoles',
          groupsAttribute: '',
          rolesFilterRE: '.*'
        })
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Group dba-admins grants admin to every member of LDAP group cn=dba,ou=groups,dc=corp: they are admins without being listed in /settings/rbac/users, and their number is unknown here.',
          object: 'group:dba-admins'
        },
        {
          status: 'WARN',
          detail:
            "SAML is on with rolesAttribute cbRoles: the identity provider decides each user's roles, Full Admin included, and none of those users is listed.",
          object: 'saml'
        },
        {
          status: 'PASS',
          detail: `1 stored user holds Full Admin or a security-admin role: alice (external: admin)${BUILTIN}.`
        }
      ]
    }
  ],
  fail: [
    {
      name: 'six Full Admins (lower FAIL boundary)',
      facts: cbFacts({ users: available(admins(6)) }),
      expect: [
        {
          status: 'FAIL',
          detail: `6 stored users hold Full Admin or a security-admin role: ${names(6)}${BUILTIN}; six or more make every account a path to full control.`
        }
      ]
    }
  ],
  other: [
    {
      name: 'LDAP settings unreadable on Enterprise: UNKNOWN, never a PASS that ignores LDAP groups',
      facts: cbFacts({ ldap: forbidden('/settings/ldap', 'cluster.admin.security.external!read') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: GET /settings/ldap answered 403: the audit user lacks cluster.admin.security.external!read. Fix: give the audit user the Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user.'
        }
      ]
    },
    {
      name: 'SAML groupsAttribute mapped to a group holding admin',
      facts: cbFacts({
        groups: available([{ id: 'ops', roles: [{ role: 'admin' }], ldapGroupRef: null }]),
        saml: available({
          enabled: true,
          rolesAttribute: '',
          groupsAttribute: 'memberOf',
          rolesFilterRE: '.*'
        })
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            "SAML is on with groupsAttribute memberOf (mapped to groups that hold admin roles): the identity provider decides each user's roles, Full Admin included, and none of those users is listed.",
          object: 'saml'
        },
        {
          status: 'PASS',
          detail: `1 stored user holds Full Admin or a security-admin role: alice (external: admin)${BUILTIN}.`
        }
      ]
    },
    {
      name: '7.6 reader security_admin_local: the list drops security-role holders silently: UNKNOWN, never PASS',
      facts: cbFacts({
        cluster: cluster76,
        whoami: whoami('security_admin_local'),
        users: available([user('app', ['data_reader'])])
      }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: the audit user auditor holds security_admin_local, for which GET /settings/rbac/users silently leaves out every holder of a security role: administrators may be missing from the list. Fix: give the audit user the Read-Only Admin (ro_admin) role.'
        }
      ]
    },
    {
      name: '8.0 reader ro_admin (no longer reads security on 8.0): UNKNOWN naming ro_security_admin',
      facts: cbFacts({ whoami: whoami('ro_admin') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: the audit user auditor holds ro_admin, for which GET /settings/rbac/users silently leaves out every holder of a security or user-admin role: administrators may be missing from the list. Fix: give the audit user the Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user.'
        }
      ]
    },
    {
      name: 'Community Edition 8.0: only Full Admin sees every user',
      facts: cbFacts({ cluster: { ...cbFacts().cluster, edition: 'community' }, whoami: whoami('ro_admin') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: the audit user auditor holds ro_admin, for which GET /settings/rbac/users silently leaves out every holder of a security or user-admin role: administrators may be missing from the list. Fix: give the audit user the Full Admin (admin) role: Community Edition 8.0 has no read-only role that reads security settings (ro_security_admin is Enterprise only).'
        }
      ]
    }
  ]
});
