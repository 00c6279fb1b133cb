import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/embedded-server.mjs';
import { startCockroachReplica } from '../../replicas/cockroachdb.mjs';
import {
  loadCockroachCloudScenario,
  startCockroachCloudReplica,
  type CockroachCloudReplica,
  type CockroachCloudScenario
} from '../../replicas/cockroach-cloud.mjs';
import { auditCrdb, nodeCertificate, statusesByCheck } from '../helpers/crdb-run.js';
import { refreshExpected } from '../helpers/scenario-expectations.js';

/** Cloud clusters: the Cloud API replica and the wire replica of the same cluster, audited together. */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const dir = path.join(root, 'replicas/scenarios/cockroach-cloud');
const scenarios = readdirSync(dir)
  .filter(f => f.endsWith('.json'))
  .sort();
const tls = nodeCertificate();

async function startPair(file: string, api?: CockroachCloudScenario) {
  const scenario = api ?? loadCockroachCloudScenario(path.join(dir, file));
  const cloud = await startCockroachCloudReplica({ scenario });
  const sql = await startCockroachReplica({
    scenario: path.join(dir, String(scenario.sqlScenario)),
    tls: { cert: tls.cert, key: tls.key }
  });
  return { scenario, cloud, sql };
}

const cloudArgs = (cloud: CockroachCloudReplica) => [
  '--cloud-api-key',
  cloud.apiKey,
  '--cloud-cluster-id',
  cloud.clusterId,
  '--cloud-api-url',
  cloud.url
];

describe.each(scenarios)('CockroachDB Cloud scenario %s', file => {
  let pair: Awaited<ReturnType<typeof startPair>>;
  let result: Awaited<ReturnType<typeof auditCrdb>>;
  beforeAll(async () => {
    pair = await startPair(file);
    result = await auditCrdb(['--url', `${pair.sql.url}?sslmode=require`, ...cloudArgs(pair.cloud)]);
  });
  afterAll(async () => {
    await pair.cloud.stop();
    await pair.sql.stop();
  });

  it('every crdb/* check reports the expected statuses', async () => {
    if (process.env.CRDB_SHOW) console.log(file, JSON.stringify(statusesByCheck(result.report!)));
    expect(result.report!.target.deployment).toBe('cloud');
    // UPDATE_GOLDEN=1 rewrites the scenario's `expected` from this run (then reloads it).
    const expected = (await refreshExpected(path.join(dir, file), statusesByCheck(result.report!)))
      ? loadCockroachCloudScenario(path.join(dir, file)).expected
      : pair.scenario.expected;
    expect(statusesByCheck(result.report!)).toEqual(expected);
  });

  it('called the API with the key, the pinned Cc-Version and GET only', () => {
    expect(pair.cloud.requests.length).toBeGreaterThanOrEqual(7);
    expect(
      pair.cloud.requests.every(r => r.method === 'GET' && r.authorized && r.ccVersion === '2024-09-16')
    ).toBe(true);
  });

  it('the header says cluster id, plan, version and regions', () => {
    const t = result.report!.target;
    expect([t.clusterId, t.plan, t.version]).toEqual([
      pair.cloud.clusterId,
      expect.stringMatching(/^(ADVANCED|STANDARD)$/),
      'v26.1.1'
    ]);
    expect(result.md).toContain(`**Cluster ID:** \`${pair.cloud.clusterId}\``);
    expect(t.regions!.length).toBe(1);
  });

  it('never prints the API key', () => {
    expect(JSON.stringify(result)).not.toContain(pair.cloud.apiKey);
  });
});

