import { afterEach, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import {
  loadCouchbaseScenario,
  startCouchbaseReplica,
  type CouchbaseReplica,
  type CouchbaseScenario
} from '../../replicas/couchbase.mjs';

/**
 * The replica's own answers, status by status, against what ns_server's source does for the
 * scenario's version and edition (replicas/FIDELITY.md names the files).
 */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const scenarioFile = (name: string) => path.join(root, 'replicas/scenarios/couchbase', name);
let replica: CouchbaseReplica | undefined;
afterEach(async () => {
  await replica?.stop();
  replica = undefined;
});

const basic = (user: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
});
const AUDITOR = basic('auditor', 'ro-audit-Passw0rd!');

async function get(file: string | CouchbaseScenario, p: string, headers: Record<string, string> = AUDITOR) {
  replica ??= await startCouchbaseReplica({ scenario: typeof file === 'string' ? scenarioFile(file) : file });
  const r = await fetch(`${replica.url}${p}`, { headers });
  const text = await r.text();
  return { status: r.status, text, headers: r.headers, json: () => JSON.parse(text) as unknown };
}

const variant = (base: string, change: Record<string, unknown>): CouchbaseScenario => ({
  ...loadCouchbaseScenario(scenarioFile(base)),
  ...change
});

describe('Couchbase replica: routing and auth order', () => {
  it('7.6 has no /settings/rbac: the static handler answers 404 before any auth check', async () => {
    const anon = await get('cb76-community.json', '/settings/rbac', {});
    expect([anon.status, anon.text, anon.headers.get('content-type')]).toEqual([
      404,
      'Not found.',
      'text/plain'
    ]);
    const wrong = await get('cb76-community.json', '/settings/rbac', basic('auditor', 'wrong'));
    expect(wrong.status).toBe(404);
  });

  it('the 404 is empty when the console is disabled on that scheme', async () => {
    const r = await get('cb76-hardened.json', '/no/such/path', {});
    expect([r.status, r.text]).toEqual([404, '']);
  });

  it('8.0 has /settings/rbac; Community Edition 8.0 answers 200 with everything off', async () => {
    const r = await get('cb80-community.json', '/settings/rbac');
    expect([r.status, r.json()]).toEqual([
      200,
      { ldapEnabled: false, samlEnabled: false, saslauthdAuthEnabled: false }
    ]);
  });

  it('a known route without credentials is 401 with the realm', async () => {
    const r = await get('cb76-hardened.json', '/settings/audit', {});
    expect([r.status, r.text, r.headers.get('www-authenticate')]).toEqual([
      401,
      '',
      'Basic realm="Couchbase Server Admin / REST"'
    ]);
  });

  it('a reader without the permission gets 403 naming it, before the enterprise check', async () => {
    const r = await get('no-security-read.json', '/settings/ldap');
    expect([r.status, r.json()]).toEqual([
      403,
      {
        message: 'Forbidden. User needs the following permissions',
        permissions: ['cluster.admin.security.external!read']
      }
    ]);
  });

  it('Enterprise-only handlers on CE: 400 with X-enterprise-edition-needed; saslauthd without the header', async () => {
    const audit = await get('cb80-community.json', '/settings/audit');
    expect([audit.status, audit.text, audit.headers.get('x-enterprise-edition-needed')]).toEqual([
      400,
      'This http API endpoint requires enterprise edition',
      '1'
    ]);
    const sasl = await get('cb80-community.json', '/settings/saslauthdAuth');
    expect([sasl.status, sasl.text, sasl.headers.get('x-enterprise-edition-needed')]).toEqual([
      400,
      'This http API endpoint is only supported in enterprise edition running on GNU/Linux',
      null
    ]);
  });

  it('on CE 8.0 ro_admin reads no security setting (only Full Admin does)', async () => {
    const s = variant('cb80-community.json', {
      users: [
        { id: 'auditor', domain: 'local', password: 'ro-audit-Passw0rd!', roles: ['ro_admin'], groups: [] }
      ]
    });
    const r = await get(s, '/settings/security');
    expect(r.status).toBe(403);
  });
});

