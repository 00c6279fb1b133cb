import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { cli } from '../helpers/cli-run.js';

const now = new Date('2030-01-01T00:00:00Z');
const fx = (p: string) => path.join('detections', 'fixtures', p);
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'db-posture-cli-'));

describe('db-posture hunt', () => {
  it('CockroachDB: crdb-v2 and json files (one gzipped) merged; markdown, JSON and SARIF', async () => {
    const dir = tmp();
    const gz = path.join(dir, 'spray.ndjson.gz');
    writeFileSync(gz, gzipSync(readFileSync(fx('cockroachdb/spray.ndjson'))));
    const out = path.join(dir, 'out');
    const r = await cli(
      [
        'hunt',
        '--logs',
        fx('cockroachdb/brute_force_then_success.log'),
        '--logs',
        gz,
        '--out',
        out,
        '--format',
        'markdown,json,sarif'
      ],
      { now }
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(readFileSync(path.join(out, 'hunt-2030-01-01.json'), 'utf8'));
    expect(json.input.events).toBe(16);
    expect(json.input.files.map((f: { format: string }) => f.format)).toEqual(['crdb-v2', 'crdb-json']);
    expect(json.detections.map((d: { ruleId: string; group?: object }) => [d.ruleId, d.group])).toEqual([
      ['crdb-brute-force', { 'db.user': 'roach' }],
      ['crdb-success-after-brute-force', { 'db.user': 'roach' }],
      ['crdb-password-spray', { 'db.source_ip': '203.0.113.5' }]
    ]);
    expect(json.detections[1].eventCount).toBe(6);
    expect(json.detections[1].events[5]).toMatchObject({
      eventType: 'client_authentication_ok',
      user: 'roach',
      sourceIp: '198.51.100.7',
      line: 6
    });
    const sarif = JSON.parse(readFileSync(path.join(out, 'hunt-2030-01-01.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((x: { ruleId: string; level: string }) => [x.ruleId, x.level])).toEqual([
      ['crdb-brute-force', 'warning'],
      ['crdb-success-after-brute-force', 'error'],
      ['crdb-password-spray', 'error']
    ]);
    expect(sarif.runs[0].results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'detections/fixtures/cockroachdb/brute_force_then_success.log' },
      region: { startLine: 6 }
    });
    const md = readFileSync(path.join(out, 'hunt-2030-01-01.md'), 'utf8');
    expect(md).toContain(
      '| critical | `crdb-success-after-brute-force` CockroachDB login succeeded after a brute force | 2024-05-29T16:28:20.000Z | db.user=`roach` | 6 |'
    );
    expect(r.stdout).toContain(
      '[critical] crdb-success-after-brute-force db.user=roach at 2024-05-29T16:28:20.000Z (6 events)'
    );
  });

  it('Couchbase and PostgreSQL csvlog/jsonlog; --since/--until; --fail-on never', async () => {
    const out = tmp();
    const r = await cli(
      [
        'hunt',
        '--logs',
        'detections/fixtures/couchbase/*.log',
        '--out',
        out,
        '--format',
        'json',
        '--fail-on',
        'never',
        '--quiet'
      ],
      { now }
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(path.join(out, 'hunt-2030-01-01.json'), 'utf8'));
    expect(json.detections.map((d: { ruleId: string }) => d.ruleId).sort()).toEqual([
      'cb-admin-login-unexpected-network',
      'cb-brute-force',
      'cb-password-spray',
      'cb-success-after-brute-force'
    ]);
    const pg = await cli(
      [
        'hunt',
        '--logs',
        fx('postgresql/pg15-pgaudit.csv'),
        '--logs',
        fx('postgresql/pg15-pgaudit.json'),
        '--out',
        out,
        '--format',
        'json',
        '--quiet'
      ],
      { now }
    );
    expect(pg.code).toBe(1);
    const pj = JSON.parse(readFileSync(path.join(out, 'hunt-2030-01-01.json'), 'utf8'));
    expect(pj.detections.map((d: { ruleId: string }) => d.ruleId)).toEqual([
      'pg-public-grant',
      'pg-public-grant',
      'pg-server-shutdown',
      'pg-server-shutdown'
    ]);
    const windowed = await cli(
      [
        'hunt',
        '--logs',
        fx('postgresql/pg15-pgaudit.csv'),
        '--since',
        '2026-12-01T22:06:22Z',
        '--out',
        out,
        '--format',
        'json',
        '--quiet',
        '--fail-on',
        'medium'
      ],
      { now }
    );
    expect(windowed.code).toBe(1);
    const wj = JSON.parse(readFileSync(path.join(out, 'hunt-2030-01-01.json'), 'utf8'));
    expect(wj.window).toEqual({ since: '2026-12-01T22:06:22.000Z' });
    expect(wj.detections.map((d: { ruleId: string }) => d.ruleId)).toEqual(['pg-server-shutdown']);
  });

  it('malformed lines are reported with file and line and do not stop the hunt', async () => {
    const dir = tmp();
    const log = path.join(dir, 'mixed.log');
    writeFileSync(log, `${readFileSync(fx('cockroachdb/brute_force.log'), 'utf8')}this is not a log line\n`);
    const r = await cli(['hunt', '--logs', log, '--out', dir, '--format', 'json'], { now });
    expect(r.stdout).toContain(`1 malformed line skipped, e.g.:\n    ${log}:6: not a crdb-v2 entry`);
    const json = JSON.parse(readFileSync(path.join(dir, 'hunt-2030-01-01.json'), 'utf8'));
    expect(json.input.malformed).toEqual([{ file: log, line: 6, reason: 'not a crdb-v2 entry' }]);
    expect(json.detections).toHaveLength(1);
  });

  it('bad input: one line naming the flag and the value, exit 2', async () => {
    const cases: [string[], string][] = [
      [['hunt'], 'db-posture: error: db-posture hunt needs --logs <file|glob> (repeatable).\n'],
      [
        ['hunt', '--logs', 'nope.log'],
        'db-posture: error: --logs nope.log does not exist: expected a log file or a glob.\n'
      ],
      [['hunt', '--logs', 'nope/*.log'], 'db-posture: error: --logs nope/*.log matches no file.\n'],
      [
        ['hunt', '--logs', 'detections'],
        'db-posture: error: --logs detections is a directory: name files or a glob (detections/*.log).\n'
      ],
      [
        ['hunt', '--logs', 'x', '--since', 'yesterday'],
        'db-posture: error: --since "yesterday" is not a time: expected ISO 8601 (2025-06-15T13:00:00Z) or an age (90m, 36h, 7d).\n'
      ],
      [
        ['hunt', '--logs', 'x', '--format', 'html'],
        'db-posture: error: --format "html" is not an output format: expected a comma list of markdown, json, sarif.\n'
      ],
      [
        ['hunt', '--logs', 'x', '--fail-on', 'severe'],
        'db-posture: error: --fail-on "severe": expected informational, low, medium, high, critical or never.\n'
      ],
      [
        ['hunt', '--logs', 'x', '--log-format', 'syslog'],
        'db-posture: error: --log-format "syslog" is not a log format: expected auto, crdb-v2, crdb-json, crdb-json-compact, pg-stderr, pg-csvlog, pg-jsonlog, couchbase-audit.\n'
      ],
      [
        ['hunt', '--logs', 'x', '--pg-prefix', '%m %Z'],
        'db-posture: error: --pg-prefix: log_line_prefix "%m %Z" has an unknown escape %Z.\n'
      ],
      [
        ['hunt', '--logs', 'x', '--posture', 'package.json'],
        'db-posture: error: --posture package.json is not a db-posture JSON report (schemaVersion 1): schemaVersion: Invalid input: expected 1.\n'
      ],
      [
        // audit --rules is read before anything connects (the URL is never dialled).
        ['audit', '--url', 'postgresql://127.0.0.1:1/x', '--rules', 'nope'],
        'db-posture: error: --rules nope: nope:1: cannot read nope: ENOENT; expected valid detection rules.\n'
      ],
      [
        ['hunt', '--logz', 'x'],
        'db-posture: error: Unknown flag --logz for "db-posture hunt". Run db-posture hunt --help for the flags.\n'
      ]
    ];
    for (const [args, err] of cases) {
      const r = await cli(args, { now });
      expect([r.code, r.stderr]).toEqual([2, err]);
    }
  });
});

