import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runAudit, type AuditReport } from './pipeline/audit.js';
import { Redactor } from './core/redact.js';
import { EXIT, TargetError, UsageError } from './core/errors.js';
import type { Progress } from './core/progress.js';
import { loadBaselineFor } from './baseline/load.js';
import { checkCatalogue, selectEngine } from './engines/index.js';
import type { CollectorHooks } from './engines/postgres/collector.js';
import { renderSummary, SUMMARY_BUDGET } from './report/summary.js';
import { writeReports, type WrittenReport } from './report/write.js';
import { gateReasons } from './report/markdown.js';
import {
  actionsReferenceDownloader,
  reportUnusedReference,
  resolveReference,
  type ReferenceDownloader
} from './github/reference-report.js';
import { baselineChangesSection } from './github/baseline-changes.js';
import {
  asInputNames,
  hasTarget,
  readAuditSettings,
  readPublishSettings,
  readJobSummary,
  readRunMode,
  readSecrets,
  type AuditSettings,
  type RunMode
} from './github/action-settings.js';
import { readRunContext, artifactUrl, runUrl, type RunContext } from './github/context.js';
import {
  actionsArtifactUploader,
  artifactName,
  artifactUnavailable,
  type ArtifactUploader
} from './github/artifact.js';
import { publishComment } from './github/publish-comment.js';
import { initialOutputs, setOutputs, type Outputs } from './github/outputs.js';
import { inertBlock, writeSummary } from './github/job-summary.js';
import { registerSecrets } from './github/secrets.js';
import { toJsonReport } from './report/json.js';
import { actionsArtifactDownloader, runMergeAction, type ArtifactDownloader } from './fleet/action-merge.js';
import { publishIssues, restIssueApiFactory, type IssueApiFactory } from './fleet/action-issue.js';
import { targetIssue } from './fleet/tracking.js';
import { runMatrixAction } from './fleet/action-matrix.js';
import {
  DetectSession,
  detectOutDir,
  detectionsOnly,
  publishDetectDefaults
} from './github/detect-action.js';
import { readScanSettings, runScanAction, type ScanVerdict } from './github/scan-action.js';

/** Progress goes to the job log. */
const actionProgress: Progress = {
  step: label => core.info(`db-posture: ${label}`),
  count: (label, done, total) => {
    if (done === total || done % 25 === 0) core.info(`db-posture: ${label} ${done}/${total}`);
  },
  warn: message => core.warning(message)
};

/** What the action talks to besides the database; tests inject their own. */
export interface ActionDeps {
  readonly uploader: ArtifactUploader;
  readonly now: () => Date;
  readonly hooks: CollectorHooks;
  /** Fleet merge and tracking issues (src/fleet); tests inject stand-ins. */
  readonly downloader?: ArtifactDownloader;
  readonly issues?: IssueApiFactory;
  /** `compare-to: auto`: downloads the reference artifact of an earlier run. */
  readonly referenceDownloader?: ReferenceDownloader;
  /** The run's context; @actions/github reads it once from the runner's environment. */
  readonly context: () => RunContext;
}

const defaultDeps: ActionDeps = {
  uploader: actionsArtifactUploader,
  now: () => new Date(),
  hooks: {},
  context: () => readRunContext()
};

