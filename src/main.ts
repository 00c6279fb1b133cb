import * as core from '@actions/core';
import { statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runAudit, type AuditReport } from './core/audit.js';
import { parseAuditOptions, type AuditOptions } from './core/options.js';
import { Redactor } from './core/redact.js';
import { EXIT, TargetError, UsageError } from './core/errors.js';
import type { Progress } from './core/progress.js';
import { DEFAULT_BASELINE, loadBaselineFor } from './baseline/load.js';
import { checkCatalogue, describeCheck, selectEngine } from './engines/index.js';
import type { CollectorHooks } from './engines/postgres/collector.js';
import { capSummary, SUMMARY_BUDGET } from './report/summary.js';
import { checkOutputDirectory } from './report/out-path.js';
import { writeReports, type WrittenReport } from './report/write.js';
import { gateReasons } from './report/markdown.js';
import {
  actionsReferenceDownloader,
  reportUnusedReference,
  resolveReference,
  type ReferenceDownloader
} from './github/reference-report.js';
import { baselineChangesSection } from './github/baseline-changes.js';
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
import { COMMENT_MODES, type CommentMode } from './github/sticky-comment.js';

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

/** A timeout input in seconds (0.1 to 600), as milliseconds for the options. */
function secondsInput(name: string): number | undefined {
  const v = input(name);
  if (v === undefined) return undefined;
  const n = Number(v.trim());
  if (!/^\d+(\.\d+)?$/.test(v.trim()) || n < 0.1 || n > 600) {
    throw new UsageError(`Invalid input ${name} ${JSON.stringify(v)}: expected seconds from 0.1 to 600.`);
  }
  return Math.round(n * 1000);
}

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
        formats: ['markdown', 'json', 'sarif', 'junit'],
        connectTimeoutMs: secondsInput('connect-timeout'),
        statementTimeoutMs: secondsInput('statement-timeout'),
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
    name => `input ${name === 'url' ? 'connection-string' : name}`,
    {
      ...(input('cloud-api-url') === undefined && process.env.DB_POSTURE_CLOUD_API_URL
        ? { cloudApiUrl: 'DB_POSTURE_CLOUD_API_URL' }
        : {}),
      ...(input('couchbase-password') === undefined && couchbasePassword
        ? { couchbasePassword: 'DB_POSTURE_COUCHBASE_PASSWORD' }
        : {})
    }
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

/** Every output the action declares, set on every path so `fromJSON(steps.x.outputs.fail-count)` works. */
type OutputName =
  | 'result'
  | 'passed'
  | 'fail-count'
  | 'warn-count'
  | 'unknown-count'
  | 'unwaived-fail-count'
  | 'stale-count'
  | 'report-markdown'
  | 'report-json'
  | 'sarif-file'
  | 'junit-file'
  | 'artifact-id'
  | 'artifact-url'
  | 'comment-id'
  | 'comment-url';

function initialOutputs(): Record<OutputName, string> {
  return {
    // audited-passed | audited-failed | skipped | error: what happened, before any count is read.
    result: 'error',
    passed: 'false',
    'fail-count': '0',
    'warn-count': '0',
    'unknown-count': '0',
    'unwaived-fail-count': '0',
    'stale-count': '0',
    'report-markdown': '',
    'report-json': '',
    'sarif-file': '',
    'junit-file': '',
    'artifact-id': '',
    'artifact-url': '',
    'comment-id': '',
    'comment-url': ''
  };
}

/** The comment input: a mode, or true/false as before (update/off). */
function commentMode(): CommentMode {
  const given = input('comment')?.trim().toLowerCase();
  if (given === undefined || given === 'true') return 'update';
  if (given === 'false') return 'off';
  if ((COMMENT_MODES as readonly string[]).includes(given)) return given as CommentMode;
  throw new UsageError(
    `Invalid input comment ${JSON.stringify(input('comment'))}: expected one of ${COMMENT_MODES.join(', ')} (or true/false).`
  );
}

/** The http-timeout input: seconds per GitHub API request. */
function httpTimeoutMs(): number {
  const given = input('http-timeout');
  if (given === undefined) return 30000;
  const n = Number(given.trim());
  if (!/^\d+$/.test(given.trim()) || n < 1 || n > 600) {
    throw new UsageError(
      `Invalid input http-timeout ${JSON.stringify(given)}: expected whole seconds from 1 to 600.`
    );
  }
  return n * 1000;
}

/**
 * Registers every secret input with the runner's log masking and with the report redactor: the
 * connection string whole, its password as written (URL-encoded) and decoded, the key=value form's
 * password, the Cloud API key, the Couchbase password and the GitHub token.
 */
