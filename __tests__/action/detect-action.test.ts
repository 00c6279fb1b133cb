import { afterAll, describe, expect, it } from '@jest/globals';
import * as core from '@actions/core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { freePort } from '../../scripts/embedded-server.mjs';
import { run } from '../../src/main.js';
import { readRunContext } from '../../src/github/context.js';
import { parseOutputs } from '../helpers/action-run.js';

/**
 * The action's detection inputs, in-process: `rules` (rules test, annotations on the rule files'
 * lines, a summary section, the job fails on a failing test), `hunt-logs` (built-in pack plus the
 * rules, reports and outputs), with and without an audit target.
 */
const saved = { ...process.env };
/** The Debian PostgreSQL 15 with pgaudit that .ci/run installs (see detect-pg15.test.ts). */
const BIN = process.env.DB_POSTURE_PG15_BIN ?? '/usr/lib/postgresql/15/bin';
const pg15 = existsSync(path.join(BIN, 'initdb')) && existsSync(path.join(BIN, '../lib/pgaudit.so'));
const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
const sh = (cmd: string[]) => {
  const [file, ...args] = [...asPostgres, ...cmd];
  return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
};
let pgDir = '';
afterAll(async () => {
  process.env = saved;
  process.exitCode = 0;
  if (pgDir) {
    try {
      sh([path.join(BIN, 'pg_ctl'), '-D', path.join(pgDir, 'data'), '-m', 'immediate', 'stop']);
    } catch {
      // already stopped
    }
    rmSync(pgDir, { recursive: true, force: true });
  }
});

