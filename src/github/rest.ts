/**
 * A small GitHub REST client on fetch: the few calls the sticky comment needs, with the headers
 * GitHub asks for and retries on rate limits and server errors. Kept apart from Octokit so that
 * tests can point it at a local stand-in through GITHUB_API_URL and the bundle stays small.
 */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly apiMessage: string
  ) {
    super(`GitHub API ${method} ${path} answered ${status}${apiMessage ? `: ${apiMessage}` : ''}`);
  }
}

export interface RestResponse<T> {
  readonly status: number;
  readonly data: T;
  readonly headers: Headers;
}

export interface RestClientOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly userAgent: string;
  /** Attempts per request, counting the first (429 and 5xx are retried). */
  readonly attempts?: number;
  /** First back-off when the server gives no Retry-After; doubles per attempt. */
  readonly retryBaseMs?: number;
  /** The longest wait we accept from a Retry-After header before giving up. */
  readonly maxRetryAfterMs?: number;
  readonly onRetry?: (message: string) => void;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

export class RestClient {
  private readonly attempts: number;
  private readonly retryBaseMs: number;
  private readonly maxRetryAfterMs: number;

  constructor(private readonly options: RestClientOptions) {
    this.attempts = options.attempts ?? 4;
    this.retryBaseMs = options.retryBaseMs ?? 1000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60000;
  }

  async request<T>(method: string, pathOrUrl: string, body?: unknown): Promise<RestResponse<T>> {
    const url = pathOrUrl.startsWith('http')
      ? pathOrUrl
      : `${this.options.baseUrl.replace(/\/$/, '')}${pathOrUrl}`;
    const shownPath = url.replace(this.options.baseUrl.replace(/\/$/, ''), '');
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${this.options.token}`,
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': this.options.userAgent,
            ...(body !== undefined ? { 'content-type': 'application/json' } : {})
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {})
        });
      } catch (error) {
        if (attempt >= this.attempts) {
          throw new GitHubApiError(0, method, shownPath, `network error: ${(error as Error).message}`);
        }
        await this.backoff(attempt, null, `${method} ${shownPath}: network error`);
        continue;
      }
      const text = await response.text();
      let data: unknown = text;
      try {
        data = text ? JSON.parse(text) : null;
      } catch {
        // A proxy's HTML error page: keep the text for the message.
      }
      if (response.ok) return { status: response.status, data: data as T, headers: response.headers };
      // 403 with Retry-After is GitHub's secondary rate limit; plain 403 is a permission answer.
      const retryable =
        response.status === 429 ||
        response.status >= 500 ||
        (response.status === 403 && response.headers.has('retry-after'));
      const message =
        typeof data === 'object' && data !== null && 'message' in data
          ? String((data as { message: unknown }).message)
          : text.slice(0, 200);
      if (!retryable || attempt >= this.attempts) {
        throw new GitHubApiError(response.status, method, shownPath, message);
      }
      await this.backoff(
        attempt,
        response.headers.get('retry-after'),
        `${method} ${shownPath} answered ${response.status}`
      );
    }
  }

  private async backoff(attempt: number, retryAfter: string | null, what: string): Promise<void> {
    let waitMs = this.retryBaseMs * 2 ** (attempt - 1);
    if (retryAfter !== null) {
      const seconds = Number(retryAfter);
      const at = Date.parse(retryAfter);
      waitMs = Number.isFinite(seconds)
        ? seconds * 1000
        : Number.isFinite(at)
          ? Math.max(0, at - Date.now())
          : waitMs;
    }
    if (waitMs > this.maxRetryAfterMs) {
      throw new GitHubApiError(
        429,
        'retry',
        what,
        `asked to wait ${Math.round(waitMs / 1000)} s, more than we wait`
      );
    }
    this.options.onRetry?.(
      `${what}; retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${this.attempts})`
    );
    await sleep(waitMs);
  }

  /** Follows `Link: <...>; rel="next"` until the last page. */
  async paginate<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | null = path;
    while (next) {
      const page: RestResponse<T[]> = await this.request<T[]>('GET', next);
      items.push(...page.data);
      next = nextLink(page.headers.get('link'));
    }
    return items;
  }
}

export function nextLink(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
    if (m) return m[1];
  }
  return null;
}
