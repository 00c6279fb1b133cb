import { statSync } from 'node:fs';
import path from 'node:path';
import { inputNameOf, OPTION_SURFACES, parseAuditOptions, type AuditOptions } from '../core/options.js';
import { UsageError } from '../core/errors.js';
import { DEFAULT_BASELINE } from '../baseline/load.js';
import { checkOutputDirectory } from '../report/out-path.js';
import { issueSettings } from '../fleet/action-issue.js';
import { booleanInput, input } from './inputs.js';
import type { RunContext } from './context.js';
import { COMMENT_MODES, type CommentMode } from './sticky-comment.js';

/**
 * Every action input is read and validated here, once, into typed settings; src/main.ts only
 * orchestrates. The order of reads is the order of validation, and so decides which bad input a
 * run names first: secrets (registered for masking before anything can fail), mode, job-summary,
 * the publishing inputs, the target, the audit options, then the report paths.
 */

/** The secret inputs; read first so that they are masked before any other input can fail. */
export interface ActionSecrets {
  readonly url: string | undefined;
  readonly cloudApiKey: string | undefined;
  readonly couchbasePassword: string | undefined;
  readonly token: string | undefined;
}

export function readSecrets(): ActionSecrets {
  return {
    url: input('connection-string'),
    cloudApiKey: input('cloud-api-key'),
    couchbasePassword: input('couchbase-password') ?? process.env.DB_POSTURE_COUCHBASE_PASSWORD,
    token: input('github-token')
  };
}

export const RUN_MODES = ['audit', 'merge', 'matrix'] as const;
export type RunMode = (typeof RUN_MODES)[number];

/** The mode input: audit one target (default), merge a fleet's reports, or emit a matrix. */
export function readRunMode(): RunMode {
  const given = input('mode') ?? 'audit';
  if ((RUN_MODES as readonly string[]).includes(given)) return given as RunMode;
  throw new UsageError(`Invalid input mode ${JSON.stringify(given)}: expected audit, merge or matrix.`);
}

/**
 * The job-summary input, read on its own before the other audit settings: it decides whether a
 * configuration error in any later input is also written to the job summary.
 */
export function readJobSummary(): boolean {
  return booleanInput('job-summary', true);
}

/** Where the report goes besides the report directory. */
export interface PublishSettings {
  readonly jobSummary: boolean;
  readonly comment: { readonly mode: CommentMode; readonly timeoutMs: number };
  /** Open or update a tracking issue for the target (issue-labels, issue-assignees validated). */
  readonly issue: boolean;
  readonly artifactName: string | undefined;
  /** Copies of the SARIF and JUnit reports at paths the workflow chose. */
  readonly sarifFile: string | undefined;
  readonly junitFile: string | undefined;
}

/**
 * The audit settings: `skip` when the run has no target because it is a fork pull request (GitHub
 * passes such runs no secrets), else the options the audit runs with.
 */
export type AuditSettings =
  | { readonly kind: 'skip'; readonly reason: string; readonly publish: PublishSettings }
  | {
      readonly kind: 'audit';
      readonly options: AuditOptions;
      readonly publish: PublishSettings;
    };

/** The publishing inputs (comment, http-timeout, issue, artifact-name, sarif-file, junit-file). */
export function readPublishSettings(jobSummary: boolean): PublishSettings {
  const comment = { mode: commentMode(), timeoutMs: httpTimeoutMs() };
  const issue = booleanInput('issue', false);
  if (issue) issueSettings();
  return {
    jobSummary,
    comment,
    issue,
    artifactName: input('artifact-name'),
    sarifFile: input('sarif-file'),
    junitFile: input('junit-file')
  };
}

/** A database to audit: a connection string, a Couchbase URL or a Cloud API key. */
export function hasTarget(secrets: ActionSecrets): boolean {
  return !!(secrets.url || input('couchbase-url') || secrets.cloudApiKey);
}

export function readAuditSettings(
  secrets: ActionSecrets,
  ctx: RunContext,
  jobSummary: boolean
): AuditSettings {
  const publish = readPublishSettings(jobSummary);
  const { sarifFile, junitFile } = publish;
  if (!hasTarget(secrets)) {
    if (ctx.pullRequest?.fromFork) {
      // GitHub withholds secrets from fork pull requests by design: a neutral skip that says so.
      return {
        kind: 'skip',
        reason: 'this pull request comes from a fork, and GitHub passes no secrets to such runs',
        publish
      };
    }
    // Anywhere else an empty input is a renamed or unset secret: a green audit would be a lie.
    throw new UsageError(
      `No target: the connection-string input is empty on this ${ctx.eventName || 'local'} run (and so are couchbase-url and cloud-api-key). An unset or renamed secret gives an empty input; only pull requests from forks, which get no secrets, may skip.`
    );
  }
  const options = readOptions(secrets, ctx);
  // Every place a report goes is checked before anything connects.
  checkOutputDirectory(options.outDir, 'input out-dir');
  checkOutputFile(sarifFile, 'sarif-file');
  checkOutputFile(junitFile, 'junit-file');
  return { kind: 'audit', options, publish };
}

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

function readOptions(secrets: ActionSecrets, ctx: RunContext): AuditOptions {
  const { url, cloudApiKey, couchbasePassword } = secrets;
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
        concurrency: input('concurrency'),
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
    name => `input ${inputNameOf(name)}`,
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

/** A copy target (sarif-file, junit-file) must not be a directory, and its directory must be makeable. */
export function checkOutputFile(file: string | undefined, name: string): void {
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

/** Flags that engines name in their messages, as the action inputs the user actually set. */
export function asInputNames(message: string): string {
  return message.replace(/--([a-z][a-z-]*)/g, (whole, flag: string) => {
    const input = FLAGS_AS_INPUTS.get(flag);
    return input ? `the ${input} input` : whole;
  });
}

/** Each audit flag that has an action input, with that input's name (`url` -> `connection-string`). */
const FLAGS_AS_INPUTS = new Map(
  Object.values(OPTION_SURFACES).flatMap(s => (s.flag && s.input ? [[s.flag, s.input] as const] : []))
);
