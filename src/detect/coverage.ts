import { readFile } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';
import { jsonReportSchema, type JsonReport } from '../report/json.js';
import type { Product } from './event.js';
import { ruleProduct, type Rule } from './rules/load.js';
import type { Requirement } from './rules/schema.js';

/**
 * Detection coverage: which rules cannot fire on an audited cluster because the events they read
 * are never written. A rule's `requires` names settings; the posture report's `observed` block
 * (written by each engine from its collected facts) says how they are set. A fact the report does
 * not establish, or a report without the block, leaves the rule "unverified", never covered.
 */
export type FactValue =
  | {
      readonly known: true;
      readonly value: string | boolean;
      readonly items?: readonly string[];
      readonly note?: string;
    }
  | { readonly known: false; readonly reason: string };

export interface PostureFacts {
  readonly product: Product;
  readonly target: string;
  readonly facts: ReadonlyMap<string, FactValue>;
  /** Objects (roles, databases) for which an override narrows what the global value logs. */
  readonly partial: ReadonlyMap<string, string[]>;
  /**
   * The report has no `observed` block (written before it existed): nothing is established, and
   * coverage says so per requirement instead of guessing from check detail texts.
   */
  readonly legacy?: boolean;
}

const ENGINE_PRODUCT: Record<JsonReport['target']['engine'], Product> = {
  postgres: 'postgresql',
  cockroachdb: 'cockroachdb',
  couchbase: 'couchbase'
};

type ObservedJson = NonNullable<JsonReport['observed']>;
type ObservedValueJson = ObservedJson['settings'][string];

function toFact(v: ObservedValueJson): FactValue {
  if ('unknown' in v) return { known: false, reason: v.unknown };
  return {
    known: true,
    value: v.value,
    ...(v.items ? { items: v.items } : {}),
    ...(v.note !== undefined ? { note: v.note } : {})
  };
}

/**
 * The facts of the report's `observed` block: settings by name, channels as `channel:<NAME>`,
 * and for each class a per-role or per-database override drops, the scopes it drops it for.
 */
function observedFacts(o: ObservedJson, facts: Map<string, FactValue>, partial: Map<string, string[]>) {
  for (const [name, v] of Object.entries(o.settings)) facts.set(name, toFact(v));
  for (const [name, v] of Object.entries(o.channels ?? {})) facts.set(`channel:${name}`, toFact(v));
  for (const ov of o.overrides ?? []) {
    const global = facts.get(ov.setting);
    if (!global?.known || !global.items) continue;
    const kept = new Set((ov.items ?? []).map(s => s.toLowerCase()));
    for (const item of global.items) {
      const cls = item.toLowerCase();
      if (kept.has(cls)) continue;
      const key = `${ov.setting}:${cls}`;
      partial.set(key, [...(partial.get(key) ?? []), ov.scope]);
    }
  }
}

