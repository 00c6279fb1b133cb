import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseAllDocuments, isMap } from 'yaml';
import type { z } from 'zod';
import type { AuditEvent } from '../event.js';
import type { Predicate } from './condition.js';
import { compileDetection } from './match.js';
import {
  correlationRuleSchema,
  detectionRuleSchema,
  type CorrelationRuleDoc,
  type DetectionRuleDoc
} from './schema.js';

interface Common {
  /** The rule file as found (relative to the directory the user named). */
  readonly file: string;
  /** Absolute directory of the file: fixture paths are relative to it. */
  readonly dir: string;
  /** 1-based line where the rule's document starts, and where each inline test starts. */
  readonly line: number;
  readonly testLines: readonly number[];
}
export interface DetectionRule extends Common {
  readonly kind: 'detection';
  readonly doc: DetectionRuleDoc;
  readonly match: Predicate<AuditEvent>;
}
export interface CorrelationRule extends Common {
  readonly kind: 'correlation';
  readonly doc: CorrelationRuleDoc;
  /** The referenced rules in the order the correlation lists them. */
  readonly inputs: readonly Rule[];
}
export type Rule = DetectionRule | CorrelationRule;

/** A rule file problem: exit code 2 from `rules test`, an annotation on the file's line. */
export interface RuleError {
  readonly file: string;
  readonly line: number;
  readonly rule?: string;
  readonly message: string;
}

export interface RuleSet {
  readonly rules: Rule[];
  readonly errors: RuleError[];
  readonly files: string[];
  /** Directories that were searched (for fixtures and the goodlog corpus). */
  readonly roots: string[];
  /** What loadRules was given: a hunt's workers load the same set from it. */
  readonly source?: { readonly paths: readonly string[]; readonly cwd: string };
}

/** Directories under a rule root that hold logs, not rules. */
const LOG_DIRS = new Set(['fixtures', 'goodlog', 'node_modules', '.git']);

async function ruleFiles(root: string): Promise<string[]> {
  const info = await stat(root);
  if (info.isFile()) return [root];
  const out: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const p = path.join(root, entry.name);
    if (entry.isDirectory()) {
      if (!LOG_DIRS.has(entry.name)) out.push(...(await ruleFiles(p)));
    } else if (/\.ya?ml$/.test(entry.name) && entry.name !== 'pack.yml') out.push(p);
  }
  return out.sort();
}

function zodMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue.path.length > 0 ? issue.path.join('.') : 'top level';
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as unknown as { keys: string[] }).keys;
    return `unknown key${keys.length > 1 ? 's' : ''} ${keys.map(k => JSON.stringify(k)).join(', ')} at ${where}`;
  }
  if (issue.code === 'invalid_union') {
    const errors = (issue as unknown as { errors?: z.core.$ZodIssue[][] }).errors ?? [];
    // Report the branch that got furthest: the one whose first issue has the longest path.
    const best = errors
      .map(e => e[0])
      .filter(Boolean)
      .sort((a, b) => b.path.length - a.path.length)[0];
    if (best) {
      const inner = [...issue.path, ...best.path].join('.') || 'top level';
      if (best.code === 'unrecognized_keys')
        return `unknown key ${(best as unknown as { keys: string[] }).keys.map(k => JSON.stringify(k)).join(', ')} at ${inner}`;
      return `${inner}: ${best.message}`;
    }
  }
  return `${where}: ${issue.message}`;
}

/** What YAML parsing yields for one rule file, before schema validation. */
export interface ParsedRuleFile {
  readonly docs: { line: number; testLines: number[]; raw: Record<string, unknown> }[];
  readonly errors: { line: number; message: string }[];
}

/**
 * The parsed YAML of a rule pack, keyed by file path relative to the pack and checked by the
 * file's SHA-256: the built-in pack ships one (detections/pack.cache.json) because parsing its
 * YAML is most of a hunt's start-up (about 0.4 s cold). A file whose text changed is parsed again;
 * schema validation and compilation always run, so a stale cache can only cost time.
 */
