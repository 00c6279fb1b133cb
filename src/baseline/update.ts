import { isMap, isScalar, isSeq, YAMLSeq, type Node } from 'yaml';
import { findingKey } from '../diff/identity.js';
import type { WaivableReport } from './report-input.js';
import { entryLine, type BaselineDocument } from './document.js';
import type { Baseline } from './apply.js';

export interface BaselineUpdateChange {
  readonly kind: 'added' | 'pruned' | 'kept-wildcard' | 'expired';
  readonly check: string;
  readonly target: string;
  readonly object?: string;
  /** Line in the file before the update (pruned, kept, expired entries). */
  readonly line?: number;
}

export interface BaselineUpdate {
  readonly text: string;
  readonly changes: readonly BaselineUpdateChange[];
}

/** How far ahead a new waiver stub expires; a person shortens it when filling it in. */
export const STUB_DAYS = 90;

/**
 * Merges a report into an existing baseline through the YAML document, so every existing entry,
 * comment and the order stay as reviewed: a stub (empty reason and owner, which the loader refuses
 * until a person fills them in) per unwaived FAIL without a waiver, and with `prune` the removal of
 * this target's waivers that match no WARN/FAIL finding. Linear in findings + waivers.
 */
export function updateBaseline(
  loaded: { baseline: Baseline; document: BaselineDocument },
  report: WaivableReport,
  opts: { now: Date; prune: boolean }
): BaselineUpdate {
  const { document } = loaded;
  const doc = document.doc;
  const target = report.target.name;
  const changes: BaselineUpdateChange[] = [];
  const waivers = loaded.baseline.waivers;
  const key = (check: string, object: string | undefined) => findingKey(check, object);
  const exact = new Map<string, number>();
  const wildcard = new Map<string, number>();
  waivers.forEach((w, i) => {
    if (w.target === target) exact.set(key(w.check, w.object), i);
    else if (w.target === '*') wildcard.set(key(w.check, w.object), i);
  });
  const problems = new Set(
    report.findings.filter(f => f.status === 'FAIL' || f.status === 'WARN').map(f => key(f.checkId, f.object))
  );

  let seq = doc.get('waivers', true) as Node | undefined;
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('waivers', seq);
  }
  const items = (seq as YAMLSeq).items;

  // Prune first, from the end, so that the indexes of earlier entries stay valid.
  if (opts.prune) {
    const pruned: BaselineUpdateChange[] = [];
    for (let i = waivers.length - 1; i >= 0; i--) {
      const w = waivers[i];
      if (problems.has(key(w.check, w.object))) continue;
      const line = entryLine(document, 'waivers', i);
      const where = {
        check: w.check,
        target: w.target,
        ...(w.object !== undefined ? { object: w.object } : {}),
        ...(line ? { line } : {})
      };
      if (w.target === target) {
        items.splice(i, 1);
        pruned.unshift({ kind: 'pruned', ...where });
      } else if (w.target === '*') pruned.unshift({ kind: 'kept-wildcard', ...where });
    }
    changes.push(...pruned);
  }

  const today = opts.now.toISOString().slice(0, 10);
  const expires = new Date(opts.now.getTime() + STUB_DAYS * 86400000).toISOString().slice(0, 10);
  const seen = new Set<string>();
  for (const f of report.findings) {
    if (f.status !== 'FAIL' || f.waiver?.state === 'active') continue;
    const k = key(f.checkId, f.object);
    if (seen.has(k)) continue;
    seen.add(k);
    const existing = exact.get(k) ?? wildcard.get(k);
    if (existing !== undefined) {
      // A waiver exists but no longer waives (it expired): renewing it is a person's decision.
      if (waivers[existing].expires <= today || f.waiver?.state === 'expired') {
        const line = entryLine(document, 'waivers', existing);
        changes.push({
          kind: 'expired',
          check: f.checkId,
          target: waivers[existing].target,
          ...(f.object !== undefined ? { object: f.object } : {}),
          ...(line ? { line } : {})
        });
      }
      continue;
    }
    const stub = doc.createNode({
      check: f.checkId,
      target,
      ...(f.object !== undefined ? { object: f.object } : {}),
      reason: '',
      owner: '',
      expires
    });
    stub.commentBefore = ` Added by db-posture baseline --update on ${today}: fill in reason and owner.`;
    items.push(stub);
    changes.push({
      kind: 'added',
      check: f.checkId,
      target,
      ...(f.object !== undefined ? { object: f.object } : {})
    });
  }
  // A flow sequence (`waivers: []`) would put every stub on one line: write it as a block.
  (seq as YAMLSeq).flow = false;
  for (const item of items) if (isMap(item)) item.flow = false;
  // Quote the empty strings so that the stub reads `reason: ""`, not a bare `reason:` (null).
  for (const item of items)
    if (isMap(item))
      for (const pair of item.items)
        if (isScalar(pair.value) && pair.value.value === '') pair.value.type = 'QUOTE_DOUBLE';
  return { text: doc.toString({ lineWidth: 0 }), changes };
}
