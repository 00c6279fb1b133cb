import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { auditOptionsSchema, OPTION_SURFACES } from '../../src/core/options.js';
import { AUDIT_FLAGS } from '../../src/cli/args.js';
import { HELP } from '../../src/cli/help.js';
import {
  COMPLIANCE,
  DEPLOYMENT_VALUES,
  ENGINES,
  ENVIRONMENTS,
  FORMATS,
  SENSITIVITIES
} from '../../src/core/vocabulary.js';
import { FAIL_ON, GATE_MODES } from '../../src/core/gate.js';

/**
 * action.yml inputs, the `db-posture audit` flags (src/cli/args.ts), `--help` and the options schema
 * (src/core/options.ts) name the same options. The options present on one surface only are listed
 * here with the reason; the options renamed between the CLI and the action are in OPTION_SURFACES
 * with theirs.
 */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string }>;
};
const inputs = Object.keys(action.inputs);
const flags = Object.keys(AUDIT_FLAGS);

/** Flags of `db-posture audit` that are no audit option. */
const CLI_ONLY: Record<string, string> = {
  help: 'prints --help; the action has its README and action.yml',
  quiet:
    'silences the terminal progress; the action writes progress to the job log, which a workflow collapses',
  rules:
    'detection rules for the "Detection coverage" section; not an audit option (the action has the rules input, which also runs rules test)'
};

/** Action inputs that are no audit option: what the action does around the audit. */
const ACTION_ONLY: Record<string, string> = {
  'github-token': 'the pull-request comment and tracking issues; the CLI publishes nothing to GitHub',
  comment: 'the sticky pull-request comment (GitHub only)',
  'http-timeout': 'per GitHub API request (comment, issues); the CLI calls no GitHub API',
  'job-summary': 'the job summary exists only on a runner',
  'artifact-name': 'the uploaded artifact (a runner service)',
  'sarif-file':
    'a copy of the SARIF at a path for upload-sarif; the CLI writes it with --format sarif into --out',
  'junit-file':
    'a copy of the JUnit XML for a test reporter; the CLI writes it with --format junit into --out',
  mode: 'audit/merge/matrix in one action; the CLI has commands instead (audit, merge, targets)',
  issue: 'tracking issues on scheduled runs (GitHub only)',
  scan: 'the configuration scan: the CLI has the scan command with paths and --include',
  'scan-scope': 'pull request files and changed lines (GitHub only); the CLI scans the paths it is given',
  'issue-scope': 'tracking issues (GitHub only)',
  'issue-labels': 'tracking issues (GitHub only)',
  'issue-assignees': 'tracking issues (GitHub only)',
  // Fleet inputs: flags of the CLI's fleet commands (merge, targets --matrix, audit --targets), not of
  // a single audit; the test below checks --help documents each.
  'artifact-prefix': 'mode merge: which artifacts to download; the CLI merges files (--from-dir)',
  targets: 'mode matrix/merge: --targets of `db-posture targets`, `merge` and `audit --targets`',
  shard: 'mode matrix: --shard of `db-posture targets --matrix`',
  'max-age': 'mode merge: --max-age of `db-posture merge`',
  duplicates: 'mode merge: --duplicates of `db-posture merge`',
  // Detection inputs (src/github/detect-action.ts): `db-posture rules test` and `db-posture hunt`.
  rules: 'rules test on the rules (and audit --rules coverage when a target is audited)',
  'hunt-logs': '--logs of `db-posture hunt`',
  'hunt-since': '--since of `db-posture hunt`',
  'hunt-fail-on': '--fail-on of `db-posture hunt`',
  'hunt-pg-prefix': '--pg-prefix of `db-posture hunt`',
  'hunt-jobs': '--jobs of `db-posture hunt`'
};
const FLEET_INPUTS = ['targets', 'shard', 'max-age', 'duplicates'];