export interface ParseCache {
  readonly version: 1;
  readonly files: Record<string, { sha256: string; docs: ParsedRuleFile['docs'] }>;
}
export const PARSE_CACHE = 'pack.cache.json';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Parses one rule file's YAML stream into documents and their line numbers. */
export function parseRuleFile(text: string): ParsedRuleFile {
  const docsOut: ParsedRuleFile['docs'] = [];
  const errors: ParsedRuleFile['errors'] = [];
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (!Array.isArray(docs)) return { docs: docsOut, errors: [{ line: 1, message: 'not a YAML stream' }] };
  for (const doc of docs) {
    const line = doc.contents?.range ? lc.linePos(doc.contents.range[0]).line : 1;
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      errors.push({ line: e.linePos?.[0]?.line ?? line, message: `YAML: ${e.message.split('\n')[0]}` });
      continue;
    }
    if (doc.contents === null) continue;
    if (!isMap(doc.contents)) {
      errors.push({ line, message: 'a rule document must be a mapping' });
      continue;
    }
    const raw = doc.toJS() as Record<string, unknown>;
    const tests = doc.getIn(['tests']);
    const testLines: number[] = [];
    if (tests && typeof tests === 'object' && 'items' in (tests as object)) {
      for (const item of (tests as { items: { range?: [number, number, number] }[] }).items)
        testLines.push(item.range ? lc.linePos(item.range[0]).line : line);
    }
    docsOut.push({ line, testLines, raw });
  }
  return { docs: docsOut, errors };
}

