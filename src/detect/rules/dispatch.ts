import { fieldValue, type AuditEvent } from '../event.js';
import { foldCondition } from './condition.js';
import type { DetectionRule } from './load.js';

/**
 * Event-type dispatch: most rules name the event types they can match (`EventType: grant_role`,
 * `db.event_type: [...]`). A replay then evaluates, per event, only the rules whose types include
 * the event's, plus the rules that name none, instead of every rule of the product.
 */
const INDEX_FIELDS = ['EventType', 'db.event_type'] as const;
type Values = Set<string> | undefined;

/** Exact, case-insensitive values of `field` in one selection map (undefined: not constrained). */
function mapValues(m: Record<string, unknown>, field: string): Values {
  let out: Values;
  for (const [key, value] of Object.entries(m)) {
    if (key !== field) continue; // any modifier (contains, startswith, re, cased ...) is not exact
    const list = Array.isArray(value) ? value : [value];
    const set = new Set<string>();
    for (const v of list) {
      // null matches an absent field; wildcards match many values: neither can be indexed.
      if (v === null || v === undefined || typeof v === 'object') return undefined;
      const s = String(v);
      if (/(?<!\\)[*?]/.test(s) || s.includes('\\')) return undefined;
      set.add(s.toLowerCase());
    }
    out = set;
  }
  return out;
}

const inter = (a: Values, b: Values): Values => (!a ? b : !b ? a : new Set([...a].filter(x => b.has(x))));
const union = (a: Values, b: Values): Values => (!a || !b ? undefined : new Set([...a, ...b]));

/** The values of `field` every event the rule matches has, or undefined when it cannot say. */
export function ruleFieldValues(rule: DetectionRule, field: string): Values {
  const detection = rule.doc.detection as Record<string, unknown>;
  const parts = new Map<string, Set<string>>();
  const ANY = new Set<string>(['\u0000any']);
  const wrap = (v: Values) => v ?? ANY;
  const unwrap = (v: Set<string>): Values => (v === ANY || v.has('\u0000any') ? undefined : v);
  for (const [name, sel] of Object.entries(detection)) {
    if (name === 'condition') continue;
    // A list of maps is OR; a list of plain values (keywords) says nothing about fields.
    const maps = Array.isArray(sel) ? sel : [sel];
    let v: Values = new Set();
    for (const m of maps) {
      if (m === null || typeof m !== 'object' || Array.isArray(m)) {
        v = undefined;
        break;
      }
      v = union(v, mapValues(m as Record<string, unknown>, field));
      if (!v) break;
    }
    parts.set(name, wrap(v));
  }
  let out: Values = new Set();
  for (const c of [detection.condition as string | string[]].flat()) {
    const folded = foldCondition<Set<string>>(c, parts, {
      and: (a, b) => wrap(inter(unwrap(a), unwrap(b))),
      or: (a, b) => wrap(union(unwrap(a), unwrap(b))),
      not: () => ANY,
      all: items => wrap(items.map(unwrap).reduce(inter, undefined)),
      any: items => wrap(items.map(unwrap).reduce<Values>((x, y) => union(x, y), new Set()))
    });
    out = union(out, unwrap(folded));
  }
  return out;
}

/** Per product: the rules to evaluate for an event, in the rules' original order. */
export class RuleDispatch {
  private readonly indexed: { field: string; values: Set<string> }[] = [];
  private readonly cache = new Map<string, DetectionRule[]>();

  constructor(private readonly rules: readonly DetectionRule[]) {
    for (const r of rules) {
      let entry: { field: string; values: Set<string> } | undefined;
      for (const f of INDEX_FIELDS) {
        const v = ruleFieldValues(r, f);
        if (v) {
          entry = { field: f, values: v };
          break;
        }
      }
      this.indexed.push(entry ?? { field: '', values: new Set() });
    }
  }

  /** The candidate rules for this event (a superset of those that match it). */
  candidates(e: AuditEvent): readonly DetectionRule[] {
    // Two index fields, spelled out: this runs once per kept event.
    const k0 = indexKey(fieldValue(e, INDEX_FIELDS[0]));
    const k1 = indexKey(fieldValue(e, INDEX_FIELDS[1]));
    // A non-string type (a number, a list) is not indexed: every rule is a candidate.
    if (k0 === undefined || k1 === undefined) return this.rules;
    const id = `${k0}\u0000${k1}`;
    let out = this.cache.get(id);
    if (!out) {
      const keys = [k0, k1];
      out = this.rules.filter((_, i) => {
        const x = this.indexed[i];
        if (!x.field) return true;
        return x.values.has(keys[INDEX_FIELDS.indexOf(x.field as (typeof INDEX_FIELDS)[number])]!);
      });
      if (this.cache.size < 10000) this.cache.set(id, out);
    }
    return out;
  }
}

/** An index field's value as a key: lowercased text, '' when absent, undefined when not text. */
function indexKey(v: unknown): string | undefined {
  return typeof v === 'string' ? v.toLowerCase() : v === undefined || v === null ? '' : undefined;
}
