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
    },
    {
      name: 'Advanced, 404 from /cmek: never configured is a FAIL, not INFO',
      facts: crdbFacts({ cloud: cloud({ cmek: available({ status: 'NOT_CONFIGURED', regions: [] }) }) }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'FAIL',
          detail:
            'CMEK was never configured on this Advanced cluster (the Cloud API answers 404 for /cmek): data is encrypted with keys Cockroach Labs manages.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'Advanced, 404 (never configured), attested no-addon: INFO',
      facts: crdbFacts({ cloud: cloud({ cmek: available({ status: 'NOT_CONFIGURED', regions: [] }) }) }),
      ctx: {
        deployment: 'cloud',
        attestation: () => ({
          state: 'active',
          attestation: {
            check: 'crdb/cmek',
            target: 'crdb',
            status: 'INFO',
            evidence: 'no-addon: contract without Advanced Security',
            attestedBy: 'sec@example.com',
            expires: '2027-01-01'
          }
        })
      },
      expect: [
        {
          status: 'INFO',
          detail:
            'CMEK was never configured (404); attested that the cluster has no Advanced Security add-on (no-addon) by sec@example.com (no-addon: contract without Advanced Security), valid until 2027-01-01.'
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
