import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { parseOutputs } from '../helpers/action-run.js';
import { GitHubStandIn } from '../helpers/github-standin.js';

/**
 * The action with a target AND `scan:`, in-process against a real PostgreSQL and a stand-in for
 * GitHub's REST API: the audit and the scan both publish (reports, summary, their own sticky
 * comments), the outputs are the audit's, one baseline file carries the waivers of both (the audit
 * accepts the scan-only check ids in it), and either gate fails the step.
 * @actions/github computes its API URL when first imported, so src/main.js is imported after the
 * stand-in has started.
 */
type Run = typeof import('../../src/main.js').run;
let run: Run;
let srv: EmbeddedServer;
let gh: GitHubStandIn;
let tmp: string;
const saved = { ...process.env };
const savedCwd = process.cwd();
const NOW = new Date('2026-12-01T00:00:00Z');
const summaryFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'db-posture-scan-target-sum-')), 's.md');

const TF = [
  'resource "cockroach_allow_list" "anywhere" {',
  '  cidr_ip   = "0.0.0.0"',
  '  cidr_mask = 0',
  '  ui        = false',
  '  sql       = true',
  '}',
  '',
  'resource "postgresql_role" "etl" {',
  '  name     = "etl"',
  '  login    = true',
  '  password = "hunter2-not-real"',
  '}',
  ''
].join('\n');

function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'db-posture-scan-target-ws-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    writeFileSync(path.join(ws, rel), text);
  }
  return ws;
}

function runnerEnv(ws: string, inputs: Record<string, string>): void {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'db-posture-scan-target-'));
  // A runner starts the step in the workspace: the audit reads the default baseline from there.
  process.chdir(ws);
  writeFileSync(path.join(tmp, 'output'), '');
  writeFileSync(summaryFile, '');
  writeFileSync(
    path.join(tmp, 'event.json'),
    JSON.stringify({
      number: 7,
      pull_request: {
        number: 7,
        head: { repo: { full_name: 'acme/infra' } },
        base: { ref: 'main', repo: { full_name: 'acme/infra' } }
      }
    })
  );
  process.env = {
    PATH: saved.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.join(tmp, 'event.json'),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.apiUrl,
    GITHUB_GRAPHQL_URL: gh.graphqlUrl,
    GITHUB_RUN_ID: '77',
    GITHUB_JOB: 'audit',
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    RUNNER_TEMP: tmp,
    'INPUT_CONNECTION-STRING': srv.url(),
    INPUT_NAME: 'shop',
    'INPUT_GITHUB-TOKEN': 'ghs_scan-target-token',
    'INPUT_JOB-SUMMARY': 'true',
    'INPUT_SCAN-SCOPE': 'all',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  };
}

