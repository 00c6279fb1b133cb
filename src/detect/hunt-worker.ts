import { parentPort } from 'node:worker_threads';
import { Replay } from './replay.js';
import { loadRules } from './rules/load.js';
import { lineFilters } from './rules/literals.js';
import {
  scanSegment,
  segmentContext,
  transferables,
  type SegmentResult,
  type SegmentTask
} from './segment.js';

/** What a hunt's worker is started with (workerData): enough to rebuild the hunt's rules. */
export interface HuntWorkerData {
  readonly kind: 'db-posture-hunt-worker';
  readonly rules: { readonly paths: readonly string[]; readonly cwd: string };
  /** The hunt's rule ids in order: the worker's own load must give the same. */
  readonly ruleIds: readonly string[];
  readonly pgPrefix?: string;
  readonly since?: number;
  readonly until?: number;
}

export type WorkerMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'result'; readonly result: SegmentResult }
  | { readonly kind: 'error'; readonly message: string };

/**
 * A hunt worker's life: load the rules as the main thread did, then read each segment it is
 * sent. The entry modules (src/cli.ts, src/main.ts) call it when started as a worker.
 */
export async function serveHuntWorker(data: HuntWorkerData): Promise<void> {
  const port = parentPort!;
  const post = (m: WorkerMessage) => port.postMessage(m);
  const set = await loadRules(data.rules.paths, data.rules.cwd);
  if (set.errors.length > 0 || set.rules.map(r => r.doc.id).join('\n') !== data.ruleIds.join('\n')) {
    post({ kind: 'error', message: 'the rules changed while the hunt started' });
    return;
  }
  const ctx = segmentContext(new Replay(set.rules), {
    pgPrefix: data.pgPrefix,
    since: data.since,
    until: data.until,
    ...lineFilters(set.rules)
  });
  port.on('message', (task: SegmentTask) => {
    scanSegment(task, ctx).then(
      result =>
        port.postMessage({ kind: 'result', result } satisfies WorkerMessage, transferables(result.records)),
      (error: NodeJS.ErrnoException) => post({ kind: 'error', message: error.code ?? error.message })
    );
  });
  post({ kind: 'ready' });
}
