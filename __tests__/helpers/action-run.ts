import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly workspace: string;
}

/** Parses $GITHUB_OUTPUT as @actions/core writes it (name<<delimiter ... delimiter). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

/**
 * Runs the committed action bundle (dist/index.js) the way the runner does: inputs as INPUT_*
 * variables (hyphens kept), a pull_request event file, and files for the step summary and outputs.
 */
export async function runAction(opts: {
  inputs: Record<string, string>;
  apiUrl?: string;
  /** GITHUB_GRAPHQL_URL; default `${apiUrl}/graphql` as on github.com. */
  graphqlUrl?: string;
  event?: 'pull_request' | 'push' | 'pull_request_target' | 'schedule';
  fork?: boolean;
  prNumber?: number;
  workspace?: string;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'db-posture-action-'));
  const workspace = opts.workspace ?? path.join(tmp, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const eventName = opts.event ?? 'pull_request';
  const eventFile = path.join(tmp, 'event.json');
  writeFileSync(
    eventFile,
    JSON.stringify(
      eventName === 'push' || eventName === 'schedule'
        ? eventName === 'push'
          ? { ref: 'refs/heads/main' }
          : { schedule: '17 3 * * *' }
        : {
            action: 'synchronize',
            number: opts.prNumber ?? 7,
            pull_request: {
              number: opts.prNumber ?? 7,
              head: { repo: { full_name: opts.fork ? 'mallory/infra' : 'acme/infra' } },
              base: { repo: { full_name: 'acme/infra' } }
            }
          }
    )
  );
  const summaryFile = path.join(tmp, 'summary.md');
  const outputFile = path.join(tmp, 'output.txt');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: opts.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: opts.graphqlUrl ?? `${opts.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_RUN_ID: '4242',
    GITHUB_JOB: 'audit',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: path.join(tmp, 'runner-temp'),
    ...Object.fromEntries(Object.entries(opts.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...opts.env
  };
  // DB_POSTURE_ACTION_BUNDLE: a bundle built elsewhere (ncc into a temp directory), to test a branch
  // before dist/ is rebuilt.
  const bundle = process.env.DB_POSTURE_ACTION_BUNDLE ?? path.join(root, 'dist/index.js');
  const child = spawn(process.execPath, [bundle], { cwd: workspace, env });
  let stdout = '';
  child.stdout.on('data', d => (stdout += d));
  child.stderr.on('data', d => (stdout += d));
  const code = await new Promise<number>(resolve => child.on('close', c => resolve(c ?? -1)));
  return {
    code,
    stdout,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace
  };
}
