import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { AuditEvent, LogFormat } from './event.js';
import { stringLines } from './lines.js';
import { EventCollector, emptyStats, readLogs } from './read.js';
import { Replay, type Detection } from './replay.js';
import { ruleProduct, type Rule, type RuleSet } from './rules/load.js';
import { knownFpsSchema, type RuleTest } from './rules/schema.js';
import { plural } from '../core/text.js';

export interface TestResult {
  readonly rule: Rule;
  readonly kind: 'inline' | 'fixture' | 'goodlog' | 'coverage-of-tests';
  readonly name: string;
  /** Line in the rule file the result points at. */
  readonly line: number;
  readonly passed: boolean;
  /** Why it failed, in one sentence (empty when passed). */
  readonly message: string;
  readonly detections: number;
}

function logLines(test: RuleTest): string {
  const items = Array.isArray(test.log) ? test.log : [test.log];
  return items.map(i => (typeof i === 'string' ? i.replace(/\n$/, '') : JSON.stringify(i))).join('\n');
}

/** Replays events through the rule (and any rule it correlates) and counts its own detections. */
function countDetections(rule: Rule, events: readonly AuditEvent[]): Detection[] {
  const replay = new Replay([rule]);
  for (const e of [...events].sort((a, b) => a.time - b.time)) replay.push(e);
  return replay.detections.filter(d => d.rule === rule);
}

function verdict(expect: RuleTest['expect'], n: number): string | undefined {
  if (expect === 'match') return n >= 1 ? undefined : 'expected a match, got none';
  if (expect === 'no_match')
    return n === 0 ? undefined : `expected no match, got ${n} detection${n === 1 ? '' : 's'}`;
  return n === expect ? undefined : `expected ${expect} detection${expect === 1 ? '' : 's'}, got ${n}`;
}

async function runTest(rule: Rule, test: RuleTest, line: number): Promise<TestResult> {
  const product = ruleProduct(rule);
  const base = {
    rule,
    name: test.name,
    line,
    kind: test.fixture ? ('fixture' as const) : ('inline' as const)
  };
  let events: AuditEvent[] = [];
  const stats = emptyStats();
  const opts = { format: test.format, pgPrefix: test.pg_prefix };
  if (test.fixture) {
    const file = path.resolve(rule.dir, test.fixture);
    try {
      const got: AuditEvent[] = [];
      const s = await readLogs([file], e => got.push(e), opts);
      Object.assign(stats, s);
      events = got;
    } catch (e) {
      return {
        ...base,
        passed: false,
        detections: 0,
        message: `fixture ${test.fixture} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`
      };
    }
  } else {
    const c = new EventCollector(`${rule.file}:${line}`, opts, stats);
    for (const [text, n] of stringLines(logLines(test))) c.feed(text, n);
    c.end();
    events = c.take();
  }
  if (stats.malformedCount > 0) {
    const m = stats.malformed[0];
    return {
      ...base,
      passed: false,
      detections: 0,
      message: `the test log has ${plural(stats.malformedCount, 'malformed line')}; line ${m.line}: ${m.reason}`
    };
  }
  if (events.length === 0)
    return { ...base, passed: false, detections: 0, message: 'the test log has no entries' };
  const foreign = events.find(e => e.product !== product);
  if (foreign)
    return {
      ...base,
      passed: false,
      detections: 0,
      message: `the test log was read as ${foreign.format}, but the rule reads ${product} logs (set format on the test)`
    };
  const n = countDetections(rule, events).length;
  const problem = verdict(test.expect, n);
  return { ...base, passed: problem === undefined, detections: n, message: problem ?? '' };
}

