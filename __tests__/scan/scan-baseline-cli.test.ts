import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../helpers/cli-run.js';

/**
 * `db-posture scan --baseline`: waivers match scan findings by their stable key (target `scan`,
 * object `<file>|<normalised object>`), the file is validated before anything is scanned, a waived
 * FAIL passes, an expired waiver fails, stale waivers are listed; `db-posture baseline --from`
 * writes stubs from a scan report; `--format junit`.
 */
const now = new Date('2026-12-01T00:00:00Z');
const HBA = ['local all all peer', 'host all all 0.0.0.0/0 trust', ''].join('\n');
const KEY_OBJECT = 'db/pg_hba.conf|host all all 0.0.0.0/0 trust';

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'db-posture-scan-baseline-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const waiver = (fields: Record<string, string>) =>
  [
    '  - ' +
      Object.entries(fields)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join('\n    ')
  ].join('\n');

const baselineFile = (...waivers: Record<string, string>[]) =>
  ['version: 1', 'waivers:', ...waivers.map(waiver), ''].join('\n');

const HBA_WAIVER = {
  check: 'pg/hba',
  target: 'scan',
  object: KEY_OBJECT,
  reason: 'lab network, closed in NET-4',
  owner: 'platform',
  expires: '2027-01-31'
};

const scanCli = (root: string, ...args: string[]) => cli(['scan', '--root', root, ...args, 'db'], { now });

