#!/usr/bin/env node
import { isMainThread, workerData } from 'node:worker_threads';
import type { HuntWorkerData } from './detect/hunt-worker.js';
import { setWorkerEntry } from './detect/worker-entry.js';

// The same bundle serves as a hunt's worker threads (src/detect/pool.ts): nothing else to load.
if (!isMainThread && (workerData as { kind?: string } | undefined)?.kind === 'db-posture-hunt-worker') {
  const { serveHuntWorker } = await import('./detect/hunt-worker.js');
  await serveHuntWorker(workerData as HuntWorkerData);
} else {
  setWorkerEntry(new URL(import.meta.url));
  const { runCli } = await import('./cli/main.js');
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env
  });
}
