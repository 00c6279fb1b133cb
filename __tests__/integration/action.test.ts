import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  MISCONFIGURED_FLAGS,
  seedMisconfigured,
  startServer,
  type EmbeddedServer
} from '../../scripts/embedded-server.mjs';
import { GitHubStandIn } from '../helpers/github-standin.js';
import { runAction } from '../helpers/action-run.js';
import { ArtifactStandIn } from '../helpers/artifact-standin.js';
import { startCouchbaseReplica } from '../../replicas/couchbase.mjs';

/**
 * End-to-end runs of the committed action bundle against a real PostgreSQL (the seeded,
 * misconfigured one: 8 FAIL) and a stand-in for the GitHub REST API that records requests.
 */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PASSWORD = 'Act1on-Secret-Pa55!';
const TOKEN = 'ghs_standInToken123';
let srv: EmbeddedServer;
let gh: GitHubStandIn;

const day = (offset: number) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const SEEDED_FAILS: [string, string | undefined][] = [
  ['pg/archiving', undefined],
  ['pg/hba', 'host all all 0.0.0.0/0 trust'],
  ['pg/password-policy', undefined],
  ['pg/pgaudit', undefined],
  ['pg/privileged-roles', 'etl'],
  ['pg/public-grants', 'billing.public.card_holders'],
  ['pg/public-schema', 'app'],
  ['pg/ssl', undefined]
];

function baselineYaml(
  waivers: { check: string; object?: string; expires: string; target?: string }[]
): string {
  return (
    'version: 1\nwaivers:\n' +
    waivers
      .map(
        w =>
          `  - check: ${w.check}\n    target: ${w.target ?? 'prod-eu'}\n` +
          (w.object !== undefined ? `    object: ${JSON.stringify(w.object)}\n` : '') +
          `    reason: "Accepted for the migration"\n    owner: "@org/platform"\n    expires: ${w.expires}\n`
      )
      .join('')
  );
}

function workspaceWith(baseline: string): string {
  const ws = path.join(
    (global as unknown as { __tmp?: string }).__tmp ?? '/tmp',
    `ws-${Math.random().toString(36).slice(2)}`
  );
  mkdirSync(path.join(ws, '.github'), { recursive: true });
  writeFileSync(path.join(ws, '.github/db-posture-baseline.yml'), baseline);
  return ws;
}

const inputs = (extra: Record<string, string> = {}) => ({
  'connection-string': srv.url(),
  name: 'prod-eu',
  'github-token': TOKEN,
  ...extra
});

beforeAll(async () => {
  if (!existsSync(path.join(root, 'dist/index.js')))
    throw new Error('dist/index.js is missing: run npm run build');
  srv = await startServer({
    password: PASSWORD,
    flags: MISCONFIGURED_FLAGS,
    hbaFile: path.join(root, 'fixtures/misconfigured-pg_hba.conf')
  });
  await seedMisconfigured(srv, path.join(root, 'fixtures'));
});
afterAll(async () => {
  await srv?.stop();
});
beforeEach(async () => {
  gh = new GitHubStandIn();
  await gh.start();
});
afterEach(() => gh.stop());

