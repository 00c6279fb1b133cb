import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { gitHubClient } from '../../src/github/octokit.js';
import { IssuePermissionError, octokitIssueApi } from '../../src/fleet/github-issues.js';
import {
  fleetIssue,
  issueMarker,
  targetIssue,
  trackIssues,
  type IssueApi
} from '../../src/fleet/tracking.js';
import { mergeReports } from '../../src/fleet/merge.js';
import { IssuesStandIn } from '../helpers/issues-standin.js';
import { finding, legReport, leg, MERGED_AT } from '../helpers/fleet-fixture.js';

let gh: IssuesStandIn;
let api: IssueApi;
beforeEach(async () => {
  gh = new IssuesStandIn();
  await gh.start();
  api = octokitIssueApi(
    gitHubClient({
      token: 't0ken',
      apiUrl: gh.url,
      userAgent: 'db-posture-test',
      timeoutMs: 5000,
      log: () => undefined,
      maxWaitSeconds: 0,
      retryBaseMs: 1
    }),
    'o',
    'r',
    gh.url,
    `${gh.url}/graphql`
  );
});
afterEach(() => gh.stop());

const failing = () => legReport('prod-eu', [finding('pg/superusers', 'FAIL', 'etl is a superuser', 'etl')]);
const passing = () => legReport('prod-eu', [finding('pg/superusers', 'PASS', 'none')]);
const opts = {
  labels: ['db-posture', 'security'],
  assignees: ['alice'],
  runUrl: 'https://github.com/o/r/actions/runs/7'
};