describe('db-posture scan --baseline', () => {
  it('without a baseline the FAIL fails (exit 1); the default baseline under --root waives it by key (exit 0)', async () => {
    const root = repo({ 'db/pg_hba.conf': HBA });
    const plain = await scanCli(root);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('| FAIL | pg/hba | [`db/pg_hba.conf:2`](db/pg_hba.conf#L2) |');

    writeFileSync(path.join(root, 'db/pg_hba.conf'), `# moved down a line\n${HBA}`);
    mkdirSync(path.join(root, '.github'));
    writeFileSync(path.join(root, '.github/db-posture-baseline.yml'), baselineFile(HBA_WAIVER));
    const waived = await scanCli(root);
    expect([waived.code, waived.stderr]).toEqual([0, '']);
    // The waiver key has no line number: it still matches after the rule moved to line 3.
    expect(waived.stdout).toContain(
      '| FAIL (waived until 2027-01-31) | pg/hba | [`db/pg_hba.conf:3`](db/pg_hba.conf#L3) |'
    );
    const json = await scanCli(root, '--format', 'json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.findings.filter((f: { status: string }) => f.status === 'FAIL')).toEqual([
      expect.objectContaining({
        line: 3,
        waiver: {
          state: 'active',
          reason: 'lab network, closed in NET-4',
          owner: 'platform',
          expires: '2027-01-31'
        }
      })
    ]);
    expect(report.baseline).toEqual({
      file: path.join(root, '.github/db-posture-baseline.yml'),
      expired: [],
      expiringSoon: [],
      stale: []
    });
    // JUnit: the waived FAIL is no failure.
    const junit = await scanCli(root, '--format', 'junit');
    expect(junit.code).toBe(0);
    expect(junit.stdout).toContain('failures="0"');
    expect(junit.stdout).toContain(
      '<testcase classname="db/pg_hba.conf" name="pg/hba db/pg_hba.conf:3"><system-out>FAIL: '
    );
  });

  it('an expired waiver fails again (exit 1) and is named on stderr; a stale one is listed, and fails only with --fail-on-stale', async () => {
    const root = repo({ 'db/pg_hba.conf': HBA });
    const file = path.join(root, 'baseline.yml');
    writeFileSync(file, baselineFile({ ...HBA_WAIVER, expires: '2026-12-01' }));
    const expired = await scanCli(root, '--baseline', file);
    expect(expired.code).toBe(1);
    expect(expired.stderr).toBe(
      'db-posture scan: expired waiver (the finding counts again): `pg/hba` target `scan` object `db/pg_hba.conf|host all all 0.0.0.0/0 trust`, owner `platform`, expires 2026-12-01: `lab network, closed in NET-4`\n' +
        'db-posture scan: the gate failed: 1 unwaived FAIL finding, 1 expired waiver.\n'
    );
    expect(expired.stdout).toContain('| FAIL (waiver expired 2026-12-01) | pg/hba |');
    expect(expired.stdout).toContain('**Expired waivers** (1; no longer waive, the findings count again):');
    // The day before, the same waiver still waives (expiry is exclusive of its day).
    const dayBefore = await cli(['scan', '--root', root, '--baseline', file, 'db'], {
      now: new Date('2026-11-30T23:59:59Z')
    });
    expect(dayBefore.code).toBe(0);

    const stale = {
      ...HBA_WAIVER,
      object: 'db/pg_hba.conf|host all all 10.0.0.0/8 trust',
      reason: 'removed rule'
    };
    writeFileSync(file, baselineFile(HBA_WAIVER, stale));
    const listed = await scanCli(root, '--baseline', file);
    expect([listed.code, listed.stderr]).toEqual([
      0,
      'db-posture scan: stale waiver (matches no finding; remove it): `pg/hba` target `scan` object `db/pg_hba.conf|host all all 10.0.0.0/8 trust`, owner `platform`, expires 2027-01-31: `removed rule`\n'
    ]);
    expect(listed.stdout).toContain('**Stale waivers** (1; match no finding, remove them):');
    const failedStale = await scanCli(root, '--baseline', file, '--fail-on-stale');
    expect(failedStale.code).toBe(1);
    expect(failedStale.stderr.split('\n').at(-2)).toBe('db-posture scan: the gate failed: 1 stale waiver.');
    // A waiver for another target (an audited cluster) is not the scan's business: not stale here.
    writeFileSync(file, baselineFile(HBA_WAIVER, { ...stale, target: 'prod-db' }));
    expect(await scanCli(root, '--baseline', file, '--fail-on-stale')).toMatchObject({ code: 0, stderr: '' });
  });

  it('a malformed or missing baseline is exit 2 naming the file, before anything is scanned', async () => {
    const root = repo({ 'db/pg_hba.conf': HBA });
    const file = path.join(root, 'baseline.yml');
    const { owner: _owner, ...noOwner } = HBA_WAIVER;
    writeFileSync(file, baselineFile(noOwner));
    expect(await scanCli(root, '--baseline', file)).toEqual({
      code: 2,
      stdout: '',
      stderr: `db-posture: error: Baseline file ${file}: waivers[0] field "owner": is required.\n`
    });
    writeFileSync(file, baselineFile({ ...HBA_WAIVER, check: 'tf/no-such-check' }));
    expect(await scanCli(root, '--baseline', file)).toEqual({
      code: 2,
      stdout: '',
      stderr: `db-posture: error: Baseline file ${file}: waivers[0] field "check": unknown check id "tf/no-such-check".\n`
    });
    // The default file, malformed, is refused too (it exists, so it is read).
    mkdirSync(path.join(root, '.github'));
    const dflt = path.join(root, '.github/db-posture-baseline.yml');
    writeFileSync(dflt, 'version: 1\nwaivers: [\n');
    const broken = await scanCli(root);
    expect([broken.code, broken.stdout]).toEqual([2, '']);
    expect(broken.stderr).toMatch(new RegExp(`^db-posture: error: Baseline file ${dflt}\\b.*\\n$`));
    // --fail-on-stale without any baseline is a usage error, not a silent no-op.
    const bare = repo({ 'db/pg_hba.conf': HBA });
    expect(await cli(['scan', '--root', bare, '--fail-on-stale', 'db'], { now })).toEqual({
      code: 2,
      stdout: '',
      stderr: `db-posture: error: scan: --fail-on-stale needs a baseline: give --baseline <file> or create ${path.relative(process.cwd(), path.join(bare, '.github/db-posture-baseline.yml'))}.\n`
    });
    const missing = path.join(root, 'nope.yml');
    expect(await scanCli(root, '--baseline', missing)).toEqual({
      code: 2,
      stdout: '',
      stderr: `db-posture: error: Baseline file ${missing} cannot be read (ENOENT): expected a readable YAML file; create it or omit --baseline.\n`
    });
  });

  it('waivers for scan-only checks (tf/*, scan/*) are valid in the baseline the audit reads too', async () => {
    const root = repo({
      'db/roles.sql': "CREATE ROLE etl LOGIN PASSWORD 'hunter2';\n"
    });
    const out = path.join(root, 'scan.json');
    expect((await scanCli(root, '--format', 'json', '--out', out)).code).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const fail = report.findings.find((f: { status: string }) => f.status === 'FAIL');
    expect(fail.checkId).toBe('scan/sql-password');
    const file = path.join(root, 'baseline.yml');
    writeFileSync(
      file,
      baselineFile({
        ...HBA_WAIVER,
        check: 'scan/sql-password',
        object: fail.key.slice('scan/sql-password|'.length)
      })
    );
    expect((await scanCli(root, '--baseline', file)).code).toBe(0);
    // The audit validates the same file before it connects: the scan waiver is no usage error.
    const audit = await cli(
      [
        'audit',
        '--baseline',
        file,
        '--url',
        'postgresql://u@127.0.0.1:1/db',
        '--connect-timeout',
        '200',
        '--out',
        root
      ],
      { now }
    );
    expect(audit.code).toBe(3);
  });
});

