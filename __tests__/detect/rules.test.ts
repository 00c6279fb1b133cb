import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AuditEvent } from '../../src/detect/event.js';
import { stringLines } from '../../src/detect/lines.js';
import { EventCollector, emptyStats } from '../../src/detect/read.js';
import { Replay } from '../../src/detect/replay.js';
import { loadRules } from '../../src/detect/rules/load.js';

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-rules-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A CockroachDB json line at second `t` (offset from 1717000000) with the given event fields. */
function crdb(t: number, event: Record<string, unknown>): string {
  return JSON.stringify({ channel: 'SESSIONS', timestamp: `${1717000000 + t}.0`, event });
}

function events(lines: string[]): AuditEvent[] {
  const c = new EventCollector('t', {}, emptyStats());
  for (const [l, n] of stringLines(lines.join('\n'))) c.feed(l, n);
  c.end();
  return c.take();
}

const META = 'status: test\nseverity: high\nowner: sec\n';

async function fire(yaml: string, lines: string[], id?: string) {
  const set = await loadRules([tmp({ 'r.yml': yaml })]);
  expect(set.errors).toEqual([]);
  const replay = new Replay(set.rules);
  for (const e of events(lines)) replay.push(e);
  return replay.detections.filter(d => !id || d.rule.doc.id === id);
}

function rule(detection: string): string {
  return `title: t\nid: t-rule\n${META}logsource: {product: cockroachdb}\ndetection:\n${detection}`;
}

