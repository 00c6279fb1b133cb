import * as core from '@actions/core';
import type { Redactor } from '../core/redact.js';
import { UsageError } from '../core/errors.js';
import { actionGitHubClient } from '../github/action-client.js';
import type { RunContext } from '../github/context.js';
import { input } from '../github/inputs.js';
import { IssuePermissionError, octokitIssueApi } from './github-issues.js';
import { DEFAULT_ISSUE_LABEL, trackIssues, type IssueApi, type TrackSubject } from './tracking.js';

/** Issue labels/assignees inputs: comma lists, validated before anything runs. */
export function issueSettings(): { labels: string[]; assignees: string[] } {
  const list = (name: string) =>
    (input(name) ?? '')
      .split(',')
      .map(s => s.trim())
      .filter(Boolean);
  const labels = list('issue-labels');
  const assignees = list('issue-assignees').map(a => a.replace(/^@/, ''));
  const bad = assignees.find(a => !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(a));
  if (bad !== undefined)
    throw new UsageError(
      `Invalid input issue-assignees ${JSON.stringify(input('issue-assignees'))} (item ${JSON.stringify(bad)}): expected GitHub user logins.`
    );
  const badLabel = labels.find(l => l.length > 50);
  if (badLabel !== undefined)
    throw new UsageError(
      `Invalid input issue-labels (item ${JSON.stringify(badLabel)}): expected labels of at most 50 characters.`
    );
  return { labels: labels.length ? labels : [DEFAULT_ISSUE_LABEL], assignees };
}

/** The tracking-issue client for this run; tests pass their own. */
export type IssueApiFactory = (ctx: RunContext, token: string) => IssueApi;

export const restIssueApiFactory: IssueApiFactory = (ctx, token) =>
  octokitIssueApi(
    actionGitHubClient({ token, apiUrl: ctx.apiUrl, timeoutMs: 30000 }),
    ctx.repository!.owner,
    ctx.repository!.repo,
    ctx.apiUrl,
    ctx.graphqlUrl
  );

/**
 * Opens, updates or closes the tracking issues of a scheduled run. Pull-request runs are gated by
 * the comment instead and never open issues. A token that may not write issues fails the step with
 * the permission it needs (the reports are already published by then).
 */
export async function publishIssues(
  subjects: readonly TrackSubject[],
  ctx: RunContext,
  token: string | undefined,
  factory: IssueApiFactory,
  redactor: Redactor,
  runUrl: string | undefined
): Promise<void> {
  if (ctx.pullRequest) {
    core.info('db-posture: pull-request run: tracking issues are for scheduled runs; none was touched.');
    return;
  }
  if (!ctx.repository || !token) {
    core.setFailed('db-posture: issue: true needs the repository and a github-token with "issues: write".');
    return;
  }
  const settings = issueSettings();
  try {
    const outcomes = await trackIssues(factory(ctx, token), subjects, {
      ...settings,
      ...(runUrl ? { runUrl } : {})
    });
    for (const o of outcomes)
      if (o.action !== 'none')
        core.info(`db-posture: tracking issue for ${o.key} ${o.action} (#${o.number}).`);
  } catch (error) {
    const message = redactor.scrub((error as Error).message ?? String(error));
    core.setFailed(
      error instanceof IssuePermissionError
        ? `db-posture: tracking issue not written: ${message}`
        : `db-posture: tracking issue failed: ${message}`
    );
  }
}
