import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { jsonDiffSchema } from '../../src/diff/json.js';
import { cli } from '../helpers/cli-run.js';

/**
 * A real PostgreSQL server whose posture changes between two audits: the diff, the baseline update
 * and the waiver review must describe exactly that change.
 */
let srv: EmbeddedServer;
const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-drift-'));
const sql = async (...statements: string[]) => {
  const c = srv.client();
  await c.connect();
  try {
    for (const s of statements) await c.query(s);
  } finally {
    await c.end();
  }
};
/** Audits into its own directory and returns the JSON report's path. */
const audit = async (name: string, extra: string[] = []) => {
  const out = path.join(dir, name);
  const r = await cli(['audit', '--name', 'drift', '--out', out, '--quiet', ...extra], {
    env: { DB_POSTURE_URL: srv.url() }
  });
  const json = readdirSync(out).find(f => f.endsWith('.json'));
  return { ...r, json: path.join(out, json!) };
};

beforeAll(async () => {
  srv = await startServer();
  await sql(
    'CREATE TABLE public.orders (id int)',
    'CREATE TABLE public.invoices (id int)',
    'GRANT SELECT ON public.orders TO PUBLIC'
  );
}, 120000);
afterAll(async () => {
  await srv?.stop();
});

describe('what changed between two audits of a real server', () => {
  let before: string;
  let after: string;
  const baseline = path.join(dir, 'baseline.yml');
  it('first audit, and a baseline generated from it that a person fills in', async () => {
    before = (await audit('before')).json;
    expect((await cli(['baseline', '--from', before, '--out', baseline])).code).toBe(0);
    writeFileSync(
      baseline,
      readFileSync(baseline, 'utf8')
        .replace(/reason: ""/g, 'reason: "Legacy, SEC-7"')
        .replace(/owner: ""/g, 'owner: "@org/dba"')
    );
    expect(readFileSync(baseline, 'utf8')).toContain('object: postgres.public.orders');
    const gated = await audit('gated', ['--baseline', baseline]);
    expect(gated.code).toBe(0);
  });
  it('diff: the new PUBLIC grant and the new superusers are new, the revoked grant resolved', async () => {
    await sql(
      'REVOKE SELECT ON public.orders FROM PUBLIC',
      'GRANT SELECT, INSERT ON public.invoices TO PUBLIC',
      'CREATE ROLE drift_a SUPERUSER',
      'CREATE ROLE drift_b SUPERUSER'
    );
    after = (await audit('after')).json;
    const r = await cli(['diff', '--base', before, '--head', after, '--format', 'json']);
    expect(r.code).toBe(0);
    const d = jsonDiffSchema.parse(JSON.parse(r.stdout));
    const show = (list: typeof d.new) =>
      list.map(
        e => `${e.checkId}${e.object ? ` ${e.object}` : ''} ${e.baseStatus ?? '-'}→${e.headStatus ?? '-'}`
      );
    expect(show(d.new)).toEqual([
      'pg/public-grants postgres.public.invoices -→FAIL',
      'pg/superusers PASS→WARN'
    ]);
    expect(show(d.resolved)).toEqual(['pg/public-grants postgres.public.orders FAIL→-']);
    expect(d.changed).toEqual([]);
    expect(d.new[1].detail).toBe('3 roles have SUPERUSER: postgres, drift_a, drift_b; keep it to two.');
    expect(d.checks).toEqual({ appeared: [], vanished: [] });
    const md = await cli(['diff', '--base', before, '--head', after]);
    expect(md.stdout).toContain('+1 FAIL new, +1 WARN new, −1 resolved');
  });
  it("baseline --update --prune: the revoked grant's waiver goes, the new grant gets a stub", async () => {
    const reviewed = path.join(dir, 'reviewed.yml');
    copyFileSync(baseline, reviewed);
    const r = await cli(['baseline', '--from', after, '--update', baseline, '--prune']);
    expect(r.stdout).toMatch(
      new RegExp(
        [
          '^removed the waiver for pg/public-grants \\("postgres\\.public\\.orders"\\) on drift \\(line \\d+\\): it matches no WARN/FAIL finding',
          'added a waiver stub for pg/public-grants \\("postgres\\.public\\.invoices"\\) on drift: fill in reason and owner',
          `updated ${baseline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n$`
        ].join('\n')
      )
    );
    // A person fills in the stub; the review then shows exactly what this change accepts.
    writeFileSync(
      baseline,
      readFileSync(baseline, 'utf8')
        .replace('reason: ""', 'reason: "Reporting job"')
        .replace('owner: ""', 'owner: "@carol"')
    );
    const review = await cli([
      'baseline',
      'review',
      '--base',
      reviewed,
      '--head',
      baseline,
      '--report',
      after
    ]);
    expect(review.code).toBe(0);
    expect(review.stdout).toMatch(
      /- \*\*Added waiver\*\* \(line \d+\): `pg\/public-grants` on `drift`, object `postgres.public.invoices` — reason `Reporting job` — owner `@carol` — expires `\d{4}-\d{2}-\d{2}`\n/
    );
    expect(review.stdout).toContain(
      '- **Removed waiver**: `pg/public-grants` on `drift`, object `postgres.public.orders`'
    );
    expect(review.stdout).toContain('1 added, 0 changed, 1 removed; 0 need a closer look');
    const gated = await audit('gated-after', ['--baseline', baseline]);
    // The new superusers are a WARN: the gate (fail-on fail) passes with the grant waived.
    expect(gated.code).toBe(0);
  });
});
