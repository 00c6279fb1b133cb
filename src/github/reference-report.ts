import { plural } from '../core/text.js';
import * as core from '@actions/core';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Reference } from '../pipeline/report.js';
import type { AuditOptions } from '../core/options.js';
import type { Redactor } from '../core/redact.js';
import { UsageError } from '../core/errors.js';
import { actionGitHubClient } from './action-client.js';
import { loadReference } from '../diff/compare.js';
import { parseReport } from '../diff/report-input.js';
import { artifactName } from './artifact.js';
import { artifactUrl, runUrl, type RunContext } from './context.js';
import { describeRequestError, errorStatus, type GitHubClient } from './octokit.js';

/** The `compare-to` value that asks the action to find the reference itself. */
export const COMPARE_TO_AUTO = 'auto';

/** How many earlier successful runs are searched for the artifact (a run may have skipped the audit). */
const RUNS_SEARCHED = 10;

/** What `downloadArtifact`'s `findBy` needs to fetch an artifact of another workflow run. */
export interface FindBy {
  readonly token: string;
  readonly workflowRunId: number;
  readonly repositoryOwner: string;
  readonly repositoryName: string;
}

/** Downloads one artifact of another run; the real one is @actions/artifact, tests may inject one. */
export interface ReferenceDownloader {
  download(artifactId: number, directory: string, findBy: FindBy): Promise<void>;
}

export const actionsReferenceDownloader: ReferenceDownloader = {
  async download(artifactId, directory, findBy) {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().downloadArtifact(artifactId, {
      path: directory,
      findBy: { ...findBy }
    });
  }
};

/** Why no reference was used: a notice when there is simply none yet, a warning when something is wrong. */
export interface NoReference {
  readonly level: 'notice' | 'warning';
  readonly reason: string;
}

export interface FoundReference {
  readonly reference: Reference;
  readonly runId: number;
  readonly artifact: string;
}

export interface LookupOptions {
  readonly ctx: RunContext;
  readonly token: string | undefined;
  readonly timeoutMs: number;
  /** The artifact-name input, and the name input (the artifact is named after the target). */
  readonly artifactNameInput?: string;
  readonly targetName?: string;
  readonly downloader: ReferenceDownloader;
  readonly redactor: Redactor;
  /** Where the artifact is unpacked (default: a new directory under RUNNER_TEMP). */
  readonly directory?: string;
}

interface RunSummary {
  readonly id: number;
  readonly event: string;
  readonly head_repository?: { readonly full_name?: string } | null;
}

/**
 * The branch whose audits are the reference: a pull request's base branch, else the run's own branch
 * (push, schedule, workflow_dispatch). Undefined for a tag or a detached ref.
 */
export function referenceBranch(ctx: RunContext): string | undefined {
  if (ctx.pullRequest) return ctx.pullRequest.baseRef;
  return ctx.ref?.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : undefined;
}

/** The artifact names this target's report could have: exact when a name is known, else a pattern. */
function artifactMatcher(o: LookupOptions): {
  exact?: string;
  test: (name: string) => boolean;
  what: string;
} {
  if (o.artifactNameInput !== undefined || o.targetName !== undefined) {
    const exact = artifactName(o.targetName ?? '', o.ctx.job, o.artifactNameInput);
    return { exact, test: n => n === exact, what: exact };
  }
  // Without the name input the target's name is known only once the server answers: any
  // db-posture-<target>-<job> artifact; the audit checks after collecting that it is this target.
  const job = artifactName('', o.ctx.job).replace(/^db-posture-/, '');
  const suffix = `-${job}`;
  return {
    test: n =>
      n.startsWith('db-posture-') && n.endsWith(suffix) && n.length > 'db-posture-'.length + suffix.length,
    what: `db-posture-<target>${suffix}`
  };
}

