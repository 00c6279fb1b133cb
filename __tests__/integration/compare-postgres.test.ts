import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { startServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { jsonReportSchema } from '../../src/report/json.js';
import { cli } from '../helpers/cli-run.js';
import { liveInjections, renderGfm } from '../helpers/gfm.js';

/**
 * `audit --compare-to` and `--fail-on-new-only` on a real PostgreSQL server audited twice, its posture
 * changed in between: a new PUBLIC grant (new FAIL), superusers from 3 to 6 (WARN → FAIL), a dropped
 * table whose grant was a FAIL (resolved), and the orders grant that stays (existing FAIL).
 */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
let srv: EmbeddedServer;
const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-compare-'));
const sql = async (...statements: string[]) => {
  const c = srv.client();
  await c.connect();
  try {
    for (const s of statements) await c.query(s);
  } finally {
    await c.end();
  }
};
const BEFORE = new Date('2026-11-20T08:00:00Z');
const AFTER = new Date('2026-11-24T08:00:00Z');
const fileOf = (out: string, ext: string) =>
  path.join(
    out,
    readdirSync(out).find(f => f.endsWith(ext))!
  );
const run = (name: string, extra: string[], now: Date) =>
  cli(
    [
      'audit',
      '--name',
      'shop',
      '--out',
      path.join(dir, name),
      '--format',
      'markdown,json,sarif,junit',
      ...extra
    ],
    {
      env: { DB_POSTURE_URL: srv.url() },
      now
    }
  );
/** Audits into its own directory; returns the exit code, the terminal summary and the files. */
const audit = async (name: string, extra: string[] = [], now = AFTER) => {
  const r = await run(name, extra, now);
  const out = path.join(dir, name);
  return {
    ...r,
    json: fileOf(out, '.json'),
    md: readFileSync(fileOf(out, '.md'), 'utf8'),
    sarif: JSON.parse(readFileSync(fileOf(out, '.sarif'), 'utf8')),
    junit: readFileSync(fileOf(out, '.junit.xml'), 'utf8')
  };
};
/** An audit that must stop with a usage error before writing anything. */
const refused = (name: string, extra: string[]) => run(name, extra, AFTER);
/** The SARIF 2.1.0 schema (OASIS sarif-spec, sarif-2.1/schema), a draft-04 schema read as draft-07. */
const validateSarif = (() => {
  const schema = JSON.parse(readFileSync(path.join(root, 'fixtures/sarif-schema-2.1.0.json'), 'utf8'));
  delete schema.$schema;
  delete schema.id;
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
})();
const blockingLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(l => /^ {2}\[(FAIL|WARN|UNKNOWN)\]/.test(l))
    .map(l => l.replace(/:.*$/, '').trim());

let before: string;
beforeAll(async () => {
  srv = await startServer();
  await sql(
    'CREATE TABLE public.orders (id int)',
    'CREATE TABLE public.legacy (id int)',
    'GRANT SELECT ON public.orders TO PUBLIC',
    'GRANT SELECT ON public.legacy TO PUBLIC',
    'CREATE ROLE su_a SUPERUSER',
    'CREATE ROLE su_b SUPERUSER'
  );
  const first = await audit('before', ['--quiet'], BEFORE);
  expect(first.code).toBe(1);
  before = first.json;
  await sql(
    'GRANT SELECT, INSERT ON public.orders TO PUBLIC',
    'CREATE TABLE public.invoices (id int)',
    'GRANT SELECT ON public.invoices TO PUBLIC',
    'DROP TABLE public.legacy',
    'CREATE ROLE su_c SUPERUSER',
    'CREATE ROLE su_d SUPERUSER',
    'CREATE ROLE su_e SUPERUSER'
  );
}, 120000);
afterAll(async () => {
  await srv?.stop();
});

describe('audit --compare-to and --fail-on-new-only against a real server', () => {
  it('the reference report says what the first audit saw', () => {
    const ref = jsonReportSchema.parse(JSON.parse(readFileSync(before, 'utf8')));
    const status = (id: string, object?: string) =>
      ref.findings.find(f => f.checkId === id && f.object === object)?.status;
    expect(status('pg/superusers')).toBe('WARN');
    expect(status('pg/public-grants', 'postgres.public.orders')).toBe('FAIL');
    expect(status('pg/public-grants', 'postgres.public.legacy')).toBe('FAIL');
    expect(ref.comparedTo).toBeUndefined();
  });

  it('new-only: the new grant and the WARN→FAIL superusers block, the existing orders grant does not', async () => {
    const r = await audit('after', ['--compare-to', before, '--fail-on-new-only']);
    expect(r.code).toBe(1);
    expect(blockingLines(r.stdout)).toEqual([
      '[FAIL] pg/public-grants (postgres.public.invoices)',
      '[FAIL] pg/superusers'
    ]);
    expect(r.stdout).toMatch(/Gate FAILED: 2 new or worse unwaived FAIL \(\d+ unwaived FAIL in all\)\.\n$/);
    const j = jsonReportSchema.parse(JSON.parse(readFileSync(r.json, 'utf8')));
    expect(j.gate).toMatchObject({ passed: false, mode: 'new' });
    expect(j.comparedTo).toMatchObject({
      file: before,
      auditedAt: BEFORE.toISOString(),
      new: 1,
      newFail: 2,
      resolved: 1,
      resolvedFail: 1
    });
    const change = (id: string, object?: string) =>
      j.findings.find(f => f.checkId === id && f.object === object)?.change;
    expect([
      change('pg/public-grants', 'postgres.public.invoices'),
      change('pg/superusers'),
      change('pg/public-grants', 'postgres.public.orders')
    ]).toEqual(['new', 'worse', 'existing']);
    // JUnit asks the same gate function: exactly the two blocking findings are failures.
    expect(r.junit).toMatch(/<testsuites name="db-posture" tests="\d+" failures="2" /);
  });

  it('the markdown has the Since section and the change marks, inert in cmark-gfm', async () => {
    const r = await audit('after-md', ['--compare-to', before, '--fail-on-new-only', '--quiet']);
    const md = r.md;
    expect(md).toContain(
      '**Gate:** FAILED (new or worse since 2026-11-20 only) — 2 new or worse unwaived FAIL ('
    );
    const since = md.slice(md.indexOf('## Since 2026-11-20'), md.indexOf('## Summary'));
    expect(since).toContain('+2 FAIL new, −1 resolved');
    expect(since).toContain('- **FAIL** `pg/public-grants` `postgres.public.invoices`:');
    expect(since).toContain('- **WARN → FAIL** `pg/superusers`:');
    expect(since).toContain('- ~~FAIL~~ `pg/public-grants` `postgres.public.legacy`:');
    expect(md.indexOf('## Since')).toBeLessThan(md.indexOf('## Summary'));
    expect(md).toContain('| Status | Count | Change |');
    expect(md).toMatch(/\n\| FAIL \| \d+ \| \+1 \|\n/);
    expect(md).toMatch(/\n- `pg\/public-grants` · `postgres\.public\.invoices` \*\(new\)\*: /);
    expect(md).toMatch(
      /\n- ❌ \*\*FAIL\*\* `pg\/superusers` · Superuser count \*\(worse\)\*: 6 roles have SUPERUSER/
    );
    expect(md).toMatch(/\n- `pg\/public-grants` · `postgres\.public\.orders` \*\(existing\)\*: /);
    const html = renderGfm(md);
    expect(
      liveInjections(html, new Set(html.match(/href="https:[^"]*"/g)?.map(h => h.slice(6, -1)) ?? []))
    ).toEqual([]);
    expect(html).toContain('<h2>Since 2026-11-20</h2>');
    expect(html).toContain('<em>(worse)</em>');
  });

  it('SARIF: baselineState new / updated / unchanged per result and the dropped table as absent; the file validates', async () => {
    const r = await audit('after-sarif', ['--compare-to', before, '--quiet']);
    expect(validateSarif(r.sarif)).toBe(true);
    // The validator bites: a baselineState outside SARIF's four values is rejected.
    const broken = structuredClone(r.sarif);
    broken.runs[0].results[0].baselineState = 'resolved';
    expect(validateSarif(broken)).toBe(false);
    const results = r.sarif.runs[0].results as {
      ruleId: string;
      baselineState: string;
      locations: { logicalLocations: { fullyQualifiedName: string }[] }[];
    }[];
    const state = (id: string, object?: string) =>
      results.find(
        x =>
          x.ruleId === id &&
          x.locations[0].logicalLocations[0].fullyQualifiedName ===
            `postgres://shop${object !== undefined ? `/${object}` : ''}`
      )?.baselineState;
    expect([
      state('pg/public-grants', 'postgres.public.invoices'),
      state('pg/superusers'),
      state('pg/public-grants', 'postgres.public.orders'),
      state('pg/public-grants', 'postgres.public.legacy')
    ]).toEqual(['new', 'updated', 'unchanged', 'absent']);
    expect(results.every(x => ['new', 'unchanged', 'updated', 'absent'].includes(x.baselineState))).toBe(
      true
    );
    // Without --fail-on-new-only every FAIL blocks, as before.
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(r.json, 'utf8')).gate.mode).toBe('all');
  });

  it('an audit with nothing new passes in new-only mode while the same FAILs fail the full gate', async () => {
    const reference = (await audit('second', ['--quiet'])).json;
    const again = await audit('third', ['--compare-to', reference, '--fail-on-new-only']);
    expect(again.code).toBe(0);
    expect(blockingLines(again.stdout)).toEqual([]);
    expect(again.stdout).toContain('Gate PASSED (new or worse findings only).');
    expect(again.md).toContain('+0 FAIL new, −0 resolved');
    expect((await audit('third-all', ['--compare-to', reference, '--quiet'])).code).toBe(1);
  });

  it('only the worsened finding left: a waiver on the new grant, superusers WARN→FAIL still blocks', async () => {
    const baseline = path.join(dir, 'baseline.yml');
    writeFileSync(
      baseline,
      [
        'version: 1',
        'waivers:',
        '  - check: pg/public-grants',
        '    target: shop',
        '    object: postgres.public.invoices',
        '    reason: "Reporting job, SEC-9"',
        '    owner: "@org/dba"',
        '    expires: 2026-12-31',
        ''
      ].join('\n')
    );
    const r = await audit('worse-only', [
      '--compare-to',
      before,
      '--fail-on-new-only',
      '--baseline',
      baseline
    ]);
    expect(r.code).toBe(1);
    expect(blockingLines(r.stdout)).toEqual(['[FAIL] pg/superusers']);
  });

  it('new-only still fails on an expired waiver, even one on an existing finding', async () => {
    const reference = (await audit('expired-ref', ['--quiet'])).json;
    const baseline = path.join(dir, 'expired.yml');
    writeFileSync(
      baseline,
      [
        'version: 1',
        'waivers:',
        '  - check: pg/public-grants',
        '    target: shop',
        '    object: postgres.public.orders',
        '    reason: "Legacy, SEC-7"',
        '    owner: "@org/dba"',
        '    expires: 2026-11-01',
        ''
      ].join('\n')
    );
    const r = await audit('expired', [
      '--compare-to',
      reference,
      '--fail-on-new-only',
      '--baseline',
      baseline
    ]);
    expect(blockingLines(r.stdout)).toEqual([]);
    expect(r.stdout).toMatch(
      /Gate FAILED: 0 new or worse unwaived FAIL \(\d+ unwaived FAIL in all\), 1 expired waiver\.\n$/
    );
    expect(r.code).toBe(1);
  });

  it('a reference of another target is exit 2 naming --compare-to and the file, before connecting', async () => {
    const early = await refused('other-name', ['--name', 'billing', '--compare-to', before]);
    expect(early.code).toBe(2);
    expect(early.stderr).toBe(
      `db-posture: error: --compare-to ${before} is an audit of "shop" (postgres), but this audit is of "billing" (postgres): expected a JSON report of the same target and engine.\n`
    );
    const engine = await refused('other-engine', ['--engine', 'cockroachdb', '--compare-to', before]);
    expect(engine.code).toBe(2);
    expect(engine.stderr).toContain(
      `--compare-to ${before} is an audit of "shop" (postgres), but this audit is of "shop" (cockroachdb)`
    );
    const notReport = path.join(dir, 'not-a-report.json');
    writeFileSync(notReport, '{"hello": 1}');
    const bad = await refused('bad-ref', ['--compare-to', notReport]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      `db-posture: error: --compare-to ${notReport} is not a db-posture JSON report (schemaVersion 1): schemaVersion expected 1.\n`
    );
  });
});
