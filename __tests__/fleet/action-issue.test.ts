import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { run } from '../../src/main.js';
import type { ArtifactUploader } from '../../src/github/artifact.js';
import { IssuesStandIn } from '../helpers/issues-standin.js';

/** issue: true in audit mode: one tracking issue per target on a scheduled run, against a real server. */
let srv: EmbeddedServer;
let gh: IssuesStandIn;
const saved = { ...process.env };
const uploader: ArtifactUploader = { upload: async () => ({ id: 5 }) };

beforeAll(async () => {
  gh = new IssuesStandIn();
  [srv] = await Promise.all([startServer({ password: 'issue-test-pw' }), gh.start()]);
});
afterAll(async () => {
  process.env = saved;
  process.exitCode = 0;
  await Promise.all([srv?.stop(), gh.stop()]);
});

function env(event: string, inputs: Record<string, string>): void {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'db-posture-issue-run-'));
  writeFileSync(path.join(tmp, 'output'), '');
  writeFileSync(path.join(tmp, 'summary'), '');
  const eventFile = path.join(tmp, 'event.json');
  writeFileSync(
    eventFile,
    JSON.stringify(
      event === 'pull_request'
        ? { pull_request: { number: 3, head: { repo: { full_name: 'acme/infra' } } } }
        : {}
    )
  );
  process.env = {
    PATH: saved.PATH,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.url,
    GITHUB_RUN_ID: '12',
    GITHUB_JOB: 'nightly',
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    RUNNER_TEMP: tmp,
    ACTIONS_RUNTIME_TOKEN: 'x',
    ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
    'INPUT_CONNECTION-STRING': srv.url(),
    INPUT_NAME: 'prod-eu',
    INPUT_COMMENT: 'false',
    'INPUT_GITHUB-TOKEN': 'ghs_abc123',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  };
}

it('a failing scheduled audit opens the target’s issue; a pull-request run never touches issues', async () => {
  env('pull_request', { issue: 'true' });
  await run({ uploader });
  expect(gh.writes()).toEqual([]);

  env('schedule', { issue: 'true', 'issue-assignees': 'bob' });
  await run({ uploader });
  expect(process.exitCode).toBe(1); // the default embedded server fails production checks
  expect(gh.issues).toHaveLength(1);
  expect(gh.issues[0]).toMatchObject({
    title: 'db-posture: prod-eu fails its security gate',
    labels: ['db-posture'],
    assignees: ['bob']
  });
  expect(gh.issues[0].body).toContain(
    '[Workflow run](https://github.com/acme/infra/actions/runs/12) · Full report: [artifact](https://github.com/acme/infra/actions/runs/12/artifacts/5)'
  );
  expect(gh.issues[0].body).toContain('<!-- db-posture-issue:target:prod-eu -->');

  // The same findings next night: the issue is left alone.
  process.exitCode = 0;
  env('schedule', { issue: 'true' });
  const writes = gh.writes().length;
  await run({ uploader });
  expect(gh.writes()).toHaveLength(writes);

  // fail-on never: the gate passes, so the issue is closed.
  process.exitCode = 0;
  env('schedule', { issue: 'true', 'fail-on': 'never' });
  await run({ uploader });
  expect(gh.issues[0].state).toBe('closed');
  process.exitCode = 0;
}, 120000);
