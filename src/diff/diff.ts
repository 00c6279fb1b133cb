import { UsageError } from '../core/errors.js';
import type { Status } from '../core/status.js';
import { findingKey } from './identity.js';
import type { DiffableReport } from './report-input.js';

/** Statuses that ask someone to act (or to find out); PASS, INFO and N/A do not. */
const PROBLEMS: ReadonlySet<Status> = new Set(['FAIL', 'WARN', 'UNKNOWN']);

export function isProblem(s: Status | undefined): boolean {
  return s !== undefined && PROBLEMS.has(s);
}

/** Order used to call a status change worse or better: FAIL > WARN > UNKNOWN > INFO > PASS = N/A. */
const RANK: Record<Status, number> = { FAIL: 5, WARN: 4, UNKNOWN: 3, INFO: 2, PASS: 1, 'N/A': 1 };

export type ChangeKind = 'new' | 'resolved' | 'changed' | 'unchanged';

export interface DiffEntry {
  readonly checkId: string;
  readonly object?: string;
  readonly title: string;
  /** Status in the base report; absent when the finding was not there. */
  readonly baseStatus?: Status;
  /** Status in the head report; absent when the finding is gone. */
  readonly headStatus?: Status;
  /** The head's detail (the base's for a finding that is gone). */
  readonly detail: string;
  /** `worse` when the head status ranks above the base one, `better` below, absent when equal. */
  readonly direction?: 'worse' | 'better';
  /** An active waiver covers the finding in the head report. */
  readonly waived: boolean;
  /** The check itself appeared in or vanished from the report (a db-posture upgrade, another engine). */
  readonly checkChange?: 'appeared' | 'vanished';
}

export interface ReportSide {
  readonly auditedAt: string;
  readonly toolVersion: string;
  readonly file?: string;
}

export interface ReportDiff {
  readonly target: { readonly engine: DiffableReport['target']['engine']; readonly name: string };
  readonly base: ReportSide;
  readonly head: ReportSide;
  readonly counts: {
    readonly new: number;
    readonly resolved: number;
    readonly changed: number;
    readonly unchanged: number;
    /** Head FAILs that are new or were less severe in the base. */
    readonly newFail: number;
    readonly newWarn: number;
    /** Base FAILs that are gone or no longer FAIL. */
    readonly resolvedFail: number;
  };
  readonly new: readonly DiffEntry[];
  readonly resolved: readonly DiffEntry[];
  readonly changed: readonly DiffEntry[];
  readonly unchanged: readonly DiffEntry[];
  readonly checks: { readonly appeared: readonly string[]; readonly vanished: readonly string[] };
}

type Finding = DiffableReport['findings'][number];

/** True when the head status blocks at a level the base status did not reach (new or worse). */
export function isWorse(base: Status | undefined, head: Status): boolean {
  return base === undefined || RANK[head] > RANK[base];
}

const statusOrder = (e: DiffEntry) => -RANK[e.headStatus ?? e.baseStatus ?? 'PASS'];

/**
 * Compares two audits of one target by finding identity (check id, object). Linear in the findings:
 * each side is indexed once. Reports of different targets or engines are a usage error.
 */