/**
 * `compare-to: auto`: the report artifact for this target from the newest successful run of this
 * workflow on the reference branch (the base branch of a pull request; the run's own branch on
 * push and schedule), excluding this run. Only a successful run counts: a run whose gate failed or
 * whose audit was incomplete must not turn its findings into "existing" ones by having run once.
 * Never throws for what it finds: no reference is a notice, an unusable one a warning, and the
 * audit goes on without a comparison (gate: new then judges every finding).
 */
export async function findReferenceReport(o: LookupOptions): Promise<FoundReference | NoReference> {
  const { ctx } = o;
  if (!ctx.repository || !ctx.runId)
    return {
      level: 'notice',
      reason:
        'compare-to auto looks for earlier workflow runs, and this is not a GitHub Actions run (no GITHUB_REPOSITORY or GITHUB_RUN_ID)'
    };
  const branch = referenceBranch(ctx);
  if (!branch)
    return {
      level: 'notice',
      reason: `compare-to auto compares with earlier runs on the same branch, and this run is on ${JSON.stringify(ctx.ref ?? ctx.eventName)}, not a branch`
    };
  if (!o.token)
    return {
      level: 'warning',
      reason: 'compare-to auto needs the github-token input (with actions: read) to find earlier runs'
    };
  const { owner, repo } = ctx.repository;
  const gh = actionGitHubClient({
    token: o.token,
    apiUrl: ctx.apiUrl,
    timeoutMs: o.timeoutMs,
    redactor: o.redactor
  });
  const matcher = artifactMatcher(o);
  let runs: RunSummary[];
  try {
    runs = await successfulRuns(gh, owner, repo, Number(ctx.runId), branch);
  } catch (error) {
    return { level: 'warning', reason: restProblem('list the workflow runs', error, ctx.apiUrl) };
  }
  const fullName = `${owner}/${repo}`;
  const candidates = runs
    // Pull request runs audit someone's change; a fork's branch may share the base branch's name.
    .filter(r => !r.event.startsWith('pull_request'))
    .filter(r => !r.head_repository?.full_name || r.head_repository.full_name === fullName)
    .slice(0, RUNS_SEARCHED);
  const where = `${ctx.pullRequest ? 'the base branch ' : 'branch '}${branch}`;
  for (const r of candidates) {
    let names: { id: number; name: string; expired: boolean }[];
    try {
      names = (
        await gh.rest.actions.listWorkflowRunArtifacts({
          owner,
          repo,
          run_id: r.id,
          per_page: 100,
          ...(matcher.exact ? { name: matcher.exact } : {})
        })
      ).data.artifacts;
    } catch (error) {
      return {
        level: 'warning',
        reason: restProblem(`list the artifacts of run ${r.id}`, error, ctx.apiUrl)
      };
    }
    const usable = names.filter(a => !a.expired && matcher.test(a.name));
    const distinct = [...new Set(usable.map(a => a.name))];
    if (distinct.length > 1)
      return {
        level: 'notice',
        reason: `compare-to auto found ${distinct.length} artifacts named ${matcher.what} in run ${r.id} (${distinct.join(', ')}) and cannot tell which is this target's: set the name or artifact-name input`
      };
    // The newest upload of the name (a re-run attempt replaces the earlier one).
    const artifact = usable.sort((a, b) => b.id - a.id)[0];
    if (!artifact) continue;
    return downloadReference(o, gh, r.id, artifact);
  }
  return {
    level: 'notice',
    reason:
      candidates.length === 0
        ? `compare-to auto found no earlier successful run of this workflow on ${where}: nothing to compare with yet`
        : `compare-to auto found no unexpired artifact named ${matcher.what} in the last ${plural(candidates.length, 'successful run')} of this workflow on ${where}: nothing to compare with`
  };
}

async function successfulRuns(
  gh: GitHubClient,
  owner: string,
  repo: string,
  runId: number,
  branch: string
): Promise<RunSummary[]> {
  // The workflow is this run's own (a reusable workflow's runs are its caller's).
  const current = await gh.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
  const { data } = await gh.rest.actions.listWorkflowRuns({
    owner,
    repo,
    workflow_id: current.data.workflow_id,
    branch,
    status: 'success',
    per_page: 30
  });
  // Newest first, as GitHub lists them; a re-run of this run keeps its id and is excluded too.
  return data.workflow_runs.filter(r => r.id !== runId) as RunSummary[];
}

