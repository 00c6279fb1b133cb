import check from '../../../../src/engines/couchbase/checks/plaintext-ports.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, community, security } from '../../../helpers/cb-facts.js';

const PORTS =
  'clients can use KV 11210, query 8093, REST 8091 and the eventing debugger 9140 in plain text, passwords included.';

checkTester(check, {
  pass: [
    {
      name: 'strict',
      facts: cbFacts({ security: security({ clusterEncryptionLevel: 'strict' }) }),
      expect: [
        {
          status: 'PASS',
          detail: 'clusterEncryptionLevel is strict: non-TLS client ports listen on loopback only.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'all',
      facts: cbFacts(),
      expect: [{ status: 'WARN', detail: `clusterEncryptionLevel is all: ${PORTS}` }]
    },
    {
      name: 'node-to-node encryption not on every node',
      facts: cbFacts({ security: security({ clusterEncryptionLevel: null }) }),
      expect: [
        {
          status: 'WARN',
          detail: `node-to-node encryption is not on for every node, so clusterEncryptionLevel cannot be strict: ${PORTS}`
        }
      ]
    },
    {
      name: 'Community Edition',
      facts: cbFacts({ ...community(), security: security({ clusterEncryptionLevel: null }) }),
      expect: [{ status: 'WARN', detail: `Community Edition has no strict level: ${PORTS}` }]
    }
  ]
});
