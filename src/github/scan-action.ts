import { plural } from '../core/text.js';
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { noAttestations } from '../core/attestation.js';
import type { CheckContext, Compliance, DataSensitivity, Environment } from '../core/check.js';
import { UsageError } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';
import { actionGitHubClient } from './action-client.js';
import { COMPLIANCE, ENVIRONMENTS, SENSITIVITIES } from '../core/vocabulary.js';
import { DEFAULT_BASELINE, loadBaseline } from '../baseline/load.js';
import { checkCatalogue } from '../engines/index.js';
import { checkOutputDirectory } from '../report/out-path.js';
import { capSummary, fullReportWhere } from '../report/summary.js';
import { applyScanBaseline } from '../scan/baseline.js';
import { judgeScanGate, type ScanGateSettings } from '../scan/gate.js';
import { FAIL_ON } from '../core/gate.js';
import type { ScanFinding } from '../scan/finding.js';
import { renderScanJunit } from '../scan/junit.js';
import { renderScanJson, renderScanMarkdown, renderScanSarif } from '../scan/render.js';
import { scan, type ScanReport } from '../scan/scan.js';
import { annotate } from './annotations.js';
import type { PublishSettings } from './action-settings.js';
import { checkOutputFile } from './action-settings.js';
import type { ArtifactUploader } from './artifact.js';
import { artifactUnavailable } from './artifact.js';
import { runUrl, type RunContext } from './context.js';
import { booleanInput, input } from './inputs.js';
import { describeRequestError } from './octokit.js';
import type { Outputs } from './outputs.js';
import { listPullRequestFiles, type ChangedFile } from './pr-files.js';
import { upsertStickyComment } from './sticky-comment.js';

export const SCAN_SCOPES = ['changed', 'all'] as const;
export type ScanScope = (typeof SCAN_SCOPES)[number];

export interface ScanSettings {
  /** Repository paths (files or directories) to scan; `.` when only globs are given. */
  readonly paths: readonly string[];
  /** Globs that select files (as `db-posture scan --include`). */
  readonly include: readonly string[];
  readonly scope: ScanScope;
  readonly root: string;
  /** The gate: the action's fail-on and fail-on-stale, as for the audit. */
  readonly gate: ScanGateSettings;
}

const GLOB = /[*?[\]{}!]/;

/**
 * The `scan` input (globs or paths, one per line or comma-separated) and `scan-scope`; undefined
 * when `scan` is empty. Paths are checked against the workspace before anything runs.
 */
export function readScanSettings(): ScanSettings | undefined {
  const given = input('scan');
  if (given === undefined) return undefined;
  const entries = given
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean);
  if (!entries.length)
    throw new UsageError(
      `Invalid input scan ${JSON.stringify(given)}: expected globs or paths, one per line.`
    );
  const scope = (input('scan-scope') ?? 'changed').trim().toLowerCase();
  if (!(SCAN_SCOPES as readonly string[]).includes(scope))
    throw new UsageError(
      `Invalid input scan-scope ${JSON.stringify(input('scan-scope'))}: expected ${SCAN_SCOPES.join(' or ')}.`
    );
  const root = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const include = entries.filter(e => GLOB.test(e));
  const paths = entries.filter(e => !GLOB.test(e));
  for (const p of paths) {
    const abs = path.resolve(root, p);
    if (path.relative(root, abs).startsWith('..'))
      throw new UsageError(
        `Invalid input scan ${JSON.stringify(p)}: the path is outside the workspace ${root}.`
      );
    if (!existsSync(abs))
      throw new UsageError(
        `Invalid input scan ${JSON.stringify(p)}: no such file or directory in the workspace ${root} (check out the repository first).`
      );
  }
  const gate = {
    failOn: oneOf('fail-on', FAIL_ON, 'fail'),
    failOnStale: booleanInput('fail-on-stale', false)
  };
  return { paths: paths.length ? paths : ['.'], include, scope: scope as ScanScope, root, gate };
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const v = input(name)?.trim();
  if (v === undefined) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`Invalid input ${name} ${JSON.stringify(v)}: expected one of ${allowed.join(', ')}.`);
}

/** The policy context (environment, data-sensitivity, compliance) the scan's severities follow. */
function scanContext(now: Date): CheckContext {
  const compliance = (input('compliance') ?? '')
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
    .map(c => {
      if (!(COMPLIANCE as readonly string[]).includes(c))
        throw new UsageError(
          `Invalid input compliance ${JSON.stringify(c)}: expected one of ${COMPLIANCE.join(', ')}.`
        );
      return c as Compliance;
    });
  return {
    auditedAt: now,
    deployment: 'self-hosted',
    environment: oneOf('environment', ENVIRONMENTS, 'production') as Environment,
    dataSensitivity: oneOf('data-sensitivity', SENSITIVITIES, 'internal') as DataSensitivity,
    compliance,
    targetName: 'scan',
    attestation: noAttestations
  };
}