/**
 * The action: settings (src/github/action-settings.ts) -> one of three modes. `audit` runs the
 * audit, publishes the report files, artifact, job summary, PR comment and outputs, and only then
 * applies the gate, so that everything is published before the step fails; `merge` and `matrix`
 * are the fleet modes (src/fleet), which set their own outputs.
 */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = { ...defaultDeps, ...overrides };
  const redactor = new Redactor();
  const outputs = initialOutputs();
  let jobSummary = true;
  let ownOutputs = false;
  let detect: DetectSession | undefined;
  try {
    const secrets = readSecrets();
    registerSecrets(redactor, [secrets.url, secrets.cloudApiKey, secrets.couchbasePassword, secrets.token]);
    const mode = readRunMode();
    if (mode !== 'audit') {
      // The fleet modes set their own outputs, after these defaults.
      setOutputs(outputs);
      ownOutputs = true;
      return await runFleetMode(mode, deps, secrets.token, redactor);
    }
    const ctx = deps.context();
    jobSummary = readJobSummary();
    // scan: without a target the run is the scan alone: no database, no secret (fork-safe).
    const scanSettings = readScanSettings();
    // The detection inputs (rules, hunt-logs): src/github/detect-action.ts.
    detect = await DetectSession.fromInputs(deps.now(), detectOutDir(ctx.job));
    if (scanSettings && !hasTarget(secrets)) {
      const publishTo = readPublishSettings(jobSummary);
      const verdict = await runScanAction(
        deps,
        scanSettings,
        publishTo,
        ctx,
        secrets.token,
        redactor,
        outputs
      );
      if (detect.requested) await detect.run({ now: deps.now(), jobSummary, redactor });
      applyScanGate(verdict);
      return applyDetectGate(detect);
    }
    if (detect.requested && detectionsOnly(secrets))
      return await runDetectionsOnly(detect, deps.now(), jobSummary, redactor, outputs);
    const settings = readAuditSettings(secrets, ctx, jobSummary);
    if (settings.kind === 'skip') return await skip(settings.reason, jobSummary, outputs);
    const report = await audit(deps, settings, redactor, jobSummary, ctx, secrets.token);
    await publish(
      deps,
      report,
      settings,
      secrets.token,
      ctx,
      redactor,
      outputs,
      detect.coverageSections(report)
    );
    // With a target too, the scan publishes beside the audit; the outputs stay the audit's.
    const scanned = scanSettings
      ? await runScanAction(
          deps,
          scanSettings,
          settings.publish,
          ctx,
          secrets.token,
          redactor,
          initialOutputs()
        )
      : undefined;
    await detect.run({ report, now: deps.now(), jobSummary, redactor });
    applyGate(report);
    if (scanned) applyScanGate(scanned);
    applyDetectGate(detect);
  } catch (error) {
    await reportFailure(error, redactor, jobSummary);
  } finally {
    if (!ownOutputs) {
      setOutputs(outputs);
      if (detect) detect.publishOutputs();
      else publishDetectDefaults();
    }
  }
}

/** Rules test and hunt without an audit target (pull requests, forks included; scheduled hunts). */
async function runDetectionsOnly(
  detect: DetectSession,
  now: Date,
  jobSummary: boolean,
  redactor: Redactor,
  outputs: Outputs
): Promise<void> {
  core.info('db-posture: no audit target given; running the detection inputs only.');
  await detect.run({ now, jobSummary, redactor });
  outputs.result = 'skipped';
  outputs.passed = String(detect.failures.length === 0);
  applyDetectGate(detect);
}

/** A failing rule test or a detection at or above hunt-fail-on fails the step (exit 1). */
function applyDetectGate(detect: DetectSession): void {
  if (detect.failures.length === 0) return;
  core.setFailed(`db-posture detections failed: ${detect.failures.join('; ')}.`);
  if (!process.exitCode) process.exitCode = EXIT.GATE_FAILED;
}

async function runFleetMode(
  mode: Exclude<RunMode, 'audit'>,
  deps: ActionDeps,
  token: string | undefined,
  redactor: Redactor
): Promise<void> {
  if (mode === 'matrix') return await runMatrixAction();
  const downloader = deps.downloader ?? actionsArtifactDownloader;
  await runMergeAction(
    { uploader: deps.uploader, now: deps.now, downloader, issues: deps.issues ?? restIssueApiFactory },
    token,
    redactor
  );
}

/** A fork pull request without secrets: a neutral skip that says why. */
async function skip(reason: string, jobSummary: boolean, outputs: Outputs): Promise<void> {
  if (jobSummary) await writeSummary(`### db-posture: skipped\n\nNothing was audited: ${reason}.\n`);
  core.notice(`db-posture skipped: ${reason}.`);
  outputs.result = 'skipped';
  outputs.passed = 'true';
}