describe('the action on a pull request', () => {
  it('writes the summary and the comment, sets the outputs, then fails the gate', async () => {
    const r = await runAction({ inputs: inputs(), apiUrl: gh.url });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::db-posture gate failed for prod-eu: 8 unwaived FAIL.');
    expect(r.outputs).toMatchObject({
      'fail-count': '8',
      'unwaived-fail-count': '8',
      'stale-count': '0',
      passed: 'false'
    });
    expect(r.outputs['report-markdown']).toMatch(/security-audit-prod-eu-\d{4}-\d{2}-\d{2}-1\.md$/);
    expect(existsSync(r.outputs['report-json'])).toBe(true);
    expect(JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8')).version).toBe('2.1.0');
    expect(r.summary).toMatch(/^# Security Audit Report — `prod-eu`/);
    expect(r.summary).toContain('**Gate:** FAILED — 8 unwaived FAIL');
    // No runtime token in this environment: the artifact is skipped with a warning, not an error.
    expect(r.stdout).toContain(
      '::warning::db-posture: report artifact not uploaded: the runner did not provide ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL.'
    );
    const comments = gh.comments.get(7)!;
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect(body).toMatch(
      /^### db-posture: `prod-eu` \(PostgreSQL, production\)\n\n\*\*Gate:\*\* FAILED — 8 unwaived FAIL\n/
    );
    expect(body).toContain('#### Findings by check\n\n- ❌ **FAIL** `');
    expect(body).toContain('#### How to waive');
    // No artifact was uploaded, so the comment does not claim one.
    expect(body).toContain("in the runner's output directory (no artifact was uploaded)");
    expect(body).not.toContain("in the run's artifact");
    expect(body).toContain('[Workflow run](https://github.com/acme/infra/actions/runs/4242)');
    expect(body).toContain('<!-- db-posture:prod-eu -->');
    expect(r.outputs).toMatchObject({
      result: 'audited-failed',
      'comment-id': String(comments[0].id),
      'comment-url': `https://github.com/acme/infra/pull/7#issuecomment-${comments[0].id}`,
      'artifact-id': '',
      'artifact-url': ''
    });
    // The comment was made with the token, and no secret reached any output.
    // @actions/github sends the token as "token <t>" on every call, GraphQL included.
    expect(gh.requests.every(q => q.authorization === `token ${TOKEN}`)).toBe(true);
    // Only the masking commands (consumed by the runner, never shown) carry the secrets.
    const shown = r.stdout
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const text of [shown, r.summary, body, JSON.stringify(r.outputs)]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(TOKEN);
    }
    expect(r.stdout).toContain(`::add-mask::${srv.url()}`);
  });

  it('updates its comment in place on the next run, and leaves it alone when nothing changed', async () => {
    const ws = workspaceWith(baselineYaml([{ check: 'pg/ssl', expires: day(100) }]));
    await runAction({ inputs: inputs(), apiUrl: gh.url });
    const id = gh.comments.get(7)![0].id;
    const second = await runAction({ inputs: inputs(), apiUrl: gh.url, workspace: ws });
    expect(second.stdout).toContain(`db-posture: pull-request comment updated (id ${id}).`);
    expect(gh.comments.get(7)).toHaveLength(1);
    expect(gh.comments.get(7)![0].body).toContain('**Gate:** FAILED — 7 unwaived FAIL');
    expect(gh.comments.get(7)![0].body).toContain('- 🔕 **waived FAIL** `pg/ssl` · TLS enabled: ');
    const third = await runAction({ inputs: inputs(), apiUrl: gh.url, workspace: ws });
    expect(third.stdout).toContain(`db-posture: pull-request comment unchanged (id ${id}).`);
    expect(gh.writes().map(w => w.method)).toEqual(['POST', 'PATCH']);
  });

  it('finds its comment among 130 others (paginated) and ignores a quoted marker', async () => {
    for (let i = 0; i < 110; i++) gh.addComment(7, `review ${i}`, 'octocat');
    gh.addComment(7, 'quoting <!-- db-posture:prod-eu -->', 'mallory');
    const mine = gh.addComment(7, 'old report\n<!-- db-posture:prod-eu -->', 'github-actions[bot]');
    for (let i = 0; i < 20; i++) gh.addComment(7, `later ${i}`, 'octocat');
    const r = await runAction({ inputs: inputs(), apiUrl: gh.url });
    expect(r.stdout).toContain(`pull-request comment updated (id ${mine.id})`);
    expect(gh.comments.get(7)!.find(c => c.user.login === 'mallory')!.body).toBe(
      'quoting <!-- db-posture:prod-eu -->'
    );
    expect(gh.requests.filter(q => q.method === 'GET').map(q => q.path)).toEqual([
      '/repos/acme/infra/issues/7/comments?per_page=100',
      '/repos/acme/infra/issues/7/comments?per_page=100&page=2'
    ]);
  });

  it('a 403 on the comment is a warning; the summary and gate still work', async () => {
    gh.fail({
      method: 'POST',
      path: /\/comments$/,
      status: 403,
      message: 'Resource not accessible by integration'
    });
    const r = await runAction({ inputs: inputs(), apiUrl: gh.url });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::warning::db-posture: pull-request comment skipped: GitHub API POST /repos/acme/infra/issues/7/comments answered 403: Resource not accessible by integration. The token needs "pull-requests: write" (or "issues: write") to comment.'
    );
    expect(r.summary).toContain('**Gate:** FAILED');
  });

  it('a secondary rate limit (403 + Retry-After) waits and retries; the comment lands', async () => {
    gh.fail({
      method: 'GET',
      path: /\/comments$/,
      status: 403,
      headers: { 'retry-after': '1' },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
    });
    const r = await runAction({ inputs: inputs(), apiUrl: gh.url });
    expect(r.stdout).toContain(
      'db-posture: GitHub API GET /repos/acme/infra/issues/7/comments?per_page=100 hit the secondary rate limit; waiting 1 s (retry 1 of 2).'
    );
    expect(r.stdout).not.toContain('pull-requests: write');
    expect(gh.comments.get(7)).toHaveLength(1);
  });

  it('a fork pull request without secrets gets a neutral skipped summary', async () => {
    const r = await runAction({
      inputs: { name: 'prod-eu', 'github-token': TOKEN },
      apiUrl: gh.url,
      fork: true
    });
    expect(r.code).toBe(0);
    expect(r.summary).toBe(
      '### db-posture: skipped\n\nNothing was audited: this pull request comes from a fork, and GitHub passes no secrets to such runs.\n'
    );
    expect(r.outputs).toMatchObject({
      result: 'skipped',
      passed: 'true',
      'fail-count': '0',
      'comment-id': ''
    });
    expect(gh.requests).toHaveLength(0);
  });

  it('uploads the reports with the real artifact client and links the artifact from the comment', async () => {
    const results = new ArtifactStandIn();
    await results.start();
    try {
      const r = await runAction({
        inputs: inputs(),
        apiUrl: gh.url,
        env: { ACTIONS_RUNTIME_TOKEN: ArtifactStandIn.runtimeToken(), ACTIONS_RESULTS_URL: `${results.url}/` }
      });
      expect(r.stdout).toContain('db-posture: uploaded artifact db-posture-prod-eu-audit (id 77)');
      expect(results.calls.map(c => c.method)).toEqual([
        'CreateArtifact',
        'PUT block',
        'PUT blocklist',
        'FinalizeArtifact'
      ]);
      expect(results.calls[0].json?.name).toBe('db-posture-prod-eu-audit');
      expect(
        results
          .uploadedNames()
          .map(n => n.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'))
          .sort()
      ).toEqual([
        // The zip's entry order follows the client's concurrent reads: compare as a set.
        'security-audit-prod-eu-DATE-1.json',
        'security-audit-prod-eu-DATE-1.junit.xml',
        'security-audit-prod-eu-DATE-1.md',
        'security-audit-prod-eu-DATE-1.sarif'
      ]);
      expect(gh.comments.get(7)![0].body).toContain(
        '[Full report (artifact)](https://github.com/acme/infra/actions/runs/4242/artifacts/77) · [Workflow run](https://github.com/acme/infra/actions/runs/4242)'
      );
      expect(r.outputs).toMatchObject({
        'artifact-id': '77',
        'artifact-url': 'https://github.com/acme/infra/actions/runs/4242/artifacts/77'
      });
    } finally {
      await results.stop();
    }
  });

  it('comment false: no API call at all', async () => {
    await runAction({ inputs: inputs({ comment: 'false' }), apiUrl: gh.url });
    expect(gh.requests).toHaveLength(0);
  });
});

describe('the action with a baseline file', () => {
  it('all FAILs waived: the gate passes, the waived FAILs stay in the report', async () => {
    const ws = workspaceWith(
      baselineYaml(SEEDED_FAILS.map(([check, object]) => ({ check, object, expires: day(60) })))
    );
    const r = await runAction({ inputs: inputs(), apiUrl: gh.url, workspace: ws });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'fail-count': '8', 'unwaived-fail-count': '0', passed: 'true' });
    expect(r.summary).toContain('**Gate:** PASSED — 0 unwaived FAIL');
    expect(r.summary).toContain('- 🔕 **waived FAIL** `pg/ssl` · TLS enabled: ssl is off');
    expect(r.summary).toMatch(
      new RegExp(`\\*\\(waived until ${day(60)} by \`@org/platform\`: \`Accepted for the migration\`\\)\\*`)
    );
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      '.github/db-posture-baseline.yml'
    );
  });

  it('an expired waiver fails the gate and is listed', async () => {
    const ws = workspaceWith(
      baselineYaml([
        ...SEEDED_FAILS.slice(1).map(([check, object]) => ({ check, object, expires: day(60) })),
        { check: 'pg/archiving', expires: day(0) }
      ])
    );
    const r = await runAction({ inputs: inputs(), apiUrl: gh.url, workspace: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::db-posture gate failed for prod-eu: 1 unwaived FAIL, 1 expired waiver.'
    );
    expect(r.summary).toContain('**Expired waivers** (1; no longer waive, the findings count again):');
    expect(gh.comments.get(7)![0].body).toContain(
      '**Expired waivers** (1; they no longer waive, the findings count again):'
    );
  });

  it('stale waivers are listed and counted; they fail the gate only with fail-on-stale', async () => {
    const waivers = [
      ...SEEDED_FAILS.map(([check, object]) => ({ check, object, expires: day(60) })),
      { check: 'pg/superusers', object: 'nobody', expires: day(5) }
    ];
    const ws = workspaceWith(baselineYaml(waivers));
    const r = await runAction({ inputs: inputs(), apiUrl: gh.url, workspace: ws });
    expect(r.code).toBe(0);
    expect(r.outputs['stale-count']).toBe('1');
    expect(r.summary).toContain('**Stale waivers** (1; match no finding, remove them):');
    const strict = await runAction({
      inputs: inputs({ 'fail-on-stale': 'true' }),
      apiUrl: gh.url,
      workspace: ws
    });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(
      '::error::db-posture gate failed for prod-eu: 0 unwaived FAIL, 1 stale waiver.'
    );
  });

  it('a malformed baseline is a configuration error naming the file, entry and field, before connecting', async () => {
    const ws = workspaceWith(
      baselineYaml([{ check: 'pg/ssl', expires: day(10) }]).replace('    owner: "@org/platform"\n', '')
    );
    const r = await runAction({
      inputs: inputs({ 'connection-string': 'postgresql://u:p@127.0.0.1:1/x' }),
      apiUrl: gh.url,
      workspace: ws
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      '::error::db-posture configuration error: Baseline file .github/db-posture-baseline.yml: waivers[0] field "owner": is required.'
    );
    expect(gh.requests).toHaveLength(0);
  });

  it('an invalid input value names the input', async () => {
    const r = await runAction({ inputs: inputs({ environment: 'prod' }), apiUrl: gh.url });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      '::error::db-posture configuration error: Invalid input environment "prod": expected one of production, staging, development, sandbox.'
    );
  });

  it('an unreachable target writes a summary that says nothing was evaluated', async () => {
    const r = await runAction({
      inputs: inputs({ 'connection-string': 'postgresql://u:p@127.0.0.1:1/x' }),
      apiUrl: gh.url
    });
    expect(r.code).toBe(3);
    expect(r.summary).toContain('### db-posture: target could not be audited');
    // Every output is set, so fromJSON(steps.x.outputs.fail-count) works under continue-on-error.
    expect(r.outputs).toEqual({
      result: 'error',
      passed: 'false',
      'fail-count': '0',
      'warn-count': '0',
      'unknown-count': '0',
      'unwaived-fail-count': '0',
      'stale-count': '0',
      'report-markdown': '',
      'report-json': '',
      'sarif-file': '',
      'junit-file': '',
      'artifact-id': '',
      'artifact-url': '',
      'comment-id': '',
      'comment-url': '',
      // The detection outputs are set on every path too, so fromJSON() works under continue-on-error.
      'rules-test-result': '',
      'rules-test-failed': '',
      'blind-rule-count': '',
      'hunt-result': '',
      'detection-count': '',
      'hunt-markdown': '',
      'hunt-json': '',
      'hunt-sarif': ''
    });
    expect(r.stdout).toContain(
      '::error::db-posture target could not be audited: Cannot connect to the SQL server at 127.0.0.1:1: connection refused'
    );
  });
});

