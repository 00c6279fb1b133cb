import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/main.js';
import { actionsArtifactUploader } from '../../src/github/artifact.js';
import { fleetReportSchema } from '../../src/fleet/schema.js';
import type { JsonReport } from '../../src/report/json.js';
import { parseOutputs } from '../helpers/action-run.js';
import { ArtifactStoreStandIn } from '../helpers/artifact-store-standin.js';
import { IssuesStandIn } from '../helpers/issues-standin.js';
import { finding, legReport, MERGED_AT } from '../helpers/fleet-fixture.js';

/**
 * mode: merge in-process with the real @actions/artifact client against a results-service
 * stand-in (legs uploaded, then listed and downloaded by the merge) and tracking issues against a
 * stand-in for GitHub's issues API.
 */
const saved = { ...process.env };
let store: ArtifactStoreStandIn;
let gh: IssuesStandIn;
let tmp: string;

beforeAll(async () => {
  store = new ArtifactStoreStandIn();
  gh = new IssuesStandIn();
  await Promise.all([store.start(), gh.start()]);
});
afterAll(async () => {
  process.env = saved;
  process.exitCode = 0;
  await Promise.all([store.stop(), gh.stop()]);
});

function runnerEnv(inputs: Record<string, string>): void {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'db-posture-merge-run-'));
  writeFileSync(path.join(tmp, 'output'), '');
  writeFileSync(path.join(tmp, 'summary'), '');
  process.env = {
    PATH: saved.PATH,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.url,
    GITHUB_RUN_ID: '99',
    GITHUB_JOB: 'merge',
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    RUNNER_TEMP: tmp,
    ACTIONS_RUNTIME_TOKEN: ArtifactStoreStandIn.runtimeToken(),
    ACTIONS_RESULTS_URL: `${store.url}/`,
    'INPUT_GITHUB-TOKEN': 'ghs_test-token-123',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  };
}

/** Uploads a leg as the audit mode would: its JSON (and markdown) under db-posture-<name>. */
async function uploadLeg(report: JsonReport, name = `db-posture-${report.target.name}`): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-leg-'));
  const base = path.join(dir, `security-audit-${report.target.name}-2026-11-24-1`);
  writeFileSync(`${base}.json`, JSON.stringify(report));
  writeFileSync(`${base}.md`, `# ${report.target.name}\n`);
  await actionsArtifactUploader.upload(name, [`${base}.json`, `${base}.md`], dir);
}

const outputs = () => parseOutputs(readFileSync(path.join(tmp, 'output'), 'utf8'));
const summary = () => readFileSync(path.join(tmp, 'summary'), 'utf8');

