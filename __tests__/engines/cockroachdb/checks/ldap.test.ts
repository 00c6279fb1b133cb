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
          detail: 'LDAP rule at line 1 uses LDAPS (ldap.corp on port 636).',
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
            'LDAP rule at line 1 talks to ldap.corp on port 389: CockroachDB uses TLS only on port 636 and never StartTLS, so this release may send LDAP credentials in clear text; use ldapport=636.',
          object: 'hostssl all all 10.0.0.0/8 ldap ldapserver=ldap.corp ldapport=389'
        }
      ]
    },
    {
      name: 'an LDAPS port other than 636 (3269) is still dialled without TLS',
      facts: crdbFacts({
        settings: {
          'server.host_based_authentication.configuration':
            'hostssl all all 10.0.0.0/8 ldap ldapserver=ldap.corp ldapport=3269'
        }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'LDAP rule at line 1 talks to ldap.corp on port 3269: CockroachDB uses TLS only on port 636 and never StartTLS, so this release may send LDAP credentials in clear text; use ldapport=636.',
          object: 'hostssl all all 10.0.0.0/8 ldap ldapserver=ldap.corp ldapport=3269'
        }
      ]
    },
    {
      name: 'no ldapport: a broken rule, not port 389',
      facts: crdbFacts({
        settings: {
          'server.host_based_authentication.configuration':
            'hostssl all all 10.0.0.0/8 ldap ldapserver=ldap.corp'
        }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'LDAP rule at line 1 has no ldapport, which CockroachDB requires ("ldap params in HBA conf missing ldap port"): its logins fail.',
          object: 'hostssl all all 10.0.0.0/8 ldap ldapserver=ldap.corp'
        }
      ]
    },
    {
      name: 'ldapscheme is no LDAP option',
      facts: crdbFacts({
        settings: {
          'server.host_based_authentication.configuration':
            'hostssl all all 10.0.0.0/8 ldap ldapserver=ldap.corp ldapport=389 ldapscheme=ldaps'
        }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'LDAP rule at line 1 has options CockroachDB rejects (ldapscheme): "invalid LDAP option provided in hba conf", so its logins fail.',
          object: 'hostssl all all 10.0.0.0/8 ldap ldapserver=ldap.corp ldapport=389 ldapscheme=ldaps'
        }
      ]
    },
    {
      name: 'a # inside the bind password does not hide ldapport=636',
      facts: crdbFacts({
        settings: {
          'server.host_based_authentication.configuration':
            'hostssl all all 10.0.0.0/8 ldap ldapserver=ldap.corp ldapbindpasswd=ab#cd ldapport=3268'
        }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'LDAP rule at line 1 talks to ldap.corp on port 3268: CockroachDB uses TLS only on port 636 and never StartTLS, so this release may send LDAP credentials in clear text; use ldapport=636.',
          object: 'hostssl all all 10.0.0.0/8 ldap ldapserver=ldap.corp ldapbindpasswd=******** ldapport=3268'
        }
      ]
    }
  ]
});
