import check from '../../../../src/engines/couchbase/checks/node-encryption.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, community, node, security } from '../../../helpers/cb-facts.js';

const level = (clusterEncryptionLevel: string | null) =>
  security({ tlsMinVersion: 'tlsv1.2', disableUIOverHttp: true, clusterEncryptionLevel, services: {} });

checkTester(check, {
  pass: [
    {
      name: 'all',
      facts: cbFacts(),
      expect: [
        {
          status: 'PASS',
          detail: 'Node-to-node encryption is on for every node, clusterEncryptionLevel all.'
        }
      ]
    },
    {
      name: 'strict',
      facts: cbFacts({ security: level('strict') }),
      expect: [
        {
          status: 'PASS',
          detail: 'Node-to-node encryption is on for every node, clusterEncryptionLevel strict.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'control only',
      facts: cbFacts({ security: level('control') }),
      expect: [
        {
          status: 'WARN',
          detail:
            'clusterEncryptionLevel is control: only cluster-management traffic is encrypted; data (KV, DCP, index) travels between nodes in clear.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'absent because one node has encryption off: the node is named',
      facts: cbFacts({
        security: level(null),
        cluster: {
          name: 'p',
          version: '8.0.1',
          edition: 'enterprise',
          compat80: true,
          nodes: [node('cb1:8091'), node('cb2:8091', { nodeEncryption: false })]
        }
      }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'Node-to-node encryption is off on cb2:8091, so clusterEncryptionLevel is not set: inter-node traffic travels in clear.'
        }
      ]
    },
    {
      name: 'absent, node list unknown',
      facts: cbFacts({
        security: level(null),
        cluster: { name: null, version: '8.0.1', edition: 'enterprise', compat80: true, nodes: [] }
      }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'clusterEncryptionLevel is not set (node-to-node encryption is not on for every node): inter-node traffic travels in clear.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'Community Edition has no node-to-node encryption: N/A, never FAIL',
      facts: cbFacts({ ...community(), security: level(null) }),
      expect: [
        {
          status: 'N/A',
          detail: 'Community Edition has no node-to-node encryption (an Enterprise Edition feature).'
        }
      ]
    }
  ]
});
