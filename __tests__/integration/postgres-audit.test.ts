import { killDuringRead } from '../helpers/session-kill.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  MISCONFIGURED_FLAGS,
  seedMisconfigured,
  startServer,
  type EmbeddedServer
} from '../../scripts/embedded-server.mjs';
import { jsonReportSchema, type JsonReport } from '../../src/report/json.js';
import { cli } from '../helpers/cli-run.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PASSWORD = 'Sup3r-S3cret-Pa55word!';
let srv: EmbeddedServer;
const logs: string[] = [];

function outDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'db-posture-out-'));
}

function readReport(dir: string): { md: string; json: JsonReport; files: string[] } {
  const files = readdirSync(dir).sort();
  const md = readFileSync(
    path.join(
      dir,
      files.find(f => f.endsWith('.md'))!
    ),
    'utf8'
  );
  const json = jsonReportSchema.parse(
    JSON.parse(
      readFileSync(
        path.join(
          dir,
          files.find(f => f.endsWith('.json'))!
        ),
        'utf8'
      )
    )
  );
  return { md, json, files };
}

const statuses = (json: JsonReport, checkId: string) =>
  json.findings.filter(f => f.checkId === checkId).map(f => [f.status, f.object ?? null]);

beforeAll(async () => {
  srv = await startServer({
    password: PASSWORD,
    flags: [...MISCONFIGURED_FLAGS, '-c', 'log_statement=all', '-c', 'log_min_messages=warning'],
    hbaFile: path.join(root, 'fixtures/misconfigured-pg_hba.conf'),
    onLog: m => logs.push(m)
  });
  await seedMisconfigured(srv, path.join(root, 'fixtures'));
  const c = srv.client();
  await c.connect();
  await c.query(`CREATE ROLE "<img src=x onerror=alert(1)>" SUPERUSER`);
  await c.query(`CREATE ROLE "@org/team" SUPERUSER`);
  await c.query(`CREATE ROLE auditor LOGIN PASSWORD 'auditor-pw'`);
  await c.query(`CREATE DATABASE scratch`);
  await c.end();
}, 120000);

afterAll(async () => {
  await srv?.stop();
});

