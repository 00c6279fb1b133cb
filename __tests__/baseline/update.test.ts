import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toJsonReport } from '../../src/report/json.js';
import { AUDITED_AT } from '../helpers/check-tester.js';
import { cli } from '../helpers/cli-run.js';
import { finding, reportOf, waiver } from '../helpers/report-fixture.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'baseline-update-'));
const write = (name: string, content: string) => {
  const f = path.join(dir, name);
  writeFileSync(f, content);
  return f;
};
const run = (args: string[]) => cli(['baseline', ...args], { now: AUDITED_AT });

// The report: two superusers FAIL (etl_admin waived, new_admin not), port FAIL under an expired
// waiver, tls PASS (its waiver is stale), and a public-grants FAIL without a waiver.
const report = write(
  'r.json',
  JSON.stringify(
    toJsonReport(
      reportOf(
        [
          finding('pg/superusers', 'FAIL', 'etl_admin is a superuser', 'etl_admin'),
          finding('pg/superusers', 'FAIL', 'new_admin is a superuser', 'new_admin'),
          finding('pg/port', 'FAIL', 'default port'),
          finding('pg/tls', 'PASS', 'TLS on'),
          finding('pg/public-grants', 'FAIL', 'PUBLIC can read t', 'appdb.public.t')
        ],
        [
          waiver('pg/superusers', '2026-12-31', 'etl_admin'),
          waiver('pg/port', '2026-11-20'),
          waiver('pg/tls', '2026-12-31')
        ]
      )
    )
  )
);
const EXISTING = `# Baseline for prod-eu, reviewed by @org/security.
version: 1
waivers:
  # The ETL runner needs superuser until Q1.
  - check: pg/superusers
    target: prod-eu
    object: etl_admin
    reason: ETL runner
    owner: "@org/data"
    expires: 2026-12-31
  - check: pg/port
    target: prod-eu
    reason: Firewalled
    owner: "@org/dba"
    expires: 2026-11-20
  - check: pg/tls
    target: prod-eu
    reason: Certificates rotate in December
    owner: "@org/dba"
    expires: 2026-12-31
  - check: pg/tls
    target: "*"
    reason: Shared waiver
    owner: "@org/dba"
    expires: 2026-12-31
attestations: []
`;

