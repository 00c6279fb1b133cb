import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { noAttestations } from '../core/attestation.js';
import type { CheckContext, Compliance, DataSensitivity, Environment } from '../core/check.js';
import { EXIT, UsageError } from '../core/errors.js';
import { COMPLIANCE, ENVIRONMENTS, SENSITIVITIES } from '../core/vocabulary.js';
import { SUPPORTED_PG_VERSIONS, type PgMajor } from '../scan/judge-conf.js';
import { renderScanJson, renderScanMarkdown, renderScanSarif } from '../scan/render.js';
import { renderScanJunit } from '../scan/junit.js';
import { applyScanBaseline } from '../scan/baseline.js';
import { DEFAULT_BASELINE, loadBaseline } from '../baseline/load.js';
import { checkCatalogue } from '../engines/index.js';
import { waiverLine } from '../report/markdown.js';
import { scan } from '../scan/scan.js';
import { judgeScanGate } from '../scan/gate.js';
import { FAIL_ON } from '../core/gate.js';
import type { CliIo } from './audit-command.js';

const FLAGS = {
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  format: { type: 'string' },
  out: { type: 'string' },
  root: { type: 'string' },
  'pg-version': { type: 'string' },
  environment: { type: 'string' },
  'data-sensitivity': { type: 'string' },
  compliance: { type: 'string' },
  engine: { type: 'string' },
  baseline: { type: 'string' },
  'fail-on': { type: 'string' },
  'fail-on-stale': { type: 'boolean' }
} as const;

const FORMATS = {
  markdown: renderScanMarkdown,
  json: renderScanJson,
  sarif: renderScanSarif,
  junit: renderScanJunit
} as const;

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} ${JSON.stringify(value)}: expected one of ${allowed.join(', ')}.`);
}

/** One waiver as a terminal line (markdown code spans read fine as plain text). */
function waiverText(w: Parameters<typeof waiverLine>[0]): string {
  return waiverLine(w).slice(2);
}

/** `db-posture scan [paths...]`: judges configuration files with the live checks; no connection. */
export async function scanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`scan: ${(error as Error).message}`);
  }
  const v = parsed.values;
  const failOn = oneOf('fail-on', v['fail-on'], FAIL_ON, 'fail');
  const format = oneOf('format', v.format, Object.keys(FORMATS) as (keyof typeof FORMATS)[], 'markdown');
  const versions = SUPPORTED_PG_VERSIONS.map(String);
  const pgVersion = Number(
    oneOf('pg-version', v['pg-version'], versions, versions[versions.length - 1])
  ) as PgMajor;
  const compliance = (v.compliance ?? '')
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
    .map(c => oneOf('compliance', c, COMPLIANCE, 'soc2')) as Compliance[];
  const ctx: CheckContext = {
    auditedAt: io.now?.() ?? new Date(),
    deployment: 'self-hosted',
    environment: oneOf('environment', v.environment, ENVIRONMENTS, 'production') as Environment,
    dataSensitivity: oneOf(
      'data-sensitivity',
      v['data-sensitivity'],
      SENSITIVITIES,
      'internal'
    ) as DataSensitivity,
    compliance,
    targetName: 'scan',
    attestation: noAttestations
  };
  // Paths are resolved from --root, and reports name files relative to it (the repository root).
  const root = path.resolve(v.root ?? process.cwd());
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory())
    throw new UsageError(`scan: --root ${JSON.stringify(v.root)} is not a directory.`);
  const paths = parsed.positionals.length ? parsed.positionals : ['.'];
  for (const p of paths) {
    const abs = path.resolve(root, p);
    if (!fs.existsSync(abs)) throw new UsageError(`scan: path ${JSON.stringify(p)} does not exist.`);
    if (path.relative(root, abs).startsWith('..'))
      throw new UsageError(`scan: path ${JSON.stringify(p)} is outside the root ${JSON.stringify(root)}.`);
  }
  // --engine fixes the SQL dialect of every .sql file; without it each file's own statements decide.
  const engine =
    v.engine === undefined
      ? undefined
      : oneOf('engine', v.engine, ['postgres', 'cockroachdb'] as const, 'postgres');
  // The baseline is validated before anything is scanned: a malformed file is exit 2 naming it.
  // An explicit --baseline is read from the working directory like every other flag's file; the
  // default one belongs to the repository, so it is looked for under --root.
  const now = io.now?.() ?? new Date();
  const baselineFile = v.baseline ?? path.join(root, DEFAULT_BASELINE);
  const baseline = await loadBaseline(baselineFile, v.baseline !== undefined, {
    ...checkCatalogue(),
    now,
    failOnStale: Boolean(v['fail-on-stale'])
  });
  if (v['fail-on-stale'] && !baseline)
    throw new UsageError(
      `scan: --fail-on-stale needs a baseline: give --baseline <file> or create ${path.relative(process.cwd(), baselineFile) || baselineFile}.`
    );
  const whole = await scan({
    root,
    paths,
    include: v.include ?? [],
    exclude: v.exclude ?? [],
    pgVersion,
    ctx,
    ...(engine ? { engine } : {})
  });
  const applied = applyScanBaseline(whole.findings, baseline, now);
  const report = {
    ...whole,
    findings: applied.findings,
    ...(baseline ? { baseline: applied.outcome } : {})
  };
  const out = FORMATS[format](report);
  if (v.out) fs.writeFileSync(v.out, out);
  else io.stdout.write(out);
  // What the baseline did goes to stderr, so that stdout stays the report in the chosen format.
  const b = applied.outcome;
  for (const w of b.expired)
    io.stderr.write(`db-posture scan: expired waiver (the finding counts again): ${waiverText(w)}\n`);
  for (const w of b.stale)
    io.stderr.write(`db-posture scan: stale waiver (matches no finding; remove it): ${waiverText(w)}\n`);
  // A waived FAIL does not fail the scan; one whose waiver expired does (see judgeScanGate).
  const gate = judgeScanGate(report.findings, b, { failOn, failOnStale: b.failOnStale });
  if (gate.incomplete) {
    io.stderr.write('db-posture scan: incomplete (a judgement failed), so the gate fails.\n');
    return EXIT.TARGET;
  }
  if (!gate.passed) {
    io.stderr.write(`db-posture scan: the gate failed: ${gate.reasons.join(', ')}.\n`);
    return EXIT.GATE_FAILED;
  }
  return EXIT.OK;
}
