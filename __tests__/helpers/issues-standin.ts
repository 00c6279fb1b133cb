import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for GitHub's issues REST endpoints (list with labels/state and Link pages,
 * create, update, comment) and the GraphQL viewer, bound to 127.0.0.1. Like GitHub, the list
 * includes pull requests (with a `pull_request` key), labels filter with AND, and a token without
 * `issues: write` gets 403 "Resource not accessible by integration" on writes.
 */
export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string;
  labels: string[];
  assignees: string[];
  user: { login: string };
  comments: string[];
  pull_request?: { url: string };
}

export class IssuesStandIn {
  readonly issues: StoredIssue[] = [];
  readonly requests: { method: string; path: string; body?: unknown }[] = [];
  viewer = 'github-actions';
  /** When false, writes answer 403 like a token with `issues: read`. */
  canWrite = true;
  /** Users that exist and may be assigned; others make GitHub answer 422. */
  assignable = new Set(['alice', 'bob']);
  private next = 1;
  private server?: http.Server;
  url = '';

  add(issue: Partial<StoredIssue> & { title: string; body: string; user: { login: string } }): StoredIssue {
    const stored: StoredIssue = {
      number: this.next++,
      state: 'open',
      labels: [],
      assignees: [],
      comments: [],
      ...issue
    };
    this.issues.push(stored);
    return stored;
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

  writes(): { method: string; path: string; body?: unknown }[] {
    return this.requests.filter(r => r.method !== 'GET' && r.path !== '/graphql');
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', this.url);
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    this.requests.push({ method, path: url.pathname + url.search, ...(body ? { body } : {}) });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(data));
    };
    const view = (i: StoredIssue) => ({ ...i, html_url: `https://github.com/o/r/issues/${i.number}` });
    if (method === 'POST' && url.pathname === '/graphql')
      return send(200, { data: { viewer: { login: this.viewer } } });
    if (method !== 'GET' && !this.canWrite)
      return send(403, { message: 'Resource not accessible by integration' });
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(url.pathname);
    if (list && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const all = this.issues
        .filter(i => state === 'all' || i.state === state)
        .filter(i => labels.every(l => i.labels.includes(l)))
        .sort((a, b) => b.number - a.number);
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.href}>; rel="next"`;
      }
      return send(200, all.slice((page - 1) * perPage, page * perPage).map(view), headers);
    }
    if (list && method === 'POST') {
      const assignees = (body?.assignees as string[] | undefined) ?? [];
      const bad = assignees.find(a => !this.assignable.has(a));
      if (bad)
        return send(422, {
          message: 'Validation Failed',
          errors: [{ value: bad, resource: 'Issue', field: 'assignees', code: 'invalid' }]
        });
      const created = this.add({
        title: String(body?.title),
        body: String(body?.body ?? ''),
        labels: (body?.labels as string[] | undefined) ?? [],
        assignees,
        user: { login: `${this.viewer}[bot]` }
      });
      return send(201, view(created));
    }
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)(\/comments)?$/.exec(url.pathname);
    const issue = one ? this.issues.find(i => i.number === Number(one[3])) : undefined;
    if (one && !issue) return send(404, { message: 'Not Found' });
    if (one && issue && one[4] && method === 'POST') {
      issue.comments.push(String(body?.body ?? ''));
      return send(201, { id: issue.comments.length, body: body?.body });
    }
    if (one && issue && !one[4] && method === 'PATCH') {
      if (typeof body?.title === 'string') issue.title = body.title;
      if (typeof body?.body === 'string') issue.body = body.body;
      if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state;
      if (typeof body?.state_reason === 'string') issue.state_reason = body.state_reason;
      return send(200, view(issue));
    }
    send(404, { message: 'Not Found' });
  }
}
