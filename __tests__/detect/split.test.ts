import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditEvent } from '../../src/detect/event.js';
import { readLogs, type SplitReader, type Timed } from '../../src/detect/read.js';
import { Replay, type DeferredEvent } from '../../src/detect/replay.js';
import { lineFilters } from '../../src/detect/rules/literals.js';
import { loadRules } from '../../src/detect/rules/load.js';
import { scanSegment, segmentContext } from '../../src/detect/segment.js';
import { createParser } from '../../src/detect/parsers/index.js';
import { defaultJobs } from '../../src/detect/jobs.js';
import { runAction } from '../helpers/action-run.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Entry extends Timed {
  rules: Replay['detectionRules'];
  get: (f: string) => unknown;
  event: AuditEvent;
}

/**
 * Replays files through the built-in pack, either in one thread or with the split reader: the
 * same segment code the workers run, called in this thread, with segments of `segmentBytes`.
 */
async function replayAll(
  files: string[],
  segmentBytes?: number,
  opts: { since?: number; until?: number } = {}
) {
  const set = await loadRules([path.join(root, 'detections')]);
  const replay = new Replay(set.rules);
  // Small chunks, so that a small file spans many of them (segments are whole chunks).
  const read = {
    ...lineFilters(set.rules),
    chunkBytes: 256,
    ...opts
  };
  const worker = segmentContext(new Replay(set.rules), read);
  const split: SplitReader | undefined =
    segmentBytes === undefined
      ? undefined
      : {
          minBytes: 0,
          segmentBytes,
          lookahead: 3,
          // A copy, as a message between threads would make.
          run: async task => structuredClone(await scanSegment(task, worker)),
          entry: (recs, values, i, file, format, line) => {
            const deferred: DeferredEvent = {
              time: recs.time[i],
              deferred: () => {
                const text = readFileSync(file)
                  .subarray(recs.offset[i], recs.offset[i] + recs.length[i])
                  .toString('utf8');
                let got: AuditEvent | undefined;
                createParser(format, file, { event: e => (got = e), malformed: () => undefined }, {}).feed(
                  text,
                  line
                );
                return got!;
              }
            };
            const rules = [...recs.rules.subarray(recs.ruleStart[i], recs.ruleStart[i + 1])];
            return {
              time: recs.time[i],
              rules: rules.map(k => replay.detectionRules[k]),
              get: (f: string) => values[i][f],
              event: deferred as unknown as AuditEvent
            } as Entry;
          }
        };
  const stats = await readLogs(
    files,
    e => replay.push(e),
    { ...read, ...(split ? { split } : {}) },
    e => {
      const m = e as Entry;
      replay.pushMatched(m.time, m.rules, m.get, m.event);
    }
  );
  return {
    detections: replay.detections.map(d => ({
      rule: d.rule.doc.id,
      time: d.time,
      first: d.first,
      group: d.group,
      count: d.eventCount,
      events: d.events.map(e => ({ at: `${e.file}:${e.line}`, user: e.user, fields: e.fields }))
    })),
    entries: stats.events + stats.skipped,
    events: stats.events,
    bytes: stats.bytes,
    malformed: stats.malformed,
    malformedCount: stats.malformedCount,
    formats: stats.formats
  };
}

/** The CockroachDB fixtures, interleaved with noise, case-changed copies and broken lines. */
function mixedLog(dir: string): string {
  const fixtures = readdirSync(path.join(root, 'detections/fixtures/cockroachdb'))
    .filter(f => f.endsWith('.ndjson'))
    .map(f => path.join(root, 'detections/fixtures/cockroachdb', f));
  const entries = fixtures.flatMap(f =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter(l => l.trim() !== '')
  );
  const out: string[] = [];
  let n = 0;
  for (const line of entries) {
    out.push(line);
    if (n % 3 === 0)
      out.push(line.replace(/"EventType":"([a-z_]+)"/, (_, t: string) => `"EventType":"${t.toUpperCase()}"`));
    const t = 1717000000 + n * 7;
    for (let k = 0; k < 3; k++)
      out.push(
        JSON.stringify({
          channel: k % 2 ? 'SQL_EXEC' : 'SESSIONS',
          timestamp: `${t}.${k}`,
          node_id: 1 + (n % 3),
          event:
            k % 2
              ? { EventType: 'query_execute', Statement: `SELECT ‹${n}›`, Tag: 'SELECT', User: 'app' }
              : { EventType: 'client_session_end', User: 'app' }
        })
      );
    if (n % 17 === 0) out.push('not json at all', '');
    n++;
  }
  const file = path.join(dir, 'mixed.ndjson');
  // No newline at the end: the last segment must still read its last line.
  writeFileSync(file, out.join('\r\n'));
  return file;
}