describe('db-posture rules test', () => {
  function pack(files: Record<string, string>): string {
    const dir = tmp();
    for (const [n, t] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, n)), { recursive: true });
      writeFileSync(path.join(dir, n), t);
    }
    return dir;
  }
  const ruleText = (expectNeg: string) => `title: Admin granted
id: my-admin
status: test
severity: high
owner: sec
logsource: {product: cockroachdb}
detection:
  s: {EventType: grant_role, GranteeRoles: admin}
  condition: s
tests:
  - name: grant admin
    expect: match
    log: {timestamp: "1717000000.0", event: {EventType: grant_role, GranteeRoles: [admin]}}
  - name: grant app
    expect: ${expectNeg}
    log: {timestamp: "1717000000.0", event: {EventType: grant_role, GranteeRoles: [app]}}
`;

  it('exit 0 when every test passes; JUnit and SARIF written', async () => {
    const dir = pack({ 'r.yml': ruleText('no_match') });
    const r = await cli([
      'rules',
      'test',
      dir,
      '--junit',
      path.join(dir, 'o/j.xml'),
      '--sarif',
      path.join(dir, 'o/s.sarif')
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'ok   my-admin: grant admin\nok   my-admin: grant app\nrules test: 1 rule in 1 file, 2 tests (0 failed), 0 invalid\n'
    );
    const junit = readFileSync(path.join(dir, 'o/j.xml'), 'utf8');
    expect(junit).toContain('<testsuites name="db-posture rules test" tests="2" failures="0">');
    expect(JSON.parse(readFileSync(path.join(dir, 'o/s.sarif'), 'utf8')).runs[0].results).toEqual([]);
  });

  it('exit 1 on a failing test, with the rule file line in the output, JUnit and SARIF', async () => {
    const dir = pack({ 'r.yml': ruleText('match') });
    const r = await cli([
      'rules',
      'test',
      dir,
      '--quiet',
      '--junit',
      path.join(dir, 'j.xml'),
      '--sarif',
      path.join(dir, 's.sarif')
    ]);
    expect(r.code).toBe(1);
    const file = path.relative(process.cwd(), path.join(dir, 'r.yml'));
    expect(r.stdout).toContain(`FAIL ${file}:14 my-admin: inline "grant app": expected a match, got none`);
    expect(readFileSync(path.join(dir, 'j.xml'), 'utf8')).toContain(
      '<failure message="expected a match, got none">'
    );
    const sarif = JSON.parse(readFileSync(path.join(dir, 's.sarif'), 'utf8'));
    expect(
      sarif.runs[0].results.map(
        (x: {
          message: { text: string };
          locations: { physicalLocation: { region: { startLine: number } } }[];
        }) => [x.message.text, x.locations[0].physicalLocation.region.startLine]
      )
    ).toEqual([
      ['my-admin: inline test "grant app" failed: expected a match, got none', 14],
      [
        'my-admin: coverage-of-tests test "has positive and negative tests" failed: the rule needs tests: one that must not',
        1
      ]
    ]);
  });

  it('exit 2 on an invalid rule; the goodlog pass fails on unlisted hits and accepts listed ones', async () => {
    const bad = pack({ 'r.yml': ruleText('no_match').replace('owner: sec', 'owner: sec\nlevel: high') });
    const r = await cli(['rules', 'test', bad, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      `INVALID ${path.relative(process.cwd(), path.join(bad, 'r.yml'))}:1 my-admin: unknown key "level" at top level`
    );

    const good = '{"timestamp":"1717000000.0","event":{"EventType":"grant_role","GranteeRoles":["admin"]}}\n';
    const dir = pack({ 'r.yml': ruleText('no_match'), 'goodlog/day.log': good });
    const hit = await cli(['rules', 'test', dir, '--quiet']);
    expect(hit.code).toBe(1);
    expect(hit.stdout).toContain(
      `my-admin: goodlog "goodlog day.log:1": fired on the benign corpus at ${path.relative(process.cwd(), path.join(dir, 'goodlog/day.log'))}:1`
    );
    writeFileSync(
      path.join(dir, 'goodlog/known-fps.yml'),
      'version: 1\nknown:\n  - {rule: my-admin, file: day.log, line: 1, reason: break-glass drill}\n'
    );
    expect((await cli(['rules', 'test', dir, '--quiet'])).code).toBe(0);
    expect((await cli(['rules', 'test', path.join(dir, 'missing')])).stderr).toMatch(
      /^db-posture: error: rules test .*missing: cannot read .*missing: ENOENT; expected a rule file or directory\.\n$/
    );
  });
});
