import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import {
  loadCockroachScenario,
  startCockroachReplica,
  type CockroachReplica
} from '../../replicas/cockroachdb.mjs';
import { auditCrdb, nodeCertificate, statusesByCheck } from '../helpers/crdb-run.js';
import { refreshExpected } from '../helpers/scenario-expectations.js';
import { describeCheck } from '../../src/engines/index.js';

/** Every self-hosted scenario on the wire replica, through the real collector; every check asserted. */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const dir = path.join(root, 'replicas/scenarios/cockroachdb');
const scenarios = readdirSync(dir)
  .filter(f => f.endsWith('.json'))
  .sort();
const tls = nodeCertificate();
const SECRETS = [
  'Aud1t-Only-Secret',
  'Bind-S3cret-Value',
  'wJalr-Backup-Secret',
  'AKIAEXAMPLEKEY',
  'EnterpriseLicenseKey',
  'EIDZ29kGGAEiBEFjbWU',
  'GAEiBEFjbWU',
  'EIDy1soGGAIiBEFjbWU',
  'S3cret#Value'
];

describe.each(scenarios)('CockroachDB scenario %s', file => {
  let replica: CockroachReplica;
  let result: Awaited<ReturnType<typeof auditCrdb>>;
  const scenario = loadCockroachScenario(path.join(dir, file));
  beforeAll(async () => {
    replica = await startCockroachReplica({
      scenario: path.join(dir, file),
      tls: { cert: tls.cert, key: tls.key }
    });
    // --engine cockroachdb: the auto-detection session belongs to the shared PostgreSQL-wire module.
    result = await auditCrdb([
      '--engine',
      'cockroachdb',
      ...(scenario.testArgs ?? []),
      '--url',
      `${replica.url}?sslmode=require`
    ]);
  });
  afterAll(() => replica.stop());

  it('every crdb/* check reports the expected statuses', async () => {
    if (process.env.CRDB_SHOW)
      console.log(file, JSON.stringify(statusesByCheck(result.report!)), result.stderr);
    expect(result.stderr).toBe('');
    expect(result.report!.target.engine).toBe('cockroachdb');
    // UPDATE_GOLDEN=1 rewrites the scenario's `expected` from this run (then reloads it).
    const expected = (await refreshExpected(path.join(dir, file), statusesByCheck(result.report!)))
      ? loadCockroachScenario(path.join(dir, file)).expected
      : scenario.expected;
    expect(statusesByCheck(result.report!)).toEqual(expected);
    for (const [check, text] of Object.entries((scenario.expectedDetail ?? {}) as Record<string, string>)) {
      const details = result.report!.findings.filter(f => f.checkId === check).map(f => f.detail);
      expect(details.join('\n')).toContain(text);
    }
  });

  it('the JSON report carries the metadata of exactly the checks with a finding', () => {
    const report = result.report!;
    const ids = [...new Set(report.findings.map(f => f.checkId))].sort();
    expect(report.checks!.map(c => c.id)).toEqual(ids);
    for (const c of report.checks!) {
      const meta = describeCheck(c.id)!;
      expect(c).toMatchObject({
        title: meta.title,
        dimension: meta.dimension,
        description: meta.description,
        rationale: meta.rationale,
        remediation: meta.remediation
      });
      expect(c.verify).toBe(meta.verify);
      expect(c.family).toBe(meta.family);
    }
  });

  it('ran read-only: every session forced read-only, and nothing but reads and transaction control', () => {
    expect(replica.statements.length).toBeGreaterThan(15);
    expect(replica.statements.every(s => s.readOnly)).toBe(true);
    expect(
      replica.statements.filter(
        s =>
          !/^(SELECT|SHOW|SET database =|BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY|SAVEPOINT|RELEASE|COMMIT|ROLLBACK)/i.test(
            s.sql.trim()
          )
      )
    ).toEqual([]);
  });

  it('pins every session at startup and never runs a function the audited party owns', () => {
    expect(replica.sessions.length).toBeGreaterThan(0);
    for (const s of replica.sessions) {
      expect(s.searchPath).toBe('pg_catalog');
      expect(s.readOnly).toBe(true);
      expect(s.startup.statement_timeout).toMatch(/^\d{4,}$/);
      expect(s.startup.lock_timeout).toMatch(/^\d{4,}$/);
    }
    expect(replica.ranUserFunctions).toEqual([]);
    expect(replica.statements.some(s => /^SELECT pg_catalog\.version\(\)/.test(s.sql))).toBe(true);
    expect(result.report!.target.version).toMatch(/^v2[0-9]\./);
  });

  it('leaks no secret (password, LDAP bind password, backup credentials, license key)', () => {
    const all = JSON.stringify(result);
    for (const secret of SECRETS) expect(all).not.toContain(secret);
  });
});
