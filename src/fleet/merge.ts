import { UsageError } from '../core/errors.js';
import { TOOL } from '../core/version.js';
import type { JsonReport } from '../report/json.js';
import type { LoadedReport } from './load.js';
import {
  FLEET_SCHEMA_VERSION,
  type FleetCheckRow,
  type FleetMissing,
  type FleetReport,
  type FleetTarget,
  type GateState
} from './schema.js';

export type DuplicatePolicy = 'error' | 'latest';

export interface MergeOptions {
  readonly now: Date;
  /** Reports older than this (or from the future by more than the skew allowance) are outdated. */
  readonly maxAgeHours: number;
  /** Two reports for one target name: refuse (default) or keep the newest audit and list the others. */
  readonly duplicates: DuplicatePolicy;
  /** Targets that should have a report (a targets file); those without one are missing. */
  readonly expected?: readonly string[];
  /** Targets that could not be audited at all (audit --targets), with the reason. */
  readonly errors?: readonly { readonly name: string; readonly detail: string }[];
  readonly previous?: { readonly report: FleetReport; readonly source: string };
  /** The link to each leg's full report, by source. */
  readonly linkFor?: (source: string) => string | undefined;
}

/** Clocks on runners drift a little; a report a few minutes "ahead" is not from the future. */
const FUTURE_SKEW_HOURS = 0.25;

function gateOf(r: JsonReport): GateState {
  if ((r.gate.incomplete ?? 0) > 0) return 'incomplete';
  if (r.gate.failOn === 'never') return 'not-enforced';
  return r.gate.passed ? 'passed' : 'failed';
}

/**
 * One report per target name. Duplicates are never merged silently: either an error naming every
 * file, or (policy latest) the newest audit wins and the others are listed in the fleet report.
 */
function dedupe(
  legs: readonly LoadedReport[],
  policy: DuplicatePolicy
): { kept: LoadedReport[]; duplicates: FleetReport['duplicates'] } {
  const byName = new Map<string, LoadedReport[]>();
  for (const leg of legs) {
    const list = byName.get(leg.report.target.name);
    if (list) list.push(leg);
    else byName.set(leg.report.target.name, [leg]);
  }
  const kept: LoadedReport[] = [];
  const duplicates: FleetReport['duplicates'] = [];
  for (const [name, list] of byName) {
    if (list.length === 1) {
      kept.push(list[0]);
      continue;
    }
    if (policy === 'error') {
      throw new UsageError(
        `Target ${JSON.stringify(name)} has ${list.length} reports: ${list.map(l => l.source).join(', ')}. Give each leg a unique name, or pass --duplicates latest to keep the newest audit.`
      );
    }
    const sorted = [...list].sort(
      (a, b) =>
        b.report.context.auditedAt.localeCompare(a.report.context.auditedAt) ||
        a.source.localeCompare(b.source)
    );
    kept.push(sorted[0]);
    duplicates.push({ name, kept: sorted[0].source, superseded: sorted.slice(1).map(l => l.source) });
  }
  return { kept, duplicates };
}

function targetRow(leg: LoadedReport, options: MergeOptions): FleetTarget {
  const r = leg.report;
  const audited = Date.parse(r.context.auditedAt);
  const ageHours = Number.isFinite(audited) ? (options.now.getTime() - audited) / 3_600_000 : Infinity;
  let waivedFails = 0;
  for (const f of r.findings) if (f.status === 'FAIL' && f.waiver?.state === 'active') waivedFails++;
  const link = options.linkFor?.(leg.source);
  return {
    name: r.target.name,
    engine: r.target.engine,
    deployment: r.target.deployment,
    environment: r.context.environment,
    compliance: [...r.context.compliance],
    ...(r.target.version !== undefined ? { version: r.target.version } : {}),
    auditedAt: r.context.auditedAt,
    ageHours: Number.isFinite(ageHours) ? Math.round(ageHours * 10) / 10 : -1,
    outdated: !Number.isFinite(ageHours) || ageHours > options.maxAgeHours || ageHours < -FUTURE_SKEW_HOURS,
    gate: gateOf(r),
    unwaivedFails: r.gate.unwaivedFails,
    waivedFails,
    expiredWaivers: r.gate.expiredWaivers,
    summary: { ...r.summary },
    toolVersion: r.tool.version,
    schemaVersion: r.schemaVersion,
    source: leg.source,
    ...(link ? { link } : {})
  };
}

