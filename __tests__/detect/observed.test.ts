import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { available, notApplicableHere, unavailable } from '../../src/core/facts.js';
import { observedPostgres } from '../../src/engines/postgres/observed.js';
import { observedCockroach } from '../../src/engines/cockroachdb/observed.js';
import { observedCouchbase } from '../../src/engines/couchbase/observed.js';
import { coverage, postureFacts } from '../../src/detect/coverage.js';
import { loadRules } from '../../src/detect/rules/load.js';
import { jsonReportSchema, type JsonReport } from '../../src/report/json.js';
import type { Observed } from '../../src/core/observed.js';
import { pgFacts } from '../helpers/pg-facts.js';
import { cloud, crdbFacts } from '../helpers/crdb-facts.js';
import { AUDIT, cbFacts } from '../helpers/cb-facts.js';

const report = (engine: string, observed?: Observed) =>
  ({
    target: { engine, name: 't' },
    findings: [],
    ...(observed ? { observed } : {})
  }) as unknown as JsonReport;

/** A rule that needs the PRIVILEGES channel (the built-in pack names settings only). */
function channelRuleDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-observed-'));
  writeFileSync(
    path.join(dir, 'rule.yml'),
    [
      'title: Grant to public',
      'id: t-public-grant',
      'status: test',
      'severity: high',
      'owner: db-security',
      'logsource: {product: cockroachdb}',
      'requires: [{channel: PRIVILEGES}]',
      'detection: {selection: {EventType: change_table_privilege}, condition: selection}'
    ].join('\n')
  );
  return dir;
}

async function notCovered(engine: string, observed?: Observed, dir = 'detections'): Promise<string[]> {
  const set = await loadRules([dir]);
  return coverage(set.rules, postureFacts(report(engine, observed)))
    .filter(c => c.status !== 'covered')
    .map(c => `${c.status} ${c.rule.doc.id}: ${c.reasons.join('; ')}`);
}

