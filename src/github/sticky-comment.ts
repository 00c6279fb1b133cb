import { createHash } from 'node:crypto';
import { describeRequestError, errorStatus, isRateLimit, type GitHubClient } from './octokit.js';

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

/** How the comment follows the audit, after marocchino/sticky-pull-request-comment's modes. */
export const COMMENT_MODES = ['update', 'recreate', 'delete-when-clean', 'only-when-failing', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export type StickyOutcome =
  | { readonly action: 'created' | 'updated'; readonly id: number; readonly url?: string }
  | { readonly action: 'unchanged'; readonly id: number; readonly url?: string }
  | { readonly action: 'deleted'; readonly id: number }
  | { readonly action: 'none'; readonly reason: string }
  | { readonly action: 'skipped'; readonly reason: string };

export interface StickyCommentRequest {
  readonly owner: string;
  readonly repo: string;
  readonly issue: number;
  readonly target: string;
  /** The comment without marker and digest; `links` are appended and excluded from the digest. */
  readonly body: string;
  readonly links: string;
  readonly mode: CommentMode;
  /** Whether the gate passed: `delete-when-clean` and `only-when-failing` depend on it. */
  readonly passed: boolean;
  /** GITHUB_GRAPHQL_URL (https://<host>/api/graphql on GHES; never `${GITHUB_API_URL}/graphql`). */
  readonly graphqlUrl?: string;
  readonly apiUrl: string;
}

interface IssueComment {
  readonly id: number;
  readonly body?: string | null;
  readonly html_url?: string;
  readonly user?: { readonly login?: string; readonly type?: string } | null;
}

/** True when GitHub answered (with an error status); false for a network failure or a defect. */
const answered = (error: unknown) =>
  errorStatus(error) !== undefined && !!(error as { response?: unknown }).response;

/** REST shows bots as `name[bot]`, GraphQL as `name`: compare without the suffix. */
const normaliseLogin = (login: string) => login.replace(/\[bot\]$/, '').toLowerCase();

/**
 * The login that owns comments made with this token. GraphQL's viewer answers for user tokens, the
 * workflow token and GitHub App installation tokens alike (REST /user only for the first); it is
 * asked at GITHUB_GRAPHQL_URL because GHES serves GraphQL at /api/graphql, not under /api/v3.
 * Undefined when neither answers: then only comments by a bot account are candidates.
 */
export async function tokenIdentity(gh: GitHubClient, graphqlUrl?: string): Promise<string | undefined> {
  try {
    // The object form: with a string query, Octokit would take `url` for a GraphQL variable.
    const r = await gh.graphql<{ viewer?: { login?: string } }>({
      query: 'query { viewer { login } }',
      ...(graphqlUrl ? { url: graphqlUrl } : {})
    });
    if (r.viewer?.login) return normaliseLogin(r.viewer.login);
  } catch (error) {
    if (!answered(error)) throw error;
  }
  try {
    const r = await gh.rest.users.getAuthenticated();
    if (r.data.login) return normaliseLogin(r.data.login);
  } catch (error) {
    if (!answered(error)) throw error;
  }
  return undefined;
}

/**
 * One comment per target on the pull request: found by its hidden marker and by its author being
 * the token's identity (someone quoting the marker cannot hijack it), then created, edited in
 * place, recreated or deleted as the mode says, and left alone when nothing changed. A refused
 * write (403/404) is `skipped` with the permission that fixes it; a rate limit that outlasted the
 * retries is `skipped` saying so, never as a permission problem.
 */
export async function upsertStickyComment(
  gh: GitHubClient,
  req: StickyCommentRequest
): Promise<StickyOutcome> {
  const marker = commentMarker(req.target);
  const digest = commentDigest(req.body);
  const full = `${req.body}\n\n${req.links}\n\n${marker}\n<!-- db-posture-digest:${digest} -->\n`;
  const where = { owner: req.owner, repo: req.repo };
  try {
    const me = await tokenIdentity(gh, req.graphqlUrl);
    const comments: IssueComment[] = await gh.paginate(gh.rest.issues.listComments, {
      ...where,
      issue_number: req.issue,
      per_page: 100
    });
    const mine = comments.filter(c => {
      if (!c.body?.includes(marker) || !c.user?.login) return false;
      return me !== undefined ? normaliseLogin(c.user.login) === me : c.user.type === 'Bot';
    });
    const current = mine[0];
    const remove = async (list: readonly IssueComment[]) => {
      for (const c of list) await gh.rest.issues.deleteComment({ ...where, comment_id: c.id });
    };
    if (req.mode === 'delete-when-clean' && req.passed) {
      if (!current)
        return { action: 'none', reason: 'the gate passed and there is no earlier comment to delete' };
      await remove(mine);
      return { action: 'deleted', id: current.id };
    }
    if (req.mode === 'only-when-failing' && req.passed && !current) {
      return { action: 'none', reason: 'the gate passed (comment: only-when-failing)' };
    }
    if (req.mode === 'recreate' && current) {
      await remove(mine);
    } else if (current) {
      const url = current.html_url ? { url: current.html_url } : {};
      if (DIGEST.exec(current.body ?? '')?.[1] === digest)
        return { action: 'unchanged', id: current.id, ...url };
      const r = await gh.rest.issues.updateComment({ ...where, comment_id: current.id, body: full });
      return { action: 'updated', id: r.data.id, ...(r.data.html_url ? { url: r.data.html_url } : {}) };
    }
    const r = await gh.rest.issues.createComment({ ...where, issue_number: req.issue, body: full });
    return { action: 'created', id: r.data.id, ...(r.data.html_url ? { url: r.data.html_url } : {}) };
  } catch (error) {
    const status = errorStatus(error);
    if (isRateLimit(error)) {
      return {
        action: 'skipped',
        reason: `${describeRequestError(error, req.apiUrl)}. GitHub kept rate-limiting the token after the waits; this is not a permissions problem, the next run will post it.`
      };
    }
    if (status === 403 || status === 404) {
      return {
        action: 'skipped',
        reason: `${describeRequestError(error, req.apiUrl)}. The token needs "pull-requests: write" (or "issues: write") to comment.`
      };
    }
    throw new Error(describeRequestError(error, req.apiUrl));
  }
}
