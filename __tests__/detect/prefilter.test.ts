import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readLogs } from '../../src/detect/read.js';
import { Replay } from '../../src/detect/replay.js';
import { prefilters, typePlans } from '../../src/detect/rules/literals.js';
import { loadRules } from '../../src/detect/rules/load.js';

describe('the line prefilter', () => {
  it('derives literals from the built-in pack: CockroachDB and Couchbase are prefiltered, PostgreSQL is not', async () => {
    const set = await loadRules(['detections']);
    const p = prefilters(set.rules);
    expect(p.get('postgresql')).toBeUndefined();
    const crdb = p.get('cockroachdb')!.source.split('|').sort();
    expect(crdb).toContain('grant_role');
    // The audit-trail-gap building block reads every SESSIONS event: client_ covers the login rules.
    expect(crdb).toContain('client_');
    expect(crdb).not.toContain('client_authentication_failed');
    expect(crdb).toContain('experimental_audit');
    expect(crdb).not.toContain('query_execute');
    expect(p.get('couchbase')!.flags).toBe('gi');
  });

  it('plans per CockroachDB event type: parse, skip, or the literals of the rules that can match it', async () => {
    const set = await loadRules(['detections']);
    const plan = typePlans(set.rules)!;
    const sources = (p: ReturnType<typeof plan>) =>
      typeof p === 'string' ? p : p.map(re => `${re.source}/${re.flags}`);
    // Statements: only the rules that read a statement's tag or text, in pairs V8 searches fast.
    expect(sources(plan('query_execute'))).toEqual(['delete|schedule/gi', 'experimental_audit/gi']);
    // Every session event feeds the audit-trail-gap building block.
    expect(plan('client_session_end')).toBe('parse');
    expect(plan('client_authentication_ok')).toBe('parse');
    // Rules match case-insensitively, so plans must too.
    expect(plan('GRANT_ROLE')).toBe('parse');
    // A type no rule names: only the rules that name no type can match it.
    expect(sources(plan('create_table'))).toEqual(['schedule|experimental_audit/gi']);
    expect(plan('query_execute')).toBe(plan('query_execute'));
    expect(
      typePlans(set.rules.filter(r => r.kind === 'detection' && r.doc.logsource.product !== 'cockroachdb'))
    ).toBeUndefined();
  });

  it('a prefiltered replay finds exactly what a full one finds, and still reports malformed lines', async () => {
    const set = await loadRules(['detections']);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-prefilter-'));
    const file = path.join(dir, 'mixed.ndjson');
    const lines = readFileSync('detections/fixtures/cockroachdb/spray.ndjson', 'utf8').trim().split('\n');
    const noise = (t: number) =>
      JSON.stringify({
        channel: 'SQL_EXEC',
        timestamp: `${t}.0`,
        event: { EventType: 'query_execute', Statement: 'SELECT 1', User: 'app', Tag: 'SELECT' }
      });
    const body = [
      noise(1716999990),
      ...lines.slice(0, 5),
      'garbage line',
      noise(1717000100),
      ...lines.slice(5),
      '  ',
      'GRANT_ROLE {oops'
    ];
    body.push(
      JSON.stringify({
        channel: 'USER_ADMIN',
        timestamp: '1717000400.0',
        event: { EventType: 'GRANT_ROLE', User: 'x', GranteeRoles: ['ADMIN'], Members: ['y'] }
      })
    );
    writeFileSync(file, `${body.join('\r\n')}\r\n`);
    const run = async (prefilter: boolean) => {
      const replay = new Replay(set.rules);
      const stats = await readLogs(
        [file],
        e => replay.push(e),
        prefilter ? { prefilter: prefilters(set.rules) } : {}
      );
      return { ids: replay.detections.map(d => `${d.rule.doc.id}@${d.events.at(-1)!.line}`), stats };
    };
    const full = await run(false);
    const fast = await run(true);
    expect(fast.ids).toEqual(full.ids);
    expect(fast.ids).toEqual(['crdb-password-spray@13', 'crdb-admin-granted@16']);
    expect(full.stats.malformed).toEqual([
      { file, line: 7, reason: 'not a JSON object' },
      { file, line: 15, reason: 'not a JSON object' }
    ]);
    expect(fast.stats.malformed).toEqual(full.stats.malformed);
    expect(fast.stats.skipped).toBe(2);
    expect(fast.stats.events + fast.stats.skipped).toBe(full.stats.events);
  });
});

