import check from '../../../../src/engines/cockroachdb/checks/ldap.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'not configured: INFO',
      facts: crdbFacts(),
      expect: [{ status: 'INFO', detail: 'No HBA rule uses ldap: LDAP authentication is not configured.' }]
    },
    {
      name: 'LDAPS',
      facts: crdbFacts({
        settings: {
          'server.host_based_authentication.configuration':
            'hostssl all all 10.0.0.0/8 ldap ldapserver=ldap.corp ldapport=636 ldapbindpasswd=x'
        }
      }),
      expect: [
        {
          status: 'PASS',
          detail: 'LDAP rule at line 1 uses ldap.corp on port 636.',
          object: 'hostssl all all 10.0.0.0/8 ldap ldapserver=ldap.corp ldapport=636 ldapbindpasswd=********'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'port 389',
      facts: crdbFacts({
        settings: {
          'server.host_based_authentication.configuration':
            'hostssl all all 10.0.0.0/8 ldap ldapserver=ldap.corp ldapport=389'
        }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'LDAP rule at line 1 talks to ldap.corp on port 389 without TLS: passwords cross the network in clear.',
          object: 'hostssl all all 10.0.0.0/8 ldap ldapserver=ldap.corp ldapport=389'
        }
      ]
    }
  ]
});
