import check from '../../../../src/engines/cockroachdb/checks/backup-schedules.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts, day } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'an active schedule',
      facts: crdbFacts(),
      expect: [
        {
          status: 'PASS',
          detail:
            'Schedule nightly (@daily) is active; next run 2026-11-25 12:00; last run 2026-11-23 12:00 succeeded.',
          object: 'nightly'
        }
      ]
    },
    {
      name: 'cloud: INFO',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'INFO',
          detail:
            '1 self-managed backup schedule; CockroachDB Cloud also takes managed backups (see crdb/managed-backups).'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'no backup schedule (only a compaction job)',
      facts: crdbFacts({
        schedules: available([
          {
            id: '9',
            label: 'sql-stats',
            status: 'ACTIVE',
            state: null,
            recurrence: '@hourly',
            nextRun: day(1),
            command: '{}',
            isBackup: false
          }
        ])
      }),
      expect: [
        { status: 'FAIL', detail: 'No backup schedule exists: the cluster is not backed up by CockroachDB.' }
      ]
    }
  ],
  warn: [
    {
      name: 'paused, failing, overdue',
      facts: crdbFacts({
        schedules: available([
          {
            id: '1',
            label: 'a',
            status: 'PAUSED',
            state: 'Waiting for initial backup to complete',
            recurrence: '@hourly',
            nextRun: null,
            command: 'BACKUP',
            isBackup: true
          },
          {
            id: '2',
            label: 'b',
            status: 'ACTIVE',
            state: 'reschedule: error: access denied',
            recurrence: '@daily',
            nextRun: day(1),
            command: 'BACKUP',
            isBackup: true
          },
          {
            id: '3',
            label: 'c',
            status: 'ACTIVE',
            state: null,
            recurrence: '@daily',
            nextRun: day(-3),
            command: 'BACKUP',
            isBackup: true
          },
          {
            id: '4',
            label: 'd',
            status: 'ACTIVE',
            state: null,
            recurrence: '@daily',
            nextRun: day(1),
            command: 'BACKUP',
            isBackup: true,
            lastJob: { status: 'failed', created: day(-1), error: 'external storage: access denied' }
          },
          {
            id: '5',
            label: 'e',
            status: 'ACTIVE',
            state: null,
            recurrence: '@daily',
            nextRun: day(1),
            command: 'BACKUP',
            isBackup: true,
            lastJob: { status: 'canceled', created: day(-1), error: '' }
          }
        ])
      }),
      expect: [
        {
          status: 'INFO',
          detail:
            "Schedule a (@hourly) waits for its full backup's first run (Waiting for initial backup to complete).",
          object: 'a'
        },
        {
          status: 'WARN',
          detail: 'Schedule b (@daily) reports reschedule: error: access denied.',
          object: 'b'
        },
        {
          status: 'WARN',
          detail: 'Schedule c (@daily) should have run on 2026-11-21 12:00 and has not.',
          object: 'c'
        },
        {
          status: 'WARN',
          detail:
            'Schedule d (@daily) is active but its last run (2026-11-23 12:00) ended failed: external storage: access denied.',
          object: 'd'
        },
        {
          status: 'WARN',
          detail: 'Schedule e (@daily) is active but its last run (2026-11-23 12:00) ended canceled.',
          object: 'e'
        }
      ]
    }
  ]
});
