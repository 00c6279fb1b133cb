import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { jsonReportSchema, type JsonReport } from '../../src/report/json.js';
import { cli } from '../helpers/cli-run.js';

/**
 * A database owner with no special right plants a trojan `aclexplode`, a trojan `=` operator, a
 * trojan `unnest` and `text` type, and points its database's search_path (and the auditor role's,
 * through ALTER DATABASE ... SET) at them. A superuser audit must run none of it, and the PUBLIC
 * grant in that database must stay a FAIL.
 */
let srv: EmbeddedServer;
let sentinelDir: string;
const logs: string[] = [];

const sentinel = (name: string) => path.join(sentinelDir, name);

function readReport(dir: string): { md: string; json: JsonReport } {
  const files = readdirSync(dir);
  const read = (ext: string) =>
    readFileSync(
      path.join(
        dir,
        files.find(f => f.endsWith(ext))!
      ),
      'utf8'
    );
  return { md: read('.md'), json: jsonReportSchema.parse(JSON.parse(read('.json'))) };
}

beforeAll(async () => {
  sentinelDir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-trojan-'));
  // The server may run as the "postgres" OS user (as root): it must be able to write the sentinel.
  chmodSync(sentinelDir, 0o777);
  srv = await startServer({ flags: ['-c', 'log_statement=all'], onLog: m => logs.push(m) });
  const admin = srv.client();
  await admin.connect();
  await admin.query(`CREATE ROLE app_owner LOGIN PASSWORD 'owner-pw'`);
  await admin.query(`CREATE DATABASE appdb OWNER app_owner`);
  await admin.end();

  const { default: pg } = await import('pg');
  const owner = new pg.Client({ connectionString: srv.url('appdb', 'app_owner', 'owner-pw') });
  await owner.connect();
  const trap = (file: string) =>
    `EXECUTE 'COPY (SELECT current_user) TO PROGRAM ''id > ${sentinel(file)}''';`;
  await owner.query(`CREATE TABLE public.cards (pan text)`);
  await owner.query(`GRANT SELECT ON public.cards TO PUBLIC`);
  await owner.query(`CREATE SCHEMA evil`);
  await owner.query(
    `CREATE FUNCTION evil.aclexplode(aclitem[], OUT grantor oid, OUT grantee oid, OUT privilege_type text, OUT is_grantable boolean)
     RETURNS SETOF record LANGUAGE plpgsql AS $$BEGIN ${trap('aclexplode')} RETURN; END$$`
  );
  await owner.query(
    `CREATE FUNCTION evil.unnest(text[]) RETURNS SETOF text LANGUAGE plpgsql AS $$BEGIN ${trap('unnest')} RETURN; END$$`
  );
  await owner.query(
    `CREATE FUNCTION evil.oid_eq_int(oid, integer) RETURNS boolean LANGUAGE plpgsql AS $$BEGIN ${trap('operator')} RETURN false; END$$`
  );
  await owner.query(`CREATE OPERATOR evil.= (LEFTARG = oid, RIGHTARG = integer, FUNCTION = evil.oid_eq_int)`);
  await owner.query(
    `CREATE FUNCTION evil.version() RETURNS text LANGUAGE plpgsql AS $$BEGIN ${trap('version')} RETURN 'CockroachDB CCL v99'; END$$`
  );
  await owner.query(`ALTER DATABASE appdb SET search_path = evil, pg_catalog`);
  // A database-level setting that would make every read fail if it applied.
  await owner.query(`ALTER DATABASE appdb SET default_transaction_read_only = off`);
  await owner.end();
}, 120000);

afterAll(async () => {
  await srv?.stop();
});

describe('an audit of a database whose owner planted trojans', () => {
  let out: string;
  let result: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-out-'));
    // Audit through appdb itself (the main session) and the other databases alike.
    result = await cli(['audit', '--name', 'hostile', '--out', out, '--quiet'], {
      env: { DB_POSTURE_URL: srv.url('appdb') }
    });
  }, 120000);

  it('runs none of the planted functions or operators', () => {
    for (const f of ['aclexplode', 'unnest', 'operator', 'version'])
      expect(existsSync(sentinel(f))).toBe(false);
  });

  it('still reports the PUBLIC grant in the trojaned database as FAIL, and detects PostgreSQL', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const { json } = readReport(out);
    expect(json.target.engine).toBe('postgres');
    const grants = json.findings.filter(f => f.checkId === 'pg/public-grants' && f.status === 'FAIL');
    expect(grants.map(f => f.object)).toEqual(['appdb.public.cards']);
    expect(grants[0].detail).toBe('Table appdb.public.cards grants SELECT to PUBLIC.');
    expect(json.gate.incomplete).toBe(0);
  });

  it('every audit session ran with the pinned search_path, whatever the database says', () => {
    const text = logs.join('');
    expect(text).toContain('SELECT pg_catalog.version()');
    // The trojan schema is never named by the audit.
    const statements = text.split('\n').filter(l => /statement: /.test(l) && !/CREATE|ALTER|GRANT/.test(l));
    expect(statements.some(l => /\bevil\./.test(l))).toBe(false);
  });

  it('control: the trap is live for a session that does not pin (so the first test can fail)', async () => {
    const c = srv.client('appdb');
    await c.connect();
    try {
      await c.query('SELECT * FROM aclexplode(NULL::aclitem[])');
    } finally {
      await c.end();
    }
    expect(existsSync(sentinel('aclexplode'))).toBe(true);
    expect(readFileSync(sentinel('aclexplode'), 'utf8')).toMatch(/uid=/);
  });
});
