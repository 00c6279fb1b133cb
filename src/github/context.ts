import * as github from '@actions/github';

/** What the action needs to know about the run it is in, from @actions/github's context. */
export interface RunContext {
  readonly eventName: string;
  readonly repository?: { readonly owner: string; readonly repo: string };
  readonly serverUrl: string;
  readonly apiUrl: string;
  /** GITHUB_GRAPHQL_URL: https://api.github.com/graphql, https://<host>/api/graphql on GHES. */
  readonly graphqlUrl: string;
  readonly runId?: string;
  readonly job?: string;
  /** GITHUB_REF (refs/heads/main on push and schedule runs): `compare-to: auto` reads its branch. */
  readonly ref?: string;
  /** The pull request this run belongs to, when the event is a pull request. */
  readonly pullRequest?: {
    readonly number: number;
    /** True when the head branch lives in another repository: no secrets, read-only token. */
    readonly fromFork: boolean;
    /** The base branch and the base and head commits (the reference lookup and the waiver review). */
    readonly baseRef?: string;
    readonly baseSha?: string;
    readonly headSha?: string;
  };
}

interface PullRequestPayload {
  number?: number;
  head?: { sha?: string; repo?: { full_name?: string } | null };
  base?: { ref?: string; sha?: string };
}

/** The parts of @actions/github's context we read (tests give a plain object of this shape). */
export type GitHubContextLike = Pick<
  typeof github.context,
  'eventName' | 'payload' | 'serverUrl' | 'apiUrl' | 'graphqlUrl' | 'runId' | 'job' | 'repo'
> &
  Partial<Pick<typeof github.context, 'ref'>>;

/** A new @actions/github Context (the class is not exported; the singleton's constructor is it). */
function freshContext(): GitHubContextLike {
  const Ctor = Object.getPrototypeOf(github.context).constructor as new () => GitHubContextLike;
  return new Ctor();
}

/**
 * The run as the runner's environment describes it now. @actions/github's `context` is read once at
 * import; a fresh Context re-reads GITHUB_* (tests run several events in one process).
 */
export function readRunContext(c: GitHubContextLike = freshContext()): RunContext {
  const eventName = c.eventName ?? '';
  let repository: RunContext['repository'];
  try {
    const { owner, repo } = c.repo;
    if (owner && repo) repository = { owner, repo };
  } catch {
    // No GITHUB_REPOSITORY (a local run): no links, no comment.
  }
  const pr = c.payload.pull_request as PullRequestPayload | undefined;
  const isPrEvent = eventName === 'pull_request' || eventName === 'pull_request_target';
  const headRepo = pr?.head?.repo?.full_name;
  const fullName = repository ? `${repository.owner}/${repository.repo}` : undefined;
  // The runner sets GITHUB_GRAPHQL_URL; without it, GHES (…/api/v3) serves GraphQL at …/api/graphql.
  const graphqlUrl =
    process.env.GITHUB_GRAPHQL_URL ||
    (/\/api\/v3\/?$/.test(c.apiUrl)
      ? c.apiUrl.replace(/\/api\/v3\/?$/, '/api/graphql')
      : `${c.apiUrl.replace(/\/$/, '')}/graphql`);
  return {
    eventName,
    ...(repository ? { repository } : {}),
    serverUrl: c.serverUrl.replace(/\/$/, ''),
    apiUrl: c.apiUrl.replace(/\/$/, ''),
    graphqlUrl,
    ...(Number.isFinite(c.runId) ? { runId: String(c.runId) } : {}),
    ...(c.job ? { job: c.job } : {}),
    ...(c.ref ? { ref: c.ref } : {}),
    ...(isPrEvent && typeof pr?.number === 'number'
      ? {
          pullRequest: {
            number: pr.number,
            // pull_request_target runs in the base repository with secrets and a writable token.
            fromFork: eventName === 'pull_request' && !!headRepo && headRepo !== fullName,
            ...(typeof pr.base?.ref === 'string' ? { baseRef: pr.base.ref } : {}),
            ...(typeof pr.base?.sha === 'string' ? { baseSha: pr.base.sha } : {}),
            ...(typeof pr.head?.sha === 'string' ? { headSha: pr.head.sha } : {})
          }
        }
      : {})
  };
}

export function runUrl(ctx: RunContext): string | undefined {
  if (!ctx.repository || !ctx.runId) return undefined;
  return `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${ctx.runId}`;
}

export function artifactUrl(ctx: RunContext, artifactId: number): string | undefined {
  const run = runUrl(ctx);
  return run ? `${run}/artifacts/${artifactId}` : undefined;
}