/** pgaudit audits ddl and write, not role: the role-class rules are blind. */
async function startPg15(): Promise<string> {
  pgDir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-detect-action-pg-'));
  chmodSync(pgDir, 0o777);
  const data = path.join(pgDir, 'data');
  sh([path.join(BIN, 'initdb'), '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
  const port = await freePort();
  const opts = [
    `-c port=${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${pgDir}`,
    '-c shared_preload_libraries=pgaudit',
    "-c pgaudit.log='ddl,write'"
  ].join(' ');
  sh([path.join(BIN, 'pg_ctl'), '-D', data, '-o', opts, '-w', '-l', path.join(pgDir, 'log'), 'start']);
  return `postgresql://postgres@127.0.0.1:${port}/postgres`;
}

const context =
  (eventName = 'pull_request') =>
  () =>
    readRunContext({
      eventName,
      payload:
        eventName === 'pull_request'
          ? {
              pull_request: {
                number: 7,
                head: { repo: { full_name: 'acme/infra' } },
                base: { repo: { full_name: 'acme/infra' } }
              }
            }
          : {},
      repo: { owner: 'acme', repo: 'infra' },
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      graphqlUrl: 'https://api.github.com/graphql',
      runId: 99,
      job: 'detections'
    });

const RULE = (test: string) => `title: Grant of admin
id: acme-admin-grant
status: test
severity: high
owner: acme-sec
logsource: {product: cockroachdb}
detection:
  selection: {EventType: grant_role, GranteeRoles: admin}
  condition: selection
tests:
  - name: grant admin
    expect: match
    log: {timestamp: "1717000000.0", event: {EventType: grant_role, GranteeRoles: [admin]}}
${test}`;

function rulesDir(test: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-action-rules-'));
  mkdirSync(path.join(dir, 'detections'));
  writeFileSync(path.join(dir, 'detections', 'acme.yml'), RULE(test));
  return path.join(dir, 'detections');
}

async function runWith(
  inputs: Record<string, string>,
  eventName = 'pull_request'
): Promise<{ code: number; stdout: string; outputs: Record<string, string>; summary: string }> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'db-posture-detect-run-'));
  const output = path.join(tmp, 'output');
  const summary = path.join(tmp, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  process.env = {
    PATH: saved.PATH,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: tmp,
    INPUT_COMMENT: 'off',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  };
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((s: string) => (lines.push(String(s)), true)) as typeof process.stdout.write;
  process.exitCode = 0;
  // @actions/core's summary keeps the first file it wrote to; each run here has its own.
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  core.summary.emptyBuffer();
  try {
    await run({ uploader: { upload: async () => ({ id: 1 }) }, context: context(eventName) });
  } finally {
    process.stdout.write = write;
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return {
    code,
    stdout: lines.join(''),
    outputs: parseOutputs(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8')
  };
}

describe('action: rules and hunt-logs', () => {
  it('rules without a target: a failing rule test fails the job with an annotation on its line', async () => {
    const dir = rulesDir(
      '  - name: grant app role\n    expect: no_match\n    log: {timestamp: "1717000000.0", event: {EventType: grant_role, GranteeRoles: [admin]}}\n'
    );
    const r = await runWith({ rules: dir });
    expect(r.code).toBe(1);
    const file = path.relative(process.cwd(), path.join(dir, 'acme.yml'));
    // The failing test starts on line 14 of the rule file.
    expect(r.stdout).toContain(
      `::error title=db-posture rule test failed,file=${file},line=14::acme-admin-grant: inline test "grant app role" failed: expected no match, got 1 detection`
    );
    expect(r.stdout).toContain(
      '::error::db-posture detections failed: rules test: 0 invalid rules and 1 failed test'
    );
    expect(r.outputs).toMatchObject({
      result: 'skipped',
      passed: 'false',
      'rules-test-result': 'failed',
      'rules-test-failed': '1',
      'hunt-result': '',
      'detection-count': ''
    });
    expect(r.summary).toContain('### db-posture rules test: failed');
    expect(r.summary).toContain(
      `| \`${file}:14\` | \`acme-admin-grant\` | inline test "grant app role": expected no match, got 1 detection |`
    );
    expect(r.summary).not.toContain('Nothing was audited: this pull request comes from a fork');
  });

  it('an invalid rule is annotated on its line; passing rules leave the job green', async () => {
    const bad = mkdtempSync(path.join(os.tmpdir(), 'db-posture-action-bad-'));
    writeFileSync(path.join(bad, 'r.yml'), RULE('').replace('severity: high', 'severity: high\nlevel: high'));
    const r = await runWith({ rules: bad });
    expect(r.code).toBe(1);
    expect(r.outputs['rules-test-result']).toBe('invalid');
    expect(r.stdout).toMatch(
      /::error title=db-posture invalid rule,file=[^,]*r\.yml,line=1::acme-admin-grant: unknown key "level" at top level/
    );
    const ok = rulesDir(
      '  - name: grant app role\n    expect: no_match\n    log: {timestamp: "1717000000.0", event: {EventType: grant_role, GranteeRoles: [app]}}\n'
    );
    const green = await runWith({ rules: ok });
    expect(green.code).toBe(0);
    expect(green.outputs).toMatchObject({
      'rules-test-result': 'passed',
      'rules-test-failed': '0',
      passed: 'true'
    });
    expect(green.summary).toContain(
      '### db-posture rules test: passed\n\n1 rules in 1 files, 2 tests (0 failed), 0 invalid.'
    );
  });

  it('hunt-logs without a target: built-in pack plus the rules, reports and outputs; hunt-fail-on gates', async () => {
    const ok = rulesDir(
      '  - name: grant app role\n    expect: no_match\n    log: {timestamp: "1717000000.0", event: {EventType: grant_role, GranteeRoles: [app]}}\n'
    );
    const logs = path.resolve('detections/fixtures/cockroachdb/brute_force_then_success.log');
    const quiet = await runWith({ rules: ok, 'hunt-logs': logs, 'hunt-fail-on': 'never' }, 'schedule');
    expect(quiet.code).toBe(0);
    expect(quiet.outputs).toMatchObject({ 'hunt-result': 'detections', 'detection-count': '2' });
    const json = JSON.parse(readFileSync(quiet.outputs['hunt-json'], 'utf8'));
    expect(json.detections.map((d: { ruleId: string }) => d.ruleId)).toEqual([
      'crdb-brute-force',
      'crdb-success-after-brute-force'
    ]);
    // The built-in pack and the repository's rule.
    expect(json.rules).toBeGreaterThan(50);
    expect(existsSync(quiet.outputs['hunt-sarif'])).toBe(true);
    expect(readFileSync(quiet.outputs['hunt-markdown'], 'utf8')).toContain('crdb-success-after-brute-force');
    expect(quiet.summary).toContain('### db-posture rules test: passed');
    expect(quiet.summary).toContain('### db-posture hunt');
    const gated = await runWith({ rules: ok, 'hunt-logs': logs }, 'schedule');
    expect(gated.code).toBe(1);
    expect(gated.outputs['hunt-result']).toBe('failed');
    expect(gated.stdout).toContain(
      '::error::db-posture detections failed: hunt: 1 detection at or above high (input hunt-fail-on)'
    );
  });

  (pg15 ? it : it.skip)('with a target: the audit report gets Detection coverage for the rules', async () => {
    const url = await startPg15();
    const r = await runWith(
      { 'connection-string': url, name: 'pg-ci', 'fail-on': 'never', rules: 'detections' },
      'schedule'
    );
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('audited-passed');
    expect(r.outputs['rules-test-result']).toBe('passed');
    expect(Number(r.outputs['blind-rule-count'])).toBeGreaterThan(0);
    const md = readFileSync(r.outputs['report-markdown'], 'utf8');
    expect(md).toContain('## Detection coverage');
    expect(md).toContain(
      '| `pg-privileged-role-granted` | blind | ROLE statements are not audited: pgaudit.log is ddl,write, without role |'
    );
    expect(md).not.toContain('`pg-mass-drop`');
    expect(r.summary).toContain('## Detection coverage');
  });

  it('bad detection inputs are configuration errors naming the input (exit 2)', async () => {
    const cases: [Record<string, string>, string][] = [
      [
        { rules: 'nope' },
        'Invalid input rules "nope": cannot read nope: ENOENT; expected a directory of detection rules in the checkout.'
      ],
      [{ 'hunt-logs': 'nope/*.log' }, 'input hunt-logs nope/*.log matches no file.'],
      [
        { 'hunt-logs': 'detections/fixtures/cockroachdb/spray.ndjson', 'hunt-fail-on': 'severe' },
        'Invalid input hunt-fail-on "severe": expected informational, low, medium, high, critical or never.'
      ],
      // An input only an audit uses (name) says the workflow meant to audit: an empty secret fails.
      [
        { rules: 'detections', name: 'prod' },
        'No target: the connection-string input is empty on this pull_request run'
      ],
      [
        { 'hunt-logs': 'detections/fixtures/cockroachdb/spray.ndjson', 'hunt-jobs': '0' },
        'Invalid input hunt-jobs "0": expected a whole number of threads from 1 to 32.'
      ],
      [
        { 'hunt-logs': 'detections/fixtures/cockroachdb/spray.ndjson', 'hunt-jobs': 'auto' },
        'Invalid input hunt-jobs "auto": expected a whole number of threads from 1 to 32.'
      ],
      [
        { 'hunt-since': '7d' },
        'The hunt-since, hunt-fail-on, hunt-pg-prefix and hunt-jobs inputs need hunt-logs (the log files or globs to hunt in).'
      ],
      [
        { 'hunt-jobs': '2' },
        'The hunt-since, hunt-fail-on, hunt-pg-prefix and hunt-jobs inputs need hunt-logs (the log files or globs to hunt in).'
      ]
    ];
    for (const [inputs, message] of cases) {
      const r = await runWith(inputs);
      expect([r.code, r.stdout]).toEqual([
        2,
        expect.stringContaining(`::error::db-posture configuration error: ${message}`)
      ]);
    }
  });
});
