/**
 * Facts an engine observed about what its cluster records, in a structured block of the JSON
 * report (`observed`): detection coverage reads them instead of parsing check detail texts. Each
 * value is either known, or unknown with the reason (a missing privilege, a fault, a setting that
 * SQL cannot see), never guessed.
 */
export type ObservedValue =
  | {
      readonly value: string | boolean;
      /** The value as a list (pgaudit classes, preloaded libraries, disabled event ids, audited roles). */
      readonly items?: readonly string[];
      readonly note?: string;
    }
  | { readonly unknown: string };

/** A per-role or per-database override that narrows what a global setting records. */
export interface ObservedOverride {
  readonly setting: string;
  /** `role eve`, `database shop`, `role eve in database shop`. */
  readonly scope: string;
  readonly value: string;
  readonly items?: readonly string[];
}

export interface Observed {
  /** Settings by name (engine-specific: `pgaudit.log`, `server.auth_log.sql_sessions.enabled`, `audit.disabled`). */
  readonly settings: Readonly<Record<string, ObservedValue>>;
  /** CockroachDB logging channels: whether each reaches a log sink the audit can see. */
  readonly channels?: Readonly<Record<string, ObservedValue>>;
  readonly overrides?: readonly ObservedOverride[];
}

export const known = (value: string | boolean, items?: readonly string[], note?: string): ObservedValue => ({
  value,
  ...(items ? { items: [...items] } : {}),
  ...(note ? { note } : {})
});

export const unknownValue = (reason: string): ObservedValue => ({ unknown: reason });