describe('the action on Couchbase', () => {
  it('audits a cluster from the couchbase-* inputs and masks the password', async () => {
    const replica = await startCouchbaseReplica({
      scenario: path.join(root, 'replicas/scenarios/couchbase/audit-default-sqlpp.json')
    });
    try {
      const r = await runAction({
        inputs: {
          'couchbase-url': replica.url,
          'couchbase-username': 'auditor',
          'couchbase-password': 'ro-audit-Passw0rd!',
          name: 'prod-cb',
          'github-token': TOKEN
        },
        apiUrl: gh.url
      });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('::add-mask::ro-audit-Passw0rd!');
      expect(r.stdout).toContain('::error::db-posture gate failed for prod-cb: 1 unwaived FAIL.');
      expect(r.summary).toContain('**Engine:** Couchbase Server');
      expect(r.summary).toContain(
        '- ❌ **FAIL** `cb/query-audit` · SQL++ statement auditing: All 36 SQL++ statement events (per its audit descriptors) are disabled'
      );
      expect(gh.comments.get(7)![0].body).toMatch(
        /^### db-posture: `prod-cb` \(Couchbase Server, production\)/
      );
      expect(replica.requests.every(q => q.method === 'GET')).toBe(true);
    } finally {
      await replica.stop();
    }
  });
});