export function registerSecrets(redactor: Redactor, secrets: readonly (string | undefined)[]): void {
  for (const secret of secrets) {
    if (!secret) continue;
    redactor.add(secret);
    for (const password of connectionPasswords(secret)) redactor.add(password);
  }
  for (const s of redactor.list()) core.setSecret(s);
}

/** Passwords inside a connection string: URL userinfo and libpq's `password=` keyword. */
export function connectionPasswords(value: string): string[] {
  const out: string[] = [];
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(value.trim());
  if (m) {
    const userinfo = m[1];
    const colon = userinfo.indexOf(':');
    if (colon >= 0) out.push(userinfo.slice(colon + 1));
  }
  try {
    const pw = new URL(value).searchParams.get('password');
    if (pw) out.push(pw);
  } catch {
    // not a URL: the keyword form below
  }
  for (const k of value.matchAll(/(?:^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/gi)) {
    const v = k[1].startsWith("'") ? k[1].slice(1, -1).replace(/\\(.)/g, '$1') : k[1];
    out.push(v);
  }
  return out.filter(Boolean);
}

/** Flags that engines name in their messages, as the action inputs the user actually set. */
function asInputNames(message: string): string {
  return message.replace(/--([a-z][a-z-]*)/g, (whole, flag: string) => {
    if (flag === 'url') return 'the connection-string input';
    return ACTION_INPUTS.has(flag) ? `the ${flag} input` : whole;
  });
}

const ACTION_INPUTS = new Set([
  'engine',
  'deployment',
  'environment',
  'compliance',
  'data-sensitivity',
  'name',
  'baseline',
  'fail-on',
  'fail-on-stale',
  'max-waiver-days',
  'connect-timeout',
  'statement-timeout',
  'cloud-api-key',
  'cloud-cluster-id',
  'cloud-api-url',
  'certs-dir',
  'couchbase-url',
  'couchbase-username',
  'couchbase-password',
  'couchbase-ca'
]);

/**
 * Server and API text in a fenced code block: nothing in it can become markup, a link, an image or
 * a mention, however the audited party wrote it.
 */
export function inertBlock(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(r => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

/**
 * The action: inputs -> AuditOptions -> audit -> report files, artifact, job summary, PR comment,
 * outputs, and only then the gate, so that everything is published before the step fails.
 */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = { ...defaultDeps, ...overrides };
  const redactor = new Redactor();
  const outputs = initialOutputs();
  let jobSummary = true;
  // mode: merge and matrix set their own outputs, after these defaults.
  let ownOutputs = false;
  try {
    const url = input('connection-string');
    const cloudApiKey = input('cloud-api-key');
    const couchbasePassword = input('couchbase-password') ?? process.env.DB_POSTURE_COUCHBASE_PASSWORD;
    const token = input('github-token');
    registerSecrets(redactor, [url, cloudApiKey, couchbasePassword, token]);
    const runMode = input('mode') ?? 'audit';
    if (runMode !== 'audit' && runMode !== 'merge' && runMode !== 'matrix')
      throw new UsageError(`Invalid input mode ${JSON.stringify(runMode)}: expected audit, merge or matrix.`);
    if (runMode !== 'audit') {
      for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
      ownOutputs = true;
    }
    if (runMode === 'matrix') return await runMatrixAction();
    if (runMode === 'merge') {
      const merge = { uploader: deps.uploader, now: deps.now };
      const downloader = deps.downloader ?? actionsArtifactDownloader;
      return await runMergeAction(
        { ...merge, downloader, issues: deps.issues ?? restIssueApiFactory },
        token,
        redactor
      );
    }
    const ctx = deps.context();
    jobSummary = booleanInput('job-summary', true);
    const mode = commentMode();
    const timeoutMs = httpTimeoutMs();
    const issue = booleanInput('issue', false);
    if (issue) issueSettings();
    if (!url && !input('couchbase-url') && !cloudApiKey) {
      if (ctx.pullRequest?.fromFork) {
        // GitHub withholds secrets from fork pull requests by design: a neutral skip that says so.
        const why = 'this pull request comes from a fork, and GitHub passes no secrets to such runs';
        if (jobSummary) await writeSummary(`### db-posture: skipped\n\nNothing was audited: ${why}.\n`);
        core.notice(`db-posture skipped: ${why}.`);
        outputs.result = 'skipped';
        outputs.passed = 'true';
        return;
      }
      // Anywhere else an empty input is a renamed or unset secret: a green audit would be a lie.
      throw new UsageError(
        `No target: the connection-string input is empty on this ${ctx.eventName || 'local'} run (and so are couchbase-url and cloud-api-key). An unset or renamed secret gives an empty input; only pull requests from forks, which get no secrets, may skip.`
      );
    }
    const options = readOptions(url, cloudApiKey, couchbasePassword, ctx);
    // Every place a report goes is checked before anything connects.
    checkOutputDirectory(options.outDir, 'input out-dir');
    for (const name of ['sarif-file', 'junit-file']) checkOutputFile(input(name), name);
    const now = deps.now();
    const baseline = await loadBaselineFor(options, checkCatalogue(), now);
    const reference = await resolveReference(options, {
      ctx,
      token,
      timeoutMs,
      redactor,
      downloader: deps.referenceDownloader ?? actionsReferenceDownloader,
      ...(input('artifact-name') !== undefined ? { artifactNameInput: input('artifact-name')! } : {})
    });
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
          `### db-posture: target could not be audited\n\nNo finding was evaluated, so nothing passed. What happened:\n\n${inertBlock(redactor.scrub(asInputNames(error.message)))}\n`
        );
      }
      throw error;
    }
    reportUnusedReference(reference, report.comparison !== undefined, options.gate);
    const outDir = path.resolve(options.outDir);
    const written = await writeReports(report, options.formats, outDir, redactor, {
      describe: describeCheck,
      repositoryRoot: process.env.GITHUB_WORKSPACE ?? process.cwd()
    });
    const mdFile = written.markdown!.file;
    outputs['report-markdown'] = mdFile;
    outputs['report-json'] = written.json!.file;
    outputs['sarif-file'] = await copyTo(input('sarif-file'), written.sarif!);
    outputs['junit-file'] = await copyTo(input('junit-file'), written.junit!);
    outputs['fail-count'] = String(report.summary.FAIL);
    outputs['warn-count'] = String(report.summary.WARN);
    outputs['unwaived-fail-count'] = String(report.gate.unwaivedFails);
    outputs['stale-count'] = String(report.gate.staleWaivers);
    outputs['unknown-count'] = String(report.summary.UNKNOWN);
    // An incomplete audit (a fault stopped a check) fails whatever fail-on says, as the CLI's exit 3.
    const incomplete = report.gate.incomplete > 0;
    const passed = !incomplete && (report.gate.passed || report.gate.failOn === 'never');
    outputs.passed = String(passed);
    outputs.result = incomplete ? 'incomplete' : passed ? 'audited-passed' : 'audited-failed';

    const artifactId = await uploadReports(deps, report, written, outDir, ctx);
    const run = runUrl(ctx);
    const artifact = artifactId !== undefined ? artifactUrl(ctx, artifactId) : undefined;
    if (artifactId !== undefined) outputs['artifact-id'] = String(artifactId);
    if (artifact) outputs['artifact-url'] = artifact;
    const links = {
      ...(run ? { run } : {}),
      ...(artifact ? { artifact } : {}),
      report: path.basename(mdFile)
    };
    const baselineChanges = await baselineChangesSection({
      options,
      report,
      ctx,
      token,
      timeoutMs,
      redactor,
      now,
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd()
    });
    const extra = baselineChanges ? `\n\n${baselineChanges.markdown}` : '';
    if (jobSummary) {
      const budget = SUMMARY_BUDGET - Buffer.byteLength(extra, 'utf8');
      await writeSummary(capSummary(written.markdown!.content, path.basename(mdFile), budget) + extra);
    }
    const comment = await publishComment(report, ctx, {
      token,
      mode,
      timeoutMs,
      links,
      redactor,
      ...(baselineChanges ? { extra: baselineChanges.comment } : {})
    });
    if (comment.id !== undefined) outputs['comment-id'] = String(comment.id);
    if (comment.url) outputs['comment-url'] = comment.url;
    if (issue) {
      const subject = targetIssue(toJsonReport(report), {
        ...(run ? { run } : {}),
        ...(artifact ? { report: artifact } : {})
      });
      await publishIssues([subject], ctx, token, deps.issues ?? restIssueApiFactory, redactor, run);
    }

    if (incomplete) {
      core.setFailed(
        `db-posture audit of ${report.target.name} is incomplete, so the gate fails: ${gateReasons(report).join(', ')}.`
      );
      process.exitCode = EXIT.TARGET;
    } else if (!passed) {
      core.setFailed(`db-posture gate failed for ${report.target.name}: ${gateReasons(report).join(', ')}.`);
      process.exitCode = EXIT.GATE_FAILED;
    }
  } catch (error) {
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
  } finally {
    if (!ownOutputs) for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  }
}

/** A copy target (sarif-file, junit-file) must not be a directory, and its directory must be makeable. */
function checkOutputFile(file: string | undefined, name: string): void {
  if (!file) return;
  let isDirectory = false;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch {
    // does not exist yet: fine
  }
  if (isDirectory) {
    throw new UsageError(
      `Invalid input ${name} ${JSON.stringify(file)}: it is a directory; expected a file path.`
    );
  }
  checkOutputDirectory(path.dirname(path.resolve(file)), `input ${name} (its directory)`);
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
