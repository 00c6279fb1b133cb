import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { runAudit, type AuditReport } from '../../src/pipeline/audit.js';
import { parseAuditOptions } from '../../src/core/options.js';
import { Redactor } from '../../src/core/redact.js';
import { selectEngine } from '../../src/engines/index.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderComment } from '../../src/report/comment.js';
import { liveInjections, onlyInCode, renderGfm } from '../helpers/gfm.js';

/**
 * Database-controlled text (database and role names, the errors the server returns about them)
 * reaches the report in fix texts, labels of failed reads and finding details. Rendered by GitHub's
 * own renderer, none of it may become a live element, link or mention.
 */
const HOSTILE_DBS = [
  '<img src=x onerror=alert(1)>',
  '@acme/security-team',
  '[click](https://evil.example/x)',
  'www.evil.example|pipe',
  '**bold** _em_ ~~del~~'
];
const HOSTILE_ROLES = ['<script>alert(1)</script>', '@acme/dbas', '[r](javascript:alert(1))'];

let srv: EmbeddedServer;
let report: AuditReport;
/** The only links a report may hold: the checks' own remediation references. */
let OUR_LINKS: Set<string>;

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

beforeAll(async () => {
  srv = await startServer();
  const c = srv.client();
  await c.connect();
  await c.query(`CREATE ROLE auditor LOGIN PASSWORD 'auditor-pw' IN ROLE pg_read_all_settings`);
  for (const db of HOSTILE_DBS) {
    await c.query(`CREATE DATABASE ${quote(db)}`);
    // The login may not connect: the fix text names the database.
    await c.query(`REVOKE CONNECT ON DATABASE ${quote(db)} FROM PUBLIC`);
  }
  for (const role of HOSTILE_ROLES) await c.query(`CREATE ROLE ${quote(role)} SUPERUSER LOGIN`);
  await c.end();
  const redactor = new Redactor();
  const options = parseAuditOptions({ url: srv.url('postgres', 'auditor', 'auditor-pw'), name: 'markup' });
  redactor.add('auditor-pw');
  report = await runAudit(await selectEngine(options, redactor), options, {
    progress: { step() {}, count() {}, warn() {} },
    redactor,
    now: new Date()
  });
  OUR_LINKS = new Set(report.findings.map(f => f.remediation.link));
}, 120000);

afterAll(async () => {
  await srv?.stop();
});

describe('database-controlled text rendered by cmark-gfm', () => {
  it('the fixtures reached the report (so the assertions below can fail)', () => {
    const md = renderMarkdown(report);
    for (const db of HOSTILE_DBS.slice(0, 3)) expect(md).toContain(db);
    expect(md).toContain('GRANT CONNECT ON DATABASE');
    expect(renderGfm('<img src=x> @acme/team [a](https://evil.example)')).toMatch(/<img src=x>/);
    expect(
      liveInjections(renderGfm('<img src=x> @acme/team [a](https://evil.example)'), OUR_LINKS)
    ).toHaveLength(3);
  });

  it('the full report has no live element, link or mention', () => {
    expect(liveInjections(renderGfm(renderMarkdown(report)), OUR_LINKS)).toEqual([]);
  });

  it('every hostile name is shown only inside code spans (no emphasis, strike or table break)', () => {
    const html = renderGfm(renderMarkdown(report));
    for (const name of [...HOSTILE_DBS, ...HOSTILE_ROLES])
      expect([name, onlyInCode(html, name)]).toEqual([name, true]);
  });

  it('the sticky comment has none either', () => {
    expect(liveInjections(renderGfm(renderComment(report)), OUR_LINKS)).toEqual([]);
  });

  it('a | outside a table is shown as |, not \\|', () => {
    const html = renderGfm(renderMarkdown(report));
    expect(html).toContain('<code>www.evil.example|pipe</code>');
    expect(html).not.toContain('\\|pipe');
  });
});
