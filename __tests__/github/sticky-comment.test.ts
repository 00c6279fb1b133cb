import { afterEach, describe, expect, it } from '@jest/globals';
import { gitHubClient } from '../../src/github/octokit.js';
import { commentMarker, upsertStickyComment, type CommentMode } from '../../src/github/sticky-comment.js';
import { GitHubStandIn } from '../helpers/github-standin.js';
import { RecordingProxy, withProxyEnv } from '../helpers/recording-proxy.js';

/**
 * The sticky comment over @actions/github's Octokit (retry + throttling plugins, the shared
 * proxy-aware fetch) against a GitHub stand-in on 127.0.0.1, laid out as github.com or as GHES.
 * Waits are scaled to 5 ms per second so the retry and rate-limit paths run at full length.
 */
let gh: GitHubStandIn;
let log: string[];

async function start(layout: { ghes?: boolean } = {}) {
  gh = new GitHubStandIn(layout);
  log = [];
  await gh.start();
}
afterEach(() => gh?.stop());

const client = (timeoutMs = 5000) =>
  gitHubClient({
    token: 'ghs_test',
    apiUrl: gh.apiUrl,
    userAgent: 'db-posture-test',
    timeoutMs,
    retryBaseMs: 5,
    log: m => log.push(m)
  });
const upsert = (
  body: string,
  o: { links?: string; mode?: CommentMode; passed?: boolean; timeoutMs?: number; graphqlUrl?: string } = {}
) =>
  upsertStickyComment(client(o.timeoutMs), {
    owner: 'acme',
    repo: 'infra',
    issue: 7,
    target: 'prod-eu',
    body,
    links: o.links ?? '[run](x)',
    mode: o.mode ?? 'update',
    passed: o.passed ?? false,
    graphqlUrl: o.graphqlUrl ?? gh.graphqlUrl,
    apiUrl: gh.apiUrl
  });

