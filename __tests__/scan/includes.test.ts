import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { noAttestations } from '../../src/core/attestation.js';
import type { CheckContext } from '../../src/core/check.js';
import { scan } from '../../src/scan/scan.js';
import type { PgMajor } from '../../src/scan/judge-conf.js';

const ctx: CheckContext = {
  auditedAt: new Date('2026-12-01T00:00:00Z'),
  deployment: 'self-hosted',
  environment: 'production',
  dataSensitivity: 'internal',
  compliance: [],
  targetName: 'scan',
  attestation: noAttestations
};

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'db-posture-include-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}
const run = async (root: string, pgVersion: PgMajor = 17) =>
  (await scan({ root, paths: ['.'], include: [], exclude: [], pgVersion, ctx })).findings;
const rows = (fs: Awaited<ReturnType<typeof run>>, id?: string) =>
  fs
    .filter(f => !id || f.checkId === id)
    .map(f => `${f.file}:${f.line} ${f.checkId} ${f.status}: ${f.detail.text}`);

describe('pg_hba.conf includes (PostgreSQL 16+)', () => {
  it('include, include_if_exists and include_dir in place, first match across files, own file and line', async () => {
    const root = repo({
      'db/pg_hba.conf': [
        'local all all peer',
        'include sub/first.conf',
        'include_if_exists sub/absent.conf',
        'include_dir "sub/d"',
        'host all all 0.0.0.0/0 trust'
      ].join('\n'),
      'db/sub/first.conf': 'hostssl all admin 10.1.2.0/24 scram-sha-256\n',
      // C-locale order: "B.conf" before "a.conf"; dot files and other suffixes are ignored.
      'db/sub/d/a.conf': 'host app app 10.0.0.0/8 scram-sha-256\n',
      'db/sub/d/B.conf': 'host app app 0.0.0.0/0 reject\n',
      'db/sub/d/.hidden.conf': 'host all all 0.0.0.0/0 trust\n',
      'db/sub/d/notes.txt': 'host all all 0.0.0.0/0 trust\n'
    });
    expect(rows(await run(root))).toEqual([
      'db/sub/d/a.conf:1 pg/hba INFO: Rule at a.conf line 1 (host app app 10.0.0.0/8 scram-sha-256) can never match: the rule at B.conf line 1 (host app app 0.0.0.0/0 reject) matches first.',
      'db/pg_hba.conf:5 pg/hba FAIL: Rule at line 5 (host all all 0.0.0.0/0 trust): trust admits anyone who can reach the address, with no password; the range /0 is very broad.'
    ]);
  });

  it('a missing include is a FAIL on its line; a cycle is named; PostgreSQL 15 reads include as an invalid record', async () => {
    const missing = repo({ 'pg_hba.conf': 'local all all peer\ninclude nope.conf\n' });
    expect(rows(await run(missing), 'scan/include')).toEqual([
      'pg_hba.conf:2 scan/include FAIL: include nope.conf: no such file nope.conf: PostgreSQL refuses to load the file.'
    ]);
    const cycle = repo({
      'pg_hba.conf': 'include a.conf\n',
      'a.conf': 'local all all peer\ninclude pg_hba.conf\n'
    });
    expect(rows(await run(cycle), 'scan/include')).toEqual([
      'a.conf:2 scan/include FAIL: include cycle: pg_hba.conf -> a.conf -> pg_hba.conf: PostgreSQL refuses to load the file.'
    ]);
    expect(rows(await run(missing, 15), 'pg/hba')).toEqual([
      'pg_hba.conf:1 pg/hba PASS: The 1 reachable pg_hba rule restricts connections by address, user or method.',
      'pg_hba.conf:2 pg/hba INFO: Rule at line 2 cannot be parsed and is ignored: invalid connection type "include".'
    ]);
  });

  it('an included pg_hba*.conf is judged as part of its includer, not again alone', async () => {
    const root = repo({
      'pg_hba.conf': 'include pg_hba_extra.conf\n',
      'pg_hba_extra.conf': 'host all all 0.0.0.0/0 trust\n'
    });
    expect((await run(root)).map(f => `${f.file}:${f.line} ${f.status}`)).toEqual([
      'pg_hba_extra.conf:1 FAIL'
    ]);
  });
});

describe('postgresql.conf includes', () => {
  it('later settings win across include, include_dir (C order) and the including file', async () => {
    const root = repo({
      'postgresql.conf': [
        'ssl = off',
        "include 'tls.conf'",
        "include_dir 'conf.d'",
        "include_if_exists 'absent.conf'",
        "log_statement = 'ddl'"
      ].join('\n'),
      'tls.conf': "ssl = on\nlog_statement = 'none'\n",
      'conf.d/10-logging.conf': 'log_connections = on\nlog_disconnections = off\n',
      'conf.d/20-logging.conf': 'log_disconnections = on\n'
    });
    const f = await run(root);
    expect(rows(f, 'pg/ssl')).toEqual([
      'tls.conf:1 pg/ssl PASS: ssl is on: the server accepts TLS connections.'
    ]);
    expect(rows(f, 'pg/log-statement')).toEqual([
      'postgresql.conf:5 pg/log-statement PASS: log_statement is ddl.'
    ]);
    expect(rows(f, 'pg/connection-logging')).toEqual([
      'conf.d/10-logging.conf:1 pg/connection-logging PASS: log_connections and log_disconnections are on.'
    ]);
    expect(rows(f, 'scan/include')).toEqual([]);
    // The key stays the including file's, so a waiver survives moving a setting between files.
    expect(f.find(x => x.checkId === 'pg/ssl')!.key).toBe('pg/ssl|postgresql.conf|ssl');
  });

  it('missing include and include_dir FAIL; include_if_exists does not; cycles are found', async () => {
    const root = repo({
      'postgresql.conf':
        "include 'gone.conf'\ninclude_dir 'gone.d'\ninclude_if_exists 'gone2.conf'\ninclude 'a.conf'\n",
      'a.conf': "include 'postgresql.conf'\n"
    });
    expect(rows(await run(root), 'scan/include')).toEqual([
      'postgresql.conf:1 scan/include FAIL: include gone.conf: no such file gone.conf: PostgreSQL refuses to load the file.',
      'postgresql.conf:2 scan/include FAIL: include_dir gone.d: no such directory gone.d: PostgreSQL refuses to load the file.',
      'a.conf:1 scan/include FAIL: include cycle: postgresql.conf -> a.conf -> postgresql.conf: PostgreSQL refuses to load the file.'
    ]);
  });

  it('ssl set in an included file decides whether hostssl rules beside it can match', async () => {
    const root = repo({
      'pg_hba.conf': 'hostssl all all 10.0.0.0/24 scram-sha-256\n',
      'postgresql.conf': "include 'tls.conf'\n",
      'tls.conf': 'ssl = on\n'
    });
    expect(rows(await run(root), 'pg/hba')).toEqual([
      'pg_hba.conf:1 pg/hba PASS: The 1 reachable pg_hba rule restricts connections by address, user or method.'
    ]);
  });

  it('an absolute include outside the repository is an INFO, not a guess', async () => {
    const root = repo({ 'postgresql.conf': "include '/etc/postgresql/17/main/extra.conf'\n" });
    expect(rows(await run(root), 'scan/include')).toEqual([
      'postgresql.conf:1 scan/include INFO: include /etc/postgresql/17/main/extra.conf names a path outside the repository: its contents were not judged.'
    ]);
  });
});
