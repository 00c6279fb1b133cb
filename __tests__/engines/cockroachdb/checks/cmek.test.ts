import check from '../../../../src/engines/cockroachdb/checks/cmek.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cloud, crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'enabled',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'PASS', detail: 'CMEK is ENABLED (eu-west-1 ENABLED).' }]
    }
  ],
  fail: [
    {
      name: 'Advanced with the add-on, CMEK off',
      facts: crdbFacts({ cloud: cloud({ cmek: available({ status: 'DISABLED', regions: [] }) }) }),
      ctx: { deployment: 'cloud' },
      expect: [
        { status: 'FAIL', detail: 'CMEK is DISABLED: data is encrypted with keys Cockroach Labs manages.' }
      ]
    }
  ],
  other: [
    {
      name: 'Advanced without the add-on',
      facts: crdbFacts({ cloud: cloud({ cmek: available({ status: 'UNAVAILABLE', regions: [] }) }) }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'INFO',
          detail:
            'CMEK is not available to this Advanced cluster (the Advanced Security add-on is not enabled).'
        }
      ]
    },
    {
      name: 'Standard',
      facts: crdbFacts({
        cloud: cloud({
          cluster: available({
            id: 'c',
            name: 's',
            version: 'v26.1.1',
            plan: 'STANDARD',
            cloudProvider: 'GCP',
            state: 'CREATED',
            regions: [],
            egressTrafficPolicy: null,
            networkVisibility: null
          })
        })
      }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'INFO',
          detail: 'CMEK needs the Advanced plan with the Advanced Security add-on; this cluster is STANDARD.'
        }
      ]
    }
  ]
});
