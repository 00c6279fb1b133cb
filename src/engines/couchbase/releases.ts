/**
 * Couchbase Server release lines: latest maintenance release and end of full maintenance, as
 * published on endoflife.date (couchbase-server, data of 2026-05-18, from Couchbase's enterprise
 * software support policy). The report names this date; update the table with each release.
 */
export interface CouchbaseReleaseLine {
  readonly line: string;
  readonly released: string;
  readonly endOfMaintenance: string;
  readonly latest: string;
}

export interface CouchbaseReleaseTable {
  readonly asOf: string;
  readonly lines: readonly CouchbaseReleaseLine[];
}

export const COUCHBASE_RELEASES: CouchbaseReleaseTable = {
  asOf: '2026-05-18',
  lines: [
    { line: '8.0', released: '2025-10-21', endOfMaintenance: '2028-10-31', latest: '8.0.1' },
    { line: '7.6', released: '2024-03-25', endOfMaintenance: '2027-03-31', latest: '7.6.11' },
    { line: '7.2', released: '2023-06-01', endOfMaintenance: '2026-07-31', latest: '7.2.9' },
    { line: '7.1', released: '2022-05-10', endOfMaintenance: '2024-01-31', latest: '7.1.6' },
    { line: '7.0', released: '2021-07-29', endOfMaintenance: '2023-01-31', latest: '7.0.5' },
    { line: '6.6', released: '2020-08-12', endOfMaintenance: '2023-01-31', latest: '6.6.6' },
    { line: '6.5', released: '2020-01-21', endOfMaintenance: '2021-02-28', latest: '6.5.2' },
    { line: '6.0', released: '2018-10-31', endOfMaintenance: '2020-07-31', latest: '6.0.5' }
  ]
};

/** `7.6.2-3721-enterprise` -> { line: '7.6', patch: '7.6.2' }; null when unparsable. */
export function parseCouchbaseVersion(
  v: string
): { line: string; release: string; major: number; minor: number } | null {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(v);
  if (!m) return null;
  return {
    line: `${m[1]}.${m[2]}`,
    release: `${m[1]}.${m[2]}.${m[3] ?? '0'}`,
    major: Number(m[1]),
    minor: Number(m[2])
  };
}

/** Compares dotted numeric versions: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
