import * as core from '@actions/core';
import path from 'node:path';
import type { AuditReport } from '../pipeline/report.js';
import type { AuditOptions } from '../core/options.js';
import type { Redactor } from '../core/redact.js';
import { UsageError } from '../core/errors.js';
import { codeSpan } from '../core/text.js';
import { actionGitHubClient } from './action-client.js';
import { baselineChangesForPullRequest } from '../baseline/pull-request-review.js';
import type { DiffableReport } from '../diff/report-input.js';
import { checkCatalogue, describeCheck } from '../engines/index.js';
import { toJsonReport } from '../report/json.js';
import type { RunContext } from './context.js';
import { describeRequestError, errorStatus } from './octokit.js';

/** The section is kept to this size so the comment's findings keep most of GitHub's 65,536 characters. */
export const BASELINE_SECTION_BUDGET = 20000;

export interface BaselineChangesOptions {
  readonly options: Pick<AuditOptions, 'baseline' | 'maxWaiverDays' | 'compliance'>;
  readonly report: AuditReport;
  readonly ctx: RunContext;
  readonly token: string | undefined;
  readonly timeoutMs: number;
  readonly redactor: Redactor;
  readonly now: Date;
  /** The checked-out repository (GITHUB_WORKSPACE): the baseline path is taken relative to it. */
  readonly workspace: string;
}

/** The baseline file as a path inside the repository (posix), or undefined when it lies outside. */
export function repositoryPath(file: string, workspace: string): string | undefined {
  const rel = path.relative(path.resolve(workspace), path.resolve(workspace, file));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** Cuts a long section at a whole line, saying where the rest is. */
function capSection(markdown: string, budget: number): string {
  if (markdown.length <= budget) return markdown;
  const note = '\n- …and more changes: see the job summary, or run `db-posture baseline review`.';
  const cut = markdown.lastIndexOf('\n', budget - note.length);
  return `${markdown.slice(0, cut > 0 ? cut : 0)}${note}`;
}

/**
 * The "Baseline changes" section for a pull request that edits the baseline file: both versions
 * read through the contents API at the pull request's base and head commits, reviewed entry by
 * entry, line links to the head file. Undefined when this is not a pull request, or the file is
 * the same on both sides. A malformed base version is said in the section; an unreadable file
 * (no token, a refused read) gives a section that says the review is missing, never a silent gap.
 */
export async function baselineChangesSection(
  o: BaselineChangesOptions
): Promise<{ markdown: string; comment: string } | undefined> {
  const pr = o.ctx.pullRequest;
  if (!pr || !o.ctx.repository || !o.options.baseline) return undefined;
  const file = repositoryPath(o.options.baseline, o.workspace);
  if (!file) {
    core.info(
      `db-posture: the baseline ${o.options.baseline} lies outside the repository; no baseline review in the comment.`
    );
    return undefined;
  }
  const missing = (why: string) => {
    const markdown = `### Baseline changes\n\nThe changes to ${codeSpan(file)} could not be reviewed: ${codeSpan(why)}.\n`;
    core.warning(`db-posture: baseline changes not reviewed: ${why}.`);
    return { markdown, comment: markdown };
  };
  if (!pr.baseSha || !pr.headSha) return missing('the pull request event names no base or head commit');
  if (!o.token) return missing('no github-token input to read the base and head versions');
  const { owner, repo } = o.ctx.repository;
  const gh = actionGitHubClient({
    token: o.token,
    apiUrl: o.ctx.apiUrl,
    timeoutMs: o.timeoutMs,
    redactor: o.redactor
  });
  const read = async (sha: string): Promise<string | undefined> => {
    try {
      const { data } = await gh.rest.repos.getContent({
        owner,
        repo,
        path: file,
        ref: sha,
        mediaType: { format: 'raw' }
      });
      if (typeof data !== 'string') throw new Error(`${file} at ${sha.slice(0, 12)} is not a file`);
      return data;
    } catch (error) {
      // Absent at that commit: the pull request adds (or deletes) the file.
      if (errorStatus(error) === 404) return undefined;
      throw error;
    }
  };
  const catalogue = checkCatalogue();
  try {
    const result = await baselineChangesForPullRequest({
      file,
      baseSha: pr.baseSha,
      headSha: pr.headSha,
      repositoryUrl: `${o.ctx.serverUrl}/${owner}/${repo}`,
      read,
      catalogue: {
        knownCheckIds: catalogue.knownCheckIds,
        attestableCheckIds: catalogue.attestableCheckIds
      },
      now: o.now,
      maxWaiverDays: o.options.maxWaiverDays,
      compliance: o.options.compliance,
      familyOf: id => describeCheck(id)?.family,
      report: toJsonReport(o.report) as unknown as DiffableReport
    });
    if (!result) return undefined;
    if (result.baseProblem)
      core.warning(`db-posture: the base version of the baseline is malformed: ${result.baseProblem}`);
    const markdown = o.redactor.scrub(result.markdown);
    return { markdown, comment: capSection(markdown, BASELINE_SECTION_BUDGET) };
  } catch (error) {
    if (error instanceof UsageError) return missing(o.redactor.scrub(error.message));
    return missing(o.redactor.scrub(describeRequestError(error, o.ctx.apiUrl)));
  }
}
