import type { CheckMeta, Compliance } from '../core/check.js';
import { reportCheckOf, reportChecks, type ReportCheck } from '../core/report-check.js';
import type { Collected, TargetInfo } from '../core/engine.js';
import type { Finding } from '../core/finding.js';
import type { AuditOptions } from '../core/options.js';
import { emptySummary, type Status } from '../core/status.js';
import { msg, type Text } from '../core/text.js';
import { TOOL } from '../core/version.js';
import { blocksGate, type GateMode, type NewOrWorse } from '../core/gate.js';
import { UsageError } from '../core/errors.js';
import type { BaselineOutcome } from '../baseline/apply.js';
import type { Observed } from '../core/observed.js';
import { changeMarks, compareToReference, type ChangeMark, type Comparison } from '../diff/compare.js';
import type { DiffableReport } from '../diff/report-input.js';

export interface AuditContextInfo {
  readonly environment: AuditOptions['environment'];
  readonly compliance: readonly Compliance[];
  readonly dataSensitivity: AuditOptions['dataSensitivity'];
  readonly auditedAt: string;
}

export interface GateResult {
  readonly passed: boolean;
  readonly failOn: AuditOptions['failOn'];
  /** `new`: only findings new or worse than in the reference block (needs a reference; else `all`). */
  readonly mode: GateMode;
  readonly unwaivedFails: number;
  readonly unwaivedWarns: number;
  readonly unwaivedUnknowns: number;
  readonly expiredWaivers: number;
  readonly staleWaivers: number;
  /**
   * Checks that could not be evaluated because of a fault (lost session, timeout, server error,
   * a check defect). Any makes the audit incomplete: the gate fails and the exit code is 3,
   * whatever --fail-on says, because a fault must never turn a gate green.
   */
  readonly incomplete: number;
}

/** Everything every renderer needs; the JSON report is this, serialised. */
export interface AuditReport {
  readonly tool: typeof TOOL;
  readonly target: TargetInfo;
  readonly context: AuditContextInfo;
  readonly summary: Record<Status, number>;
  readonly findings: readonly Finding[];
  /**
   * The metadata of every check that produced a finding (sorted by id): what the remediation
   * section, SARIF rules and JUnit failures show, without a lookup in the engine registry.
   */
  readonly checks: readonly ReportCheck[];
  readonly notes: readonly Text[];
  readonly unavailable: Collected<unknown>['unavailable'];
  readonly baseline: BaselineOutcome;
  readonly gate: GateResult;
  /** The audit against its reference report (`--compare-to`), when one was given. */
  readonly comparison?: Comparison;
  /** Per finding: new / worse / better / existing ... relative to the reference. */
  readonly changeMark?: (checkId: string, object: string | undefined) => ChangeMark | undefined;
  /** Gate mode `new`: the findings allowed to block (new or worse than in the reference). */
  readonly newOrWorse?: NewOrWorse;
  /** What the engine observed the cluster records (detection coverage reads it). */
  readonly observed?: Observed;
  /**
   * How long the audit took (JUnit `time` attributes): fact collection and each check's
   * evaluation, in milliseconds. Run metadata, not part of the JSON report (that stays the same
   * for the same posture); absent for reports built from fixtures or files.
   */
  readonly timing?: AuditTiming;
}

export interface AuditTiming {
  readonly collectMs: number;
  /** By check id. */
  readonly checkMs: ReadonlyMap<string, number>;
}

/** A reference report read (and validated) before connecting; `input` names it as the user gave it. */
export interface Reference {
  readonly report: DiffableReport;
  readonly file: string;
  readonly input: string;
  /**
   * Found by `compare-to: auto` rather than named by the user: a report of another target (the
   * target was renamed, or another job's artifact matched) is then no comparison, not a usage error.
   */
  readonly auto?: boolean;
}

