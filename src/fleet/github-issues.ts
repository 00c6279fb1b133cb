import type { GitHubClient } from '../github/octokit.js';
import { apiMessage, errorStatus } from '../github/octokit.js';
import { tokenIdentity } from '../github/sticky-comment.js';
import type { IssueApi, TrackedIssue } from './tracking.js';

/** A tracking-issue call the token may not make: the permission it needs, for one clear line. */
export class IssuePermissionError extends Error {}

async function permission<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = errorStatus(error);
    if (status === 403 || status === 404) {
      throw new IssuePermissionError(
        `GitHub answered ${status} (${apiMessage(error)}). Tracking issues need "issues: write" in the workflow's permissions (and issues enabled on the repository).`
      );
    }
    throw error;
  }
}

/** The tracking-issue calls over the run's Octokit client (retry, throttling, proxy, deadline). */
export function octokitIssueApi(
  gh: GitHubClient,
  owner: string,
  repo: string,
  graphqlUrl?: string
): IssueApi {
  const where = { owner, repo };
  return {
    identity: async () => (await tokenIdentity(gh, graphqlUrl)) ?? 'github-actions',
    listOpenIssues: label =>
      permission(async () => {
        const items = await gh.paginate(gh.rest.issues.listForRepo, {
          ...where,
          state: 'open',
          labels: label,
          per_page: 100
        });
        return items
          .filter(i => i.pull_request === undefined)
          .map((i): TrackedIssue => ({
            number: i.number,
            title: i.title,
            body: i.body ?? '',
            ...(i.user?.login ? { author: i.user.login } : {}),
            ...(i.html_url ? { url: i.html_url } : {})
          }));
      }),
    createIssue: issue =>
      permission(async () => {
        const r = await gh.rest.issues.create({
          ...where,
          title: issue.title,
          body: issue.body,
          labels: [...issue.labels],
          ...(issue.assignees.length ? { assignees: [...issue.assignees] } : {})
        });
        return { number: r.data.number, ...(r.data.html_url ? { url: r.data.html_url } : {}) };
      }),
    updateIssue: (number, patch) =>
      permission(async () => {
        await gh.rest.issues.update({ ...where, issue_number: number, title: patch.title, body: patch.body });
      }),
    closeIssue: (number, comment) =>
      permission(async () => {
        await gh.rest.issues.createComment({ ...where, issue_number: number, body: comment });
        await gh.rest.issues.update({
          ...where,
          issue_number: number,
          state: 'closed',
          state_reason: 'completed'
        });
      })
  };
}
