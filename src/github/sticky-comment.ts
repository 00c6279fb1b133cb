import { createHash } from 'node:crypto';
import { GitHubApiError, type RestClient } from './rest.js';

/** The hidden marker that identifies our comment for one target. */
export function commentMarker(target: string): string {
  return `<!-- db-posture:${target} -->`;
}

const DIGEST = /<!-- db-posture-digest:([0-9a-f]{16}) -->/;

/**
 * A digest of what the comment says, without the per-run links: a re-run with the same findings
 * leaves the comment alone instead of bumping it with a new run link.
 */
export function commentDigest(stableBody: string): string {
  return createHash('sha256').update(stableBody).digest('hex').slice(0, 16);
}

interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login?: string } | null;
}

export type StickyOutcome =
  | { readonly action: 'created' | 'updated'; readonly id: number; readonly url?: string }
  | { readonly action: 'unchanged'; readonly id: number }
  | { readonly action: 'skipped'; readonly reason: string };

export interface StickyCommentRequest {
  readonly owner: string;
  readonly repo: string;
  readonly issue: number;
  readonly target: string;
  /** The comment without marker and digest; `links` are appended and excluded from the digest. */
  readonly body: string;
  readonly links: string;
}

const normaliseLogin = (login: string) => login.replace(/\[bot\]$/, '').toLowerCase();

/**
 * The login that owns comments made with this token. GraphQL's viewer works for user tokens and
 * for installation tokens (the workflow token is `github-actions`); REST /user only for the first.
 */
export async function tokenIdentity(client: RestClient): Promise<string> {
  try {
    const r = await client.request<{ data?: { viewer?: { login?: string } } }>('POST', '/graphql', {
      query: 'query { viewer { login } }'
    });
    const login = r.data?.data?.viewer?.login;
    if (login) return normaliseLogin(login);
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.status === 0) throw error;
  }
  try {
    const r = await client.request<{ login?: string }>('GET', '/user');
    if (r.data?.login) return normaliseLogin(r.data.login);
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.status === 0) throw error;
  }
  return 'github-actions';
}

/**
 * One comment per target on the pull request: found by its hidden marker and by its author being
 * the token's identity (someone quoting the marker cannot hijack it), edited in place, left alone
 * when nothing changed. A 403 is returned as `skipped` with the reason, for a warning.
 */
export async function upsertStickyComment(
  client: RestClient,
  req: StickyCommentRequest
): Promise<StickyOutcome> {
  const marker = commentMarker(req.target);
  const digest = commentDigest(req.body);
  const full = `${req.body}\n\n${req.links}\n\n${marker}\n<!-- db-posture-digest:${digest} -->\n`;
  const base = `/repos/${encodeURIComponent(req.owner)}/${encodeURIComponent(req.repo)}/issues`;
  try {
    const me = await tokenIdentity(client);
    const comments = await client.paginate<IssueComment>(`${base}/${req.issue}/comments?per_page=100`);
    const mine = comments.find(
      c => c.body?.includes(marker) && c.user?.login !== undefined && normaliseLogin(c.user.login) === me
    );
    if (mine) {
      if (DIGEST.exec(mine.body ?? '')?.[1] === digest) return { action: 'unchanged', id: mine.id };
      const r = await client.request<{ id: number; html_url?: string }>(
        'PATCH',
        `${base}/comments/${mine.id}`,
        {
          body: full
        }
      );
      return { action: 'updated', id: r.data.id, ...(r.data.html_url ? { url: r.data.html_url } : {}) };
    }
    const r = await client.request<{ id: number; html_url?: string }>(
      'POST',
      `${base}/${req.issue}/comments`,
      {
        body: full
      }
    );
    return { action: 'created', id: r.data.id, ...(r.data.html_url ? { url: r.data.html_url } : {}) };
  } catch (error) {
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
      return {
        action: 'skipped',
        reason: `${error.message}. The token needs "pull-requests: write" (or "issues: write") to comment.`
      };
    }
    throw error;
  }
}
