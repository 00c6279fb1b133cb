import { afterEach, describe, expect, it } from '@jest/globals';
import { readAuditSettings, readRunMode, readSecrets } from '../../src/github/action-settings.js';
import type { RunContext } from '../../src/github/context.js';

// The runner passes inputs as INPUT_<NAME> (upper-cased, dashes kept).
const set: string[] = [];
function inputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const key = `INPUT_${name.toUpperCase()}`;
    process.env[key] = value;
    set.push(key);
  }
}
afterEach(() => {
  for (const key of set.splice(0)) delete process.env[key];
});

const ctx = (fromFork = false): RunContext =>
  ({ eventName: 'pull_request', job: 'audit', pullRequest: { fromFork } }) as unknown as RunContext;

describe('action settings', () => {
  it('reads every audit setting into one typed object', () => {
    inputs({
      'connection-string': 'postgresql://u:pw@127.0.0.1:5432/db',
      comment: 'recreate',
      'http-timeout': '5',
      'fail-on': 'warn',
      'out-dir': '/tmp/db-posture-settings-test',
      'artifact-name': 'posture-eu'
    });
    const settings = readAuditSettings(readSecrets(), ctx(), false);
    expect(settings.kind).toBe('audit');
    if (settings.kind !== 'audit') return;
    expect(settings.publish).toEqual({
      jobSummary: false,
      comment: { mode: 'recreate', timeoutMs: 5000 },
      issue: false,
      artifactName: 'posture-eu',
      sarifFile: undefined,
      junitFile: undefined
    });
    expect(settings.options.failOn).toBe('warn');
    expect(settings.options.outDir).toBe('/tmp/db-posture-settings-test');
  });

  it('a fork pull request without a target is a skip; any other run without one is a usage error', () => {
    expect(readAuditSettings(readSecrets(), ctx(true), true)).toMatchObject({ kind: 'skip' });
    expect(() => readAuditSettings(readSecrets(), ctx(false), true)).toThrow(
      'No target: the connection-string input is empty on this pull_request run'
    );
  });

  it('names the bad input and value, publishing inputs before the target', () => {
    inputs({ 'http-timeout': '0' });
    expect(() => readAuditSettings(readSecrets(), ctx(false), true)).toThrow(
      'Invalid input http-timeout "0": expected whole seconds from 1 to 600.'
    );
  });

  it('concurrency is an input too (1-32), named as the input when bad', () => {
    inputs({ 'connection-string': 'postgresql://127.0.0.1/db', concurrency: '8' });
    const ok = readAuditSettings(readSecrets(), ctx(), true);
    expect(ok.kind === 'audit' && ok.options.concurrency).toBe(8);
    inputs({ concurrency: '33' });
    expect(() => readAuditSettings(readSecrets(), ctx(), true)).toThrow(
      'Invalid input concurrency "33": expected a whole number from 1 to 32.'
    );
  });

  it('mode is audit, merge or matrix', () => {
    expect(readRunMode()).toBe('audit');
    inputs({ mode: 'matrix' });
    expect(readRunMode()).toBe('matrix');
    inputs({ mode: 'fleet' });
    expect(() => readRunMode()).toThrow('Invalid input mode "fleet": expected audit, merge or matrix.');
  });
});
