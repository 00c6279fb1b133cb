import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  MISCONFIGURED_FLAGS,
  seedMisconfigured,
  startServer,
  type EmbeddedServer
} from '../../scripts/embedded-server.mjs';
import { GitHubStandIn } from '../helpers/github-standin.js';
import { runAction } from '../helpers/action-run.js';

/**
 * The committed action bundle against a real PostgreSQL with 12,000 tables granting SELECT to
 * PUBLIC on top of the seeded misconfigurations. Before the grouped, budget-aware renderers the
 * comment lost the pg/ssl and pg/public-schema FAILs, the summary lost four FAIL checks and its
 * Baseline and Remediation sections, and SARIF kept one rule's results only.
 */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const GRANTS = 12000;
let srv: EmbeddedServer;
let gh: GitHubStandIn;

beforeAll(async () => {
  if (!existsSync(path.join(root, 'dist/index.js')))
    throw new Error('dist/index.js is missing: run npm run build');
  srv = await startServer({
    password: 'Large-Report-Pa55!',
    flags: MISCONFIGURED_FLAGS,
    hbaFile: path.join(root, 'fixtures/misconfigured-pg_hba.conf')
  });
  await seedMisconfigured(srv, path.join(root, 'fixtures'));
  const c = srv.client();
  await c.connect();
  try {
    await c.query('CREATE DATABASE wide');
  } finally {
    await c.end();
  }
  const w = srv.client('wide');
  await w.connect();
  try {
    // One statement per batch of tables keeps the set-up to a few seconds.
    for (let start = 1; start <= GRANTS; start += 1000) {
      const ids = Array.from({ length: 1000 }, (_, i) => start + i);
      await w.query(
        ids.map(i => `CREATE TABLE public.t${i} (id int); GRANT SELECT ON public.t${i} TO PUBLIC;`).join('\n')
      );
    }
  } finally {
    await w.end();
  }
  gh = new GitHubStandIn();
  await gh.start();
}, 240_000);
afterAll(async () => {
  gh?.stop();
  await srv?.stop();
});

describe('the action on a 12,000-finding target', () => {
  it('keeps every FAIL and WARN check in the comment, the summary and SARIF', async () => {
    const r = await runAction({
      inputs: { 'connection-string': srv.url(), name: 'prod-wide', 'github-token': 'ghs_large-report' },
      apiUrl: gh.url
    });
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8')) as {
      findings: { checkId: string; status: string; object?: string }[];
    };
    const grants = report.findings.filter(f => f.checkId === 'pg/public-grants' && f.status === 'FAIL');
    expect(grants.length).toBeGreaterThanOrEqual(GRANTS);
    const failing = [...new Set(report.findings.filter(f => f.status === 'FAIL').map(f => f.checkId))].sort();
    const warning = [...new Set(report.findings.filter(f => f.status === 'WARN').map(f => f.checkId))].sort();
    expect(failing).toEqual(expect.arrayContaining(['pg/public-grants', 'pg/public-schema', 'pg/ssl']));

    const body = gh.comments.get(7)![0].body;
    expect(body.length).toBeLessThanOrEqual(65536);
    for (const id of [...failing, ...warning]) expect(body).toContain(`\`${id}\``);

    expect(Buffer.byteLength(r.summary, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
    for (const id of [...failing, ...warning]) expect(r.summary).toContain(`\`${id}\``);
    for (const heading of ['## Summary', '## Findings', '## Remediation'])
      expect(r.summary).toContain(heading);

    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8')) as {
      runs: { results: { ruleId: string }[] }[];
    };
    const results = sarif.runs[0].results;
    expect(results.length).toBeLessThanOrEqual(5000);
    const ruled = new Set(results.map(x => x.ruleId));
    for (const id of [...failing, ...warning]) expect(ruled.has(id)).toBe(true);
  }, 240_000);
});
