import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../scripts/embedded-server.mjs';
import { cli } from '../helpers/cli-run.js';

/**
 * Debian's PostgreSQL 15 with pgaudit 1.7 (installed by .ci/run): pgaudit loaded and configured, and
 * configured but not loaded (the SHOW placeholder trap). Skipped, by name, where the packages are absent.
 */
const BIN = process.env.DB_POSTURE_PG15_BIN ?? '/usr/lib/postgresql/15/bin';
const available = existsSync(path.join(BIN, 'initdb')) && existsSync(path.join(BIN, '../lib/pgaudit.so'));
const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];

function sh(cmd: string[]): string {
  const [file, ...args] = [...asPostgres, ...cmd];
  return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const servers: { dir: string; data: string }[] = [];

async function startPg15(settings: string[]): Promise<{ url: string; port: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-pg15-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  sh([path.join(BIN, 'initdb'), '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
  const port = await freePort();
  const opts = [
    `-c port=${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    ...settings
  ].join(' ');
  sh([path.join(BIN, 'pg_ctl'), '-D', data, '-o', opts, '-w', '-l', path.join(dir, 'log'), 'start']);
  servers.push({ dir, data });
  return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, port };
}

async function audit(url: string): Promise<{ status: string; detail: string; object?: string }[]> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-out-'));
  const r = await cli(['audit', '--name', 'pg15', '--out', out, '--url', url]);
  expect([0, 1]).toContain(r.code);
  const json = JSON.parse(
    readFileSync(
      path.join(
        out,
        readdirSync(out).find(f => f.endsWith('.json'))!
      ),
      'utf8'
    )
  );
  return json.findings
    .filter((f: { checkId: string }) => f.checkId === 'pg/pgaudit')
    .map((f: { status: string; detail: string; object?: string }) => ({
      status: f.status,
      detail: f.detail,
      ...(f.object ? { object: f.object } : {})
    }));
}

afterAll(() => {
  for (const s of servers) {
    try {
      sh([path.join(BIN, 'pg_ctl'), '-D', s.data, '-m', 'immediate', 'stop']);
    } catch {
      // already stopped
    }
    rmSync(s.dir, { recursive: true, force: true });
  }
});

(available ? describe : describe.skip)('pgaudit on Debian PostgreSQL 15', () => {
  it('loaded and configured: PASS, then an override that lowers it: WARN', async () => {
    const { url } = await startPg15([
      '-c shared_preload_libraries=pgaudit',
      "-c pgaudit.log='ddl,write,role'"
    ]);
    expect(await audit(url)).toEqual([
      {
        status: 'PASS',
        detail:
          'pgaudit is loaded; pgaudit.log ddl,write,role covers ddl, write and role, no override lowers it, and log_parameter is off.'
      }
    ]);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`CREATE ROLE etl LOGIN`);
    await c.query(`ALTER ROLE etl SET pgaudit.log = 'read'`);
    await c.end();
    expect(await audit(url)).toEqual([
      {
        status: 'WARN',
        detail: 'The override pgaudit.log = read for role etl stops auditing ddl, write, role.',
        object: 'role:etl'
      }
    ]);
  });

  it('configured but not loaded: FAIL, naming the inert placeholder', async () => {
    const { url } = await startPg15(["-c pgaudit.log='all'"]);
    expect(await audit(url)).toEqual([
      {
        status: 'FAIL',
        detail:
          'pgaudit is not in shared_preload_libraries and log_statement is none: no audit trail of statements exists. pgaudit.log is set to all, but without the library that value is an inert placeholder.'
      }
    ]);
  });
});
