import check from '../../../../src/engines/cockroachdb/checks/log-export.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cloud, crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'enabled with every channel',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [
        { status: 'PASS', detail: 'Log export to AWS_CLOUDWATCH is enabled with every security channel.' }
      ]
    }
  ],
  warn: [
    {
      name: 'omits SENSITIVE_ACCESS',
      facts: crdbFacts({
        cloud: cloud({
          logExport: available({
            status: 'ENABLED',
            type: 'GCP_CLOUD_LOGGING',
            omittedChannels: ['SENSITIVE_ACCESS', 'DEV']
          })
        })
      }),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'WARN', detail: 'Log export to GCP_CLOUD_LOGGING omits SENSITIVE_ACCESS.' }]
    },
    {
      name: 'disabled',
      facts: crdbFacts({
        cloud: cloud({ logExport: available({ status: 'DISABLED', type: null, omittedChannels: [] }) })
      }),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'WARN', detail: 'Log export is DISABLED: no audit trail reaches a SIEM.' }]
    }
  ]
});
