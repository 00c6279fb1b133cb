import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/embedded-server.mjs';
import {
  loadCouchbaseScenario,
  startCouchbaseReplica,
  type CouchbaseReplica,
  type CouchbaseScenario
} from '../../replicas/couchbase.mjs';
import { cli } from '../helpers/cli-run.js';
import { auditCouchbase } from '../helpers/couchbase-run.js';
import { makeCertificate } from '../helpers/certificates.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const scenarioFile = (name: string) => path.join(root, 'replicas/scenarios/couchbase', name);
const PASSWORD = 'ro-audit-Passw0rd!';
let replica: CouchbaseReplica | undefined;
afterEach(async () => {
  await replica?.stop();
  replica = undefined;
});

/** A scenario with some state or faults replaced. */
function variant(change: Partial<CouchbaseScenario>, base = 'cb76-hardened.json'): CouchbaseScenario {
  const s = loadCouchbaseScenario(scenarioFile(base));
  return { ...s, ...change };
}

const finding = (r: Awaited<ReturnType<typeof auditCouchbase>>, id: string) =>
  r.report!.findings.filter(f => f.checkId === id);

describe('Couchbase faults', () => {
  it('a wrong password is exit 3 naming the user, without the password', async () => {
    replica = await startCouchbaseReplica({ scenario: scenarioFile('cb76-hardened.json') });
    const r = await auditCouchbase(replica, [], { DB_POSTURE_COUCHBASE_PASSWORD: 'wrong-Secret-1' });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      `db-posture: error: Authentication failed for Couchbase user "auditor" at 127.0.0.1:${replica.port} (401): check the user and the password.\n`
    );
    expect(r.report).toBeUndefined();
  });

  it('a port nobody listens on is exit 3', async () => {
    const port = await freePort();
    const r = await cli(
      ['audit', '--couchbase-url', `http://127.0.0.1:${port}`, '--couchbase-username', 'auditor'],
      {
        env: { DB_POSTURE_COUCHBASE_PASSWORD: PASSWORD }
      }
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      `db-posture: error: Cannot connect to Couchbase at 127.0.0.1:${port}: connection refused (is the REST port right? 8091, or 18091 with TLS).\n`
    );
  });

  it('a node that does not answer GET /pools is exit 3 after the connect timeout', async () => {
    replica = await startCouchbaseReplica({ scenario: variant({ faults: { '/pools': { hang: true } } }) });
    const r = await auditCouchbase(replica, ['--connect-timeout', '300']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      `db-posture: error: Couchbase at 127.0.0.1:${replica.port} did not answer within 300 ms (--connect-timeout).\n`
    );
  });

  it('a 500 on one endpoint is retried, then only its checks are UNKNOWN, and the audit is incomplete (exit 3)', async () => {
    replica = await startCouchbaseReplica({
      scenario: variant({ faults: { '/settings/audit': { status: 500 } } })
    });
    const r = await auditCouchbase(replica);
    // A server error is a fault, not a missing permission: the gate fails closed.
    expect(r.code).toBe(3);
    expect(r.report!.gate.passed).toBe(false);
    expect(r.report!.gate.incomplete).toBeGreaterThan(0);
    expect(replica.requests.filter(q => q.path === '/settings/audit')).toHaveLength(3);
    expect(finding(r, 'cb/audit-enabled')).toEqual([
      expect.objectContaining({
        status: 'UNKNOWN',
        detail: 'Could not be evaluated: GET /settings/audit answered 500 after 3 attempts.'
      })
    ]);
    expect(finding(r, 'cb/tls-version')[0].status).toBe('PASS');
    expect(r.md).toContain('## Not Evaluated');
  });

  it('an endpoint that hangs is UNKNOWN with the timeout, the rest is audited', async () => {
    replica = await startCouchbaseReplica({
      scenario: variant({ faults: { '/pools/default/certificates': { hang: true } } })
    });
    const r = await auditCouchbase(replica, ['--connect-timeout', '300']);
    expect(r.code).toBe(3);
    expect(finding(r, 'cb/certificates')).toEqual([
      expect.objectContaining({
        status: 'UNKNOWN',
        detail:
          'Could not be evaluated: GET /pools/default/certificates got no answer: no answer within 300 ms.'
      })
    ]);
    expect(finding(r, 'cb/audit-enabled')[0].status).toBe('PASS');
  });

  it('7.6 on Windows: /settings/saslauthdAuth answers 400 (Linux only), read as off; LDAP still decides', async () => {
    replica = await startCouchbaseReplica({
      scenario: variant({ server: { version: '7.6.2-3721', edition: 'enterprise', os: 'windows' } })
    });
    const r = await auditCouchbase(replica);
    expect(replica.requests.some(q => q.path === '/settings/rbac')).toBe(false);
    expect(finding(r, 'cb/external-auth').map(f => [f.status, f.detail])).toEqual([
      ['PASS', 'LDAP authentication is on with encryption TLS.']
    ]);
    expect(r.md).not.toContain('## Not Evaluated');
  });

  it('PII/PHI data raises an 8.0 bucket without an encryption key to FAIL', async () => {
    replica = await startCouchbaseReplica({ scenario: scenarioFile('bucket-unencrypted.json') });
    const r = await auditCouchbase(replica, ['--data-sensitivity', 'pii-phi']);
    expect(finding(r, 'cb/encryption-at-rest').map(f => [f.status, f.rawStatus, f.object])).toEqual([
      ['FAIL', 'WARN', 'buckets'],
      ['WARN', 'WARN', 'bucket:orders']
    ]);
  });

  it('HTTPS: an unknown CA is exit 3 pointing at --couchbase-ca; with the CA the audit runs', async () => {
    const tlsCert = makeCertificate({ days: 30, cn: '127.0.0.1', san: 'IP:127.0.0.1' });
    replica = await startCouchbaseReplica({
      scenario: scenarioFile('cb76-hardened.json'),
      tls: { cert: tlsCert.cert, key: tlsCert.key }
    });
    const refused = await auditCouchbase(replica);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toBe(
      `db-posture: error: TLS verification of Couchbase at 127.0.0.1:${replica.port} failed: self-signed certificate. Pass the cluster's CA with --couchbase-ca.\n`
    );
    const ok = await auditCouchbase(replica, ['--couchbase-ca', tlsCert.certFile]);
    expect(ok.code).toBe(0);
    expect(ok.report!.target.details['Server']).toBe(`127.0.0.1:${replica.port}`);
  });

  it('plain HTTP against a TLS port says which scheme to use', async () => {
    const tlsCert = makeCertificate({ days: 30, cn: 'x' });
    replica = await startCouchbaseReplica({
      scenario: scenarioFile('cb76-hardened.json'),
      tls: { cert: tlsCert.cert, key: tlsCert.key }
    });
    const r = await cli(
      [
        'audit',
        '--couchbase-url',
        `https://127.0.0.1:${replica.port}`.replace('https', 'http'),
        '--couchbase-username',
        'auditor'
      ],
      {
        env: { DB_POSTURE_COUCHBASE_PASSWORD: PASSWORD }
      }
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^db-posture: error: (Cannot connect to Couchbase at 127\.0\.0\.1:\d+: .*|Couchbase at .* answered GET \/pools with 400.*)\n$/
    );
  });

  it('bad input: malformed URL, credentials in the URL, no user, no password, unreadable CA', async () => {
    const run = (args: string[], env: Record<string, string> = { DB_POSTURE_COUCHBASE_PASSWORD: PASSWORD }) =>
      cli(['audit', ...args], { env });
    const cases: [string[], Record<string, string> | undefined, string][] = [
      [
        ['--couchbase-url', 'ftp://cb:8091', '--couchbase-username', 'a'],
        undefined,
        'Invalid --couchbase-url "ftp://cb:8091": expected http://host:8091 or https://host:18091.'
      ],
      [
        ['--couchbase-url', 'http://admin:hunter2@cb:8091', '--couchbase-username', 'a'],
        undefined,
        'Invalid --couchbase-url: put the user in --couchbase-username and the password in DB_POSTURE_COUCHBASE_PASSWORD, not in the URL.'
      ],
      [
        ['--couchbase-url', 'http://cb:8091'],
        undefined,
        'The couchbase engine needs --couchbase-username (a read-only security user).'
      ],
      [
        ['--couchbase-url', 'http://cb:8091', '--couchbase-username', 'a'],
        {},
        'The couchbase engine needs a password: set DB_POSTURE_COUCHBASE_PASSWORD (or the couchbase-password input).'
      ],
      [
        [
          '--couchbase-url',
          'https://cb:18091',
          '--couchbase-username',
          'a',
          '--couchbase-ca',
          '/nonexistent/ca.pem'
        ],
        undefined,
        '--couchbase-ca /nonexistent/ca.pem cannot be read (ENOENT): expected a PEM file.'
      ]
    ];
    for (const [args, env, message] of cases) {
      const r = await run(args, env);
      expect([r.code, r.stderr]).toEqual([2, `db-posture: error: ${message}\n`]);
      expect(r.stderr).not.toContain('hunter2');
    }
  });

  it('the replica refuses anything but GET and checks credentials', async () => {
    replica = await startCouchbaseReplica({ scenario: scenarioFile('cb76-hardened.json') });
    const post = await fetch(`${replica.url}/settings/audit`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`auditor:${PASSWORD}`).toString('base64')}` }
    });
    expect(post.status).toBe(405);
    const anon = await fetch(`${replica.url}/pools`);
    expect(anon.status).toBe(401);
  });

  it('a scenario with a mistake is rejected naming the field', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cb-sc-')), 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        description: 'x',
        server: { version: '7.6.2-3721', edition: 'enterprise' },
        credentials: { username: 'a', password: 'b' },
        nodes: [
          { hostname: 'n:8091', certificate: { subject: 'CN=n', expires: '@days:+9', type: 'uploaded' } }
        ],
        security: { tlsMinVersion: 'tlsv1.1' }
      })
    );
    expect(() => loadCouchbaseScenario(file)).toThrow(
      /^couchbase scenario .*bad\.json: security\.tlsMinVersion: /
    );
  });
});
