import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/main.js';
import { addedLines } from '../../src/github/pr-files.js';
import { parseOutputs } from '../helpers/action-run.js';
import { GitHubStandIn } from '../helpers/github-standin.js';

/**
 * `scan:` in the action, in-process against a stand-in for GitHub's REST API: a pull request
 * workflow with no database input and no secret runs the scan alone, lists the pull request's
 * files, reports findings on changed lines as annotations, writes the reports and the outputs.
 */
const saved = { ...process.env };
let gh: GitHubStandIn;
let tmp: string;
let stdout: string[];
const realWrite = process.stdout.write.bind(process.stdout);

beforeAll(async () => {
  gh = new GitHubStandIn();
  await gh.start();
});
afterAll(async () => {
  process.env = saved;
  process.exitCode = 0;
  process.stdout.write = realWrite;
  await gh.stop();
});
beforeEach(() => {
  process.exitCode = 0;
});

const ALLOW = (name: string, cidr: string, mask: number) =>
  [
    `resource "cockroach_allow_list" "${name}" {`,
    `  cidr_ip   = "${cidr}"`,
    `  cidr_mask = ${mask}`,
    '  ui        = false',
    '  sql       = true',
    '}',
    ''
  ].join('\n');

/** A repository: infra/main.tf (the pull request adds the `anywhere` entry), legacy.tf (untouched). */
function workspace(extra: Record<string, string> = {}): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'db-posture-scan-ws-'));
  const files: Record<string, string> = {
    'infra/main.tf': ALLOW('office', '203.0.113.0', 24) + ALLOW('anywhere', '0.0.0.0', 0),
    'legacy/old.tf': ALLOW('old', '0.0.0.0', 0),
    ...extra
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    writeFileSync(path.join(ws, rel), text);
  }
  return ws;
}

function runnerEnv(ws: string, inputs: Record<string, string>, fork: boolean): void {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'db-posture-scan-run-'));
  writeFileSync(path.join(tmp, 'output'), '');
  writeFileSync(path.join(tmp, 'summary'), '');
  writeFileSync(
    path.join(tmp, 'event.json'),
    JSON.stringify({
      number: 7,
      pull_request: {
        number: 7,
        head: { repo: { full_name: fork ? 'mallory/infra' : 'acme/infra' } },
        base: { repo: { full_name: 'acme/infra' } }
      }
    })
  );
  process.env = {
    PATH: saved.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.join(tmp, 'event.json'),
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.apiUrl,
    GITHUB_GRAPHQL_URL: gh.graphqlUrl,
    GITHUB_RUN_ID: '99',
    GITHUB_JOB: 'scan',
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    RUNNER_TEMP: tmp,
    // The workflow token every run gets (read-only on fork pull requests): no database secret.
    'INPUT_GITHUB-TOKEN': 'ghs_read-only-token',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  };
}

async function runCaptured(): Promise<string> {
  stdout = [];
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    await run({
      uploader: { upload: () => Promise.resolve({}) },
      now: () => new Date('2026-12-01T00:00:00Z')
    });
  } finally {
    process.stdout.write = realWrite;
  }
  return stdout.join('');
}
const outputs = () => parseOutputs(readFileSync(path.join(tmp, 'output'), 'utf8'));
const summary = () => readFileSync(path.join(tmp, 'summary'), 'utf8');
const annotations = (log: string, level: string) => log.split('\n').filter(l => l.startsWith(`::${level} `));

/** A patch that adds lines `from`..`to` of the new file. */
const patchAdding = (from: number, to: number) =>
  `@@ -${from - 1},0 +${from},${to - from + 1} @@\n` +
  Array.from({ length: to - from + 1 }, (_, i) => `+line ${from + i}`).join('\n');

describe('addedLines', () => {
  it('counts context and added lines on the new side; removed lines take none', () => {
    expect([
      ...addedLines(
        '@@ -1,4 +1,5 @@\n a\n-b\n+B\n+C\n c\n\\ No newline at end of file\n@@ -20,2 +21,2 @@\n x\n+y'
      )
    ]).toEqual([2, 3, 22]);
  });
});

