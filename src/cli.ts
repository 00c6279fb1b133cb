#!/usr/bin/env node
import { servedAsHuntWorker } from './detect/worker-entry.js';

// The same bundle serves as a hunt's worker threads (src/detect/pool.ts): nothing else to load.
if (!(await servedAsHuntWorker(new URL(import.meta.url)))) {
  const { runCli } = await import('./cli/main.js');
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env
  });
}
