import check from '../../../../src/engines/cockroachdb/checks/license.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

const v24 = available({ full: 'CockroachDB CCL v24.1.6', tag: 'v24.1.6' });

checkTester(check, {
  pass: [
    {
      name: 'an Enterprise licence for the organization, no end date',
      facts: crdbFacts(),
      expect: [
        {
          status: 'PASS',
          detail:
            'The installed Enterprise licence has no end date: the licence is valid for this organization.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'v26.2 without a licence: throttling, nothing switched off',
      facts: crdbFacts({ license: available({ state: 'none' }) }),
      expect: [
        {
          status: 'WARN',
          detail:
            'No enterprise licence is installed: connections are throttled once the 7-day grace period is over.'
        }
      ]
    },
    {
      name: 'v24.1 with a licence for another organization: enterprise features off',
      facts: crdbFacts({
        version: v24,
        license: available({
          state: 'present',
          type: 'Enterprise',
          validUntil: null,
          organization: 'Other',
          clusterIds: []
        })
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'The licence is for organization "Other", cluster.organization is "Acme": enterprise features such as role-based audit logging are switched off.'
        }
      ]
    }
  ]
});