/** Baseline and reference are read before anything connects; a target error is summarised. */
async function audit(
  deps: ActionDeps,
  settings: Extract<AuditSettings, { kind: 'audit' }>,
  redactor: Redactor,
  jobSummary: boolean,
  ctx: RunContext,
  token: string | undefined
): Promise<AuditReport> {
  const { options } = settings;
  const now = deps.now();
  const baseline = await loadBaselineFor(options, checkCatalogue(), now);
  // A path, or `auto`: the newest successful run's artifact (src/github/reference-report.ts).
  const reference = await resolveReference(options, {
    ctx,
    token,
    timeoutMs: settings.publish.comment.timeoutMs,
    redactor,
    downloader: deps.referenceDownloader ?? actionsReferenceDownloader,
    ...(settings.publish.artifactName !== undefined
      ? { artifactNameInput: settings.publish.artifactName }
      : {})
  });
  try {
    const report = await runAudit(await selectEngine(options, redactor, deps.hooks), options, {
      progress: actionProgress,
      redactor,
      now,
      baseline,
      reference
    });
    reportUnusedReference(reference, report.comparison !== undefined, options.gate);
    return report;
  } catch (error) {
    if (error instanceof TargetError && jobSummary) {
      await writeSummary(
        `### db-posture: target could not be audited\n\nNo finding was evaluated, so nothing passed. What happened:\n\n${inertBlock(redactor.scrub(asInputNames(error.message)))}\n`
      );
    }
    throw error;
  }
}

/** Report files, counts, artifact, job summary, PR comment and tracking issue, in that order. */
async function publish(
  deps: ActionDeps,
  report: AuditReport,
  settings: Extract<AuditSettings, { kind: 'audit' }>,
  token: string | undefined,
  ctx: RunContext,
  redactor: Redactor,
  outputs: Outputs,
  markdownSections: readonly string[] = []
): Promise<void> {
  const { options, publish: to } = settings;
  const outDir = path.resolve(options.outDir);
  const written = await writeReports(report, options.formats, outDir, redactor, {
    repositoryRoot: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    markdownSections
  });
  const mdFile = written.markdown!.file;
  outputs['report-markdown'] = mdFile;
  outputs['report-json'] = written.json!.file;
  outputs['sarif-file'] = await copyTo(to.sarifFile, written.sarif!);
  outputs['junit-file'] = await copyTo(to.junitFile, written.junit!);
  outputs['fail-count'] = String(report.summary.FAIL);
  outputs['warn-count'] = String(report.summary.WARN);
  outputs['unwaived-fail-count'] = String(report.gate.unwaivedFails);
  outputs['stale-count'] = String(report.gate.staleWaivers);
  outputs['unknown-count'] = String(report.summary.UNKNOWN);
  const { passed, incomplete } = verdict(report);
  outputs.passed = String(passed);
  outputs.result = incomplete ? 'incomplete' : passed ? 'audited-passed' : 'audited-failed';

  const upload = await uploadReports(deps, report, written, outDir, ctx, to.artifactName);
  const artifactId = upload.id;
  const run = runUrl(ctx);
  const artifact = artifactId !== undefined ? artifactUrl(ctx, artifactId) : undefined;
  if (artifactId !== undefined) outputs['artifact-id'] = String(artifactId);
  if (artifact) outputs['artifact-url'] = artifact;
  const links = {
    ...(run ? { run } : {}),
    ...(artifact ? { artifact } : {}),
    report: path.basename(mdFile),
    uploaded: upload.uploaded
  };
  // A pull request that edits the baseline: its waiver review (src/github/baseline-changes.ts).
  const changes = await baselineChangesSection({
    options,
    report,
    ctx,
    token,
    timeoutMs: to.comment.timeoutMs,
    redactor,
    now: new Date(report.context.auditedAt),
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd()
  });
  const extra = changes ? `\n\n${changes.markdown}` : '';
  if (to.jobSummary) {
    const budget = SUMMARY_BUDGET - Buffer.byteLength(extra, 'utf8');
    await writeSummary(
      redactor.scrub(
        renderSummary(report, {
          reportName: path.basename(mdFile),
          uploaded: upload.uploaded,
          budget,
          sections: markdownSections
        })
      ) + extra
    );
  }
  const comment = await publishComment(report, ctx, {
    token,
    ...to.comment,
    links,
    redactor,
    ...(changes ? { extra: changes.comment } : {})
  });
  if (comment.id !== undefined) outputs['comment-id'] = String(comment.id);
  if (comment.url) outputs['comment-url'] = comment.url;
  if (to.issue) {
    const subject = targetIssue(toJsonReport(report), {
      ...(run ? { run } : {}),
      ...(artifact ? { report: artifact } : {})
    });
    await publishIssues([subject], ctx, token, deps.issues ?? restIssueApiFactory, redactor, run);
  }
}

