import { MAX_JOBS, parseJobs } from '../detect/jobs.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXIT, UsageError } from '../core/errors.js';
import { builtinRulesDir } from '../detect/builtin.js';
import { loadPosture } from '../detect/coverage.js';
import { LOG_FORMATS, type LogFormat } from '../detect/event.js';
import { coverageLines, coverageSummary } from '../detect/output/coverage-text.js';
import {
  detectionsAtOrAbove,
  expandLogs,
  hunt,
  parseTime,
  SEVERITIES,
  type Severity
} from '../detect/hunt.js';
import { compilePrefix } from '../detect/parsers/postgresql.js';
import { loadRules } from '../detect/rules/load.js';
import { workerEntry } from '../detect/worker-entry.js';
import type { CliIo } from './audit-command.js';
import { parseFlags } from './rules-command.js';
import { plural } from '../core/text.js';

export const HUNT_HELP = `db-posture hunt --logs <file|glob> [--logs ...] [options]
  Replays historical audit logs (CockroachDB crdb-v2/json/json-compact/json-fluent, PostgreSQL
  stderr/csvlog/jsonlog with pgaudit, Couchbase audit.log; gzip read directly) through the rules
  in timestamp order, with windowed state per group-by key, and writes the detections.
  --rules <dir|file>          rule directory (repeatable; default: the built-in pack)
  --log-format <f>            auto (default) | ${LOG_FORMATS.join(' | ')}
  --pg-prefix <prefix>        log_line_prefix of PostgreSQL stderr logs (default '%m [%p] ', or the
                              one recorded in --posture)
  --since <time>              ISO 8601 time (2025-06-15T00:00:00Z) or an age (90m, 36h, 7d)
  --until <time>              same forms
  --posture <report.json>     a db-posture audit JSON report: lists the rules blind on that cluster
  --format <list>             comma list of markdown, json, sarif (default: markdown,json)
  --out <dir>                 output directory (default: reports)
  --fail-on <severity>        exit 1 on a detection at or above: informational | low | medium |
                              high (default) | critical | never
  --jobs <n>                  threads that read log files of 32 MB or more, this one included
                              (default: the machine's cores, at most 4, on 3 cores or more;
                              else 1: no worker thread)
  --quiet                     no progress and no summary on the terminal
  Exit codes: 0 no detection at or above --fail-on, 1 there is one, 2 usage, 3 a log file could
  not be read.
`;

