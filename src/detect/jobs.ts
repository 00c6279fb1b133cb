import os from 'node:os';

/** The most threads a hunt takes (`--jobs`, action input `hunt-jobs`). */
export const MAX_JOBS = 32;

/**
 * Threads by default. The main thread also merges what the workers match and runs the
 * correlations, so on 2 cores a second thread only bought 10% (1 GB bench: 2.45 s against 2.7 s)
 * for 35% more CPU and twice the memory: one thread there.
 */
export function defaultJobs(cores: number): number {
  return cores >= 3 ? Math.min(cores, 4) : 1;
}

/**
 * A thread count as the user wrote it (none: defaultJobs for this machine's cores), or undefined
 * when it is not a whole number from 1 to MAX_JOBS.
 */
export function parseJobs(text: string | undefined): number | undefined {
  if (text === undefined) return defaultJobs(os.availableParallelism());
  const t = text.trim();
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 1 && n <= MAX_JOBS ? n : undefined;
}