async function downloadReference(
  o: LookupOptions,
  gh: GitHubClient,
  runId: number,
  artifact: { id: number; name: string }
): Promise<FoundReference | NoReference> {
  const { owner, repo } = o.ctx.repository!;
  const dir =
    o.directory ??
    (await mkdtemp(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'db-posture-reference-')));
  const label = `artifact ${artifact.name} of run ${runId}`;
  try {
    await o.downloader.download(artifact.id, dir, {
      token: o.token!,
      workflowRunId: runId,
      repositoryOwner: owner,
      repositoryName: repo
    });
  } catch (error) {
    return {
      level: 'warning',
      reason: `compare-to auto could not download ${label}: ${o.redactor.scrub((error as Error).message ?? String(error))}`
    };
  }
  const json = (await readdir(dir, { recursive: true }))
    .map(String)
    .filter(f => f.endsWith('.json'))
    .sort();
  if (json.length !== 1)
    return {
      level: 'warning',
      reason: `compare-to auto: ${label} holds ${json.length} JSON files, expected the one JSON report an audit uploads`
    };
  const link =
    artifactUrl({ ...o.ctx, runId: String(runId) }, artifact.id) ??
    `${runUrl({ ...o.ctx, runId: String(runId) })}`;
  try {
    const report = parseReport(
      await readFile(path.join(dir, json[0]), 'utf8'),
      `${label} (${json[0]})`,
      'compare-to auto:'
    );
    return {
      reference: { report, file: link, input: 'input compare-to', auto: true },
      runId,
      artifact: artifact.name
    };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { level: 'warning', reason: `${error.message} It was not used as the reference.` };
  }
}

function restProblem(what: string, error: unknown, apiUrl: string): string {
  const status = errorStatus(error);
  const hint =
    status === 403 || status === 404
      ? ' The workflow token needs `actions: read` (permissions: actions: read) to read earlier runs.'
      : '';
  return `compare-to auto could not ${what}: ${describeRequestError(error, apiUrl)}.${hint}`;
}

/**
 * The reference for this audit: `compare-to: auto` looked up (no reference is a notice, an unusable
 * one a warning, and the audit continues), any other value a file (exit 2 naming it when it is not
 * a report of this target), or none.
 */
export async function resolveReference(
  options: AuditOptions,
  lookup: Omit<LookupOptions, 'targetName'>
): Promise<Reference | undefined> {
  if (options.compareTo !== COMPARE_TO_AUTO) return loadReference(options, 'input compare-to');
  const found = await findReferenceReport({
    ...lookup,
    ...(options.name !== undefined ? { targetName: options.name } : {})
  });
  if ('reference' in found) {
    core.info(
      `db-posture: compare-to auto: comparing with ${found.artifact} of run ${found.runId} (audited ${found.reference.report.context.auditedAt}).`
    );
    return found.reference;
  }
  const fallback = options.gate === 'new' ? ' gate: new falls back to all: every finding is judged.' : '';
  const text = lookup.redactor.scrub(
    `db-posture: ${found.reason}${found.reason.endsWith('.') ? '' : '.'}${fallback}`
  );
  if (found.level === 'notice') core.notice(text);
  else core.warning(text);
  return undefined;
}

/** After the audit: a reference that auto found but that was of another target is said out loud. */
export function reportUnusedReference(
  reference: Reference | undefined,
  compared: boolean,
  gate: string
): void {
  if (!reference?.auto || compared) return;
  const t = reference.report.target;
  core.warning(
    `db-posture: compare-to auto found ${reference.file}, an audit of ${JSON.stringify(t.name)} (${t.engine}), not of this target: nothing was compared.${gate === 'new' ? ' gate: new falls back to all: every finding is judged.' : ''}`
  );
}
