import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { proxyAwareFetch } from '../net/http.js';

/**
 * The GitHub client: @actions/github's Octokit (REST methods, paginate) with the retry and
 * throttling plugins, on the shared proxy-aware fetch so HTTPS_PROXY/NO_PROXY and the per-request
 * deadline apply to GitHub calls as to every other call.
 */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  readonly token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://<host>/api/v3 on GitHub Enterprise Server. */
  readonly apiUrl: string;
  readonly userAgent: string;
  readonly timeoutMs: number;
  /** Progress lines (waits and retries) for the job log. */
  readonly log: (message: string) => void;
  /** The longest rate-limit wait accepted, in seconds; a longer one gives up instead. */
  readonly maxWaitSeconds?: number;
  /** Milliseconds per second of waiting, for tests that cannot sit through real back-offs. */
  readonly retryBaseMs?: number;
}

/** How many times a rate-limited request is retried after waiting (as plugin-throttling's docs suggest). */
const RATE_LIMIT_RETRIES = 2;

export function gitHubClient(o: GitHubClientOptions): GitHubClient {
  const maxWait = o.maxWaitSeconds ?? 60;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: Record<string, unknown>, octokit: unknown, retryCount: number) => {
      const what = `GitHub API ${String(options.method ?? '')} ${requestPath(octokit, options, o.apiUrl)} hit the ${kind} rate limit`;
      if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > maxWait) {
        o.log(
          `${what}; not waiting ${retryAfter} s (retried ${retryCount} times, longest wait ${maxWait} s).`
        );
        return false;
      }
      o.log(`${what}; waiting ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).`);
      return true;
    };
  const base = o.retryBaseMs ?? 1000;
  return getOctokit(
    o.token,
    {
      baseUrl: o.apiUrl.replace(/\/$/, ''),
      userAgent: o.userAgent,
      request: { fetch: proxyAwareFetch(o.timeoutMs) },
      log: { debug: () => undefined, info: () => undefined, warn: o.log, error: o.log },
      retry: { retryAfterBaseValue: base },
      throttle: {
        retryAfterBaseValue: base,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary')
      }
    },
    retry,
    throttling
  );
}

/** The request's path under the API, with its parameters filled in (/repos/acme/infra/issues/7/comments). */
function requestPath(octokit: unknown, options: Record<string, unknown>, apiUrl: string): string {
  let url = String(options.url ?? '');
  try {
    url = (octokit as GitHubClient).request.endpoint.parse(options as never).url;
  } catch {
    // keep the template
  }
  const base = apiUrl.replace(/\/$/, '');
  return url.startsWith(base) ? url.slice(base.length) || '/' : url;
}

/** What an Octokit RequestError carries that we use. */
interface RequestErrorLike {
  readonly status?: number;
  readonly message?: string;
  readonly request?: { readonly method?: string; readonly url?: string };
  readonly response?: {
    readonly headers?: Record<string, string | undefined>;
    readonly data?: unknown;
  };
}

export function errorStatus(error: unknown): number | undefined {
  const s = (error as RequestErrorLike)?.status;
  return typeof s === 'number' ? s : undefined;
}

/** True for GitHub's primary (remaining 0) and secondary rate limits, which are never a permission answer. */
export function isRateLimit(error: unknown): boolean {
  const e = error as RequestErrorLike;
  if (e?.status !== 403 && e?.status !== 429) return false;
  return (
    e.response?.headers?.['x-ratelimit-remaining'] === '0' ||
    /rate limit/i.test(apiMessage(error)) ||
    e.status === 429
  );
}

/** GitHub's own message (`{"message": ...}`), without Octokit's appended documentation link. */
export function apiMessage(error: unknown): string {
  const e = error as RequestErrorLike;
  const data = e?.response?.data;
  if (data && typeof data === 'object' && 'message' in data)
    return String((data as { message: unknown }).message);
  return String(e?.message ?? error);
}

/** "GitHub API POST /repos/o/r/issues/7/comments answered 403: message", with the path relative to the API. */
export function describeRequestError(error: unknown, apiUrl: string): string {
  const e = error as RequestErrorLike;
  const url = e?.request?.url ?? '';
  const shown = url.startsWith(apiUrl) ? url.slice(apiUrl.replace(/\/$/, '').length) || '/' : url;
  const status = errorStatus(error);
  if (!e?.request) return `GitHub API call failed: ${e?.message ?? String(error)}`;
  // A network failure reaches Octokit as status 500 with our fetch's message (no response).
  if (status === undefined || !e.response)
    return `GitHub API ${e?.request?.method ?? ''} ${shown} failed: ${e?.message ?? String(error)}`;
  return `GitHub API ${e.request?.method ?? ''} ${shown} answered ${status}: ${apiMessage(error)}`;
}
