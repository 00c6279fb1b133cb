import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { runAudit, type AuditReport } from '../../src/pipeline/audit.js';
import { parseAuditOptions } from '../../src/core/options.js';
import { Redactor } from '../../src/core/redact.js';
import { checkCatalogue, selectEngine } from '../../src/engines/index.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { firstUnwaivedFail, renderComment } from '../../src/report/comment.js';
import { renderSummary } from '../../src/report/summary.js';
import { parseBaseline } from '../../src/baseline/load.js';
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
/**
 * Login roles that may run server programs (pg/privileged-roles FAILs them, one finding each, so
 * the comment groups them in a <details> block), with names built to break a waiver snippet:
 * backticks, a pipe, an <img>, a newline, a mention and an issue reference.
 */
const HOSTILE_OBJECT = '`tick``|<img src=x onerror=alert(1)>\n@acme/dbas #123';
const SERVER_ROLES = [HOSTILE_OBJECT, 'ops|`x`', 'etl #7 @acme/etl'];

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
  for (const role of SERVER_ROLES)
    await c.query(`CREATE ROLE ${quote(role)} LOGIN IN ROLE pg_execute_server_program`);
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
    // An issue reference outside code is caught too (GitHub would link it).
    expect(liveInjections(renderGfm('fixes #123, not `#4`'), OUR_LINKS)).toEqual(['#123']);
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

const unescapeHtml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the grouped comment and summary rendered by cmark-gfm', () => {
  /** The audit with every FAIL but the hostile role's left out: its snippet is the one shown. */
  const hostileFirst = (): AuditReport => ({
    ...report,
    findings: report.findings.filter(f => f.status !== 'FAIL' || f.object === HOSTILE_OBJECT)
  });

  it('the server-access roles reached the report as one pg/privileged-roles group', () => {
    const roles = report.findings.filter(f => f.checkId === 'pg/privileged-roles' && f.status === 'FAIL');
    expect(roles.map(f => f.object).sort()).toEqual([...SERVER_ROLES].sort());
    expect(firstUnwaivedFail(hostileFirst())?.object).toBe(HOSTILE_OBJECT);
  });

  it('each check with several findings is a <details> block whose findings render as a list', () => {
    for (const [view, md] of [
      ['comment', renderComment(report)],
      ['summary', renderSummary(report, { reportName: 'r.md', uploaded: true })]
    ] as const) {
      const html = renderGfm(md);
      expect([view, (html.match(/<details>/g) ?? []).length]).toEqual([
        view,
        (html.match(/<\/details>/g) ?? []).length
      ]);
      const block = html.match(
        /^<details><summary>3 findings of pg\/privileged-roles<\/summary>\n([\s\S]*?)^<\/details>$/m
      );
      expect([view, block !== null]).toEqual([view, true]);
      const items = block![1].match(/<li><code>pg\/privileged-roles<\/code> · <code>[^\n]*<\/li>/g) ?? [];
      expect([view, items.length]).toEqual([view, 3]);
      expect([view, liveInjections(html, OUR_LINKS)]).toEqual([view, []]);
      for (const name of SERVER_ROLES.slice(1))
        expect([view, name, onlyInCode(html, name)]).toEqual([view, name, true]);
    }
  });

  it('the How to waive snippet is one YAML code block that waives exactly the hostile object', () => {
    const md = renderComment(hostileFirst());
    const html = renderGfm(md);
    expect(html).toContain('<h4>How to waive</h4>');
    const blocks = [...html.matchAll(/<pre><code class="language-yaml">([\s\S]*?)<\/code><\/pre>/g)];
    expect(blocks).toHaveLength(1);
    const yaml = unescapeHtml(blocks[0][1]);
    const baseline = parseBaseline(yaml, 'b.yml', { ...checkCatalogue(), now: new Date() });
    expect(baseline.waivers.map(w => [w.check, w.target, w.object])).toEqual([
      ['pg/privileged-roles', 'markup', HOSTILE_OBJECT]
    ]);
    // Nothing of the name is live anywhere in the comment: no <img>, mention or issue link.
    expect(liveInjections(html, OUR_LINKS)).toEqual([]);
    expect(html).not.toMatch(/<img/);
  });

  it('the job summary, full and shrunk to a small budget, keeps its headings and has nothing live', () => {
    for (const budget of [undefined, 6000]) {
      const md = renderSummary(report, {
        reportName: 'r.md',
        uploaded: false,
        ...(budget ? { budget } : {})
      });
      if (budget) expect(Buffer.byteLength(md)).toBeLessThanOrEqual(budget);
      const html = renderGfm(md);
      expect([budget, liveInjections(html, OUR_LINKS)]).toEqual([budget, []]);
      for (const h of ['Summary', 'Findings', 'Remediation'])
        expect([budget, html.includes(`<h2>${h}</h2>`)]).toEqual([budget, true]);
      expect(html).toContain('<code>pg/privileged-roles</code>');
    }
  });
});
