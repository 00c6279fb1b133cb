import check from '../../../../src/engines/cockroachdb/checks/log-export.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { CLOUD, cloud, crdbFacts } from '../../../helpers/crdb-facts.js';
import type { CloudCluster } from '../../../../src/engines/cockroachdb/facts.js';

checkTester(check, {
  pass: [
    {
      name: 'enabled with every channel',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'PASS',
          detail: 'Log export to AWS_CLOUDWATCH is enabled with every security channel at INFO or below.'
        }
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
            omittedChannels: ['SENSITIVE_ACCESS', 'DEV'],
            groups: []
          })
        })
      }),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'WARN', detail: 'Log export to GCP_CLOUD_LOGGING omits SENSITIVE_ACCESS.' }]
    },
    {
      name: 'disabled',
      facts: crdbFacts({
        cloud: cloud({
          logExport: available({ status: 'DISABLED', type: null, omittedChannels: [], groups: [] })
        })
      }),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'WARN', detail: 'Log export is DISABLED: no audit trail reaches a SIEM.' }]
    },
    {
      name: 'a WARNING group carrying SENSITIVE_ACCESS drops every audit event',
      facts: crdbFacts({
        cloud: cloud({
          logExport: available({
            status: 'ENABLED',
            type: 'AWS_CLOUDWATCH',
            omittedChannels: [],
            groups: [
              { logName: 'audit', channels: ['SENSITIVE_ACCESS', 'SESSIONS'], minLevel: 'WARNING' },
              { logName: 'ops', channels: ['OPS'], minLevel: 'ERROR' }
            ]
          })
        })
      }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'WARN',
          detail:
            'Log export to AWS_CLOUDWATCH drops every audit event of SENSITIVE_ACCESS in group audit (min_level WARNING), SESSIONS in group audit (min_level WARNING): those events are logged at INFO.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'Basic clusters cannot export logs: N/A',
      facts: crdbFacts({
        cloud: cloud({
          cluster: available({ ...(CLOUD.cluster as { value: CloudCluster }).value, plan: 'BASIC' }),
          logExport: available({ status: 'DISABLED', type: null, omittedChannels: [], groups: [] })
        })
      }),
      ctx: { deployment: 'cloud' },
      expect: [
        { status: 'N/A', detail: 'Basic clusters cannot export logs; log export needs Standard or Advanced.' }
      ]
    }
  ]
});
