import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fleetReportSchema } from '../../src/fleet/schema.js';
import { cli } from '../helpers/cli-run.js';
import { finding, leg, legReport, MERGED_AT, writeLeg } from '../helpers/fleet-fixture.js';
import { fleetSummaryLines } from '../../src/cli/merge-command.js';
import { mergeReports } from '../../src/fleet/merge.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'db-posture-merge-'));
const readFleet = (out: string) =>
  fleetReportSchema.parse(JSON.parse(readFileSync(path.join(out, 'fleet-report-2026-11-24.json'), 'utf8')));

describe('db-posture merge', () => {
  it('merges 1,000 legs from a downloaded-artifacts layout and writes markdown, JSON and SARIF', async () => {
    const legs = tmp();
    for (let i = 0; i < 1000; i++) {
      const fails = i % 10 === 0 ? [finding('pg/ssl', 'FAIL', 'ssl is off')] : [];
      writeLeg(
        legs,
        legReport(`db-${String(i).padStart(4, '0')}`, [finding('pg/tls', 'WARN', 'soon'), ...fails])
      );
    }
    writeFileSync(path.join(legs, 'notes.json'), '{"not":"a report"}'); // not security-audit-*.json: ignored
    const out = tmp();
    const r = await cli(['merge', '--from-dir', legs, '--out', out, '--format', 'markdown,json,sarif'], {
      now: MERGED_AT
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual([
      'fleet-report-2026-11-24.json',
      'fleet-report-2026-11-24.md',
      'fleet-report-2026-11-24.sarif'
    ]);
    const fleet = readFleet(out);
    // The committed JSON Schema (not only the zod schema it is generated from) accepts the file.
    const schema = JSON.parse(
      readFileSync(
        path.resolve(
          path.dirname(new URL(import.meta.url).pathname),
          '../../schema/fleet-report.schema.json'
        ),
        'utf8'
      )
    );
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    const raw = JSON.parse(readFileSync(path.join(out, 'fleet-report-2026-11-24.json'), 'utf8'));
    expect(validate(raw) ? [] : validate.errors).toEqual([]);
    expect(validate({ ...raw, kind: 'something-else' })).toBe(false);
    expect(fleet.summary).toEqual({
      targets: 1000,
      passed: 900,
      failed: 100,
      notEnforced: 0,
      incomplete: 0,
      missing: 0,
      outdated: 0
    });
    expect(fleet.checks.map(c => [c.checkId, c.failing.length, c.warning.length])).toEqual([
      ['pg/ssl', 100, 0],
      ['pg/tls', 0, 1000]
    ]);
    // Links point from the fleet report to each leg's markdown report.
    expect(fleet.targets[0].link).toBe(
      path.relative(out, path.join(legs, 'db-posture-db-0000/security-audit-db-0000-2026-11-24-1.md'))
    );
    const sarif = JSON.parse(readFileSync(path.join(out, 'fleet-report-2026-11-24.sarif'), 'utf8'));
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].results).toHaveLength(1100);
    expect(r.stdout.split('\n')[0]).toBe(
      'db-posture: fleet of 1000 targets: 900 passed, 100 failed, 0 not enforced, 0 incomplete, 0 missing, 0 outdated'
    );
    expect(r.stdout).toContain('Fleet gate FAILED: 100 targets failed their gate.');
  }, 120000);

  it('names files, flags expected targets from a targets file and exits 3 when one is missing', async () => {
    const legs = tmp();
    const a = writeLeg(legs, legReport('a', []));
    const targets = path.join(legs, 'fleet.yml');
    writeFileSync(
      targets,
      'version: 1\ntargets:\n  - name: a\n    url-env: A_URL\n  - name: b\n    url-env: B_URL\n'
    );
    const out = tmp();
    const r = await cli(['merge', a, '--targets', targets, '--out', out, '--quiet'], { now: MERGED_AT });
    expect(r).toEqual({ code: 3, stdout: '', stderr: '' });
    expect(readFleet(out).missing).toEqual([
      { name: 'b', reason: 'no-report', detail: 'no report was found for this target' }
    ]);
  });

  it('--max-age makes a leg older than it outdated (exit 3); --fail-on never turns only a failed gate into 0', async () => {
    const legs = tmp();
    writeLeg(legs, legReport('a', [finding('pg/ssl', 'FAIL', 'off')]));
    const out = tmp();
    expect(
      (
        await cli(['merge', '--from-dir', legs, '--out', out, '--quiet', '--fail-on', 'never'], {
          now: MERGED_AT
        })
      ).code
    ).toBe(0);
    expect(
      (
        await cli(['merge', '--from-dir', legs, '--out', out, '--quiet', '--max-age', '1h'], {
          now: MERGED_AT
        })
      ).code
    ).toBe(3);
    expect(
      (
        await cli(
          ['merge', '--from-dir', legs, '--out', out, '--quiet', '--max-age', '2h', '--fail-on', 'never'],
          { now: MERGED_AT }
        )
      ).code
    ).toBe(0);
    expect(
      (
        await cli(
          ['merge', '--from-dir', legs, '--out', out, '--quiet', '--max-age', '90m', '--fail-on', 'never'],
          { now: MERGED_AT }
        )
      ).code
    ).toBe(3);
  });

  it('compares to the previous fleet report', async () => {
    const legs = tmp();
    const file = writeLeg(legs, legReport('a', []));
    const out = tmp();
    await cli(['merge', file, '--out', out, '--quiet'], { now: MERGED_AT });
    const previous = path.join(tmp(), 'previous.json');
    writeFileSync(previous, readFileSync(path.join(out, 'fleet-report-2026-11-24.json')));
    writeFileSync(file, JSON.stringify(legReport('a', [finding('pg/ssl', 'FAIL', 'off')])));
    await cli(['merge', file, '--out', out, '--quiet', '--compare-to', previous], { now: MERGED_AT });
    expect(readFleet(out).changes).toMatchObject({
      gateChanges: [{ name: 'a', from: 'passed', to: 'failed' }],
      newlyFailing: [{ checkId: 'pg/ssl', targets: ['a'] }]
    });
    const md = readFileSync(path.join(out, 'fleet-report-2026-11-24.md'), 'utf8');
    expect(md).toContain('- `a`: gate passed → failed');
  });

  describe('bad input: exit 2 with one line naming the input, before anything is written', () => {
    const cases: [string, (dir: string) => string[], string][] = [
      [
        'no reports',
        () => ['merge'],
        'db-posture merge needs report files (db-posture merge a.json b.json) or --from-dir <dir>.'
      ],
      [
        'a non-report file',
        d => (writeFileSync(path.join(d, 'x.json'), '{"hello":1}'), ['merge', path.join(d, 'x.json')]),
        '/x.json: has no schemaVersion: expected a JSON report written by db-posture audit.'
      ],
      [
        'a file that is not JSON',
        d => (writeFileSync(path.join(d, 'x.md'), '# hi'), ['merge', path.join(d, 'x.md')]),
        '/x.md: is not JSON: expected a JSON report written by db-posture audit.'
      ],
      [
        'a missing file',
        d => ['merge', path.join(d, 'nope.json')],
        '/nope.json: cannot be read (ENOENT): expected a JSON report written by db-posture audit.'
      ],
      ['an empty directory', d => ['merge', '--from-dir', d], `: no security-audit-*.json report below it.`],
      [
        'a bad --max-age',
        () => ['merge', 'a.json', '--max-age', '2 weeks'],
        'Invalid --max-age "2 weeks": expected a duration such as 48h, 2d or 90m (at most 366 days).'
      ],
      [
        'a bad --format',
        () => ['merge', 'a.json', '--format', 'markdown,junit'],
        'Invalid --format "markdown,junit" (item "junit"): expected a comma list of markdown, json, sarif.'
      ],
      [
        'a bad --duplicates',
        () => ['merge', 'a.json', '--duplicates', 'first'],
        'Invalid --duplicates "first": expected one of error, latest.'
      ],
      [
        '--fail-on warn',
        () => ['merge', 'a.json', '--fail-on', 'warn'],
        'Invalid --fail-on "warn": expected one of fail, never.'
      ],
      [
        'an unknown flag',
        () => ['merge', '--form-dir', 'x'],
        'Unknown flag --form-dir for "db-posture merge". Run db-posture --help for the flags.'
      ],
      [
        'a leg as --compare-to',
        d => {
          const f = writeLeg(d, legReport('a', []));
          return ['merge', f, '--compare-to', f];
        },
        ': is not a db-posture fleet report (schemaVersion 1): kind: Invalid input: expected "db-posture-fleet".'
      ],
      [
        'duplicate targets',
        d => {
          const a = writeLeg(d, legReport('a', []), 1);
          const b = writeLeg(d, legReport('a', []), 2);
          return ['merge', a, b];
        },
        'has 2 reports: '
      ]
    ];
    it.each(cases)('%s', async (_name, args, message) => {
      const dir = tmp();
      const out = tmp();
      const r = await cli([...args(dir), '--out', out], { now: MERGED_AT });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr.startsWith('db-posture: error: ')).toBe(true);
      expect(r.stderr).toContain(message);
      expect(readdirSync(out)).toEqual([]);
    });
  });
});

it('merge --help, targets --help and audit --targets --help print the help with the fleet commands', async () => {
  for (const args of [
    ['merge', '--help'],
    ['targets', '-h'],
    ['audit', '--targets', 'x.yml', '--help']
  ]) {
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('db-posture merge <report.json...> | --from-dir <dir> [merge options]');
    expect(r.stdout).toContain('db-posture targets --matrix <fleet.yml> [--shard i/n]');
  }
});

it('the terminal lines say 1 target and 1 expired waiver in the singular', () => {
  const { report } = mergeReports([leg('a', [finding('pg/ssl', 'FAIL', 'off')])], {
    now: MERGED_AT,
    maxAgeHours: 48,
    duplicates: 'error'
  });
  const one = { ...report, targets: report.targets.map(t => ({ ...t, expiredWaivers: 1 })) };
  expect(fleetSummaryLines(one, [])).toEqual([
    'db-posture: fleet of 1 target: 0 passed, 1 failed, 0 not enforced, 0 incomplete, 0 missing, 0 outdated',
    '  [FAIL] a: 1 unwaived FAIL, 1 expired waiver',
    'Fleet gate FAILED: 1 target failed its gate.'
  ]);
});
