import ipaddr from 'ipaddr.js';
import { fieldValue, type AuditEvent } from '../event.js';
import { compileCondition, type Predicate } from './condition.js';

const MODIFIERS = new Set([
  'contains',
  'startswith',
  'endswith',
  're',
  'i',
  'm',
  's',
  'cidr',
  'all',
  'gt',
  'gte',
  'lt',
  'lte',
  'exists',
  'cased'
]);
type Scalar = string | number | boolean | null;

/** Plain Sigma values are case-insensitive, with `*` and `?` wildcards (`\*` is a literal star). */
function wildcardRegex(value: string, flags: string): RegExp | undefined {
  if (!/(?<!\\)[*?]/.test(value)) return undefined;
  let re = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && (value[i + 1] === '*' || value[i + 1] === '?' || value[i + 1] === '\\')) {
      re += `\\${value[++i]}`;
    } else if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, flags);
}

function asStrings(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap(asStrings);
  if (typeof v === 'object') return [JSON.stringify(v)];
  return [String(v)];
}

/** One value test under the field's modifiers. */
function valueTest(raw: Scalar, mods: Set<string>): (candidates: string[], present: boolean) => boolean {
  if (mods.has('exists')) {
    const want = raw === true || raw === 'true';
    return (_c, present) => present === want;
  }
  if (raw === null) return (c, present) => !present || c.every(s => s === '');
  const cased = mods.has('cased');
  if (mods.has('re')) {
    const flags = ['i', 'm', 's'].filter(f => mods.has(f)).join('');
    const re = new RegExp(String(raw), flags);
    return c => c.some(s => re.test(s));
  }
  if (mods.has('cidr')) {
    const range = ipaddr.parseCIDR(String(raw));
    return c =>
      c.some(s => {
        if (!ipaddr.isValid(s)) return false;
        let a = ipaddr.parse(s);
        if (a.kind() === 'ipv6' && (a as ipaddr.IPv6).isIPv4MappedAddress())
          a = (a as ipaddr.IPv6).toIPv4Address();
        return a.kind() === range[0].kind() && a.match(range);
      });
  }
  for (const op of ['gt', 'gte', 'lt', 'lte'] as const) {
    if (mods.has(op)) {
      const n = Number(raw);
      const cmp = {
        gt: (x: number) => x > n,
        gte: (x: number) => x >= n,
        lt: (x: number) => x < n,
        lte: (x: number) => x <= n
      }[op];
      return c => c.some(s => s.trim() !== '' && !Number.isNaN(Number(s)) && cmp(Number(s)));
    }
  }
  const text = String(raw);
  const norm = cased ? text : text.toLowerCase();
  const fold = (s: string) => (cased ? s : s.toLowerCase());
  if (mods.has('contains')) return c => c.some(s => fold(s).includes(norm));
  if (mods.has('startswith')) return c => c.some(s => fold(s).startsWith(norm));
  if (mods.has('endswith')) return c => c.some(s => fold(s).endsWith(norm));
  const wild = wildcardRegex(text, cased ? 's' : 'is');
  if (wild) return c => c.some(s => wild.test(s));
  return c => c.some(s => fold(s) === norm);
}

/** `Field|mod1|mod2: value(s)` → a predicate over events. Throws with a message on bad input. */
export function compileFieldTest(key: string, value: Scalar | Scalar[]): Predicate<AuditEvent> {
  const [field, ...modList] = key.split('|');
  if (field === '') throw new Error(`"${key}": keyword searches (no field name) are not supported`);
  for (const m of modList) if (!MODIFIERS.has(m)) throw new Error(`"${key}": unknown modifier "${m}"`);
  const mods = new Set(modList);
  if ((mods.has('i') || mods.has('m') || mods.has('s')) && !mods.has('re'))
    throw new Error(`"${key}": i, m and s only qualify re`);
  if (mods.has('cidr')) {
    for (const v of [value].flat()) {
      try {
        ipaddr.parseCIDR(String(v));
      } catch {
        throw new Error(`"${key}": ${JSON.stringify(v)} is not a CIDR range`);
      }
    }
  }
  if (mods.has('re')) {
    for (const v of [value].flat()) {
      try {
        new RegExp(String(v));
      } catch (e) {
        throw new Error(
          `"${key}": ${JSON.stringify(v)} is not a valid regular expression (${(e as Error).message})`
        );
      }
    }
  }
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0) throw new Error(`"${key}": an empty list matches nothing`);
  const tests = values.map(v => valueTest(v, mods));
  const all = mods.has('all');
  return event => {
    const v = fieldValue(event, field);
    const present = v !== undefined && v !== null;
    const candidates = asStrings(v);
    return all ? tests.every(t => t(candidates, present)) : tests.some(t => t(candidates, present));
  };
}

/** A selection: a map is AND over its fields, a list of maps is OR over them. */
export function compileSelection(
  selection: Record<string, Scalar | Scalar[]> | Record<string, Scalar | Scalar[]>[]
): Predicate<AuditEvent> {
  const maps = Array.isArray(selection) ? selection : [selection];
  const compiled = maps.map(m => {
    const tests = Object.entries(m).map(([k, v]) => compileFieldTest(k, v));
    if (tests.length === 0) throw new Error('an empty selection matches everything; name at least one field');
    return (e: AuditEvent) => tests.every(t => t(e));
  });
  return compiled.length === 1 ? compiled[0] : e => compiled.some(t => t(e));
}

/** A detection block → one predicate (several conditions are OR-ed, as Sigma does). */
export function compileDetection(detection: Record<string, unknown>): Predicate<AuditEvent> {
  const selections = new Map<string, Predicate<AuditEvent>>();
  for (const [name, sel] of Object.entries(detection)) {
    if (name === 'condition') continue;
    try {
      selections.set(name, compileSelection(sel as Record<string, Scalar | Scalar[]>));
    } catch (e) {
      throw new Error(`detection.${name}: ${(e as Error).message}`);
    }
  }
  const conditions = [detection.condition as string | string[]].flat();
  const compiled = conditions.map(c => {
    try {
      return compileCondition(c, selections);
    } catch (e) {
      throw new Error(`detection.condition ${JSON.stringify(c)}: ${(e as Error).message}`);
    }
  });
  return compiled.length === 1 ? compiled[0] : e => compiled.some(p => p(e));
}