describe('selections and modifiers', () => {
  const one = async (detection: string, event: Record<string, unknown>) =>
    (await fire(rule(detection), [crdb(0, event)])).length;

  it('plain values are case-insensitive with * and ? wildcards; lists are OR, maps AND', async () => {
    const d = '  s: {EventType: ["grant_*", drop_role], User: MAL?ORY}\n  condition: s\n';
    expect(await one(d, { EventType: 'grant_role', User: 'mallory' })).toBe(1);
    expect(await one(d, { EventType: 'DROP_ROLE', User: 'malLory' })).toBe(1);
    expect(await one(d, { EventType: 'grant_role', User: 'mallor' })).toBe(0);
    expect(await one(d, { EventType: 'create_role', User: 'mallory' })).toBe(0);
  });
  it('contains, startswith, endswith, all, cased', async () => {
    expect(
      await one('  s: {Statement|contains|all: [grant, admin]}\n  condition: s\n', {
        Statement: 'GRANT admin TO eve'
      })
    ).toBe(1);
    expect(
      await one('  s: {Statement|contains|all: [grant, root]}\n  condition: s\n', {
        Statement: 'GRANT admin TO eve'
      })
    ).toBe(0);
    expect(
      await one('  s: {Statement|startswith: grant}\n  condition: s\n', { Statement: 'GRANT admin TO eve' })
    ).toBe(1);
    expect(
      await one('  s: {Statement|endswith: " to eve"}\n  condition: s\n', { Statement: 'GRANT admin TO eve' })
    ).toBe(1);
    expect(
      await one('  s: {Statement|contains|cased: grant}\n  condition: s\n', {
        Statement: 'GRANT admin TO eve'
      })
    ).toBe(0);
  });
  it('re (case-sensitive unless i), cidr (IPv4, IPv6, v4-mapped), gt/gte/lt/lte at both edges, exists, null', async () => {
    expect(await one("  s: {Statement|re: '^GRANT\\s'}\n  condition: s\n", { Statement: 'grant x' })).toBe(0);
    expect(await one("  s: {Statement|re|i: '^GRANT\\s'}\n  condition: s\n", { Statement: 'grant x' })).toBe(
      1
    );
    const cidr = '  s: {db.source_ip|cidr: [10.0.0.0/8, "fd00::/8"]}\n  condition: s\n';
    expect(await one(cidr, { RemoteAddress: '10.255.255.255:1' })).toBe(1);
    expect(await one(cidr, { RemoteAddress: '11.0.0.0:1' })).toBe(0);
    expect(await one(cidr, { RemoteAddress: '[fd12::1]:5' })).toBe(1);
    expect(await one(cidr, { RemoteAddress: '[::ffff:10.1.2.3]:5' })).toBe(1);
    expect(await one(cidr, { RemoteAddress: 'not-an-ip' })).toBe(0);
    expect(await one('  s: {NumRows|gte: 10000}\n  condition: s\n', { NumRows: 10000 })).toBe(1);
    expect(await one('  s: {NumRows|gte: 10000}\n  condition: s\n', { NumRows: 9999 })).toBe(0);
    expect(await one('  s: {NumRows|gt: 10000}\n  condition: s\n', { NumRows: 10000 })).toBe(0);
    expect(await one('  s: {NumRows|lt: 5}\n  condition: s\n', { NumRows: 4 })).toBe(1);
    expect(await one('  s: {NumRows|lte: 5}\n  condition: s\n', { NumRows: 6 })).toBe(0);
    expect(await one('  s: {NumRows|gte: 1}\n  condition: s\n', { NumRows: 'many' })).toBe(0);
    expect(await one('  s: {ErrorText|exists: true}\n  condition: s\n', { ErrorText: 'x' })).toBe(1);
    expect(await one('  s: {ErrorText|exists: false}\n  condition: s\n', { ErrorText: 'x' })).toBe(0);
    expect(await one('  s: {ErrorText: null, EventType: x}\n  condition: s\n', { EventType: 'x' })).toBe(1);
  });
  it('list fields match on any element; nested paths and db.* fields', async () => {
    expect(
      await one('  s: {GranteeRoles: admin}\n  condition: s\n', { GranteeRoles: ['app', 'admin'] })
    ).toBe(1);
    expect(
      await one('  s: {GranteeRoles: admin}\n  condition: s\n', { GranteeRoles: ['administrators'] })
    ).toBe(0);
    expect(
      await one('  s: {envelope.channel: sessions, db.event_type: x}\n  condition: s\n', { EventType: 'x' })
    ).toBe(1);
  });
  it('conditions: not, and/or precedence, parentheses, 1 of / all of patterns, them', async () => {
    const base = '  sel_a: {EventType: a}\n  sel_b: {User: b}\n  other: {Tag: c}\n';
    const ev = { EventType: 'a', User: 'b', Tag: 'x' };
    expect(await one(`${base}  condition: all of sel_*\n`, ev)).toBe(1);
    expect(await one(`${base}  condition: all of them\n`, ev)).toBe(0);
    expect(await one(`${base}  condition: 1 of them\n`, ev)).toBe(1);
    expect(await one(`${base}  condition: other or sel_a and not sel_b\n`, ev)).toBe(0);
    expect(await one(`${base}  condition: (other or sel_a) and not other\n`, ev)).toBe(1);
    expect(await one(`${base}  condition: [other, sel_b]\n`, ev)).toBe(1);
  });
});