export function diffReports(
  base: DiffableReport,
  head: DiffableReport,
  files: { base?: string; head?: string } = {}
): ReportDiff {
  if (base.target.name !== head.target.name || base.target.engine !== head.target.engine) {
    throw new UsageError(
      `The reports are of different targets: base ${files.base ?? ''} audited ${JSON.stringify(base.target.name)} (${base.target.engine}), head ${files.head ?? ''} audited ${JSON.stringify(head.target.name)} (${head.target.engine}); a diff compares two audits of the same target and engine.`.replace(
        /  +/g,
        ' '
      )
    );
  }
  const index = (r: DiffableReport) => {
    const m = new Map<string, Finding>();
    // A check may give several findings one key (pg/password-expiry: a PASS and an INFO, no object);
    // a waiver covers them all, so the key's most severe one stands for it (the first on a tie).
    for (const f of r.findings) {
      const k = findingKey(f.checkId, f.object);
      const seen = m.get(k);
      if (!seen || RANK[f.status] > RANK[seen.status]) m.set(k, f);
    }
    return m;
  };
  const b = index(base);
  const h = index(head);
  const baseChecks = new Set(base.findings.map(f => f.checkId));
  const headChecks = new Set(head.findings.map(f => f.checkId));
  const appeared = [...headChecks].filter(c => !baseChecks.has(c)).sort();
  const vanished = [...baseChecks].filter(c => !headChecks.has(c)).sort();
  const out: Record<ChangeKind, DiffEntry[]> = { new: [], resolved: [], changed: [], unchanged: [] };

  const entry = (bf: Finding | undefined, hf: Finding | undefined): DiffEntry => {
    const f = (hf ?? bf) as Finding;
    const bs = bf?.status;
    const hs = hf?.status;
    const direction =
      bs !== undefined && hs !== undefined && RANK[hs] !== RANK[bs]
        ? RANK[hs] > RANK[bs]
          ? 'worse'
          : 'better'
        : undefined;
    const checkChange = !baseChecks.has(f.checkId)
      ? 'appeared'
      : !headChecks.has(f.checkId)
        ? 'vanished'
        : undefined;
    return {
      checkId: f.checkId,
      ...(f.object !== undefined ? { object: f.object } : {}),
      title: f.title,
      ...(bs !== undefined ? { baseStatus: bs } : {}),
      ...(hs !== undefined ? { headStatus: hs } : {}),
      detail: f.detail,
      ...(direction ? { direction } : {}),
      waived: hf?.waiver?.state === 'active',
      ...(checkChange ? { checkChange } : {})
    };
  };
  const classify = (bs: Status | undefined, hs: Status | undefined): ChangeKind | undefined => {
    const bp = bs !== undefined && PROBLEMS.has(bs);
    const hp = hs !== undefined && PROBLEMS.has(hs);
    if (!bp && hp) return 'new';
    if (bp && !hp) return 'resolved';
    if (bs === undefined || hs === undefined) return undefined; // a PASS/INFO/N/A that came or went
    return bs === hs ? 'unchanged' : 'changed';
  };
  for (const [k, hf] of h) {
    const bf = b.get(k);
    const kind = classify(bf?.status, hf.status);
    if (kind) out[kind].push(entry(bf, hf));
  }
  for (const [k, bf] of b) {
    if (h.has(k)) continue;
    const kind = classify(bf.status, undefined);
    if (kind) out[kind].push(entry(bf, undefined));
  }
  for (const list of Object.values(out)) list.sort((x, y) => statusOrder(x) - statusOrder(y));
  const headIs = (e: DiffEntry, s: Status) => e.headStatus === s;
  const newOrWorse = [...out.new, ...out.changed.filter(e => e.direction === 'worse')];
  const side = (r: DiffableReport, file?: string): ReportSide => ({
    auditedAt: r.context.auditedAt,
    toolVersion: r.tool.version,
    ...(file ? { file } : {})
  });
  return {
    target: { engine: head.target.engine, name: head.target.name },
    base: side(base, files.base),
    head: side(head, files.head),
    counts: {
      new: out.new.length,
      resolved: out.resolved.length,
      changed: out.changed.length,
      unchanged: out.unchanged.length,
      newFail: newOrWorse.filter(e => headIs(e, 'FAIL')).length,
      newWarn: newOrWorse.filter(e => headIs(e, 'WARN')).length,
      resolvedFail: [...out.resolved, ...out.changed].filter(
        e => e.baseStatus === 'FAIL' && e.headStatus !== 'FAIL'
      ).length
    },
    new: out.new,
    resolved: out.resolved,
    changed: out.changed,
    unchanged: out.unchanged,
    checks: { appeared, vanished }
  };
}

/**
 * Keys (see findingKey) of head findings that are new or worse than in the base: what a
 * `gate: new` audit lets block. `failOn` says whether WARNs count.
 */
export function newOrWorseKeys(diff: ReportDiff, failOn: 'fail' | 'warn'): Set<string> {
  const blocking = (s: Status | undefined) => s === 'FAIL' || (failOn === 'warn' && s === 'WARN');
  const keys = new Set<string>();
  for (const e of [...diff.new, ...diff.changed]) {
    if (blocking(e.headStatus) && isWorse(e.baseStatus, e.headStatus as Status))
      keys.add(findingKey(e.checkId, e.object));
  }
  return keys;
}
