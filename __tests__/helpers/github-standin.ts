import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the GitHub REST API (the endpoints the sticky comment uses), bound to
 * 127.0.0.1. It keeps issue comments in memory, pages them like GitHub (per_page, Link headers),
 * answers the GraphQL viewer query, records every request, and can be told to fail requests.
 */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization?: string;
  readonly body?: unknown;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string };
}

export interface Fault {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly message?: string;
  /** How many matching requests fail before the rest succeed. */
  times: number;
}

export class GitHubStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, StoredComment[]>();
  readonly faults: Fault[] = [];
  /** The identity of the token (GraphQL viewer login; REST /user answers 403 like an installation token). */
  viewer = 'github-actions';
  private nextId = 1000;
  private server?: http.Server;
  url = '';

  addComment(issue: number, body: string, login: string): StoredComment {
    const c = { id: this.nextId++, body, user: { login } };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), c]);
    return c;
  }

  fail(fault: Omit<Fault, 'times'> & { times?: number }): void {
    this.faults.push({ times: 1, ...fault });
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', d => (raw += d));
      req.on('end', () => this.handle(req, raw, res));
    });
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => this.server?.close(() => resolve()) ?? resolve());
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', this.url);
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    this.requests.push({
      method,
      path: url.pathname + url.search,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(body !== undefined ? { body } : {})
    });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(data));
    };
    const fault = this.faults.find(f => f.times > 0 && f.method === method && f.path.test(url.pathname));
    if (fault) {
      fault.times--;
      return send(fault.status, { message: fault.message ?? http.STATUS_CODES[fault.status] }, fault.headers);
    }
    if (method === 'POST' && url.pathname === '/graphql') {
      return send(200, { data: { viewer: { login: this.viewer } } });
    }
    if (method === 'GET' && url.pathname === '/user') {
      return send(403, { message: 'Resource not accessible by integration' });
    }
    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m && method === 'GET') {
      const all = this.comments.get(Number(m[3])) ?? [];
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      const items = all.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.href}>; rel="next", <${this.url}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`;
      }
      return send(200, items, headers);
    }
    if (m && method === 'POST') {
      const text = (body as { body?: string })?.body ?? '';
      if (text.length > 65536)
        return send(422, { message: 'body is too long (maximum is 65536 characters)' });
      const c = this.addComment(Number(m[3]), text, `${this.viewer}[bot]`);
      return send(201, {
        ...c,
        html_url: `https://github.com/${m[1]}/${m[2]}/pull/${m[3]}#issuecomment-${c.id}`
      });
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m && method === 'PATCH') {
      const id = Number(m[3]);
      for (const list of this.comments.values()) {
        const c = list.find(x => x.id === id);
        if (c) {
          const text = (body as { body?: string })?.body ?? '';
          if (text.length > 65536)
            return send(422, { message: 'body is too long (maximum is 65536 characters)' });
          c.body = text;
          return send(200, {
            ...c,
            html_url: `https://github.com/${m[1]}/${m[2]}/pull/0#issuecomment-${id}`
          });
        }
      }
      return send(404, { message: 'Not Found' });
    }
    send(404, { message: 'Not Found' });
  }

  /** Requests that changed something (create/update), for asserting what the action did. */
  writes(): RecordedRequest[] {
    return this.requests
      .filter(r => r.method === 'POST' || r.method === 'PATCH')
      .filter(r => r.path !== '/graphql');
  }
}