describe('Couchbase replica: answers by version and edition', () => {
  it('/pools: isROAdminCreds is a constant false, prod/prodName only from 8.0', async () => {
    const p76 = (await get('cb76-hardened.json', '/pools')).json() as Record<string, unknown>;
    expect([p76.isAdminCreds, p76.isROAdminCreds, 'prod' in p76]).toEqual([true, false, false]);
    await replica!.stop();
    replica = undefined;
    const p80 = (await get('cb80-hardened.json', '/pools')).json() as Record<string, unknown>;
    expect([p80.isROAdminCreds, p80.prodName, p80.implementationVersion]).toEqual([
      false,
      'Couchbase Server',
      '8.0.1-2145-enterprise'
    ]);
  });

  it('CE leaves the TLS keys, responseHeaders and every service object out of /settings/security', async () => {
    const s = (await get('cb80-community.json', '/settings/security')).json() as Record<string, unknown>;
    for (const k of [
      'tlsMinVersion',
      'cipherSuites',
      'honorCipherOrder',
      'allowNonLocalCACertUpload',
      'responseHeaders',
      'data',
      'xdcr'
    ])
      expect(k in s).toBe(false);
    expect(s.uiSessionTimeout).toBe(900);
  });

  it('EE 8.0 has every service object, xdcr included; 7.6 has no xdcr', async () => {
    const s80 = (await get('cb80-hardened.json', '/settings/security')).json() as Record<
      string,
      Record<string, unknown>
    >;
    expect(s80.xdcr.tlsMinVersion).toBe('tlsv1.3');
    expect(s80.index.supportedCipherSuites).toBeDefined();
    expect('tlsMinVersion' in s80.index).toBe(false);
    await replica!.stop();
    replica = undefined;
    const s76 = (await get('cb76-hardened.json', '/settings/security')).json() as Record<string, unknown>;
    expect('xdcr' in s76).toBe(false);
  });

  it('clusterEncryptionLevel is present only when every node has node-to-node encryption', async () => {
    const s = variant('cb76-hardened.json', {});
    (s.nodes[2] as { nodeEncryption: boolean }).nodeEncryption = false;
    const r = (await get(s, '/settings/security')).json() as Record<string, unknown>;
    expect('clusterEncryptionLevel' in r).toBe(false);
  });

  it('uiSessionTimeout is absent when unset', async () => {
    const r = (await get('cb80-hardened.json', '/settings/security')).json() as Record<string, unknown>;
    expect(r.uiSessionTimeout).toBe(1800);
    await replica!.stop();
    replica = undefined;
    const s = variant('cb80-hardened.json', {});
    delete (s.security as Record<string, unknown>).uiSessionTimeout;
    const r2 = (await get(s, '/settings/security')).json() as Record<string, unknown>;
    expect('uiSessionTimeout' in r2).toBe(false);
  });

  it('/settings/audit: disabled lists every default-off filterable event; deleted local users and per-node log paths are hidden', async () => {
    const a = (await get('admins-excluded.json', '/settings/audit')).json() as {
      disabled: number[];
      disabledUsers: { name: string }[];
    };
    expect(a.disabled).toContain(8255);
    expect(a.disabled).toContain(28689);
    expect(a.disabled).not.toContain(28672);
    expect(a.disabled).not.toContain(28738);
    expect(a.disabledUsers.map(u => u.name)).toEqual(['alice', 'orders-app', 'carol', '@eventing']);
    await replica!.stop();
    replica = undefined;
    const s = variant('cb76-hardened.json', {
      audit: { ...(loadCouchbaseScenario(scenarioFile('cb76-hardened.json')).audit as object), logPath: null }
    });
    const b = (await get(s, '/settings/audit')).json() as Record<string, unknown>;
    expect('logPath' in b).toBe(false);
  });

  it('8.0 descriptors include user and bucket DDL (28738-28743); 7.6 ends at 28737', async () => {
    const d80 = (await get('cb80-hardened.json', '/settings/audit/descriptors')).json() as {
      id: number;
      module: string;
    }[];
    expect(d80.filter(d => d.module === 'n1ql').map(d => d.id)).toEqual(
      expect.arrayContaining([28738, 28743])
    );
    expect(d80.some(d => d.id === 28703)).toBe(false);
    await replica!.stop();
    replica = undefined;
    const d76 = (await get('cb76-hardened.json', '/settings/audit/descriptors')).json() as { id: number }[];
    expect(Math.max(...d76.filter(d => d.id >= 28672 && d.id < 32768).map(d => d.id))).toBe(28737);
  });

  it('8.0 buckets carry encryptionAtRestKeyId (-1 = off); 7.6 buckets do not', async () => {
    const b80 = (await get('bucket-unencrypted.json', '/pools/default/buckets')).json() as Record<
      string,
      unknown
    >[];
    expect(b80.map(b => [b.name, b.encryptionAtRestKeyId])).toEqual([
      ['orders', 3],
      ['customers', -1],
      ['sessions', -1]
    ]);
    await replica!.stop();
    replica = undefined;
    const b76 = (await get('cb76-hardened.json', '/pools/default/buckets')).json() as Record<
      string,
      unknown
    >[];
    expect('encryptionAtRestKeyId' in b76[0]).toBe(false);
  });

  it('a loopback-named node: /pools/default shows the request address, certificates keep 127.0.0.1', async () => {
    const nodes = (await get('cb80-community.json', '/pools/default')).json() as {
      nodes: { hostname: string }[];
    };
    expect(nodes.nodes[0].hostname).toBe('192.168.56.10:8091');
    const certs = (await get('cb80-community.json', '/pools/default/certificates')).json() as {
      node: string;
    }[];
    expect(certs[0].node).toBe('127.0.0.1:8091');
  });

  it('LDAP userDNMapping is an object or "None", never a string of JSON', async () => {
    const l = (await get('cb76-hardened.json', '/settings/ldap')).json() as Record<string, unknown>;
    expect(l.userDNMapping).toEqual({ query: 'ou=people,dc=corp,dc=example??one?(uid=%u)' });
    expect(l.bindPass).toBe('**********');
  });
});

