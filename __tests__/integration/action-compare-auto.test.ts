import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { parseOutputs } from '../helpers/action-run.js';
import { ArtifactStoreStandIn } from '../helpers/artifact-store-standin.js';
import { GitHubStandIn, type StoredRun } from '../helpers/github-standin.js';

/**
 * `compare-to: auto` and the waiver review, in-process with the real @actions/artifact client: a
 * push run on main uploads its report to a results-service stand-in; the posture of a real
 * PostgreSQL server changes; a pull request run then finds that run through a REST stand-in (the
 * workflow's successful runs on the base branch, the run's artifacts), downloads the artifact with
 * `findBy` (the REST zip endpoint redirects to the stand-in's blob) and gates on what is new.
 *
 * @actions/github computes its API URL when first imported, so src/main.js is imported only after
 * GITHUB_API_URL points at the stand-in.
 */
type Run = typeof import('../../src/main.js').run;
let run: Run;
let srv: EmbeddedServer;
let store: ArtifactStoreStandIn;
let gh: GitHubStandIn;
let tmp: string;
const saved = { ...process.env };
const BEFORE = new Date('2026-11-20T08:00:00Z');
const AFTER = new Date('2026-11-24T08:00:00Z');
const WORKFLOW = 4711;
const BASE_SHA = 'a'.repeat(40);
const HEAD_SHA = 'b'.repeat(40);
const TOKEN = 'ghs_compare-auto-token-1';
const summaryFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'db-posture-auto-summary-')), 'summary.md');

const sql = async (...statements: string[]) => {
  const c = srv.client();
  await c.connect();
  try {
    for (const s of statements) await c.query(s);
  } finally {
    await c.end();
  }
};

