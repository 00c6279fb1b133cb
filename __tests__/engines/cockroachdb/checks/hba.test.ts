import check from '../../../../src/engines/cockroachdb/checks/hba.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts, denied } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'narrow hostssl rules',
      facts: crdbFacts(),
      expect: [
        { status: 'PASS', detail: '2 HBA rule(s) restrict by address, user or method; no remote trust.' }
      ]
    }
  ],
  fail: [
    {
      name: 'trust from anywhere, and a rule it shadows',
      facts: crdbFacts({
        settings: {
          'server.host_based_authentication.configuration':
            'host all all 0.0.0.0/0 trust\nhostssl all alice 10.0.0.0/8 cert'
        }
      }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'Rule at line 1 (host all all 0.0.0.0/0 trust): trust admits anyone who can reach the address, with no password.',
          object: 'host all all 0.0.0.0/0 trust'
        },
        {
          status: 'INFO',
          detail:
            'Rule at line 2 (hostssl all alice 10.0.0.0/8 cert) can never match: line 1 (host all all 0.0.0.0/0 trust) matches first.',
          object: 'hostssl all alice 10.0.0.0/8 cert'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'empty: defaults apply',
      facts: crdbFacts({ settings: { 'server.host_based_authentication.configuration': '' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'The HBA configuration is empty, so the defaults apply (host all all all cert-password, local all all password): any address may try any user.'
        }
      ]
    },
    {
      name: 'password from a /8 without TLS; the bind password is masked',
      facts: crdbFacts({
        settings: {
          'server.host_based_authentication.configuration':
            'host all all 10.0.0.0/8 password\nhostssl all all 10.9.0.0/16 ldap ldapserver=ldap ldapport=636 ldapbindpasswd=TopSecret'
        }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Rule at line 1 (host all all 10.0.0.0/8 password): password from a broad range without requiring TLS (use hostssl or cert methods).',
          object: 'host all all 10.0.0.0/8 password'
        }
      ]
    }
  ],
  other: [
    {
      name: 'redacted: UNKNOWN',
      facts: crdbFacts({
        settings: {
          'server.host_based_authentication.configuration': denied('The HBA', 'audit with a member of admin.')
        }
      }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: The HBA could not be read: only users with MODIFYCLUSTERSETTING or VIEWCLUSTERSETTING privileges are allowed to show cluster setting (SQLSTATE 42501). Fix: audit with a member of admin.'
        }
      ]
    }
  ]
});