const FLAGS = {
  rules: { type: 'string', multiple: true },
  logs: { type: 'string', multiple: true },
  'log-format': { type: 'string' },
  'pg-prefix': { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  posture: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'fail-on': { type: 'string' },
  jobs: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const;

const FORMATS = ['markdown', 'json', 'sarif'] as const;

/** `db-posture hunt`: replay logs through rules and write the detections. */
export async function huntCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, FLAGS, 'hunt');
  if (values.help) {
    io.stdout.write(HUNT_HELP);
    return EXIT.OK;
  }
  if (positionals.length > 0)
    throw new UsageError(
      `Unexpected argument for "db-posture hunt": ${positionals[0]}. Logs go after --logs.`
    );
  const now = io.now?.() ?? new Date();
  const logs = (values.logs as string[] | undefined) ?? [];
  if (logs.length === 0) throw new UsageError('db-posture hunt needs --logs <file|glob> (repeatable).');
  const format = (values['log-format'] as string | undefined) ?? 'auto';
  if (format !== 'auto' && !(LOG_FORMATS as readonly string[]).includes(format))
    throw new UsageError(
      `--log-format ${JSON.stringify(format)} is not a log format: expected auto, ${LOG_FORMATS.join(', ')}.`
    );
  const formats = ((values.format as string | undefined) ?? 'markdown,json').split(',').map(s => s.trim());
  for (const f of formats)
    if (!(FORMATS as readonly string[]).includes(f))
      throw new UsageError(
        `--format ${JSON.stringify(f)} is not an output format: expected a comma list of markdown, json, sarif.`
      );
  const failOn = (values['fail-on'] as string | undefined) ?? 'high';
  if (failOn !== 'never' && !(SEVERITIES as readonly string[]).includes(failOn))
    throw new UsageError(`--fail-on ${JSON.stringify(failOn)}: expected ${SEVERITIES.join(', ')} or never.`);
  const since = values.since ? parseTime(values.since as string, '--since', now) : undefined;
  const until = values.until ? parseTime(values.until as string, '--until', now) : undefined;
  if (since !== undefined && until !== undefined && since > until)
    throw new UsageError('--since is later than --until.');
  const posture = values.posture ? await loadPosture(values.posture as string) : undefined;
  let pgPrefix = values['pg-prefix'] as string | undefined;
  if (pgPrefix === undefined && posture) {
    const recorded = posture.facts.get('log_line_prefix');
    if (recorded?.known && typeof recorded.value === 'string') pgPrefix = recorded.value;
  }
  if (pgPrefix !== undefined) {
    try {
      compilePrefix(pgPrefix);
    } catch (e) {
      throw new UsageError(`--pg-prefix: ${(e as Error).message}.`);
    }
  }
  const jobsText = values.jobs as string | undefined;
  const jobs = parseJobs(jobsText);
  if (jobs === undefined)
    throw new UsageError(
      `--jobs ${JSON.stringify(jobsText)} is not a thread count: expected a whole number from 1 to ${MAX_JOBS}.`
    );
  const outDir = path.resolve((values.out as string | undefined) ?? 'reports');
  const ruleDirs = (values.rules as string[] | undefined) ?? [];
  if (ruleDirs.length === 0) {
    const builtin = builtinRulesDir();
    if (!builtin) throw new UsageError('--rules was not given and the built-in pack was not found.');
    ruleDirs.push(builtin);
  }
  const set = await loadRules(ruleDirs);
  if (set.errors.length > 0) {
    const e = set.errors[0];
    throw new UsageError(
      `--rules: ${e.file}:${e.line}${e.rule ? ` ${e.rule}` : ''}: ${e.message}${set.errors.length > 1 ? ` (and ${set.errors.length - 1} more; run db-posture rules test)` : ''}.`
    );
  }
  const files = await expandLogs(logs);

  const quiet = Boolean(values.quiet);
  const interactive = !quiet && Boolean(io.stderr.isTTY);
  let drawn = 0;
  let result;
  try {
    result = await hunt({
      files,
      rules: set,
      now,
      ...(posture ? { posture } : {}),
      format: format as LogFormat | 'auto',
      pgPrefix,
      since,
      until,
      jobs,
      workerEntry: workerEntry(),
      onBytes: (bytes, found) => {
        if (!interactive || performance.now() - drawn < 250) return;
        drawn = performance.now();
        io.stderr.write(
          `\r\x1b[2Kdb-posture hunt: ${(bytes / 1e6).toFixed(0)} MB read, ${plural(found, 'detection')}`
        );
      }
    });
  } finally {
    if (interactive && drawn > 0) io.stderr.write('\r\x1b[2K');
  }
  const { detections, stats, seconds } = result;
  const cov = result.coverage;
  await mkdir(outDir, { recursive: true });
  const stamp = now.toISOString().slice(0, 10);
  const written: string[] = [];
  const put = async (ext: string, text: string) => {
    const file = path.join(outDir, `hunt-${stamp}.${ext}`);
    await writeFile(file, text);
    written.push(path.relative(process.cwd(), file) || file);
  };
  if (formats.includes('markdown')) await put('md', result.markdown());
  if (formats.includes('json')) await put('json', result.json());
  if (formats.includes('sarif')) await put('sarif', result.sarif());
  if (!quiet) {
    const lines = [
      `db-posture hunt: ${plural(stats.events + stats.skipped, 'event')} from ${plural(files.length, 'file')}, ${(stats.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (${plural(result.threads, 'thread')}), ${plural(set.rules.length, 'rule')}: ${plural(detections.length, 'detection')}`
    ];
    if (stats.malformedCount > 0) {
      lines.push(`  ${plural(stats.malformedCount, 'malformed line')} skipped, e.g.:`);
      for (const m of stats.malformed.slice(0, 5)) lines.push(`    ${m.file}:${m.line}: ${m.reason}`);
    }
    for (const d of detections.slice(0, 50)) {
      const g = d.group
        ? ` ${Object.entries(d.group)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')}`
        : '';
      lines.push(
        `  [${d.rule.doc.severity}] ${d.rule.doc.id}${g} at ${new Date(d.time).toISOString()} (${plural(d.eventCount, 'event')})`
      );
    }
    if (detections.length > 50) lines.push(`  … and ${detections.length - 50} more in the report`);
    if (cov && posture) lines.push(coverageSummary(cov, posture), ...coverageLines(cov).map(l => `  ${l}`));
    for (const w of written) lines.push(`  wrote ${w}`);
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  return detectionsAtOrAbove(detections, failOn as Severity | 'never') > 0 ? EXIT.GATE_FAILED : EXIT.OK;
}
