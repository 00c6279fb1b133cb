/** Exit codes of the CLI and the action (documented in README.md). */
export const EXIT = {
  /** The gate passed. */
  OK: 0,
  /** The gate failed: an unwaived FAIL (or WARN with fail-on warn), or an expired waiver. */
  GATE_FAILED: 1,
  /** Bad flag, input, or baseline file: nothing was audited. */
  USAGE: 2,
  /** The target could not be audited: unreachable, authentication failed, TLS refused. */
  TARGET: 3,
  /** A defect in db-posture itself. */
  INTERNAL: 4
} as const;

/** A problem with what the user asked for: a flag, an input, a file. Exit code 2. */
export class UsageError extends Error {
  readonly exitCode = EXIT.USAGE;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The target could not be audited at all (connection, authentication, TLS). Exit code 3. */
export class TargetError extends Error {
  readonly exitCode = EXIT.TARGET;
  constructor(message: string) {
    super(message);
    this.name = 'TargetError';
  }
}
