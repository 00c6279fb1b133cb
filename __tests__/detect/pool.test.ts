import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HuntWorkerData } from '../../src/detect/hunt-worker.js';
import { HuntPool } from '../../src/detect/pool.js';
import type { SegmentResult, SegmentTask } from '../../src/detect/segment.js';

// Stand-in worker scripts: the pool's protocol (ready, result, error) without the bundle.
const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, body: string): URL {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, `import { parentPort, workerData } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(file);
}

const data: HuntWorkerData = {
  kind: 'db-posture-hunt-worker',
  rules: { paths: [], cwd: dir },
  ruleIds: []
};
const task = (id: number): SegmentTask => ({
  id,
  file: 'x.ndjson',
  start: id * 10,
  end: id * 10 + 10,
  format: 'crdb-json'
});

const answering = script(
  'answering',
  `parentPort.postMessage({ kind: 'ready' });
parentPort.on('message', t => setTimeout(() => parentPort.postMessage({ kind: 'result', result: { id: t.id, lines: t.end - t.start } }), (t.id % 3) * 5));`
);

describe('the hunt worker pool', () => {
  it('answers every segment with its own result, workers and this thread sharing them', async () => {
    const inline: number[] = [];
    const pool = await HuntPool.start(answering, 2, data, async t => {
      inline.push(t.id);
      return { id: t.id, lines: -1 } as unknown as SegmentResult;
    });
    expect(pool).toBeDefined();
    const results = await Promise.all([...Array(12).keys()].map(i => pool!.run(task(i))));
    expect(results.map(r => r.id)).toEqual([...Array(12).keys()]);
    // This thread takes at most an equal share (a third with two workers), and some.
    expect(inline.length).toBeGreaterThan(0);
    expect(inline.length).toBeLessThanOrEqual(4);
    for (const r of results) expect(r.lines).toBe(inline.includes(r.id) ? -1 : 10);
    await pool!.close();
  });

  it('gives up (the hunt then reads in one thread) when a worker cannot start or load the rules', async () => {
    expect(await HuntPool.start(pathToFileURL(path.join(dir, 'missing.mjs')), 1, data)).toBeUndefined();
    const refusing = script(
      'refusing',
      `parentPort.postMessage({ kind: 'error', message: 'the rules changed' });`
    );
    expect(await HuntPool.start(refusing, 2, data)).toBeUndefined();
  });

  it('fails the segment a worker cannot read, and every later one: never a quietly short hunt', async () => {
    const failing = script(
      'failing',
      `parentPort.postMessage({ kind: 'ready' });
parentPort.on('message', t => parentPort.postMessage({ kind: 'error', message: 'EACCES' }));`
    );
    const pool = (await HuntPool.start(failing, 1, data))!;
    await expect(pool.run(task(0))).rejects.toThrow('EACCES');
    await expect(pool.run(task(1))).rejects.toThrow('EACCES');
    await pool.close();
  });

  it('fails the hunt when a worker dies mid-segment', async () => {
    const dying = script(
      'dying',
      `parentPort.postMessage({ kind: 'ready' });
parentPort.on('message', () => process.exit(7));`
    );
    const pool = (await HuntPool.start(dying, 1, data))!;
    await expect(pool.run(task(0))).rejects.toThrow('a hunt worker stopped (exit code 7)');
    await pool.close();
  });
});
