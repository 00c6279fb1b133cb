import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCouchbaseReplica, type CouchbaseReplica } from '../../replicas/couchbase.mjs';
import { auditCouchbase } from '../helpers/couchbase-run.js';
import { crdbFacts } from '../helpers/crdb-facts.js';
import { observedCockroach } from '../../src/engines/cockroachdb/observed.js';
import { coverage, postureFacts, requirementsOf } from '../../src/detect/coverage.js';
import { loadRules } from '../../src/detect/rules/load.js';
import { cli } from '../helpers/cli-run.js';
import type { JsonReport } from '../../src/report/json.js';

/**
 * Coverage from the observed block the engines write: CockroachDB with session logging off, and
 * reports the real Couchbase collector writes against the replica: Couchbase with auditing on but every SQL++ event disabled (the default),
 * and Couchbase with auditing off. The report's observed block is the only input.
 */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const stops: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const s of stops) await s();
});

function save(report: JsonReport): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'db-posture-cov-')), 'report.json');
  writeFileSync(file, JSON.stringify(report));
  return file;
}

async function coverageLines(report: JsonReport): Promise<string[]> {
  const r = await cli(['rules', 'test', 'detections', '--quiet', '--no-goodlog', '--posture', save(report)]);
  expect(r.code).toBe(0);
  return r.stdout.split('\n').slice(1).filter(Boolean);
}

describe('detection coverage from real posture reports', () => {
  it('CockroachDB: the observed block with session logging off make every SESSIONS rule blind', async () => {
    // The engine's own observed block from the collected facts is what coverage reads.
    const facts = crdbFacts({ settings: { 'server.auth_log.sql_sessions.enabled': 'false' } });
    const report = {
      target: { engine: 'cockroachdb', name: 'crdb' },
      findings: [],
      observed: observedCockroach(facts)
    } as unknown as JsonReport;
    const set = await loadRules(['detections']);
    const cov = coverage(set.rules, postureFacts(report));
    expect(
      cov.filter(c => c.status !== 'covered').map(c => `${c.rule.doc.id}: ${c.reasons.join('; ')}`)
    ).toEqual([
      'crdb-auth-failed: SESSIONS events are not emitted: server.auth_log.sql_sessions.enabled is false',
      'crdb-auth-ok: SESSIONS events are not emitted: server.auth_log.sql_sessions.enabled is false',
      'crdb-brute-force: SESSIONS events are not emitted: server.auth_log.sql_sessions.enabled is false',
      'crdb-password-spray: SESSIONS events are not emitted: server.auth_log.sql_sessions.enabled is false',
      'crdb-success-after-brute-force: SESSIONS events are not emitted: server.auth_log.sql_sessions.enabled is false',
      'crdb-privileged-login-unexpected-network: SESSIONS events are not emitted: server.auth_log.sql_sessions.enabled is false',
      'crdb-trust-login: SESSIONS authentication events are not emitted: server.auth_log.sql_sessions.enabled is false',
      'crdb-session-event: SESSIONS events are not emitted: server.auth_log.sql_sessions.enabled is false',
      'crdb-audit-trail-gap: SESSIONS events are not emitted: server.auth_log.sql_sessions.enabled is false'
    ]);
    // Both on: nothing is blind.
    const all = coverage(
      set.rules,
      postureFacts({
        target: { engine: 'cockroachdb', name: 'crdb' },
        findings: [],
        observed: observedCockroach(crdbFacts())
      } as unknown as JsonReport)
    );
    expect(all.every(c => c.status === 'covered')).toBe(true);
    // A report written before the observed block existed: unverified, never covered, and no
    // guessing from the findings' detail texts (a PASS session-logging finding is ignored).
    const old = coverage(
      set.rules,
      postureFacts({
        target: { engine: 'cockroachdb', name: 'crdb' },
        findings: [
          {
            checkId: 'crdb/session-logging',
            status: 'PASS',
            detail: 'Connection and session events are logged (SESSIONS channel).'
          }
        ]
      } as unknown as JsonReport)
    );
    expect(old.find(c => c.rule.doc.id === 'crdb-brute-force')).toMatchObject({
      status: 'unverified',
      reasons: [
        'SESSIONS events are not emitted unless server.auth_log.sql_sessions.enabled = true; the posture report has no observed settings (written before db-posture recorded them): audit again to establish server.auth_log.sql_sessions.enabled'
      ]
    });
    expect(old.every(c => c.status !== 'covered' || requirementsOf(c.rule).length === 0)).toBe(true);
  });

  it('Couchbase: SQL++ events disabled make the keyspace-read rule blind; auditing off blinds every rule that needs it', async () => {
    const sqlpp: CouchbaseReplica = await startCouchbaseReplica({
      scenario: path.join(root, 'replicas/scenarios/couchbase/audit-default-sqlpp.json')
    });
    stops.push(() => sqlpp.stop());
    const lines = await coverageLines((await auditCouchbase(sqlpp)).report!);
    expect(lines).toEqual([
      'detection coverage on cb (couchbase): 13 covered, 1 blind, 0 partial, 0 unverified of 14 rules',
      '  BLIND cb-sensitive-keyspace-read: SQL++ SELECT statements are not audited: audit.disabled includes 28672'
    ]);
    const off: CouchbaseReplica = await startCouchbaseReplica({
      scenario: path.join(root, 'replicas/scenarios/couchbase/audit-off.json')
    });
    stops.push(() => off.stop());
    const offLines = await coverageLines((await auditCouchbase(off)).report!);
    expect(offLines[0]).toBe(
      'detection coverage on cb (couchbase): 4 covered, 10 blind, 0 partial, 0 unverified of 14 rules'
    );
    expect(offLines).toContain('  BLIND cb-brute-force: no audit record is written: audit.enabled is false');
  });
});