/** What the scan decided, for the gate. */
export interface ScanVerdict {
  readonly failed: boolean;
  readonly incomplete: boolean;
  /** Why the gate failed (judgeScanGate). */
  readonly reasons: readonly string[];
  readonly reported: number;
}

export interface ScanActionDeps {
  readonly uploader: ArtifactUploader;
  readonly now: () => Date;
}

/** The pull request's changed files, or undefined (then every file is judged) with a warning saying why. */
async function changedFiles(
  ctx: RunContext,
  token: string | undefined,
  timeoutMs: number,
  redactor: Redactor
): Promise<ChangedFile[] | undefined> {
  if (!ctx.pullRequest || !ctx.repository) return undefined;
  if (!token) {
    core.warning(
      'db-posture: no github-token input: the pull request files are unknown, so every scanned file is judged (scan-scope all).'
    );
    return undefined;
  }
  const gh = actionGitHubClient({
    token: token,
    apiUrl: ctx.apiUrl,
    timeoutMs: timeoutMs,
    redactor: redactor
  });
  try {
    return await listPullRequestFiles(gh, { ...ctx.repository, number: ctx.pullRequest.number });
  } catch (error) {
    core.warning(
      `db-posture: the pull request files could not be listed (${redactor.scrub(describeRequestError(error, ctx.apiUrl))}), so every scanned file is judged (scan-scope all).`
    );
    return undefined;
  }
}

/** The findings on lines the pull request adds or changes (a file without a patch counts whole). */
export function onChangedLines(
  findings: readonly ScanFinding[],
  files: readonly ChangedFile[]
): ScanFinding[] {
  const byPath = new Map(files.filter(f => f.status !== 'removed').map(f => [f.path, f]));
  return findings.filter(f => {
    const c = byPath.get(f.file);
    return !!c && (c.lines === undefined || c.lines.has(f.line));
  });
}

/**
 * `scan:` in the action. Judges the files the globs select, each whole; on a pull request with
 * `scan-scope: changed` reports only findings on the lines it changes. Writes markdown, JSON,
 * SARIF and JUnit, annotations, the job summary and the "Configuration in this pull request"
 * comment, and sets the outputs; the caller applies the gate from the verdict.
 */
