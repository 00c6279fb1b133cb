/**
 * CockroachDB release lines and their end of maintenance support, from cockroachdb/docs
 * src/current/_data/versions.csv (maint_supp_exp_date; for LTS patch lines initial_lts_patch and
 * lts_maint_supp_exp_date), as summarised in the shared reference (section 2.8). Innovation releases
 * (24.2, 25.1, 25.3, 26.1) have six months of maintenance and no LTS. The report names `asOf`.
 */
export interface CrdbReleaseLine {
  readonly line: string;
  readonly endOfMaintenance: string;
  /** From this patch on, the line is an LTS release supported to `ltsEndOfMaintenance`. */
  readonly ltsFromPatch?: number;
  readonly ltsEndOfMaintenance?: string;
  readonly innovation?: true;
}

export interface CrdbReleaseTable {
  readonly asOf: string;
  readonly lines: readonly CrdbReleaseLine[];
}

export const CRDB_RELEASES: CrdbReleaseTable = {
  asOf: '2026-04-27',
  lines: [
    { line: '26.2', endOfMaintenance: '2027-04-27' },
    { line: '26.1', endOfMaintenance: '2026-08-02', innovation: true },
    { line: '25.4', endOfMaintenance: '2026-11-03' },
    { line: '25.3', endOfMaintenance: '2026-02-04', innovation: true },
    { line: '25.2', endOfMaintenance: '2026-05-12', ltsFromPatch: 10, ltsEndOfMaintenance: '2026-12-17' },
    { line: '25.1', endOfMaintenance: '2025-08-18', innovation: true },
    { line: '24.3', endOfMaintenance: '2025-11-18', ltsFromPatch: 12, ltsEndOfMaintenance: '2026-05-05' },
    { line: '24.2', endOfMaintenance: '2025-02-12', innovation: true },
    { line: '24.1', endOfMaintenance: '2025-05-20', ltsFromPatch: 6, ltsEndOfMaintenance: '2025-10-21' },
    { line: '23.2', endOfMaintenance: '2025-02-05', ltsFromPatch: 7, ltsEndOfMaintenance: '2025-07-08' }
  ]
};

export interface CrdbVersion {
  readonly line: string;
  readonly release: string;
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

/** `v25.2.4` or `CockroachDB CCL v25.2.4 (...)` -> { line: '25.2', release: '25.2.4', ... }. */
export function parseCrdbVersion(v: string): CrdbVersion | null {
  const m = /v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(v);
  if (!m) return null;
  return {
    line: `${m[1]}.${m[2]}`,
    release: `${m[1]}.${m[2]}.${m[3] ?? '0'}`,
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3] ?? 0)
  };
}

const atLeast = (v: CrdbVersion, major: number, minor: number) =>
  v.major > major || (v.major === major && v.minor >= minor);

/**
 * Behaviour that depends on the code era. v24.3 (November 2024) moved the code to the CockroachDB
 * Software License: since then no feature is switched off for want of a licence
 * (pkg/ccl/utilccl/license_check.go). Before it ("CCL era"), role-based audit logging and LDAP need
 * a licence that passes License.Check, and v23.2's role-based audit matches role memberships only.
 * An unknown version is treated as the era with the stricter consequences for each question.
 */
export function crdbEra(tag: string | undefined): {
  readonly licenceGated: boolean | 'unknown';
  readonly auditRolesOnly: boolean;
} {
  const v = tag ? parseCrdbVersion(tag) : null;
  if (!v) return { licenceGated: 'unknown', auditRolesOnly: false };
  return { licenceGated: !atLeast(v, 24, 3), auditRolesOnly: v.line === '23.2' };
}

/** The end of maintenance that applies to this exact release (LTS patch lines run longer). */
export function supportFor(
  table: CrdbReleaseTable,
  v: CrdbVersion
): { line: CrdbReleaseLine; endOfMaintenance: string; lts: boolean } | undefined {
  const line = table.lines.find(l => l.line === v.line);
  if (!line) return undefined;
  const lts = line.ltsFromPatch !== undefined && v.patch >= line.ltsFromPatch;
  return { line, endOfMaintenance: lts ? line.ltsEndOfMaintenance! : line.endOfMaintenance, lts };
}
