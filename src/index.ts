import { isMainThread, workerData } from 'node:worker_threads';
import type { HuntWorkerData } from './detect/hunt-worker.js';
import { setWorkerEntry } from './detect/worker-entry.js';

// As dist/cli.js does (src/cli.ts), the action's bundle serves as the hunt's worker threads
// (hunt-logs, src/detect/pool.ts): a worker loads only the hunt, never the action.
if (!isMainThread && (workerData as { kind?: string } | undefined)?.kind === 'db-posture-hunt-worker') {
  const { serveHuntWorker } = await import('./detect/hunt-worker.js');
  await serveHuntWorker(workerData as HuntWorkerData);
} else {
  setWorkerEntry(new URL(import.meta.url));
  const { run } = await import('./main.js');
  await run();
}
