/**
 * The module a hunt's worker threads start from: the bundle's entry (dist/cli.js), which serves
 * a worker when it starts as one. Set by that entry; unset (tests, library use), hunts stay in
 * one thread.
 */
let entry: URL | undefined;

export function setWorkerEntry(url: URL): void {
  entry = url;
}

export function workerEntry(): URL | undefined {
  return entry;
}
