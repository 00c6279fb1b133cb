import { cockroachChecks } from '../../src/engines/cockroachdb/checks/index.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startCockroachReplica, type CockroachReplica } from '../../replicas/cockroachdb.mjs';
import { auditCrdb, nodeCertificate } from '../helpers/crdb-run.js';
import { makeCertificate } from '../helpers/certificates.js';

/** Engine auto-detection from version(), --engine overrides, and a certs directory read by crdb/tls. */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
let replica: CockroachReplica;
beforeAll(async () => {
  const tls = nodeCertificate();
  replica = await startCockroachReplica({
    scenario: path.join(root, 'replicas/scenarios/cockroachdb/self-hosted-hardened.json'),
    tls
  });
});
afterAll(() => replica.stop());

describe('CockroachDB detection', () => {
  it('--engine auto recognises CockroachDB from version() and audits it with the crdb/* checks', async () => {
    const r = await auditCrdb(['--url', `${replica.url}?sslmode=require`]);
    expect(r.report!.target.engine).toBe('cockroachdb');
    expect(r.report!.findings.every(f => f.checkId.startsWith('crdb/'))).toBe(true);
    expect(new Set(r.report!.findings.map(f => f.checkId)).size).toBe(cockroachChecks.length);
  });

  it('--engine auto opens exactly the connections and statements --engine cockroachdb does: the detection connection is the first session', async () => {
    const url = `${replica.url}?sslmode=require`;
    const run = async (engine: string) => {
      const [sessions, statements] = [replica.sessions.length, replica.statements.length];
      const r = await auditCrdb(['--engine', engine, '--url', url]);
      return {
        code: r.code,
        statuses: r.report!.findings.map(f => `${f.checkId} ${f.status}`),
        sessions: replica.sessions.slice(sessions),
        statements: replica.statements.slice(statements).map(x => x.sql)
      };
    };
    const pinned = await run('cockroachdb');
    const auto = await run('auto');
    if (process.env.CRDB_SHOW)
      console.log(
        JSON.stringify({
          cockroachdb: { connections: pinned.sessions.length, statements: pinned.statements.length },
          auto: { connections: auto.sessions.length, statements: auto.statements.length }
        })
      );
    expect(auto.code).toBe(pinned.code);
    expect(auto.statuses).toEqual(pinned.statuses);
    expect(auto.sessions).toHaveLength(pinned.sessions.length);
    expect(auto.statements).toHaveLength(pinned.statements.length);
    // The first session is the one detection opened (PostgreSQL's pins), checked for every setting.
    expect(auto.sessions[0].startup.search_path).toBe('pg_catalog,pg_temp');
    expect(auto.statements[0]).toBe(
      "SELECT pg_catalog.current_setting('search_path') AS search_path, pg_catalog.current_setting('default_transaction_read_only') AS read_only, pg_catalog.current_setting('timezone') AS timezone, pg_catalog.current_setting('intervalstyle') AS intervalstyle"
    );
    expect(pinned.sessions[0].startup.search_path).toBe('pg_catalog');
    expect(auto.sessions.every(x => x.readOnly)).toBe(true);
  });

  it('--engine auto: a handed-over session whose settings cannot be read back is closed and a pinned one opened', async () => {
    const scenario = JSON.parse(
      readFileSync(path.join(root, 'replicas/scenarios/cockroachdb/self-hosted-hardened.json'), 'utf8')
    );
    scenario.errors = {
      ...(scenario.errors ?? {}),
      "SELECT pg_catalog.current_setting('search_path') AS search_path, pg_catalog.current_setting('default_transaction_read_only') AS read_only, pg_catalog.current_setting('timezone') AS timezone, pg_catalog.current_setting('intervalstyle') AS intervalstyle":
        { code: '42704', message: 'unrecognized configuration parameter "intervalstyle"' }
    };
    const odd = await startCockroachReplica({ scenario, tls: nodeCertificate() });
    try {
      const url = `${odd.url}?sslmode=require`;
      const pinned = await auditCrdb(['--engine', 'cockroachdb', '--url', url]);
      const [sessions, statements] = [odd.sessions.length, odd.statements.length];
      const auto = await auditCrdb(['--url', url]);
      expect(auto.code).toBe(pinned.code);
      expect(auto.report!.findings.map(f => f.status)).toEqual(pinned.report!.findings.map(f => f.status));
      // One connection and one statement more than --engine cockroachdb: the refused handoff.
      expect(odd.sessions.length - sessions).toBe(sessions + 1);
      expect(odd.statements.length - statements).toBe(statements + 1);
      expect(odd.sessions[sessions].startup.search_path).toBe('pg_catalog,pg_temp');
      expect(odd.sessions[sessions + 1].startup.search_path).toBe('pg_catalog');
    } finally {
      await odd.stop();
    }
  });

  it('--engine postgres on CockroachDB is a usage error that says what to use', async () => {
    const r = await auditCrdb(['--engine', 'postgres', '--url', `${replica.url}?sslmode=require`]);
    if (process.env.CRDB_SHOW) console.log(r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^db-posture: error: The server is CockroachDB \(CockroachDB CCL v26\.2\.1 .*\)\. Use --engine cockroachdb \(or auto\) for it\.\n$/
    );
  });

  it('--certs-dir: every certificate file is judged by expiry', async () => {
    const { dir } = makeCertificate({ days: 20, cn: 'ca.crt', name: 'ca' });
    makeCertificate({ days: 60, cn: 'node.crt', name: 'node', dir });
    makeCertificate({ days: 365, cn: 'client.root.crt', name: 'client.root', dir });
    const r = await auditCrdb([
      '--engine',
      'cockroachdb',
      '--url',
      `${replica.url}?sslmode=require`,
      '--certs-dir',
      dir
    ]);
    const tls = r.report!.findings.filter(f => f.checkId === 'crdb/tls');
    expect(tls.map(f => [f.status, f.object])).toEqual([
      ['PASS', 'CN=node'],
      ['FAIL', 'ca.crt'],
      ['PASS', 'client.root.crt'],
      ['WARN', 'node.crt']
    ]);
  });
});
