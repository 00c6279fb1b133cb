import check from '../../../../src/engines/cockroachdb/checks/encryption-at-rest.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts, denied } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'every store encrypted',
      facts: crdbFacts(),
      expect: [
        {
          status: 'PASS',
          detail:
            'Every node (1) starts with --enterprise-encryption and an AES key (not key=plain); 1 store reports encrypted = true.'
        }
      ]
    },
    {
      name: 'store properties silent; every node starts with the flag',
      facts: crdbFacts({ stores: available([{ nodeId: 1, storeId: 1, encrypted: null }]) }),
      expect: [
        {
          status: 'PASS',
          detail:
            'Every node (1) starts with --enterprise-encryption and an AES key (not key=plain); 1 store reports encrypted = true.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'unencrypted store (PII raises it by policy)',
      facts: crdbFacts({
        stores: available([
          { nodeId: 1, storeId: 1, encrypted: true },
          { nodeId: 2, storeId: 2, encrypted: false }
        ])
      }),
      ctx: { dataSensitivity: 'pii-phi' },
      expect: [{ status: 'WARN', detail: 'Stores n2/s2 report encrypted = false.' }]
    },
    {
      name: 'key=plain: kv_store_status says encrypted, the data is not',
      facts: crdbFacts({
        nodeArgs: available([
          {
            nodeId: 1,
            args: ['cockroach', 'start', '--enterprise-encryption=path=/data,key=plain,old-key=/k']
          },
          {
            nodeId: 2,
            args: [
              'cockroach',
              'start',
              '--enterprise-encryption',
              'path=/data,key=/keys/aes.key,old-key=plain'
            ]
          }
        ]),
        stores: available([
          { nodeId: 1, storeId: 1, encrypted: true },
          { nodeId: 2, storeId: 2, encrypted: true }
        ])
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Nodes n1 run --enterprise-encryption with key=plain (or no key): their stores are written in plaintext although kv_store_status reports encrypted = true.'
        }
      ]
    },
    {
      name: 'a node without the flag',
      facts: crdbFacts({
        nodeArgs: available([{ nodeId: 3, args: ['cockroach', 'start', '--store=/data'] }]),
        stores: available([{ nodeId: 3, storeId: 3, encrypted: null }])
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Nodes n3 start without --enterprise-encryption: their stores are not encrypted by CockroachDB.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'neither stores nor node args readable: UNKNOWN',
      facts: crdbFacts({
        stores: denied('Store properties', 'GRANT SYSTEM VIEWCLUSTERMETADATA TO auditor;'),
        nodeArgs: denied('Node command lines', 'GRANT SYSTEM VIEWCLUSTERMETADATA TO auditor;')
      }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: Node command lines could not be read: only users with MODIFYCLUSTERSETTING or VIEWCLUSTERSETTING privileges are allowed to show cluster setting (SQLSTATE 42501). Fix: GRANT SYSTEM VIEWCLUSTERMETADATA TO auditor;'
        }
      ]
    },
    {
      name: 'cloud: N/A',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'N/A', detail: 'Does not apply to cloud deployments.' }]
    }
  ]
});