/** Per check: which targets fail it (unwaived), have it waived, warn, or could not evaluate it. */
function checkRows(legs: readonly LoadedReport[]): FleetCheckRow[] {
  interface Acc {
    row: FleetCheckRow;
    failing: Set<string>;
    waived: Set<string>;
    warning: Set<string>;
    unknown: Set<string>;
  }
  const rows = new Map<string, Acc>();
  for (const { report } of legs) {
    const name = report.target.name;
    for (const f of report.findings) {
      if (f.status !== 'FAIL' && f.status !== 'WARN' && f.status !== 'UNKNOWN') continue;
      let acc = rows.get(f.checkId);
      if (!acc) {
        acc = {
          row: {
            checkId: f.checkId,
            title: f.title,
            dimension: f.dimension,
            failing: [],
            waived: [],
            warning: [],
            unknown: []
          },
          failing: new Set(),
          waived: new Set(),
          warning: new Set(),
          unknown: new Set()
        };
        rows.set(f.checkId, acc);
      }
      if (f.status === 'FAIL') (f.waiver?.state === 'active' ? acc.waived : acc.failing).add(name);
      else if (f.status === 'WARN') acc.warning.add(name);
      else acc.unknown.add(name);
    }
  }
  const out: FleetCheckRow[] = [];
  for (const acc of rows.values()) {
    // A target with one unwaived FAIL of the check is failing it, whatever else is waived there.
    for (const n of acc.failing) acc.waived.delete(n);
    const sorted = (s: Set<string>) => [...s].sort();
    out.push({
      ...acc.row,
      failing: sorted(acc.failing),
      waived: sorted(acc.waived),
      warning: sorted(acc.warning),
      unknown: sorted(acc.unknown)
    });
  }
  return out.sort(
    (a, b) =>
      b.failing.length - a.failing.length ||
      b.warning.length - a.warning.length ||
      b.unknown.length - a.unknown.length ||
      a.checkId.localeCompare(b.checkId)
  );
}

function changes(
  targets: readonly FleetTarget[],
  missing: readonly FleetMissing[],
  checks: readonly FleetCheckRow[],
  previous: NonNullable<MergeOptions['previous']>
): NonNullable<FleetReport['changes']> {
  const prev = previous.report;
  const state = new Map<string, GateState | 'missing'>();
  for (const t of targets) state.set(t.name, t.gate);
  for (const m of missing) state.set(m.name, 'missing');
  const prevState = new Map<string, GateState | 'missing'>();
  for (const t of prev.targets) prevState.set(t.name, t.gate);
  for (const m of prev.missing) prevState.set(m.name, 'missing');
  const gateChanges: NonNullable<FleetReport['changes']>['gateChanges'] = [];
  for (const [name, to] of state) {
    const from = prevState.get(name);
    if (from !== undefined && from !== to) gateChanges.push({ name, from, to });
  }
  const failingNow = new Map(checks.map(c => [c.checkId, new Set(c.failing)]));
  const failingBefore = new Map(prev.checks.map(c => [c.checkId, new Set(c.failing)]));
  const present = new Set(targets.map(t => t.name));
  const diff = (a: Map<string, Set<string>>, b: Map<string, Set<string>>, onlyPresent: boolean) => {
    const out: { checkId: string; targets: string[] }[] = [];
    for (const [checkId, names] of a) {
      const other = b.get(checkId) ?? new Set<string>();
      // A target that has no report now did not fix anything: it is reported as missing instead.
      const delta = [...names].filter(n => !other.has(n) && (!onlyPresent || present.has(n))).sort();
      if (delta.length) out.push({ checkId, targets: delta });
    }
    return out.sort((x, y) => y.targets.length - x.targets.length || x.checkId.localeCompare(y.checkId));
  };
  const sortedDiff = (a: Iterable<string>, b: Set<string>) => [...a].filter(n => !b.has(n)).sort();
  return {
    comparedTo: { generatedAt: prev.generatedAt, source: previous.source },
    addedTargets: sortedDiff(state.keys(), new Set(prevState.keys())),
    removedTargets: sortedDiff(prevState.keys(), new Set(state.keys())),
    gateChanges: gateChanges.sort((a, b) => a.name.localeCompare(b.name)),
    newlyFailing: diff(failingNow, failingBefore, false),
    noLongerFailing: diff(failingBefore, failingNow, true)
  };
}

