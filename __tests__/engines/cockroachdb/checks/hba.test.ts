import check from '../../../../src/engines/cockroachdb/checks/hba.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts, denied } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'narrow hostssl rules',
      facts: crdbFacts(),
      expect: [
        {
          status: 'PASS',
          detail:
            '2 HBA rules restrict non-root users by address, user or method; no remote trust; non-TLS SQL connections are refused before HBA.'
        },
        {
          status: 'INFO',
          detail:
            'CockroachDB puts host all root all cert-password in front of these rules: root can log in from any address with a certificate or password, whatever the rules below say.'
        }
      ]
    },
    {
      name: 'password over host on a secure node: TLS is required before HBA, no WARN',
      facts: crdbFacts({
        settings: { 'server.host_based_authentication.configuration': 'host all all 10.0.0.0/8 password' }
      }),
      expect: [
        {
          status: 'PASS',
          detail:
            '1 HBA rule restricts non-root users by address, user or method; no remote trust; non-TLS SQL connections are refused before HBA.'
        },
        {
          status: 'INFO',
          detail:
            'CockroachDB puts host all root all cert-password in front of these rules: root can log in from any address with a certificate or password, whatever the rules below say.'
        }
      ]
    },
    {
      name: 'a root reject after the built-in root rule is dead, and the PASS does not claim root is restricted',
      facts: crdbFacts({
        settings: {
          'server.host_based_authentication.configuration':
            'host all root 0.0.0.0/0 reject\nhostssl all all 10.0.0.0/8 cert'
        }
      }),
      expect: [
        {
          status: 'PASS',
          detail:
            '2 HBA rules restrict non-root users by address, user or method; no remote trust; non-TLS SQL connections are refused before HBA.'
        },
        {
          status: 'INFO',
          detail:
            'CockroachDB puts host all root all cert-password in front of these rules: root can log in from any address with a certificate or password, whatever the rules below say.'
        },
        {
          status: 'INFO',
          detail:
            'Rule at line 1 (host all root 0.0.0.0/0 reject) can never match: it is shadowed by the built-in root rule (host all root all cert-password).',
          object: 'host all root 0.0.0.0/0 reject'
        }
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
          status: 'INFO',
          detail:
            'CockroachDB puts host all root all cert-password in front of these rules: root can log in from any address with a certificate or password, whatever the rules below say.'
        },
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
            'The HBA configuration is empty, so the defaults apply (host all root all cert-password, host all all all cert-password, local all all password): any address may try any user.'
        }
      ]
    },
    {
      name: 'the documented default configuration written out is "default": WARN like empty',
      facts: crdbFacts({
        settings: {
          'server.host_based_authentication.configuration':
            'host all root all cert-password\nhost all all all cert-password\nlocal all all password'
        }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'The HBA configuration spells out the defaults (host all all all cert-password, local all all password): any address may try any user.'
        }
      ]
    },
    {
      name: 'password from a /8 on a node that accepts SQL without TLS; the bind password is masked',
      facts: crdbFacts({
        nodeArgs: available([
          { nodeId: 2, args: ['cockroach', 'start', '--certs-dir=/c', '--accept-sql-without-tls'] }
        ]),
        settings: {
          'server.host_based_authentication.configuration':
            'host all all 10.0.0.0/8 password\nhostssl all all 10.9.0.0/16 ldap ldapserver=ldap ldapport=636 ldapbindpasswd=TopSecret'
        }
      }),
      expect: [
        {
          status: 'INFO',
          detail:
            'CockroachDB puts host all root all cert-password in front of these rules: root can log in from any address with a certificate or password, whatever the rules below say.'
        },
        {
          status: 'WARN',
          detail:
            'Rule at line 1 (host all all 10.0.0.0/8 password): password from a broad range, and nodes n2 accept SQL without TLS (--accept-sql-without-tls or --insecure): passwords may cross the network in clear (use hostssl or cert methods).',
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
