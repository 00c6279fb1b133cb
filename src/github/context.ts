import { readFileSync } from 'node:fs';

/** What the action needs to know about the run it is in, read from the runner's environment. */
export interface RunContext {
  readonly eventName: string;
  readonly repository?: { readonly owner: string; readonly repo: string };
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly runId?: string;
  readonly job?: string;
  /** The pull request this run belongs to, when the event is a pull request. */
  readonly pullRequest?: {
    readonly number: number;
    /** True when the head branch lives in another repository: the token is read-only there. */
    readonly fromFork: boolean;
  };
}

interface PullRequestEvent {
  pull_request?: { number?: number; head?: { repo?: { full_name?: string } | null } };
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let event: PullRequestEvent = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as PullRequestEvent;
    } catch {
      // No readable event payload: behave as a run without a pull request.
    }
  }
  const pr = event.pull_request;
  const isPrEvent = eventName === 'pull_request' || eventName === 'pull_request_target';
  const headRepo = pr?.head?.repo?.full_name;
  return {
    eventName,
    ...(owner && repo ? { repository: { owner, repo } } : {}),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
    ...(isPrEvent && typeof pr?.number === 'number'
      ? {
          pullRequest: {
            number: pr.number,
            // pull_request_target runs in the base repository with a writable token.
            fromFork: eventName === 'pull_request' && !!headRepo && headRepo !== env.GITHUB_REPOSITORY
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
