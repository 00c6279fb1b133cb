import check from '../../../../src/engines/cockroachdb/checks/encryption-at-rest.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts, denied } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'every store encrypted',
      facts: crdbFacts(),
      expect: [{ status: 'PASS', detail: 'All 1 stores report encrypted = true.' }]
    },
    {
      name: 'store properties silent; every node starts with the flag',
      facts: crdbFacts({ stores: available([{ nodeId: 1, storeId: 1, encrypted: null }]) }),
      expect: [{ status: 'PASS', detail: 'Every node (1) starts with --enterprise-encryption.' }]
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
      expect: [{ status: 'WARN', detail: '1 of 2 stores are not encrypted: n2/s2.' }]
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
            'Could not be evaluated: Store properties could not be read: only users with MODIFYCLUSTERSETTING or VIEWCLUSTERSETTING privileges are allowed to show cluster setting (SQLSTATE 42501). Fix: GRANT SYSTEM VIEWCLUSTERMETADATA TO auditor;'
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
