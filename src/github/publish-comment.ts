import * as core from '@actions/core';
import type { AuditReport } from '../core/audit.js';
import type { Redactor } from '../core/redact.js';
import { TOOL } from '../core/version.js';
import { renderComment, renderCommentLinks } from '../report/comment.js';
import type { RunContext } from './context.js';
import { RestClient } from './rest.js';
import { upsertStickyComment } from './sticky-comment.js';

/**
 * Posts or updates the sticky comment on the run's pull request. Never fails the audit: a fork, a
 * missing token or a refused write is a notice or a warning; the summary and artifact still hold
 * the report.
 */
export async function publishComment(
  report: AuditReport,
  ctx: RunContext,
  token: string | undefined,
  links: { run?: string; artifact?: string; report: string },
  redactor: Redactor
): Promise<void> {
  if (!ctx.pullRequest || !ctx.repository) {
    core.debug('db-posture: not a pull request run; no comment.');
    return;
  }
  if (ctx.pullRequest.fromFork) {
    core.notice(
      'db-posture: pull request from a fork: the workflow token is read-only, so no comment was posted.'
    );
    return;
  }
  if (!token) {
    core.warning('db-posture: no github-token input; the pull-request comment was skipped.');
    return;
  }
  const client = new RestClient({
    baseUrl: ctx.apiUrl,
    token,
    userAgent: `${TOOL.name}/${TOOL.version}`,
    onRetry: m => core.info(`db-posture: GitHub API ${m}`)
  });
  try {
    const outcome = await upsertStickyComment(client, {
      owner: ctx.repository.owner,
      repo: ctx.repository.repo,
      issue: ctx.pullRequest.number,
      target: report.target.name,
      body: redactor.scrub(renderComment(report)),
      links: renderCommentLinks(links)
    });
    if (outcome.action === 'skipped')
      core.warning(`db-posture: pull-request comment skipped: ${outcome.reason}`);
    else core.info(`db-posture: pull-request comment ${outcome.action} (id ${outcome.id}).`);
  } catch (error) {
    core.warning(`db-posture: pull-request comment failed: ${redactor.scrub((error as Error).message)}`);
  }
}