describe('Couchbase replica: silent filtering of users and groups', () => {
  it('a 7.6 security_admin_local reader gets HTTP 200 without any security-role holder or external user', async () => {
    const r = await get('security-admin-reader.json', '/settings/rbac/users');
    expect(r.status).toBe(200);
    expect((r.json() as { id: string }[]).map(u => u.id)).toEqual(['orders-app']);
  });

  it('ro_admin (7.6) and ro_security_admin (8.0) see every user', async () => {
    const r76 = (await get('cb76-hardened.json', '/settings/rbac/users')).json() as { id: string }[];
    expect(r76.map(u => u.id)).toEqual(['alice', 'secops', 'auditor', 'orders-app']);
    await replica!.stop();
    replica = undefined;
    const r80 = (await get('cb80-hardened.json', '/settings/rbac/users')).json() as { id: string }[];
    expect(r80.map(u => u.id)).toEqual(['alice', 'secops', 'auditor', 'orders-app']);
  });

  it('8.0 security_admin reads users but the list drops every security-role holder, itself included', async () => {
    const s = variant('cb80-hardened.json', {
      users: [
        { id: 'alice', domain: 'external', roles: ['admin'], groups: [] },
        { id: 'ua', domain: 'local', roles: ['user_admin_local'], groups: [] },
        {
          id: 'auditor',
          domain: 'local',
          password: 'ro-audit-Passw0rd!',
          roles: ['security_admin'],
          groups: []
        },
        { id: 'app', domain: 'local', roles: ['data_reader[orders]'], groups: [] }
      ]
    });
    const r = await get(s, '/settings/rbac/users');
    expect(r.status).toBe(200);
    // user_admin_local is no security role, and security_admin may read user admins (USER_ADMIN_READ).
    expect((r.json() as { id: string }[]).map(u => u.id)).toEqual(['ua', 'app']);
  });

  it('/whoami gives the reader its own effective roles, group roles included', async () => {
    const s = variant('cb76-hardened.json', {
      users: [
        { id: 'auditor', domain: 'local', password: 'ro-audit-Passw0rd!', roles: [], groups: ['dba-readers'] }
      ]
    });
    const r = (await get(s, '/whoami')).json() as { roles: { role: string }[] };
    expect(r.roles).toEqual([{ role: 'ro_admin' }]);
  });
});

describe('Couchbase replica: refuses what the real server cannot hold', () => {
  const base = () => loadCouchbaseScenario(scenarioFile('cb76-hardened.json'));
  const cases: [string, (s: Record<string, unknown>) => void, RegExp][] = [
    [
      'rotateInterval 0',
      s => ((s.audit as Record<string, unknown>).rotateInterval = 0),
      /audit\.rotateInterval: 0 is refused/
    ],
    [
      '8.0 rotateSize 0',
      s => {
        (s.server as Record<string, unknown>).version = '8.0.1-2145';
        (s.users as Record<string, unknown>[]).forEach(u => ((u.roles = []), (u.groups = [])));
        s.groups = [];
        (s.audit as Record<string, unknown>).enable = [];
        (s.audit as Record<string, unknown>).rotateSize = 0;
      },
      /audit\.rotateSize: 0 is refused \(1048576-524288000 bytes on 8\.0\)/
    ],
    [
      'an xdcr service object on 7.6',
      s => ((s.security as { services: Record<string, unknown> }).services.xdcr = {}),
      /security\.services\.xdcr: not a 7\.6 service/
    ],
    [
      'a 7.6 event list naming an 8.0 event',
      s => ((s.audit as { enable: number[] }).enable = [28738]),
      /event 28738 is not a filterable 7\.6 event/
    ],
    [
      'an 8.0 role on 7.6',
      s => ((s.users as { roles: string[] }[])[0].roles = ['ro_security_admin']),
      /users\.0\.roles\.0: ro_security_admin is not a 7\.6 role/
    ],
    [
      'a role Community Edition does not have',
      s => {
        (s.server as Record<string, unknown>).edition = 'community';
      },
      /^couchbase scenario: users\.3\.roles\.0: data_writer does not exist on Community Edition$/
    ],
    [
      'TLS keys on Community Edition',
      s => {
        Object.assign(s, structuredClone(loadCouchbaseScenario(scenarioFile('cb80-community.json'))));
        (s.security as Record<string, unknown>).tlsMinVersion = 'tlsv1.3';
      },
      /^couchbase scenario: security\.tlsMinVersion: Community Edition cannot set it$/
    ],
    [
      'node-to-node encryption on Community Edition',
      s => {
        Object.assign(s, structuredClone(loadCouchbaseScenario(scenarioFile('cb80-community.json'))));
        (s.nodes as Record<string, unknown>[])[0].nodeEncryption = true;
      },
      /^couchbase scenario: nodes: node-to-node encryption is Enterprise Edition only$/
    ]
  ];
  it.each(cases)('%s', (_name, change, message) => {
    const s = structuredClone(base()) as unknown as Record<string, unknown>;
    change(s);
    expect(() => loadCouchbaseScenario(s as unknown as CouchbaseScenario)).toThrow(message);
  });
});