describe('event-type dispatch', () => {
  it('the candidate rules of every fixture and goodlog event include every rule that matches it', async () => {
    const { RuleDispatch, ruleFieldValues } = await import('../../src/detect/rules/dispatch.js');
    const { EventCollector, emptyStats } = await import('../../src/detect/read.js');
    const { stringLines } = await import('../../src/detect/lines.js');
    const { readdirSync, statSync } = await import('node:fs');
    const set = await loadRules(['detections']);
    const detections = set.rules.flatMap(r => (r.kind === 'detection' ? [r] : []));
    const grant = detections.find(r => r.doc.id === 'crdb-admin-granted')!;
    expect([...ruleFieldValues(grant, 'EventType')!]).toEqual(['grant_role']);
    const walk = (d: string): string[] =>
      readdirSync(d).flatMap(n =>
        statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)) : [path.join(d, n)]
      );
    const files = [...walk('detections/fixtures'), ...walk('detections/goodlog')].filter(
      f => !f.endsWith('.yml')
    );
    let events = 0;
    let pruned = 0;
    for (const file of files) {
      const c = new EventCollector(file, {}, emptyStats());
      const text = file.endsWith('.gz') ? '' : readFileSync(file, 'utf8');
      for (const [l, n] of stringLines(text)) c.feed(l, n);
      c.end();
      for (const e of c.take()) {
        const all = detections.filter(r => r.doc.logsource.product === e.product);
        const d = new RuleDispatch(all);
        const candidates = d.candidates(e);
        expect(all.filter(r => r.match(e)).map(r => r.doc.id)).toEqual(
          candidates.filter(r => r.match(e)).map(r => r.doc.id)
        );
        events++;
        pruned += all.length - candidates.length;
      }
    }
    expect(events).toBeGreaterThan(200);
    // The dispatch does prune: most rules are not evaluated for most events.
    expect(pruned / events).toBeGreaterThan(5);
  });

  it('a rule whose type is negated, wildcarded, null or modified is always a candidate', async () => {
    const { ruleFieldValues } = await import('../../src/detect/rules/dispatch.js');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-dispatch-'));
    const rule = (id: string, detection: string) =>
      `title: t\nid: ${id}\nstatus: test\nseverity: low\nowner: x\nlogsource: {product: cockroachdb}\ndetection:\n${detection}`;
    writeFileSync(
      path.join(dir, 'r.yml'),
      [
        rule('d-not', '  a: {EventType: grant_role}\n  condition: not a\n'),
        rule('d-wild', "  a: {EventType: 'grant_*'}\n  condition: a\n"),
        rule('d-null', '  a: {EventType: null}\n  condition: a\n'),
        rule('d-mod', '  a: {EventType|startswith: grant}\n  condition: a\n'),
        rule('d-or', '  a: {EventType: grant_role}\n  b: {User: x}\n  condition: a or b\n'),
        rule(
          'd-and',
          '  a: {EventType: [grant_role, drop_role]}\n  b: {EventType: GRANT_ROLE}\n  condition: a and b\n'
        )
      ].join('---\n')
    );
    const set = await loadRules([dir]);
    expect(set.errors).toEqual([]);
    const values = Object.fromEntries(
      set.rules.map(r => [r.doc.id, r.kind === 'detection' ? ruleFieldValues(r, 'EventType') : null])
    );
    expect(values).toEqual({
      'd-not': undefined,
      'd-wild': undefined,
      'd-null': undefined,
      'd-mod': undefined,
      'd-or': undefined,
      'd-and': new Set(['grant_role'])
    });
  });
});

