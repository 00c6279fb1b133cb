import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the GitHub REST API (the endpoints the sticky comment uses), bound to
 * 127.0.0.1. It keeps issue comments in memory, pages them like GitHub (per_page, Link headers),
 * answers the GraphQL viewer query, records every request, and can be told to fail requests.
 * `ghes: true` lays it out as GitHub Enterprise Server does: REST under /api/v3, GraphQL at
 * /api/graphql (and a 404 at /api/v3/graphql). `viewer` is the token's identity as GraphQL reports
 * it: `github-actions` for the workflow token, or a GitHub App's slug (REST shows `<slug>[bot]`,
 * user type "Bot"). REST /user answers 403 as it does for installation tokens.
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
  user: { login: string; type: string };
}

export interface Fault {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly message?: string;
  /** Headers computed when the fault fires (e.g. x-ratelimit-reset relative to now). */
  readonly lateHeaders?: () => Record<string, string>;
  /** How many matching requests fail before the rest succeed. */
  times: number;
}

export class GitHubStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, StoredComment[]>();
  readonly faults: Fault[] = [];
  /** Files of each pull request, as GET /repos/{o}/{r}/pulls/{n}/files lists them (paged). */
  readonly prFiles = new Map<number, { filename: string; status: string; patch?: string }[]>();
  /**
   * The token's identity as GraphQL `viewer.login` answers it: `<slug>[bot]` for the workflow token
   * and for App installation tokens (fullsend-ai/fullsend#1953 saw `fullsend-ai-coder[bot]`), a
   * plain login for a user token. REST /user answers 403 as it does for installation tokens.
   */
  viewer = 'github-actions[bot]';
  /** When false, GraphQL answers as a GHES without it would (404), so the identity is unknown. */
  graphqlAvailable = true;
  private nextId = 1000;
  private server?: http.Server;
  /** The origin; `apiUrl` and `graphqlUrl` are what GITHUB_API_URL and GITHUB_GRAPHQL_URL would say. */
  url = '';
  apiUrl = '';
  graphqlUrl = '';

  constructor(private readonly layout: { ghes?: boolean } = {}) {}

  addComment(issue: number, body: string, login: string): StoredComment {
    const c = { id: this.nextId++, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } };
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
    this.apiUrl = this.layout.ghes ? `${this.url}/api/v3` : this.url;
    this.graphqlUrl = this.layout.ghes ? `${this.url}/api/graphql` : `${this.url}/graphql`;
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => this.server?.close(() => resolve()) ?? resolve());
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const method = req.method ?? 'GET';
    const full = new URL(req.url ?? '/', this.url);
    const prefix = this.layout.ghes ? '/api/v3' : '';
    const isGraphql = full.pathname === (this.layout.ghes ? '/api/graphql' : '/graphql');
    // Paths below are matched without the GHES prefix; anything outside it is a 404 on GHES.
    const url = new URL(full);
    if (prefix && !isGraphql) {
      url.pathname = full.pathname.startsWith(`${prefix}/`)
        ? full.pathname.slice(prefix.length)
        : '/__outside__';
    }
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    this.requests.push({
      method,
      path: full.pathname + full.search,
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
      return send(
        fault.status,
        { message: fault.message ?? http.STATUS_CODES[fault.status] },
        { ...fault.headers, ...fault.lateHeaders?.() }
      );
    }
    if (method === 'POST' && isGraphql && this.graphqlAvailable) {
      return send(200, { data: { viewer: { login: this.viewer } } });
    }
    if (method === 'GET' && url.pathname === '/user') {
      return send(403, { message: 'Resource not accessible by integration' });
    }
    const files = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname);
    if (files && method === 'GET') {
      const all = this.prFiles.get(Number(files[3])) ?? [];
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        const next = new URL(full);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.href}>; rel="next"`;
      }
      return send(200, all.slice((page - 1) * perPage, page * perPage), headers);
    }
    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m && method === 'GET') {
      const all = this.comments.get(Number(m[3])) ?? [];
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      const items = all.slice((page - 1) * perPage, page * perPage).map(c => ({
        ...c,
        html_url: `https://github.com/${m![1]}/${m![2]}/pull/${m![3]}#issuecomment-${c.id}`
      }));
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        const next = new URL(full);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.href}>; rel="next", <${this.url}${full.pathname}?per_page=${perPage}&page=${last}>; rel="last"`;
      }
      return send(200, items, headers);
    }
    if (m && method === 'POST') {
      const text = (body as { body?: string })?.body ?? '';
      if (text.length > 65536)
        return send(422, { message: 'body is too long (maximum is 65536 characters)' });
      const c = this.addComment(Number(m[3]), text, this.viewer);
      return send(201, {
        ...c,
        html_url: `https://github.com/${m[1]}/${m[2]}/pull/${m[3]}#issuecomment-${c.id}`
      });
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m && method === 'DELETE') {
      const id = Number(m[3]);
      for (const [issue, list] of this.comments) {
        if (list.some(x => x.id === id)) {
          this.comments.set(
            issue,
            list.filter(x => x.id !== id)
          );
          res.writeHead(204).end();
          return;
        }
      }
      return send(404, { message: 'Not Found' });
    }
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

  /** Requests that changed something (create/update/delete), for asserting what the action did. */
  writes(): RecordedRequest[] {
    return this.requests
      .filter(r => r.method === 'POST' || r.method === 'PATCH' || r.method === 'DELETE')
      .filter(r => !r.path.endsWith('/graphql'));
  }
}