/** An incomplete audit (a fault stopped a check) fails whatever fail-on says, as the CLI's exit 3. */
function verdict(report: AuditReport): { passed: boolean; incomplete: boolean } {
  const incomplete = report.gate.incomplete > 0;
  return { incomplete, passed: !incomplete && (report.gate.passed || report.gate.failOn === 'never') };
}

/** The gate, applied last: everything is published before the step fails. */
function applyGate(report: AuditReport): void {
  const { passed, incomplete } = verdict(report);
  if (incomplete) {
    core.setFailed(
      `db-posture audit of ${report.target.name} is incomplete, so the gate fails: ${gateReasons(report).join(', ')}.`
    );
    process.exitCode = EXIT.TARGET;
  } else if (!passed) {
    core.setFailed(`db-posture gate failed for ${report.target.name}: ${gateReasons(report).join(', ')}.`);
    process.exitCode = EXIT.GATE_FAILED;
  }
}

/** The scan's gate (fail-on, fail-on-stale, expired waivers) fails the step (exit 1), an incomplete scan exit 3. */
function applyScanGate(v: ScanVerdict): void {
  if (v.incomplete) {
    core.setFailed('db-posture configuration scan is incomplete (a judgement failed), so the gate fails.');
    process.exitCode = EXIT.TARGET;
  } else if (v.failed) {
    core.setFailed(`db-posture configuration scan: ${v.reasons.join(', ')}.`);
    // An audit gate already set 1 or 3; a scan FAIL alone is 1.
    if (!process.exitCode) process.exitCode = EXIT.GATE_FAILED;
  }
}

/** One failed-step line naming the kind of failure, the documented exit code, and for usage errors a summary. */
async function reportFailure(error: unknown, redactor: Redactor, jobSummary: boolean): Promise<void> {
  const e = error as Error;
  const [kind, code] =
    error instanceof UsageError
      ? ['configuration error', EXIT.USAGE]
      : error instanceof TargetError
        ? ['target could not be audited', EXIT.TARGET]
        : ['internal error', EXIT.INTERNAL];
  const text = redactor.scrub(asInputNames(e?.message ?? String(error)));
  if (error instanceof UsageError && jobSummary) {
    await writeSummary(
      `### db-posture: configuration error\n\nNothing was audited:\n\n${inertBlock(text)}\n`
    );
  }
  core.setFailed(`db-posture ${kind}: ${text}`);
  process.exitCode = code;
}

async function uploadReports(
  deps: ActionDeps,
  report: AuditReport,
  written: WrittenReport,
  outDir: string,
  ctx: RunContext,
  artifactNameInput: string | undefined
): Promise<{ readonly uploaded: boolean; readonly id?: number }> {
  const name = artifactName(report.target.name, ctx.job, artifactNameInput);
  const why = artifactUnavailable(process.env);
  if (why) {
    core.warning(`db-posture: report artifact not uploaded: ${why}. The reports are in ${outDir}.`);
    return { uploaded: false };
  }
  const files = Object.values(written).map(w => w.file);
  try {
    const { id } = await deps.uploader.upload(name, files, outDir);
    core.info(`db-posture: uploaded artifact ${name}${id !== undefined ? ` (id ${id})` : ''}`);
    return { uploaded: true, ...(id !== undefined ? { id } : {}) };
  } catch (error) {
    const text = (error as Error).message ?? String(error);
    const hint = /409|already exists/i.test(text)
      ? ' Another job or matrix leg used the same name: set the artifact-name input (for example with the matrix value).'
      : '';
    core.warning(`db-posture: report artifact ${name} could not be uploaded: ${text}.${hint}`);
    return { uploaded: false };
  }
}

/** Copies a rendered report to a path the workflow asked for (sarif-file, junit-file), else returns ours. */
async function copyTo(
  target: string | undefined,
  rendered: { file: string; content: string }
): Promise<string> {
  if (!target) return rendered.file;
  const file = path.resolve(target);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, rendered.content);
  return file;
}