/** The key of a rule file in a pack's parse cache (POSIX separators, relative to the pack). */
export function cacheKey(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

/**
 * Builds a pack's parse cache from its rule files. Files with YAML errors are left out (they are
 * parsed, and reported, on every load). Documents are copied through JSON, as a load reads them.
 */
export async function buildParseCache(root: string): Promise<ParseCache> {
  const files: ParseCache['files'] = {};
  for (const abs of await ruleFiles(root)) {
    const text = await readFile(abs, 'utf8');
    const parsed = parseRuleFile(text);
    if (parsed.errors.length > 0) continue;
    files[cacheKey(root, abs)] = {
      sha256: sha256(text),
      docs: JSON.parse(JSON.stringify(parsed.docs)) as ParsedRuleFile['docs']
    };
  }
  return { version: 1, files };
}

async function cachedDocs(
  caches: Map<string, ParseCache | undefined>,
  root: string,
  abs: string,
  text: string
): Promise<ParsedRuleFile | undefined> {
  if (!caches.has(root)) {
    let cache: ParseCache | undefined;
    try {
      const c = JSON.parse(await readFile(path.join(root, PARSE_CACHE), 'utf8')) as ParseCache;
      if (c && c.version === 1 && c.files && typeof c.files === 'object') cache = c;
    } catch {
      // No cache (any user's rule folder), or an unreadable one: parse the YAML.
    }
    caches.set(root, cache);
  }
  const entry = caches.get(root)?.files[cacheKey(root, abs)];
  if (!entry || entry.sha256 !== sha256(text)) return undefined;
  return { docs: entry.docs, errors: [] };
}

/**
 * Loads every rule under the given files and directories. Problems are collected, not thrown,
 * so one run reports them all: YAML errors, schema violations, bad selections or conditions,
 * duplicate ids, correlations naming rules that do not exist or that form a cycle.
 */
export async function loadRules(paths: readonly string[], cwd = process.cwd()): Promise<RuleSet> {
  const errors: RuleError[] = [];
  const files: string[] = [];
  const roots: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    try {
      files.push(...(await ruleFiles(abs)));
      roots.push(abs);
    } catch (e) {
      errors.push({
        file: p,
        line: 1,
        message: `cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`
      });
    }
  }
  interface Pending extends Common {
    raw: Record<string, unknown>;
  }
  const pending: Pending[] = [];
  const caches = new Map<string, ParseCache | undefined>();
  for (const abs of files) {
    const shown = path.relative(cwd, abs) || abs;
    const text = await readFile(abs, 'utf8');
    const root = roots.find(r => abs.startsWith(r + path.sep));
    const cached = root ? await cachedDocs(caches, root, abs, text) : undefined;
    const parsed = cached ?? parseRuleFile(text);
    for (const e of parsed.errors) errors.push({ file: shown, ...e });
    for (const d of parsed.docs) pending.push({ file: shown, dir: path.dirname(abs), ...d });
  }

  const rules: Rule[] = [];
  const byKey = new Map<string, Pending & { parsed: DetectionRuleDoc | CorrelationRuleDoc }>();
  const seen = new Map<string, { file: string; line: number }>();
  const valid: (Pending & { parsed: DetectionRuleDoc | CorrelationRuleDoc })[] = [];
  for (const p of pending) {
    const ruleId = typeof p.raw.id === 'string' ? p.raw.id : undefined;
    const schema = 'correlation' in p.raw ? correlationRuleSchema : detectionRuleSchema;
    const parsed = schema.safeParse(p.raw);
    if (!parsed.success) {
      errors.push({ file: p.file, line: p.line, rule: ruleId, message: zodMessage(parsed.error) });
      continue;
    }
    const d = parsed.data;
    const first = seen.get(d.id);
    if (first) {
      errors.push({
        file: p.file,
        line: p.line,
        rule: d.id,
        message: `duplicate id: also used at ${first.file}:${first.line}`
      });
      continue;
    }
    seen.set(d.id, { file: p.file, line: p.line });
    if (d.name) {
      const other = byKey.get(d.name);
      if (other && other.parsed.id !== d.id) {
        errors.push({
          file: p.file,
          line: p.line,
          rule: d.id,
          message: `duplicate name ${JSON.stringify(d.name)}: also used by ${other.parsed.id}`
        });
        continue;
      }
    }
    const entry = { ...p, parsed: d };
    byKey.set(d.id, entry);
    if (d.name) byKey.set(d.name, entry);
    valid.push(entry);
  }

  const built = new Map<string, Rule>();
  const failed = new Set<string>();
  function build(entry: (typeof valid)[number], trail: string[]): Rule | undefined {
    const d = entry.parsed;
    const done = built.get(d.id);
    if (done) return done;
    if (failed.has(d.id)) return undefined;
    const fail = (message: string) => {
      failed.add(d.id);
      errors.push({ file: entry.file, line: entry.line, rule: d.id, message });
      return undefined;
    };
    if (!('correlation' in d)) {
      const doc = d as DetectionRuleDoc;
      let match: Predicate<AuditEvent>;
      try {
        match = compileDetection(doc.detection as Record<string, unknown>);
      } catch (e) {
        return fail((e as Error).message);
      }
      const rule: DetectionRule = {
        kind: 'detection',
        doc,
        match,
        file: entry.file,
        dir: entry.dir,
        line: entry.line,
        testLines: entry.testLines
      };
      built.set(d.id, rule);
      return rule;
    }
    const doc = d as CorrelationRuleDoc;
    const c = doc.correlation;
    if (trail.includes(d.id)) return fail(`correlation cycle: ${[...trail, d.id].join(' -> ')}`);
    if (c.type === 'value_count' && !c.condition?.field)
      return fail('correlation.condition.field: value_count counts the distinct values of a field; name it');
    if ((c.type === 'event_count' || c.type === 'value_count') && !c.condition)
      return fail(`correlation.condition: ${c.type} needs a threshold (gte: N)`);
    if (c.type === 'gap' && c.condition)
      return fail(
        'correlation.condition: gap has no threshold (the timespan is the longest silence allowed)'
      );
    if ((c.type === 'temporal' || c.type === 'temporal_ordered') && c.rules.length < 2)
      return fail(`correlation.rules: ${c.type} needs at least two rules`);
    const inputs: Rule[] = [];
    for (const ref of c.rules) {
      const target = byKey.get(ref);
      if (!target) return fail(`correlation.rules: no rule has id or name ${JSON.stringify(ref)}`);
      const r = build(target, [...trail, d.id]);
      if (!r) return fail(`correlation.rules: ${JSON.stringify(ref)} is itself invalid`);
      inputs.push(r);
    }
    if (Array.isArray(c.generate)) {
      for (const ref of c.generate)
        if (!c.rules.includes(ref))
          return fail(`correlation.generate: ${JSON.stringify(ref)} is not one of correlation.rules`);
    }
    for (const [alias, map] of Object.entries(c.aliases ?? {})) {
      for (const ref of Object.keys(map))
        if (!c.rules.includes(ref))
          return fail(`correlation.aliases.${alias}: ${JSON.stringify(ref)} is not one of correlation.rules`);
    }
    const rule: CorrelationRule = {
      kind: 'correlation',
      doc,
      inputs,
      file: entry.file,
      dir: entry.dir,
      line: entry.line,
      testLines: entry.testLines
    };
    built.set(d.id, rule);
    return rule;
  }
  for (const entry of valid) {
    const r = build(entry, []);
    if (r && !rules.includes(r)) rules.push(r);
  }
  // Correlations resolve their inputs recursively, so keep the file order for the report.
  rules.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return {
    rules,
    errors,
    files: files.map(f => path.relative(cwd, f) || f),
    roots,
    source: { paths: [...paths], cwd }
  };
}

/** The product a rule reads: a correlation's is that of its first base rule. */
export function ruleProduct(rule: Rule): string {
  return rule.kind === 'detection' ? rule.doc.logsource.product : ruleProduct(rule.inputs[0]);
}