describe('rule files that do not load', () => {
  async function errors(files: Record<string, string>) {
    const dir = tmp(files);
    const set = await loadRules([dir], dir);
    return set.errors;
  }
  const good = (id: string) =>
    rule('  s: {EventType: a}\n  condition: s\n').replace('id: t-rule', `id: ${id}`);

  it('an unknown key names the file, the rule and the key', async () => {
    expect(await errors({ 'a.yml': `${good('r-one')}\nseverty: high\n` })).toEqual([
      { file: 'a.yml', line: 1, rule: 'r-one', message: 'unknown key "severty" at top level' }
    ]);
    expect(
      await errors({
        'a.yml': good('r-one').replace(
          'logsource: {product: cockroachdb}',
          'logsource: {product: cockroachdb, servce: x}'
        )
      })
    ).toEqual([{ file: 'a.yml', line: 1, rule: 'r-one', message: 'unknown key "servce" at logsource' }]);
    expect(
      (
        await errors({
          'a.yml': good('r-one').replace(
            'owner: sec',
            'owner: sec\ntests: [{name: x, expect: match, log: "{}", fixtur: f}]'
          )
        })
      )[0].message
    ).toBe('unknown key "fixtur" at tests.0');
  });
  it('duplicate ids (with the first place), bad product, bad modifier, bad regex, bad CIDR, unknown selection', async () => {
    expect(
      await errors({ 'a.yml': good('r-one'), 'b/c.yml': `${good('r-two')}\n---\n${good('r-one')}` })
    ).toEqual([
      {
        file: path.join('b', 'c.yml'),
        line: 12,
        rule: 'r-one',
        message: 'duplicate id: also used at a.yml:1'
      }
    ]);
    expect((await errors({ 'a.yml': good('r-one').replace('cockroachdb', 'mysql') }))[0].message).toMatch(
      /^logsource\.product: /
    );
    expect(
      (await errors({ 'a.yml': good('r-one').replace('EventType:', 'EventType|containz:') }))[0].message
    ).toBe('detection.s: "EventType|containz": unknown modifier "containz"');
    expect(
      (await errors({ 'a.yml': good('r-one').replace('EventType: a', "EventType|re: '(x'") }))[0].message
    ).toMatch(/^detection\.s: "EventType\|re": "\(x" is not a valid regular expression/);
    expect(
      (await errors({ 'a.yml': good('r-one').replace('EventType: a', 'db.source_ip|cidr: 10.0.0.0/33') }))[0]
        .message
    ).toBe('detection.s: "db.source_ip|cidr": "10.0.0.0/33" is not a CIDR range');
    expect(
      (await errors({ 'a.yml': good('r-one').replace('condition: s', 'condition: s and t') }))[0].message
    ).toBe('detection.condition "s and t": "t" is not a selection of this rule');
    expect(
      (await errors({ 'a.yml': good('r-one').replace('condition: s', 'condition: s | count() > 5') }))[0]
        .message
    ).toBe('detection.condition "s | count() > 5": aggregation "|" is not supported: use a correlation rule');
  });
  it('correlations: unknown rule, cycles, streaming-only conditions, value_count without a field', async () => {
    const corr = (id: string, body: string) => `title: c\nid: ${id}\n${META}correlation:\n${body}`;
    expect(
      (
        await errors({
          'a.yml': corr(
            'c-one',
            '  type: event_count\n  rules: [nope]\n  group-by: [User]\n  timespan: 1m\n  condition: {gte: 2}\n'
          )
        })
      )[0].message
    ).toBe('correlation.rules: no rule has id or name "nope"');
    const cyc = await errors({
      'a.yml': `${corr('c-one', '  type: event_count\n  rules: [c-two]\n  group-by: [User]\n  timespan: 1m\n  condition: {gte: 2}\n')}---\n${corr('c-two', '  type: event_count\n  rules: [c-one]\n  group-by: [User]\n  timespan: 1m\n  condition: {gte: 2}\n')}`
    });
    expect(cyc.map(e => e.message)).toContain('correlation cycle: c-one -> c-two -> c-one');
    expect(
      (
        await errors({
          'a.yml': `${good('r-one')}\n---\n${corr('c-one', '  type: event_count\n  rules: [r-one]\n  group-by: [User]\n  timespan: 1m\n  condition: {lt: 2}\n')}`
        })
      )[0].message
    ).toBe('unknown key "lt" at correlation.condition');
    expect(
      (
        await errors({
          'a.yml': `${good('r-one')}\n---\n${corr('c-one', '  type: value_count\n  rules: [r-one]\n  group-by: [User]\n  timespan: 1m\n  condition: {gte: 2}\n')}`
        })
      )[0].message
    ).toBe('correlation.condition.field: value_count counts the distinct values of a field; name it');
    expect(
      (
        await errors({
          'a.yml': `${good('r-one')}\n---\n${corr('c-one', '  type: event_count\n  rules: [r-one]\n  group-by: [User]\n  timespan: 1w\n  condition: {gte: 2}\n')}`
        })
      )[0].message
    ).toBe('correlation.timespan: a timespan is a number and s, m, h or d (e.g. 5m)');
  });
  it('YAML syntax errors carry their line', async () => {
    const e = await errors({ 'a.yml': `${good('r-one')}\n  bad: [unclosed\n` });
    expect(e).toHaveLength(1);
    expect(e[0].file).toBe('a.yml');
    expect(e[0].message).toMatch(/^YAML: /);
  });
});