/** Counts, gate and report assembly (also used by tests on fixture findings). */
export function buildReport(
  collected: Pick<Collected<unknown>, 'target' | 'notes' | 'unavailable'>,
  options: Pick<AuditOptions, 'environment' | 'compliance' | 'dataSensitivity' | 'failOn'> & {
    readonly gate?: GateMode;
    /** The checks that ran (their metadata goes into `checks`); a finding of another id keeps what it carries. */
    readonly catalogue?: readonly CheckMeta[];
  },
  now: Date,
  findings: readonly Finding[],
  baseline: BaselineOutcome,
  reference?: Reference
): AuditReport {
  const all = assemble(collected, options, now, findings, baseline, 'all');
  const withoutReference = (extra: readonly Text[] = []): AuditReport => {
    if (options.gate !== 'new' && extra.length === 0) return all;
    // gate: new without a reference (none given, or `compare-to: auto` found none) judges everything.
    return {
      ...all,
      notes: [
        ...all.notes,
        ...extra,
        ...(options.gate === 'new'
          ? [
              msg`Gate mode new has no reference report to compare with, so every finding was judged (gate: all).`
            ]
          : [])
      ]
    };
  };
  if (!reference) return withoutReference();
  const ref = reference.report;
  if (ref.target.name !== collected.target.name || ref.target.engine !== collected.target.engine) {
    if (reference.auto)
      return withoutReference([
        msg`The reference report compare-to auto found (${reference.file}) is an audit of ${ref.target.name} (${ref.target.engine}), not of this target: nothing was compared.`
      ]);
    throw new UsageError(
      `${reference.input} ${reference.file} is an audit of ${JSON.stringify(ref.target.name)} (${ref.target.engine}), but this audit is of ${JSON.stringify(collected.target.name)} (${collected.target.engine}): expected a JSON report of the same target and engine.`
    );
  }
  const comparison = compareToReference(all, ref, reference.file);
  const changeMark = changeMarks(comparison.diff);
  const newOrWorse: NewOrWorse = (checkId, object) => {
    const m = changeMark(checkId, object);
    return m === 'new' || m === 'worse';
  };
  const mode = options.gate === 'new' ? 'new' : 'all';
  const judged = assemble(collected, options, now, findings, baseline, mode, newOrWorse);
  return { ...judged, comparison, changeMark, newOrWorse };
}

function assemble(
  collected: Pick<Collected<unknown>, 'target' | 'notes' | 'unavailable'>,
  options: Pick<AuditOptions, 'environment' | 'compliance' | 'dataSensitivity' | 'failOn'> & {
    readonly catalogue?: readonly CheckMeta[];
  },
  now: Date,
  findings: readonly Finding[],
  baseline: BaselineOutcome,
  mode: GateMode,
  newOrWorse?: NewOrWorse
): AuditReport {
  const catalogue = options.catalogue;
  const summary = emptySummary();
  for (const f of findings) summary[f.status]++;
  const unwaived = (s: Status) => findings.filter(f => f.status === s && f.waiver?.state !== 'active').length;
  const unwaivedFails = unwaived('FAIL');
  const unwaivedWarns = unwaived('WARN');
  const unwaivedUnknowns = unwaived('UNKNOWN');
  const expiredWaivers = baseline.expired.length;
  const incomplete = findings.filter(f => f.incomplete).length;
  const blocking =
    options.failOn === 'never'
      ? 0
      : findings.filter(f => blocksGate(f, options.failOn, mode === 'new' ? newOrWorse : undefined)).length +
        expiredWaivers;
  const staleBlocks = baseline.failOnStale ? baseline.stale.length : 0;
  return {
    tool: TOOL,
    target: collected.target,
    context: {
      environment: options.environment,
      compliance: options.compliance,
      dataSensitivity: options.dataSensitivity,
      auditedAt: now.toISOString()
    },
    summary,
    findings,
    checks: reportChecks(findings, id => {
      const meta = catalogue?.find(m => m.id === id);
      return meta ? reportCheckOf(meta) : undefined;
    }),
    notes: collected.notes,
    unavailable: collected.unavailable,
    baseline,
    gate: {
      passed: incomplete === 0 && blocking + (options.failOn === 'never' ? 0 : staleBlocks) === 0,
      failOn: options.failOn,
      mode,
      unwaivedFails,
      unwaivedWarns,
      unwaivedUnknowns,
      expiredWaivers,
      staleWaivers: baseline.stale.length,
      incomplete
    }
  };
}
