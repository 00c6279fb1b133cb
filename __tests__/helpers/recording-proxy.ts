import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A forward proxy on 127.0.0.1 that records what it was asked: CONNECT tunnels (host:port, as
 * corporate proxies see HTTPS) and absolute-form requests (plain HTTP proxying). It resolves names
 * itself, as a real proxy does, so a client can name a host ("vm" from /etc/hosts) that
 * @actions/http-client does not treat as loopback. It can demand credentials (407) or refuse
 * tunnels (403), like a proxy with an allow-list.
 */
export class RecordingProxy {
  readonly connects: { target: string; proxyAuthorization?: string }[] = [];
  readonly requests: { method: string; url: string }[] = [];
  /** When set, requests without this Proxy-Authorization value get 407. */
  requireAuthorization?: string;
  /** When set, CONNECT to these targets is refused with 403. */
  readonly refuse = new Set<string>();
  private server?: http.Server;
  private readonly sockets = new Set<net.Socket>();
  url = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      this.requests.push({ method: req.method ?? '', url: req.url ?? '' });
      if (!this.authorised(req.headers['proxy-authorization'])) {
        res.writeHead(407, { 'proxy-authenticate': 'Basic realm="proxy"' }).end();
        return;
      }
      const target = new URL(req.url ?? '/');
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: req.method,
          headers: req.headers
        },
        up => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        }
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    this.server.on('connection', s => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    this.server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      const target = req.url ?? '';
      const auth = req.headers['proxy-authorization'];
      this.connects.push({ target, ...(auth ? { proxyAuthorization: auth } : {}) });
      if (!this.authorised(auth)) {
        client.end(
          'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\n\r\n'
        );
        return;
      }
      if (this.refuse.has(target)) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const [host, port] = [
        target.slice(0, target.lastIndexOf(':')),
        Number(target.slice(target.lastIndexOf(':') + 1))
      ];
      const upstream = net.connect(port, host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      this.sockets.add(upstream);
      upstream.on('close', () => this.sockets.delete(upstream));
      upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  private authorised(given: string | undefined): boolean {
    return this.requireAuthorization === undefined || given === this.requireAuthorization;
  }

  /** Every target the proxy was asked for, tunnels and plain requests alike. */
  targets(): string[] {
    return [...this.connects.map(c => c.target), ...this.requests.map(r => new URL(r.url).host)];
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>(resolve => this.server?.close(() => resolve()) ?? resolve());
  }
}

/** Sets proxy variables for the duration of `fn` (the clients read them per request), then restores them. */
export async function withProxyEnv<T>(
  vars: Record<string, string | undefined>,
  fn: () => Promise<T>
): Promise<T> {
  const names = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
  const saved = Object.fromEntries(names.map(n => [n, process.env[n]]));
  for (const n of names) delete process.env[n];
  for (const [k, v] of Object.entries(vars)) if (v !== undefined) process.env[k] = v;
  try {
    return await fn();
  } finally {
    for (const n of names) {
      if (saved[n] === undefined) delete process.env[n];
      else process.env[n] = saved[n];
    }
  }
}
