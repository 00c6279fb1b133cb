import type { Compliance } from '../core/check.js';
import { COMPLIANCE_LOCKS, type Family } from '../policy/families.js';
import { COMPLIANCE_NAMES } from '../policy/frameworks.js';
import { findingKey, indexByKey } from '../diff/identity.js';
import type { DiffableReport } from '../diff/report-input.js';
import { entryLine, parseBaselineDocument, type BaselineDocument } from './document.js';
import { validateBaseline } from './load.js';
import type { Baseline } from './apply.js';
import type { WaiverEntry } from './schema.js';
import type { Attestation } from '../core/attestation.js';

/** What a reviewer must look at in an added or changed entry. */
export type ReviewFlag =
  | { readonly kind: 'expiry-extended'; readonly from: string; readonly to: string }
  | { readonly kind: 'beyond-horizon'; readonly days: number; readonly latest: string }
  | { readonly kind: 'already-expired' }
  | { readonly kind: 'wildcard-target' }
  | { readonly kind: 'compliance-locked'; readonly frameworks: readonly string[]; readonly family: string }
  | { readonly kind: 'weak-evidence' }
  | { readonly kind: 'stale-on-arrival'; readonly target: string }
  | { readonly kind: 'owner-not-handle'; readonly field: 'owner' | 'attested-by'; readonly value: string };

export interface FieldChange {
  readonly field: string;
  readonly from?: string;
  readonly to?: string;
}

export interface ReviewEntry {
  readonly section: 'waivers' | 'attestations';
  readonly change: 'added' | 'removed' | 'changed';
  /** The entry as it is in the head file (the base one for a removed entry). */
  readonly entry: Readonly<Record<string, string>>;
  /** Field-by-field changes of a changed entry. */
  readonly fields: readonly FieldChange[];
  readonly flags: readonly ReviewFlag[];
  /** 1-based line of the entry in the head file (absent for a removed entry). */
  readonly headLine?: number;
}

export interface BaselineReview {
  readonly baseFile?: string;
  readonly headFile: string;
  readonly entries: readonly ReviewEntry[];
  readonly counts: {
    readonly added: number;
    readonly removed: number;
    readonly changed: number;
    readonly flagged: number;
  };
}

export interface ReviewOptions {
  readonly now: Date;
  /** Longest allowed distance between today and an expiry (the audit's --max-waiver-days). */
  readonly maxWaiverDays: number;
  /** Frameworks the target is audited under: waivers on families they lock are flagged. */
  readonly compliance: readonly Compliance[];
  /** Family of each check id (policy.md), for the compliance flag. */
  readonly familyOf: (checkId: string) => Family | undefined;
  /** A current report: a waiver that matches none of its WARN/FAIL findings is stale on arrival. */
  readonly report?: DiffableReport;
}

/** `@user` or `@org/team`, as GitHub spells handles (CODEOWNERS uses the same two forms). */
const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?$/;

/** Evidence a reviewer can follow: a link, a ticket key (SEC-1234) or an issue number (#123). */
const FOLLOWABLE = /https?:\/\/\S+|\b[A-Z][A-Z0-9]+-\d+\b|#\d+\b/;

const WAIVER_FIELDS = ['check', 'target', 'object', 'reason', 'owner', 'expires', 'ticket', 'approved-by'];
const ATTESTATION_FIELDS = ['check', 'target', 'status', 'evidence', 'attested-by', 'expires'];

function waiverRecord(w: WaiverEntry): Record<string, string> {
  const r: Record<string, string> = {};
  for (const f of WAIVER_FIELDS) {
    const v = (w as Record<string, string | undefined>)[f];
    if (v !== undefined) r[f] = v;
  }
  return r;
}

