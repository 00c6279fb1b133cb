import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runAudit, type AuditReport } from './core/audit.js';
import { parseAuditOptions, type AuditOptions } from './core/options.js';
import { Redactor } from './core/redact.js';
import { TargetError, UsageError } from './core/errors.js';
import type { Progress } from './core/progress.js';
import { DEFAULT_BASELINE, loadBaselineFor } from './baseline/load.js';
import { checkCatalogue, describeCheck, selectEngine } from './engines/index.js';
import type { CollectorHooks } from './engines/postgres/collector.js';
import { capSummary } from './report/summary.js';
import { writeReports, type WrittenReport } from './report/write.js';
import { gateReasons } from './report/markdown.js';
import { loadReference } from './diff/compare.js';
import { booleanInput, input } from './github/inputs.js';
import { readRunContext, artifactUrl, runUrl, type RunContext } from './github/context.js';
import {
  actionsArtifactUploader,
  artifactName,
  artifactUnavailable,
  type ArtifactUploader
} from './github/artifact.js';
import { publishComment } from './github/publish-comment.js';
import { toJsonReport } from './report/json.js';
import { actionsArtifactDownloader, runMergeAction, type ArtifactDownloader } from './fleet/action-merge.js';
import {
  issueSettings,
  publishIssues,
  restIssueApiFactory,
  type IssueApiFactory
} from './fleet/action-issue.js';
import { targetIssue } from './fleet/tracking.js';
import { runMatrixAction } from './fleet/action-matrix.js';

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
}

const defaultDeps: ActionDeps = { uploader: actionsArtifactUploader, now: () => new Date(), hooks: {} };

function readOptions(
  url: string | undefined,
  cloudApiKey: string | undefined,
  couchbasePassword: string | undefined,
  ctx: RunContext
): AuditOptions {
  const baselinePath = input('baseline') ?? DEFAULT_BASELINE;
  return parseAuditOptions(
    Object.fromEntries(
      Object.entries({
        url,
        engine: input('engine'),
        deployment: input('deployment'),
        environment: input('environment'),
        compliance: input('compliance'),
        dataSensitivity: input('data-sensitivity'),
        name: input('name'),
        baseline: baselinePath,
        baselineExplicit: baselinePath !== DEFAULT_BASELINE,
        failOn: input('fail-on'),
        failOnStale: input('fail-on-stale'),
        compareTo: input('compare-to'),
        gate: input('gate'),
        maxWaiverDays: input('max-waiver-days'),
        formats: ['markdown', 'json', 'sarif'],
        outDir:
          input('out-dir') ?? path.join(process.env.RUNNER_TEMP ?? '.', 'db-posture', ctx.job ?? 'audit'),
        cloudApiKey,
        cloudClusterId: input('cloud-cluster-id'),
        cloudApiUrl: input('cloud-api-url') ?? process.env.DB_POSTURE_CLOUD_API_URL,
        certsDir: input('certs-dir'),
        couchbaseUrl: input('couchbase-url'),
        couchbaseUsername: input('couchbase-username'),
        couchbaseCaFile: input('couchbase-ca'),
        couchbasePassword
      }).filter(([, v]) => v !== undefined)
    ),
    name => `input ${name === 'url' ? 'connection-string' : name}`
  );
}

async function uploadReports(
  deps: ActionDeps,
  report: AuditReport,
  written: WrittenReport,
  outDir: string,
  ctx: RunContext
): Promise<number | undefined> {
  const name = artifactName(report.target.name, ctx.job, input('artifact-name'));
  const why = artifactUnavailable(process.env);
  if (why) {
    core.warning(`db-posture: report artifact not uploaded: ${why}. The reports are in ${outDir}.`);
    return undefined;
  }
  const files = Object.values(written).map(w => w.file);
  try {
    const { id } = await deps.uploader.upload(name, files, outDir);
    core.info(`db-posture: uploaded artifact ${name}${id !== undefined ? ` (id ${id})` : ''}`);
    return id;
  } catch (error) {
    const text = (error as Error).message ?? String(error);
    const hint = /409|already exists/i.test(text)
      ? ' Another job or matrix leg used the same name: set the artifact-name input (for example with the matrix value).'
      : '';
    core.warning(`db-posture: report artifact ${name} could not be uploaded: ${text}.${hint}`);
    return undefined;
  }
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(`db-posture: job summary not written: ${(error as Error).message}`);
  }
}