describe('mode: merge', () => {
  beforeEach(() => {
    process.exitCode = 0;
  });

  it('downloads every leg artifact of the run, merges them, publishes the fleet report and opens the tracking issue', async () => {
    runnerEnv({});
    await uploadLeg(legReport('prod-eu', [finding('pg/ssl', 'FAIL', 'ssl is off')]));
    await uploadLeg(legReport('prod-us', [finding('pg/ssl', 'PASS', 'on')]));
    await uploadLeg(legReport('stage', []));
    await uploadLeg(legReport('other', []), 'coverage-report'); // not a leg: other prefix
    const targets = path.join(tmp, 'fleet.yml');
    writeFileSync(
      targets,
      'version: 1\ntargets:\n' +
        ['prod-eu', 'prod-us', 'stage'].map(n => `  - name: ${n}\n    url-env: X\n`).join('')
    );
    runnerEnv({
      mode: 'merge',
      issue: 'true',
      'issue-labels': 'db-posture,security',
      'issue-assignees': '@alice',
      targets
    });
    await run({ now: () => MERGED_AT });
    expect(process.exitCode).toBe(1);
    const out = outputs();
    expect(out).toMatchObject({ passed: 'false', 'failed-targets': '1', 'missing-targets': '0' });
    const fleet = fleetReportSchema.parse(JSON.parse(readFileSync(out['report-json'], 'utf8')));
    expect(fleet.targets.map(t => [t.name, t.gate])).toEqual([
      ['prod-eu', 'failed'],
      ['prod-us', 'passed'],
      ['stage', 'passed']
    ]);
    const ids = new Map(store.artifacts.map(a => [a.name, a.id]));
    expect(fleet.targets[0].link).toBe(
      `https://github.com/acme/infra/actions/runs/99/artifacts/${ids.get('db-posture-prod-eu')}`
    );
    expect(summary()).toContain('# Fleet Security Report');
    expect(summary()).toContain(
      `[report](https://github.com/acme/infra/actions/runs/99/artifacts/${ids.get('db-posture-prod-eu')})`
    );
    // The fleet report went up as its own artifact, and the legs were downloaded (the coverage one was not).
    expect(store.artifacts.map(a => a.name)).toContain('db-posture-fleet');
    expect(store.calls.filter(c => c === 'download')).toHaveLength(3);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]).toMatchObject({
      title: 'db-posture: the fleet fails its security gate',
      labels: ['db-posture', 'security'],
      assignees: ['alice'],
      state: 'open'
    });
    expect(gh.issues[0].body).toContain('- `prod-eu`: 1 unwaived FAIL, 0 expired waivers');
    expect(gh.issues[0].body).toContain('[Workflow run](https://github.com/acme/infra/actions/runs/99)');
  }, 60000);

  it('a later run where every leg passes closes the issue (re-run legs: the latest artifact per name wins)', async () => {
    runnerEnv({});
    await uploadLeg(legReport('prod-eu', [finding('pg/ssl', 'PASS', 'on')]));
    runnerEnv({ mode: 'merge', issue: 'true', 'issue-labels': 'db-posture,security' });
    await run({ now: () => MERGED_AT });
    expect(process.exitCode).toBe(0);
    expect(outputs().passed).toBe('true');
    expect(gh.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(gh.issues[0].comments).toEqual([
      'The db-posture gate passes again ([run](https://github.com/acme/infra/actions/runs/99)); closing this issue.'
    ]);
  }, 60000);

  it('per-target issues with issue-scope target; a token without issues: write fails the step naming the permission', async () => {
    gh.canWrite = false;
    runnerEnv({});
    await uploadLeg(legReport('prod-us', [finding('pg/ssl', 'FAIL', 'off')]));
    runnerEnv({ mode: 'merge', issue: 'true', 'issue-scope': 'target' });
    const log: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => (log.push(String(s)), true)) as typeof process.stdout.write;
    try {
      await run({ now: () => MERGED_AT });
    } finally {
      process.stdout.write = write;
      gh.canWrite = true;
    }
    expect(process.exitCode).toBe(1);
    expect(log.join('')).toContain(
      '::error::db-posture: tracking issue not written: GitHub API POST /repos/acme/infra/issues answered 403: Resource not accessible by integration. Tracking issues need "issues: write" in the workflow\'s permissions (and issues enabled on the repository).'
    );
    // The token reaches the log only in the runner's own masking command.
    expect(log.join('').replace('::add-mask::ghs_test-token-123', '')).not.toContain('ghs_test-token-123');
  }, 60000);

  it('bad inputs fail before any download', async () => {
    for (const [inputs, message] of [
      [
        { 'max-age': 'soon' },
        'Invalid input max-age "soon": expected a duration such as 48h, 2d or 90m (at most 366 days).'
      ],
      [
        { 'issue-scope': 'team', issue: 'true' },
        'Invalid input issue-scope "team": expected one of fleet, target.'
      ],
      [{ issue: 'yes' }, 'Invalid input issue "yes": expected true or false.'],
      [
        { issue: 'true', 'issue-assignees': 'a b' },
        'Invalid input issue-assignees "a b" (item "a b"): expected GitHub user logins.'
      ]
    ] as [Record<string, string>, string][]) {
      runnerEnv({ mode: 'merge', ...inputs });
      const before = store.calls.length;
      const log: string[] = [];
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = ((s: string) => (log.push(String(s)), true)) as typeof process.stdout.write;
      try {
        await run({ now: () => MERGED_AT });
      } finally {
        process.stdout.write = write;
      }
      expect(process.exitCode).toBe(1);
      expect(log.join('')).toContain(`::error::db-posture configuration error: ${message}`);
      expect(store.calls.length).toBe(before);
      process.exitCode = 0;
    }
  });

  it('an unknown mode is a configuration error', async () => {
    runnerEnv({ mode: 'fleet' });
    const log: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => (log.push(String(s)), true)) as typeof process.stdout.write;
    try {
      await run({ now: () => MERGED_AT });
    } finally {
      process.stdout.write = write;
    }
    expect(log.join('')).toContain(
      '::error::db-posture configuration error: Invalid input mode "fleet": expected audit, merge or matrix.'
    );
  });
});

describe('mode: matrix', () => {
  it('sets the matrix output from the targets file, sharded on request', async () => {
    runnerEnv({});
    const targets = path.join(tmp, 'fleet.yml');
    writeFileSync(
      targets,
      'version: 1\ntargets:\n' +
        ['a', 'b', 'c'].map(n => `  - name: ${n}\n    url-env: ${n.toUpperCase()}_URL\n`).join('')
    );
    runnerEnv({ mode: 'matrix', targets, shard: '2/2' });
    process.exitCode = 0;
    await run({ now: () => MERGED_AT });
    expect(process.exitCode).toBe(0);
    expect(JSON.parse(outputs().matrix)).toEqual({
      include: [{ name: 'c', url_env: 'C_URL', artifact_name: 'db-posture-c' }]
    });
  });
});
