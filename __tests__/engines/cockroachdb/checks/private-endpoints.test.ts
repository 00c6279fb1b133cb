import check from '../../../../src/engines/cockroachdb/checks/private-endpoints.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cloud, crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'Advanced with an available connection',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'PASS',
          detail:
            '1 private endpoint connection available (eu-west-1); 0 egress private endpoints, egress traffic policy DEFAULT_DENY.'
        }
      ]
    },
    {
      name: 'Basic: not available',
      facts: crdbFacts({
        cloud: cloud({
          cluster: available({
            id: 'c',
            name: 'b',
            version: 'v26.1.1',
            plan: 'BASIC',
            cloudProvider: 'GCP',
            state: 'CREATED',
            regions: [],
            egressTrafficPolicy: null,
            networkVisibility: null
          })
        })
      }),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'INFO', detail: 'Private endpoints are not available on the Basic plan.' }]
    }
  ],
  warn: [
    {
      name: 'Advanced, connection pending',
      facts: crdbFacts({
        cloud: cloud({
          privateEndpoints: available({
            services: [],
            connections: [{ endpointId: 'vpce-9', region: 'eu-west-1', status: 'STATUS_PENDING' }]
          })
        })
      }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'WARN',
          detail:
            'No private endpoint connection is available (vpce-9 STATUS_PENDING): clients reach the cluster over the internet; 0 egress private endpoints, egress traffic policy DEFAULT_DENY.'
        }
      ]
    }
  ]
});
