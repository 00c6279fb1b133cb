import { killDuringRead } from '../helpers/session-kill.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { run } from '../../src/main.js';
import type { ArtifactUploader } from '../../src/github/artifact.js';
import { artifactName, artifactUnavailable } from '../../src/github/artifact.js';
import { parseOutputs } from '../helpers/action-run.js';
import { readRunContext } from '../../src/github/context.js';

/** @actions/github reads its context once at import; these in-process runs give theirs. */
const context = () =>
  readRunContext({
    eventName: 'schedule',
    payload: {},
    repo: { owner: 'acme', repo: 'infra' },
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    graphqlUrl: 'https://api.github.com/graphql',
    runId: 99,
    job: 'nightly'
  });

/** The action's run() in-process, with the artifact client injected so the upload can be observed. */
let srv: EmbeddedServer;
const saved = { ...process.env };

beforeAll(async () => {
  srv = await startServer({ password: 'artifact-test-pw' });
});
afterAll(async () => {
  process.env = saved;
  process.exitCode = 0;
  await srv?.stop();
});

function runnerEnv(extra: Record<string, string>): { output: string } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'db-posture-run-'));
  const output = path.join(tmp, 'output');
  writeFileSync(output, '');
  writeFileSync(path.join(tmp, 'summary'), '');
  process.env = {
    PATH: saved.PATH,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '99',
    GITHUB_JOB: 'nightly',
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: tmp,
    'INPUT_CONNECTION-STRING': srv.url(),
    INPUT_NAME: 'prod-eu',
    'INPUT_FAIL-ON': 'never',
    ...extra
  };
  return { output };
}

describe('report artifact', () => {
  it('uploads markdown, JSON, SARIF and JUnit under a per-target, per-job name', async () => {
    const calls: { name: string; files: readonly string[]; root: string }[] = [];
    const uploader: ArtifactUploader = {
      upload: async (name, files, root) => {
        calls.push({ name, files, root });
        return { id: 314 };
      }
    };
    const { output } = runnerEnv({ ACTIONS_RUNTIME_TOKEN: 'x', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' });
    await run({ uploader, context });
    process.exitCode = 0;
    expect(calls).toHaveLength(1);
    expect(calls[0].name).toBe('db-posture-prod-eu-nightly');
    expect(calls[0].files.map(f => path.relative(calls[0].root, f))).toEqual([
      expect.stringMatching(/^security-audit-prod-eu-\d{4}-\d{2}-\d{2}-1\.md$/),
      expect.stringMatching(/^security-audit-prod-eu-\d{4}-\d{2}-\d{2}-1\.json$/),
      expect.stringMatching(/^security-audit-prod-eu-\d{4}-\d{2}-\d{2}-1\.sarif$/),
      expect.stringMatching(/^security-audit-prod-eu-\d{4}-\d{2}-\d{2}-1\.junit\.xml$/)
    ]);
    expect(parseOutputs(readFileSync(output, 'utf8')).passed).toBe('true');
  });

  it('an upload failure (409 name taken) is a warning with the fix, not a failed audit', async () => {
    const uploader: ArtifactUploader = {
      upload: async () => {
        throw new Error(
          'Failed request: (409) Conflict: an artifact with this name already exists on the workflow run'
        );
      }
    };
    const { output } = runnerEnv({ ACTIONS_RUNTIME_TOKEN: 'x', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' });
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => (lines.push(String(s)), true)) as typeof process.stdout.write;
    try {
      await run({ uploader, context });
    } finally {
      process.stdout.write = write;
    }
    expect(process.exitCode ?? 0).toBe(0);
    expect(lines.join('')).toContain(
      '::warning::db-posture: report artifact db-posture-prod-eu-nightly could not be uploaded: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run. Another job or matrix leg used the same name: set the artifact-name input (for example with the matrix value).'
    );
    expect(parseOutputs(readFileSync(output, 'utf8'))['report-json']).toMatch(/\.json$/);
  });

  it('an audit a fault cut short is incomplete: the step fails with exit 3 even with fail-on never', async () => {
    const { output } = runnerEnv({});
    const failover = await killDuringRead(srv, 'scratch');
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => (lines.push(String(s)), true)) as typeof process.stdout.write;
    try {
      await run({ uploader: { upload: async () => ({ id: 1 }) }, context, hooks: failover.hooks });
    } finally {
      process.stdout.write = write;
      await failover.release();
    }
    expect(failover.killed()).toBe(true);
    expect(process.exitCode).toBe(3);
    process.exitCode = 0;
    const outputs = parseOutputs(readFileSync(output, 'utf8'));
    expect(outputs).toMatchObject({ result: 'incomplete', passed: 'false' });
    expect(Number(outputs['unknown-count'])).toBeGreaterThan(0);
    expect(lines.join('')).toMatch(
      /::error::db-posture audit of prod-eu is incomplete, so the gate fails: \d+ checks? stopped by a fault \(audit incomplete\)/
    );
  });

  it('names: the artifact-name input wins; characters GitHub refuses are replaced', () => {
    expect(artifactName('prod-eu', 'audit')).toBe('db-posture-prod-eu-audit');
    expect(artifactName('prod-eu', undefined, 'reports: eu/west')).toBe('reports- eu-west');
  });

  it('is skipped without runtime variables and on GitHub Enterprise Server', () => {
    expect(artifactUnavailable({})).toBe(
      'the runner did not provide ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL'
    );
    const runtime = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://results' };
    expect(artifactUnavailable({ ...runtime, GITHUB_SERVER_URL: 'https://github.acme.corp' })).toBe(
      'GitHub Enterprise Server (github.acme.corp) does not support @actions/artifact 6'
    );
    expect(artifactUnavailable({ ...runtime, GITHUB_SERVER_URL: 'https://acme.ghe.com' })).toBeUndefined();
    expect(artifactUnavailable({ ...runtime })).toBeUndefined();
  });
});
