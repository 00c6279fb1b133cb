import type { AuditEvent, Product } from '../event.js';
import { foldCondition } from './condition.js';
import type { DetectionRule, Rule } from './load.js';
import { compileFieldTest } from './match.js';

/**
 * Prefiltering: literals that every line a rule can match must contain. A replay only parses the
 * lines of one-object-a-line formats that contain one of them (case-insensitively), so the cost
 * of a hunt follows the lines that matter, not the whole file. `undefined` means "every line".
 *
 * A literal is a run of [A-Za-z0-9_.:-]: such a run survives redaction markers (which wrap whole
 * values) and password masking, and no JSON encoder escapes those characters; a line that holds a
 * `\u` escape anyway is always parsed (see LineReader), so a literal's absence proves a miss.
 */
type Lits = Set<string> | undefined;

const TOKEN = /[A-Za-z0-9_.:-]+/g;
const MIN = 3;

/** Normalized fields computed from other text, per product; they have no raw literal. */
const DERIVED = new Set(['db.time', 'db.outcome', 'db.format', 'db.product']);
const DERIVED_BY_PRODUCT: Record<Product, Set<string>> = {
  cockroachdb: new Set(['db.channel']),
  postgresql: new Set(['db.event_type', 'db.source_ip', 'db.node']),
  couchbase: new Set(['db.channel'])
};

function longestToken(text: string): string | undefined {
  let best: string | undefined;
  for (const m of text.matchAll(TOKEN)) if (!best || m[0].length > best.length) best = m[0];
  return best;
}

/** A literal run every match of the regex contains, when one can be proven simply. */
function regexLiteral(source: string): string | undefined {
  // Alternation, classes or groups could make any run optional: give up rather than guess.
  if (/[|[(]/.test(source)) return undefined;
  let best = '';
  let run = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (run.length > best.length) best = run;
      run = '';
      i++;
      continue;
    }
    if (/[A-Za-z0-9_]/.test(c)) {
      // A quantifier after a character makes that character optional.
      const q = source[i + 1];
      if (q === '?' || q === '*' || q === '{') {
        if (run.length > best.length) best = run;
        run = '';
        continue;
      }
      run += c;
    } else {
      if (run.length > best.length) best = run;
      run = '';
    }
  }
  if (run.length > best.length) best = run;
  return best.length >= MIN ? best : undefined;
}

/** The fields that name a CockroachDB event's type (the payload's own and the normalized one). */
const TYPE_FIELDS = new Set(['EventType', 'db.event_type']);

/** Could an event of this type pass this field test? (The rule's own predicate decides.) */
function typeAdmits(key: string, value: unknown, type: string): boolean {
  const probe: AuditEvent = {
    time: 0,
    product: 'cockroachdb',
    format: 'crdb-json',
    eventType: type === '' ? undefined : type,
    fields: { EventType: type },
    file: '',
    line: 0
  };
  try {
    return compileFieldTest(key, value as Parameters<typeof compileFieldTest>[1])(probe);
  } catch {
    return true;
  }
}

/**
 * Literals for one field test, or undefined when some value has none. With `type` (the event
 * type read from the raw line), a test of the type field is decided outright: passed, it says
 * nothing more (undefined); failed, the map cannot match (an empty set).
 */
function fieldLiterals(key: string, value: unknown, product: Product, type?: string): Lits {
  const [field, ...mods] = key.split('|');
  if (type !== undefined && TYPE_FIELDS.has(field))
    return typeAdmits(key, value, type) ? undefined : new Set();
  if (DERIVED.has(field) || DERIVED_BY_PRODUCT[product].has(field)) return undefined;
  if (field.startsWith('envelope.')) return undefined;
  if (mods.some(m => ['cidr', 'gt', 'gte', 'lt', 'lte', 'exists'].includes(m))) return undefined;
  const values = Array.isArray(value) ? value : [value];
  if (mods.includes('all')) {
    // Every value must be present: the best single one is enough.
    let best: string | undefined;
    for (const v of values) {
      const t = literalOf(v, mods);
      if (t && (!best || t.length > best.length)) best = t;
    }
    return best ? new Set([best.toLowerCase()]) : undefined;
  }
  const out = new Set<string>();
  for (const v of values) {
    const t = literalOf(v, mods);
    if (!t) return undefined;
    out.add(t.toLowerCase());
  }
  return out;
}

function literalOf(v: unknown, mods: string[]): string | undefined {
  if (v === null || v === undefined) return undefined;
  const text = String(v);
  if (mods.includes('re')) return regexLiteral(text);
  // Wildcards split the value; any piece is necessary.
  const token = longestToken(text.replace(/(?<!\\)[*?]/g, ' '));
  return token && token.length >= 1 ? token : undefined;
}

/**
 * The better of two necessary sets: fewer literals first (one specific value such as Tag DELETE
 * beats a list of common event types), then longer ones.
 */
function better(a: Lits, b: Lits): Lits {
  if (!a) return b;
  if (!b) return a;
  const score = (s: Set<string>) => -s.size * 100 + Math.min(100, ...[...s].map(x => x.length));
  return score(a) >= score(b) ? a : b;
}

function union(a: Lits, b: Lits): Lits {
  if (!a || !b) return undefined;
  return new Set([...a, ...b]);
}

function selectionLiterals(sel: unknown, product: Product, type?: string): Lits {
  const maps = Array.isArray(sel) ? sel : [sel];
  let out: Lits = new Set();
  for (const m of maps) {
    let best: Lits;
    for (const [k, v] of Object.entries(m as Record<string, unknown>))
      best = better(best, fieldLiterals(k, v, product, type));
    out = union(out, best);
    if (!out) return undefined;
  }
  return out;
}

