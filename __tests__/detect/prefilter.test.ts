import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readLogs } from '../../src/detect/read.js';
import { Replay } from '../../src/detect/replay.js';
import { prefilters } from '../../src/detect/rules/literals.js';
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
