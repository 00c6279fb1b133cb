import { getProxyUrl } from '@actions/http-client';
import { Agent, ProxyAgent, request, type Dispatcher } from 'undici';

/**
 * The one way db-posture talks HTTP to anything but the database wire protocols: the GitHub API,
 * the CockroachDB Cloud API and the Couchbase REST API. It honours HTTPS_PROXY, HTTP_PROXY and
 * NO_PROXY exactly as @actions/http-client does (its own rules: lower-case variables first,
 * loopback never proxied, NO_PROXY entries match host, host:port and domain suffixes), puts a
 * deadline on every request, and turns failures into a code and a sentence that name the cause.
 */

export interface HttpRequestOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** The whole request, from connecting to the last body byte. */
  readonly timeoutMs: number;
  /** PEM of a CA the server's certificate chains to, besides the system's. */
  readonly ca?: string;
}

export type HttpHeaders = Record<string, string | string[] | undefined>;

export type HttpResult =
  | {
      readonly kind: 'http';
      readonly status: number;
      readonly headers: HttpHeaders;
      readonly text: string;
    }
  | {
      readonly kind: 'network';
      /** A Node/OS code (ECONNREFUSED, ENOTFOUND, ETIMEDOUT, ECONNRESET, a TLS code) or EPROXY. */
      readonly code: string;
      /** What happened, in words, with the code in brackets. */
      readonly message: string;
    };

/** The proxy a request to `url` goes through, or undefined when it goes direct. */
export function proxyFor(url: URL): URL | undefined {
  const proxy = getProxyUrl(url.href);
  return proxy ? new URL(proxy) : undefined;
}

const dispatchers = new Map<string, Dispatcher>();

function dispatcherFor(url: URL, ca: string | undefined): { dispatcher: Dispatcher; proxy?: URL } {
  const proxy = proxyFor(url);
  const key = `${proxy?.href ?? 'direct'}\u0000${ca ?? ''}`;
  let dispatcher = dispatchers.get(key);
  if (!dispatcher) {
    const tls = ca ? { ca } : {};
    dispatcher = proxy ? new ProxyAgent({ uri: proxy.href, requestTls: tls }) : new Agent({ connect: tls });
    dispatchers.set(key, dispatcher);
  }
  return proxy ? { dispatcher, proxy } : { dispatcher };
}

const WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed (temporary DNS failure)',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable'
};

/** undici's own codes, as the OS codes users know. */
const UNDICI_CODES: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'ETIMEDOUT',
  UND_ERR_HEADERS_TIMEOUT: 'ETIMEDOUT',
  UND_ERR_BODY_TIMEOUT: 'ETIMEDOUT',
  UND_ERR_SOCKET: 'ECONNRESET',
  UND_ERR_CLOSED: 'ECONNRESET'
};

interface ErrorLike {
  readonly code?: string;
  readonly message?: string;
  readonly cause?: unknown;
  readonly address?: string;
  readonly port?: number;
}

/** Classifies a failed request; exported for the Octokit fetch below and for tests. */
export function networkFailure(
  error: unknown,
  ctx: { url: URL; proxy?: URL; timeoutMs: number; timedOut: boolean }
): { code: string; message: string } {
  if (ctx.timedOut) {
    return { code: 'ETIMEDOUT', message: `no answer within ${ctx.timeoutMs} ms` };
  }
  let e = error as ErrorLike;
  // fetch wraps the socket error in a TypeError("fetch failed"); the cause is what happened.
  while (e && !e.code && e.cause && typeof e.cause === 'object') e = e.cause as ErrorLike;
  const raw = e?.code ?? 'ERROR';
  const code = UNDICI_CODES[raw] ?? raw;
  const text = e?.message ?? String(error);
  const proxy = ctx.proxy;
  if (proxy) {
    const atProxy =
      /Proxy response|Proxy Authentication/i.test(text) ||
      (e?.port !== undefined &&
        String(e.port) === (proxy.port || (proxy.protocol === 'https:' ? '443' : '80')));
    if (atProxy) {
      return {
        code: 'EPROXY',
        message: `the proxy ${proxy.host} (from HTTPS_PROXY/HTTP_PROXY) failed: ${WORDS[code] ?? text} (${code})`
      };
    }
  }
  if (code === 'ETIMEDOUT') return { code, message: `no answer within ${ctx.timeoutMs} ms` };
  const words = WORDS[code];
  const via = proxy ? ` via the proxy ${proxy.host}` : '';
  // The caller names the server; we name what happened.
  return { code, message: `${words ? `${words} (${code})` : text}${via}` };
}

/** One HTTP request; never throws for network failures (they are a `network` result). */
export async function httpRequest(target: URL | string, o: HttpRequestOptions): Promise<HttpResult> {
  const url = typeof target === 'string' ? new URL(target) : target;
  const { dispatcher, proxy } = dispatcherFor(url, o.ca);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, o.timeoutMs);
  try {
    const res = await request(url, {
      method: (o.method ?? 'GET') as Dispatcher.HttpMethod,
      ...(o.headers ? { headers: o.headers } : {}),
      ...(o.body !== undefined ? { body: o.body } : {}),
      dispatcher,
      signal: controller.signal,
      headersTimeout: o.timeoutMs,
      bodyTimeout: o.timeoutMs
    });
    const text = await res.body.text();
    return { kind: 'http', status: res.statusCode, headers: res.headers, text };
  } catch (error) {
    return {
      kind: 'network',
      ...networkFailure(error, { url, ...(proxy ? { proxy } : {}), timeoutMs: o.timeoutMs, timedOut })
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A fetch for Octokit (its `request.fetch` option) on the same proxy rules and deadline. A failure
 * is thrown as an Error whose message names the cause, which Octokit puts in its RequestError.
 */
export function proxyAwareFetch(timeoutMs: number): typeof fetch {
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers: Record<string, string> = {};
    new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).forEach(
      (v, k) => (headers[k] = v)
    );
    const body = init?.body;
    const result = await httpRequest(url, {
      method: init?.method ?? (input instanceof Request ? input.method : 'GET'),
      headers,
      ...(typeof body === 'string' ? { body } : {}),
      timeoutMs
    });
    if (result.kind === 'network') {
      throw Object.assign(new Error(result.message), { code: result.code });
    }
    const out = new Headers();
    for (const [k, v] of Object.entries(result.headers)) {
      if (Array.isArray(v)) v.forEach(x => out.append(k, x));
      else if (v !== undefined) out.set(k, v);
    }
    // A Response cannot carry a body on 204/304.
    const empty = result.status === 204 || result.status === 304;
    return new Response(empty ? null : result.text, { status: result.status, headers: out });
  };
}
