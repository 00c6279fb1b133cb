import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { httpRequest, proxyAwareFetch, proxyFor } from '../../src/net/http.js';
import { makeCertificate } from '../helpers/certificates.js';
import { RecordingProxy, withProxyEnv } from '../helpers/recording-proxy.js';

/**
 * The shared HTTP client against a recording forward proxy on 127.0.0.1. "vm" is a name from
 * /etc/hosts for 127.0.0.1 that @actions/http-client's rules do not treat as loopback, so requests
 * to it are proxied unless NO_PROXY says otherwise; 127.0.0.1 itself is never proxied.
 */
const cert = makeCertificate({ days: 30, cn: 'vm', san: 'DNS:vm,IP:127.0.0.1' });
let httpsServer: https.Server;
let plainServer: http.Server;
let hangServer: http.Server;
let httpsPort = 0;
let plainPort = 0;
let hangPort = 0;
let proxy: RecordingProxy;
const seen: string[] = [];

const answer = (req: http.IncomingMessage, res: http.ServerResponse) => {
  seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
  res.writeHead(200, { 'content-type': 'application/json', 'x-served-by': 'origin' });
  res.end(JSON.stringify({ ok: true, path: req.url }));
};
const listen = async (s: http.Server | https.Server) => {
  await new Promise<void>(r => s.listen(0, '127.0.0.1', r));
  return (s.address() as AddressInfo).port;
};

beforeAll(async () => {
  httpsServer = https.createServer({ cert: cert.cert, key: cert.key }, answer);
  plainServer = http.createServer(answer);
  hangServer = http.createServer(() => undefined);
  [httpsPort, plainPort, hangPort] = [
    await listen(httpsServer),
    await listen(plainServer),
    await listen(hangServer)
  ];
});
afterAll(async () => {
  for (const s of [httpsServer, plainServer, hangServer]) {
    s.closeAllConnections();
    await new Promise(r => s.close(r));
  }
});
beforeEach(async () => {
  seen.length = 0;
  proxy = new RecordingProxy();
  await proxy.start();
});
afterEach(() => proxy.stop());

const get = (url: string, extra: { timeoutMs?: number; ca?: string } = {}) =>
  httpRequest(url, {
    headers: { authorization: 'Bearer t' },
    timeoutMs: extra.timeoutMs ?? 5000,
    ...(extra.ca ? { ca: extra.ca } : {})
  });

