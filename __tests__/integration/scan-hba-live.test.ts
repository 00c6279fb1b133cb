import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { cli } from '../helpers/cli-run.js';

/**
 * The promise of `scan`: a pg_hba.conf in a pull request gets the pg/hba verdicts that a live audit
 * of a real PostgreSQL started with that very file gives, rule by rule.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-scan-live-'));
const hbaFile = path.join(dir, 'pg_hba.conf');
writeFileSync(
  hbaFile,
  [
    '# The auditor connects first over loopback with a password.',
    'host    all   postgres  127.0.0.1/32   scram-sha-256',
    'local   all   all                      trust',
    'host    app   app       10.1.0.0/16    md5',
    'hostssl all   all       192.168.0.0/16 password',
    'host    all   all       10.0.0.0 255.0.0.0 ident',
    'hostnossl sales,\t"all" +admins 172.16.0.0/12 scram-sha-256',
    'host    all   all       ::1/128        scram-sha-256',
    'host    all   all       0.0.0.0/0      trust',
    'host    all   all       all            reject'
  ].join('\n') + '\n'
);

// The server runs with ssl off (the default): beside the file, the scan knows it as the server does.
writeFileSync(path.join(dir, 'postgresql.conf'), '# ssl left at its default (off)\n');

let srv: EmbeddedServer;
beforeAll(async () => {
  srv = await startServer({ hbaFile });
}, 120000);
afterAll(async () => {
  await srv?.stop();
});

type Row = { checkId: string; status: string; object?: string };
const verdicts = (findings: Row[]) =>
  findings
    .filter(f => f.checkId === 'pg/hba')
    .map(f => `${f.status} ${f.object ?? ''}`)
    .sort();

describe('scan of a pg_hba.conf and the live audit of the server started with it', () => {
  it('give the same pg/hba statuses on the same rules', async () => {
    const out = path.join(dir, 'audit');
    const live = await cli(['audit', '--name', 'scan-live', '--out', out, '--format', 'json', '--quiet'], {
      env: { DB_POSTURE_URL: srv.url() }
    });
    expect([0, 1]).toContain(live.code);
    const json = readdirSync(out).find(f => f.endsWith('.json'))!;
    const liveFindings = JSON.parse(readFileSync(path.join(out, json), 'utf8')).findings as Row[];

    const scanned = await cli([
      'scan',
      '--root',
      dir,
      '--format',
      'json',
      '--include',
      'pg_hba.conf',
      '--include',
      'postgresql.conf',
      '.'
    ]);
    expect(scanned.code).toBe(1);
    const scanFindings = JSON.parse(scanned.stdout).findings as (Row & { line: number })[];

    expect(verdicts(scanFindings)).toEqual(verdicts(liveFindings));
    // And the verdicts themselves, so that agreeing on nothing cannot pass.
    expect(scanFindings.filter(f => f.checkId === 'pg/hba').map(f => `${f.line} ${f.status}`)).toEqual([
      '3 WARN',
      '4 WARN',
      '5 INFO',
      '6 WARN',
      '7 WARN',
      '9 FAIL'
    ]);
  }, 120000);
});
