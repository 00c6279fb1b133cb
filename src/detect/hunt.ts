import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { glob } from 'tinyglobby';
import { TargetError, UsageError } from '../core/errors.js';
import { coverage, type PostureFacts, type RuleCoverage } from './coverage.js';
import type { AuditEvent, LogFormat } from './event.js';
import { createParser } from './parsers/index.js';
import { coverageMarkdown } from './output/coverage-text.js';
import { huntJson, huntMarkdown, huntSarif, type HuntReport } from './output/hunt-report.js';
import { readLogs, type ReadOptions, type ReadStats, type SplitReader } from './read.js';
import { Replay, type DeferredEvent, type Detection } from './replay.js';
import type { DetectionRule, RuleSet } from './rules/load.js';
import { lineFilters } from './rules/literals.js';

export const SEVERITIES = ['informational', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Log files from paths and globs, sorted and deduplicated. `label` names the input in errors
 * (`--logs`, `input hunt-logs`).
 */
export async function expandLogs(patterns: readonly string[], label = '--logs'): Promise<string[]> {
  const files: string[] = [];
  for (const p of patterns) {
    if (existsSync(p)) {
      if (!statSync(p).isFile())
        throw new UsageError(`${label} ${p} is a directory: name files or a glob (${p}/*.log).`);
      files.push(p);
      continue;
    }
    if (!/[*?[{]/.test(p))
      throw new UsageError(`${label} ${p} does not exist: expected a log file or a glob.`);
    const matched = (await glob(p, { onlyFiles: true, expandDirectories: false })).sort();
    if (matched.length === 0) throw new UsageError(`${label} ${p} matches no file.`);
    files.push(...matched);
  }
  return [...new Set(files)];
}

/** `--since 7d` or an ISO 8601 time → epoch ms. */
export function parseTime(value: string, flag: string, now: Date): number {
  const age = /^(\d+)([mhd])$/.exec(value);
  if (age)
    return now.getTime() - Number(age[1]) * { m: 60000, h: 3600000, d: 86400000 }[age[2] as 'm' | 'h' | 'd'];
  if (/^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$/.test(value)) {
    const t = Date.parse(
      /T|\s/.test(value) && !/(Z|[+-]\d\d:?\d\d)$/.test(value) ? `${value.replace(' ', 'T')}Z` : value
    );
    if (!Number.isNaN(t)) return t;
  }
  throw new UsageError(
    `${flag} ${JSON.stringify(value)} is not a time: expected ISO 8601 (2025-06-15T13:00:00Z) or an age (90m, 36h, 7d).`
  );
}

export interface HuntOptions {
  readonly files: readonly string[];
  readonly rules: RuleSet;
  readonly now: Date;
  readonly posture?: PostureFacts;
  readonly format?: LogFormat | 'auto';
  readonly pgPrefix?: string;
  readonly since?: number;
  readonly until?: number;
  readonly onBytes?: (bytes: number, detections: number) => void;
  /**
   * Threads that read large files, this one included (1: no worker). Workers run from
   * `workerEntry`, the bundle's entry module, which serves a worker when started as one
   * (src/cli.ts); without it, one thread.
   */
  readonly jobs?: number;
  readonly workerEntry?: URL;
}

/** Files from this size are split into segments for the workers. */
const SPLIT_MIN_BYTES = 32 * 1024 * 1024;
const SEGMENT_BYTES = 8 * 1024 * 1024;

/** The workers' reader, or undefined when the hunt runs in this thread. */
async function splitReader(
  o: HuntOptions,
  replay: Replay,
  read: ReadOptions
): Promise<{ split: SplitReader; threads: number; close: () => Promise<void> } | undefined> {
  const jobs = o.jobs ?? 1;
  if (jobs < 2 || !o.workerEntry || !o.rules.source) return undefined;
  const large = o.files.some(f => {
    try {
      return statSync(f).size >= SPLIT_MIN_BYTES;
    } catch {
      return false;
    }
  });
  if (!large) return undefined;
  const { HuntPool } = await import('./pool.js');
  const { scanSegment, segmentContext } = await import('./segment.js');
  // This thread reads segments too (matching is stateless: the hunt's own replay serves).
  const here = segmentContext(replay, read);
  const pool = await HuntPool.start(
    o.workerEntry,
    jobs - 1,
    {
      kind: 'db-posture-hunt-worker',
      rules: o.rules.source,
      ruleIds: o.rules.rules.map(r => r.doc.id),
      pgPrefix: o.pgPrefix,
      since: o.since,
      until: o.until
    },
    task => scanSegment(task, here)
  );
  if (!pool) return undefined;
  // Evidence is read again from the file, line by line, as detections need it.
  const parsers = new Map<string, (line: number, offset: number, length: number) => AuditEvent>();
  const fds = new Map<string, number>();
  const reparse = (file: string, format: LogFormat) => {
    let parse = parsers.get(file);
    if (!parse) {
      let got: AuditEvent | undefined;
      const parser = createParser(
        format,
        file,
        { event: e => (got = e), malformed: () => undefined },
        { pgPrefix: o.pgPrefix }
      );
      parse = (line, offset, length) => {
        const buf = Buffer.alloc(length);
        let fd = fds.get(file);
        if (fd === undefined) fds.set(file, (fd = openSync(file, 'r')));
        readSync(fd, buf, 0, length, offset);
        got = undefined;
        parser.feed(buf.toString('utf8'), line);
        if (!got) throw new Error(`${file}:${line} changed while the hunt read it`);
        return got;
      };
      parsers.set(file, parse);
    }
    return parse;
  };
  const split: SplitReader = {
    minBytes: SPLIT_MIN_BYTES,
    segmentBytes: SEGMENT_BYTES,
    lookahead: jobs * 2,
    run: task => pool.run(task),
    entry: (recs, values, i, file, format, line) => {
      const rules: DetectionRule[] = [];
      for (let k = recs.ruleStart[i]; k < recs.ruleStart[i + 1]; k++)
        rules.push(replay.detectionRules[recs.rules[k]]);
      const read = reparse(file, format);
      return new WorkerMatch(recs.time[i], rules, values[i], () =>
        read(line, recs.offset[i], recs.length[i])
      );
    }
  };
  return {
    split,
    threads: jobs,
    close: async () => {
      for (const fd of fds.values()) closeSync(fd);
      await pool.close();
    }
  };
}

/** A worker's record on the main thread: the rules it matched, and its event kept as a line. */
class WorkerMatch {
  readonly get: (field: string) => unknown;
  /** Stands in for the event (see DeferredEvent) until a detection shows it. */
  readonly event: AuditEvent;
  constructor(
    readonly time: number,
    readonly rules: DetectionRule[],
    values: Record<string, unknown>,
    read: () => AuditEvent
  ) {
    this.get = f => values[f];
    let event: AuditEvent | undefined;
    const deferred: DeferredEvent = { time, deferred: () => (event ??= read()) };
    this.event = deferred as unknown as AuditEvent;
  }
}

export interface HuntResult {
  readonly detections: Detection[];
  readonly stats: ReadStats;
  readonly seconds: number;
  /** Threads that read the logs: 1, or the jobs asked for when a file was large enough to split. */
  readonly threads: number;
  readonly coverage?: RuleCoverage[];
  readonly report: HuntReport;
  readonly markdown: () => string;
  readonly json: () => string;
  readonly sarif: () => string;
}

/**
 * Replays the files through the rules in timestamp order (the CLI's `hunt` and the action's
 * `hunt-logs`). A file that cannot be read makes the hunt incomplete (TargetError, exit 3).
 */
export async function hunt(o: HuntOptions): Promise<HuntResult> {
  const detections: Detection[] = [];
  const replay = new Replay(o.rules.rules, d => detections.push(d), false);
  const started = performance.now();
  let stats: ReadStats;
  const read: ReadOptions = {
    format: o.format ?? 'auto',
    pgPrefix: o.pgPrefix,
    ...lineFilters(o.rules.rules),
    since: o.since,
    until: o.until,
    onBytes: bytes => o.onBytes?.(bytes, detections.length)
  };
  const workers = await splitReader(o, replay, read);
  try {
    stats = await readLogs(
      o.files,
      e => replay.push(e),
      { ...read, ...(workers ? { split: workers.split } : {}) },
      e => {
        const m = e as WorkerMatch;
        replay.pushMatched(m.time, m.rules, m.get, m.event);
      }
    );
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new TargetError(`a log file could not be read (${e.code ?? e.message}); the hunt is incomplete.`);
  } finally {
    await workers?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const cov = o.posture ? coverage(o.rules.rules, o.posture) : undefined;
  const report = huntJson(
    detections,
    {
      files: o.files.map(f => ({ file: f, format: stats.formats[f] ?? 'empty' })),
      events: stats.events + stats.skipped,
      bytes: stats.bytes,
      malformedCount: stats.malformedCount,
      malformed: stats.malformed,
      rules: o.rules.rules.length,
      since: o.since,
      until: o.until,
      now: o.now
    },
    cov
  );
  const rules = o.rules.rules;
  return {
    detections,
    stats,
    seconds,
    threads: workers?.threads ?? 1,
    ...(cov ? { coverage: cov } : {}),
    report,
    markdown: () => huntMarkdown(report, cov && o.posture ? coverageMarkdown(cov, o.posture) : undefined),
    json: () => `${JSON.stringify(report, null, 2)}\n`,
    sarif: () =>
      huntSarif(
        report,
        new Map(
          rules.map(r => [r.doc.id, { title: r.doc.title, description: r.doc.description, file: r.file }])
        )
      )
  };
}

/** Detections at or above a severity (`never`: none count). */
export function detectionsAtOrAbove(detections: readonly Detection[], failOn: Severity | 'never'): number {
  if (failOn === 'never') return 0;
  const floor = SEVERITIES.indexOf(failOn);
  return detections.filter(d => SEVERITIES.indexOf(d.rule.doc.severity as Severity) >= floor).length;
}
