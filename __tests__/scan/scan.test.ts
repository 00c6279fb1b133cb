import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { noAttestations } from '../../src/core/attestation.js';
import type { CheckContext } from '../../src/core/check.js';
import { parseHbaFile } from '../../src/scan/hba-file.js';
import { judgeHbaFile } from '../../src/scan/judge-hba.js';
import { judgeConfFile } from '../../src/scan/judge-conf.js';
import { scan } from '../../src/scan/scan.js';
import { cli } from '../helpers/cli-run.js';

const ctx: CheckContext = {
  auditedAt: new Date('2026-12-01T00:00:00Z'),
  deployment: 'self-hosted',
  environment: 'production',
  dataSensitivity: 'internal',
  compliance: [],
  targetName: 'scan',
  attestation: noAttestations
};
const where = (fs: { status: string; line: number; checkId: string }[]) =>
  fs.map(f => `${f.checkId} ${f.status} ${f.line}`);

/** Writes a fixture repository: { 'db/pg_hba.conf': '...' }. */
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'db-posture-scan-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('pg_hba.conf read as pg_hba_file_rules reads it', () => {
  it('fields, lists, quotes, netmasks, continuation and comments', () => {
    const rules = parseHbaFile(
      [
        '# comment',
        'local all postgres peer',
        'host "all" a,b 10.0.0.0 255.0.0.0 md5 # trailing',
        'hostssl app,  other all 192.168.1.0/24 \\',
        '  scram-sha-256',
        '   host all all all ldap ldapserver=x ldapbindpasswd=s3cret',
        'hots all all all trust'
      ].join('\n'),
      'pg_hba.conf'
    );
    expect(rules.map(r => [r.line, r.column])).toEqual([
      [2, 1],
      [3, 1],
      [4, 1],
      [6, 4],
      [7, 1]
    ]);
    expect(rules[1].rule).toMatchObject({
      type: 'host',
      databases: ['all'],
      users: ['a', 'b'],
      address: '10.0.0.0',
      netmask: '255.0.0.0',
      method: 'md5',
      error: null
    });
    expect(rules[2].rule).toMatchObject({ databases: ['app', 'other'], method: 'scram-sha-256' });
    expect(rules[3].rule.options).toEqual(['ldapserver=x', 'ldapbindpasswd=********']);
    expect(rules[4].rule.error).toBe('invalid connection type "hots"');
  });

  it('PASS: narrow TLS rules with scram, peer locally', () => {
    const f = judgeHbaFile(
      'local all all peer\nhostssl app app 10.1.2.0/24 scram-sha-256\nhost all all 0.0.0.0/0 reject\n',
      'pg_hba.conf',
      ctx
    );
    expect(f.map(x => [x.status, x.detail.text])).toEqual([
      ['PASS', 'All 3 reachable pg_hba rules restrict connections by address, user or method.']
    ]);
  });

  it('FAIL, WARN and shadowed INFO on the declared lines, keyed by the rule text', () => {
    const text = [
      'local all all peer',
      '',
      'host all all 0.0.0.0/0 trust',
      '  host app app 10.0.0.0/8 md5',
      'host all all 10.1.0.0/16 scram-sha-256'
    ].join('\n');
    const f = judgeHbaFile(text, 'db/pg_hba.conf', ctx);
    expect(f.map(x => [x.status, x.line, x.column, x.key])).toEqual([
      ['FAIL', 3, 1, 'pg/hba|db/pg_hba.conf|host all all 0.0.0.0/0 trust'],
      ['INFO', 4, 3, 'pg/hba|db/pg_hba.conf|host app app 10.0.0.0/8 md5'],
      ['INFO', 5, 1, 'pg/hba|db/pg_hba.conf|host all all 10.1.0.0/16 scram-sha-256']
    ]);
    // Moving the rule down keeps its waiver key.
    const moved = judgeHbaFile(`# new comment\n${text}`, 'db/pg_hba.conf', ctx);
    expect(moved[0].line).toBe(4);
    expect(moved[0].key).toBe(f[0].key);
  });

  it('WARN without FAIL: md5 and a broad range', () => {
    const f = judgeHbaFile('hostssl all all 10.0.0.0/8 md5\n', 'pg_hba.conf', ctx);
    expect(f.map(x => [x.status, x.detail.text])).toEqual([
      [
        'WARN',
        'Rule at line 1 (hostssl all all 10.0.0.0/8 md5): md5 is a weak challenge-response (use scram-sha-256); the range /8 is very broad.'
      ]
    ]);
  });
});

