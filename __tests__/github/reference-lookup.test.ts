import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { referenceBranch } from '../../src/github/reference-report.js';
import { repositoryPath } from '../../src/github/baseline-changes.js';
import type { RunContext } from '../../src/github/context.js';

const ctx = (extra: Partial<RunContext>): RunContext => ({
  eventName: 'push',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  graphqlUrl: 'https://api.github.com/graphql',
  ...extra
});

describe('compare-to auto: which branch holds the reference', () => {
  it("a pull request's base branch; a push or schedule run's own branch; nothing for a tag", () => {
    expect(
      referenceBranch(
        ctx({
          eventName: 'pull_request',
          ref: 'refs/pull/7/merge',
          pullRequest: { number: 7, fromFork: false, baseRef: 'release/2.x' }
        })
      )
    ).toBe('release/2.x');
    expect(referenceBranch(ctx({ ref: 'refs/heads/main' }))).toBe('main');
    expect(referenceBranch(ctx({ eventName: 'schedule', ref: 'refs/heads/feature/x' }))).toBe('feature/x');
    expect(referenceBranch(ctx({ ref: 'refs/tags/v1.0.0' }))).toBeUndefined();
    expect(referenceBranch(ctx({}))).toBeUndefined();
    // A pull request event without a base ref in its payload has no branch either.
    expect(
      referenceBranch(ctx({ eventName: 'pull_request', pullRequest: { number: 7, fromFork: false } }))
    ).toBeUndefined();
  });
});

describe('waiver review: the baseline as a path in the repository', () => {
  const ws = path.resolve('/tmp/ws');
  it('relative and absolute paths inside the workspace; nothing outside it', () => {
    expect(repositoryPath('.github/db-posture-baseline.yml', ws)).toBe('.github/db-posture-baseline.yml');
    expect(repositoryPath(path.join(ws, 'ops', 'baseline.yml'), ws)).toBe('ops/baseline.yml');
    expect(repositoryPath('./ops/../baseline.yml', ws)).toBe('baseline.yml');
    expect(repositoryPath('../elsewhere/baseline.yml', ws)).toBeUndefined();
    expect(repositoryPath('/etc/baseline.yml', ws)).toBeUndefined();
    expect(repositoryPath('.', ws)).toBeUndefined();
  });
});

describe('the run context carries what both need', () => {
  it("GITHUB_REF, and the pull request's base branch, base commit and head commit", async () => {
    const { readRunContext } = await import('../../src/github/context.js');
    const c = readRunContext({
      eventName: 'pull_request',
      payload: {
        pull_request: {
          number: 9,
          head: { sha: 'b'.repeat(40), repo: { full_name: 'acme/infra' } },
          base: { ref: 'main', sha: 'a'.repeat(40) }
        }
      },
      repo: { owner: 'acme', repo: 'infra' },
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      graphqlUrl: 'https://api.github.com/graphql',
      runId: 5,
      job: 'audit',
      ref: 'refs/pull/9/merge'
    });
    expect(c.ref).toBe('refs/pull/9/merge');
    expect(c.pullRequest).toEqual({
      number: 9,
      fromFork: false,
      baseRef: 'main',
      baseSha: 'a'.repeat(40),
      headSha: 'b'.repeat(40)
    });
  });
});
