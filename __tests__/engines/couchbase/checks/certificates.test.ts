import check from '../../../../src/engines/couchbase/checks/certificates.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, community, day, node } from '../../../helpers/cb-facts.js';

const cert = (n: string, days: number, type = 'uploaded') => ({
  node: n,
  subject: `CN=${n}`,
  expires: day(days),
  type,
  warnings: []
});

checkTester(check, {
  pass: [
    {
      name: 'CA-signed, 200 days left',
      facts: cbFacts(),
      expect: [
        {
          status: 'PASS',
          detail: 'Node cb1:8091 certificate CN=cb1 (uploaded) expires on 2027-06-12, in 200 days.',
          object: 'cb1:8091'
        },
        {
          status: 'PASS',
          detail: 'Node cb2:8091 certificate CN=cb2 (uploaded) expires on 2027-06-12, in 200 days.',
          object: 'cb2:8091'
        }
      ]
    },
    {
      name: 'self-signed in development is accepted',
      facts: cbFacts({
        certificates: available([cert('cb1:8091', 3000, 'generated'), cert('cb2:8091', 3000, 'generated')])
      }),
      ctx: { environment: 'development' },
      expect: [
        {
          status: 'PASS',
          detail: 'Node cb1:8091 certificate CN=cb1:8091 (generated) expires on 2035-02-10, in 3000 days.',
          object: 'cb1:8091'
        },
        {
          status: 'PASS',
          detail: 'Node cb2:8091 certificate CN=cb2:8091 (generated) expires on 2035-02-10, in 3000 days.',
          object: 'cb2:8091'
        }
      ]
    }
  ],
  fail: [
    {
      name: '20 days left, and one expired',
      facts: cbFacts({ certificates: available([cert('cb1:8091', 20), cert('cb2:8091', -3)]) }),
      expect: [
        {
          status: 'FAIL',
          detail: 'Node cb1:8091 certificate CN=cb1:8091 (uploaded) expires on 2026-12-14, in 20 days.',
          object: 'cb1:8091'
        },
        {
          status: 'FAIL',
          detail: 'Node cb2:8091 certificate CN=cb2:8091 (uploaded) expired on 2026-11-21.',
          object: 'cb2:8091'
        }
      ]
    }
  ],
  warn: [
    {
      name: '60 days left, and the generated certificate in production',
      facts: cbFacts({
        certificates: available([cert('cb1:8091', 60), cert('cb2:8091', 3000, 'generated')])
      }),
      expect: [
        {
          status: 'WARN',
          detail: 'Node cb1:8091 certificate CN=cb1:8091 (uploaded) expires on 2027-01-23, in 60 days.',
          object: 'cb1:8091'
        },
        {
          status: 'WARN',
          detail:
            'Node cb2:8091 certificate CN=cb2:8091 (generated) is the self-signed certificate Couchbase generated: clients cannot verify the node. Expires 2035-02-10.',
          object: 'cb2:8091'
        }
      ]
    }
  ],
  other: [
    {
      name: 'a failed-over, unhealthy node still reports its certificate (replicated config): judged and marked',
      facts: cbFacts({
        cluster: {
          ...cbFacts().cluster,
          nodes: [
            node('cb1:8091'),
            node('cb3:8091', { status: 'unhealthy', clusterMembership: 'inactiveFailed' })
          ]
        },
        certificates: available([cert('cb1:8091', 200), cert('cb3:8091', 200)])
      }),
      expect: [
        {
          status: 'PASS',
          detail: 'Node cb1:8091 certificate CN=cb1:8091 (uploaded) expires on 2027-06-12, in 200 days.',
          object: 'cb1:8091'
        },
        {
          status: 'PASS',
          detail:
            'Node cb3:8091 certificate CN=cb3:8091 (uploaded, node inactiveFailed) expires on 2027-06-12, in 200 days.',
          object: 'cb3:8091'
        }
      ]
    },
    {
      name: 'Community Edition, a single node named 127.0.0.1 audited remotely: paired, and the self-signed certificate is INFO (it cannot be replaced on CE)',
      facts: cbFacts({
        cluster: { ...community().cluster, nodes: [node('192.168.56.10:8091')] },
        certificates: available([cert('127.0.0.1:8091', 3000, 'generated')])
      }),
      expect: [
        {
          status: 'INFO',
          detail:
            'Node 192.168.56.10:8091 certificate CN=127.0.0.1:8091 (generated) is the self-signed certificate Couchbase generated; Community Edition cannot replace it (certificate upload is Enterprise Edition only). Expires 2035-02-10.',
          object: '192.168.56.10:8091'
        }
      ]
    },
    {
      name: 'a node with no entry at all (not expected from replicated config): UNKNOWN for it',
      facts: cbFacts({ certificates: available([cert('cb1:8091', 200)]) }),
      expect: [
        {
          status: 'PASS',
          detail: 'Node cb1:8091 certificate CN=cb1:8091 (uploaded) expires on 2027-06-12, in 200 days.',
          object: 'cb1:8091'
        },
        {
          status: 'UNKNOWN',
          detail: 'Node cb2:8091 (healthy) has no entry in /pools/default/certificates.',
          object: 'cb2:8091'
        }
      ]
    }
  ]
});

