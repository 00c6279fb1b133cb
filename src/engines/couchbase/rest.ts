import { httpRequest, type HttpHeaders } from '../../net/http.js';

/** Where and how to reach the cluster's REST API (port 8091, or 18091 with TLS). */
export interface CbEndpoint {
  readonly url: URL;
  readonly username: string;
  readonly password: string;
  /** PEM of the CA that signed the cluster's certificate, when it is not publicly trusted. */
  readonly ca?: string;
  readonly timeoutMs: number;
}

export type CbAnswer =
  | {
      readonly kind: 'http';
      readonly status: number;
      readonly body: unknown;
      readonly text: string;
      readonly headers: HttpHeaders;
    }
  | { readonly kind: 'network'; readonly code: string; readonly message: string };

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** One GET through the shared client (proxy variables, deadline, named network failures). */
async function once(ep: CbEndpoint, path: string): Promise<CbAnswer> {
  const answer = await httpRequest(new URL(path, ep.url), {
    // GET only: the audit never changes the cluster.
    method: 'GET',
    headers: {
      authorization: `Basic ${Buffer.from(`${ep.username}:${ep.password}`).toString('base64')}`,
      accept: 'application/json'
    },
    timeoutMs: ep.timeoutMs,
    ...(ep.url.protocol === 'https:' && ep.ca ? { ca: ep.ca } : {})
  });
  if (answer.kind === 'network') return answer;
  let body: unknown = answer.text;
  try {
    body = answer.text ? JSON.parse(answer.text) : null;
  } catch {
    // Couchbase answers some errors as plain text ("Requested resource not found.").
  }
  return { kind: 'http', status: answer.status, body, text: answer.text, headers: answer.headers };
}

/** GET with retries on 5xx, 429 and dropped connections (not on timeouts: a silent node stays silent). */
export async function cbGet(ep: CbEndpoint, path: string, attempts = 3): Promise<CbAnswer> {
  let answer: CbAnswer = await once(ep, path);
  for (let attempt = 2; attempt <= attempts; attempt++) {
    const retry =
      answer.kind === 'http'
        ? answer.status >= 500 || answer.status === 429
        : answer.code === 'ECONNRESET' || answer.code === 'EPIPE';
    if (!retry) break;
    await sleep(150 * 2 ** (attempt - 2));
    answer = await once(ep, path);
  }
  return answer;
}

/** Couchbase's Community Edition refusal of an Enterprise endpoint. */
export function isEnterpriseRefusal(answer: CbAnswer): boolean {
  return (
    answer.kind === 'http' &&
    answer.status === 400 &&
    (answer.headers['x-enterprise-edition-needed'] === '1' ||
      /requires enterprise edition/i.test(answer.text))
  );
}
