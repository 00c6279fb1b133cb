import type { CheckMeta } from './check.js';
import type { Finding } from './finding.js';

/**
 * What a report carries about one check that produced a finding, so that renderers (remediation,
 * SARIF rules, JUnit failures) need no lookup in this build's check registry. A report read from
 * disk may come from another build: its checks are whatever it recorded.
 */
export interface ReportCheck {
  readonly id: string;
  readonly title: string;
  readonly dimension: string;
  readonly family?: string;
  /**
   * The compliant condition and the risk. Absent only when the producer had no metadata for the
   * check (a finding whose id is in no catalogue, an older report read from disk).
   */
  readonly description?: string;
  readonly rationale?: string;
  readonly verify?: string;
  readonly remediation: { readonly text: string; readonly link: string };
  readonly frameworks: Readonly<Record<string, readonly string[]>>;
}

/** The report's entry for a check from its catalogue metadata. */
export function reportCheckOf(meta: CheckMeta): ReportCheck {
  return {
    id: meta.id,
    title: meta.title,
    dimension: meta.dimension,
    ...(meta.family !== undefined ? { family: meta.family } : {}),
    description: meta.description,
    rationale: meta.rationale,
    ...(meta.verify !== undefined ? { verify: meta.verify } : {}),
    remediation: meta.remediation,
    frameworks: meta.frameworks as ReportCheck['frameworks']
  };
}

/** What a finding alone tells about its check, when no metadata is known for its id. */
function fromFinding(f: Finding): ReportCheck {
  return {
    id: f.checkId,
    title: f.title,
    dimension: f.dimension,
    remediation: f.remediation,
    frameworks: f.frameworks as ReportCheck['frameworks']
  };
}

/**
 * One entry per check that produced a finding, sorted by id (a stable order for diffs of the JSON
 * report): from `known` when it knows the id, else from the finding itself.
 */
export function reportChecks(
  findings: readonly Finding[],
  known: (checkId: string) => ReportCheck | undefined
): ReportCheck[] {
  const byId = new Map<string, ReportCheck>();
  for (const f of findings) {
    if (!byId.has(f.checkId)) byId.set(f.checkId, known(f.checkId) ?? fromFinding(f));
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const lookups = new WeakMap<readonly ReportCheck[], Map<string, ReportCheck>>();

/** A report's entry for one check id (built once per report's list). */
export function checkIn(checks: readonly ReportCheck[], id: string): ReportCheck | undefined {
  let map = lookups.get(checks);
  if (!map) lookups.set(checks, (map = new Map(checks.map(c => [c.id, c]))));
  return map.get(id);
}
