import { defineCheck, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { TfFacts } from './facts.js';

/** Cloud SQL backup_configuration: automated backups and point-in-time recovery. */
export default defineCheck<TfFacts<{ enabled: boolean; pitr: boolean }>>({
  meta: {
    id: 'tf/gcp-backups',
    title: 'Cloud SQL automated backups',
    dimension: 'Backup & Recovery',
    family: 'backups',
    appliesTo: ['cloud', 'self-hosted'],
    description: 'Automated backups are enabled, with point-in-time recovery.',
    outcomes: ['PASS', 'WARN'],
    rationale:
      'Without automated backups and point-in-time recovery, lost or corrupted data cannot be restored to a moment before the damage.',
    remediation: {
      text: 'Set settings { backup_configuration { enabled = true, point_in_time_recovery_enabled = true } }.',
      link: 'https://cloud.google.com/sql/docs/postgres/backup-recovery/backups'
    },
    frameworks: { 'SOC 2': ['A1.2'], HIPAA: ['164.308(a)(7)'], 'ISO 27001': ['8.13'] }
  },
  evaluate(facts) {
    const v = need(facts.value);
    if (!v.enabled) return [warn(msg`${facts.address} has automated backups disabled.`)];
    if (!v.pitr) return [warn(msg`${facts.address} has automated backups but no point-in-time recovery.`)];
    return [pass(msg`${facts.address} has automated backups with point-in-time recovery${raw('')}.`)];
  }
});
