import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AuditEvent, LogFormat } from '../../src/detect/event.js';
import { fieldValue } from '../../src/detect/event.js';
import { stringLines } from '../../src/detect/lines.js';
import { maskPasswords } from '../../src/detect/mask.js';
import { compilePrefix } from '../../src/detect/parsers/postgresql.js';
import { sniffFormat } from '../../src/detect/parsers/index.js';
import { EventCollector, emptyStats, readLogs } from '../../src/detect/read.js';

function parse(text: string, opts: { format?: LogFormat; pgPrefix?: string } = {}) {
  const stats = emptyStats();
  const c = new EventCollector('t.log', opts, stats);
  for (const [l, n] of stringLines(text)) c.feed(l, n);
  c.end();
  return { events: c.take(), stats };
}

const norm = (e: AuditEvent) => ({
  time: new Date(e.time).toISOString(),
  product: e.product,
  format: e.format,
  node: e.node,
  channel: e.channel,
  eventType: e.eventType,
  user: e.user,
  sourceIp: e.sourceIp,
  statement: e.statement,
  tag: e.tag,
  object: e.object,
  outcome: e.outcome,
  line: e.line
});

describe('CockroachDB', () => {
  it('crdb-v2: the docs sample, tags with brackets inside redaction markers, markers stripped', () => {
    const { events, stats } = parse(
      'I210323 21:53:58.304797 53299 4@util/log/event_log.go:32 ⋮ [n1,client=‹[::1]:52632›,hostssl,user=‹roach›] 52 ={"Timestamp":1616536438304796000,"EventType":"client_authentication_failed","InstanceID":1,"Network":"tcp","RemoteAddress":"‹[::1]:52632›","Transport":"hostssl","User":"‹roach›","Reason":6,"Detail":"‹password authentication failed for user roach›","Method":"cert-password"}'
    );
    expect(stats.malformedCount).toBe(0);
    expect(events.map(norm)).toEqual([
      {
        time: '2021-03-23T21:53:58.304Z',
        product: 'cockroachdb',
        format: 'crdb-v2',
        node: '1',
        channel: 'SESSIONS',
        eventType: 'client_authentication_failed',
        user: 'roach',
        sourceIp: '::1',
        statement: undefined,
        tag: undefined,
        object: undefined,
        outcome: 'failure',
        line: 1
      }
    ]);
    expect(events[0].fields.Detail).toBe('password authentication failed for user roach');
    expect(fieldValue(events[0], 'envelope.tags.client')).toBe('[::1]:52632');
    expect(fieldValue(events[0], 'envelope.entry_counter')).toBe(52);
  });

  it('crdb-v2: a long structured entry continued over | lines is joined; + lines keep their newline', () => {
    const head = 'I240529 16:26:40.000001 1 6@util/log/event_log.go:32 ⋮ [n1] 7 ';
    const { events, stats } = parse(
      [
        `${head}={"Timestamp":1717000000000001000,"EventType":"grant_role","User":"‹mal`,
        `${head}|lory›","GranteeRoles":["‹admin›"],"Members":["‹eve›"]}`,
        'I240529 16:26:41.000000 1 server/node.go:464 ⋮ [-] 8  first line',
        'I240529 16:26:41.000000 1 server/node.go:464 ⋮ [-] 8 +second line'
      ].join('\n')
    );
    expect(stats.malformedCount).toBe(0);
    expect(events).toHaveLength(2);
    expect(events[0].user).toBe('mallory');
    expect(events[0].fields.GranteeRoles).toEqual(['admin']);
    expect(events[1].channel).toBe('DEV');
    expect(fieldValue(events[1], 'envelope.message')).toBe('first line\nsecond line');
  });

  it('json-fluent: the v21.2 workshop sample, string timestamp, channel DEV', () => {
    const line =
      '{"tag":"cockroach.dev","channel_numeric":0,"channel":"DEV","timestamp":"1643209633.596775243","cluster_id":"025d51d8-d34b-41d9-bb52-cd6bc4be727a","node_id":1,"version":"v21.2.4","severity_numeric":1,"severity":"INFO","goroutine":10250,"file":"util/log/event_log.go","line":32,"entry_counter":55,"redactable":1,"tags":{"n":"1","client":"‹127.0.0.1:60986›","hostssl":"","user":"root"},"event":{"Timestamp":1643209633585059793,"EventType":"set_cluster_setting","Statement":"SET CLUSTER SETTING \\"jobs.retention_time\\" = ‹\'330h\'›","Tag":"SET CLUSTER SETTING","User":"root","ApplicationName":"$ cockroach sql","SettingName":"jobs.retention_time","Value":"‹330:00:00›"}}';
    expect(sniffFormat(line)).toBe('crdb-json');
    const { events } = parse(line);
    expect(norm(events[0])).toMatchObject({
      time: '2022-01-26T15:07:13.585Z',
      format: 'crdb-json',
      node: '1',
      channel: 'DEV',
      eventType: 'set_cluster_setting',
      user: 'root',
      sourceIp: '127.0.0.1',
      statement: 'SET CLUSTER SETTING "jobs.retention_time" = \'330h\'',
      tag: 'SET CLUSTER SETTING',
      object: 'jobs.retention_time'
    });
    expect(fieldValue(events[0], 'envelope.tag')).toBe('cockroach.dev');
    expect(events[0].fields.Value).toBe('330:00:00');
  });

  it('json-compact and json-fluent-compact: short keys map to the long ones', () => {
    const line =
      '{"tag":"cockroach.sessions","C":"SESSIONS","c":4,"t":"1717000000.500000000","N":3,"sev":"INFO","s":1,"g":9,"f":"util/log/event_log.go","l":32,"n":5,"r":1,"event":{"EventType":"client_authentication_ok","User":"‹app›","RemoteAddress":"‹10.0.0.9:4000›","Method":"cert-password"}}';
    expect(sniffFormat(line)).toBe('crdb-json-compact');
    const { events } = parse(line);
    expect(norm(events[0])).toMatchObject({
      time: '2024-05-29T16:26:40.500Z',
      format: 'crdb-json-compact',
      node: '3',
      channel: 'SESSIONS',
      user: 'app',
      sourceIp: '10.0.0.9',
      outcome: 'success'
    });
    expect(fieldValue(events[0], 'envelope.entry_counter')).toBe(5);
  });

  it('json: markers written as JSON escapes are stripped too', () => {
    const { events } = parse(
      '{"channel":"USER_ADMIN","timestamp":"1717000000.25","event":{"EventType":"grant_role","User":"\\u2039mallory\\u203a","GranteeRoles":["\\u2039admin\\u203A"]}}'
    );
    expect(events[0].user).toBe('mallory');
    expect(events[0].fields.GranteeRoles).toEqual(['admin']);
    expect(new Date(events[0].time).toISOString()).toBe('2024-05-29T16:26:40.250Z');
  });

  it('malformed lines are counted with their line number, and parsing goes on', () => {
    const { events, stats } = parse(
      [
        '{"channel":"OPS","timestamp":"1717000000.0","event":{"EventType":"node_restart"}}',
        '{not json',
        '{"channel":"OPS"}',
        '{"channel":"OPS","timestamp":"1717000001.0"}'
      ].join('\n')
    );
    expect(events).toHaveLength(2);
    expect(stats.malformed).toEqual([
      { file: 't.log', line: 2, reason: 'not a JSON object' },
      { file: 't.log', line: 3, reason: 'no timestamp (expected CockroachDB json or json-compact)' }
    ]);
  });
});

