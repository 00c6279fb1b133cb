import http from 'node:http';
import https from 'node:https';

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
      readonly headers: http.IncomingHttpHeaders;
    }
  | { readonly kind: 'network'; readonly code: string; readonly message: string };

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

function once(ep: CbEndpoint, path: string): Promise<CbAnswer> {
  return new Promise(resolve => {
    const target = new URL(path, ep.url);
    const lib = target.protocol === 'https:' ? https : http;
    const req = lib.request(
      target,
      {
        // GET only: the audit never changes the cluster.
        method: 'GET',
        headers: {
          authorization: `Basic ${Buffer.from(`${ep.username}:${ep.password}`).toString('base64')}`,
          accept: 'application/json'
        },
        timeout: ep.timeoutMs,
        ...(target.protocol === 'https:' && ep.ca ? { ca: ep.ca } : {})
      },
      res => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', d => (text += d));
        res.on('end', () => {
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : null;
          } catch {
            // Couchbase answers some errors as plain text ("Requested resource not found.").
          }
          resolve({ kind: 'http', status: res.statusCode ?? 0, body, text, headers: res.headers });
        });
        res.on('error', e => resolve({ kind: 'network', code: 'ERESPONSE', message: e.message }));
      }
    );
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error(`no answer within ${ep.timeoutMs} ms`), { code: 'ETIMEDOUT' }))
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ kind: 'network', code: e.code ?? 'ERROR', message: e.message })
    );
    req.end();
  });
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