/** The flags `--help` lists under "audit options:" (up to the next command's section). */
function helpAuditFlags(): string[] {
  const section = HELP.slice(HELP.indexOf('\naudit options:'), HELP.indexOf('\nbaseline options:'));
  return [...new Set([...section.matchAll(/^\s+--([a-z][a-z-]*)/gm)].map(m => m[1]!))];
}

/** The help line of an audit flag (and its continuation lines). */
function helpLine(flag: string): string {
  const section = HELP.slice(HELP.indexOf('\naudit options:'), HELP.indexOf('\nbaseline options:'));
  const m = new RegExp(`^  --${flag} .*(\\n {20,}.*)*`, 'm').exec(section);
  return m?.[0] ?? '';
}

describe('option surfaces', () => {
  const surfaces = Object.entries(OPTION_SURFACES);

  it('every schema option has a surfaces entry, and every entry is a schema option', () => {
    expect(Object.keys(OPTION_SURFACES).sort()).toEqual(Object.keys(auditOptionsSchema.shape).sort());
  });

  it('every option flag is a flag of db-posture audit, and every audit flag is an option or listed as CLI-only', () => {
    const optionFlags = surfaces.flatMap(([, s]) => (s.flag ? [s.flag] : []));
    for (const f of optionFlags) expect(flags).toContain(f);
    expect(flags.filter(f => !optionFlags.includes(f)).sort()).toEqual(Object.keys(CLI_ONLY).sort());
  });

  it('every option input is in action.yml, and every input is an option or listed as action-only', () => {
    const optionInputs = surfaces.flatMap(([, s]) => (s.input ? [s.input] : []));
    for (const i of optionInputs) expect(inputs).toContain(i);
    expect(inputs.filter(i => !optionInputs.includes(i)).sort()).toEqual(Object.keys(ACTION_ONLY).sort());
  });

  it('an option on one surface only is a derived value, formats, or the Couchbase password', () => {
    const oneSided = surfaces.filter(([, s]) => !s.flag || !s.input).map(([k]) => k);
    expect(oneSided.sort()).toEqual(['baselineExplicit', 'couchbasePassword', 'formats', 'urlSource']);
  });

  it('--help lists exactly the flags of db-posture audit under "audit options"', () => {
    expect(helpAuditFlags().sort()).toEqual(flags.filter(f => f !== 'help').sort());
  });

  it('--help documents the CLI flag of each fleet input', () => {
    for (const i of FLEET_INPUTS) expect(HELP).toMatch(new RegExp(`--${i}\\b`));
  });

  it.each([
    ['engine', ['auto', ...ENGINES]],
    ['deployment', ['auto', ...DEPLOYMENT_VALUES]],
    ['environment', ENVIRONMENTS],
    ['compliance', COMPLIANCE],
    ['data-sensitivity', SENSITIVITIES],
    ['format', FORMATS],
    ['fail-on', FAIL_ON]
  ] as [string, readonly string[]][])('--help and action.yml name every value of %s', (flag, values) => {
    const line = helpLine(flag);
    expect(line).not.toBe('');
    for (const v of values) expect(line).toMatch(new RegExp(`\\b${v}\\b`));
    const input = Object.values(OPTION_SURFACES).find(s => s.flag === flag)?.input;
    if (input)
      for (const v of values) expect(action.inputs[input]!.description).toMatch(new RegExp(`\\b${v}\\b`));
  });

  it('action.yml names every gate mode', () => {
    for (const v of GATE_MODES) expect(action.inputs.gate!.description).toMatch(new RegExp(`\\b${v}\\b`));
  });

  it('the timeouts say their unit on each surface (milliseconds on the CLI, seconds in the action)', () => {
    for (const t of ['connect-timeout', 'statement-timeout']) {
      expect(helpLine(t)).toContain('<ms>');
      expect(action.inputs[t]!.description).toMatch(/^Seconds/);
    }
  });
});
