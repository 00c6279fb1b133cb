import type { Attestation } from '../core/attestation.js';
import type { Finding, WaiverMark } from '../core/finding.js';
import type { WaiverEntry } from './schema.js';
import { findingKey, indexByKey } from '../diff/identity.js';

/** A waiver as loaded: the entry and its 1-based line in the file (SARIF points a waived result there). */
export type BaselineWaiver = WaiverEntry & { readonly line?: number };

export interface Baseline {
  readonly file: string;
  readonly waivers: readonly BaselineWaiver[];
  readonly attestations: readonly Attestation[];
  readonly failOnStale: boolean;
}

export interface BaselineOutcome {
  readonly file?: string;
  /** Waivers for this target that matched no WARN/FAIL finding. */
  readonly stale: readonly WaiverEntry[];
  /** Active waivers whose expiry is within 14 days. */
  readonly expiringSoon: readonly WaiverEntry[];
  /** Waivers past their expiry that still match a finding: they no longer waive. */
  readonly expired: readonly WaiverEntry[];
  readonly failOnStale: boolean;
}

export const EXPIRY_WARNING_DAYS = 14;

export function emptyBaselineOutcome(): BaselineOutcome {
  return { stale: [], expiringSoon: [], expired: [], failOnStale: false };
}

/** Exact key match: check id, target (or `*`), and object (both absent, or equal). */
export function waiverMatches(
  w: WaiverEntry,
  f: Pick<Finding, 'checkId' | 'object'>,
  target: string
): boolean {
  return w.check === f.checkId && (w.target === target || w.target === '*') && w.object === f.object;
}

/** The findings with their waiver marks, and what became of the baseline's waivers. */
export interface BaselineApplied {
  readonly findings: readonly Finding[];
  readonly outcome: BaselineOutcome;
}

/**
 * Returns the findings with waived ones marked (they stay in the report; the input is not
 * changed), and lists expired, stale and soon-expiring waivers. An expired waiver no longer
 * waives: its finding counts again. Linear in findings + waivers: the WARN/FAIL findings are
 * indexed once by their exact key (check id, object).
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline | undefined,
  target: string,
  now: Date
): BaselineApplied {
  if (!baseline) return { findings, outcome: emptyBaselineOutcome() };
  const today = now.toISOString().slice(0, 10);
  const soon = new Date(now.getTime() + EXPIRY_WARNING_DAYS * 86400000).toISOString().slice(0, 10);
  const stale: WaiverEntry[] = [];
  const expired: WaiverEntry[] = [];
  const expiringSoon: WaiverEntry[] = [];
  const marks = new Map<Finding, WaiverMark>();
  const waivable = indexByKey(
    findings.filter(f => f.status === 'FAIL' || f.status === 'WARN'),
    f => findingKey(f.checkId, f.object)
  );
  for (const w of baseline.waivers) {
    if (w.target !== target && w.target !== '*') continue;
    const matched = waivable.get(findingKey(w.check, w.object));
    if (!matched) {
      stale.push(w);
      continue;
    }
    const state = w.expires <= today ? 'expired' : 'active';
    for (const f of matched) {
      // An exact-target waiver wins over a `*` one for the same finding; among equals the last wins.
      if (marks.has(f) && w.target === '*') continue;
      marks.set(f, {
        reason: w.reason,
        owner: w.owner,
        expires: w.expires,
        state,
        ...(w.line !== undefined ? { line: w.line } : {})
      });
    }
    if (state === 'expired') expired.push(w);
    else if (w.expires <= soon) expiringSoon.push(w);
  }
  return {
    findings: findings.map(f => {
      const m = marks.get(f);
      return m ? { ...f, waiver: m } : f;
    }),
    outcome: { file: baseline.file, stale, expiringSoon, expired, failOnStale: baseline.failOnStale }
  };
}