/**
 * Literals one of which every line the rule matches contains (undefined: any line may match; an
 * empty set: no line can). With `type`, for the lines of a CockroachDB event of that type only.
 */
export function ruleLiterals(rule: DetectionRule, type?: string): Lits {
  const product = rule.doc.logsource.product;
  const detection = rule.doc.detection as Record<string, unknown>;
  const parts = new Map<string, Lits>();
  for (const [name, sel] of Object.entries(detection))
    if (name !== 'condition') parts.set(name, selectionLiterals(sel, product, type));
  // foldCondition needs a non-undefined marker for "every line".
  const ALL = new Set<string>(['\u0000all']);
  const wrap = (l: Lits) => l ?? ALL;
  const unwrap = (l: Set<string>): Lits => (l === ALL || l.has('\u0000all') ? undefined : l);
  const wrapped = new Map([...parts].map(([k, v]) => [k, wrap(v)]));
  const conditions = [detection.condition as string | string[]].flat();
  let out: Lits = new Set();
  for (const c of conditions) {
    const lits = foldCondition<Set<string>>(c, wrapped, {
      and: (a, b) => wrap(better(unwrap(a), unwrap(b))),
      or: (a, b) => wrap(union(unwrap(a), unwrap(b))),
      not: () => ALL,
      all: items => wrap(items.map(unwrap).reduce(better, undefined)),
      any: items => wrap(items.map(unwrap).reduce<Lits>((x, y) => union(x, y), new Set()))
    });
    out = union(out, unwrap(lits));
  }
  return out;
}

/** Every detection rule a set reads, correlations' inputs included. */
function detectionRules(rules: readonly Rule[]): DetectionRule[] {
  const out = new Set<DetectionRule>();
  const visit = (r: Rule) => (r.kind === 'detection' ? out.add(r) : r.inputs.forEach(visit));
  rules.forEach(visit);
  return [...out];
}

/** The literals worth searching for (a literal that contains another is redundant). */
function keptLiterals(lits: Set<string>): string[] {
  const sorted = [...lits].sort((a, b) => a.length - b.length);
  return sorted.filter((l, i) => !sorted.slice(0, i).some(s => l.includes(s)));
}

const escapeRe = (l: string) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One case-insensitive, global regex for a set of literals. */
function literalRegex(lits: Set<string>): RegExp {
  if (lits.size === 0) return /(?!)/g;
  return new RegExp(keptLiterals(lits).map(escapeRe).join('|'), 'gi');
}

/**
 * The same as regexes to search side by side. V8 skips ahead through text (Boyer-Moore) only for
 * an alternation of up to two case-insensitive literals; measured over 257 MB, two of them take
 * 45 ms, three 170 ms. A few literals are therefore searched in pairs, many in one regex.
 */
function literalRegexes(lits: Set<string>): RegExp[] {
  const kept = keptLiterals(lits);
  if (kept.length > 6) return [literalRegex(lits)];
  const out: RegExp[] = [];
  for (let i = 0; i < kept.length; i += 2)
    out.push(
      new RegExp(
        kept
          .slice(i, i + 2)
          .map(escapeRe)
          .join('|'),
        'gi'
      )
    );
  return out;
}

/** Per product, a case-insensitive regex a line must match to be worth parsing (or none). */
export function prefilters(rules: readonly Rule[]): Map<Product, RegExp | undefined> {
  const byProduct = new Map<Product, Lits>();
  for (const r of detectionRules(rules)) {
    const p = r.doc.logsource.product;
    const lits = ruleLiterals(r);
    byProduct.set(p, byProduct.has(p) ? union(byProduct.get(p), lits) : lits);
  }
  const out = new Map<Product, RegExp | undefined>();
  for (const [p, lits] of byProduct) out.set(p, lits ? literalRegex(lits) : undefined);
  return out;
}

/** The prefilters of a rule set as ReadOptions takes them (the hunt, its workers, tests). */
export function lineFilters(rules: readonly Rule[]): {
  prefilter: Map<Product, RegExp | undefined>;
  typePlans: ((type: string) => TypePlan) | undefined;
} {
  return { prefilter: prefilters(rules), typePlans: typePlans(rules) };
}

/**
 * What to do with a line whose event type is known: parse it, skip it, or parse it if one of the
 * regexes matches it.
 */
export type TypePlan = 'parse' | 'skip' | readonly RegExp[];

const MAX_PLANS = 10000;

/**
 * CockroachDB's json formats name each event's type in the raw line (`"EventType":"grant_role"`),
 * so the prefilter can ask only the rules that can match that type for their literals: a
 * query_execute line is searched for the two literals of the rules that read statements, not
 * for the thirty of the whole pack. Plans are made on first sight of a type and kept.
 */
export function typePlans(rules: readonly Rule[]): ((type: string) => TypePlan) | undefined {
  const crdb = detectionRules(rules).filter(r => r.doc.logsource.product === 'cockroachdb');
  if (crdb.length === 0) return undefined;
  const plans = new Map<string, TypePlan>();
  return type => {
    let plan = plans.get(type);
    if (plan !== undefined) return plan;
    let lits: Lits = new Set();
    for (const r of crdb) {
      lits = union(lits, ruleLiterals(r, type));
      if (!lits) break;
    }
    plan = !lits ? 'parse' : lits.size === 0 ? 'skip' : literalRegexes(lits);
    if (plans.size < MAX_PLANS) plans.set(type, plan);
    return plan;
  };
}
