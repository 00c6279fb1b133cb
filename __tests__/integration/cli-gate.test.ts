import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  MISCONFIGURED_FLAGS,
  seedMisconfigured,
  startServer,
  type EmbeddedServer
} from '../../scripts/embedded-server.mjs';
import { cli } from '../helpers/cli-run.js';

/** The gate through the CLI, as GitLab CI or Jenkins would use it: formats, baseline round trip. */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
let srv: EmbeddedServer;

beforeAll(async () => {
  srv = await startServer({
    flags: MISCONFIGURED_FLAGS,
    hbaFile: path.join(root, 'fixtures/misconfigured-pg_hba.conf')
  });
  await seedMisconfigured(srv, path.join(root, 'fixtures'));
});
afterAll(async () => {
  await srv?.stop();
});

describe('CLI gate', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-gate-'));
  const env = () => ({ DB_POSTURE_URL: srv.url() });

  it('writes all four formats under one sequence number', async () => {
    const r = await cli(
      ['audit', '--name', 'ci', '--out', out, '--format', 'markdown,json,sarif,junit', '--quiet'],
      { env: env() }
    );
    expect(r.code).toBe(1);
    const files = readdirSync(out)
      .map(f => f.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'))
      .sort();
    expect(files).toEqual([
      'security-audit-ci-DATE-1.json',
      'security-audit-ci-DATE-1.junit.xml',
      'security-audit-ci-DATE-1.md',
      'security-audit-ci-DATE-1.sarif'
    ]);
    const junit = readFileSync(
      path.join(
        out,
        readdirSync(out).find(f => f.endsWith('.junit.xml'))!
      ),
      'utf8'
    );
    expect(junit).toMatch(
      /<testsuites name="db-posture" tests="\d+" failures="8" errors="0" skipped="\d+" time="\d+\.\d{3}">/
    );
    const sarif = JSON.parse(
      readFileSync(
        path.join(
          out,
          readdirSync(out).find(f => f.endsWith('.sarif'))!
        ),
        'utf8'
      )
    );
    expect(sarif.runs[0].results.filter((x: { level: string }) => x.level === 'error')).toHaveLength(8);
  });

  it('rejects an unknown format naming the flag and the choices', async () => {
    const r = await cli(['audit', '--format', 'markdown,html'], { env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'db-posture: error: Invalid --format "markdown,html" (item "html"): expected one of markdown, json, sarif, junit.\n'
    );
  });

  it('baseline --from writes waivers that are rejected until a person fills them in; filled in, the gate passes', async () => {
    const json = path.join(
      out,
      readdirSync(out).find(f => f.endsWith('.json'))!
    );
    const file = path.join(out, 'baseline.yml');
    const gen = await cli(['baseline', '--from', json, '--out', file]);
    expect(gen.code).toBe(0);
    expect(gen.stdout).toBe(`wrote 8 waivers to ${file}\n`);
    const draft = readFileSync(file, 'utf8');
    const rejected = await cli(['audit', '--name', 'ci', '--out', out, '--baseline', file], { env: env() });
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toBe(
      `db-posture: error: Baseline file ${file}: waivers[0] field "reason": must not be empty.\n`
    );
    writeFileSync(
      file,
      draft
        .replace(/reason: ""/g, 'reason: "Known; fix in INFRA-12"')
        .replace(/owner: ""/g, 'owner: "@org/dba"')
    );
    const passed = await cli(['audit', '--name', 'ci', '--out', out, '--baseline', file, '--quiet'], {
      env: env()
    });
    expect(passed.code).toBe(0);
    const waivedOther = await cli(['audit', '--name', 'other', '--out', out, '--baseline', file, '--quiet'], {
      env: env()
    });
    expect(waivedOther.code).toBe(1);
  });

  it('a horizon shorter than the generated 90 days rejects the file, naming the limit', async () => {
    const file = path.join(out, 'baseline.yml');
    const r = await cli(
      ['audit', '--name', 'ci', '--out', out, '--baseline', file, '--max-waiver-days', '30'],
      { env: env() }
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^db-posture: error: Baseline file .*baseline\.yml: waivers\[0\] field "expires": \d{4}-\d{2}-\d{2} is more than 30 days after /
    );
  });
});