describe('tracking issue for a target', () => {
  it('opens one issue when the gate fails, with labels, assignees and the blocking findings', async () => {
    const out = await trackIssues(api, [targetIssue(failing(), { run: opts.runUrl })], opts);
    expect(out).toEqual([
      { key: 'target:prod-eu', action: 'created', number: 1, url: 'https://github.com/o/r/issues/1' }
    ]);
    const [issue] = gh.issues;
    expect(issue).toMatchObject({
      title: 'db-posture: prod-eu fails its security gate',
      labels: ['db-posture', 'security'],
      assignees: ['alice'],
      state: 'open'
    });
    expect(issue.body).toContain('- [FAIL] `pg/superusers` on `etl`: `etl is a superuser`');
    expect(issue.body).toContain('[Workflow run](https://github.com/o/r/actions/runs/7)');
    expect(issue.body).toContain(issueMarker('target:prod-eu'));
  });

  it('leaves the issue alone on a later run with the same findings, edits it in place when they change', async () => {
    await trackIssues(api, [targetIssue(failing())], opts);
    expect(await trackIssues(api, [targetIssue(failing())], opts)).toEqual([
      { key: 'target:prod-eu', action: 'unchanged', number: 1 }
    ]);
    const worse = legReport('prod-eu', [
      finding('pg/superusers', 'FAIL', 'etl', 'etl'),
      finding('pg/ssl', 'FAIL', 'ssl is off')
    ]);
    expect(await trackIssues(api, [targetIssue(worse)], opts)).toEqual([
      { key: 'target:prod-eu', action: 'updated', number: 1 }
    ]);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0].body).toContain('`pg/ssl`');
    expect(gh.writes().map(w => w.method)).toEqual(['POST', 'PATCH']);
  });

  it('closes the issue with a comment when the gate passes again; a passing target without an issue does nothing', async () => {
    await trackIssues(api, [targetIssue(failing())], opts);
    expect(await trackIssues(api, [targetIssue(passing())], opts)).toEqual([
      { key: 'target:prod-eu', action: 'closed', number: 1 }
    ]);
    expect(gh.issues[0]).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      comments: [
        'The db-posture gate passes again ([run](https://github.com/o/r/actions/runs/7)); closing this issue.'
      ]
    });
    const before = gh.writes().length;
    expect(await trackIssues(api, [targetIssue(passing())], opts)).toEqual([
      { key: 'target:prod-eu', action: 'none' }
    ]);
    expect(gh.writes()).toHaveLength(before);
    // Failing again after a close opens a new issue rather than reviving the closed one.
    expect((await trackIssues(api, [targetIssue(failing())], opts))[0]).toMatchObject({
      action: 'created',
      number: 2
    });
  });

  it('never edits an issue someone else opened with our marker, nor a pull request', async () => {
    gh.add({
      title: 'fake',
      body: issueMarker('target:prod-eu'),
      labels: ['db-posture'],
      user: { login: 'mallory' }
    });
    gh.add({
      title: 'pr',
      body: issueMarker('target:prod-eu'),
      labels: ['db-posture'],
      user: { login: 'github-actions[bot]' },
      pull_request: { url: 'x' }
    });
    const out = await trackIssues(api, [targetIssue(passing())], opts);
    expect(out).toEqual([{ key: 'target:prod-eu', action: 'none' }]);
    expect((await trackIssues(api, [targetIssue(failing())], opts))[0]).toMatchObject({
      action: 'created',
      number: 3
    });
    expect(gh.issues[0].body).toBe(issueMarker('target:prod-eu'));
  });

  it('finds its issue past the first page of open issues', async () => {
    await trackIssues(api, [targetIssue(failing())], opts);
    for (let i = 0; i < 150; i++)
      gh.add({
        title: `other ${i}`,
        body: 'x',
        labels: ['db-posture'],
        user: { login: 'github-actions[bot]' }
      });
    expect(await trackIssues(api, [targetIssue(passing())], opts)).toEqual([
      { key: 'target:prod-eu', action: 'closed', number: 1 }
    ]);
    // One list on the first run, two pages (151 open issues) on the second.
    expect(gh.requests.filter(r => r.method === 'GET').length).toBe(3);
  });

  it('a token without issues: write gets one line naming the permission', async () => {
    gh.canWrite = false;
    const err = await trackIssues(api, [targetIssue(failing())], opts).catch(e => e as Error);
    expect(err).toBeInstanceOf(IssuePermissionError);
    expect((err as Error).message).toBe(
      'GitHub API POST /repos/o/r/issues answered 403: Resource not accessible by integration. Tracking issues need "issues: write" in the workflow\'s permissions (and issues enabled on the repository).'
    );
  });

  it('an assignee GitHub refuses is reported, not dropped', async () => {
    const err = await trackIssues(api, [targetIssue(failing())], { ...opts, assignees: ['nobody'] }).catch(
      e => e as Error
    );
    expect((err as Error).message).toBe('GitHub API POST /repos/o/r/issues answered 422: Validation Failed');
  });

  it('quotes values from the audited system in the issue body', () => {
    const hostile = legReport('prod-eu', [
      finding('pg/superusers', 'FAIL', '@org/admins <img src=x>', '@org/admins')
    ]);
    const body = targetIssue(hostile).body;
    expect(body).toContain('on `@org/admins`: `@org/admins <img src=x>`');
    expect(body).not.toMatch(/(^|[^`])@org/);
  });
});

describe('counts in the issue texts', () => {
  it('says 1 expired waiver, 1 check and 1 target in the singular, more in the plural', () => {
    const one = legReport('prod-eu', [finding('pg/ssl', 'FAIL', 'off')]);
    const withCounts = (expiredWaivers: number, incomplete: number) => ({
      ...one,
      gate: { ...one.gate, expiredWaivers, incomplete }
    });
    expect(targetIssue(withCounts(1, 1)).body.split('\n')[0]).toBe(
      'The scheduled db-posture audit of `prod-eu` (postgres, production) fails its gate: 1 unwaived FAIL, 1 expired waiver, 1 check not evaluated because of a fault (the audit is incomplete).'
    );
    expect(targetIssue(withCounts(2, 0)).body.split('\n')[0]).toBe(
      'The scheduled db-posture audit of `prod-eu` (postgres, production) fails its gate: 1 unwaived FAIL, 2 expired waivers.'
    );
    const fleet = mergeReports(
      [leg('a', [finding('pg/ssl', 'FAIL', 'off')]), leg('b', [finding('pg/ssl', 'FAIL', 'off')])],
      { now: MERGED_AT, maxAgeHours: 48, duplicates: 'error' }
    ).report;
    const body = fleetIssue({
      ...fleet,
      targets: fleet.targets.map((t, i) => ({ ...t, expiredWaivers: i + 1 }))
    }).body;
    expect(body).toContain(
      '- `a`: 1 unwaived FAIL, 1 expired waiver\n- `b`: 1 unwaived FAIL, 2 expired waivers'
    );
    expect(body).toContain('- `pg/ssl`: 2 targets');
  });

  it('lists one line per blocking check, so 600 findings of one check never hide another FAIL check', () => {
    const report = legReport('prod-eu', [
      ...Array.from({ length: 600 }, (_, i) => finding('pg/public-grants', 'FAIL', `grant ${i}`, `t${i}`)),
      finding('pg/ssl', 'FAIL', 'ssl is off'),
      finding('pg/public-schema', 'FAIL', 'public can create', 'public')
    ]);
    const body = targetIssue(report).body;
    const section = body.slice(body.indexOf('## Blocking findings')).split('\n').slice(2);
    expect(section.slice(0, 3)).toEqual([
      '- [FAIL] `pg/public-grants`: 600 findings on `t0`, `t1`, `t2`, `t3`, `t4` and 595 more',
      '- [FAIL] `pg/ssl`: `ssl is off`',
      '- [FAIL] `pg/public-schema` on `public`: `public can create`'
    ]);
  });
});

describe('one tracking issue for the fleet', () => {
  it('lists failing and missing targets, and closes when the fleet passes', async () => {
    const bad = mergeReports([leg('a', [finding('pg/ssl', 'FAIL', 'off')]), leg('b', [])], {
      now: MERGED_AT,
      maxAgeHours: 48,
      duplicates: 'error',
      expected: ['a', 'b', 'c']
    }).report;
    expect((await trackIssues(api, [fleetIssue(bad)], opts))[0]).toMatchObject({ action: 'created' });
    expect(gh.issues[0].title).toBe('db-posture: the fleet fails its security gate');
    expect(gh.issues[0].body).toContain('## Failing targets\n\n- `a`: 1 unwaived FAIL, 0 expired waivers');
    expect(gh.issues[0].body).toContain('## Incomplete, missing or outdated\n\n- `c`: no report');
    expect(gh.issues[0].body).toContain('- `pg/ssl`: 1 target\n');
    const good = mergeReports([leg('a', []), leg('b', [])], {
      now: MERGED_AT,
      maxAgeHours: 48,
      duplicates: 'error'
    }).report;
    expect(await trackIssues(api, [fleetIssue(good)], opts)).toEqual([
      { key: 'fleet', action: 'closed', number: 1 }
    ]);
  });

  it('per-target issues for a fleet: each target is tracked on its own', async () => {
    const subjects = [
      targetIssue(failing()),
      targetIssue(legReport('b', [finding('pg/ssl', 'FAIL', 'off')])),
      targetIssue(legReport('c', []))
    ];
    const out = await trackIssues(api, subjects, opts);
    expect(out.map(o => [o.key, o.action])).toEqual([
      ['target:prod-eu', 'created'],
      ['target:b', 'created'],
      ['target:c', 'none']
    ]);
  });
});

describe('an incomplete audit', () => {
  it('keeps its issue open even with fail-on never: a fault never closes an issue', async () => {
    const r = legReport('prod-eu', [], { failOn: 'never' });
    const faulted = { ...r, gate: { ...r.gate, passed: false, incomplete: 3 } };
    const subject = targetIssue(faulted);
    expect(subject.failing).toBe(true);
    expect(subject.body).toContain(
      '0 unwaived FAIL, 0 expired waivers, 3 checks not evaluated because of a fault (the audit is incomplete).'
    );
    expect(targetIssue(r).failing).toBe(false);
  });
});