// The shared expiry ladder at both boundaries of both rungs (≤ 30 FAIL, ≤ 90 WARN).
checkTester(check, {
  pass: [
    {
      name: 'boundary: 91 days left is PASS',
      facts: cbFacts({ certificates: available([cert('cb1:8091', 91), cert('cb2:8091', 91)]) }),
      expect: [
        {
          status: 'PASS',
          detail: `Node cb1:8091 certificate CN=cb1:8091 (uploaded) expires on ${day(91).slice(0, 10)}, in 91 days.`,
          object: 'cb1:8091'
        },
        {
          status: 'PASS',
          detail: `Node cb2:8091 certificate CN=cb2:8091 (uploaded) expires on ${day(91).slice(0, 10)}, in 91 days.`,
          object: 'cb2:8091'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'boundary: 90 and 31 days left are WARN',
      facts: cbFacts({
        certificates: available([cert('cb1:8091', 90), cert('cb2:8091', 31)])
      }),
      expect: [
        {
          status: 'WARN',
          detail: `Node cb1:8091 certificate CN=cb1:8091 (uploaded) expires on ${day(90).slice(0, 10)}, in 90 days.`,
          object: 'cb1:8091'
        },
        {
          status: 'WARN',
          detail: `Node cb2:8091 certificate CN=cb2:8091 (uploaded) expires on ${day(31).slice(0, 10)}, in 31 days.`,
          object: 'cb2:8091'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'boundary: 30 days left is FAIL',
      facts: cbFacts({ certificates: available([cert('cb1:8091', 30), cert('cb2:8091', 30)]) }),
      expect: [
        {
          status: 'FAIL',
          detail: `Node cb1:8091 certificate CN=cb1:8091 (uploaded) expires on ${day(30).slice(0, 10)}, in 30 days.`,
          object: 'cb1:8091'
        },
        {
          status: 'FAIL',
          detail: `Node cb2:8091 certificate CN=cb2:8091 (uploaded) expires on ${day(30).slice(0, 10)}, in 30 days.`,
          object: 'cb2:8091'
        }
      ]
    }
  ],
  other: [
    {
      name: 'boundary: a Community Edition self-signed certificate with 91 days left is INFO, with 90 it is WARN',
      facts: cbFacts({
        ...community(),
        cluster: { ...community().cluster, nodes: [node('cb1:8091'), node('cb2:8091')] },
        certificates: available([cert('cb1:8091', 91, 'generated'), cert('cb2:8091', 90, 'generated')])
      }),
      expect: [
        {
          status: 'INFO',
          detail: `Node cb1:8091 certificate CN=cb1:8091 (generated) is the self-signed certificate Couchbase generated; Community Edition cannot replace it (certificate upload is Enterprise Edition only). Expires ${day(91).slice(0, 10)}.`,
          object: 'cb1:8091'
        },
        {
          status: 'WARN',
          detail: `Node cb2:8091 certificate CN=cb2:8091 (generated) expires on ${day(90).slice(0, 10)}, in 90 days.`,
          object: 'cb2:8091'
        }
      ]
    }
  ]
});
