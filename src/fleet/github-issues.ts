import { GitHubApiError, type RestClient } from '../github/rest.js';
import { tokenIdentity } from '../github/sticky-comment.js';
import type { IssueApi, TrackedIssue } from './tracking.js';

interface ApiIssue {
  number: number;
  title: string;
  body?: string | null;
  html_url?: string;
  user?: { login?: string } | null;
  pull_request?: unknown;
}

/** A tracking-issue call the token may not make: the permission it needs, for one clear line. */
export class IssuePermissionError extends Error {}

async function permission<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
      throw new IssuePermissionError(
        `${error.message}. Tracking issues need "issues: write" in the workflow's permissions (and issues enabled on the repository).`
      );
    }
    throw error;
  }
}

/**
 * The tracking-issue calls over the repository's REST client. The Octokit client on wt-action can
 * implement the same IssueApi with octokit.rest.issues.* and octokit.paginate.
 */
export function restIssueApi(client: RestClient, owner: string, repo: string): IssueApi {
  const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues`;
  return {
    identity: () => tokenIdentity(client),
    listOpenIssues: label =>
      permission(async () => {
        const items = await client.paginate<ApiIssue>(
          `${base}?state=open&labels=${encodeURIComponent(label)}&per_page=100`
        );
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
        const r = await client.request<ApiIssue>('POST', base, {
          title: issue.title,
          body: issue.body,
          labels: [...issue.labels],
          ...(issue.assignees.length ? { assignees: [...issue.assignees] } : {})
        });
        return { number: r.data.number, ...(r.data.html_url ? { url: r.data.html_url } : {}) };
      }),
    updateIssue: (number, patch) =>
      permission(async () => {
        await client.request('PATCH', `${base}/${number}`, { title: patch.title, body: patch.body });
      }),
    closeIssue: (number, comment) =>
      permission(async () => {
        await client.request('POST', `${base}/${number}/comments`, { body: comment });
        await client.request('PATCH', `${base}/${number}`, { state: 'closed', state_reason: 'completed' });
      })
  };
}
