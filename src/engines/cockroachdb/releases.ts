/**
 * CockroachDB release lines and their end of maintenance support, from Cockroach Labs' release
 * support policy as listed on endoflife.date (cockroachdb, data of 2026-05-18). Innovation releases
 * (x.2, x.4 since 2024) get shorter support. The report names this date.
 */
export interface CrdbReleaseLine {
  readonly line: string;
  readonly endOfMaintenance: string;
}

export interface CrdbReleaseTable {
  readonly asOf: string;
  readonly lines: readonly CrdbReleaseLine[];
}

export const CRDB_RELEASES: CrdbReleaseTable = {
  asOf: '2026-05-18',
  lines: [
    { line: '26.1', endOfMaintenance: '2027-08-15' },
    { line: '25.4', endOfMaintenance: '2026-11-15' },
    { line: '25.3', endOfMaintenance: '2026-08-28' },
    { line: '25.2', endOfMaintenance: '2026-05-12' },
    { line: '25.1', endOfMaintenance: '2025-08-17' },
    { line: '24.3', endOfMaintenance: '2026-05-18' },
    { line: '24.2', endOfMaintenance: '2025-02-12' },
    { line: '24.1', endOfMaintenance: '2025-11-20' },
    { line: '23.2', endOfMaintenance: '2025-08-05' },
    { line: '23.1', endOfMaintenance: '2024-11-15' }
  ]
};

/** `v25.2.4` or `CockroachDB CCL v25.2.4 (...)` -> { line: '25.2', release: '25.2.4' }. */
export function parseCrdbVersion(
  v: string
): { line: string; release: string; major: number; minor: number } | null {
  const m = /v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(v);
  if (!m) return null;
  return {
    line: `${m[1]}.${m[2]}`,
    release: `${m[1]}.${m[2]}.${m[3] ?? '0'}`,
    major: Number(m[1]),
    minor: Number(m[2])
  };
}
