import type { Finding } from '../core/finding.js';

/** A finding placed on the text that causes it, with a waiver key that survives moved lines. */
export interface ScanFinding extends Finding {
  /** Path relative to the scan root, with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /**
   * `<check>|<file>|<normalised object>`: the rule's normalised text or the setting's name, never a
   * line number, so a waiver still matches after lines above it move.
   */
  readonly key: string;
}

export function scanKey(checkId: string, file: string, object: string): string {
  return `${checkId}|${file}|${object}`;
}