export async function runScanAction(
  deps: ScanActionDeps,
  settings: ScanSettings,
  publish: PublishSettings,
  ctx: RunContext,
  token: string | undefined,
  redactor: Redactor,
  outputs: Outputs
): Promise<ScanVerdict> {
  const now = deps.now();
  const checkCtx = scanContext(now);
  const outDir = path.resolve(
    input('out-dir') ?? path.join(process.env.RUNNER_TEMP ?? '.', 'db-posture', ctx.job ?? 'scan')
  );
  checkOutputDirectory(outDir, 'input out-dir');
  checkOutputFile(publish.sarifFile, 'sarif-file');
  checkOutputFile(publish.junitFile, 'junit-file');
  const baselineFile = input('baseline') ?? DEFAULT_BASELINE;
  const catalogue = checkCatalogue();
  const baseline = await loadBaseline(
    path.resolve(settings.root, baselineFile),
    baselineFile !== DEFAULT_BASELINE,
    { ...catalogue, now }
  );

  const scope =
    settings.scope === 'changed'
      ? await changedFiles(ctx, token, publish.comment.timeoutMs, redactor)
      : undefined;
  core.info(
    `db-posture: scanning ${(settings.include.length && settings.paths.join() === '.' ? settings.include : [...settings.paths, ...settings.include]).join(', ')} in ${settings.root}`
  );
  const whole = await scan({
    root: settings.root,
    paths: settings.paths,
    include: settings.include,
    exclude: [],
    pgVersion: 17,
    ctx: checkCtx
  });
  const inScope = scope ? onChangedLines(whole.findings, scope) : whole.findings;
  const { findings, outcome } = applyScanBaseline(inScope, baseline, now);
  // The report names the baseline as the workflow does (repository-relative), not by runner path.
  const report: ScanReport = {
    ...whole,
    findings,
    ...(baseline ? { baseline: { ...outcome, file: baselineFile } } : {})
  };
  const count = (s: string) => findings.filter(f => f.status === s).length;
  const gate = judgeScanGate(findings, outcome, settings.gate);
  const { unwaivedFails, incomplete } = gate;
  const outside = whole.findings.length - inScope.length;
  const scopeLine = scope
    ? `Scope: the ${plural(scope.length, 'file')} this pull request changes, findings on changed lines only${outside ? ` (${plural(outside, 'finding')} elsewhere not reported; scan-scope: all shows them)` : ''}.`
    : 'Scope: every scanned file.';
  const markdown = `${renderScanMarkdown(report)}\n${scopeLine}\n`;

  // Reports: the same writers as `db-posture scan`, one file per format.
  await mkdir(outDir, { recursive: true });
  const base = path.join(outDir, 'db-posture-scan');
  const files = {
    markdown: `${base}.md`,
    json: `${base}.json`,
    sarif: `${base}.sarif`,
    junit: `${base}.junit.xml`
  };
  const sarif = renderScanSarif(report);
  const junit = renderScanJunit(report);
  await writeFile(files.markdown, redactor.scrub(markdown));
  await writeFile(files.json, redactor.scrub(renderScanJson(report)));
  await writeFile(files.sarif, redactor.scrub(sarif));
  await writeFile(files.junit, redactor.scrub(junit));
  const copy = async (target: string | undefined, content: string, own: string) => {
    if (!target) return own;
    const file = path.resolve(target);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, redactor.scrub(content));
    return file;
  };
  outputs['report-markdown'] = files.markdown;
  outputs['report-json'] = files.json;
  outputs['sarif-file'] = await copy(publish.sarifFile, sarif, files.sarif);
  outputs['junit-file'] = await copy(publish.junitFile, junit, files.junit);
  outputs['fail-count'] = String(count('FAIL'));
  outputs['warn-count'] = String(count('WARN'));
  outputs['unknown-count'] = String(count('UNKNOWN'));
  outputs['unwaived-fail-count'] = String(unwaivedFails);
  outputs['stale-count'] = String(outcome.stale.length);
  const failed = !incomplete && !gate.passed;
  outputs.passed = String(gate.passed);
  outputs.result = incomplete ? 'incomplete' : failed ? 'scanned-failed' : 'scanned-passed';

  annotate(findings);

  const why = artifactUnavailable(process.env);
  let uploaded = false;
  if (!why) {
    try {
      const name = input('artifact-name') ?? `db-posture-scan${ctx.job ? `-${ctx.job}` : ''}`;
      const { id } = await deps.uploader.upload(name, Object.values(files), outDir);
      uploaded = true;
      if (id !== undefined) outputs['artifact-id'] = String(id);
    } catch (error) {
      core.warning(
        `db-posture: scan report artifact not uploaded: ${redactor.scrub((error as Error).message)}`
      );
    }
  }
  if (publish.jobSummary) {
    try {
      // Only an upload that worked puts the report in an artifact.
      const where = fullReportWhere(path.basename(files.markdown), uploaded);
      await core.summary.addRaw(capSummary(redactor.scrub(markdown), where)).write();
    } catch (error) {
      core.warning(`db-posture: job summary not written: ${(error as Error).message}`);
    }
  }
  await publishScanComment(markdown, ctx, token, publish, redactor, outputs, failed || incomplete);
  return { failed, incomplete, reasons: gate.reasons, reported: findings.length };
}

/** The sticky "Configuration in this pull request" comment (its own marker, beside the audit's). */
async function publishScanComment(
  markdown: string,
  ctx: RunContext,
  token: string | undefined,
  publish: PublishSettings,
  redactor: Redactor,
  outputs: Outputs,
  failed: boolean
): Promise<void> {
  const mode = publish.comment.mode;
  if (mode === 'off' || !ctx.pullRequest || !ctx.repository) return;
  if (ctx.pullRequest.fromFork) {
    core.notice(
      'db-posture: pull request from a fork: the workflow token is read-only, so no comment was posted; the annotations and the job summary carry the findings.'
    );
    return;
  }
  if (!token) {
    core.warning('db-posture: no github-token input; the pull-request comment was skipped.');
    return;
  }
  const gh = actionGitHubClient({
    token: token,
    apiUrl: ctx.apiUrl,
    timeoutMs: publish.comment.timeoutMs,
    redactor: redactor
  });
  const body = markdown.replace(/^## Configuration scan/, '## Configuration in this pull request');
  const run = runUrl(ctx);
  try {
    const outcome = await upsertStickyComment(gh, {
      owner: ctx.repository.owner,
      repo: ctx.repository.repo,
      issue: ctx.pullRequest.number,
      target: 'configuration-scan',
      body: redactor.scrub(body),
      links: run ? `[Workflow run](${run})` : '',
      mode,
      passed: !failed,
      graphqlUrl: ctx.graphqlUrl,
      apiUrl: ctx.apiUrl
    });
    if ('id' in outcome && outcome.id !== undefined && outcome.action !== 'deleted') {
      outputs['comment-id'] = String(outcome.id);
      if ('url' in outcome && outcome.url) outputs['comment-url'] = outcome.url;
    } else if (outcome.action === 'skipped')
      core.warning(`db-posture: pull-request comment skipped: ${redactor.scrub(outcome.reason)}`);
  } catch (error) {
    core.warning(`db-posture: pull-request comment failed: ${redactor.scrub((error as Error).message)}`);
  }
}