describe('scan: in the action', () => {
  it('fork pull request, no secret: the scan alone, findings on changed lines as annotations, outputs, exit 1', async () => {
    const ws = workspace();
    // 130 files: two pages of 100.
    gh.prFiles.set(7, [
      ...Array.from({ length: 128 }, (_, i) => ({
        filename: `docs/page-${i}.md`,
        status: 'added',
        patch: '@@ -0,0 +1 @@\n+x'
      })),
      { filename: 'infra/main.tf', status: 'modified', patch: patchAdding(7, 12) },
      { filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }
    ]);
    runnerEnv(ws, { scan: 'infra\nlegacy' }, true);
    const log = await runCaptured();
    const listed = gh.requests.filter(r => r.path.startsWith('/repos/acme/infra/pulls/7/files'));
    expect(listed.map(r => r.path)).toEqual([
      '/repos/acme/infra/pulls/7/files?per_page=100',
      '/repos/acme/infra/pulls/7/files?per_page=100&page=2'
    ]);
    // Only the added entry (lines 7-12) is reported; legacy/old.tf is not in the pull request.
    expect(annotations(log, 'error')).toEqual([
      '::error title=IP allowlist (db-posture FAIL),file=infra/main.tf,line=9,col=3::crdb/ip-allowlist: Allowlist entry 0.0.0.0/0 opens SQL to the whole internet.'
    ]);
    expect(annotations(log, 'warning')).toEqual([]);
    expect(log).toContain(
      '::notice::db-posture: pull request from a fork: the workflow token is read-only, so no comment was posted'
    );
    expect(outputs()).toMatchObject({
      result: 'scanned-failed',
      passed: 'false',
      'fail-count': '1',
      'warn-count': '0',
      'unwaived-fail-count': '1',
      'report-markdown': path.join(tmp, 'db-posture', 'scan', 'db-posture-scan.md'),
      'sarif-file': path.join(tmp, 'db-posture', 'scan', 'db-posture-scan.sarif'),
      'junit-file': path.join(tmp, 'db-posture', 'scan', 'db-posture-scan.junit.xml')
    });
    expect(summary()).toContain('| FAIL | crdb/ip-allowlist | [`infra/main.tf:9`](infra/main.tf#L9) |');
    expect(summary()).toContain(
      'Scope: the 130 files this pull request changes, findings on changed lines only (2 findings elsewhere not reported; scan-scope: all shows them).'
    );
    const junit = readFileSync(outputs()['junit-file'], 'utf8');
    expect(junit).toContain(
      '<testcase classname="infra/main.tf" name="crdb/ip-allowlist infra/main.tf:9"><failure'
    );
    expect(process.exitCode).toBe(1);
    expect(gh.writes()).toEqual([]);
  });

  it('same-repository pull request: 10 annotations per level and a count of the rest, a waiver by stable key, the comment section', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ALLOW(`open${i}`, '0.0.0.0', 0)).join('');
    const ws = workspace({
      'net/open.tf': many,
      '.github/db-posture-baseline.yml': [
        'version: 1',
        'waivers:',
        '  - check: crdb/ip-allowlist',
        '    target: scan',
        "    object: 'net/open.tf|cockroach_allow_list.open11 0.0.0.0/0'",
        '    reason: lab network, closed in INFRA-12',
        '    owner: platform',
        '    expires: 2026-12-20',
        ''
      ].join('\n')
    });
    gh.prFiles.set(8, [{ filename: 'net/open.tf', status: 'added' }]);
    runnerEnv(ws, { scan: '**/*.tf', 'scan-scope': 'changed' }, false);
    const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH!, 'utf8'));
    event.number = 8;
    event.pull_request.number = 8;
    writeFileSync(process.env.GITHUB_EVENT_PATH!, JSON.stringify(event));
    const log = await runCaptured();
    // 12 FAILs, one waived: 11 errors, 10 shown.
    expect(annotations(log, 'error')).toHaveLength(10);
    expect(annotations(log, 'error')[0]).toBe(
      '::error title=IP allowlist (db-posture FAIL),file=net/open.tf,line=3,col=3::crdb/ip-allowlist: Allowlist entry 0.0.0.0/0 opens SQL to the whole internet.'
    );
    expect(log).toContain(
      'db-posture: 1 more error annotation not shown (GitHub shows 10 per level and step); the job summary and the report list every finding.'
    );
    expect(outputs()).toMatchObject({
      result: 'scanned-failed',
      'fail-count': '12',
      'unwaived-fail-count': '11'
    });
    const sarif = JSON.parse(readFileSync(outputs()['sarif-file'], 'utf8')) as {
      runs: { results: { suppressions?: { kind: string; justification: string }[] }[] }[];
    };
    expect(sarif.runs[0].results.flatMap(r => r.suppressions ?? [])).toEqual([
      { kind: 'external', justification: 'lab network, closed in INFRA-12 (platform, until 2026-12-20)' }
    ]);
    const posted = gh
      .writes()
      .filter(w => w.method === 'POST' && w.path === '/repos/acme/infra/issues/8/comments');
    expect(posted).toHaveLength(1);
    const body = (posted[0].body as { body: string }).body;
    expect(body.startsWith('## Configuration in this pull request\n')).toBe(true);
    expect(body).toContain('<!-- db-posture:configuration-scan -->');
    // The waived FAIL stays in the comment, marked as waived.
    expect(body).toContain(
      '| FAIL (waived until 2026-12-20) | crdb/ip-allowlist | [`net/open.tf:69`](net/open.tf#L69) |'
    );
    expect(outputs()['comment-id']).toMatch(/^\d+$/);
    expect(process.exitCode).toBe(1);
  });

  it('a clean change passes with result scanned-passed; a bad scan-scope is a configuration error naming the input', async () => {
    const ws = workspace();
    gh.prFiles.set(7, [{ filename: 'infra/main.tf', status: 'modified', patch: patchAdding(1, 6) }]);
    runnerEnv(ws, { scan: 'infra', comment: 'off' }, true);
    await runCaptured();
    expect(outputs()).toMatchObject({ result: 'scanned-passed', passed: 'true', 'fail-count': '0' });
    expect(process.exitCode).toBe(0);

    runnerEnv(ws, { scan: 'infra', 'scan-scope': 'some' }, true);
    const log = await runCaptured();
    expect(log).toContain(
      '::error::db-posture configuration error: Invalid input scan-scope "some": expected changed or all.'
    );
    expect(process.exitCode).toBe(2);
  });

  it('fail-on gates the scan as it gates the audit: never reports only, a bad level or fail-on-stale is a configuration error', async () => {
    const ws = workspace();
    gh.prFiles.set(7, [{ filename: 'infra/main.tf', status: 'modified', patch: patchAdding(7, 12) }]);
    runnerEnv(ws, { scan: 'infra', comment: 'off', 'fail-on': 'never' }, true);
    const log = await runCaptured();
    // The finding is still reported (annotation, counts), but it does not fail the step.
    expect(annotations(log, 'error')).toHaveLength(1);
    expect(outputs()).toMatchObject({
      result: 'scanned-passed',
      passed: 'true',
      'fail-count': '1',
      'unwaived-fail-count': '1'
    });
    expect(process.exitCode).toBe(0);

    const baseline = (expires: string) =>
      [
        'version: 1',
        'waivers:',
        '  - check: crdb/ip-allowlist',
        '    target: scan',
        "    object: 'infra/main.tf|cockroach_allow_list.anywhere 0.0.0.0/0'",
        '    reason: lab network, closed in INFRA-12',
        '    owner: platform',
        `    expires: ${expires}`,
        '  - check: crdb/ip-allowlist',
        '    target: scan',
        "    object: 'infra/gone.tf|cockroach_allow_list.gone 0.0.0.0/0'",
        '    reason: removed',
        '    owner: platform',
        '    expires: 2027-01-31',
        ''
      ].join('\n');
    const waived = workspace({ '.github/db-posture-baseline.yml': baseline('2027-01-31') });
    runnerEnv(waived, { scan: 'infra', comment: 'off', 'fail-on-stale': 'true' }, true);
    const stale = await runCaptured();
    expect(stale).toContain('::error::db-posture configuration scan: 1 stale waiver.');
    expect(outputs()).toMatchObject({ result: 'scanned-failed', passed: 'false', 'stale-count': '1' });
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    const expired = workspace({ '.github/db-posture-baseline.yml': baseline('2026-12-01') });
    runnerEnv(expired, { scan: 'infra', comment: 'off' }, true);
    expect(await runCaptured()).toContain(
      '::error::db-posture configuration scan: 1 unwaived FAIL finding, 1 expired waiver.'
    );
    expect(process.exitCode).toBe(1);

    for (const [name, value, expected] of [
      ['fail-on', 'sometimes', 'expected one of fail, warn, unknown, never'],
      ['fail-on-stale', 'yes', 'expected true or false']
    ]) {
      process.exitCode = 0;
      runnerEnv(ws, { scan: 'infra', [name]: value }, true);
      expect(await runCaptured()).toContain(
        `::error::db-posture configuration error: Invalid input ${name} "${value}": ${expected}.`
      );
      expect(process.exitCode).toBe(2);
    }
  });
});