describe('sticky pull-request comment', () => {
  it('creates the comment with the marker, then updates it in place, then leaves it when unchanged', async () => {
    await start();
    const first = await upsert('report A');
    expect(first).toMatchObject({
      action: 'created',
      url: expect.stringMatching(/#issuecomment-\d+$/) as unknown as string
    });
    const stored = gh.comments.get(7)!;
    expect(stored).toHaveLength(1);
    expect(stored[0].body).toMatch(
      /^report A\n\n\[run\]\(x\)\n\n<!-- db-posture:prod-eu -->\n<!-- db-posture-digest:[0-9a-f]{16} -->\n$/
    );
    // @actions/github sends the token as "token <t>".
    expect(gh.requests.find(r => r.method === 'POST' && r.path.endsWith('/comments'))?.authorization).toBe(
      'token ghs_test'
    );

    const second = await upsert('report B');
    expect(second).toMatchObject({ action: 'updated', id: stored[0].id });
    expect(gh.comments.get(7)).toHaveLength(1);
    expect(gh.comments.get(7)![0].body).toMatch(/^report B\n/);

    // Same findings, new run link: not worth a notification.
    const third = await upsert('report B', { links: '[run](y)' });
    expect(third).toMatchObject({ action: 'unchanged', id: stored[0].id });
    expect(gh.writes().map(w => w.method)).toEqual(['POST', 'PATCH']);
  });

  it('pages through 150 comments and finds its own on the second page', async () => {
    await start();
    for (let i = 0; i < 120; i++) gh.addComment(7, `comment ${i}`, 'octocat');
    const mine = gh.addComment(7, `old\n${commentMarker('prod-eu')}`, 'github-actions[bot]');
    for (let i = 0; i < 30; i++) gh.addComment(7, `later ${i}`, 'octocat');
    const r = await upsert('new');
    expect(r).toMatchObject({ action: 'updated', id: mine.id });
    const pages = gh.requests.filter(q => q.method === 'GET').map(q => q.path);
    expect(pages).toEqual([
      '/repos/acme/infra/issues/7/comments?per_page=100',
      '/repos/acme/infra/issues/7/comments?per_page=100&page=2'
    ]);
  });

  it("ignores someone else's comment that quotes the marker, and another target's comment", async () => {
    await start();
    const quoted = gh.addComment(7, `look: ${commentMarker('prod-eu')}`, 'mallory');
    gh.addComment(7, `other ${commentMarker('prod-us')}`, 'github-actions[bot]');
    const r = await upsert('report');
    expect(r.action).toBe('created');
    expect(gh.comments.get(7)!.find(c => c.id === quoted.id)!.body).toBe(`look: ${commentMarker('prod-eu')}`);
  });

  it('GHES with a GitHub App token: GraphQL at /api/graphql, the comment found by the bot identity, no duplicate', async () => {
    await start({ ghes: true });
    gh.viewer = 'acme-auditor[bot]';
    // Another bot quoting the marker, and the workflow token's old comment, are not ours.
    gh.addComment(7, `quote ${commentMarker('prod-eu')}`, 'github-actions[bot]');
    const first = await upsert('report A');
    expect(first.action).toBe('created');
    const second = await upsert('report B');
    expect(second).toMatchObject({ action: 'updated', id: (first as { id: number }).id });
    expect(gh.comments.get(7)!.map(c => c.user.login)).toEqual(['github-actions[bot]', 'acme-auditor[bot]']);
    const paths = gh.requests.map(q => `${q.method} ${q.path}`);
    expect(paths.filter(p => p.includes('graphql'))).toEqual(['POST /api/graphql', 'POST /api/graphql']);
    expect(paths.every(p => p.startsWith('POST /api/graphql') || p.includes(' /api/v3/'))).toBe(true);
  });

  it('GHES without GITHUB_GRAPHQL_URL: Octokit derives /api/graphql from /api/v3, never /api/v3/graphql', async () => {
    await start({ ghes: true });
    gh.viewer = 'acme-auditor[bot]';
    const mine = gh.addComment(7, `old ${commentMarker('prod-eu')}`, 'acme-auditor[bot]');
    const r = await upsertStickyComment(client(), {
      owner: 'acme',
      repo: 'infra',
      issue: 7,
      target: 'prod-eu',
      body: 'report',
      links: '',
      mode: 'update',
      passed: false,
      apiUrl: gh.apiUrl
    });
    expect(r).toMatchObject({ action: 'updated', id: mine.id });
    expect(gh.requests.map(q => q.path)).toContain('/api/graphql');
    expect(gh.requests.map(q => q.path)).not.toContain('/api/v3/graphql');
  });

  it("when no identity can be read (GraphQL refused, /user 403), only a bot account's marked comment is taken", async () => {
    await start();
    gh.graphqlAvailable = false;
    gh.viewer = 'acme-auditor[bot]';
    gh.addComment(7, `quoted by a person ${commentMarker('prod-eu')}`, 'mallory');
    const mine = gh.addComment(7, `old ${commentMarker('prod-eu')}`, 'acme-auditor[bot]');
    expect(await upsert('report')).toMatchObject({ action: 'updated', id: mine.id });
    expect(gh.comments.get(7)![0].body).toBe(`quoted by a person ${commentMarker('prod-eu')}`);
  });

  it('modes: recreate deletes and posts anew; delete-when-clean deletes once passing; only-when-failing posts only when failing', async () => {
    await start();
    const a = await upsert('A');
    const b = await upsert('B', { mode: 'recreate' });
    expect(b.action).toBe('created');
    expect((b as { id: number }).id).not.toBe((a as { id: number }).id);
    expect(gh.comments.get(7)).toHaveLength(1);
    expect(await upsert('C', { mode: 'delete-when-clean', passed: false })).toMatchObject({
      action: 'updated'
    });
    expect(await upsert('D', { mode: 'delete-when-clean', passed: true })).toMatchObject({
      action: 'deleted'
    });
    expect(gh.comments.get(7)).toHaveLength(0);
    expect(await upsert('E', { mode: 'delete-when-clean', passed: true })).toEqual({
      action: 'none',
      reason: 'the gate passed and there is no earlier comment to delete'
    });
    expect(await upsert('F', { mode: 'only-when-failing', passed: true })).toEqual({
      action: 'none',
      reason: 'the gate passed (comment: only-when-failing)'
    });
    expect(gh.comments.get(7)).toHaveLength(0);
    expect(await upsert('G', { mode: 'only-when-failing', passed: false })).toMatchObject({
      action: 'created'
    });
    // A failing comment left from before is updated when the gate passes, so it does not go on saying FAILED.
    expect(await upsert('H', { mode: 'only-when-failing', passed: true })).toMatchObject({
      action: 'updated'
    });
    expect(gh.writes().map(w => w.method)).toEqual([
      'POST',
      'DELETE',
      'POST',
      'PATCH',
      'DELETE',
      'POST',
      'PATCH'
    ]);
  });

  it('a 403 (read-only token) is reported as skipped with the permission that fixes it', async () => {
    await start();
    gh.fail({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 403,
      message: 'Resource not accessible by integration'
    });
    const r = await upsert('report');
    expect(r).toEqual({
      action: 'skipped',
      reason:
        'GitHub API POST /repos/acme/infra/issues/7/comments answered 403: Resource not accessible by integration. The token needs "pull-requests: write" (or "issues: write") to comment.'
    });
  });

  it('a secondary rate limit (403 + Retry-After) waits and retries, and is not a permission problem', async () => {
    await start();
    gh.fail({
      method: 'POST',
      path: /\/comments$/,
      status: 403,
      headers: { 'retry-after': '3' },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
    });
    const r = await upsert('report');
    expect(r.action).toBe('created');
    expect(log).toEqual([
      expect.stringMatching(
        /^GitHub API POST \/repos\/acme\/infra\/issues\/7\/comments hit the secondary rate limit; waiting 3 s \(retry 1 of 2\)\.$/
      )
    ]);
  });

  it('a primary limit (x-ratelimit-remaining: 0) waits until the reset', async () => {
    await start();
    gh.fail({
      method: 'GET',
      path: /\/comments$/,
      status: 403,
      message: 'API rate limit exceeded for installation ID 1.',
      lateHeaders: () => ({
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 2)
      })
    });
    const r = await upsert('report');
    expect(r.action).toBe('created');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/hit the primary rate limit; waiting [23] s \(retry 1 of 2\)\.$/);
  });

  it('a rate limit that outlasts the retries is skipped as a rate limit, never as a permission problem', async () => {
    await start();
    gh.fail({
      method: 'POST',
      path: /\/comments$/,
      status: 403,
      times: 5,
      headers: { 'retry-after': '1' },
      message: 'You have exceeded a secondary rate limit.'
    });
    const r = await upsert('report');
    expect(r).toEqual({
      action: 'skipped',
      reason:
        'GitHub API POST /repos/acme/infra/issues/7/comments answered 403: You have exceeded a secondary rate limit.. GitHub kept rate-limiting the token after the waits; this is not a permissions problem, the next run will post it.'
    });
    expect(log).toHaveLength(3);
    expect(log[2]).toMatch(/not waiting 1 s \(retried 2 times, longest wait 60 s\)\.$/);
  });

  it('retries 5xx with back-off (plugin-retry), then succeeds', async () => {
    await start();
    gh.fail({ method: 'POST', path: /\/comments$/, status: 502, times: 2 });
    const r = await upsert('report');
    expect(r.action).toBe('created');
    expect(gh.requests.filter(q => q.method === 'POST' && q.path.endsWith('/comments'))).toHaveLength(3);
  });

  it('gives up after the retries with the last answer', async () => {
    await start();
    gh.fail({ method: 'GET', path: /\/comments$/, status: 500, times: 10, message: 'boom' });
    await expect(upsert('report')).rejects.toThrow(
      'GitHub API GET /repos/acme/infra/issues/7/comments?per_page=100 answered 500: boom'
    );
    expect(gh.requests.filter(q => q.method === 'GET')).toHaveLength(4);
  });

  it('an unreachable API names the cause, not "fetch failed"', async () => {
    await start();
    await gh.stop();
    await expect(upsert('report')).rejects.toThrow(
      /^GitHub API POST \/graphql failed: connection refused \(ECONNREFUSED\)$/
    );
  });

  it('GitHub calls honour HTTP_PROXY (CONNECT seen) and NO_PROXY', async () => {
    await start();
    const proxy = new RecordingProxy();
    await proxy.start();
    try {
      // The stand-in reached as "vm" (127.0.0.1 by /etc/hosts, not loopback by name).
      const port = new URL(gh.url).port;
      const viaName = (body: string) =>
        upsertStickyComment(
          gitHubClient({
            token: 't',
            apiUrl: `http://vm:${port}`,
            userAgent: 'x',
            timeoutMs: 5000,
            retryBaseMs: 5,
            log: () => undefined
          }),
          {
            owner: 'acme',
            repo: 'infra',
            issue: 7,
            target: 'prod-eu',
            body,
            links: '',
            mode: 'update',
            passed: false,
            graphqlUrl: `http://vm:${port}/graphql`,
            apiUrl: `http://vm:${port}`
          }
        );
      expect((await withProxyEnv({ HTTP_PROXY: proxy.url }, () => viaName('one'))).action).toBe('created');
      expect(new Set(proxy.targets())).toEqual(new Set([`vm:${port}`]));
      const seen = proxy.targets().length;
      expect(
        (await withProxyEnv({ HTTP_PROXY: proxy.url, NO_PROXY: 'vm' }, () => viaName('two'))).action
      ).toBe('updated');
      expect(proxy.targets()).toHaveLength(seen);
    } finally {
      await proxy.stop();
    }
  });
});
