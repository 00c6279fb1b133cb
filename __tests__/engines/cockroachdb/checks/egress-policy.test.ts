import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import check from '../../../../src/engines/cockroachdb/checks/egress-policy.js';
import { CLOUD, cloud, crdbFacts } from '../../../helpers/crdb-facts.js';
import type { CloudCluster } from '../../../../src/engines/cockroachdb/facts.js';

const base = (CLOUD.cluster as { value: CloudCluster }).value;
const withCluster = (over: Partial<CloudCluster>) =>
  crdbFacts({ cloud: cloud({ cluster: available({ ...base, ...over }) }) });

checkTester(check, {
  pass: [
    {
      name: 'default deny',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'PASS',
          detail: 'Egress traffic policy is DEFAULT_DENY: only listed destinations are reachable.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'allow all',
      facts: withCluster({ egressTrafficPolicy: 'ALLOW_ALL' }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'WARN',
          detail:
            "Egress traffic policy is ALLOW_ALL: backups, changefeeds and exports may send data to any destination (inferred from the policy's meaning)."
        }
      ]
    }
  ],
  other: [
    {
      name: 'Standard has no egress controls',
      facts: withCluster({ plan: 'STANDARD' }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'INFO',
          detail: 'Egress perimeter controls need the Advanced plan; this cluster is STANDARD.'
        }
      ]
    }
  ]
});
