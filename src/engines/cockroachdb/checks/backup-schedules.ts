import { fail, info, pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, plural, raw } from '../../../core/text.js';
import { defineCockroachCheck } from './define.js';
import { BACKUP_CONTROLS } from '../../../policy/control-sets.js';

/** A run that should have started more than this long ago is overdue. */
const OVERDUE_MS = 24 * 3600 * 1000;

/**
 * Self-hosted: FAIL without a backup schedule; WARN for paused, failing or overdue schedules. Cloud:
 * INFO (managed backups exist). Never prints the storage URI's credentials (the collector removes them).
 */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/backup-schedules',
    title: 'Backup schedules',
    dimension: 'Backup & Recovery',
    family: 'backups',
    description: 'An active backup schedule exists, is not paused or failing, and runs on time.',
    rationale:
      'Without a backup schedule that runs and succeeds, data lost to a bad migration, deletion or ransomware cannot be restored, and paused or failing schedules give that false comfort silently.',
    verify: 'That the backup destination holds recent backups and that a restore has been tested.',
    outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
    remediation: {
      text: "CREATE SCHEDULE ... FOR BACKUP INTO 's3://...?AUTH=implicit' RECURRING '@hourly' FULL BACKUP '@daily' WITH SCHEDULE OPTIONS first_run = 'now'; RESUME paused schedules and fix failing ones.",
      link: 'https://www.cockroachlabs.com/docs/stable/create-schedule-for-backup'
    },
    frameworks: BACKUP_CONTROLS
  },
  evaluate(facts, ctx) {
    const schedules = need(facts.schedules).filter(s => s.isBackup);
    if (ctx.deployment === 'cloud') {
      return [
        info(
          msg`${raw(plural(schedules.length, 'self-managed backup schedule'))}; CockroachDB Cloud also takes managed backups (see crdb/managed-backups).`
        )
      ];
    }
    if (schedules.length === 0)
      return [fail(msg`No backup schedule exists: the cluster is not backed up by CockroachDB.`)];
    const findings: RawFinding[] = [];
    for (const s of schedules) {
      const label = msg`Schedule ${s.label} (${raw(s.recurrence)})`;
      const job = s.lastJob;
      if (s.status === 'PAUSED' && s.state && /^Waiting for initial backup to complete$/i.test(s.state))
        findings.push(info(msg`${raw(label)} waits for its full backup's first run (${s.state}).`, s.label));
      else if (s.status === 'PAUSED')
        findings.push(warn(msg`${raw(label)} is paused${raw(s.state ? `: ${s.state}` : '')}.`, s.label));
      else if (job && /^(failed|canceled|reverting)$/i.test(job.status))
        // ACTIVE with on_execution_failure = RETRY_SCHED keeps a failing schedule running.
        findings.push(
          warn(
            msg`${raw(label)} is active but its last run (${raw(job.created.slice(0, 16).replace('T', ' '))}) ended ${raw(job.status)}${raw(job.error ? `: ${job.error}` : '')}.`,
            s.label
          )
        );
      else if (s.state && /error|fail/i.test(s.state))
        findings.push(warn(msg`${raw(label)} reports ${s.state}.`, s.label));
      else if (s.nextRun && Date.parse(s.nextRun) < ctx.auditedAt.getTime() - OVERDUE_MS) {
        findings.push(
          warn(
            msg`${raw(label)} should have run on ${raw(s.nextRun.slice(0, 16).replace('T', ' '))} and has not.`,
            s.label
          )
        );
      } else
        findings.push(
          pass(
            msg`${raw(label)} is active; next run ${raw(s.nextRun ? s.nextRun.slice(0, 16).replace('T', ' ') : 'unknown')}; ${raw(
              job
                ? `last run ${job.created.slice(0, 16).replace('T', ' ')} ${job.status}`
                : job === null
                  ? 'no run is visible (none yet, or the auditor lacks VIEWJOB)'
                  : 'its runs could not be read'
            )}.`,
            s.label
          )
        );
    }
    return findings;
  }
});
