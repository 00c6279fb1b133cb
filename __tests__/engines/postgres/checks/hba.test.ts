import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { denied, pgFacts, rule } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/hba.js';

const hba = (...rules: ReturnType<typeof rule>[]) => pgFacts({ hba: available(rules) });

checkTester(check, {
  pass: [
    {
      name: 'hardened',
      facts: pgFacts(),
      expect: [
        {
          status: 'PASS',
          detail: 'All 3 reachable pg_hba rules restrict connections by address, user or method.'
        }
      ]
    },
    {
      name: 'loopback scram over host is fine',
      facts: hba(
        rule(1, 'host all all 127.0.0.1/32 scram-sha-256'),
        rule(2, 'host all all ::1/128 scram-sha-256')
      ),
      expect: [
        {
          status: 'PASS',
          detail: 'All 2 reachable pg_hba rules restrict connections by address, user or method.'
        }
      ]
    },
    {
      name: 'netmask column form',
      facts: hba(rule(1, 'hostssl app app 10.1.2.0 scram-sha-256', { netmask: '255.255.255.0' })),
      expect: [
        {
          status: 'PASS',
          detail: 'The 1 reachable pg_hba rule restricts connections by address, user or method.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'trust from anywhere',
      facts: hba(rule(90, 'host all all 0.0.0.0/0 trust')),
      expect: [
        {
          status: 'FAIL',
          detail:
            'Rule at line 90 (host all all 0.0.0.0/0 trust): trust admits anyone who can reach the address, with no password; the range /0 is very broad.',
          object: 'host all all 0.0.0.0/0 trust'
        }
      ]
    },
    {
      name: 'clear-text password without TLS',
      facts: hba(rule(7, 'hostnossl app app 10.0.0.0/24 password')),
      expect: [
        {
          status: 'FAIL',
          detail:
            'Rule at line 7 (hostnossl app app 10.0.0.0/24 password): password sends the password in clear text over connections without TLS; remote connections without TLS are accepted (use hostssl).',
          object: 'hostnossl app app 10.0.0.0/24 password'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'local trust, md5, ident, any address, broad range',
      facts: hba(
        rule(1, 'local all all trust'),
        rule(2, 'hostssl app app 10.0.0.0/24 md5'),
        rule(3, 'hostssl app ops 10.0.1.0/24 ident'),
        rule(4, 'hostssl all all all scram-sha-256'),
        rule(5, 'hostssl app bi 10.0.0.0/8 scram-sha-256')
      ),
      expect: [
        {
          status: 'WARN',
          detail:
            'Rule at line 1 (local all all trust): trust lets any local OS user connect as the listed roles without a password.',
          object: 'local all all trust'
        },
        {
          status: 'WARN',
          detail:
            'Rule at line 2 (hostssl app app 10.0.0.0/24 md5): md5 is a weak challenge-response (use scram-sha-256).',
          object: 'hostssl app app 10.0.0.0/24 md5'
        },
        {
          status: 'WARN',
          detail:
            "Rule at line 3 (hostssl app ops 10.0.1.0/24 ident): ident trusts the client host's ident server.",
          object: 'hostssl app ops 10.0.1.0/24 ident'
        },
        {
          status: 'WARN',
          detail:
            'Rule at line 4 (hostssl all all all scram-sha-256): password logins are accepted from any address.',
          object: 'hostssl all all all scram-sha-256'
        },
        {
          status: 'INFO',
          detail:
            'Rule at line 5 (hostssl app bi 10.0.0.0/8 scram-sha-256) can never match: the rule at line 4 (hostssl all all all scram-sha-256) matches first.',
          object: 'hostssl app bi 10.0.0.0/8 scram-sha-256'
        }
      ]
    },
    {
      name: 'trust over TCP is FAIL on loopback for every host rule type; trust on local stays WARN',
      facts: hba(
        rule(1, 'hostssl all all ::1/128 trust'),
        rule(2, 'hostnossl all postgres 127.0.0.1/32 trust'),
        rule(3, 'local all all trust')
      ),
      expect: [
        {
          status: 'FAIL',
          detail:
            'Rule at line 1 (hostssl all all ::1/128 trust): trust over TCP lets every process on the host connect as the listed roles with no credential.',
          object: 'hostssl all all ::1/128 trust'
        },
        {
          status: 'FAIL',
          detail:
            'Rule at line 2 (hostnossl all postgres 127.0.0.1/32 trust): trust over TCP lets every process on the host connect as the listed roles with no credential.',
          object: 'hostnossl all postgres 127.0.0.1/32 trust'
        },
        {
          status: 'WARN',
          detail:
            'Rule at line 3 (local all all trust): trust lets any local OS user connect as the listed roles without a password.',
          object: 'local all all trust'
        }
      ]
    },
    {
      name: 'non-TLS remote, /16, and keyword semantics',
      facts: hba(
        rule(1, 'host sales,hr +staff 192.168.0.0/16 scram-sha-256'),
        rule(2, 'host replication all 10.0.0.0/24 scram-sha-256'),
        rule(3, 'host all all 127.0.0.1/32 trust'),
        rule(4, 'local sameuser all peer'),
        rule(5, 'host all all 0.0.0.0/0 reject'),
        rule(6, 'host all all 10.0.0.0/8 trust'),
        rule(7, 'host replication all 10.0.0.0/8 trust'),
        rule(8, 'host all all samenet scram-sha-256'),
        rule(0, 'garbage', {
          error: 'invalid connection type "garbage"',
          type: null,
          databases: [],
          users: [],
          method: null
        })
      ),
      expect: [
        {
          status: 'WARN',
          detail:
            'Rule at line 1 (host sales,hr +staff 192.168.0.0/16 scram-sha-256): the range /16 is very broad; remote connections without TLS are accepted (use hostssl).',
          object: 'host sales,hr +staff 192.168.0.0/16 scram-sha-256'
        },
        {
          status: 'WARN',
          detail:
            'Rule at line 2 (host replication all 10.0.0.0/24 scram-sha-256): remote connections without TLS are accepted (use hostssl).',
          object: 'host replication all 10.0.0.0/24 scram-sha-256'
        },
        {
          status: 'FAIL',
          detail:
            'Rule at line 3 (host all all 127.0.0.1/32 trust): trust over TCP lets every process on the host connect as the listed roles with no credential.',
          object: 'host all all 127.0.0.1/32 trust'
        },
        {
          status: 'INFO',
          detail:
            'Rule at line 6 (host all all 10.0.0.0/8 trust) can never match: the rule at line 5 (host all all 0.0.0.0/0 reject) matches first.',
          object: 'host all all 10.0.0.0/8 trust'
        },
        {
          status: 'FAIL',
          detail:
            'Rule at line 7 (host replication all 10.0.0.0/8 trust): trust admits anyone who can reach the address, with no password; the range /8 is very broad.',
          object: 'host replication all 10.0.0.0/8 trust'
        },
        {
          status: 'WARN',
          detail:
            'Rule at line 8 (host all all samenet scram-sha-256): remote connections without TLS are accepted (use hostssl).',
          object: 'host all all samenet scram-sha-256'
        },
        {
          status: 'INFO',
          detail: 'Rule at line 0 cannot be parsed and is ignored: invalid connection type "garbage".',
          object: 'line 0'
        }
      ]
    }
  ],
  other: [
    {
      name: 'view not readable',
      facts: pgFacts({
        hba: denied(
          'pg_hba_file_rules',
          'Run the audit as a superuser, or GRANT SELECT ON pg_catalog.pg_hba_file_rules and EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO auditor.'
        )
      }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: pg_hba_file_rules could not be read: permission denied. Fix: Run the audit as a superuser, or GRANT SELECT ON pg_catalog.pg_hba_file_rules and EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO auditor.'
        }
      ]
    }
  ]
});
