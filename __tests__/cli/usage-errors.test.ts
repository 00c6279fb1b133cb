import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../helpers/cli-run.js';

/**
 * Bad input: exit 2 with one line naming the input as the user gave it, the value and what was
 * expected, before anything connects (the URL points at a closed port: a connection attempt would
 * be exit 3).
 */
const CLOSED = 'postgresql://u:secret-pw@127.0.0.1:1/db';
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'db-posture-usage-'));

async function usage(args: string[], env: NodeJS.ProcessEnv = { DB_POSTURE_URL: CLOSED }) {
  const r = await cli(args, { env });
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.stderr).not.toContain('secret-pw');
  return [r.code, r.stderr.trim()];
}

describe('flags', () => {
  it('a switch given a value', async () => {
    expect(await usage(['audit', '--quiet=yes'])).toEqual([
      2,
      'db-posture: error: Flag --quiet of "db-posture audit" is a switch and takes no value (got "yes"): give --quiet alone, or leave it out.'
    ]);
  });
  it('a negative number that looks like a flag', async () => {
    expect(await usage(['audit', '--concurrency', '-3'])).toEqual([
      2,
      'db-posture: error: Flag --concurrency of "db-posture audit" was followed by "-3", which looks like a flag: write --concurrency=-3 if that is the value.'
    ]);
  });
  it('out-of-range and fractional numbers say the range in our words', async () => {
    expect(await usage(['audit', '--concurrency=-3'])).toEqual([
      2,
      'db-posture: error: Invalid --concurrency "-3": expected a whole number from 1 to 32.'
    ]);
    expect(await usage(['audit', '--concurrency', '1.5'])).toEqual([
      2,
      'db-posture: error: Invalid --concurrency "1.5": expected a whole number from 1 to 32.'
    ]);
    expect(await usage(['audit', '--connect-timeout', 'soon'])).toEqual([
      2,
      'db-posture: error: Invalid --connect-timeout "soon": expected milliseconds, a whole number from 100 to 600000.'
    ]);
  });
  it('an empty format list writes nothing, so it is refused', async () => {
    for (const f of ['', ',']) {
      expect(await usage(['audit', '--format', f])).toEqual([
        2,
        `db-posture: error: Invalid --format ${JSON.stringify(f)}: expected a comma-separated list of at least one of markdown, json, sarif, junit.`
      ]);
    }
    expect(await usage(['audit', '--format', 'markdown,pdf'])).toEqual([
      2,
      'db-posture: error: Invalid --format "markdown,pdf" (item "pdf"): expected one of markdown, json, sarif, junit.'
    ]);
  });
  it('a bad Cloud API URL from the environment names the variable', async () => {
    expect(await usage(['audit'], { DB_POSTURE_URL: CLOSED, DB_POSTURE_CLOUD_API_URL: 'not a url' })).toEqual(
      [
        2,
        'db-posture: error: Invalid DB_POSTURE_CLOUD_API_URL "not a url": expected an https:// (or http:// for a local test) URL.'
      ]
    );
  });
});

describe('connection strings name where they came from', () => {
  it('DB_POSTURE_URL=garbage', async () => {
    expect(await usage(['audit'], { DB_POSTURE_URL: 'garbage' })).toEqual([
      2,
      'db-posture: error: Invalid DB_POSTURE_URL: it is not a postgres:// or postgresql:// URL; expected postgresql://user:password@host:port/database.'
    ]);
  });
  it('--url with port 99999 (the hint is not mangled by the redactor)', async () => {
    expect(await usage(['audit', '--url', 'postgresql://u:secret-pw@db:99999/x'], {})).toEqual([
      2,
      'db-posture: error: Invalid --url: port "99999" is not a TCP port (1-65535); expected postgresql://user:password@host:port/database.'
    ]);
  });
  it('both --url and --couchbase-url, whatever --engine says', async () => {
    for (const engine of ['couchbase', 'auto', 'postgres']) {
      const [code, line] = await usage([
        'audit',
        '--engine',
        engine,
        '--couchbase-url',
        'http://127.0.0.1:1'
      ]);
      expect(code).toBe(2);
      expect(line).toBe(
        'db-posture: error: Give either DB_POSTURE_URL (PostgreSQL/CockroachDB) or --couchbase-url, not both: one audit has one target.'
      );
    }
  });
});

describe('outputs are validated before connecting', () => {
  it('--out naming an existing file', async () => {
    const file = path.join(tmp(), 'reports');
    writeFileSync(file, 'x');
    expect(await usage(['audit', '--out', file])).toEqual([
      2,
      `db-posture: error: Invalid --out ${JSON.stringify(file)}: it is an existing file; expected a directory for the reports.`
    ]);
  });
  it('--out under a file', async () => {
    const file = path.join(tmp(), 'f');
    writeFileSync(file, 'x');
    const [code, line] = await usage(['audit', '--out', path.join(file, 'sub')]);
    expect(code).toBe(2);
    expect(line).toContain(`${JSON.stringify(file)} is a file, so no directory can be made under it`);
  });
  it('baseline --out never overwrites an existing file', async () => {
    const dir = tmp();
    const existing = path.join(dir, 'baseline.yml');
    writeFileSync(existing, 'version: 1\nwaivers: []\n');
    const [code, line] = await usage(
      ['baseline', '--from', path.join(dir, 'missing.json'), '--out', existing],
      {}
    );
    expect(code).toBe(2);
    expect(line).toContain('the file exists and is never overwritten');
  });
  it('baseline --from a non-JSON file: one line, no content echoed', async () => {
    const dir = tmp();
    const bad = path.join(dir, 'r.json');
    writeFileSync(bad, 'line one\nline two with secret-pw\n');
    expect(await usage(['baseline', '--from', bad], {})).toEqual([
      2,
      `db-posture: error: --from ${bad} is not JSON: expected a JSON report from db-posture audit or db-posture scan.`
    ]);
  });
});

describe('commands', () => {
  it('an unknown command names every command there is', async () => {
    expect(await usage(['audti'], {})).toEqual([
      2,
      'db-posture: error: Unknown command "audti": expected audit, baseline, diff, scan, merge, targets, rules or hunt. Run db-posture --help.'
    ]);
  });
});