describe('the prefiltered (fast) path against the full path', () => {
  // Everything a detection says, so that any difference between the paths shows.
  // full: every line parsed; literals: the untyped prefilter; typed: CockroachDB lines by type too.
  const run = async (files: string[], mode: boolean | 'literals' | 'typed') => {
    const set = await loadRules(['detections']);
    const replay = new Replay(set.rules);
    const prefilter = mode === true || mode === 'typed' || mode === 'literals';
    const stats = await readLogs(
      files,
      e => replay.push(e),
      prefilter
        ? {
            prefilter: prefilters(set.rules),
            ...(mode === 'literals' ? {} : { typePlans: typePlans(set.rules) })
          }
        : {}
    );
    return {
      detections: replay.detections.map(d => ({
        rule: d.rule.doc.id,
        time: d.time,
        first: d.first,
        group: d.group,
        count: d.eventCount,
        events: d.events.map(e => `${e.file}:${e.line}`)
      })),
      entries: stats.events + stats.skipped,
      malformed: stats.malformed,
      formats: stats.formats
    };
  };
  const logs = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap(e =>
      e.isDirectory()
        ? logs(path.join(dir, e.name))
        : /\.(log|ndjson|json|csv)$/.test(e.name)
          ? [path.join(dir, e.name)]
          : []
    );

  it('gives identical detections over every fixture and goodlog file, file by file', async () => {
    const files = [...logs('detections/fixtures'), ...logs('detections/goodlog')];
    expect(files.length).toBeGreaterThanOrEqual(19);
    let detections = 0;
    for (const f of files) {
      const full = await run([f], false);
      expect({ f, ...(await run([f], 'literals')) }).toEqual({ f, ...full });
      expect({ f, ...(await run([f], 'typed')) }).toEqual({ f, ...full });
      detections += full.detections.length;
    }
    // The fixtures hold attacks: a comparison of two empty lists would prove nothing.
    expect(detections).toBeGreaterThan(10);
  });

  it('gives identical detections over a generated mixed log (attacks, case-changed copies, noise, gaps)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-fastpath-'));
    const fixtures = logs('detections/fixtures/cockroachdb').filter(f => f.endsWith('.ndjson'));
    const entries = fixtures.flatMap(f =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter(l => l.trim() !== '')
    );
    const out: string[] = [];
    let n = 0;
    for (const line of entries) {
      out.push(line);
      // A case-changed copy (rules match case-insensitively, so the prefilter must too).
      if (n % 3 === 0)
        out.push(
          line.replace(/"EventType":"([a-z_]+)"/, (_, t: string) => `"EventType":"${t.toUpperCase()}"`)
        );
      const t = 1717000000 + n * 7;
      out.push(
        JSON.stringify({
          channel: n % 2 ? 'SQL_EXEC' : 'SESSIONS',
          timestamp: `${t}.0`,
          node_id: 1 + (n % 3),
          event:
            n % 2
              ? {
                  EventType: 'query_execute',
                  Statement: `DELETE FROM t WHERE id = ${n}`,
                  Tag: 'DELETE',
                  User: 'app'
                }
              : { EventType: 'client_session_end', User: 'app' }
        })
      );
      n++;
    }
    out.push(
      'not json at all',
      '{"channel":"OPS","timestamp":"1717999999.0","event":{"EventType":"Grant_Role"'
    );
    // Lines the typed path must leave to the untyped one or decode as UTF-8: spaced JSON, two
    // type keys, a type with an escape, non-ASCII text beside redaction markers.
    const grant = { EventType: 'grant_role', User: 'mallory', GranteeRoles: ['admin'], Members: ['eve'] };
    out.push(
      JSON.stringify({ channel: 'USER_ADMIN', timestamp: '1718000001.0', event: grant }, null, 1).replace(
        /\n/g,
        ' '
      ),
      `{"channel":"USER_ADMIN","timestamp":"1718000002.0","tags":{"EventType":"query_execute"},"event":${JSON.stringify(grant)}}`,
      `{"channel":"USER_ADMIN","timestamp":"1718000003.0","event":{"EventType":"grant\\u005frole","User":"x","GranteeRoles":["admin"],"Members":["y"]}}`,
      `{"channel":"USER_ADMIN","timestamp":"1718000004.0","event":{"EventType":"grant_role","User":"‹josé›","GranteeRoles":["‹admin›"],"Members":["‹zoë›"]}}`,
      `{"channel":"SQL_EXEC","timestamp":"1718000005.0","event":{"EventType":"query_execute","Tag":"DELETE","NumRows":20000,"Statement":"DELETE FROM ‹café› WHERE ‹x›","User":"‹app›"}}`
    );
    const file = path.join(dir, 'mixed.ndjson');
    writeFileSync(file, `${out.join('\n')}\n`);
    const full = await run([file], false);
    expect(await run([file], 'literals')).toEqual(full);
    expect(await run([file], 'typed')).toEqual(full);
    expect(full.detections.map(d => d.rule)).toEqual([
      'crdb-password-spray',
      'crdb-audit-logging-reduced',
      'crdb-grant-then-setting',
      'crdb-audit-logging-reduced',
      'crdb-audit-logging-reduced',
      'crdb-admin-granted',
      'crdb-admin-granted',
      'crdb-admin-granted',
      'crdb-admin-granted',
      'crdb-mass-delete'
    ]);
    expect(full.malformed.length).toBe(2);
  });
});
