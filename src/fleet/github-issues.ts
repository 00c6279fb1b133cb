import type { GitHubClient } from '../github/octokit.js';
import { describeRequestError, errorStatus } from '../github/octokit.js';
import { tokenIdentity } from '../github/sticky-comment.js';
import type { IssueApi, TrackedIssue } from './tracking.js';

/** A tracking-issue call the token may not make: the permission it needs, for one clear line. */
export class IssuePermissionError extends Error {}

/** A failed call as one line ("GitHub API POST /repos/o/r/issues answered 403: ..."), naming the permission when refused. */
async function permission<T>(apiUrl: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = errorStatus(error);
    const line = describeRequestError(error, apiUrl);
    if (status === 403 || status === 404) {
      throw new IssuePermissionError(
        `${line}. Tracking issues need "issues: write" in the workflow's permissions (and issues enabled on the repository).`
      );
    }
    throw new Error(line);
  }
}

/** The tracking-issue calls over the run's Octokit client (retry, throttling, proxy, deadline). */
export function octokitIssueApi(
  gh: GitHubClient,
  owner: string,
  repo: string,
  apiUrl: string,
  graphqlUrl?: string
): IssueApi {
  const where = { owner, repo };
  const guard = <T>(call: () => Promise<T>) => permission(apiUrl, call);
  return {
    identity: async () => (await tokenIdentity(gh, graphqlUrl)) ?? 'github-actions',
    listOpenIssues: label =>
      guard(async () => {
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
      guard(async () => {
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
      guard(async () => {
        await gh.rest.issues.update({ ...where, issue_number: number, title: patch.title, body: patch.body });
      }),
    closeIssue: (number, comment) =>
      guard(async () => {
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
