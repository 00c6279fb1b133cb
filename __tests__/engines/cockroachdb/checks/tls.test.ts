import check from '../../../../src/engines/cockroachdb/checks/tls.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts, day } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'served certificate with 300 days',
      facts: crdbFacts(),
      expect: [
        {
          status: 'PASS',
          detail: 'The served certificate CN=node expires on 2027-09-20, in 300 days.',
          object: 'CN=node'
        }
      ]
    },
    {
      name: 'cloud: enforced',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'PASS', detail: 'CockroachDB Cloud enforces TLS on every SQL connection.' }]
    }
  ],
  fail: [
    {
      name: '--accept-sql-without-tls, and a certs-dir file with 20 days',
      facts: crdbFacts({
        nodeArgs: available([{ nodeId: 2, args: ['cockroach', 'start', '--accept-sql-without-tls'] }]),
        certFiles: available([{ file: 'node.crt', subject: 'CN=node', notAfter: day(20) }])
      }),
      expect: [
        {
          status: 'FAIL',
          detail: 'Node n2 runs with --accept-sql-without-tls: SQL clients may connect without TLS.',
          object: 'n2'
        },
        {
          status: 'PASS',
          detail: 'The served certificate CN=node expires on 2027-09-20, in 300 days.',
          object: 'CN=node'
        },
        {
          status: 'FAIL',
          detail: 'Certificate file node.crt (CN=node) expires on 2026-12-14, in 20 days.',
          object: 'node.crt'
        }
      ]
    },
    {
      name: 'insecure: no TLS offered',
      facts: crdbFacts({ tls: available({ offered: false, chain: [], postQuantumHybrid: 'untested' }) }),
      expect: [{ status: 'FAIL', detail: 'The SQL port does not offer TLS: the cluster runs insecure.' }]
    }
  ],
  warn: [
    {
      name: 'certs-dir CA with 60 days',
      facts: crdbFacts({
        certFiles: available([{ file: 'ca.crt', subject: 'CN=Cockroach CA', notAfter: day(60) }])
      }),
      expect: [
        {
          status: 'PASS',
          detail: 'The served certificate CN=node expires on 2027-09-20, in 300 days.',
          object: 'CN=node'
        },
        {
          status: 'WARN',
          detail: 'Certificate file ca.crt (CN=Cockroach CA) expires on 2027-01-23, in 60 days.',
          object: 'ca.crt'
        }
      ]
    }
  ]
});

// The shared expiry ladder at both boundaries of both rungs (≤ 30 FAIL, ≤ 90 WARN).
const served = {
  status: 'PASS',
  detail: 'The served certificate CN=node expires on 2027-09-20, in 300 days.',
  object: 'CN=node'
} as const;
const file = (days: number) => ({ file: `n${days}.crt`, subject: 'CN=node', notAfter: day(days) });
const line = (days: number, status: 'PASS' | 'WARN' | 'FAIL') => ({
  status,
  detail: `Certificate file n${days}.crt (CN=node) expires on ${day(days).slice(0, 10)}, in ${days} days.`,
  object: `n${days}.crt`
});
checkTester(check, {
  pass: [
    {
      name: 'boundary: 91 days left is PASS',
      facts: crdbFacts({ certFiles: available([file(91)]) }),
      expect: [served, line(91, 'PASS')]
    }
  ],
  warn: [
    {
      name: 'boundary: 90 and 31 days left are WARN',
      facts: crdbFacts({ certFiles: available([file(90), file(31)]) }),
      expect: [served, line(90, 'WARN'), line(31, 'WARN')]
    }
  ],
  fail: [
    {
      name: 'boundary: 30 days left is FAIL',
      facts: crdbFacts({ certFiles: available([file(30)]) }),
      expect: [served, line(30, 'FAIL')]
    }
  ]
});