async function action(): Promise<{
  code: number;
  log: string;
  outputs: Record<string, string>;
  summary: string;
}> {
  process.exitCode = 0;
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((s: string) => (lines.push(String(s)), true)) as typeof process.stdout.write;
  try {
    await run({ uploader: { upload: () => Promise.resolve({}) }, now: () => NOW });
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
const failedLines = (log: string) => log.split('\n').filter(l => l.startsWith('::error::'));
const commentFor = (target: string) =>
  gh.comments.get(7)?.filter(c => c.body.includes(`<!-- db-posture:${target} -->`)) ?? [];

/** The audit's FAIL findings on this server (found by a first run), to waive them all. */
let auditFails: { checkId: string; object?: string }[] = [];

beforeAll(async () => {
  srv = await startServer({ password: 'scan-target-pw' });
  gh = new GitHubStandIn();
  await gh.start();
  process.env.GITHUB_API_URL = gh.apiUrl;
  ({ run } = await import('../../src/main.js'));
}, 120000);
afterAll(async () => {
  process.chdir(savedCwd);
  process.env = saved;
  process.exitCode = 0;
  await Promise.all([gh?.stop(), srv?.stop()]);
});

describe('the action with a target and scan:', () => {
  it('audit FAILs, scan clean: both publish, the outputs are the audit, the audit gate fails the step', async () => {
    const ws = workspace({
      'infra/ok.tf':
        'resource "cockroach_allow_list" "office" {\n  cidr_ip   = "203.0.113.0"\n  cidr_mask = 24\n  ui        = false\n  sql       = true\n}\n'
    });
    runnerEnv(ws, { scan: 'infra' });
    const r = await action();
    const audit = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8')) as {
      target: { name: string };
      findings: { checkId: string; status: string; object?: string }[];
    };
    auditFails = audit.findings
      .filter(f => f.status === 'FAIL')
      .map(f => ({ checkId: f.checkId, object: f.object }));
    expect(auditFails.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    expect(failedLines(r.log)).toEqual([
      expect.stringMatching(
        new RegExp(`^::error::db-posture gate failed for shop: ${auditFails.length} unwaived FAIL`)
      )
    ]);
    // The outputs are the audit's report and counts, not the scan's.
    expect(audit.target.name).toBe('shop');
    expect(path.basename(r.outputs['report-json'])).toMatch(/^security-audit-shop-2026-12-01-\d+\.json$/);
    expect(r.outputs).toMatchObject({
      'fail-count': String(auditFails.length),
      'unwaived-fail-count': String(auditFails.length),
      passed: 'false'
    });
    expect(r.outputs.result).not.toMatch(/^scanned-/);
    // The scan published beside it: its reports, its summary section, its own comment.
    const scanDir = path.join(tmp, 'db-posture', 'audit');
    for (const ext of ['md', 'json', 'sarif', 'junit.xml'])
      expect(existsSync(path.join(scanDir, `db-posture-scan.${ext}`))).toBe(true);
    const scanJson = JSON.parse(readFileSync(path.join(scanDir, 'db-posture-scan.json'), 'utf8'));
    expect(
      scanJson.findings.map(
        (f: { checkId: string; status: string; line: number }) => `${f.checkId} ${f.status} ${f.line}`
      )
    ).toEqual(['crdb/ip-allowlist PASS 3']);
    expect(r.summary).toMatch(/^# Security Audit Report — `shop`/);
    expect(r.summary).toContain('## Configuration scan\n\n1 file scanned, 0 skipped. 1 PASS.');
    expect(commentFor('configuration-scan')).toHaveLength(1);
    expect(
      commentFor('configuration-scan')[0].body.startsWith('## Configuration in this pull request\n')
    ).toBe(true);
    expect(
      gh.comments.get(7)!.filter(c => !c.body.includes('<!-- db-posture:configuration-scan -->'))
    ).toHaveLength(1);
  });

  it('audit waived, scan FAIL: one baseline waives the audit FAILs and a scan FAIL, the unwaived scan FAIL fails the step while the audit outputs say passed', async () => {
    expect(auditFails.length).toBeGreaterThan(0);
    const entry = (check: string, target: string, object: string | undefined) =>
      [
        `  - check: ${check}`,
        `    target: ${target}`,
        ...(object !== undefined ? [`    object: ${JSON.stringify(object)}`] : []),
        '    reason: accepted in the test',
        '    owner: platform',
        '    expires: 2027-01-31'
      ].join('\n');
    const baseline = [
      'version: 1',
      'waivers:',
      ...auditFails.map(f => entry(f.checkId, 'shop', f.object)),
      // A scan-only check id (tf/*): the audit validates the same file and must accept it.
      entry('tf/literal-password', 'scan', 'infra/main.tf|postgresql_role.etl'),
      // A scan waiver that matches nothing: stale in the scan's report, not in the audit's.
      entry('scan/sql-password', 'scan', 'db/gone.sql|role old'),
      ''
    ].join('\n');
    const ws = workspace({ 'infra/main.tf': TF, '.github/db-posture-baseline.yml': baseline });
    runnerEnv(ws, { scan: 'infra' });
    const r = await action();
    expect(r.code).toBe(1);
    expect(failedLines(r.log)).toEqual(['::error::db-posture configuration scan: 1 unwaived FAIL finding.']);
    expect(r.outputs).toMatchObject({
      passed: 'true',
      'unwaived-fail-count': '0',
      'fail-count': String(auditFails.length)
    });
    const scanJson = JSON.parse(
      readFileSync(path.join(tmp, 'db-posture', 'audit', 'db-posture-scan.json'), 'utf8')
    );
    expect(
      scanJson.findings
        .filter((f: { status: string }) => f.status === 'FAIL')
        .map(
          (f: { checkId: string; line: number; waiver?: { state: string } }) =>
            `${f.checkId} ${f.line} ${f.waiver?.state ?? 'unwaived'}`
        )
    ).toEqual(['crdb/ip-allowlist 3 unwaived', 'tf/literal-password 11 active']);
    expect(r.log).toContain('::error title=IP allowlist (db-posture FAIL),file=infra/main.tf,line=3,col=3::');
    expect(r.log).not.toContain('hunter2-not-real');
    expect(r.outputs['stale-count']).toBe('0');
    const scanMd = readFileSync(path.join(tmp, 'db-posture', 'audit', 'db-posture-scan.md'), 'utf8');
    expect(scanMd).toContain(
      '### Baseline\n\nBaseline file: `.github/db-posture-baseline.yml`\n\n**Stale waivers** (1; match no finding, remove them):\n\n- `scan/sql-password` target `scan` object `db/gone.sql|role old`'
    );
  });

  it('both clean: the step passes', async () => {
    const baseline = [
      'version: 1',
      'waivers:',
      ...auditFails.map(f =>
        [
          `  - check: ${f.checkId}`,
          '    target: shop',
          ...(f.object !== undefined ? [`    object: ${JSON.stringify(f.object)}`] : []),
          '    reason: accepted in the test',
          '    owner: platform',
          '    expires: 2027-01-31'
        ].join('\n')
      ),
      ''
    ].join('\n');
    const ws = workspace({
      'infra/ok.tf':
        'resource "cockroach_allow_list" "office" {\n  cidr_ip   = "203.0.113.0"\n  cidr_mask = 24\n  ui        = false\n  sql       = true\n}\n',
      '.github/db-posture-baseline.yml': baseline
    });
    runnerEnv(ws, { scan: 'infra', comment: 'off' });
    const r = await action();
    expect([r.code, failedLines(r.log)]).toEqual([0, []]);
    expect(r.outputs.passed).toBe('true');
  });
});