describe('end-to-end audit of a misconfigured PostgreSQL', () => {
  let result: { code: number; stdout: string; stderr: string };
  let report: ReturnType<typeof readReport>;
  let auditLogs: string[];

  beforeAll(async () => {
    const dir = outDir();
    logs.length = 0;
    result = await cli(['audit', '--name', 'e2e', '--out', dir, '--concurrency', '2'], {
      env: { DB_POSTURE_URL: srv.url() }
    });
    auditLogs = logs.join('\n').split('\n');
    report = readReport(dir);
  });

  it('fails the gate with exit code 1 and writes both reports with the documented names', () => {
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Gate FAILED');
    expect(report.files).toEqual([
      expect.stringMatching(/^security-audit-e2e-\d{4}-\d{2}-\d{2}-1\.json$/),
      expect.stringMatching(/^security-audit-e2e-\d{4}-\d{2}-\d{2}-1\.md$/)
    ]);
  });

  it('reports the seeded misconfigurations with the right verdicts', () => {
    const j = report.json;
    expect(statuses(j, 'pg/public-grants')).toEqual([['FAIL', 'billing.public.card_holders']]);
    expect(statuses(j, 'pg/public-schema')).toEqual([['FAIL', 'app']]);
    expect(statuses(j, 'pg/privileged-roles')).toEqual([
      ['WARN', 'ops'],
      ['FAIL', 'etl'],
      ['WARN', 'replicator'],
      ['WARN', 'provisioner']
    ]);
    expect(statuses(j, 'pg/hba')).toContainEqual(['FAIL', 'host all all 0.0.0.0/0 trust']);
    expect(statuses(j, 'pg/hba')).toContainEqual([
      'INFO',
      'hostnossl billing legacy_app 192.168.0.0/16 password'
    ]);
    expect(statuses(j, 'pg/md5-hashes')).toEqual([['WARN', 'legacy_app']]);
    expect(statuses(j, 'pg/superusers')).toEqual([['FAIL', null]]);
    expect(statuses(j, 'pg/ssl')).toEqual([['FAIL', null]]);
    expect(statuses(j, 'pg/tls')).toEqual([['N/A', null]]);
    expect(statuses(j, 'pg/encryption-at-rest')).toEqual([['UNKNOWN', null]]);
    expect(statuses(j, 'pg/grant-option')).toEqual([['WARN', 'app.public.orders:analyst']]);
    expect(statuses(j, 'pg/security-definer')).toEqual([['WARN', 'app.public.grant_bonus(emp integer)']]);
    const pgaudit = j.findings.find(f => f.checkId === 'pg/pgaudit')!;
    expect(pgaudit.status).toBe('WARN');
    expect(pgaudit.detail).toBe(
      'pgaudit is not in shared_preload_libraries; only log_statement = all records statements (no role class, no object auditing). pgaudit.log is set to all, but without the library that value is an inert placeholder.'
    );
    expect(j.target.details['Databases Audited']).toBe('5');
    expect(j.summary.FAIL).toBe(j.findings.filter(f => f.status === 'FAIL').length);
  });

  it('ran nothing but reads on the server (statement logging on)', () => {
    // Whole log entries (a statement spans lines), then each statement of a multi-statement message:
    // a batch of facts travels as "SAVEPOINT fact; <query>; RELEASE SAVEPOINT fact; ..." at once.
    const statements = auditLogs
      .join('\n')
      .split(/\n(?=\d{4}-\d\d-\d\d )/)
      .map(entry => entry.match(/ statement: ([\s\S]*)$/)?.[1])
      .filter((s): s is string => s !== undefined)
      .flatMap(s => s.split(';'))
      .map(s => s.trim())
      .filter(s => s !== '');
    expect(statements.length).toBeGreaterThan(40);
    const allowed =
      /^(SELECT|BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY|SAVEPOINT fact|RELEASE SAVEPOINT fact|ROLLBACK TO SAVEPOINT fact|COMMIT)\b/;
    const others = statements.filter(s => !allowed.test(s.trim()));
    expect(others).toEqual([]);
  });

  it('never prints the password', () => {
    for (const text of [result.stdout, result.stderr, report.md, JSON.stringify(report.json)]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(encodeURIComponent(PASSWORD));
    }
  });

  it('renders database-controlled names inert in markdown', () => {
    expect(report.md).toContain('`<img src=x onerror=alert(1)>`');
    expect(report.md).toContain('`@org/team`');
    const outsideCode = report.md.replace(/(`+)[\s\S]*?\1/g, '');
    expect(outsideCode).not.toMatch(/<img/);
    expect(outsideCode).not.toContain('@org/team');
  });
});

describe('bad input and faults', () => {
  it('rejects an unknown flag value with exit 2, naming the flag, the value and the choices', async () => {
    const r = await cli(['audit', '--url', 'postgresql://a@127.0.0.1/x', '--environment', 'prod']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'db-posture: error: Invalid --environment "prod": expected one of production, staging, development, sandbox.\n'
    );
  });

  it('rejects a malformed URL with exit 2 and no password in the message', async () => {
    const r = await cli(['audit', '--url', 'mysql://root:hunter2secret@db/x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Invalid --url');
    expect(r.stderr).not.toContain('hunter2secret');
  });

  it('rejects an unknown flag with exit 2', async () => {
    const r = await cli(['audit', '--colour', 'red']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'db-posture: error: Unknown flag --colour for "db-posture audit". Run db-posture --help for the flags.\n'
    );
  });

  it('reports an unreachable host with exit 3', async () => {
    const r = await cli(['audit', '--url', 'postgresql://u:pw-unreachable@127.0.0.1:1/db']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      'db-posture: error: Cannot connect to the SQL server at 127.0.0.1:1: connection refused (is the server running and listening there?).\n'
    );
  });

  it('reports a wrong password with exit 3 without echoing it', async () => {
    const r = await cli(['audit', '--url', srv.url('postgres', 'postgres', 'Wrong-Pa55word-xyz')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Authentication failed for user "postgres" at 127.0.0.1:');
    expect(r.stderr).not.toContain('Wrong-Pa55word-xyz');
  });

  it('reports what an unprivileged login cannot read as UNKNOWN with the grant that fixes it', async () => {
    const dir = outDir();
    const r = await cli([
      'audit',
      '--name',
      'unpriv',
      '--out',
      dir,
      '--url',
      srv.url('postgres', 'auditor', 'auditor-pw')
    ]);
    expect(r.code).toBe(1);
    const { json } = readReport(dir);
    const hba = json.findings.find(f => f.checkId === 'pg/hba')!;
    expect(hba.status).toBe('UNKNOWN');
    expect(hba.detail).toBe(
      'Could not be evaluated: pg_hba_file_rules could not be read: permission denied for view pg_hba_file_rules (SQLSTATE 42501). Fix: Run the audit as a superuser, or GRANT SELECT ON pg_catalog.pg_hba_file_rules and EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO auditor.'
    );
    const md5 = json.findings.find(f => f.checkId === 'pg/md5-hashes')!;
    expect(md5.status).toBe('UNKNOWN');
    expect(md5.detail).toContain(
      'Fix: Run the audit as a superuser: pg_authid (stored password hashes) is readable only by superusers.'
    );
    expect(json.findings.filter(f => f.status === 'PASS').map(f => f.checkId)).not.toContain('pg/hba');
  });

  it('a session lost mid-audit fails closed: report written, incomplete at the top, gate failed, exit 3', async () => {
    const dir = outDir();
    const failover = await killDuringRead(srv, 'scratch');
    let r;
    try {
      r = await cli(['audit', '--name', 'lost', '--out', dir, '--concurrency', '1', '--fail-on', 'never'], {
        env: { DB_POSTURE_URL: srv.url() },
        hooks: failover.hooks
      });
    } finally {
      await failover.release();
    }
    expect(failover.killed()).toBe(true);
    // Even --fail-on never cannot make an incomplete audit green.
    expect(r.code).toBe(3);
    const { json, md } = readReport(dir);
    expect(json.gate.passed).toBe(false);
    expect(json.gate.incomplete).toBeGreaterThan(0);
    const lost = json.findings.filter(f => f.incomplete);
    expect(lost.every(f => f.status === 'UNKNOWN')).toBe(true);
    expect(
      lost.some(f =>
        /the connection (was lost|became unusable)|terminating connection|Connection terminated unexpectedly/.test(
          f.detail
        )
      )
    ).toBe(true);
    expect(md).toMatch(/^> \*\*Audit incomplete:\*\* \d+ checks could not be evaluated because of a fault/m);
    expect(md).toContain('**Gate:** FAILED (audit incomplete)');
  });

  it('reports a database dropped mid-audit as UNKNOWN for that database, not a crash', async () => {
    const dir = outDir();
    const admin = srv.client();
    await admin.connect();
    await admin.query('CREATE DATABASE doomed');
    const r = await cli(['audit', '--name', 'dropped', '--out', dir, '--concurrency', '1'], {
      env: { DB_POSTURE_URL: srv.url() },
      hooks: {
        beforeDatabase: async name => {
          if (name === 'doomed') await admin.query('DROP DATABASE doomed');
        }
      }
    });
    await admin.end();
    expect(r.code).toBe(1);
    const { json } = readReport(dir);
    const f = json.findings.find(x => x.checkId === 'pg/public-schema' && x.object === 'doomed')!;
    expect(f.status).toBe('UNKNOWN');
    expect(f.detail).toBe('Could not be evaluated: Database doomed was dropped during the audit.');
  });

  it('a statement timeout makes the audit incomplete: UNKNOWN naming the timeout, gate failed, exit 3', async () => {
    const dir = outDir();
    const locker = srv.client('scratch');
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE pg_catalog.pg_extension IN ACCESS EXCLUSIVE MODE');
    try {
      const r = await cli(['audit', '--name', 'timeout', '--out', dir, '--statement-timeout', '300'], {
        env: { DB_POSTURE_URL: srv.url() }
      });
      expect(r.code).toBe(3);
      expect(r.stdout).toMatch(/Audit INCOMPLETE: \d+ checks? could not be evaluated because of a fault/);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    const { json } = readReport(dir);
    const f = json.findings.find(x => x.checkId === 'pg/extensions' && x.object === 'scratch')!;
    expect(f.status).toBe('UNKNOWN');
    expect(f.detail).toMatch(
      /^Could not be evaluated: Extensions of database "scratch" could not be read: (the statement timed out|canceling statement due to lock timeout)/
    );
    expect(f.detail).toContain('Fix: Raise --statement-timeout or audit at a quieter time.');
    expect(f.incomplete).toBe(true);
    expect(json.gate.passed).toBe(false);
    expect(json.gate.incomplete).toBeGreaterThan(0);
    expect(
      readFileSync(
        path.join(
          dir,
          readdirSync(dir).find(n => n.endsWith('.md'))!
        ),
        'utf8'
      )
    ).toContain('> **Audit incomplete:**');
  });
});
