import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  freePort,
  MISCONFIGURED_FLAGS,
  seedMisconfigured,
  startServer,
  type EmbeddedServer
} from '../../scripts/embedded-server.mjs';
import { startCouchbaseReplica, type CouchbaseReplica } from '../../replicas/couchbase.mjs';
import { startCockroachReplica, type CockroachReplica } from '../../replicas/cockroachdb.mjs';
import { nodeCertificate } from '../helpers/crdb-run.js';
import { fleetReportSchema, type FleetReport } from '../../src/fleet/schema.js';
import { jsonReportSchema, type JsonReport } from '../../src/report/json.js';
import { auditWithReports, statusesByCheck } from '../helpers/audit-reports.js';
import { cli } from '../helpers/cli-run.js';

/** Two real PostgreSQL servers, a CockroachDB wire replica and a Couchbase replica, audited at once from one targets file. */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const CB_PASSWORD = 'ro-audit-Passw0rd!';
let misconfigured: EmbeddedServer;
let plain: EmbeddedServer;
let couchbase: CouchbaseReplica;
let cockroach: CockroachReplica;
let closedPort: number;
const logs: string[] = [];

beforeAll(async () => {
  [misconfigured, plain] = await Promise.all([
    startServer({
      password: 'Mis-Pa55word!',
      flags: [...MISCONFIGURED_FLAGS, '-c', 'log_connections=on'],
      hbaFile: path.join(root, 'fixtures/misconfigured-pg_hba.conf'),
      onLog: m => logs.push(String(m))
    }),
    startServer({
      password: 'Plain-Pa55word!',
      flags: ['-c', 'log_connections=on'],
      onLog: m => logs.push(String(m))
    })
  ]);
  await seedMisconfigured(misconfigured, path.join(root, 'fixtures'));
  couchbase = await startCouchbaseReplica({
    scenario: path.join(root, 'replicas/scenarios/couchbase/cb80-hardened.json')
  });
  const tls = nodeCertificate();
  cockroach = await startCockroachReplica({
    scenario: path.join(root, 'replicas/scenarios/cockroachdb/self-hosted-weak.json'),
    tls: { cert: tls.cert, key: tls.key }
  });
  closedPort = await freePort();
}, 180000);

afterAll(async () => {
  await Promise.all([misconfigured?.stop(), plain?.stop(), couchbase?.stop(), cockroach?.stop()]);
});

function targetsFile(extra = ''): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-fleet-'));
  const file = path.join(dir, 'fleet.yml');
  writeFileSync(
    file,
    `version: 1
defaults:
  environment: production
targets:
  - name: pg-misconfigured
    engine: postgres
    url-env: MIS_URL
    compliance: [soc2]
  - name: pg-plain
    engine: postgres
    url-env: PLAIN_URL
    environment: development
  - name: cb-prod
    engine: couchbase
    couchbase-url: ${couchbase.url}
    couchbase-username: auditor
    couchbase-password-env: CB_PASSWORD
  - name: crdb-weak
    engine: cockroachdb
    url-env: CRDB_URL
${extra}`
  );
  return file;
}

const env = () => ({
  MIS_URL: misconfigured.url(),
  PLAIN_URL: plain.url(),
  CB_PASSWORD,
  CRDB_URL: `${cockroach.url}?sslmode=require`,
  DOWN_URL: `postgresql://postgres:x@127.0.0.1:${closedPort}/postgres?connect_timeout=2`
});
const connections = () =>
  logs
    .join('')
    .split('\n')
    .filter(l => /connection authorized/.test(l)).length;

function readOut(out: string): { fleet: FleetReport; legs: Map<string, JsonReport>; files: string[] } {
  const files = readdirSync(out).sort();
  const fleet = fleetReportSchema.parse(
    JSON.parse(
      readFileSync(
        path.join(
          out,
          files.find(f => f.startsWith('fleet-report-') && f.endsWith('.json'))!
        ),
        'utf8'
      )
    )
  );
  const legs = new Map<string, JsonReport>();
  for (const f of files.filter(f => f.startsWith('security-audit-') && f.endsWith('.json'))) {
    const r = jsonReportSchema.parse(JSON.parse(readFileSync(path.join(out, f), 'utf8')));
    legs.set(r.target.name, r);
  }
  return { fleet, legs, files };
}