describe('proxy variables', () => {
  it('HTTPS_PROXY: an https request is tunnelled with CONNECT host:port, TLS verified end to end with the given CA', async () => {
    const r = await withProxyEnv({ HTTPS_PROXY: proxy.url }, () =>
      get(`https://vm:${httpsPort}/pools`, { ca: cert.cert })
    );
    expect(r).toMatchObject({ kind: 'http', status: 200, text: '{"ok":true,"path":"/pools"}' });
    expect(proxy.connects).toEqual([{ target: `vm:${httpsPort}` }]);
    // The proxy saw only the tunnel, the origin got the request and its credentials.
    expect(seen).toEqual(['GET /pools Bearer t']);
  });

  it('lower-case https_proxy wins over HTTPS_PROXY, as in @actions/http-client', async () => {
    const r = await withProxyEnv({ https_proxy: proxy.url, HTTPS_PROXY: 'http://127.0.0.1:9' }, () =>
      get(`https://vm:${httpsPort}/x`, { ca: cert.cert })
    );
    expect(r.kind).toBe('http');
    expect(proxy.connects.map(c => c.target)).toEqual([`vm:${httpsPort}`]);
  });

  it('HTTP_PROXY carries plain http requests; HTTPS_PROXY alone does not', async () => {
    const viaHttp = await withProxyEnv({ HTTP_PROXY: proxy.url }, () => get(`http://vm:${plainPort}/a`));
    expect(viaHttp).toMatchObject({ kind: 'http', status: 200 });
    expect(proxy.targets()).toEqual([`vm:${plainPort}`]);
    const direct = await withProxyEnv({ HTTPS_PROXY: proxy.url }, () => get(`http://vm:${plainPort}/b`));
    expect(direct).toMatchObject({ kind: 'http', status: 200 });
    expect(proxy.targets()).toHaveLength(1);
  });

  it('NO_PROXY: host, host:port, domain suffix and * bypass the proxy; other entries do not', async () => {
    for (const noProxy of ['vm', `vm:${httpsPort}`, 'example.com, vm', '*']) {
      const r = await withProxyEnv({ HTTPS_PROXY: proxy.url, NO_PROXY: noProxy }, () =>
        get(`https://vm:${httpsPort}/direct`, { ca: cert.cert })
      );
      expect(r).toMatchObject({ kind: 'http', status: 200 });
    }
    expect(proxy.targets()).toEqual([]);
    await withProxyEnv({ HTTPS_PROXY: proxy.url, NO_PROXY: 'example.com,vm:1' }, () =>
      get(`https://vm:${httpsPort}/proxied`, { ca: cert.cert })
    );
    expect(proxy.connects.map(c => c.target)).toEqual([`vm:${httpsPort}`]);
    expect(proxyFor(new URL('https://api.corp.example'))).toBeUndefined();
    await withProxyEnv({ HTTPS_PROXY: proxy.url, NO_PROXY: '.corp.example' }, async () => {
      expect(proxyFor(new URL('https://api.corp.example'))).toBeUndefined();
      expect(proxyFor(new URL('https://api.github.com'))?.href).toBe(`${proxy.url}/`);
    });
  });

  it('loopback addresses are never proxied (service containers on the runner)', async () => {
    const r = await withProxyEnv({ HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url }, () =>
      get(`http://127.0.0.1:${plainPort}/`)
    );
    expect(r).toMatchObject({ kind: 'http', status: 200 });
    expect(proxy.targets()).toEqual([]);
  });

  it('credentials in the proxy URL are sent as Proxy-Authorization (decoded), never to the origin', async () => {
    proxy.requireAuthorization = `Basic ${Buffer.from('ci:p@ss word').toString('base64')}`;
    const withCreds = proxy.url.replace('http://', 'http://ci:p%40ss%20word@');
    const r = await withProxyEnv({ HTTPS_PROXY: withCreds }, () =>
      get(`https://vm:${httpsPort}/`, { ca: cert.cert })
    );
    expect(r).toMatchObject({ kind: 'http', status: 200 });
    expect(proxy.connects[0].proxyAuthorization).toBe(proxy.requireAuthorization);
    expect(seen).toEqual(['GET / Bearer t']);
  });

  it('a proxy that refuses the tunnel, demands credentials or is down is named as the proxy', async () => {
    proxy.refuse.add(`vm:${httpsPort}`);
    const refused = await withProxyEnv({ HTTPS_PROXY: proxy.url }, () =>
      get(`https://vm:${httpsPort}/`, { ca: cert.cert })
    );
    const host = new URL(proxy.url).host;
    expect(refused).toEqual({
      kind: 'network',
      code: 'EPROXY',
      message: expect.stringMatching(
        new RegExp(
          `^the proxy ${host} \\(from HTTPS_PROXY/HTTP_PROXY\\) failed: Proxy response \\(403\\) !== 200 when HTTP Tunneling`
        )
      ) as unknown as string
    });
    proxy.refuse.clear();
    proxy.requireAuthorization = 'Basic nope';
    const auth = await withProxyEnv({ HTTPS_PROXY: proxy.url }, () =>
      get(`https://vm:${httpsPort}/`, { ca: cert.cert })
    );
    expect(auth).toMatchObject({
      kind: 'network',
      code: 'EPROXY',
      message: expect.stringContaining('(407)') as unknown as string
    });
    const down = await withProxyEnv({ HTTPS_PROXY: 'http://127.0.0.1:9' }, () =>
      get(`https://vm:${httpsPort}/`, { ca: cert.cert })
    );
    expect(down).toEqual({
      kind: 'network',
      code: 'EPROXY',
      message: 'the proxy 127.0.0.1:9 (from HTTPS_PROXY/HTTP_PROXY) failed: connection refused (ECONNREFUSED)'
    });
  });
});

describe('deadlines and named causes', () => {
  it('a server that never answers is ETIMEDOUT after the deadline, not a hang', async () => {
    const started = Date.now();
    const r = await withProxyEnv({}, () => get(`http://127.0.0.1:${hangPort}/`, { timeoutMs: 300 }));
    expect(r).toEqual({ kind: 'network', code: 'ETIMEDOUT', message: 'no answer within 300 ms' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('refused, unknown host and an untrusted certificate each say what happened', async () => {
    await withProxyEnv({}, async () => {
      expect(await get('http://127.0.0.1:9/')).toEqual({
        kind: 'network',
        code: 'ECONNREFUSED',
        message: 'connection refused (ECONNREFUSED)'
      });
      expect(await get('http://no-such-host.invalid/')).toMatchObject({
        kind: 'network',
        code: expect.stringMatching(/^(ENOTFOUND|EAI_AGAIN)$/) as unknown as string
      });
      expect(await get(`https://vm:${httpsPort}/`)).toEqual({
        kind: 'network',
        code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
        message: 'self-signed certificate'
      });
    });
  });
});

describe('proxyAwareFetch (the fetch Octokit is given)', () => {
  it('goes through the proxy and returns a Response with status, headers and body', async () => {
    const f = proxyAwareFetch(5000);
    const res = await withProxyEnv({ HTTP_PROXY: proxy.url }, () =>
      f(`http://vm:${plainPort}/repos`, { method: 'POST', headers: { authorization: 'token x' }, body: '{}' })
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-served-by')).toBe('origin');
    expect(await res.json()).toEqual({ ok: true, path: '/repos' });
    expect(proxy.targets()).toEqual([`vm:${plainPort}`]);
    expect(seen).toEqual(['POST /repos token x']);
  });

  it('throws an error naming the cause (Octokit puts it in its RequestError)', async () => {
    const f = proxyAwareFetch(250);
    await expect(withProxyEnv({}, () => f(`http://127.0.0.1:${hangPort}/`))).rejects.toThrow(
      'no answer within 250 ms'
    );
    await expect(withProxyEnv({}, () => f('http://127.0.0.1:9/'))).rejects.toMatchObject({
      message: 'connection refused (ECONNREFUSED)',
      code: 'ECONNREFUSED'
    });
  });
});
