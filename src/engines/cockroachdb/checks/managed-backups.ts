import { info, pass } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCockroachCheck } from './define.js';

/** The Cloud-managed backup configuration: PASS when on, INFO when off. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/managed-backups',
    title: 'Managed backups',
    dimension: 'Backup & Recovery',
    appliesTo: ['cloud'],
    description:
      'CockroachDB Cloud managed backups are enabled with a frequency and retention that fit the recovery objectives.',
    rationale:
      'Managed backups that are off, or too rare and too short-lived for the recovery objectives, leave data that cannot be restored to the point the business needs.',
    verify:
      'That a restore from the managed backups has been tested and fits the recovery point and time objectives.',
    outcomes: ['PASS', 'INFO'],
    remediation: {
      text: 'Enable managed backups and set frequency and retention (PUT /api/v1/clusters/{id}/backups-config, or the Console Backup and Restore page).',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/managed-backups'
    },
    frameworks: { 'SOC 2': ['A1.2'], HIPAA: ['164.308(a)(7)'], 'ISO 27001': ['8.13'], GDPR: ['Art. 32'] }
  },
  evaluate(facts) {
    const b = need(facts.cloud.backupsConfig);
    if (!b.enabled)
      return [
        info(
          msg`Managed backups are disabled; recovery depends on self-managed backup schedules (see crdb/backup-schedules).`
        )
      ];
    return [
      pass(
        msg`Managed backups run every ${raw(String(b.frequencyMinutes))} minutes and are kept ${raw(String(b.retentionDays))} days.`
      )
    ];
  }
});
