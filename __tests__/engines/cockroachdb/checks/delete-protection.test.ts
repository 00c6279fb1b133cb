import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import check from '../../../../src/engines/cockroachdb/checks/delete-protection.js';
import { CLOUD, cloud, crdbFacts } from '../../../helpers/crdb-facts.js';
import type { CloudCluster } from '../../../../src/engines/cockroachdb/facts.js';

const base = (CLOUD.cluster as { value: CloudCluster }).value;

checkTester(check, {
  pass: [
    {
      name: 'enabled',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'PASS', detail: 'Delete protection is ENABLED.' }]
    }
  ],
  warn: [
    {
      name: 'disabled',
      facts: crdbFacts({ cloud: cloud({ cluster: available({ ...base, deleteProtection: 'DISABLED' }) }) }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'WARN',
          detail:
            'Delete protection is DISABLED: one API call or Console click deletes the cluster and its managed backups.'
        }
      ]
    }
  ]
});