describe('PostgreSQL', () => {
  const prefix = '%m [%p] %q%u@%d ';
  it('stderr with the reference prefix: pgaudit CSV payload, normalized fields', () => {
    const { events, stats } = parse(
      [
        '2025-06-15 13:00:01.123 UTC [4123] app@prod FATAL:  password authentication failed for user "app"',
        '2025-06-15 13:00:01.123 UTC [4123] app@prod DETAIL:  Connection matched pg_hba.conf line 91: "host all all 0.0.0.0/0 scram-sha-256"',
        '2025-06-15 13:02:10.456 UTC [4177] mallory@prod LOG:  AUDIT: SESSION,5,1,ROLE,GRANT ROLE,,,GRANT pg_read_all_data TO eve,<not logged>',
        '2025-06-15 13:02:11.000 UTC [900] LOG:  received SIGHUP, reloading configuration files'
      ].join('\n'),
      { pgPrefix: prefix }
    );
    expect(stats.malformedCount).toBe(0);
    expect(events.map(norm)).toEqual([
      {
        time: '2025-06-15T13:00:01.123Z',
        product: 'postgresql',
        format: 'pg-stderr',
        node: undefined,
        channel: undefined,
        eventType: 'authentication_failed',
        user: 'app',
        sourceIp: undefined,
        statement: undefined,
        tag: undefined,
        object: undefined,
        outcome: 'failure',
        line: 1
      },
      {
        time: '2025-06-15T13:02:10.456Z',
        product: 'postgresql',
        format: 'pg-stderr',
        node: undefined,
        channel: 'ROLE',
        eventType: 'GRANT ROLE',
        user: 'mallory',
        sourceIp: undefined,
        statement: 'GRANT pg_read_all_data TO eve',
        tag: 'GRANT ROLE',
        object: undefined,
        outcome: undefined,
        line: 3
      },
      {
        time: '2025-06-15T13:02:11.000Z',
        product: 'postgresql',
        format: 'pg-stderr',
        node: undefined,
        channel: undefined,
        eventType: 'config_reload',
        user: undefined,
        sourceIp: undefined,
        statement: undefined,
        tag: undefined,
        object: undefined,
        outcome: undefined,
        line: 4
      }
    ]);
    expect(events[0].fields.detail).toBe(
      'Connection matched pg_hba.conf line 91: "host all all 0.0.0.0/0 scram-sha-256"'
    );
    expect(events[0].fields.pid).toBe(4123);
    expect(events[1].fields.audit).toEqual({
      type: 'SESSION',
      statement_id: '5',
      substatement_id: '1',
      class: 'ROLE',
      command: 'GRANT ROLE',
      object_type: '',
      object_name: '',
      statement: 'GRANT pg_read_all_data TO eve',
      parameter: '<not logged>'
    });
  });

  it('stderr: %r host(port), %e, tab-indented continuation lines, a line without the prefix is malformed', () => {
    const { events, stats } = parse(
      [
        '2025-06-15 13:00:01 UTC [4123] 28P01 ghost@prod 10.0.0.9(50432) FATAL:  password authentication failed for user "ghost"',
        '2025-06-15 13:00:01 UTC [4123] 28P01 ghost@prod 10.0.0.9(50432) DETAIL:  Role "ghost" does not exist.',
        '\tConnection matched pg_hba.conf line 91: "host all all 0.0.0.0/0 scram-sha-256"',
        'garbage'
      ].join('\n'),
      { pgPrefix: '%t [%p] %e %u@%d %r ' }
    );
    expect(events).toHaveLength(1);
    expect(events[0].fields).toMatchObject({
      state_code: '28P01',
      remote_host: '10.0.0.9',
      remote_port: 50432
    });
    expect(events[0].fields.detail).toBe(
      'Role "ghost" does not exist.\nConnection matched pg_hba.conf line 91: "host all all 0.0.0.0/0 scram-sha-256"'
    );
    expect(events[0].sourceIp).toBe('10.0.0.9');
    expect(stats.malformed).toEqual([
      { file: 't.log', line: 4, reason: 'does not start with the log_line_prefix' }
    ]);
  });

  it('a time zone other than UTC or an offset is reported, not guessed', () => {
    const { events, stats } = parse('2025-06-15 13:00:01.123 CEST [1] LOG:  checkpoint starting: time');
    expect(events).toHaveLength(0);
    expect(stats.malformed[0].reason).toBe(
      'time "2025-06-15 13:00:01.123 CEST" not understood (set log_timezone = \'UTC\')'
    );
    const ok = parse('2025-06-15 13:00:01.123 +02 [1] LOG:  checkpoint starting: time');
    expect(new Date(ok.events[0].time).toISOString()).toBe('2025-06-15T11:00:01.123Z');
  });

  it('log_line_prefix: unknown escapes are refused', () => {
    expect(() => compilePrefix('%m %Z ')).toThrow('log_line_prefix "%m %Z " has an unknown escape %Z');
    expect(compilePrefix('%m [%p] %q%u@%d/%a ').keys).toEqual([
      'timestamp',
      'pid',
      'user',
      'dbname',
      'application_name'
    ]);
  });

  it('csvlog: quoted fields with commas and doubled quotes, records across lines, connection_from split', () => {
    const rec =
      '2026-12-01 22:06:21.753 UTC,"postgres","postgres",25228,"10.0.0.7:5432",6b0f44dd.628c,3,"CREATE TABLE",2026-12-01 22:06:21 UTC,3/4,734,LOG,00000,"AUDIT: SESSION,1,1,DDL,CREATE TABLE,,,""CREATE TABLE v(a int,\n """"b,c"""" text)"",<not logged>",,,,,,,,,"psql","client backend",,0';
    expect(sniffFormat(rec.split('\n')[0])).toBe('pg-csvlog');
    const { events, stats } = parse(rec);
    expect(stats.malformedCount).toBe(0);
    expect(events[0].statement).toBe('CREATE TABLE v(a int,\n "b,c" text)');
    expect(events[0].fields).toMatchObject({
      remote_host: '10.0.0.7',
      remote_port: 5432,
      application_name: 'psql',
      pid: 25228
    });
  });

  it('jsonlog: unknown keys are kept, DETAIL is a field', () => {
    const line =
      '{"timestamp":"2025-06-15 13:00:01.123 UTC","user":"ghost","dbname":"prod","pid":7,"remote_host":"203.0.113.5","error_severity":"FATAL","state_code":"28P01","message":"password authentication failed for user \\"ghost\\"","detail":"Role \\"ghost\\" does not exist.","future_key":1}';
    expect(sniffFormat(line)).toBe('pg-jsonlog');
    const { events } = parse(line);
    expect(norm(events[0])).toMatchObject({
      eventType: 'authentication_failed',
      user: 'ghost',
      sourceIp: '203.0.113.5',
      outcome: 'failure'
    });
    expect(events[0].fields.future_key).toBe(1);
  });

  it('passwords that log_statement writes in clear are masked everywhere', () => {
    const { events } = parse(
      "2025-06-15 13:00:01.123 UTC [1] admin@prod LOG:  statement: CREATE ROLE eve LOGIN PASSWORD 's3cr3t,x' VALID UNTIL 'infinity'",
      { pgPrefix: prefix }
    );
    expect(events[0].statement).toBe("CREATE ROLE eve LOGIN PASSWORD ***** VALID UNTIL 'infinity'");
    expect(events[0].fields.message).toBe(
      "statement: CREATE ROLE eve LOGIN PASSWORD ***** VALID UNTIL 'infinity'"
    );
    expect(JSON.stringify(events[0])).not.toContain('s3cr3t');
    expect(maskPasswords("ALTER USER x WITH ENCRYPTED PASSWORD $pw$a'b$pw$")).toBe(
      'ALTER USER x WITH ENCRYPTED PASSWORD *****'
    );
    expect(maskPasswords('CREATE USER bob PASSWORD "hunter2"')).toBe('CREATE USER bob PASSWORD *****');
    expect(maskPasswords('CREATE ROLE x PASSWORD NULL')).toBe('CREATE ROLE x PASSWORD NULL');
    expect(maskPasswords('CREATE USER r PASSWORD <REDACTED>')).toBe('CREATE USER r PASSWORD <REDACTED>');
  });
});