/** Runs every inline test and fixture; a rule without a positive and a negative test fails too. */
export async function runRuleTests(set: RuleSet): Promise<TestResult[]> {
  const results: TestResult[] = [];
  for (const rule of set.rules) {
    const tests = rule.doc.tests ?? [];
    for (let i = 0; i < tests.length; i++)
      results.push(await runTest(rule, tests[i], rule.testLines[i] ?? rule.line));
    const positive = tests.some(t => t.expect === 'match' || (typeof t.expect === 'number' && t.expect > 0));
    const negative = tests.some(t => t.expect === 'no_match' || t.expect === 0);
    if (!positive || !negative) {
      const missing = [!positive && 'one that must match', !negative && 'one that must not']
        .filter(Boolean)
        .join(' and ');
      results.push({
        rule,
        kind: 'coverage-of-tests',
        name: 'has positive and negative tests',
        line: rule.line,
        passed: false,
        detections: 0,
        message: `the rule needs tests: ${missing}`
      });
    }
  }
  return results;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (e.name !== 'known-fps.yml') out.push(p);
  }
  return out.sort();
}

export interface GoodlogResult {
  readonly results: TestResult[];
  readonly files: string[];
  readonly events: number;
  readonly malformed: number;
  readonly errors: { file: string; line: number; message: string }[];
}

/**
 * The goodlog pass (Sigma's negative baseline): every rule over the benign corpus in each root's
 * goodlog/ folder. A detection fails the rule unless goodlog/known-fps.yml lists it by rule, file
 * (relative to goodlog/) and the line of the event that completed it.
 */
export async function runGoodlog(set: RuleSet, cwd = process.cwd()): Promise<GoodlogResult> {
  const results: TestResult[] = [];
  const errors: GoodlogResult['errors'] = [];
  const allFiles: string[] = [];
  let events = 0;
  let malformed = 0;
  for (const root of set.roots) {
    const dir = path.join(root, 'goodlog');
    const files = await listFiles(dir);
    if (files.length === 0) continue;
    allFiles.push(...files.map(f => path.relative(cwd, f)));
    const known = new Map<string, string>();
    const readAs = new Map<string, { format?: LogFormat; pgPrefix?: string }>();
    const fpFile = path.join(dir, 'known-fps.yml');
    let text: string | undefined;
    try {
      text = await readFile(fpFile, 'utf8');
    } catch {
      // No known false positives: every hit fails.
    }
    if (text !== undefined) {
      const parsed = knownFpsSchema.safeParse(parse(text));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        errors.push({
          file: path.relative(cwd, fpFile),
          line: 1,
          message: `${issue.path.join('.') || 'top level'}: ${issue.message}`
        });
      } else {
        for (const k of parsed.data.known) known.set(`${k.rule}\u0000${k.file}\u0000${k.line}`, k.reason);
        for (const f of parsed.data.files ?? [])
          readAs.set(f.file, { format: f.format, pgPrefix: f.pg_prefix });
      }
    }
    // Each file is replayed on its own: the corpus files are unrelated captures.
    for (const file of files) {
      const rel = path.relative(dir, file);
      const replay = new Replay(set.rules);
      const stats = await readLogs(
        [file],
        e => replay.push(e),
        readAs.get(rel.split(path.sep).join('/')) ?? {}
      );
      events += stats.events;
      malformed += stats.malformedCount;
      for (const m of stats.malformed.slice(0, 5))
        errors.push({
          file: path.relative(cwd, file),
          line: m.line,
          message: `goodlog corpus line is malformed: ${m.reason}`
        });
      for (const d of replay.detections) {
        const last = d.events[d.events.length - 1];
        const key = `${d.rule.doc.id}\u0000${rel}\u0000${last?.line ?? 0}`;
        if (known.has(key)) continue;
        results.push({
          rule: d.rule,
          kind: 'goodlog',
          name: `goodlog ${rel}:${last?.line ?? 0}`,
          line: d.rule.line,
          passed: false,
          detections: 1,
          message: `fired on the benign corpus at ${path.relative(cwd, file)}:${last?.line ?? 0}; fix the rule or list it in goodlog/known-fps.yml with a reason`
        });
      }
    }
    for (const rule of set.rules)
      if (!results.some(r => r.rule === rule && r.kind === 'goodlog'))
        results.push({
          rule,
          kind: 'goodlog',
          name: 'goodlog',
          line: rule.line,
          passed: true,
          detections: 0,
          message: ''
        });
  }
  return { results, files: allFiles, events, malformed, errors };
}