describe('db-posture baseline --from <scan report>', () => {
  it('writes one stub per unwaived FAIL under target scan with the key as object; filled in, it waives them', async () => {
    const root = repo({
      'db/pg_hba.conf': HBA,
      'db/roles.sql': "CREATE ROLE etl LOGIN PASSWORD 'hunter2';\n"
    });
    const report = path.join(root, 'scan.json');
    expect((await scanCli(root, '--format', 'json', '--out', report)).code).toBe(1);
    const stubs = path.join(root, 'stubs.yml');
    const made = await cli(['baseline', '--from', report, '--out', stubs], { now });
    expect(made).toEqual({ code: 0, stdout: `wrote 2 waivers to ${stubs}\n`, stderr: '' });
    const text = readFileSync(stubs, 'utf8');
    expect(text.split('\n').slice(3).join('\n')).toBe(
      [
        'version: 1',
        'waivers:',
        '  - check: scan/sql-password',
        '    target: scan',
        '    object: db/roles.sql|role etl',
        '    reason: ""',
        '    owner: ""',
        '    expires: 2027-03-01',
        '  - check: pg/hba',
        '    target: scan',
        '    object: db/pg_hba.conf|host all all 0.0.0.0/0 trust',
        '    reason: ""',
        '    owner: ""',
        '    expires: 2027-03-01',
        'attestations: []',
        ''
      ].join('\n')
    );
    // Unfilled stubs are refused (a person must write reason and owner).
    const unfilled = await scanCli(root, '--baseline', stubs);
    expect([unfilled.code, unfilled.stderr]).toEqual([
      2,
      `db-posture: error: Baseline file ${stubs}: waivers[0] field "reason": must not be empty.\n`
    ]);
    writeFileSync(
      stubs,
      text.replaceAll('reason: ""', 'reason: reviewed').replaceAll('owner: ""', 'owner: dba')
    );
    expect(await scanCli(root, '--baseline', stubs)).toMatchObject({ code: 0, stderr: '' });

    // --update adds nothing for waived findings, and --prune removes a stale scan waiver.
    const waivedReport = path.join(root, 'scan-waived.json');
    writeFileSync(root + '/db/pg_hba.conf', 'local all all peer\n');
    expect((await scanCli(root, '--baseline', stubs, '--format', 'json', '--out', waivedReport)).code).toBe(
      0
    );
    const updated = await cli(['baseline', '--from', waivedReport, '--update', stubs, '--prune'], { now });
    expect(updated).toEqual({
      code: 0,
      stdout: `removed the waiver for pg/hba ("db/pg_hba.conf|host all all 0.0.0.0/0 trust") on scan (line 12): it matches no WARN/FAIL finding\nupdated ${stubs}\n`,
      stderr: ''
    });
    expect(readFileSync(stubs, 'utf8')).not.toContain('pg/hba');
  });

  it('a scan report with a finding key that does not start with its check id is refused (exit 2)', async () => {
    const root = repo({});
    const bad = path.join(root, 'scan.json');
    writeFileSync(
      bad,
      JSON.stringify({
        tool: 'db-posture',
        version: '0.1.0',
        scanned: [],
        skipped: [],
        findings: [{ checkId: 'pg/hba', status: 'FAIL', key: 'other|x|y' }]
      })
    );
    expect(await cli(['baseline', '--from', bad], { now })).toEqual({
      code: 2,
      stdout: '',
      stderr: `db-posture: error: --from ${bad} is not a db-posture scan report: finding key "other|x|y" does not start with its check id pg/hba.\n`
    });
    writeFileSync(
      bad,
      JSON.stringify({ tool: 'db-posture', scanned: [], findings: [{ checkId: 'pg/hba' }] })
    );
    expect(await cli(['baseline', '--from', bad], { now })).toEqual({
      code: 2,
      stdout: '',
      stderr: `db-posture: error: --from ${bad} is not a db-posture scan report (db-posture scan --format json): findings.0.status is missing.\n`
    });
  });
});