describe('postgresql.conf through the live settings checks', () => {
  const ids = (fs: ReturnType<typeof judgeConfFile>) =>
    Object.fromEntries(fs.map(f => [f.checkId, `${f.status}@${f.line}`]));

  it('PASS: a hardened file', () => {
    const f = judgeConfFile(
      [
        "listen_addresses = '10.0.0.5'",
        'ssl = true',
        "ssl_min_protocol_version = 'TLSv1.3'",
        "password_encryption = 'SCRAM-SHA-256'",
        'log_connections = yes',
        'log_disconnections = on',
        "log_statement = 'ddl'",
        "log_line_prefix = '%m [%p] %q%u@%d %h '",
        "shared_preload_libraries = 'pg_stat_statements,pgaudit'",
        "pgaudit.log = 'ddl, role, write'"
      ].join('\n'),
      'postgresql.conf',
      17,
      ctx
    );
    expect(ids(f)).toEqual({
      'pg/ssl': 'PASS@2',
      'pg/tls-version': 'PASS@3',
      'pg/password-encryption': 'PASS@4',
      'pg/listen-addresses': 'PASS@1',
      'pg/connection-logging': 'PASS@5',
      'pg/log-statement': 'PASS@7',
      'pg/log-line-prefix': 'PASS@8',
      'pg/pgaudit': 'PASS@9'
    });
  });

  it('FAIL/WARN, and the later assignment wins', () => {
    const f = judgeConfFile(
      [
        'ssl = on',
        "listen_addresses = '*'",
        'ssl = off   # later line wins',
        'password_encryption = md5',
        "pgaudit.log = 'all'"
      ].join('\n'),
      'postgresql.conf',
      17,
      ctx
    );
    expect(ids(f)).toMatchObject({
      'pg/ssl': 'FAIL@3',
      'pg/tls-version': 'N/A@3',
      'pg/password-encryption': 'WARN@4',
      'pg/listen-addresses': 'WARN@2',
      'pg/pgaudit': 'FAIL@5'
    });
    expect(f.find(x => x.checkId === 'pg/pgaudit')!.detail.text).toContain(
      'pgaudit.log is set to all, but without the library that value is an inert placeholder.'
    );
  });

  it('a setting left out takes the server default of the named major version', () => {
    const v13 = judgeConfFile('ssl = on\n', 'postgresql.conf', 13, ctx);
    const v17 = judgeConfFile('ssl = on\n', 'postgresql.conf', 17, ctx);
    const pe = (fs: typeof v13) => fs.find(f => f.checkId === 'pg/password-encryption')!;
    expect([pe(v13).status, pe(v13).line, pe(v13).annotation]).toEqual([
      'WARN',
      1,
      'not set in postgresql.conf: the PostgreSQL 13 server default decides'
    ]);
    expect(pe(v17).status).toBe('PASS');
  });

  it('a syntax error is one INFO finding on its line', () => {
    const f = judgeConfFile("ssl = on\nlog_statement = 'all\n", 'postgresql.conf', 17, ctx);
    expect(f.filter(x => x.checkId === 'scan/parse').map(x => [x.status, x.line, x.detail.text])).toEqual([
      ['INFO', 2, 'Could not parse line 2: unterminated quoted string for log_statement.']
    ]);
  });
});

