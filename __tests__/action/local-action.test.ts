import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  MISCONFIGURED_FLAGS,
  seedMisconfigured,
  startServer,
  type EmbeddedServer
} from '../../scripts/embedded-server.mjs';

/**
 * The action's source (src/main.ts) under @github/local-action, as a maintainer debugs it on a
 * workstation (README "Run the action locally"): inputs from a dotenv file, @actions/core and
 * @actions/github replaced by local-action's stubs, against a real, misconfigured PostgreSQL.
 */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
let srv: EmbeddedServer;

beforeAll(async () => {
  srv = await startServer({
    password: 'Local-Act1on-pw',
    flags: MISCONFIGURED_FLAGS,
    hbaFile: path.join(root, 'fixtures/misconfigured-pg_hba.conf')
  });
  await seedMisconfigured(srv, path.join(root, 'fixtures'));
});
afterAll(() => srv?.stop());

/** local-action prints outputs with console.table: one `│ n │ 'name' │ 'value' │` row each. */
function tableOutputs(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  const start = stdout.indexOf('Action Outputs');
  for (const m of stdout.slice(start).matchAll(/│\s*\d+\s*│\s*'([^']+)'\s*│\s*'([^']*)'\s*│/g))
    out[m[1]] = m[2];
  return out;
}

describe('@github/local-action', () => {
  it('runs src/main.ts against a real PostgreSQL: outputs and the job summary', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'db-posture-local-action-'));
    const workspace = path.join(tmp, 'workspace');
    mkdirSync(workspace);
    const summary = path.join(tmp, 'summary.md');
    writeFileSync(summary, '');
    const envFile = path.join(tmp, '.env');
    writeFileSync(
      envFile,
      [
        `INPUT_CONNECTION-STRING=${srv.url()}`,
        'INPUT_NAME=local-pg',
        'INPUT_FAIL-ON=fail',
        `INPUT_OUT-DIR=${path.join(tmp, 'reports')}`,
        'INPUT_COMMENT=off',
        'GITHUB_EVENT_NAME=workflow_dispatch',
        'GITHUB_REPOSITORY=acme/infra',
        'GITHUB_RUN_ID=77',
        'GITHUB_JOB=audit',
        `GITHUB_WORKSPACE=${workspace}`,
        `GITHUB_STEP_SUMMARY=${summary}`,
        `RUNNER_TEMP=${tmp}`,
        `LOCAL_ACTION_WORKSPACE=${workspace}`,
        `LOCAL_ACTION_ARTIFACT_PATH=${path.join(tmp, 'artifacts')}`
      ].join('\n') + '\n'
    );
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/@github/local-action/bin/local-action.js'), '.', 'src/main.ts', envFile],
      { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmp, NO_COLOR: '1' } }
    );
    let stdout = '';
    child.stdout.on('data', d => (stdout += d));
    child.stderr.on('data', d => (stdout += d));
    await new Promise(resolve => child.on('close', resolve));
    const outputs = tableOutputs(stdout);
    expect(outputs).toMatchObject({
      result: 'audited-failed',
      passed: 'false',
      'fail-count': '8',
      'unwaived-fail-count': '8',
      'stale-count': '0',
      'comment-id': ''
    });
    expect(outputs['report-json']).toMatch(/security-audit-local-pg-\d{4}-\d{2}-\d{2}-1\.json$/);
    const report = JSON.parse(readFileSync(outputs['report-json'], 'utf8'));
    expect(report.findings.filter((f: { status: string }) => f.status === 'FAIL')).toHaveLength(8);
    const written = readFileSync(summary, 'utf8');
    expect(written).toMatch(/^# Security Audit Report — `local-pg`/);
    expect(written).toContain('**Gate:** FAILED — 8 unwaived FAIL');
    expect(stdout).toContain('db-posture gate failed for local-pg: 8 unwaived FAIL.');
  }, 180000);
});
