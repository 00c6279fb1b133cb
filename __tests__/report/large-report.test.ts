import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AuditReport } from '../../src/pipeline/report.js';
import type { Finding } from '../../src/core/finding.js';
import { msg } from '../../src/core/text.js';
import { COMMENT_BUDGET, renderComment } from '../../src/report/comment.js';
import { renderSarif, SARIF_RESULT_LIMIT } from '../../src/report/sarif.js';
import { renderSummary, SUMMARY_BUDGET } from '../../src/report/summary.js';
import { finding, reportOf, waiver } from '../helpers/report-fixture.js';

/**
 * A 12,000-finding target (issue 13): 12,000 PUBLIC grants on one check next to a few other FAIL
 * checks, WARNs, an UNKNOWN, waived FAILs and a baseline with an expired, an expiring and many
 * stale waivers. Before the budget-aware renderers the comment lost pg/ssl and pg/public-schema,
 * the summary lost four FAIL checks and its Baseline, Remediation and Notes, and SARIF dropped two
 * FAIL rules and every WARN. The golden comment and summary of this report are committed.
 */
const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '__outputs__');
const GRANTS = 12000;

const dim = (f: Finding, dimension: Finding['dimension']): Finding => ({ ...f, dimension });

function largeReport(): AuditReport {
  const findings: Finding[] = [
    ...Array.from({ length: GRANTS }, (_, i) =>
      dim(
        finding(
          'pg/public-grants',
          'FAIL',
          `Table app.public.t${i} grants SELECT, INSERT to PUBLIC.`,
          `app.public.t${i}`
        ),
        'Authorization'
      )
    ),
    dim(finding('pg/ssl', 'FAIL', 'ssl is off: connections are not encrypted.'), 'Encryption'),
    dim(
      finding('pg/public-schema', 'FAIL', 'PUBLIC may CREATE in schema public.', 'app.public'),
      'Authorization'
    ),
    dim(finding('pg/hba', 'FAIL', 'host all all 0.0.0.0/0 md5', 'line 12'), 'Network Security'),
    dim(finding('pg/hba', 'FAIL', 'host all all ::/0 md5', 'line 13'), 'Network Security'),
    dim(finding('pg/listen-addresses', 'FAIL', "listen_addresses is '*'."), 'Network Security'),
    finding('pg/superusers', 'WARN', 'etl_admin is a superuser.', 'etl_admin'),
    finding('pg/superusers', 'WARN', 'backup is a superuser.', 'backup'),
    finding('pg/password-expiry', 'WARN', '14 login roles have no VALID UNTIL.'),
    dim(
      finding('pg/pgaudit', 'UNKNOWN', 'pgaudit settings could not be read: permission denied.'),
      'Audit Logging'
    ),
    ...Array.from({ length: 5 }, (_, i) =>
      finding('pg/md5-hashes', 'FAIL', `role legacy_${i} has an MD5 password hash.`, `legacy_${i}`)
    ),
    ...[
      'pg/tls',
      'pg/tls-version',
      'pg/password-encryption',
      'pg/port',
      'pg/connection-logging',
      'pg/log-statement',
      'pg/log-line-prefix',
      'pg/row-level-security',
      'pg/security-definer',
      'pg/untrusted-languages',
      'pg/grant-option',
      'pg/privileged-roles'
    ].map(id => finding(id, 'PASS', 'compliant.')),
    finding('pg/version', 'INFO', 'PostgreSQL 17.10.'),
    finding('pg/replication', 'N/A', 'no standby.'),
    finding('pg/pgcrypto', 'N/A', 'not installed.')
  ];
  const waivers = [
    ...Array.from({ length: 5 }, (_, i) => ({
      ...waiver('pg/md5-hashes', '2027-03-01', `legacy_${i}`),
      line: 3 + 7 * i
    })),
    { ...waiver('pg/listen-addresses', '2026-11-01'), line: 38 },
    { ...waiver('pg/superusers', '2026-12-01', 'backup'), line: 45 },
    ...Array.from({ length: 40 }, (_, i) => ({
      ...waiver('pg/public-grants', '2027-01-31', `app.old.dropped_${i}`),
      line: 52 + 7 * i
    }))
  ];
  const report = reportOf(findings, waivers);
  return {
    ...report,
    notes: [
      msg`12000 tables grant privileges to PUBLIC in database ${'app'}.`,
      msg`pgaudit could not be inspected: the audit role lacks ${'pg_read_all_settings'}.`
    ]
  };
}

const report = largeReport();
/** Every check with an actionable verdict, as its line starts in the comment and the summary. */
const MUST_KEEP = [
  '- ❌ **FAIL** `pg/public-grants` · ',
  '- ❌ **FAIL** `pg/hba` · ',
  '- ❌ **FAIL** `pg/ssl` · ',
  '- ❌ **FAIL** `pg/public-schema` · `app.public` · ',
  '- ❌ **FAIL** `pg/listen-addresses` · ',
  '- ⚠️ **WARN** `pg/superusers` · ',
  '- ⚠️ **WARN** `pg/password-expiry` · ',
  '- ❔ **UNKNOWN** `pg/pgaudit` · ',
  '- 🔕 **waived FAIL** `pg/md5-hashes` · '
];
const lineStarts = (md: string, prefix: string) => md.split('\n').some(l => l.startsWith(prefix));

