import { cockroachChecks } from '../../src/engines/cockroachdb/checks/index.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
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
