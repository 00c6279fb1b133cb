import path from 'node:path';
import { runAudit, type AuditReport } from '../pipeline/audit.js';
import { loadReference } from '../diff/compare.js';
import { parseAuditOptions, type AuditOptions } from '../core/options.js';
import type { Redactor } from '../core/redact.js';
import { EXIT } from '../core/errors.js';
import { plural } from '../core/text.js';
import { blocksReportGate } from '../core/gate.js';
import { DEFAULT_BASELINE, loadBaselineFor } from '../baseline/load.js';
import { checkCatalogue, selectEngine } from '../engines/index.js';
import type { CollectorHooks } from '../engines/index.js';
import { writeReports } from '../report/write.js';
import { checkOutputDirectory } from '../report/out-path.js';
import { gateReasons } from '../report/markdown.js';
import { TerminalProgress } from './terminal-progress.js';
import { auditCoverage, loadCoverageRules, type AuditCoverage } from '../detect/audit-coverage.js';
import { coverageLines, coverageSummary } from '../detect/output/coverage-text.js';

export interface CliIo {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
  readonly now?: () => Date;
  readonly hooks?: CollectorHooks;
}

/** Maps CLI flags (and environment variables for secrets) onto the shared AuditOptions. */
export function optionsFromFlags(
  flags: Record<string, string | boolean | undefined>,
  env: NodeJS.ProcessEnv,
  redactor: Redactor
): AuditOptions {
  const url = (flags.url as string | undefined) ?? env.DB_POSTURE_URL;
  redactor.add(url);
  const raw: Record<string, unknown> = {
    engine: flags.engine,
    url: url || undefined,
    urlSource: flags.url !== undefined ? '--url' : url ? 'DB_POSTURE_URL' : undefined,
    deployment: flags.deployment,
    environment: flags.environment,
    compliance: flags.compliance,
    dataSensitivity: flags['data-sensitivity'],
    name: flags.name,
    baseline: (flags.baseline as string | undefined) ?? DEFAULT_BASELINE,
    baselineExplicit: flags.baseline !== undefined,
    formats: flags.format,
    outDir: flags.out,
    failOn: flags['fail-on'],
    failOnStale: flags['fail-on-stale'],
    compareTo: flags['compare-to'],
    gate: flags['fail-on-new-only'] ? 'new' : undefined,
    maxWaiverDays: flags['max-waiver-days'],
    concurrency: flags.concurrency,
    connectTimeoutMs: flags['connect-timeout'],
    statementTimeoutMs: flags['statement-timeout'],
    cloudApiKey: (flags['cloud-api-key'] as string | undefined) ?? env.DB_POSTURE_CLOUD_API_KEY,
    cloudClusterId: flags['cloud-cluster-id'],
    cloudApiUrl: flags['cloud-api-url'] ?? env.DB_POSTURE_CLOUD_API_URL,
    certsDir: flags['certs-dir'],
    couchbaseUrl: flags['couchbase-url'],
    couchbaseUsername: flags['couchbase-username'],
    couchbaseCaFile: flags['couchbase-ca'],
    couchbasePassword: env.DB_POSTURE_COUCHBASE_PASSWORD
  };
  redactor.add(raw.cloudApiKey as string | undefined);
  redactor.add(raw.couchbasePassword as string | undefined);
  for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
  const sources: Partial<Record<keyof AuditOptions, string>> = {};
  if (flags['cloud-api-key'] === undefined && env.DB_POSTURE_CLOUD_API_KEY)
    sources.cloudApiKey = 'DB_POSTURE_CLOUD_API_KEY';
  if (flags['cloud-api-url'] === undefined && env.DB_POSTURE_CLOUD_API_URL)
    sources.cloudApiUrl = 'DB_POSTURE_CLOUD_API_URL';
  if (flags.url === undefined && env.DB_POSTURE_URL) sources.url = 'DB_POSTURE_URL';
  return parseAuditOptions(raw, undefined, sources);
}

function summaryLines(report: AuditReport, files: string[], seconds: number): string[] {
  const s = report.summary;
  const lines = [
    `db-posture: audited ${report.target.name} (${report.target.engine} ${report.target.version ?? ''}) in ${seconds.toFixed(1)} s`,
    `  PASS ${s.PASS}  WARN ${s.WARN}  FAIL ${s.FAIL}  INFO ${s.INFO}  N/A ${s['N/A']}  UNKNOWN ${s.UNKNOWN}`
  ];
  for (const f of files) lines.push(`  wrote ${f}`);
  const blocking = report.findings.filter(f => blocksReportGate(report, f) || f.incomplete);
  for (const f of blocking.slice(0, 50))
    lines.push(`  [${f.status}] ${f.checkId}${f.object ? ` (${f.object})` : ''}: ${f.detail.text}`);
  if (blocking.length > 50) lines.push(`  … and ${blocking.length - 50} more in the report`);
  const g = report.gate;
  if (g.incomplete)
    lines.push(
      `Audit INCOMPLETE: ${plural(g.incomplete, 'check')} could not be evaluated because of a fault; the gate fails (exit 3).`
    );
  else if (g.failOn === 'never') lines.push('Gate not enforced (--fail-on never).');
  else if (g.passed)
    lines.push(g.mode === 'new' ? 'Gate PASSED (new or worse findings only).' : 'Gate PASSED.');
  else lines.push(`Gate FAILED: ${gateReasons(report).join(', ')}.`);
  return lines;
}

/** `db-posture audit`: validate, load the baseline, audit, write the reports, return the exit code. */
export async function auditCommand(
  flags: Record<string, string | boolean | undefined>,
  io: CliIo,
  redactor: Redactor
): Promise<number> {
  const options = optionsFromFlags(flags, io.env, redactor);
  // Outputs are checked before anything connects: a bad --out must not cost a whole audit.
  checkOutputDirectory(options.outDir, '--out');
  const now = io.now?.() ?? new Date();
  const baseline = await loadBaselineFor(options, checkCatalogue(), now);
  const reference = await loadReference(options, '--compare-to');
  const rulesDir = flags.rules as string | undefined;
  const rules = rulesDir !== undefined ? await loadCoverageRules([rulesDir], '--rules') : undefined;
  const engine = await selectEngine(options, redactor, io.hooks);
  const quiet = Boolean(flags.quiet);
  const progress = new TerminalProgress(io.stderr, !quiet && Boolean(io.stderr.isTTY));
  const started = performance.now();
  let report: AuditReport;
  try {
    report = await runAudit(engine, options, { progress, redactor, now, baseline, reference });
  } finally {
    progress.clear();
  }
  const cov: AuditCoverage | undefined = rules ? auditCoverage(report, rules) : undefined;
  const written = await writeReports(
    report,
    options.formats,
    path.resolve(options.outDir),
    redactor,
    cov ? { markdownSections: [cov.markdown] } : {}
  );
  const files = Object.values(written).map(w => w.file);
  if (!quiet) {
    const rel = files.map(f => path.relative(process.cwd(), f) || f);
    const lines = summaryLines(report, rel, (performance.now() - started) / 1000);
    if (cov)
      lines.push(coverageSummary(cov.coverage, cov.facts), ...coverageLines(cov.coverage).map(l => `  ${l}`));
    io.stdout.write(`${redactor.scrub(lines.join('\n'))}\n`);
  }
  if (report.gate.incomplete) return EXIT.TARGET;
  return report.gate.passed || report.gate.failOn === 'never' ? EXIT.OK : EXIT.GATE_FAILED;
}
