import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/archiving.js';

checkTester(check, {
  pass: [
    {
      name: 'archive_command working',
      facts: pgFacts(),
      expect: [
        {
          status: 'PASS',
          detail: 'archive_mode is on with an archive_command; last archived 2026-11-24T11:00:00Z.'
        }
      ]
    },
    {
      name: 'archive_library, recovered after a failure',
      facts: pgFacts({
        settings: { archive_command: '', archive_library: 'basic_archive' },
        archiver: available({
          archivedCount: 5,
          failedCount: 2,
          lastArchivedTime: '2026-11-24T11:00:00Z',
          lastFailedTime: '2026-11-20T00:00:00Z'
        })
      }),
      expect: [
        {
          status: 'PASS',
          detail: 'archive_mode is on with archive_library basic_archive; last archived 2026-11-24T11:00:00Z.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'off, nothing set',
      facts: pgFacts({ settings: { archive_mode: 'off', archive_command: '' } }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'archive_mode is off and no archive_command or archive_library is set: WAL is not archived, so point-in-time recovery is impossible.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'command without mode',
      facts: pgFacts({ settings: { archive_mode: 'off' } }),
      expect: [
        {
          status: 'WARN',
          detail: 'archive_mode is off, so an archive_command is never run: WAL is not archived.'
        }
      ]
    },
    {
      name: 'mode without command',
      facts: pgFacts({ settings: { archive_command: '' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'archive_mode is on but neither archive_command nor archive_library is set: WAL accumulates and is not archived.'
        }
      ]
    },
    {
      name: 'failing',
      facts: pgFacts({
        archiver: available({
          archivedCount: 5,
          failedCount: 7,
          lastArchivedTime: '2026-11-20T00:00:00Z',
          lastFailedTime: '2026-11-24T11:00:00Z'
        })
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'WAL archiving is failing: the last failure (2026-11-24T11:00:00Z) is newer than the last success (2026-11-20T00:00:00Z); 7 failures so far.'
        }
      ]
    }
  ]
});
