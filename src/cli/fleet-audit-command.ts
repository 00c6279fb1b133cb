import path from 'node:path';
import { runAudit } from '../pipeline/audit.js';
import { EXIT, TargetError, UsageError } from '../core/errors.js';
import { silentProgress } from '../core/progress.js';
import type { Redactor } from '../core/redact.js';
import { DEFAULT_BASELINE, loadBaselineFor } from '../baseline/load.js';
import { describeCheck, checkCatalogue, selectEngine } from '../engines/index.js';
import { toJsonReport } from '../report/json.js';
import { writeReports } from '../report/write.js';
import { checkOutputDirectory } from '../report/out-path.js';
import type { LoadedReport } from '../fleet/load.js';
import { mapBounded } from '../core/bounded.js';
import { fleetExitCode, mergeReports } from '../fleet/merge.js';
import { parseMaxAge } from '../fleet/options.js';
import { loadTargets, targetOptions } from '../fleet/targets.js';
import { writeFleetReports, type FleetFormat } from '../fleet/write.js';
import type { CliIo } from './audit-command.js';
import { parseFleetArgs } from './fleet-args.js';
import { fleetSummaryLines, writtenFiles } from './merge-command.js';

const FLEET_AUDIT_FLAGS = {
  targets: { type: 'string' },
  parallel: { type: 'string' },
  baseline: { type: 'string' },
  'fail-on-stale': { type: 'boolean' },
  'max-waiver-days': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'fail-on': { type: 'string' },
  concurrency: { type: 'string' },
  'connect-timeout': { type: 'string' },
  'statement-timeout': { type: 'string' },
  'max-age': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const;

/** Flags that set one target's identity: they belong in the targets file, not on the command line. */
const PER_TARGET_FLAGS = [
  '--url',
  '--name',
  '--engine',
  '--deployment',
  '--environment',
  '--compliance',
  '--data-sensitivity',
  '--cloud-api-key',
  '--cloud-cluster-id',
  '--cloud-api-url',
  '--certs-dir',
  '--couchbase-url',
  '--couchbase-username',
  '--couchbase-ca'
];

/**
 * `db-posture audit --targets fleet.yml`: validates every target (file, secrets, baselines)
 * before the first connection, audits them with at most --parallel at once, writes each target's
 * reports and the merged fleet report, and exits with the worst outcome: 3 when a target could not
 * be audited, 1 when one failed its gate, 0 otherwise.
 */
export async function fleetAuditCommand(
  args: readonly string[],
  io: CliIo,
  redactor: Redactor
): Promise<number> {
  const single = args.find(a => PER_TARGET_FLAGS.includes(a.split('=')[0]));
  if (single)
    throw new UsageError(
      `${single.split('=')[0]} cannot be combined with --targets: set it per target in the targets file.`
    );
  const { flags } = parseFleetArgs(args, FLEET_AUDIT_FLAGS, 'audit --targets');
  const file = flags.targets as string;
  const parallelRaw = (flags.parallel as string | undefined) ?? '4';
  const parallel = Number(parallelRaw);
  if (!/^\d+$/.test(parallelRaw) || parallel < 1 || parallel > 64)
    throw new UsageError(
      `Invalid --parallel ${JSON.stringify(parallelRaw)}: expected a whole number from 1 to 64.`
    );
  const maxAgeHours = parseMaxAge(flags['max-age'] as string | undefined, '--max-age');
  const common: Record<string, unknown> = Object.fromEntries(
    Object.entries({
      baseline: (flags.baseline as string | undefined) ?? DEFAULT_BASELINE,
      baselineExplicit: flags.baseline !== undefined,
      formats: flags.format,
      outDir: flags.out,
      failOn: flags['fail-on'],
      failOnStale: flags['fail-on-stale'],
      maxWaiverDays: flags['max-waiver-days'],
      concurrency: flags.concurrency,
      connectTimeoutMs: flags['connect-timeout'],
      statementTimeoutMs: flags['statement-timeout']
    }).filter(([, v]) => v !== undefined)
  );
  checkOutputDirectory((flags.out as string | undefined) ?? 'reports', '--out');
  const targets = await loadTargets(file);
  const now = io.now?.() ?? new Date();
  const catalogue = checkCatalogue();
  // Everything is validated before the first connection: a bad entry stops the whole run. Only
  // then are engines chosen (auto-detection reads version() on the target).
  const validated = [];
  for (const entry of targets.targets) {
    const options = targetOptions(targets, entry, io.env, common);
    for (const secret of [options.url, options.cloudApiKey, options.couchbasePassword]) redactor.add(secret);
    const baseline = await loadBaselineFor(options, catalogue, now);
    validated.push({ entry, options, baseline });
  }
  const plans = validated;
  const quiet = Boolean(flags.quiet);
  const errors: { name: string; detail: string }[] = [];
  let internal = false;
  const outcomes = await mapBounded(plans, parallel, async plan => {
    const started = performance.now();
    try {
      // Per target: an unreachable target fails its own leg (auto-detection connects), not the run.
      const engine = await selectEngine(plan.options, redactor, io.hooks);
      const report = await runAudit(engine, plan.options, {
        progress: silentProgress,
        redactor,
        now,
        baseline: plan.baseline
      });
      const written = await writeReports(
        report,
        plan.options.formats,
        path.resolve(plan.options.outDir),
        redactor
      );
      if (!quiet)
        io.stderr.write(
          `db-posture: ${plan.entry.name}: ${report.gate.passed ? 'passed' : report.gate.failOn === 'never' ? 'not enforced' : 'FAILED'} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`
        );
      const source = (written.json ?? written.markdown ?? Object.values(written)[0])?.file ?? plan.entry.name;
      const md = written.markdown?.file;
      return { leg: { source, report: toJsonReport(report) } as LoadedReport, md };
    } catch (error) {
      const known = error instanceof TargetError || error instanceof UsageError;
      if (!known) internal = true;
      const detail = redactor.scrub(
        `${known ? '' : 'internal error: '}${(error as Error)?.message ?? String(error)}`
      );
      errors.push({ name: plan.entry.name, detail });
      if (!quiet) io.stderr.write(`db-posture: ${plan.entry.name}: could not be audited: ${detail}\n`);
      return undefined;
    }
  });
  const legs = outcomes.filter(o => o !== undefined);
  const outDir = path.resolve((flags.out as string | undefined) ?? 'reports');
  const mdBySource = new Map(legs.map(o => [o.leg.source, o.md]));
  const { report, kept } = mergeReports(
    legs.map(o => o.leg),
    {
      now,
      maxAgeHours,
      duplicates: 'error',
      expected: targets.targets.map(t => t.name),
      errors,
      linkFor: source => {
        const md = mdBySource.get(source);
        return md ? path.relative(outDir, md).split(path.sep).join('/') : undefined;
      }
    }
  );
  const requested = (plans[0]?.options.formats ?? ['markdown', 'json']) as readonly string[];
  const formats = (['markdown', 'json', 'sarif'] as FleetFormat[]).filter(
    f => f !== 'sarif' || requested.includes('sarif')
  );
  const written = await writeFleetReports(report, kept, formats, outDir, redactor, describeCheck);
  if (!quiet)
    io.stdout.write(`${redactor.scrub(fleetSummaryLines(report, writtenFiles(written)).join('\n'))}\n`);
  if (internal) return EXIT.INTERNAL;
  return fleetExitCode(report);
}