describe('correlations replayed in time order', () => {
  const base = `title: f\nid: failed\n${META}logsource: {product: cockroachdb}\ndetection:\n  s: {EventType: client_authentication_failed}\n  condition: s\n`;
  const ok = `title: o\nid: login-ok\n${META}logsource: {product: cockroachdb}\ndetection:\n  s: {EventType: client_authentication_ok}\n  condition: s\n`;
  const fail = (t: number, user = 'roach', addr = '1.2.3.4:5') =>
    crdb(t, { EventType: 'client_authentication_failed', User: user, RemoteAddress: addr });

  it('event_count: 5 in 60 s fires (inclusive edge), 5 in 60.001 s does not; one detection per window', async () => {
    const c = `${base}---\ntitle: b\nid: brute\n${META}correlation:\n  type: event_count\n  rules: [failed]\n  group-by: [db.user]\n  timespan: 1m\n  condition: {gte: 5}\n`;
    expect(
      await fire(
        c,
        [0, 15, 30, 45, 60].map(t => fail(t)),
        'brute'
      )
    ).toHaveLength(1);
    const late = [0, 15, 30, 45]
      .map(t => fail(t))
      .concat(
        JSON.stringify({
          channel: 'SESSIONS',
          timestamp: '1717000060.001',
          event: { EventType: 'client_authentication_failed', User: 'roach' }
        })
      );
    expect(await fire(c, late, 'brute')).toHaveLength(0);
    const ten = await fire(
      c,
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(t => fail(t)),
      'brute'
    );
    expect(ten.map(d => [d.eventCount, d.group])).toEqual([
      [5, { 'db.user': 'roach' }],
      [5, { 'db.user': 'roach' }]
    ]);
    expect(await fire(c, [0, 1, 2, 3].map(t => fail(t)).concat(fail(4, 'other')), 'brute')).toHaveLength(0);
    // gt: 4 is the same threshold as gte: 5.
    expect(
      await fire(
        c.replace('{gte: 5}', '{gt: 4}'),
        [0, 15, 30, 45, 60].map(t => fail(t)),
        'brute'
      )
    ).toHaveLength(1);
  });

  it('value_count: 3 distinct users from one address fires; the same user thrice does not', async () => {
    const c = `${base}---\ntitle: s\nid: spray\n${META}correlation:\n  type: value_count\n  rules: [failed]\n  group-by: [db.source_ip]\n  timespan: 10m\n  condition: {gte: 3, field: db.user}\n`;
    const d = await fire(c, [fail(0, 'a'), fail(10, 'b'), fail(20, 'a'), fail(30, 'c')], 'spray');
    expect(d.map(x => [x.group, x.eventCount])).toEqual([[{ 'db.source_ip': '1.2.3.4' }, 4]]);
    expect(await fire(c, [fail(0, 'a'), fail(10, 'a'), fail(20, 'a')], 'spray')).toHaveLength(0);
    expect(await fire(c, [fail(0, 'a'), fail(10, 'b'), fail(20, 'c', '9.9.9.9:1')], 'spray')).toHaveLength(0);
  });

  it('temporal (any order) and temporal_ordered (order matters), chained on a correlation with generate', async () => {
    const c = `${base}---\n${ok}---\ntitle: b\nid: brute\n${META}correlation:\n  type: event_count\n  rules: [failed]\n  group-by: [db.user]\n  timespan: 1m\n  condition: {gte: 2}\n---\ntitle: s\nid: after\n${META}correlation:\n  type: temporal_ordered\n  rules: [brute, login-ok]\n  group-by: [db.user]\n  timespan: 10m\n  generate: [brute]\n`;
    const okAt = (t: number, user = 'roach') =>
      crdb(t, { EventType: 'client_authentication_ok', User: user });
    const d = await fire(c, [fail(0), fail(10), okAt(100)]);
    expect(d.map(x => x.rule.doc.id)).toEqual(['brute', 'after']);
    expect(d[1].eventCount).toBe(3);
    expect(d[1].events.map(e => e.eventType)).toEqual([
      'client_authentication_failed',
      'client_authentication_failed',
      'client_authentication_ok'
    ]);
    expect((await fire(c, [okAt(0), fail(10), fail(20)])).map(x => x.rule.doc.id)).toEqual(['brute']);
    expect((await fire(c, [fail(0), fail(10), okAt(611)])).map(x => x.rule.doc.id)).toEqual(['brute']);
    expect((await fire(c, [fail(0), fail(10), okAt(100, 'someone-else')])).map(x => x.rule.doc.id)).toEqual([
      'brute'
    ]);
    const anyOrder = c
      .replace('type: temporal_ordered', 'type: temporal')
      .replace('generate: [brute]', 'generate: false');
    expect((await fire(anyOrder, [okAt(0), fail(10), fail(20)])).map(x => x.rule.doc.id)).toEqual(['after']);
  });

  it("gap: a key silent past the window while others log fires once per silence; a hole in one key's sequence fires; the window is inclusive", async () => {
    const c = `${ok}---\ntitle: g\nid: gap\n${META}correlation:\n  type: gap\n  rules: [login-ok]\n  group-by: [db.node]\n  timespan: 10m\n`;
    const at = (t: number, node: number) =>
      JSON.stringify({
        channel: 'SESSIONS',
        node_id: node,
        timestamp: `${1717000000 + t}.0`,
        event: { EventType: 'client_authentication_ok', User: 'app' }
      });
    // Node 2 logs at 0 and then only at 1500 s; node 1 logs every 100 s throughout.
    const lines = Array.from({ length: 20 }, (_, i) => at(i * 100, 1));
    lines.push(at(0, 2), at(1500, 2));
    const d = await fire(
      c,
      lines.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp)),
      'gap'
    );
    // Seen at 700 s (node 1's event, 700 > 600); not again when node 2 resumes at 1500 s.
    expect(
      d.map(x => [x.group, new Date(x.first).toISOString(), new Date(x.time).toISOString(), x.eventCount])
    ).toEqual([[{ 'db.node': '2' }, '2024-05-29T16:26:40.000Z', '2024-05-29T16:38:20.000Z', 2]]);
    // Exactly 600 s of silence is within the window; 601 s in one key's own sequence is a gap.
    expect(await fire(c, [at(0, 1), at(600, 1)], 'gap')).toHaveLength(0);
    expect((await fire(c, [at(0, 1), at(601, 1)], 'gap')).map(x => x.group)).toEqual([{ 'db.node': '1' }]);
    // A second silence after the node resumed is reported again.
    expect(
      await fire(
        c,
        [at(0, 2), at(0, 1), at(500, 1), at(700, 1), at(800, 2), at(1000, 1), at(1200, 1), at(1500, 1)],
        'gap'
      )
    ).toHaveLength(2);
    // gap takes no threshold.
    const withCondition = await loadRules([
      tmp({ 'r.yml': `${c.replace('timespan: 10m\n', 'timespan: 10m\n  condition: {gte: 2}\n')}` })
    ]);
    expect(withCondition.errors.map(e => e.message)).toEqual([
      'correlation.condition: gap has no threshold (the timespan is the longest silence allowed)'
    ]);
  });

  it('aliases join differing field names, and a list value fans out to one group per element', async () => {
    const c = `title: c\nid: created\nname: created\n${META}logsource: {product: cockroachdb}\ndetection:\n  s: {EventType: create_role}\n  condition: s\n---\ntitle: g\nid: granted\n${META}logsource: {product: cockroachdb}\ndetection:\n  s: {EventType: grant_role, GranteeRoles: admin}\n  condition: s\n---\ntitle: n\nid: new-admin\n${META}correlation:\n  type: temporal_ordered\n  rules: [created, granted]\n  group-by: [role]\n  aliases:\n    role: {created: RoleName, granted: Members}\n  timespan: 5m\n`;
    const d = await fire(c, [
      crdb(0, { EventType: 'create_role', RoleName: 'eve' }),
      crdb(60, { EventType: 'grant_role', GranteeRoles: ['admin'], Members: ['bob', 'eve'] })
    ]);
    expect(d.map(x => [x.rule.doc.id, x.group])).toEqual([['new-admin', { role: 'eve' }]]);
  });
});
