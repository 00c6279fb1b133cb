import { defineCheck, fail, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, plural, raw } from '../../../core/text.js';
import type { TfFacts } from './facts.js';

/** backup_retention_period: 0 turns automated backups (and point-in-time recovery) off. */
export default defineCheck<TfFacts<number>>({
  meta: {
    id: 'tf/aws-backup-retention',
    title: 'RDS automated backups',
    dimension: 'Backup & Recovery',
    family: 'backups',
    appliesTo: ['cloud', 'self-hosted'],
    description: 'Automated backups are kept at least 7 days (backup_retention_period >= 7).',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    rationale:
      'Without automated backups there is no point-in-time recovery: a bad migration, a deleted table or ransomware leaves only manual snapshots, if any.',
    remediation: {
      text: 'Set backup_retention_period to 7 or more days (up to 35).',
      link: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html'
    },
    frameworks: { 'SOC 2': ['A1.2'], HIPAA: ['164.308(a)(7)'], 'ISO 27001': ['8.13'] }
  },
  evaluate(facts) {
    const days = need(facts.value);
    if (days <= 0)
      return [
        fail(msg`${facts.address} keeps no automated backups (retention 0 days): no point-in-time recovery.`)
      ];
    if (days < 7)
      return [warn(msg`${facts.address} keeps automated backups ${raw(plural(days, 'day'))}, less than 7.`)];
    return [pass(msg`${facts.address} keeps automated backups ${raw(String(days))} days.`)];
  }
});