/** A runner environment for one run: event payload, run id, inputs. */
function runnerEnv(
  o: {
    runId: number;
    event: 'push' | 'schedule' | 'pull_request';
    baseRef?: string;
    ref?: string;
    workspace?: string;
  },
  inputs: Record<string, string>
): void {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'db-posture-auto-'));
  const eventFile = path.join(tmp, 'event.json');
  writeFileSync(
    eventFile,
    JSON.stringify(
      o.event === 'pull_request'
        ? {
            number: 7,
            pull_request: {
              number: 7,
              head: { sha: HEAD_SHA, repo: { full_name: 'acme/infra' } },
              base: { ref: o.baseRef ?? 'main', sha: BASE_SHA, repo: { full_name: 'acme/infra' } }
            }
          }
        : {}
    )
  );
  writeFileSync(path.join(tmp, 'output'), '');
  // @actions/core's summary keeps the first file path it saw: one file for every run, emptied here.
  writeFileSync(summaryFile, '');
  process.env = {
    PATH: saved.PATH,
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REF: o.ref ?? (o.event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main'),
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.url,
    GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
    GITHUB_RUN_ID: String(o.runId),
    GITHUB_JOB: 'audit',
    GITHUB_WORKSPACE: o.workspace ?? tmp,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    RUNNER_TEMP: tmp,
    ACTIONS_RUNTIME_TOKEN: ArtifactStoreStandIn.runtimeToken(),
    ACTIONS_RESULTS_URL: `${store.url}/`,
    'INPUT_CONNECTION-STRING': srv.url(),
    INPUT_NAME: 'shop',
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_JOB-SUMMARY': 'true',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  };
}

/** Runs the action in-process and returns the exit code, the log (workflow commands) and outputs. */
async function action(
  now: Date
): Promise<{ code: number; log: string; outputs: Record<string, string>; summary: string }> {
  process.exitCode = 0;
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((s: string) => (lines.push(String(s)), true)) as typeof process.stdout.write;
  try {
    await run({ now: () => now });
  } finally {
    process.stdout.write = write;
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return {
    code,
    log: lines.join(''),
    outputs: parseOutputs(readFileSync(path.join(tmp, 'output'), 'utf8')),
    summary: readFileSync(summaryFile, 'utf8')
  };
}

/** Registers a run in the REST stand-in, with the store's artifacts uploaded since `since`. */
function register(run: Omit<StoredRun, 'workflow_id' | 'artifacts'>, since: number): StoredRun {
  const stored: StoredRun = {
    workflow_id: WORKFLOW,
    ...run,
    artifacts: store.artifacts
      .filter(a => a.id >= since)
      .map(a => ({ id: a.id, name: a.name, zip: `${store.url}/blob/${a.id}.zip` }))
  };
  gh.runs.push(stored);
  return stored;
}
/** The sticky comment of a target on pull request 7. */
const commentFor = (target: string) =>
  gh.comments.get(7)?.find(c => c.body.includes(`<!-- db-posture:${target} -->`))?.body ?? '';
const nextArtifactId = () => Math.max(499, ...store.artifacts.map(a => a.id)) + 1;
const blocking = (log: string) =>
  [...log.matchAll(/^::(?:notice|warning|error)::db-posture: (compare-to auto[^\n]*)$/gm)].map(m => m[1]);

let firstArtifact: number;

beforeAll(async () => {
  srv = await startServer({ password: 'auto-compare-pw' });
  store = new ArtifactStoreStandIn();
  gh = new GitHubStandIn();
  await Promise.all([store.start(), gh.start()]);
  process.env.GITHUB_API_URL = gh.url;
  ({ run } = await import('../../src/main.js'));
  await sql(
    'CREATE TABLE public.orders (id int)',
    'CREATE TABLE public.legacy (id int)',
    'GRANT SELECT ON public.orders TO PUBLIC',
    'GRANT SELECT ON public.legacy TO PUBLIC',
    'CREATE ROLE su_a SUPERUSER',
    'CREATE ROLE su_b SUPERUSER'
  );
}, 120000);
afterAll(async () => {
  process.env = saved;
  process.exitCode = 0;
  await Promise.all([store?.stop(), gh?.stop(), srv?.stop()]);
});
beforeEach(() => {
  gh.requests.length = 0;
});

describe('compare-to: auto', () => {
  it('the first push run on main finds no earlier run: a notice, no comparison, and its report is uploaded', async () => {
    gh.runs.push({
      id: 101,
      workflow_id: WORKFLOW,
      head_branch: 'main',
      event: 'push',
      conclusion: null,
      artifacts: []
    });
    runnerEnv({ runId: 101, event: 'push' }, { 'compare-to': 'auto', 'fail-on': 'never' });
    const since = nextArtifactId();
    const r = await action(BEFORE);
    expect(r.code).toBe(0);
    expect(r.log).toContain(
      '::notice::db-posture: compare-to auto found no earlier successful run of this workflow on branch main: nothing to compare with yet.\n'
    );
    expect(gh.requests.map(q => q.path)).toEqual([
      '/repos/acme/infra/actions/runs/101',
      `/repos/acme/infra/actions/workflows/${WORKFLOW}/runs?branch=main&status=success&per_page=30`
    ]);
    expect(r.summary).not.toContain('## Since');
    const json = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
    expect(json.comparedTo).toBeUndefined();
    // The run succeeded (fail-on never): it becomes main's reference.
    gh.runs.splice(
      gh.runs.findIndex(x => x.id === 101),
      1
    );
    const stored = register({ id: 101, head_branch: 'main', event: 'push', conclusion: 'success' }, since);
    expect(stored.artifacts.map(a => a.name)).toEqual(['db-posture-shop-audit']);
    firstArtifact = stored.artifacts[0].id;
    // The posture changes before the pull request's run: a new PUBLIC grant, 3 more superusers
    // (WARN → FAIL), the legacy table (a FAIL) dropped; the orders grant stays (existing FAIL).
    await sql(
      'CREATE TABLE public.invoices (id int)',
      'GRANT SELECT ON public.invoices TO PUBLIC',
      'DROP TABLE public.legacy',
      'CREATE ROLE su_c SUPERUSER',
      'CREATE ROLE su_d SUPERUSER',
      'CREATE ROLE su_e SUPERUSER'
    );
    // Newer runs on main that must not be the reference: a failed run (its gate failed) and a
    // fork's pull request whose branch is also called main.
    register({ id: 102, head_branch: 'main', event: 'push', conclusion: 'failure' }, Infinity);
    gh.runs.push({
      id: 103,
      workflow_id: WORKFLOW,
      head_branch: 'main',
      event: 'pull_request',
      conclusion: 'success',
      head_repository: { full_name: 'mallory/infra' },
      artifacts: [{ id: 9999, name: 'db-posture-shop-audit', zip: `${store.url}/blob/9999.zip` }]
    });
  }, 120000);

  it('a pull request compares with the base branch run, downloads its artifact with findBy, and gate new blocks only new or worse', async () => {
    gh.runs.push({
      id: 110,
      workflow_id: WORKFLOW,
      head_branch: 'feature',
      event: 'pull_request',
      conclusion: null,
      artifacts: []
    });
    runnerEnv({ runId: 110, event: 'pull_request' }, { 'compare-to': 'auto', gate: 'new' });
    const r = await action(AFTER);
    expect(r.code).toBe(1);
    expect(r.log).toContain(
      `db-posture: compare-to auto: comparing with db-posture-shop-audit of run 101 (audited ${BEFORE.toISOString()}).\n`
    );
    expect(blocking(r.log)).toEqual([]);
    const paths = gh.requests.map(q => q.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        `/repos/acme/infra/actions/workflows/${WORKFLOW}/runs?branch=main&status=success&per_page=30`,
        '/repos/acme/infra/actions/runs/101/artifacts?per_page=100&name=db-posture-shop-audit',
        `/repos/acme/infra/actions/artifacts/${firstArtifact}/zip`
      ])
    );
    // The fork's run was never asked for its artifacts; the token went only to the REST stand-in.
    expect(paths.some(p => p.includes('/runs/103/'))).toBe(false);
    expect(gh.requests.find(q => q.path.endsWith('/zip'))?.authorization).toBe(`token ${TOKEN}`);
    const json = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
    expect(json.gate).toMatchObject({ passed: false, mode: 'new' });
    expect(json.comparedTo).toMatchObject({
      file: `https://github.com/acme/infra/actions/runs/101/artifacts/${firstArtifact}`,
      auditedAt: BEFORE.toISOString(),
      newFail: 2,
      resolvedFail: 1
    });
    const change = (id: string, object?: string) =>
      json.findings.find((f: { checkId: string; object?: string }) => f.checkId === id && f.object === object)
        ?.change;
    expect([
      change('pg/public-grants', 'postgres.public.invoices'),
      change('pg/superusers'),
      change('pg/public-grants', 'postgres.public.orders')
    ]).toEqual(['new', 'worse', 'existing']);
    expect(r.summary).toContain('## Since 2026-11-20');
    expect(r.summary).toContain('+2 FAIL new, −1 resolved');
    const comment = commentFor('shop');
    expect(comment).toContain('#### Since 2026-11-20');
    expect(comment).toContain('- **WARN → FAIL** `pg/superusers`:');
    expect(r.log).toMatch(/::error::db-posture gate failed for shop: 2 new or worse unwaived FAIL/);
  }, 120000);

  it('nothing new since the last successful run of the same branch: a scheduled run with gate new passes', async () => {
    // A push run after the change succeeded (report only) and is now main's newest reference.
    gh.runs.push({
      id: 120,
      workflow_id: WORKFLOW,
      head_branch: 'main',
      event: 'push',
      conclusion: null,
      artifacts: []
    });
    runnerEnv({ runId: 120, event: 'push' }, { 'compare-to': 'auto', 'fail-on': 'never' });
    const since = nextArtifactId();
    expect((await action(AFTER)).code).toBe(0);
    gh.runs.splice(
      gh.runs.findIndex(x => x.id === 120),
      1
    );
    register({ id: 120, head_branch: 'main', event: 'push', conclusion: 'success' }, since);
    gh.runs.push({
      id: 121,
      workflow_id: WORKFLOW,
      head_branch: 'main',
      event: 'schedule',
      conclusion: null,
      artifacts: []
    });
    runnerEnv({ runId: 121, event: 'schedule' }, { 'compare-to': 'auto', gate: 'new' });
    const r = await action(AFTER);
    expect(r.log).toContain('comparing with db-posture-shop-audit of run 120');
    expect(r.code).toBe(0);
    expect(r.summary).toContain('+0 FAIL new, −0 resolved');
    expect(r.outputs.passed).toBe('true');
  }, 120000);

  it('a reference artifact that holds no report is a warning: the audit goes on without comparison and gate new judges all', async () => {
    const since = nextArtifactId();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-garbage-'));
    writeFileSync(path.join(dir, 'security-audit-shop-2026-11-23-1.json'), '{"hello": "world"}');
    const { actionsArtifactUploader } = await import('../../src/github/artifact.js');
    runnerEnv({ runId: 130, event: 'push', ref: 'refs/heads/release' }, {});
    await actionsArtifactUploader.upload(
      'db-posture-shop-audit',
      [path.join(dir, 'security-audit-shop-2026-11-23-1.json')],
      dir
    );
    register({ id: 131, head_branch: 'release', event: 'push', conclusion: 'success' }, since);
    gh.runs.push({
      id: 132,
      workflow_id: WORKFLOW,
      head_branch: 'release',
      event: 'schedule',
      conclusion: null,
      artifacts: []
    });
    runnerEnv(
      { runId: 132, event: 'schedule', ref: 'refs/heads/release' },
      { 'compare-to': 'auto', gate: 'new' }
    );
    const r = await action(AFTER);
    expect(blocking(r.log)).toEqual([
      'compare-to auto: artifact db-posture-shop-audit of run 131 (security-audit-shop-2026-11-23-1.json) is not a db-posture JSON report (schemaVersion 1): schemaVersion expected 1. It was not used as the reference. gate: new falls back to all: every finding is judged.'
    ]);
    expect(r.log).toContain('::warning::db-posture: compare-to auto: artifact db-posture-shop-audit');
    // Every FAIL blocks (fallback to all), not exit 2: the user named no file.
    expect(r.code).toBe(1);
    const json = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
    expect(json.gate.mode).toBe('all');
    expect(json.comparedTo).toBeUndefined();
    expect(r.summary).toContain(
      'Gate mode new has no reference report to compare with, so every finding was judged (gate: all).'
    );
  }, 120000);

  it('a token without actions: read is a warning naming the permission; a tag run has no branch to compare with', async () => {
    gh.runs.push({
      id: 140,
      workflow_id: WORKFLOW,
      head_branch: 'main',
      event: 'push',
      conclusion: null,
      artifacts: []
    });
    gh.fail({
      method: 'GET',
      path: /\/actions\/runs\/140$/,
      status: 403,
      message: 'Resource not accessible by integration'
    });
    runnerEnv({ runId: 140, event: 'push' }, { 'compare-to': 'auto', 'fail-on': 'never' });
    const r = await action(AFTER);
    expect(r.code).toBe(0);
    expect(r.log).toContain(
      '::warning::db-posture: compare-to auto could not list the workflow runs: GitHub API GET /repos/acme/infra/actions/runs/140 answered 403: Resource not accessible by integration. The workflow token needs `actions: read` (permissions: actions: read) to read earlier runs.'
    );
    runnerEnv(
      { runId: 141, event: 'push', ref: 'refs/tags/v1.2.0' },
      { 'compare-to': 'auto', 'fail-on': 'never' }
    );
    const tag = await action(AFTER);
    expect(blocking(tag.log)).toEqual([
      'compare-to auto compares with earlier runs on the same branch, and this run is on "refs/tags/v1.2.0", not a branch.'
    ]);
  }, 120000);

  it('without the name input, one db-posture-<target>-<job> artifact is used; several are ambiguous and named', async () => {
    gh.runs.push({
      id: 150,
      workflow_id: WORKFLOW,
      head_branch: 'feature',
      event: 'pull_request',
      conclusion: null,
      artifacts: []
    });
    runnerEnv({ runId: 150, event: 'pull_request' }, { 'compare-to': 'auto', 'fail-on': 'never' });
    delete process.env.INPUT_NAME;
    const r = await action(AFTER);
    // The reference is of "shop", this audit's default name is the host and database: no comparison.
    expect(r.log).toContain('comparing with db-posture-shop-audit of run 120');
    expect(r.log).toMatch(
      /::warning::db-posture: compare-to auto found https:\/\/github\.com\/acme\/infra\/actions\/runs\/120\/artifacts\/\d+, an audit of "shop" \(postgres\), not of this target: nothing was compared\.\n/
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
    expect(json.comparedTo).toBeUndefined();
    const main = gh.runs.find(x => x.id === 120)!;
    main.artifacts.push({ id: 8888, name: 'db-posture-billing-audit', zip: `${store.url}/blob/8888.zip` });
    runnerEnv({ runId: 150, event: 'pull_request' }, { 'compare-to': 'auto', 'fail-on': 'never' });
    delete process.env.INPUT_NAME;
    const two = await action(AFTER);
    expect(blocking(two.log)).toEqual([
      "compare-to auto found 2 artifacts named db-posture-<target>-audit in run 120 (db-posture-shop-audit, db-posture-billing-audit) and cannot tell which is this target's: set the name or artifact-name input."
    ]);
    main.artifacts.pop();
  }, 120000);
});

describe('baseline changes in the pull request comment', () => {
  const FILE = '.github/db-posture-baseline.yml';
  const BASE = [
    'version: 1',
    'waivers:',
    '  - check: pg/public-grants',
    '    target: shop',
    '    object: postgres.public.orders',
    '    reason: "Legacy reporting, SEC-7"',
    '    owner: "@org/dba"',
    '    expires: 2026-12-31',
    '  - check: pg/public-grants',
    '    target: shop',
    '    object: postgres.public.legacy',
    '    reason: "Dropped table, SEC-5"',
    '    owner: "@org/dba"',
    '    expires: 2026-12-31',
    ''
  ].join('\n');
  const HEAD = [
    'version: 1',
    'waivers:',
    '  - check: pg/public-grants',
    '    target: shop',
    '    object: postgres.public.orders',
    '    reason: "Legacy reporting, SEC-7"',
    '    owner: "@org/dba"',
    '    expires: 2027-06-30',
    '  - check: pg/superusers',
    '    target: "*"',
    '    reason: "Break-glass roles, SEC-9"',
    '    owner: alice',
    '    expires: 2027-01-31',
    '  - check: pg/public-grants',
    '    target: shop',
    '    object: postgres.public.gone',
    '    reason: "Old table, SEC-3"',
    '    owner: "@org/dba"',
    '    expires: 2027-01-31',
    'attestations:',
    '  - check: pg/encryption-at-rest',
    '    target: shop',
    '    status: PASS',
    '    evidence: "trust me"',
    '    attested-by: "@org/sec"',
    '    expires: 2027-01-31',
    ''
  ].join('\n');
  const workspace = () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'db-posture-ws-'));
    mkdirSync(path.join(ws, '.github'));
    writeFileSync(path.join(ws, FILE), HEAD);
    return ws;
  };

  it('lists added and changed waivers and attestations field by field, with flags and line links to the head file', async () => {
    gh.files.set(`${BASE_SHA}:${FILE}`, BASE);
    gh.files.set(`${HEAD_SHA}:${FILE}`, HEAD);
    gh.runs.push({
      id: 160,
      workflow_id: WORKFLOW,
      head_branch: 'feature',
      event: 'pull_request',
      conclusion: null,
      artifacts: []
    });
    const ws = workspace();
    runnerEnv(
      { runId: 160, event: 'pull_request', workspace: ws },
      {
        baseline: path.join(ws, FILE),
        'fail-on': 'never',
        compliance: 'soc2',
        // The gate passes, yet a pull request that edits the baseline keeps its comment.
        comment: 'delete-when-clean'
      }
    );
    const r = await action(AFTER);
    expect(r.code).toBe(0);
    expect(gh.requests.map(q => q.path)).toEqual(
      expect.arrayContaining([
        `/repos/acme/infra/contents/.github%2Fdb-posture-baseline.yml?ref=${BASE_SHA}`,
        `/repos/acme/infra/contents/.github%2Fdb-posture-baseline.yml?ref=${HEAD_SHA}`
      ])
    );
    const link = (line: number) =>
      `https://github.com/acme/infra/blob/${HEAD_SHA}/.github/db-posture-baseline.yml#L${line}`;
    const comment = commentFor('shop');
    for (const text of [comment, r.summary]) {
      const section = text.slice(text.indexOf('### Baseline changes'));
      expect(section).toContain(
        `- **Changed waiver** ([line 3](${link(3)})): \`pg/public-grants\` on \`shop\`, object \`postgres.public.orders\``
      );
      expect(section).toContain('  - `expires`: `2026-12-31` → `2027-06-30`');
      expect(section).toContain(
        '- **Removed waiver**: `pg/public-grants` on `shop`, object `postgres.public.legacy` — reason `Dropped table, SEC-5`'
      );
      expect(section).toContain('  - ⚠️ expiry extended from `2026-12-31` to `2027-06-30`');
      expect(section).toContain(`- **Added waiver** ([line 9](${link(9)})): \`pg/superusers\` on \`*\``);
      expect(section).toContain('  - ⚠️ target `*`: applies to every audited target');
      expect(section).toMatch(
        /\n {2}- ⚠️ family `admin-count` is locked by [^\n]*: the framework does not let this status be downgraded\n/
      );
      expect(section).toContain('  - ⚠️ owner `alice` is not a `@user` or `@org/team` handle');
      expect(section).toContain(
        `- **Added waiver** ([line 14](${link(14)})): \`pg/public-grants\` on \`shop\`, object \`postgres.public.gone\``
      );
      expect(section).toContain(
        '  - ⚠️ matches no WARN/FAIL finding of `shop` in the report: stale on arrival'
      );
      expect(section).toContain(
        `- **Added attestation** ([line 21](${link(21)})): \`pg/encryption-at-rest\` on \`shop\``
      );
      expect(section).toContain(
        '  - ⚠️ the evidence names no link, ticket key or issue number a reviewer can follow'
      );
    }
  }, 120000);

  it('a malformed base version is said in the section; the same file on both sides adds no section', async () => {
    gh.files.set(`${BASE_SHA}:${FILE}`, 'version: 2\n');
    gh.runs.push({
      id: 170,
      workflow_id: WORKFLOW,
      head_branch: 'feature',
      event: 'pull_request',
      conclusion: null,
      artifacts: []
    });
    const ws = workspace();
    runnerEnv(
      { runId: 170, event: 'pull_request', workspace: ws },
      { baseline: path.join(ws, FILE), 'fail-on': 'never' }
    );
    const r = await action(AFTER);
    expect(r.code).toBe(0);
    expect(r.log).toContain(
      `::warning::db-posture: the base version of the baseline is malformed: Baseline file ${FILE} at ${BASE_SHA.slice(0, 12)}: field "version": expected 1.\n`
    );
    const comment = commentFor('shop');
    expect(comment).toContain(
      `### Baseline changes\n\n⚠️ The base version is not a valid baseline, so every entry of the head version is listed as added: \`Baseline file ${FILE} at ${BASE_SHA.slice(0, 12)}: field "version": expected 1.\``
    );
    gh.files.set(`${BASE_SHA}:${FILE}`, HEAD);
    runnerEnv(
      { runId: 170, event: 'pull_request', workspace: ws },
      { baseline: path.join(ws, FILE), 'fail-on': 'never' }
    );
    const same = await action(AFTER);
    expect(same.summary).not.toContain('Baseline changes');
    expect(commentFor('shop')).not.toContain('Baseline changes');
  }, 120000);
});