/** Reads `--posture report.json`: a db-posture JSON report (schemaVersion 1). */
export async function loadPosture(file: string, flag = '--posture'): Promise<PostureFacts> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError(
      `${flag} ${file} cannot be read as JSON (${e.code ?? e.message}): expected a JSON report from db-posture audit.`
    );
  }
  const parsed = jsonReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${flag} ${file} is not a db-posture JSON report (schemaVersion 1): ${issue.path.join('.') || 'top level'}: ${issue.message}.`
    );
  }
  return postureFacts(parsed.data);
}

export function postureFacts(report: JsonReport): PostureFacts {
  const facts = new Map<string, FactValue>();
  const partial = new Map<string, string[]>();
  const product = ENGINE_PRODUCT[report.target.engine];
  if (report.observed) observedFacts(report.observed, facts, partial);
  return { product, target: report.target.name, facts, partial, legacy: !report.observed };
}

export interface RuleCoverage {
  readonly rule: Rule;
  readonly status: 'covered' | 'blind' | 'unverified' | 'partial';
  /** One sentence per unmet or unknown requirement. */
  readonly reasons: string[];
}

function show(v: FactValue & { known: true }): string {
  if (v.note && v.value === '') return `empty (${v.note})`;
  if (typeof v.value === 'boolean') return String(v.value);
  return v.value === ''
    ? 'empty'
    : JSON.stringify(v.value).replace(/^"|"$/g, '') + (v.note ? ` (${v.note})` : '');
}

function factFor(req: Requirement, facts: PostureFacts): { key: string; fact: FactValue | undefined } {
  if ('channel' in req)
    return { key: `channel:${req.channel}`, fact: facts.facts.get(`channel:${req.channel}`) };
  return { key: req.setting, fact: facts.facts.get(req.setting) };
}

function evaluate(
  req: Requirement,
  facts: PostureFacts
): { ok: boolean | undefined; reason: string; partialFor?: string[] } {
  const { key, fact } = factFor(req, facts);
  const what = 'channel' in req ? `the ${req.channel} channel reaches a log sink` : key;
  const why =
    req.why ?? ('channel' in req ? `${req.channel} events are not collected` : 'its events are not written');
  const unless = `${why} unless ${'channel' in req ? what : describe(req)}`;
  if (facts.legacy)
    return {
      ok: undefined,
      reason: `${unless}; the posture report has no observed settings (written before db-posture recorded them): audit again to establish ${what}`
    };
  if (!fact) return { ok: undefined, reason: `${unless}; the posture report does not establish ${what}` };
  if (!fact.known)
    return {
      ok: undefined,
      reason: `${unless}; the posture report does not establish ${what}: ${fact.reason.replace(/\.$/, '')}`
    };
  if ('channel' in req)
    return {
      ok: fact.value === true,
      reason: `${why}: ${fact.note ?? `the log sinks do not carry ${req.channel}`}`
    };
  if ('value' in req) {
    const want = String(req.value).toLowerCase();
    const have = String(fact.value).toLowerCase();
    return { ok: want === have, reason: `${why}: ${key} is ${show(fact)}` };
  }
  if ('includes' in req) {
    const items = (fact.items ?? []).map(s => s.toLowerCase());
    const want = String(req.includes).toLowerCase();
    // `all` covers every item but those listed as `-item` (sql.log.user_audit: `all ALL` after a
    // NONE rule for a role).
    const ok = items.includes(want) || (items.includes('all') && !items.includes(`-${want}`));
    const partialFor = ok ? facts.partial.get(`${key}:${want}`) : undefined;
    return { ok, reason: `${why}: ${key} is ${show(fact)}, without ${req.includes}`, partialFor };
  }
  if ('excludes' in req) {
    const items = (fact.items ?? []).map(String);
    return { ok: !items.includes(String(req.excludes)), reason: `${why}: ${key} includes ${req.excludes}` };
  }
  return { ok: fact.value !== '' && fact.value !== false, reason: `${why}: ${key} is ${show(fact)}` };
}

function describe(req: Requirement): string {
  if ('channel' in req) return `the ${req.channel} channel is collected`;
  if ('value' in req) return `${req.setting} = ${req.value}`;
  if ('includes' in req) return `${req.setting} includes ${req.includes}`;
  if ('excludes' in req) return `${req.setting} excludes ${req.excludes}`;
  return `${req.setting} is set`;
}

/** All requirements of a rule: its own plus, for a correlation, those of every input. */
export function requirementsOf(rule: Rule): Requirement[] {
  const own = rule.doc.requires ?? [];
  if (rule.kind === 'detection') return own;
  return [...own, ...rule.inputs.flatMap(requirementsOf)];
}

/** Coverage of every rule for the report's product (rules for other products are left out). */
export function coverage(rules: readonly Rule[], facts: PostureFacts): RuleCoverage[] {
  const out: RuleCoverage[] = [];
  for (const rule of rules) {
    if (ruleProduct(rule) !== facts.product) continue;
    const seen = new Set<string>();
    const blind: string[] = [];
    const unknown: string[] = [];
    const partial: string[] = [];
    for (const req of requirementsOf(rule)) {
      const key = JSON.stringify(req);
      if (seen.has(key)) continue;
      seen.add(key);
      const r = evaluate(req, facts);
      if (r.ok === false) blind.push(r.reason);
      else if (r.ok === undefined) unknown.push(r.reason);
      else if (r.partialFor)
        partial.push(
          `overrides stop ${describe(req).replace(/^.* includes /, '')} auditing for ${r.partialFor.join(', ')}`
        );
    }
    if (blind.length > 0) out.push({ rule, status: 'blind', reasons: blind });
    else if (unknown.length > 0) out.push({ rule, status: 'unverified', reasons: unknown });
    else if (partial.length > 0) out.push({ rule, status: 'partial', reasons: partial });
    else out.push({ rule, status: 'covered', reasons: [] });
  }
  return out;
}
