import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXIT, UsageError } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';
import { describeCheck } from '../engines/index.js';
import { findReportFiles, loadFleetReport, loadReports } from '../fleet/load.js';
import { fleetExitCode, mergeReports, type DuplicatePolicy } from '../fleet/merge.js';
import { parseChoice, parseFleetFormats, parseMaxAge } from '../fleet/options.js';
import type { FleetReport } from '../fleet/schema.js';
import { loadTargets } from '../fleet/targets.js';
import { writeFleetReports, type WrittenFleet } from '../fleet/write.js';
import { checkOutputDirectory } from '../report/out-path.js';
import { plural } from '../core/text.js';
import type { CliIo } from './audit-command.js';
import { parseFleetArgs } from './fleet-args.js';

const MERGE_FLAGS = {
  'from-dir': { type: 'string', multiple: true },
  out: { type: 'string' },
  format: { type: 'string' },
  'max-age': { type: 'string' },
  'compare-to': { type: 'string' },
  duplicates: { type: 'string' },
  targets: { type: 'string' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const;

/** The sibling markdown report of a leg's JSON, relative to the fleet report, when it exists. */
export function siblingMarkdownLink(source: string, outDir: string): string | undefined {
  const md = source.replace(/\.json$/, '.md');
  if (md === source || !existsSync(md)) return undefined;
  return path.relative(outDir, md).split(path.sep).join('/');
}

/** The fleet's lines for the terminal: gate, counts, files, what blocks. */
export function fleetSummaryLines(report: FleetReport, files: readonly string[]): string[] {
  const s = report.summary;
  const lines = [
    `db-posture: fleet of ${plural(s.targets, 'target')}: ${s.passed} passed, ${s.failed} failed, ${s.notEnforced} not enforced, ${s.incomplete} incomplete, ${s.missing} missing, ${s.outdated} outdated`
  ];
  for (const f of files) lines.push(`  wrote ${path.relative(process.cwd(), f) || f}`);
  for (const t of report.targets.filter(t => t.gate === 'failed').slice(0, 50))
    lines.push(
      `  [FAIL] ${t.name}: ${t.unwaivedFails} unwaived FAIL, ${plural(t.expiredWaivers, 'expired waiver')}`
    );
  for (const t of report.targets.filter(t => t.gate === 'incomplete').slice(0, 50))
    lines.push(`  [INCOMPLETE] ${t.name}: a fault stopped a check; see its report`);
  for (const m of report.missing.slice(0, 50))
    lines.push(`  [${m.reason === 'audit-error' ? 'NOT AUDITED' : 'MISSING'}] ${m.name}: ${m.detail}`);
  for (const t of report.targets.filter(t => t.outdated).slice(0, 50))
    lines.push(`  [OUTDATED] ${t.name}: audited ${t.auditedAt}`);
  lines.push(
    report.gate.passed
      ? 'Fleet gate PASSED.'
      : `Fleet gate ${report.gate.incomplete ? 'INCOMPLETE' : 'FAILED'}: ${report.gate.reasons.join('; ')}.`
  );
  return lines;
}

export function writtenFiles(written: WrittenFleet): string[] {
  return Object.values(written).map(w => w.file);
}

/**
 * `db-posture merge <report.json...> | --from-dir <dir>`: the legs' reports into one fleet report
 * (markdown, JSON, SARIF). Exit 0 when every target passed, 1 when one failed, 3 when the fleet is
 * incomplete (a target without a report, or an outdated one); with --fail-on never, 0 unless
 * incomplete.
 */
export async function mergeCommand(args: readonly string[], io: CliIo, redactor: Redactor): Promise<number> {
  const { flags, positionals } = parseFleetArgs(args, MERGE_FLAGS, 'merge', true);
  const dirs = (flags['from-dir'] as string[] | undefined) ?? [];
  // Validate every flag before reading any report.
  const formats = parseFleetFormats(flags.format as string | undefined, '--format');
  const maxAgeHours = parseMaxAge(flags['max-age'] as string | undefined, '--max-age');
  const duplicates = parseChoice<DuplicatePolicy>(
    flags.duplicates as string | undefined,
    '--duplicates',
    ['error', 'latest'],
    'error'
  );
  const failOn = parseChoice(flags['fail-on'] as string | undefined, '--fail-on', ['fail', 'never'], 'fail');
  if (positionals.length === 0 && dirs.length === 0)
    throw new UsageError(
      'db-posture merge needs report files (db-posture merge a.json b.json) or --from-dir <dir>.'
    );
  const expected = flags.targets
    ? (await loadTargets(flags.targets as string)).targets.map(t => t.name)
    : undefined;
  const previousFile = flags['compare-to'] as string | undefined;
  const previous = previousFile
    ? { report: await loadFleetReport(previousFile), source: previousFile }
    : undefined;

  const files = [...positionals];
  for (const dir of dirs) {
    const found = await findReportFiles(dir);
    if (found.length === 0)
      throw new UsageError(`--from-dir ${dir}: no security-audit-*.json report below it.`);
    files.push(...found);
  }
  const outDir = path.resolve((flags.out as string | undefined) ?? 'reports');
  checkOutputDirectory(outDir, '--out');
  const legs = await loadReports(files);
  const now = io.now?.() ?? new Date();
  const { report, kept } = mergeReports(legs, {
    now,
    maxAgeHours,
    duplicates,
    ...(expected ? { expected } : {}),
    ...(previous ? { previous } : {}),
    linkFor: source => siblingMarkdownLink(path.resolve(source), outDir)
  });
  const written = await writeFleetReports(report, kept, formats, outDir, redactor, describeCheck);
  if (!flags.quiet)
    io.stdout.write(`${redactor.scrub(fleetSummaryLines(report, writtenFiles(written)).join('\n'))}\n`);
  const code = fleetExitCode(report);
  return failOn === 'never' && code === EXIT.GATE_FAILED ? EXIT.OK : code;
}