describe('the observed block', () => {
  it('PostgreSQL: pgaudit classes in force, pgaudit.role, connection logging, overrides', async () => {
    const o = observedPostgres(
      pgFacts({
        settings: { 'pgaudit.log': 'ddl, write, role', 'pgaudit.role': 'auditor', log_connections: 'off' },
        roleSettings: available([
          { role: 'etl', database: null, settings: { 'pgaudit.log': 'write' } },
          { role: 'bad', database: null, settings: { 'pgaudit.log': 'nonsense' } }
        ])
      })
    );
    expect(o.settings['pgaudit.log']).toEqual({ value: 'ddl, write, role', items: ['ddl', 'write', 'role'] });
    expect(o.settings['pgaudit.role']).toEqual({ value: 'auditor' });
    expect(o.settings.log_connections).toEqual({ value: false });
    expect(o.settings.log_disconnections).toEqual({ value: true });
    expect(o.settings.shared_preload_libraries).toEqual({
      value: 'pgaudit,passwordcheck',
      items: ['pgaudit', 'passwordcheck']
    });
    // An override with an invalid class is ignored by PostgreSQL, so it is not listed.
    expect(o.overrides).toEqual([
      { setting: 'pgaudit.log', scope: 'role etl', value: 'write', items: ['write'] }
    ]);
    expect(jsonReportSchema.shape.observed.safeParse(o).success).toBe(true);
    const lines = await notCovered('postgres', o);
    expect(lines).toContain('partial pg-privileged-role-granted: overrides stop role auditing for role etl');
    expect(lines).toContain(
      'blind pg-success-after-brute-force: successful logins are not logged: log_connections is false'
    );
  });

  it('PostgreSQL: pgaudit not preloaded, listed but not loaded, and settings unreadable', async () => {
    const off = observedPostgres(pgFacts({ settings: { shared_preload_libraries: 'pg_stat_statements' } }));
    expect(off.settings['pgaudit.log']).toEqual({
      value: '',
      items: [],
      note: 'pgaudit is not in shared_preload_libraries'
    });
    expect(await notCovered('postgres', off)).toContain(
      'blind pg-mass-drop: DDL statements are not audited: pgaudit.log is empty (pgaudit is not in shared_preload_libraries), without ddl'
    );
    const unloaded = observedPostgres(
      pgFacts({ settings: { 'pgaudit.log': undefined, 'pgaudit.log_parameter': undefined } })
    );
    expect(unloaded.settings['pgaudit.log']).toEqual({
      value: '',
      items: [],
      note: 'pgaudit is listed in shared_preload_libraries but not loaded'
    });
    const hidden = observedPostgres(
      pgFacts({
        settingsFact: unavailable('pg_settings could not be read.', 'GRANT pg_read_all_settings TO auditor.')
      })
    );
    expect(hidden.settings['pgaudit.log']).toEqual({
      unknown: 'pg_settings could not be read. Fix: GRANT pg_read_all_settings TO auditor.'
    });
    expect(await notCovered('postgres', hidden)).toContain(
      'unverified pg-mass-drop: DDL statements are not audited unless pgaudit.log includes ddl; the posture report does not establish pgaudit.log: pg_settings could not be read. Fix: GRANT pg_read_all_settings TO auditor'
    );
  });

  it('CockroachDB: session switches, sql.log.user_audit roles, channels from the Cloud log export', async () => {
    const o = observedCockroach(
      crdbFacts({
        settings: {
          'server.auth_log.sql_sessions.enabled': 'false',
          'sql.log.user_audit': 'admin ALL\nall NONE'
        },
        cloud: cloud({
          logExport: available({
            status: 'ENABLED',
            type: 'GCP_CLOUD_LOGGING',
            omittedChannels: ['PRIVILEGES']
          })
        })
      })
    );
    expect(o.settings['server.auth_log.sql_sessions.enabled']).toEqual({ value: false });
    expect(o.settings['server.auth_log.sql_connections.enabled']).toEqual({ value: true });
    expect(o.settings['sql.log.user_audit']).toEqual({ value: 'admin ALL\nall NONE', items: ['admin'] });
    expect(o.channels).toEqual({
      SESSIONS: { value: true },
      USER_ADMIN: { value: true },
      PRIVILEGES: { value: false, note: 'the log export omits PRIVILEGES' },
      SENSITIVE_ACCESS: { value: true }
    });
    const dir = channelRuleDir();
    expect(await notCovered('cockroachdb', o, dir)).toEqual([
      'blind t-public-grant: PRIVILEGES events are not collected: the log export omits PRIVILEGES'
    ]);
    expect(await notCovered('cockroachdb', o)).toContain(
      'blind crdb-brute-force: SESSIONS events are not emitted: server.auth_log.sql_sessions.enabled is false'
    );
    // First match in file order: `all ALL` after `auditor NONE` audits everyone but auditor.
    const everyone = observedCockroach(
      crdbFacts({ settings: { 'sql.log.user_audit': 'auditor NONE\nadmin ALL\nall ALL\nlate ALL' } })
    );
    expect(everyone.settings['sql.log.user_audit']).toMatchObject({ items: ['-auditor', 'admin', 'all'] });
    const userAuditRule = (role: string) =>
      [
        'title: Audited statements of a role',
        `id: t-audit-${role}`,
        'status: test',
        'severity: low',
        'owner: db-security',
        'logsource: {product: cockroachdb}',
        `requires: [{setting: sql.log.user_audit, includes: ${role}, why: its statements are not audited}]`,
        'detection: {selection: {EventType: role_based_audit_event}, condition: selection}'
      ].join('\n');
    const uaDir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-observed-ua-'));
    writeFileSync(
      path.join(uaDir, 'a.yml'),
      [userAuditRule('app'), userAuditRule('auditor')].join('\n---\n')
    );
    expect(await notCovered('cockroachdb', everyone, uaDir)).toEqual([
      'blind t-audit-auditor: its statements are not audited: sql.log.user_audit is auditor NONE\\nadmin ALL\\nall ALL\\nlate ALL, without auditor'
    ]);
    const bad = observedCockroach(crdbFacts({ settings: { 'sql.log.user_audit': 'admin SOME' } }));
    expect(bad.settings['sql.log.user_audit']).toEqual({
      value: 'admin SOME',
      items: [],
      note: 'it does not parse (line 1: unknown statement filter: "SOME" (valid filters include: "ALL", "NONE")), so nodes audit nothing'
    });
    // Self-hosted: the sinks are in the node's logging configuration, which SQL cannot read.
    const selfHosted = observedCockroach(
      crdbFacts({ cloud: cloud({ logExport: notApplicableHere('Self-hosted deployment.') }) })
    );
    expect(selfHosted.channels!.SESSIONS).toEqual({
      unknown:
        'the logging configuration of self-hosted nodes (--log or --log-config-file) cannot be read over SQL'
    });
    expect(await notCovered('cockroachdb', selfHosted, dir)).toContain(
      'unverified t-public-grant: PRIVILEGES events are not collected unless the PRIVILEGES channel reaches a log sink; the posture report does not establish the PRIVILEGES channel reaches a log sink: the logging configuration of self-hosted nodes (--log or --log-config-file) cannot be read over SQL'
    );
  });

  it('Couchbase: auditing on or off and every disabled id', async () => {
    const o = observedCouchbase(cbFacts({ audit: available({ ...AUDIT, disabled: [28672, 8243] }) }));
    expect(o.settings).toEqual({
      'audit.enabled': { value: true },
      'audit.disabled': { value: '8243,28672', items: ['8243', '28672'] }
    });
    expect(await notCovered('couchbase', o)).toEqual([
      'blind cb-sensitive-keyspace-read: SQL++ SELECT statements are not audited: audit.disabled includes 28672'
    ]);
    const forbidden = observedCouchbase(cbFacts({ audit: unavailable('GET /settings/audit answered 403.') }));
    expect(forbidden.settings['audit.enabled']).toEqual({ unknown: 'GET /settings/audit answered 403.' });
  });

  it('server values in the coverage markdown stay inert (no link, mention or HTML)', async () => {
    const { coverageMarkdown } = await import('../../src/detect/output/coverage-text.js');
    const set = await loadRules(['detections']);
    const hostile = '[x](https://evil.example) @acme/team <b>';
    const facts = postureFacts(
      report('postgres', {
        settings: { 'pgaudit.log': { value: hostile, items: [] }, log_connections: { value: true } }
      })
    );
    const md = coverageMarkdown(coverage(set.rules, facts), facts);
    expect(md).toContain(
      '| `pg-mass-drop` | blind | `DDL statements are not audited: pgaudit.log is [x](https://evil.example) @acme/team <b>, without ddl` |'
    );
    const lines = md.split('\n').filter(l => l.includes('[x]('));
    expect(lines.length).toBeGreaterThan(3);
    // Every reason that quotes the value is one code span: outside code spans, nothing of it is left.
    for (const l of lines) expect(l.replace(/`[^`]*`/g, '')).not.toMatch(/\[x\]|@acme|<b>/);
  });

  it('a report without the block (an older db-posture) leaves every requirement unverified', async () => {
    const lines = await notCovered('couchbase');
    expect(lines[0]).toBe(
      'unverified cb-admin-granted: no audit record is written unless audit.enabled = true; the posture report has no observed settings (written before db-posture recorded them): audit again to establish audit.enabled'
    );
    expect(lines.every(l => l.startsWith('unverified '))).toBe(true);
  });
});