describe('audit --targets', () => {
  let result: Awaited<ReturnType<typeof cli>>;
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-fleet-out-'));
    const file = targetsFile('  - name: pg-down\n    engine: postgres\n    url-env: DOWN_URL\n');
    result = await cli(
      ['audit', '--targets', file, '--parallel', '2', '--out', out, '--format', 'markdown,json,sarif'],
      { env: env() }
    );
  }, 120000);

  it('writes every target’s reports and the fleet report, and exits 3 because one target could not be audited', () => {
    expect(result.code).toBe(3);
    const { files } = readOut(out);
    const day = /^fleet-report-(\d{4}-\d{2}-\d{2})\./.exec(
      files.find(f => f.startsWith('fleet-report-'))!
    )![1];
    expect(files.filter(f => f.startsWith('fleet-report-'))).toEqual([
      `fleet-report-${day}.json`,
      `fleet-report-${day}.md`,
      `fleet-report-${day}.sarif`
    ]);
    for (const name of ['cb-prod', 'crdb-weak', 'pg-misconfigured', 'pg-plain'])
      for (const ext of ['json', 'md', 'sarif'])
        expect(files).toContain(`security-audit-${name}-${day}-1.${ext}`);
    expect(files.some(f => f.includes('pg-down'))).toBe(false);
  });

  it('the fleet rows are the legs’ own verdicts, and the unreachable target is listed as not audited', () => {
    const { fleet, legs } = readOut(out);
    expect(fleet.targets.map(t => t.name)).toEqual(['cb-prod', 'crdb-weak', 'pg-misconfigured', 'pg-plain']);
    for (const t of fleet.targets) {
      const leg = legs.get(t.name)!;
      expect(t.gate).toBe(leg.gate.passed ? 'passed' : 'failed');
      expect(t.summary).toEqual(leg.summary);
      expect(t.environment).toBe(leg.context.environment);
      expect(t.link).toBe(`security-audit-${t.name}-${leg.context.auditedAt.slice(0, 10)}-1.md`);
    }
    expect(legs.get('pg-misconfigured')!.context).toMatchObject({
      environment: 'production',
      compliance: ['soc2']
    });
    expect(legs.get('pg-plain')!.context.environment).toBe('development');
    expect(legs.get('cb-prod')!.target.engine).toBe('couchbase');
    expect(legs.get('crdb-weak')!.target.engine).toBe('cockroachdb');
    expect(fleet.targets.find(t => t.name === 'crdb-weak')!.gate).toBe('failed');
    expect(fleet.targets.find(t => t.name === 'pg-misconfigured')!.gate).toBe('failed');
    expect(fleet.missing).toHaveLength(1);
    expect(fleet.missing[0]).toMatchObject({ name: 'pg-down', reason: 'audit-error' });
    expect(fleet.missing[0].detail).toMatch(new RegExp(`127\\.0\\.0\\.1:${closedPort}`));
    expect(fleet.gate.incomplete).toBe(true);
    expect(result.stderr).toMatch(/db-posture: pg-down: could not be audited: /);
    expect(result.stdout).toContain('[NOT AUDITED] pg-down: ');
  });

  it('a target audited in the fleet gets the same findings as when audited alone', async () => {
    const alone = await auditWithReports([
      '--url',
      plain.url(),
      '--name',
      'pg-plain',
      '--environment',
      'development'
    ]);
    expect(statusesByCheck(readOut(out).legs.get('pg-plain')!)).toEqual(statusesByCheck(alone.report!));
  });

  it('never writes a password or connection string into any file or output', () => {
    const { files } = readOut(out);
    const all =
      files.map(f => readFileSync(path.join(out, f), 'utf8')).join('\n') + result.stdout + result.stderr;
    for (const secret of ['Mis-Pa55word!', 'Plain-Pa55word!', CB_PASSWORD]) expect(all).not.toContain(secret);
  });

  it('without the unreachable target the fleet exits 1: the misconfigured server fails its gate', async () => {
    const r = await cli(
      [
        'audit',
        '--targets',
        targetsFile(),
        '--out',
        mkdtempSync(path.join(os.tmpdir(), 'db-posture-fleet-out-')),
        '--quiet'
      ],
      { env: env() }
    );
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
  }, 60000);

  it('with --fail-on never every target is not enforced and the fleet exits 0', async () => {
    const o = mkdtempSync(path.join(os.tmpdir(), 'db-posture-fleet-out-'));
    const r = await cli(['audit', '--targets', targetsFile(), '--out', o, '--quiet', '--fail-on', 'never'], {
      env: env()
    });
    expect(r.code).toBe(0);
    expect(readOut(o).fleet.targets.map(t => t.gate)).toEqual([
      'not-enforced',
      'not-enforced',
      'not-enforced',
      'not-enforced'
    ]);
  }, 60000);
});

describe('audit --targets: bad input exits 2 before any connection', () => {
  const cases: [string, () => string[], Record<string, string> | undefined, string][] = [
    [
      'a missing secret variable',
      () => ['--targets', targetsFile()],
      { MIS_URL: 'x' },
      'targets[1] (pg-plain) line 9: url-env names PLAIN_URL, which is not set (or empty) in the environment.'
    ],
    [
      'an unknown key',
      () => ['--targets', targetsFile('  - name: x\n    engin: postgres\n')],
      undefined,
      'targets[4] (x) line 21: unknown key "engin".'
    ],
    [
      'a duplicate target',
      () => ['--targets', targetsFile('  - name: pg-plain\n    url-env: PLAIN_URL\n')],
      undefined,
      'targets[4] (pg-plain) line 21: name "pg-plain" is also used by targets[1]; each target needs its own name.'
    ],
    [
      'a per-target flag',
      () => ['--targets', targetsFile(), '--url', 'postgresql://x'],
      undefined,
      '--url cannot be combined with --targets: set it per target in the targets file.'
    ],
    [
      'a bad --parallel',
      () => ['--targets', targetsFile(), '--parallel', '0'],
      undefined,
      'Invalid --parallel "0": expected a whole number from 1 to 64.'
    ],
    [
      'a missing baseline',
      () => ['--targets', targetsFile(), '--baseline', '/nonexistent/b.yml'],
      undefined,
      'Baseline file /nonexistent/b.yml cannot be read (ENOENT)'
    ]
  ];
  it.each(cases)('%s', async (_name, args, envOverride, message) => {
    const before = connections();
    const replicaRequests = couchbase.requests.length + cockroach.statements.length;
    const out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-fleet-out-'));
    const r = await cli(['audit', ...args(), '--out', out], { env: envOverride ?? env() });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain(message);
    await new Promise(res => setTimeout(res, 200));
    expect(connections()).toBe(before);
    expect(couchbase.requests.length + cockroach.statements.length).toBe(replicaRequests);
    expect(readdirSync(out)).toEqual([]);
  });
});
