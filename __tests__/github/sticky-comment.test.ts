import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { RestClient, nextLink } from '../../src/github/rest.js';
import { commentMarker, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { GitHubStandIn } from '../helpers/github-standin.js';

let gh: GitHubStandIn;
let retries: string[];
const client = () =>
  new RestClient({
    baseUrl: gh.url,
    token: 'ghs_test',
    userAgent: 'db-posture-test',
    retryBaseMs: 10,
    onRetry: m => retries.push(m)
  });
const upsert = (body: string, links = '[run](x)') =>
  upsertStickyComment(client(), { owner: 'acme', repo: 'infra', issue: 7, target: 'prod-eu', body, links });

beforeEach(async () => {
  gh = new GitHubStandIn();
  retries = [];
  await gh.start();
});
afterEach(() => gh.stop());

describe('sticky pull-request comment', () => {
  it('creates the comment with the marker, then updates it in place, then leaves it when unchanged', async () => {
    const first = await upsert('report A');
    expect(first.action).toBe('created');
    const stored = gh.comments.get(7)!;
    expect(stored).toHaveLength(1);
    expect(stored[0].body).toMatch(
      /^report A\n\n\[run\]\(x\)\n\n<!-- db-posture:prod-eu -->\n<!-- db-posture-digest:[0-9a-f]{16} -->\n$/
    );
    expect(gh.requests.find(r => r.method === 'POST' && r.path.endsWith('/comments'))?.authorization).toBe(
      'Bearer ghs_test'
    );

    const second = await upsert('report B');
    expect(second).toMatchObject({ action: 'updated', id: stored[0].id });
    expect(gh.comments.get(7)).toHaveLength(1);
    expect(gh.comments.get(7)![0].body).toMatch(/^report B\n/);

    // Same findings, new run link: not worth a notification.
    const third = await upsert('report B', '[run](y)');
    expect(third).toEqual({ action: 'unchanged', id: stored[0].id });
    expect(gh.writes().map(w => w.method)).toEqual(['POST', 'PATCH']);
  });

  it('pages through 150 comments and finds its own on the second page', async () => {
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
    const quoted = gh.addComment(7, `look: ${commentMarker('prod-eu')}`, 'mallory');
    gh.addComment(7, `other ${commentMarker('prod-us')}`, 'github-actions[bot]');
    const r = await upsert('report');
    expect(r.action).toBe('created');
    expect(gh.comments.get(7)!.find(c => c.id === quoted.id)!.body).toBe(`look: ${commentMarker('prod-eu')}`);
  });

  it('a 403 (read-only token) is reported as skipped with the permission that fixes it', async () => {
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

  it('retries 429 with Retry-After and 5xx with back-off, then succeeds', async () => {
    gh.fail({ method: 'GET', path: /\/comments$/, status: 429, headers: { 'retry-after': '0' } });
    gh.fail({ method: 'POST', path: /\/comments$/, status: 502, times: 2 });
    const r = await upsert('report');
    expect(r.action).toBe('created');
    expect(retries).toEqual([
      'GET /repos/acme/infra/issues/7/comments?per_page=100 answered 429; retrying in 0.0 s (attempt 2 of 4)',
      'POST /repos/acme/infra/issues/7/comments answered 502; retrying in 0.0 s (attempt 2 of 4)',
      'POST /repos/acme/infra/issues/7/comments answered 502; retrying in 0.0 s (attempt 3 of 4)'
    ]);
  });

  it('gives up after four attempts with the last answer', async () => {
    gh.fail({ method: 'GET', path: /\/comments$/, status: 500, times: 10, message: 'boom' });
    await expect(upsert('report')).rejects.toThrow(
      'GitHub API GET /repos/acme/infra/issues/7/comments?per_page=100 answered 500: boom'
    );
  });

  it('refuses to wait longer than a minute for a rate limit', async () => {
    gh.fail({ method: 'GET', path: /\/comments$/, status: 429, headers: { 'retry-after': '3600' } });
    await expect(upsert('report')).rejects.toThrow('asked to wait 3600 s, more than we wait');
  });

  it('parses Link headers', () => {
    expect(nextLink('<https://x/a?page=2>; rel="next", <https://x/a?page=5>; rel="last"')).toBe(
      'https://x/a?page=2'
    );
    expect(nextLink('<https://x/a?page=5>; rel="last"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });
});
