/** Progress of a long audit; the CLI draws it on a terminal, the action logs it, tests ignore it. */
export interface Progress {
  /** A step started (e.g. "reading settings"). */
  step(label: string): void;
  /** Counted work: `done` of `total` items of `label` are finished. */
  count(label: string, done: number, total: number): void;
  /** A non-fatal problem worth telling the user now (it is also in the report). */
  warn(message: string): void;
}

export const silentProgress: Progress = { step() {}, count() {}, warn() {} };