/**
 * The action: inputs -> AuditOptions -> audit -> report files, artifact, job summary, PR comment,
 * outputs, and only then the gate, so that everything is published before the step fails.
 */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = { ...defaultDeps, ...overrides };
  const redactor = new Redactor();
  try {
    const url = input('connection-string');
    const cloudApiKey = input('cloud-api-key');
    const couchbasePassword = input('couchbase-password') ?? process.env.DB_POSTURE_COUCHBASE_PASSWORD;
    const token = input('github-token');
    for (const secret of [url, cloudApiKey, couchbasePassword, token]) {
      if (secret) {
        core.setSecret(secret);
        redactor.add(secret);
      }
    }
    const mode = input('mode') ?? 'audit';
    if (mode !== 'audit' && mode !== 'merge' && mode !== 'matrix')
      throw new UsageError(`Invalid input mode ${JSON.stringify(mode)}: expected audit, merge or matrix.`);
    if (mode === 'matrix') return await runMatrixAction();
    if (mode === 'merge') {
      const merge = { uploader: deps.uploader, now: deps.now };
      const downloader = deps.downloader ?? actionsArtifactDownloader;
      return await runMergeAction(
        { ...merge, downloader, issues: deps.issues ?? restIssueApiFactory },
        token,
        redactor
      );
    }
    const ctx = readRunContext();
    const jobSummary = booleanInput('job-summary', true);
    const comment = booleanInput('comment', true);
    const issue = booleanInput('issue', false);
    if (issue) issueSettings();
    if (!url && !input('couchbase-url') && !cloudApiKey) {
      // Fork pull requests get no secrets: say so neutrally instead of failing the check.
      const why = ctx.pullRequest?.fromFork
        ? 'this pull request comes from a fork, and GitHub passes no secrets to such runs'
        : 'no connection-string, couchbase-url or cloud-api-key input was given (secrets are not passed to pull requests from forks)';
      if (jobSummary) await writeSummary(`### db-posture: skipped\n\nNothing was audited: ${why}.\n`);
      core.notice(`db-posture skipped: ${why}.`);
      core.setOutput('passed', 'true');
      return;
    }
    const options = readOptions(url, cloudApiKey, couchbasePassword, ctx);
    const now = deps.now();
    const baseline = await loadBaselineFor(options, checkCatalogue(), now);
    const reference = await loadReference(options, 'input compare-to');
    let report: AuditReport;
    try {
      report = await runAudit(await selectEngine(options, redactor, deps.hooks), options, {
        progress: actionProgress,
        redactor,
        now,
        baseline,
        reference
      });
    } catch (error) {
      if (error instanceof TargetError && jobSummary) {
        await writeSummary(
          `### db-posture: target could not be audited\n\n${redactor.scrub(error.message)}\n\nNo finding was evaluated, so nothing passed.\n`
        );
      }
      throw error;
    }
    const outDir = path.resolve(options.outDir);
    const written = await writeReports(report, options.formats, outDir, redactor, {
      describe: describeCheck,
      repositoryRoot: process.env.GITHUB_WORKSPACE ?? process.cwd()
    });
    const mdFile = written.markdown!.file;
    core.setOutput('report-markdown', mdFile);
    core.setOutput('report-json', written.json!.file);
    const sarifTarget = input('sarif-file');
    if (sarifTarget) {
      const file = path.resolve(sarifTarget);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, written.sarif!.content);
      core.setOutput('sarif-file', file);
    } else {
      core.setOutput('sarif-file', written.sarif!.file);
    }
    core.setOutput('fail-count', String(report.summary.FAIL));
    core.setOutput('warn-count', String(report.summary.WARN));
    core.setOutput('unwaived-fail-count', String(report.gate.unwaivedFails));
    core.setOutput('stale-count', String(report.gate.staleWaivers));
    core.setOutput('passed', String(report.gate.passed || report.gate.failOn === 'never'));

    const artifactId = await uploadReports(deps, report, written, outDir, ctx);
    const run = runUrl(ctx);
    const artifact = artifactId !== undefined ? artifactUrl(ctx, artifactId) : undefined;
    const links = {
      ...(run ? { run } : {}),
      ...(artifact ? { artifact } : {}),
      report: path.basename(mdFile)
    };
    if (jobSummary) await writeSummary(capSummary(written.markdown!.content, path.basename(mdFile)));
    if (comment) await publishComment(report, ctx, token, links, redactor);
    if (issue) {
      const subject = targetIssue(toJsonReport(report), {
        ...(run ? { run } : {}),
        ...(artifact ? { report: artifact } : {})
      });
      await publishIssues([subject], ctx, token, deps.issues ?? restIssueApiFactory, redactor, run);
    }

    if (!report.gate.passed && report.gate.failOn !== 'never') {
      core.setFailed(`db-posture gate failed for ${report.target.name}: ${gateReasons(report).join(', ')}.`);
    }
  } catch (error) {
    const e = error as Error;
    const kind =
      error instanceof UsageError
        ? 'configuration error'
        : error instanceof TargetError
          ? 'target could not be audited'
          : 'internal error';
    core.setFailed(`db-posture ${kind}: ${redactor.scrub(e?.message ?? String(error))}`);
  }
}
