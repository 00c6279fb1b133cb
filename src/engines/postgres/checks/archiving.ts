import { fail, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { setting } from '../settings.js';
import { definePostgresCheck } from './define.js';
import { BACKUP_CONTROLS } from '../../../policy/control-sets.js';

/** Compliant: WAL archiving is on, has somewhere to go, and its last attempt succeeded. */
export default definePostgresCheck({
  meta: {
    id: 'pg/archiving',
    title: 'WAL archiving',
    dimension: 'Backup & Recovery',
    family: 'backups',
    description:
      'archive_mode is on with an archive_command or archive_library, and archiving is not failing.',
    rationale:
      'Without working WAL archiving, point-in-time recovery is impossible: data changed since the last base backup is lost after a failure, a bad migration or ransomware.',
    verify: 'That base backups exist alongside the archive and that a restore has been tested.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'Set archive_mode = on and an archive_library or archive_command (e.g. pgBackRest, WAL-G); restart, then watch pg_stat_archiver.',
      link: 'https://www.postgresql.org/docs/current/continuous-archiving.html'
    },
    frameworks: BACKUP_CONTROLS
  },
  evaluate(facts) {
    const mode = setting(facts, 'archive_mode').setting;
    const command = setting(facts, 'archive_command').setting.trim();
    const all = need(facts.settings);
    // archive_library exists from PostgreSQL 15.
    const library = all.archive_library?.setting.trim() ?? '';
    const destination = library
      ? msg`archive_library ${library}`
      : command && command !== '(disabled)'
        ? msg`an archive_command`
        : undefined;
    if (mode === 'off') {
      if (!destination)
        return [
          fail(
            msg`archive_mode is off and no archive_command or archive_library is set: WAL is not archived, so point-in-time recovery is impossible.`
          )
        ];
      return [warn(msg`archive_mode is off, so ${raw(destination)} is never run: WAL is not archived.`)];
    }
    if (!destination) {
      return [
        warn(
          msg`archive_mode is ${mode} but neither archive_command nor archive_library is set: WAL accumulates and is not archived.`
        )
      ];
    }
    const stats = need(facts.archiver);
    if (stats.lastFailedTime && (!stats.lastArchivedTime || stats.lastFailedTime > stats.lastArchivedTime)) {
      return [
        warn(
          msg`WAL archiving is failing: the last failure (${raw(stats.lastFailedTime)}) is newer than the last success (${raw(stats.lastArchivedTime ?? 'never')}); ${raw(String(stats.failedCount))} failures so far.`
        )
      ];
    }
    const last = stats.lastArchivedTime
      ? msg`; last archived ${raw(stats.lastArchivedTime)}`
      : msg`; nothing archived yet`;
    return [pass(msg`archive_mode is ${mode} with ${raw(destination)}${raw(last)}.`)];
  }
});