function attestationRecord(a: Attestation): Record<string, string> {
  return {
    check: a.check,
    target: a.target,
    status: a.status,
    evidence: a.evidence,
    'attested-by': a.attestedBy,
    expires: a.expires
  };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Compares two versions of the baseline file entry by entry (waivers by check/target/object,
 * attestations by check/target) and flags what a reviewer must look at. Linear in the entries.
 */
export function reviewBaseline(
  base: { baseline: Baseline; document: BaselineDocument } | undefined,
  head: { baseline: Baseline; document: BaselineDocument },
  opts: ReviewOptions
): BaselineReview {
  const today = day(opts.now);
  const latest = day(new Date(opts.now.getTime() + opts.maxWaiverDays * 86400000));
  const problems = opts.report
    ? new Set(
        opts.report.findings
          .filter(f => f.status === 'FAIL' || f.status === 'WARN')
          .map(f => findingKey(f.checkId, f.object))
      )
    : undefined;
  const entries: ReviewEntry[] = [];

  const flagsFor = (
    section: ReviewEntry['section'],
    rec: Record<string, string>,
    before: Record<string, string> | undefined
  ): ReviewFlag[] => {
    const flags: ReviewFlag[] = [];
    if (before && rec.expires > before.expires)
      flags.push({ kind: 'expiry-extended', from: before.expires, to: rec.expires });
    if (rec.expires > latest) flags.push({ kind: 'beyond-horizon', days: opts.maxWaiverDays, latest });
    if (rec.expires <= today) flags.push({ kind: 'already-expired' });
    if (rec.target === '*') flags.push({ kind: 'wildcard-target' });
    const family = opts.familyOf(rec.check);
    if (section === 'waivers' && family) {
      const frameworks = opts.compliance.filter(c => COMPLIANCE_LOCKS[c].includes(family));
      if (frameworks.length)
        flags.push({
          kind: 'compliance-locked',
          family,
          frameworks: frameworks.map(c => COMPLIANCE_NAMES[c])
        });
    }
    if (section === 'attestations' && !FOLLOWABLE.test(rec.evidence)) flags.push({ kind: 'weak-evidence' });
    if (section === 'waivers' && problems && opts.report) {
      const target = opts.report.target.name;
      if ((rec.target === target || rec.target === '*') && !problems.has(findingKey(rec.check, rec.object)))
        flags.push({ kind: 'stale-on-arrival', target });
    }
    const who = section === 'waivers' ? 'owner' : 'attested-by';
    if (!HANDLE.test(rec[who])) flags.push({ kind: 'owner-not-handle', field: who, value: rec[who] });
    return flags;
  };

  const compare = (
    section: ReviewEntry['section'],
    baseRecs: readonly Record<string, string>[],
    headRecs: readonly Record<string, string>[],
    key: (r: Record<string, string>) => string,
    fields: readonly string[]
  ) => {
    const baseIndex = indexByKey(baseRecs, key);
    const headKeys = new Set(headRecs.map(key));
    headRecs.forEach((rec, i) => {
      const before = baseIndex.get(key(rec))?.[0];
      const headLine = entryLine(head.document, section, i);
      const line = headLine !== undefined ? { headLine } : {};
      if (!before) {
        entries.push({
          section,
          change: 'added',
          entry: rec,
          fields: [],
          flags: flagsFor(section, rec, undefined),
          ...line
        });
        return;
      }
      const changed: FieldChange[] = fields
        .filter(f => before[f] !== rec[f])
        .map(f => ({
          field: f,
          ...(before[f] !== undefined ? { from: before[f] } : {}),
          ...(rec[f] !== undefined ? { to: rec[f] } : {})
        }));
      if (changed.length)
        entries.push({
          section,
          change: 'changed',
          entry: rec,
          fields: changed,
          flags: flagsFor(section, rec, before),
          ...line
        });
    });
    for (const rec of baseRecs)
      if (!headKeys.has(key(rec)))
        entries.push({ section, change: 'removed', entry: rec, fields: [], flags: [] });
  };

  const waiverKey = (r: Record<string, string>) => `${r.target}\u0000${findingKey(r.check, r.object)}`;
  const attestationKey = (r: Record<string, string>) => `${r.target}\u0000${r.check}`;
  compare(
    'waivers',
    (base?.baseline.waivers ?? []).map(waiverRecord),
    head.baseline.waivers.map(waiverRecord),
    waiverKey,
    WAIVER_FIELDS
  );
  compare(
    'attestations',
    (base?.baseline.attestations ?? []).map(attestationRecord),
    head.baseline.attestations.map(attestationRecord),
    attestationKey,
    ATTESTATION_FIELDS
  );
  const count = (c: ReviewEntry['change']) => entries.filter(e => e.change === c).length;
  return {
    ...(base ? { baseFile: base.baseline.file } : {}),
    headFile: head.baseline.file,
    entries,
    counts: {
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
      flagged: entries.filter(e => e.flags.length > 0).length
    }
  };
}

/**
 * The review from file contents (the action reads both versions through the contents API): each
 * side is validated as the audit would (exit 2 naming the file), except that a too-distant expiry is
 * flagged instead of refused. `base` is absent when the pull request adds the file.
 */
export function reviewBaselineSources(
  sources: { base?: { text: string; file: string }; head: { text: string; file: string } },
  catalogue: { knownCheckIds: ReadonlySet<string>; attestableCheckIds: ReadonlySet<string> },
  opts: ReviewOptions
): BaselineReview {
  const load = (s: { text: string; file: string }) => {
    const document = parseBaselineDocument(s.text, s.file);
    return {
      document,
      baseline: validateBaseline(document, { ...catalogue, now: opts.now, maxHorizonDays: 1_000_000 })
    };
  };
  return reviewBaseline(sources.base ? load(sources.base) : undefined, load(sources.head), opts);
}