describe('db-posture scan on a fixture repository', () => {
  const files = {
    '.gitignore': 'generated/\n',
    'generated/pg_hba.conf': 'host all all 0.0.0.0/0 trust\n',
    'db/pg_hba.conf': 'local all all peer\nhost all all 0.0.0.0/0 trust\n',
    'db/postgresql.conf': 'ssl = on\n',
    'db/postgresql.auto.conf': 'ssl = off\n',
    'staging/pg_hba.conf': 'hostssl all all 10.0.0.0/24 scram-sha-256\n',
    'README.md': 'not configuration\n'
  };

  it('honours .gitignore, groups postgresql.auto.conf over postgresql.conf, places findings', async () => {
    const root = repo(files);
    const r = await scan({ root, paths: ['.'], include: [], exclude: [], pgVersion: 17, ctx });
    expect(r.scanned.map(s => s.rel)).toEqual([
      'db/pg_hba.conf',
      'db/postgresql.auto.conf',
      'db/postgresql.conf',
      'staging/pg_hba.conf'
    ]);
    const ssl = r.findings.find(f => f.checkId === 'pg/ssl')!;
    expect([ssl.status, ssl.file, ssl.line]).toEqual(['FAIL', 'db/postgresql.auto.conf', 1]);
    expect(where(r.findings.filter(f => f.checkId === 'pg/hba'))).toEqual(['pg/hba FAIL 2', 'pg/hba PASS 1']);
  });

  it('--exclude and --include globs', async () => {
    const root = repo(files);
    const ex = await scan({ root, paths: ['.'], include: [], exclude: ['db/**'], pgVersion: 17, ctx });
    expect(ex.scanned.map(s => s.rel)).toEqual(['staging/pg_hba.conf']);
    const inc = await scan({
      root,
      paths: ['.'],
      include: ['staging/*.conf'],
      exclude: [],
      pgVersion: 17,
      ctx
    });
    expect(inc.scanned.map(s => s.rel)).toEqual(['staging/pg_hba.conf']);
  });

  it('exit 1 on FAIL with JSON and SARIF on the real line; exit 0 when clean; exit 2 on bad input', async () => {
    const root = repo(files);
    const json = await cli(['scan', '--root', root, '--format', 'json', 'db']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.findings.find((f: { status: string }) => f.status === 'FAIL')).toMatchObject({
      file: 'db/pg_hba.conf',
      line: 2,
      column: 1,
      key: 'pg/hba|db/pg_hba.conf|host all all 0.0.0.0/0 trust'
    });
    const out = path.join(root, 'scan.sarif');
    expect((await cli(['scan', '--root', root, '--format', 'sarif', '--out', out, 'db'])).code).toBe(1);
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    const result = sarif.runs[0].results.find((x: { level: string }) => x.level === 'error');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'db/pg_hba.conf' },
      region: { startLine: 2, startColumn: 1 }
    });
    const md = await cli(['scan', '--root', root, 'staging']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| PASS | pg/hba | [`staging/pg_hba.conf:1`](staging/pg_hba.conf#L1) |');
    const bad = await cli(['scan', '--root', root, '--format', 'xml']);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'db-posture: error: --format "xml": expected one of markdown, json, sarif, junit.\n'
    ]);
    const missing = await cli(['scan', '--root', root, 'nope']);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'db-posture: error: scan: path "nope" does not exist.\n'
    ]);
  });
});

describe('the README fixture repository', () => {
  it('findings by file, line and status', async () => {
    const root = path.resolve('fixtures/scan-repo');
    const r = await scan({ root, paths: ['.'], include: [], exclude: [], pgVersion: 17, ctx });
    expect(r.findings.map(f => `${f.file}:${f.line} ${f.checkId} ${f.status}`)).toEqual([
      'db/pg_hba.conf:4 pg/hba FAIL',
      'db/pg_hba.conf:5 pg/hba INFO',
      'db/postgresql.conf:2 pg/ssl PASS',
      'db/postgresql.conf:2 pg/tls-version PASS',
      'db/postgresql.conf:3 pg/password-encryption PASS',
      'db/postgresql.conf:1 pg/listen-addresses WARN',
      'db/postgresql.conf:4 pg/connection-logging PASS',
      'db/postgresql.conf:1 pg/log-statement WARN',
      'db/postgresql.conf:6 pg/log-line-prefix PASS',
      'db/postgresql.conf:8 pg/pgaudit WARN'
    ]);
  });

  it('hostssl rules: judged when ssl is on beside them, an error row when it is off', async () => {
    const on = repo({
      'pg_hba.conf': 'hostssl all all 10.0.0.0/24 scram-sha-256\n',
      'postgresql.conf': 'ssl = on\n'
    });
    const off = repo({
      'pg_hba.conf': 'hostssl all all 10.0.0.0/24 scram-sha-256\n',
      'postgresql.conf': '\n'
    });
    const hba = async (root: string) =>
      (await scan({ root, paths: ['.'], include: [], exclude: [], pgVersion: 17, ctx })).findings
        .filter(f => f.checkId === 'pg/hba')
        .map(f => [f.status, f.detail.text]);
    expect(await hba(on)).toEqual([
      ['PASS', 'The 1 reachable pg_hba rule restricts connections by address, user or method.']
    ]);
    expect(await hba(off)).toEqual([
      ['PASS', 'All 0 reachable pg_hba rules restrict connections by address, user or method.'],
      [
        'INFO',
        'Rule at line 1 cannot be parsed and is ignored: hostssl record cannot match because SSL is disabled.'
      ]
    ]);
  });
});