describe('db-posture scan --fail-on', () => {
  // Three WARN findings (md5 passwords, log_statement none, pgaudit without the write class), no FAIL.
  const WARNS = [
    'ssl = on',
    "shared_preload_libraries = 'pgaudit'",
    "pgaudit.log = 'ddl, role'",
    'log_connections = on',
    'log_disconnections = on',
    "log_line_prefix = '%m [%p] %u@%d %h '",
    'password_encryption = md5',
    "ssl_min_protocol_version = 'TLSv1.2'",
    ''
  ].join('\n');
  const MD5_WAIVER = {
    check: 'pg/password-encryption',
    target: 'scan',
    object: 'db/postgresql.conf|password_encryption',
    reason: 'SCRAM rollout in DB-7',
    owner: 'platform',
    expires: '2026-12-01'
  };

  it('fail (the default) passes WARN findings; warn fails on them naming the count; unknown does not', async () => {
    const root = repo({ 'db/postgresql.conf': WARNS });
    const dflt = await scanCli(root);
    expect([dflt.code, dflt.stderr]).toEqual([0, '']);
    expect(dflt.stdout).toContain('3 WARN, 5 PASS.');
    expect(await scanCli(root, '--fail-on', 'fail')).toMatchObject({ code: 0, stderr: '' });
    expect(await scanCli(root, '--fail-on', 'warn')).toMatchObject({
      code: 1,
      stderr: 'db-posture scan: the gate failed: 3 unwaived WARN findings.\n'
    });
    expect(await scanCli(root, '--fail-on', 'unknown')).toMatchObject({ code: 0, stderr: '' });
  });

  it('never passes unwaived FAILs, expired waivers and stale waivers (the report still lists them)', async () => {
    const root = repo({ 'db/pg_hba.conf': HBA });
    const never = await scanCli(root, '--fail-on', 'never');
    expect([never.code, never.stderr]).toEqual([0, '']);
    expect(never.stdout).toContain('| FAIL | pg/hba | [`db/pg_hba.conf:2`](db/pg_hba.conf#L2) |');
    const file = path.join(root, 'baseline.yml');
    writeFileSync(
      file,
      baselineFile({ ...HBA_WAIVER, expires: '2026-12-01' }, { ...HBA_WAIVER, object: 'db/gone|x' })
    );
    const quiet = await scanCli(root, '--baseline', file, '--fail-on', 'never', '--fail-on-stale');
    expect(quiet.code).toBe(0);
    // Listed on stderr still, but no gate line.
    expect(quiet.stderr).toContain('db-posture scan: expired waiver (the finding counts again)');
    expect(quiet.stderr).toContain('db-posture scan: stale waiver (matches no finding; remove it)');
    expect(quiet.stderr).not.toContain('the gate failed');
  });

  it('an expired waiver fails the gate even when its finding is only a WARN, as in the audit', async () => {
    const root = repo({ 'db/postgresql.conf': WARNS });
    const file = path.join(root, 'baseline.yml');
    writeFileSync(file, baselineFile({ ...MD5_WAIVER, expires: '2027-01-31' }));
    expect(await scanCli(root, '--baseline', file)).toMatchObject({ code: 0, stderr: '' });
    // Waived, the WARN does not block at warn; the other two do.
    expect(await scanCli(root, '--baseline', file, '--fail-on', 'warn')).toMatchObject({
      code: 1,
      stderr: 'db-posture scan: the gate failed: 2 unwaived WARN findings.\n'
    });
    writeFileSync(file, baselineFile(MD5_WAIVER));
    const expired = await scanCli(root, '--baseline', file);
    expect(expired.code).toBe(1);
    expect(expired.stderr.split('\n').at(-2)).toBe('db-posture scan: the gate failed: 1 expired waiver.');
  });

  it('a level it does not know is exit 2 naming the flag, the value and the levels', async () => {
    const root = repo({ 'db/pg_hba.conf': HBA });
    expect(await scanCli(root, '--fail-on', 'FAIL')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'db-posture: error: --fail-on "FAIL": expected one of fail, warn, unknown, never.\n'
    });
  });
});
