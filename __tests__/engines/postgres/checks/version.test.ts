import { checkTester } from '../../../helpers/check-tester.js';
import { pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/version.js';

const at = (versionNum: number) => pgFacts({ server: { ...pgFacts().server, versionNum } });

checkTester(check, {
  pass: [
    {
      name: 'current 17',
      facts: at(170010),
      expect: [
        {
          status: 'PASS',
          detail:
            'PostgreSQL 17.10 is the latest minor release of a supported major (release table of 2026-05-14); support ends 2029-11-08.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'old minor',
      facts: at(160002),
      expect: [
        {
          status: 'WARN',
          detail:
            'PostgreSQL 16.2 is behind the latest minor release 16.14 (release table of 2026-05-14); support ends 2028-11-09.'
        }
      ]
    }
  ],
  fail: [
    {
      name: '14 ended on 2026-11-12',
      facts: at(140023),
      expect: [
        {
          status: 'FAIL',
          detail: 'PostgreSQL 14.23 is out of support since 2026-11-12 (release table of 2026-05-14).'
        }
      ]
    },
    {
      name: '9.6',
      facts: at(90624),
      expect: [
        {
          status: 'FAIL',
          detail: 'PostgreSQL 9.6.24 is out of support (major 9.6 predates the release table of 2026-05-14).'
        }
      ]
    }
  ],
  other: [
    {
      name: 'newer than the table',
      facts: at(190001),
      expect: [
        { status: 'INFO', detail: 'PostgreSQL 19.1 is newer than the release table of 2026-05-14 knows.' }
      ]
    }
  ]
});