describe('Cloud API behaviour', () => {
  let pair: Awaited<ReturnType<typeof startPair>>;
  afterEach(async () => {
    await pair?.cloud.stop();
    await pair?.sql.stop();
  });

  it('follows pagination and waits out a 429 with Retry-After', async () => {
    pair = await startPair('advanced-open-allowlist.json');
    const r = await auditCrdb(['--url', `${pair.sql.url}?sslmode=require`, ...cloudArgs(pair.cloud)]);
    expect(r.code).toBe(1);
    const paths = pair.cloud.requests.map(q => q.path);
    expect(paths.filter(p => p.includes('/networking/allowlist'))).toEqual([
      `/api/v1/clusters/${pair.cloud.clusterId}/networking/allowlist`,
      `/api/v1/clusters/${pair.cloud.clusterId}/networking/allowlist?pagination.page=p1`
    ]);
    expect(paths.filter(p => p.endsWith('/backups-config'))).toHaveLength(2);
    expect(r.report!.findings.find(f => f.checkId === 'crdb/ip-allowlist')).toMatchObject({
      status: 'FAIL',
      object: '0.0.0.0/0',
      detail: 'Allowlist entry 0.0.0.0/0 (anywhere) opens SQL and DB Console to the whole internet.'
    });
  });

  it('policy: the open allowlist is FAIL in production, WARN in development, FAIL in development under PCI DSS', async () => {
    pair = await startPair('advanced-open-allowlist.json');
    const allow = async (extra: string[]) =>
      (
        await auditCrdb(['--url', `${pair.sql.url}?sslmode=require`, ...cloudArgs(pair.cloud), ...extra])
      ).report!.findings.find(f => f.checkId === 'crdb/ip-allowlist')!;
    expect(await allow([])).toMatchObject({ status: 'FAIL', rawStatus: 'FAIL' });
    expect((await allow([])).policy).toBeUndefined();
    expect(await allow(['--environment', 'development'])).toMatchObject({
      status: 'WARN',
      rawStatus: 'FAIL',
      policy: [{ kind: 'downgraded', from: 'FAIL', to: 'WARN', reason: 'development cluster' }]
    });
    const pci = await auditCrdb([
      '--url',
      `${pair.sql.url}?sslmode=require`,
      ...cloudArgs(pair.cloud),
      '--environment',
      'development',
      '--compliance',
      'pci-dss'
    ]);
    expect(pci.report!.findings.find(f => f.checkId === 'crdb/ip-allowlist')).toMatchObject({
      status: 'FAIL',
      policy: [{ kind: 'locked', from: 'FAIL', to: 'FAIL', reason: 'PCI DSS compliance' }]
    });
    expect(pci.md).toContain(
      '- ❌ **FAIL** `crdb/ip-allowlist` · `0.0.0.0/0` · IP allowlist: Allowlist entry `0.0.0.0/0` (`anywhere`) opens SQL and DB Console to the whole internet. *(PCI DSS compliance — cannot downgrade)*'
    );
  });

  it('a 403 on CMEK makes only crdb/cmek UNKNOWN, naming the Cloud roles', async () => {
    const s = loadCockroachCloudScenario(path.join(dir, 'advanced-open-allowlist.json'));
    const responses = { ...(s.responses as Record<string, unknown>) };
    responses['/api/v1/clusters/{id}/cmek'] = {
      status: 403,
      body: { code: 7, message: 'permission denied', details: [] }
    };
    pair = await startPair('advanced-open-allowlist.json', { ...s, responses });
    const r = await auditCrdb(['--url', `${pair.sql.url}?sslmode=require`, ...cloudArgs(pair.cloud)]);
    expect(r.report!.findings.find(f => f.checkId === 'crdb/cmek')).toMatchObject({
      status: 'UNKNOWN',
      detail:
        "Could not be evaluated: The Cloud API refused the CMEK configuration (403: permission denied). Fix: give the API key's service account one of CLUSTER_ADMIN or CLUSTER_OPERATOR_WRITER on this cluster."
    });
    expect(r.report!.findings.find(f => f.checkId === 'crdb/managed-backups')!.status).toBe('PASS');
  });

  it('a read-only CLUSTER_MONITOR key (roles per the OpenAPI spec): only the cluster itself is readable; a writer role reads all', async () => {
    const s = loadCockroachCloudScenario(path.join(dir, 'advanced-open-allowlist.json'));
    pair = await startPair('advanced-open-allowlist.json', { ...s, keyRoles: ['CLUSTER_MONITOR'] });
    const r = await auditCrdb(['--url', `${pair.sql.url}?sslmode=require`, ...cloudArgs(pair.cloud)]);
    const status = (id: string) => r.report!.findings.filter(f => f.checkId === id).map(f => f.status);
    for (const id of [
      'crdb/cmek',
      'crdb/ip-allowlist',
      'crdb/managed-backups',
      'crdb/private-endpoints',
      'crdb/log-export',
      'crdb/console-admins',
      'crdb/api-keys'
    ])
      expect([id, status(id)]).toEqual([id, ['UNKNOWN']]);
    expect(r.report!.findings.find(f => f.checkId === 'crdb/cmek')!.detail).toBe(
      "Could not be evaluated: The Cloud API refused the CMEK configuration (403: permission denied). Fix: give the API key's service account one of CLUSTER_ADMIN or CLUSTER_OPERATOR_WRITER on this cluster."
    );
    expect(status('crdb/delete-protection')).toEqual(['PASS']);
    await pair.cloud.stop();
    await pair.sql.stop();
    pair = await startPair('advanced-open-allowlist.json', { ...s, keyRoles: ['CLUSTER_OPERATOR_WRITER'] });
    const w = await auditCrdb(['--url', `${pair.sql.url}?sslmode=require`, ...cloudArgs(pair.cloud)]);
    const wStatus = (id: string) => w.report!.findings.filter(f => f.checkId === id).map(f => f.status);
    expect(
      ['crdb/cmek', 'crdb/ip-allowlist', 'crdb/managed-backups', 'crdb/log-export'].map(wStatus)
    ).toEqual([['FAIL'], ['FAIL'], ['PASS'], ['WARN']]);
    // Organization-scope lists need ORG_ADMIN / CLUSTER_ADMIN: a cluster writer cannot read them.
    expect([wStatus('crdb/console-admins'), wStatus('crdb/api-keys')]).toEqual([['UNKNOWN'], ['UNKNOWN']]);
  });

  it('an invalid API key: with SQL the rest is audited and the Cloud checks are UNKNOWN; without SQL exit 3', async () => {
    pair = await startPair('advanced-open-allowlist.json');
    const bad = [
      '--cloud-api-key',
      'CCDB1_wrong',
      '--cloud-cluster-id',
      pair.cloud.clusterId,
      '--cloud-api-url',
      pair.cloud.url
    ];
    const withSql = await auditCrdb(['--url', `${pair.sql.url}?sslmode=require`, ...bad]);
    expect(withSql.report!.findings.find(f => f.checkId === 'crdb/ip-allowlist')).toMatchObject({
      status: 'UNKNOWN',
      detail:
        'Could not be evaluated: The CockroachDB Cloud API rejected the API key (401): check --cloud-api-key (a service-account secret key).'
    });
    expect(withSql.report!.findings.find(f => f.checkId === 'crdb/password-policy')!.status).toBe('PASS');
    expect(withSql.md).toContain(
      'Part of the audit could not run: The CockroachDB Cloud API rejected the API key (401)'
    );
    const apiOnly = await auditCrdb(bad);
    expect(apiOnly.code).toBe(3);
    expect(apiOnly.stderr).toBe(
      'db-posture: error: The CockroachDB Cloud API rejected the API key (401): check --cloud-api-key (a service-account secret key).\n'
    );
    expect(apiOnly.stderr).not.toContain('CCDB1_wrong');
  });

  it('an unknown cluster id is exit 3 naming it; an unreachable API is exit 3', async () => {
    pair = await startPair('advanced-open-allowlist.json');
    const unknown = await auditCrdb([
      '--cloud-api-key',
      pair.cloud.apiKey,
      '--cloud-cluster-id',
      'no-such-cluster',
      '--cloud-api-url',
      pair.cloud.url
    ]);
    expect([unknown.code, unknown.stderr]).toEqual([
      3,
      'db-posture: error: The CockroachDB Cloud API knows no cluster no-such-cluster for this API key (404): check --cloud-cluster-id.\n'
    ]);
    const port = await freePort();
    const down = await auditCrdb([
      '--cloud-api-key',
      pair.cloud.apiKey,
      '--cloud-cluster-id',
      pair.cloud.clusterId,
      '--cloud-api-url',
      `http://127.0.0.1:${port}`
    ]);
    expect([down.code, down.stderr]).toEqual([
      3,
      `db-posture: error: The CockroachDB Cloud API at http://127.0.0.1:${port} could not be reached: connection refused (ECONNREFUSED).\n`
    ]);
  });

  it('SQL unreachable but the API answers: the Cloud checks run, the SQL checks are UNKNOWN', async () => {
    pair = await startPair('advanced-open-allowlist.json');
    const port = await freePort();
    const r = await auditCrdb([
      '--url',
      `postgresql://auditor:pw@127.0.0.1:${port}/defaultdb`,
      ...cloudArgs(pair.cloud)
    ]);
    expect(r.code).toBe(1);
    expect(r.report!.findings.find(f => f.checkId === 'crdb/ip-allowlist')!.status).toBe('FAIL');
    expect(r.report!.findings.find(f => f.checkId === 'crdb/password-policy')).toMatchObject({
      status: 'UNKNOWN',
      detail: `Could not be evaluated: SQL could not be reached: Cannot connect to CockroachDB at 127.0.0.1:${port}: connection refused (is the server running and listening there?).`
    });
  });

  it('attestations settle Console SSO and SCIM; an expired one is UNKNOWN again', async () => {
    pair = await startPair('advanced-open-allowlist.json');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'att-')), 'baseline.yml');
    const soon = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
    const past = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
    writeFileSync(
      file,
      `version: 1\nattestations:\n  - check: crdb/console-sso\n    target: crdb\n    status: PASS\n    evidence: "Okta SAML enforced, SEC-42"\n    attested-by: "@alice"\n    expires: ${soon}\n  - check: crdb/scim\n    target: crdb\n    status: PASS\n    evidence: "old"\n    attested-by: "@bob"\n    expires: ${past}\n`
    );
    const r = await auditCrdb([
      '--url',
      `${pair.sql.url}?sslmode=require`,
      ...cloudArgs(pair.cloud),
      '--baseline',
      file
    ]);
    expect(r.report!.findings.find(f => f.checkId === 'crdb/console-sso')).toMatchObject({
      status: 'PASS',
      detail: `Console SSO is enforced, attested by @alice (Okta SAML enforced, SEC-42), valid until ${soon}.`
    });
    expect(r.report!.findings.find(f => f.checkId === 'crdb/scim')).toMatchObject({
      status: 'UNKNOWN',
      detail: `The attestation expired: attested by @bob (old), valid until ${past}. Fix: re-verify and renew it in the baseline file.`
    });
  });
});