describe('Couchbase', () => {
  it('audit.log: ns_server (source) and n1ql (domain) shapes, the docs samples', () => {
    const { events } = parse(
      [
        '{"real_userid":{"source":"rejected","user":"auditBucketUser"},"remote":{"ip":"127.0.0.1","port":64416},"timestamp":"2017-03-16T15:45:27.420Z","id":8193,"name":"login failure","description":"Unsuccessful attempt to login to couchbase cluster"}',
        '{"id":28678,"name":"DELETE statement","timestamp":"2025-06-15T13:05:00.000+02:00","real_userid":{"domain":"local","user":"etl"},"remote":{"ip":"10.0.0.9","port":53122},"statement":"DELETE FROM `orders` WHERE year < 2024","node":"10.0.0.2:8091","status":"success","metrics":{"mutationCount":48211}}'
      ].join('\n')
    );
    expect(events.map(norm)).toEqual([
      expect.objectContaining({
        time: '2017-03-16T15:45:27.420Z',
        channel: 'ns_server',
        eventType: 'login failure',
        user: 'auditBucketUser',
        sourceIp: '127.0.0.1',
        outcome: 'failure'
      }),
      expect.objectContaining({
        time: '2025-06-15T11:05:00.000Z',
        channel: 'n1ql',
        eventType: 'DELETE statement',
        user: 'etl',
        node: '10.0.0.2:8091',
        statement: 'DELETE FROM `orders` WHERE year < 2024',
        outcome: 'success'
      })
    ]);
    expect(fieldValue(events[1], 'metrics.mutationCount')).toBe(48211);
  });
});

