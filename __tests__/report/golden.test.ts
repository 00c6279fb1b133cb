import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { finding, metaOf, reportOf, waiver } from '../helpers/report-fixture.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderComment } from '../../src/report/comment.js';
import { renderSummary } from '../../src/report/summary.js';

/**
 * Golden outputs: every renderer's output for one fixture report is committed under
 * __tests__/__outputs__/ and reviewed in diffs. `UPDATE_GOLDEN=1 npm test -- __tests__/report/golden`
 * refreshes them after an intended change.
 */
const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '__outputs__');

function fixture() {
  const hba = finding('pg/hba', 'FAIL', 'host all all 0.0.0.0/0 trust', 'host all all 0.0.0.0/0 trust');
  const superusers = finding(
    'pg/superusers',
    'WARN',
    '3 roles have SUPERUSER: postgres, <img src=x>, @org/team'
  );
  // The report's checks: pg/hba and pg/superusers from a catalogue (with HTML to escape), the
  // other ids only from what their findings carry.
  const catalogue = [
    metaOf(hba, {
      family: 'open-network',
      description: 'No pg_hba.conf rule trusts a connection from the network.',
      rationale: 'Trust rules let anyone who reaches the port log in without a credential.'
    }),
    metaOf(superusers, {
      family: 'admin-count',
      description: 'At most two roles have SUPERUSER.',
      rationale: 'A superuser bypasses every permission <and> runs OS commands.',
      verify: 'With the owners: whether each superuser is still needed.'
    })
  ];
  return reportOf(
    [
      hba,
      superusers,
      finding(
        'pg/public-grants',
        'FAIL',
        'Table app.public.cards grants SELECT to PUBLIC.',
        'app.public.cards'
      ),
      {
        ...finding('pg/listen', 'WARN', 'listen_addresses is *.'),
        rawStatus: 'FAIL',
        policy: [{ kind: 'downgraded', from: 'FAIL', to: 'WARN', reason: 'development cluster' }]
      },
      finding('pg/ssl', 'PASS', 'ssl is on.'),
      finding('pg/tls', 'UNKNOWN', 'pg_hba_file_rules could not be read | pipe'),
      finding('pg/pgcrypto', 'N/A', 'Not installed.')
    ],
    [
      { ...waiver('pg/public-grants', '2026-12-20', 'app.public.cards'), line: 3 },
      { ...waiver('pg/md5-hashes', '2026-12-31'), line: 10 }
    ],
    { catalogue }
  );
}

const OUTPUTS: Record<string, () => string> = {
  'report.md': () => renderMarkdown(fixture()),
  'report.json': () => renderJson(fixture()),
  'report.sarif': () =>
    renderSarif(fixture(), {
      locationUri: '.github/db-posture-baseline.yml',
      baselineUri: '.github/db-posture-baseline.yml'
    }),
  // Fixed durations (ms) stand in for the measured ones, so the golden file stays the same.
  'report.junit.xml': () =>
    renderJunit({
      ...fixture(),
      timing: {
        collectMs: 1234.4,
        checkMs: new Map([
          ['pg/hba', 2.6],
          ['pg/superusers', 0.2],
          ['pg/public-grants', 41],
          ['pg/listen', 1],
          ['pg/ssl', 0.7],
          ['pg/tls', 3],
          ['pg/pgcrypto', 0]
        ])
      }
    }),
  'comment.md': () => renderComment(fixture()),
  'summary.md': () => renderSummary(fixture(), { reportName: 'report.md', uploaded: true, budget: 2000 })
};

describe('golden outputs of one fixture report', () => {
  for (const [name, render] of Object.entries(OUTPUTS)) {
    it(name, () => {
      const file = path.join(dir, name);
      const actual = render();
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, actual);
      }
      if (!existsSync(file))
        throw new Error(`${file} is missing: run UPDATE_GOLDEN=1 npm test -- __tests__/report/golden`);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