/**
 * Merges the legs' reports into one fleet report. The fleet gate fails when any enforced target
 * failed, and the fleet is incomplete (which also fails) when an expected target has no report,
 * could not be audited, or its report is outdated: a verdict nobody measured is never a pass.
 */
export function mergeReports(
  legs: readonly LoadedReport[],
  options: MergeOptions
): { readonly report: FleetReport; readonly kept: readonly LoadedReport[] } {
  const { kept, duplicates } = dedupe(legs, options.duplicates);
  const targets = kept.map(l => targetRow(l, options)).sort((a, b) => a.name.localeCompare(b.name));
  const present = new Set(targets.map(t => t.name));
  const missing: FleetMissing[] = [];
  const errored = new Set<string>();
  for (const e of options.errors ?? []) {
    if (present.has(e.name) || errored.has(e.name)) continue;
    errored.add(e.name);
    missing.push({ name: e.name, reason: 'audit-error', detail: e.detail });
  }
  for (const name of options.expected ?? []) {
    if (present.has(name) || errored.has(name)) continue;
    missing.push({ name, reason: 'no-report', detail: 'no report was found for this target' });
  }
  missing.sort((a, b) => a.name.localeCompare(b.name));
  const checks = checkRows(kept);

  const count = (g: GateState) => targets.filter(t => t.gate === g).length;
  const failed = count('failed');
  const outdated = targets.filter(t => t.outdated).length;
  const incompleteLegs = count('incomplete');
  const reasons: string[] = [];
  if (failed)
    reasons.push(`${failed} target${failed === 1 ? '' : 's'} failed ${failed === 1 ? 'its' : 'their'} gate`);
  if (incompleteLegs)
    reasons.push(
      `${incompleteLegs} target${incompleteLegs === 1 ? "'s audit was" : "s' audits were"} incomplete (a fault stopped a check)`
    );
  const noReport = missing.filter(m => m.reason === 'no-report').length;
  const auditErrors = missing.length - noReport;
  if (auditErrors) reasons.push(`${auditErrors} target${auditErrors === 1 ? '' : 's'} could not be audited`);
  if (noReport) reasons.push(`${noReport} expected target${noReport === 1 ? ' has' : 's have'} no report`);
  if (outdated)
    reasons.push(
      `${outdated} report${outdated === 1 ? ' is' : 's are'} older than ${options.maxAgeHours} h or dated in the future`
    );
  if (targets.length === 0 && missing.length === 0) reasons.push('no report was given');

  const notes: string[] = [];
  const versions = [...new Set(targets.map(t => t.toolVersion))].sort();
  if (versions.length > 1)
    notes.push(`The legs were written by different db-posture versions: ${versions.join(', ')}.`);
  for (const d of duplicates)
    notes.push(`Target ${d.name} had ${d.superseded.length + 1} reports; kept the newest (${d.kept}).`);

  const report: FleetReport = {
    schemaVersion: FLEET_SCHEMA_VERSION,
    kind: 'db-posture-fleet',
    tool: { name: TOOL.name, version: TOOL.version },
    generatedAt: options.now.toISOString(),
    maxAgeHours: options.maxAgeHours,
    summary: {
      targets: targets.length + missing.length,
      passed: count('passed'),
      failed,
      notEnforced: count('not-enforced'),
      incomplete: incompleteLegs,
      missing: missing.length,
      outdated
    },
    gate: {
      passed: reasons.length === 0,
      incomplete:
        incompleteLegs > 0 ||
        missing.length > 0 ||
        outdated > 0 ||
        (targets.length === 0 && missing.length === 0),
      reasons
    },
    targets,
    missing,
    checks,
    duplicates,
    ...(options.previous ? { changes: changes(targets, missing, checks, options.previous) } : {}),
    notes
  };
  return { report, kept: [...kept].sort((a, b) => a.report.target.name.localeCompare(b.report.target.name)) };
}

/** The exit code for a fleet: 3 when incomplete, 1 when a target failed, else 0. */
export function fleetExitCode(report: FleetReport): 0 | 1 | 3 {
  if (report.gate.incomplete) return 3;
  return report.gate.passed ? 0 : 1;
}