describe('a 12,000-finding report keeps every FAIL and WARN check within its budgets', () => {
  it('the fixture is what it says', () => {
    expect(report.summary).toEqual({ PASS: 12, WARN: 3, FAIL: 12010, INFO: 1, 'N/A': 2, UNKNOWN: 1 });
    expect(report.baseline.expired).toHaveLength(1);
    expect(report.baseline.stale).toHaveLength(40);
  });

  it(`the PR comment is at most ${COMMENT_BUDGET} characters and keeps every check, heading and the waiver snippet`, () => {
    const body = renderComment(report);
    expect(body.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(body.length).toBeGreaterThan(COMMENT_BUDGET / 2);
    for (const start of MUST_KEEP) expect([start, lineStarts(body, start)]).toEqual([start, true]);
    for (const h of [
      '#### Findings by check',
      '#### How to waive',
      '#### Baseline',
      '#### Remediation',
      '#### Notes'
    ])
      expect([h, lineStarts(body, h)]).toEqual([h, true]);
    expect(body).toContain('    object: "app.public.t0"\n');
    expect(body).toContain('- `pg/listen-addresses`: owner `@org/platform`, expires 2026-11-01');
    // The big check shrank to a fair share and says how many it left out.
    expect(body.split('\n').filter(l => l.startsWith('- `pg/public-grants` · `app.public.t')).length).toBe(
      300
    );
    expect(body).toContain('- …and 11700 more `pg/public-grants` findings: see the full report.');
  });

  it(`the job summary is at most ${SUMMARY_BUDGET} bytes and keeps every check and the Baseline, Remediation and Notes`, () => {
    const md = renderSummary(report, { reportName: 'security-audit-prod-eu.md', uploaded: true });
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(SUMMARY_BUDGET);
    for (const start of MUST_KEEP) expect([start, lineStarts(md, start)]).toEqual([start, true]);
    for (const h of ['## Findings', '## Baseline', '## Remediation', '## Notes'])
      expect([h, lineStarts(md, h)]).toEqual([h, true]);
    expect(md).toContain(
      "> Shortened to fit a job summary: the full report is `security-audit-prod-eu.md` in the run's artifact."
    );
    expect(md).toContain('- **pg/ssl** (Title of pg/ssl): Fix pg/ssl.');
    expect(md.endsWith('Read-only audit: nothing was written to the target.*\n')).toBe(true);
    // The largest layout that fits: every check's list cut at 3,000 lines (the next, 10,000, is over).
    expect(md.split('\n').filter(l => l.startsWith('- `pg/public-grants` · `app.public.t')).length).toBe(
      3000
    );
    expect(md).toContain('- …and 9000 more `pg/public-grants` findings: see the full report.');
  });

  it('a summary without an uploaded artifact says where the report is instead', () => {
    const md = renderSummary(report, { reportName: 'r.md', uploaded: false });
    expect(md).toContain(
      '> Shortened to fit a job summary: the full report is `r.md` in the output directory (no artifact was uploaded).'
    );
  });

  it('even a tiny budget keeps every FAIL, WARN and UNKNOWN check line and the headings', () => {
    const md = renderSummary(report, { reportName: 'r.md', uploaded: true, budget: 12000 });
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(12000);
    for (const start of MUST_KEEP) expect([start, lineStarts(md, start)]).toEqual([start, true]);
    for (const h of ['## Baseline', '## Remediation', '## Notes']) expect(lineStarts(md, h)).toBe(true);
    expect(md).toContain('✅ 12 PASS · ℹ️ 1 INFO · ➖ 2 N/A checks: listed in the full report.');
  });

  it(`SARIF keeps every rule with at least one result, at most ${SARIF_RESULT_LIMIT} in all`, () => {
    const run = JSON.parse(renderSarif(report, {})).runs[0];
    expect(run.results.length).toBeLessThanOrEqual(SARIF_RESULT_LIMIT);
    const per = new Map<string, number>();
    for (const r of run.results as { ruleId: string }[]) per.set(r.ruleId, (per.get(r.ruleId) ?? 0) + 1);
    expect([...per.keys()].sort()).toEqual([
      'pg/hba',
      'pg/listen-addresses',
      'pg/md5-hashes',
      'pg/password-expiry',
      'pg/pgaudit',
      'pg/public-grants',
      'pg/public-schema',
      'pg/ssl',
      'pg/superusers'
    ]);
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id).sort()).toEqual([...per.keys()].sort());
    expect(per.get('pg/public-grants')).toBe(SARIF_RESULT_LIMIT - 14);
    expect(run.properties.leftOutPerRule).toEqual({ 'pg/public-grants': GRANTS - (SARIF_RESULT_LIMIT - 14) });
  });

  // Golden files of moderate size: the comment at its real budget, the summary at a 40 kB budget
  // (the real one, 900 KiB, would commit a megabyte; the shrinking steps are the same).
  const GOLDEN: Record<string, () => string> = {
    'large-comment.md': () => renderComment(report),
    'large-summary.md': () =>
      renderSummary(report, {
        reportName: 'security-audit-prod-eu-2026-11-24-1.md',
        uploaded: true,
        budget: 40000
      })
  };
  for (const [name, render] of Object.entries(GOLDEN)) {
    it(`golden ${name}`, () => {
      const file = path.join(dir, name);
      const actual = render();
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
      if (!existsSync(file)) throw new Error(`${file} is missing: run npm run golden`);
      expect(actual).toBe(readFileSync(file, 'utf8'));
      for (const start of MUST_KEEP) expect([start, lineStarts(actual, start)]).toEqual([start, true]);
    });
  }
});
