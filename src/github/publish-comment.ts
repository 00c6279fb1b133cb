import * as core from '@actions/core';
import type { AuditReport } from '../pipeline/report.js';
import type { Redactor } from '../core/redact.js';
import { actionGitHubClient } from './action-client.js';
import { COMMENT_BUDGET, renderComment, renderCommentLinks } from '../report/comment.js';
import type { RunContext } from './context.js';
import { upsertStickyComment, type CommentMode } from './sticky-comment.js';

export interface PublishedComment {
  readonly id?: number;
  readonly url?: string;
}

/**
 * Posts, updates or deletes the sticky comment on the run's pull request. Never fails the audit:
 * a fork, a missing token or a refused write is a notice or a warning; the summary and artifact
 * still hold the report.
 */
export async function publishComment(
  report: AuditReport,
  ctx: RunContext,
  o: {
    token: string | undefined;
    mode: CommentMode;
    timeoutMs: number;
    /** `uploaded`: the artifact upload succeeded (the comment links or names it only then). */
    links: { run?: string; artifact?: string; report: string; uploaded?: boolean };
    redactor: Redactor;
    /**
     * A section after the findings (the "Baseline changes" review). A pull request that edits the
     * baseline keeps its comment even when the gate passes: the reviewer must see what is accepted.
     */
    extra?: string;
  }
): Promise<PublishedComment> {
  if (o.mode === 'off') return {};
  if (!ctx.pullRequest || !ctx.repository) {
    core.debug('db-posture: not a pull request run; no comment.');
    return {};
  }
  if (ctx.pullRequest.fromFork) {
    core.notice(
      'db-posture: pull request from a fork: the workflow token is read-only, so no comment was posted.'
    );
    return {};
  }
  if (!o.token) {
    core.warning('db-posture: no github-token input; the pull-request comment was skipped.');
    return {};
  }
  const gh = actionGitHubClient({
    token: o.token,
    apiUrl: ctx.apiUrl,
    timeoutMs: o.timeoutMs,
    redactor: o.redactor
  });
  try {
    const outcome = await upsertStickyComment(gh, {
      owner: ctx.repository.owner,
      repo: ctx.repository.repo,
      issue: ctx.pullRequest.number,
      target: report.target.name,
      body: o.redactor.scrub(
        o.extra
          ? `${renderComment(report, COMMENT_BUDGET - o.extra.length - 2)}\n\n${o.extra.trimEnd()}`
          : renderComment(report)
      ),
      links: renderCommentLinks(o.links),
      mode: o.mode,
      passed: report.gate.passed && !o.extra,
      graphqlUrl: ctx.graphqlUrl,
      apiUrl: ctx.apiUrl
    });
    switch (outcome.action) {
      case 'skipped':
        core.warning(`db-posture: pull-request comment skipped: ${o.redactor.scrub(outcome.reason)}`);
        return {};
      case 'none':
        core.info(`db-posture: no pull-request comment: ${outcome.reason}.`);
        return {};
      case 'deleted':
        core.info(`db-posture: pull-request comment deleted (id ${outcome.id}): the gate passed.`);
        return {};
      default:
        core.info(`db-posture: pull-request comment ${outcome.action} (id ${outcome.id}).`);
        return { id: outcome.id, ...(outcome.url ? { url: outcome.url } : {}) };
    }
  } catch (error) {
    core.warning(`db-posture: pull-request comment failed: ${o.redactor.scrub((error as Error).message)}`);
    return {};
  }
}
