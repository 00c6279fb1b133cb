import { isMainThread, workerData } from 'node:worker_threads';
import type { HuntWorkerData } from './hunt-worker.js';

/**
 * The module a hunt's worker threads start from: the bundle's entry (dist/cli.js, dist/index.js),
 * which serves a worker when it starts as one. Set by that entry (servedAsHuntWorker); unset
 * (tests, library use), hunts stay in one thread.
 */
let entry: URL | undefined;

/**
 * For a bundle's entry module (dist/cli.js, dist/index.js): started as a hunt's worker thread, it
 * serves the hunt (loading only that) and answers true; otherwise it becomes the module workers
 * start from, and the caller goes on with its own work.
 */
export async function servedAsHuntWorker(self: URL): Promise<boolean> {
  if (!isMainThread && (workerData as { kind?: string } | undefined)?.kind === 'db-posture-hunt-worker') {
    const { serveHuntWorker } = await import('./hunt-worker.js');
    await serveHuntWorker(workerData as HuntWorkerData);
    return true;
  }
  entry = self;
  return false;
}

export function workerEntry(): URL | undefined {
  return entry;
}
