import check from '../../../../src/engines/cockroachdb/checks/managed-backups.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cloud, crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'hourly, 30 days',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'PASS', detail: 'Managed backups run every 60 minutes and are kept 30 days.' }]
    },
    {
      name: 'disabled: INFO',
      facts: crdbFacts({
        cloud: cloud({ backupsConfig: available({ enabled: false, frequencyMinutes: 0, retentionDays: 0 }) })
      }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'INFO',
          detail:
            'Managed backups are disabled; recovery depends on self-managed backup schedules (see crdb/backup-schedules).'
        }
      ]
    }
  ]
});
