/**
 * PostgreSQL releases as published on postgresql.org/support/versioning, dated. The table ships with
 * the product (no network at audit time); the version check says the table's date, and a table
 * much older than the audit is flagged so nobody mistakes "current per an old table" for current.
 */
export interface ReleaseTable {
  /** The date of the newest release the table records (YYYY-MM-DD). */
  readonly asOf: string;
  readonly majors: readonly {
    readonly major: number;
    /** Latest minor release of the major as of `asOf`, e.g. 18.4 -> 4. */
    readonly latestMinor: number;
    /** Final release date (end of community support), YYYY-MM-DD. */
    readonly endOfLife: string;
  }[];
}

export const POSTGRES_RELEASES: ReleaseTable = {
  asOf: '2026-05-14',
  majors: [
    { major: 18, latestMinor: 4, endOfLife: '2030-11-14' },
    { major: 17, latestMinor: 10, endOfLife: '2029-11-08' },
    { major: 16, latestMinor: 14, endOfLife: '2028-11-09' },
    { major: 15, latestMinor: 18, endOfLife: '2027-11-11' },
    { major: 14, latestMinor: 23, endOfLife: '2026-11-12' },
    { major: 13, latestMinor: 23, endOfLife: '2025-11-13' },
    { major: 12, latestMinor: 22, endOfLife: '2024-11-21' },
    { major: 11, latestMinor: 22, endOfLife: '2023-11-09' },
    { major: 10, latestMinor: 23, endOfLife: '2022-11-10' }
  ]
};

/** Days after `asOf` beyond which the report warns that the table may miss newer releases. */
export const RELEASE_TABLE_STALE_DAYS = 120;

/** Splits `server_version_num` (e.g. 170010) into major and minor (17, 10). 9.x is folded in too. */
export function splitVersionNum(num: number): { major: number; minor: number } {
  if (num >= 100000) return { major: Math.floor(num / 10000), minor: num % 10000 };
  return { major: Math.floor(num / 10000) + (Math.floor(num / 100) % 100) / 10, minor: num % 100 };
}