describe('db-posture baseline --update [--prune]', () => {
  it('keeps every entry, comment and the order, appends a stub per unwaived FAIL, and lists each change', async () => {
    const file = write('b1.yml', EXISTING);
    const r = await run(['--from', report, '--update', file]);
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'added a waiver stub for pg/superusers ("new_admin") on prod-eu: fill in reason and owner',
        'the waiver for pg/port on prod-eu (line 11) has expired: renew or remove it (not changed)',
        'added a waiver stub for pg/public-grants ("appdb.public.t") on prod-eu: fill in reason and owner',
        `updated ${file}\n`
      ].join('\n')
    });
    expect(readFileSync(file, 'utf8')).toBe(
      EXISTING.replace(
        'attestations: []\n',
        `  # Added by db-posture baseline --update on 2026-11-24: fill in reason and owner.
  - check: pg/superusers
    target: prod-eu
    object: new_admin
    reason: ""
    owner: ""
    expires: 2027-02-22
  # Added by db-posture baseline --update on 2026-11-24: fill in reason and owner.
  - check: pg/public-grants
    target: prod-eu
    object: appdb.public.t
    reason: ""
    owner: ""
    expires: 2027-02-22
attestations: []
`
      )
    );
    // The stubs keep the file from being used until a person fills them in.
    const audit = await cli([
      'audit',
      '--baseline',
      file,
      '--url',
      'postgresql://u@127.0.0.1:1/db',
      '--quiet'
    ]);
    expect(audit.stderr).toBe(
      `db-posture: error: Baseline file ${file}: waivers[4] field "reason": must not be empty.\n`
    );
  });
  it('--prune removes this target\'s waivers that match no WARN/FAIL finding and keeps a "*" one', async () => {
    const file = write('b2.yml', EXISTING);
    const r = await run(['--from', report, '--update', file, '--prune']);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'removed the waiver for pg/tls on prod-eu (line 16): it matches no WARN/FAIL finding',
      'kept the waiver for pg/tls on * (line 21): it matches nothing here, but target "*" may still apply elsewhere'
    ]);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('Certificates rotate in December');
    expect(text).toContain('# The ETL runner needs superuser until Q1.\n  - check: pg/superusers');
    expect(text).toContain('reason: Shared waiver');
  });
  it('an empty flow list becomes a block list; nothing to do leaves the file byte for byte', async () => {
    const file = write('b3.yml', 'version: 1\nwaivers: []\n');
    await run(['--from', report, '--update', file]);
    expect(readFileSync(file, 'utf8')).toMatch(/^version: 1\nwaivers:\n {2}# Added by db-posture/);
    // A file with unfilled stubs is refused until a person fills them in, --update included.
    expect((await run(['--from', report, '--update', file])).stderr).toMatch(
      /waivers\[0\] field "reason": must not be empty/
    );
    const done = write('done.yml', EXISTING);
    const clean = write(
      'clean.json',
      JSON.stringify(toJsonReport(reportOf([finding('pg/tls', 'PASS', 'ok')])))
    );
    expect((await run(['--from', clean, '--update', done])).stdout).toBe(`${done} unchanged\n`);
    expect(readFileSync(done, 'utf8')).toBe(EXISTING);
  });
  it('--out never overwrites an existing baseline, and bad paths fail before the report is read', async () => {
    const file = write('reviewed.yml', EXISTING);
    expect(await run(['--from', '/nonexistent.json', '--out', file])).toEqual({
      code: 2,
      stdout: '',
      stderr: `db-posture: error: Invalid --out ${JSON.stringify(file)}: the file exists and is never overwritten (it may hold reviewed entries); use --update ${file} to merge the report into it.\n`
    });
    expect(readFileSync(file, 'utf8')).toBe(EXISTING);
    const under = path.join(file, 'b.yml');
    expect((await run(['--from', '/nonexistent.json', '--out', under])).stderr).toBe(
      `db-posture: error: Invalid --out ${JSON.stringify(under)}: ${JSON.stringify(file)} is a file, not a directory.\n`
    );
    const missingDir = path.join(dir, 'no', 'b.yml');
    expect((await run(['--from', '/nonexistent.json', '--out', missingDir])).stderr).toBe(
      `db-posture: error: Invalid --out ${JSON.stringify(missingDir)}: the directory ${JSON.stringify(path.join(dir, 'no'))} does not exist.\n`
    );
    const fresh = path.join(dir, 'fresh.yml');
    expect((await run(['--from', report, '--out', fresh])).stdout).toBe(`wrote 3 waivers to ${fresh}\n`);
  });
  it('usage errors: --prune without --update, --out with --update, a malformed file to update', async () => {
    expect((await run(['--from', report, '--prune'])).stderr).toBe(
      'db-posture: error: --prune needs --update <existing baseline>: it removes waivers from that file.\n'
    );
    expect((await run(['--from', report, '--out', 'a', '--update', 'b'])).code).toBe(2);
    const bad = write(
      'bad.yml',
      'version: 1\nwaivers:\n  - check: pg/nope\n    target: x\n    reason: r\n    owner: "@o"\n    expires: 2026-12-31\n'
    );
    expect((await run(['--from', report, '--update', bad])).stderr).toBe(
      `db-posture: error: Baseline file ${bad}: waivers[0] field "check": unknown check id "pg/nope".\n`
    );
    expect((await run(['--from', report, '--update', path.join(dir, 'none.yml')])).stderr).toBe(
      `db-posture: error: --update ${path.join(dir, 'none.yml')} cannot be read (ENOENT): expected a db-posture baseline file (YAML).\n`
    );
  });
});

describe('hostile object names survive --update as data', () => {
  it('YAML-special characters, a comment marker and a newline round-trip and still match exactly', async () => {
    const objects = [
      'a: b # not a comment',
      '- [x]',
      'it\'s "quoted"',
      'line\nbreak',
      '*alias',
      '&anchor',
      '@org/team'
    ];
    const r = write(
      'hostile.json',
      JSON.stringify(toJsonReport(reportOf(objects.map(o => finding('pg/public-grants', 'FAIL', 'x', o)))))
    );
    const file = write('hostile.yml', 'version: 1\nwaivers: []\n');
    expect((await run(['--from', r, '--update', file])).code).toBe(0);
    const filled = readFileSync(file, 'utf8')
      .replace(/reason: ""/g, 'reason: "Known, SEC-9"')
      .replace(/owner: ""/g, 'owner: "@org/dba"');
    writeFileSync(file, filled);
    // Loaded back, every stub waives exactly its finding: a second update adds nothing.
    expect((await run(['--from', r, '--update', file])).stdout).toBe(`${file} unchanged\n`);
    const review = await cli(['baseline', 'review', '--head', file, '--report', r, '--format', 'json'], {
      now: AUDITED_AT
    });
    const entries = JSON.parse(review.stdout).entries as { entry: { object: string }; flags: unknown[] }[];
    expect(entries.map(e => e.entry.object)).toEqual(objects);
    expect(entries.every(e => e.flags.length === 0)).toBe(true);
  });
});
