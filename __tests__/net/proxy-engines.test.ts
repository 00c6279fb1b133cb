import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { startCouchbaseReplica } from '../../replicas/couchbase.mjs';
import { loadCockroachCloudScenario, startCockroachCloudReplica } from '../../replicas/cockroach-cloud.mjs';
import { collectCloudFacts } from '../../src/engines/cockroachdb/cloud-api.js';
import { Redactor } from '../../src/core/redact.js';
import { auditWithReports } from '../helpers/audit-reports.js';
import { makeCertificate } from '../helpers/certificates.js';
import { RecordingProxy, withProxyEnv } from '../helpers/recording-proxy.js';

/**
 * The engines' HTTP clients behind a corporate proxy: the Couchbase REST API over TLS and the
 * CockroachDB Cloud API, each reached as "vm" (127.0.0.1 in /etc/hosts, not loopback by name),
 * so HTTPS_PROXY/HTTP_PROXY apply and NO_PROXY can be seen to win.
 */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
let proxy: RecordingProxy;
beforeEach(async () => {
  proxy = new RecordingProxy();
  await proxy.start();
});
afterEach(() => proxy.stop());

describe('Couchbase REST behind a proxy', () => {
  const cert = makeCertificate({ days: 365, cn: 'vm', san: 'DNS:vm' });
  const audit = (url: string) =>
    auditWithReports(
      [
        '--couchbase-url',
        url,
        '--couchbase-username',
        'auditor',
        '--couchbase-ca',
        cert.certFile,
        '--name',
        'cb',
        '--format',
        'json'
      ],
      { DB_POSTURE_COUCHBASE_PASSWORD: 'ro-audit-Passw0rd!' }
    );

  it('every request is tunnelled through HTTPS_PROXY with CONNECT; NO_PROXY=vm goes direct', async () => {
    const replica = await startCouchbaseReplica({
      scenario: path.join(root, 'replicas/scenarios/couchbase/cb80-hardened.json'),
      tls: { cert: cert.cert, key: cert.key }
    });
    try {
      const port = new URL(replica.url).port;
      const proxied = await withProxyEnv({ HTTPS_PROXY: proxy.url }, () => audit(`https://vm:${port}`));
      expect(proxied.code).toBe(0);
      expect(proxied.report!.findings.length).toBeGreaterThan(10);
      const served = replica.requests.length;
      expect(served).toBeGreaterThan(5);
      // Keep-alive reuses tunnels, so there are fewer CONNECTs than requests, but at least one and only to the cluster.
      expect(proxy.connects.length).toBeGreaterThan(0);
      expect(new Set(proxy.connects.map(c => c.target))).toEqual(new Set([`vm:${port}`]));
      expect(proxy.requests).toEqual([]);

      const before = proxy.connects.length;
      const direct = await withProxyEnv({ HTTPS_PROXY: proxy.url, NO_PROXY: 'vm' }, () =>
        audit(`https://vm:${port}`)
      );
      expect(direct.code).toBe(0);
      expect(replica.requests.length).toBeGreaterThan(served);
      expect(proxy.connects.length).toBe(before);
    } finally {
      await replica.stop();
    }
  });

  it('a proxy that refuses the tunnel is exit 3 naming the proxy, not the cluster', async () => {
    const replica = await startCouchbaseReplica({
      scenario: path.join(root, 'replicas/scenarios/couchbase/cb80-hardened.json'),
      tls: { cert: cert.cert, key: cert.key }
    });
    try {
      const port = new URL(replica.url).port;
      proxy.refuse.add(`vm:${port}`);
      const r = await withProxyEnv({ HTTPS_PROXY: proxy.url }, () => audit(`https://vm:${port}`));
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(
        `Cannot connect to Couchbase at vm:${port}: the proxy ${new URL(proxy.url).host} (from HTTPS_PROXY/HTTP_PROXY) failed: Proxy response (403) !== 200 when HTTP Tunneling`
      );
      expect(replica.requests).toEqual([]);
    } finally {
      await replica.stop();
    }
  });
});

describe('CockroachDB Cloud API behind a proxy', () => {
  it('every call goes through HTTP_PROXY; NO_PROXY=vm goes direct; the facts are the same', async () => {
    const scenario = loadCockroachCloudScenario(
      path.join(root, 'replicas/scenarios/cockroach-cloud/standard.json')
    );
    const cloud = await startCockroachCloudReplica({ scenario });
    try {
      const port = new URL(cloud.url).port;
      const options = { baseUrl: `http://vm:${port}`, apiKey: cloud.apiKey, timeoutMs: 5000 };
      const proxied = await withProxyEnv({ HTTP_PROXY: proxy.url }, () =>
        collectCloudFacts(options, cloud.clusterId, new Redactor())
      );
      expect(proxied.cluster.ok).toBe(true);
      expect(proxy.targets().length).toBeGreaterThan(0);
      expect(new Set(proxy.targets())).toEqual(new Set([`vm:${port}`]));
      const calls = cloud.requests.length;
      expect(calls).toBeGreaterThanOrEqual(7);

      const seenBefore = proxy.targets().length;
      const direct = await withProxyEnv({ HTTP_PROXY: proxy.url, NO_PROXY: `localhost,vm:${port}` }, () =>
        collectCloudFacts(options, cloud.clusterId, new Redactor())
      );
      expect(direct).toEqual(proxied);
      expect(cloud.requests.length).toBe(calls * 2);
      expect(proxy.targets().length).toBe(seenBefore);
    } finally {
      await cloud.stop();
    }
  });
});