describe('files', () => {
  it('gzip is read directly; several files are merged in timestamp order; since/until filter', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-logs-'));
    const a = path.join(dir, 'a.log.gz');
    const b = path.join(dir, 'b.ndjson');
    const line = (t: number, u: string) =>
      JSON.stringify({
        channel: 'SESSIONS',
        timestamp: `${t}.0`,
        event: { EventType: 'client_authentication_ok', User: u }
      });
    writeFileSync(
      a,
      gzipSync([line(1717000000, 'a1'), line(1717000020, 'a2'), line(1717000040, 'a3')].join('\n'))
    );
    writeFileSync(b, [line(1717000010, 'b1'), line(1717000030, 'b2'), '{oops'].join('\n') + '\n');
    const seen: string[] = [];
    const stats = await readLogs([a, b], e => seen.push(e.user!));
    expect(seen).toEqual(['a1', 'b1', 'a2', 'b2', 'a3']);
    expect(stats.formats).toEqual({ [a]: 'crdb-json', [b]: 'crdb-json' });
    expect(stats.malformed).toEqual([{ file: b, line: 3, reason: 'not a JSON object' }]);
    const windowed: string[] = [];
    await readLogs([a, b], e => windowed.push(e.user!), { since: 1717000010000, until: 1717000030000 });
    expect(windowed).toEqual(['b1', 'a2', 'b2']);
  });
});
