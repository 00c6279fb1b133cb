import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../scripts/embedded-server.mjs';
import { cli } from '../helpers/cli-run.js';

/**
 * Detection coverage on a real PostgreSQL 15 with pgaudit (Debian packages, installed by .ci/run):
 * pgaudit audits ddl and write but not role, log_connections is off. The audit's JSON report makes
 * the role-class rules and the login rules blind, and a hunt over the server's own log finds what
 * the configuration still records, reading the log_line_prefix the report recorded.
 */
const BIN = process.env.DB_POSTURE_PG15_BIN ?? '/usr/lib/postgresql/15/bin';
const available = existsSync(path.join(BIN, 'initdb')) && existsSync(path.join(BIN, '../lib/pgaudit.so'));
const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
const sh = (cmd: string[]) => {
  const [file, ...args] = [...asPostgres, ...cmd];
  return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
};

let dir = '';
let data = '';
afterAll(() => {
  if (!data) return;
  try {
    sh([path.join(BIN, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop']);
  } catch {
    // already stopped
  }
  rmSync(dir, { recursive: true, force: true });
});

(available ? describe : describe.skip)('detections on Debian PostgreSQL 15 + pgaudit', () => {
  it('lists the rules the pgaudit configuration leaves blind, then hunts the server log', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-detect-pg15-'));
    chmodSync(dir, 0o777);
    data = path.join(dir, 'data');
    sh([path.join(BIN, 'initdb'), '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
    const port = await freePort();
    const log = path.join(dir, 'server.log');
    const opts = [
      `-c port=${port}`,
      '-c listen_addresses=127.0.0.1',
      `-c unix_socket_directories=${dir}`,
      '-c shared_preload_libraries=pgaudit',
      "-c pgaudit.log='ddl,write'",
      "-c log_line_prefix='%m [%p] %q%u@%d %h '",
      '-c log_timezone=UTC'
    ].join(' ');
    sh([path.join(BIN, 'pg_ctl'), '-D', data, '-o', opts, '-w', '-l', log, 'start']);
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;

    const out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-out-'));
    const audit = await cli(['audit', '--name', 'pg15', '--out', out, '--url', url, '--rules', 'detections']);
    expect([0, 1]).toContain(audit.code);
    const report = path.join(
      out,
      readdirSync(out).find(f => f.endsWith('.json'))!
    );
    // The audit records what the server logs in its observed block, from pg_settings.
    const observed = JSON.parse(readFileSync(report, 'utf8')).observed;
    expect(observed.settings['pgaudit.log']).toEqual({ value: 'ddl,write', items: ['ddl', 'write'] });
    expect(observed.settings['pgaudit.role']).toEqual({ value: '' });
    expect(observed.settings.log_connections).toEqual({ value: false });
    expect(observed.settings.shared_preload_libraries).toEqual({ value: 'pgaudit', items: ['pgaudit'] });
    expect(observed.settings.log_line_prefix).toEqual({ value: '%m [%p] %q%u@%d %h ' });
    // audit --rules: the markdown report's "Detection coverage" section and the terminal summary.
    const auditMd = readFileSync(report.replace(/\.json$/, '.md'), 'utf8');
    const section = auditMd.slice(auditMd.indexOf('## Detection coverage'));
    expect(section.split('\n').slice(0, 6)).toEqual([
      '## Detection coverage',
      '',
      'detection coverage on pg15 (postgresql): 11 covered, 10 blind, 0 partial, 0 unverified of 21 rules.',
      '',
      '| Rule | Coverage | Why |',
      '|---|---|---|'
    ]);
    expect(section).toContain(
      '| `pg-privileged-role-granted` | blind | ROLE statements are not audited: pgaudit.log is ddl,write, without role |'
    );
    expect(section).toContain(
      '| `pg-sensitive-table-read` | blind | object audit logs nothing: pgaudit.role is empty |'
    );
    expect(section).not.toMatch(/pg-audit-logging-reduced|pg-mass-drop|pg-brute-force`/);
    expect(audit.stdout).toContain(
      'detection coverage on pg15 (postgresql): 11 covered, 10 blind, 0 partial, 0 unverified of 21 rules\n  BLIND '
    );
    expect(audit.stdout).toContain(
      '  BLIND pg-success-after-brute-force: successful logins are not logged: log_connections is false\n'
    );

    const tested = await cli(['rules', 'test', 'detections', '--quiet', '--posture', report]);
    expect(tested.code).toBe(0);
    const lines = tested.stdout.split('\n');
    expect(lines).toContain(
      '  BLIND pg-privileged-role-granted: ROLE statements are not audited: pgaudit.log is ddl,write, without role'
    );
    expect(lines).toContain(
      '  BLIND pg-public-grant: ROLE statements are not audited: pgaudit.log is ddl,write, without role'
    );
    expect(lines).toContain(
      '  BLIND pg-grant-then-setting: ROLE statements are not audited: pgaudit.log is ddl,write, without role'
    );
    expect(lines).toContain(
      '  BLIND pg-success-after-brute-force: successful logins are not logged: log_connections is false'
    );
    expect(lines).toContain(
      '  BLIND pg-sensitive-table-read: object audit logs nothing: pgaudit.role is empty'
    );
    // DDL is audited, so these are not listed.
    expect(tested.stdout).not.toMatch(
      /pg-audit-logging-reduced|pg-mass-drop|pg-ownership-transfer|pg-brute-force:/
    );
    expect(lines).toContain(
      'detection coverage on pg15 (postgresql): 11 covered, 10 blind, 0 partial, 0 unverified of 21 rules'
    );
    const gate = await cli([
      'rules',
      'test',
      'detections',
      '--quiet',
      '--no-goodlog',
      '--posture',
      report,
      '--fail-on-blind'
    ]);
    expect(gate.code).toBe(1);

    // What the server records now: DDL that lowers auditing, a GRANT that pgaudit cannot see.
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query("ALTER SYSTEM SET pgaudit.log = 'none'");
    await c.query('CREATE ROLE eve');
    await c.query('GRANT pg_read_all_data TO eve');
    await c.query('CREATE TABLE t (a int)');
    await c.query('DROP TABLE t');
    await c.end();
    await new Promise(r => setTimeout(r, 300));

    const hunted = mkdtempSync(path.join(os.tmpdir(), 'db-posture-hunt-'));
    const hunt = await cli(
      ['hunt', '--logs', log, '--posture', report, '--out', hunted, '--format', 'json,markdown', '--quiet'],
      {
        now: new Date('2030-01-01T00:00:00Z')
      }
    );
    expect(hunt.stderr).toBe('');
    expect(hunt.code).toBe(1);
    const json = JSON.parse(readFileSync(path.join(hunted, 'hunt-2030-01-01.json'), 'utf8'));
    expect(json.input.malformedLines).toBe(0);
    expect(json.input.files).toEqual([{ file: log, format: 'pg-stderr' }]);
    expect(json.detections.map((d: { ruleId: string }) => d.ruleId)).toEqual(['pg-audit-logging-reduced']);
    expect(json.detections[0].events[0]).toMatchObject({
      user: 'postgres',
      statement: "ALTER SYSTEM SET pgaudit.log = 'none'",
      eventType: 'ALTER SYSTEM',
      channel: 'DDL',
      format: 'pg-stderr'
    });
    const md = readFileSync(path.join(hunted, 'hunt-2030-01-01.md'), 'utf8');
    expect(md).toContain('## Detection coverage');
    expect(md).toContain(
      '| `pg-privileged-role-granted` | blind | ROLE statements are not audited: pgaudit.log is ddl,write, without role |'
    );
  });
});
