import { servedAsHuntWorker } from './detect/worker-entry.js';

// As dist/cli.js does (src/cli.ts), the action's bundle serves as the hunt's worker threads
// (hunt-logs, src/detect/pool.ts): a worker loads only the hunt, never the action.
if (!(await servedAsHuntWorker(new URL(import.meta.url)))) {
  const { run } = await import('./main.js');
  await run();
}