describe('the split reader (worker segments) against one thread', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-split-'));
  const mixed = mixedLog(dir);

  it.each([256, 1024, 65536])(
    'gives identical detections, evidence, counts and malformed line numbers with %i-byte segments',
    async bytes => {
      const one = await replayAll([mixed]);
      expect(one.detections.length).toBeGreaterThan(3);
      expect(one.malformedCount).toBeGreaterThan(5);
      expect(await replayAll([mixed], bytes)).toEqual(one);
    }
  );

  it('merges a split file with other files in time order, and applies since/until in the segments', async () => {
    const others = readdirSync(path.join(root, 'detections/fixtures/cockroachdb'))
      .filter(f => f.endsWith('.ndjson'))
      .map(f => path.join(root, 'detections/fixtures/cockroachdb', f));
    const files = [mixed, ...others];
    expect(await replayAll(files, 2048)).toEqual(await replayAll(files));
    const window = { since: 1717000000000 + 7 * 1000 * 20, until: 1717000000000 + 7 * 1000 * 200 };
    const narrowed = await replayAll([mixed], 1024, window);
    expect(narrowed).toEqual(await replayAll([mixed], undefined, window));
    expect(narrowed.events).toBeLessThan((await replayAll([mixed])).events);
  });

  it('uses one thread unless there are cores to spare', () => {
    expect([1, 2, 3, 4, 5, 8, 64].map(defaultJobs)).toEqual([1, 1, 3, 4, 4, 4, 4]);
  });
});

/** A 40 MB log (large enough to be split) in `dir`: shifted copies of the mixed log, in time order. */
function largeLog(dir: string): string {
  const one = mixedLog(dir);
  const body = readFileSync(one, 'utf8');
  const file = path.join(dir, 'large.ndjson');
  // Shifted copies keep time order (the hunt expects each file in time order).
  const copies: string[] = [];
  const size = Buffer.byteLength(body);
  for (let k = 0; copies.length * size < 40e6; k++)
    copies.push(
      body.replace(/"timestamp":"(\d+)\./g, (_, s: string) => `"timestamp":"${Number(s) + k * 100000}.`)
    );
  writeFileSync(file, `${copies.join('\n')}\n`);
  return file;
}

describe('db-posture hunt --jobs (the committed bundle, real worker threads)', () => {
  const cli = path.join(root, 'dist/cli.js');

  it('writes the same report with 3 threads (2 workers) and 2 (1 worker) as with one over a 40 MB log', () => {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-jobs-'));
    const file = largeLog(dir);
    const run = (jobs: string) => {
      const out = path.join(dir, `out-${jobs}`);
      const r = spawnSync(
        process.execPath,
        [
          cli,
          'hunt',
          '--logs',
          file,
          '--out',
          out,
          '--format',
          'json',
          '--quiet',
          '--fail-on',
          'never',
          '--jobs',
          jobs
        ],
        { encoding: 'utf8' }
      );
      expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
      const report = JSON.parse(readFileSync(path.join(out, readdirSync(out)[0]), 'utf8'));
      delete report.generatedAt;
      return report;
    };
    const single = run('1');
    expect(single.detections.length).toBeGreaterThan(20);
    expect(single.input.malformedLines).toBeGreaterThan(100);
    expect(run('2')).toEqual(single);
    expect(run('3')).toEqual(single);
  });

  it('the action bundle (hunt-logs, hunt-jobs) starts its workers from dist/index.js: the same hunt report with 2 threads as with 1', async () => {
    const bundle = process.env.DB_POSTURE_ACTION_BUNDLE ?? path.join(root, 'dist/index.js');
    if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run npm run build');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-action-jobs-'));
    const file = largeLog(dir);
    const hunted = async (jobs: string) => {
      const r = await runAction({
        inputs: { 'hunt-logs': file, 'hunt-jobs': jobs, 'hunt-fail-on': 'never', comment: 'off' },
        event: 'push'
      });
      expect(r.stdout).toMatch(
        new RegExp(
          `db-posture hunt: \\d+ events from 1 file in [\\d.]+ s \\(${jobs} threads?\\): \\d+ detections`
        )
      );
      expect(r.code).toBe(0);
      const report = JSON.parse(readFileSync(r.outputs['hunt-json'], 'utf8'));
      delete report.generatedAt;
      return report;
    };
    const single = await hunted('1');
    expect(single.detections.length).toBeGreaterThan(20);
    expect(await hunted('2')).toEqual(single);
  });

  it('refuses a thread count that is not one', () => {
    const r = spawnSync(process.execPath, [cli, 'hunt', '--logs', 'x.log', '--jobs', '0'], {
      encoding: 'utf8'
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      'db-posture: error: --jobs "0" is not a thread count: expected a whole number from 1 to 32.'
    );
  });
});
