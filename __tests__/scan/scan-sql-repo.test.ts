import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { noAttestations } from '../../src/core/attestation.js';
import type { CheckContext } from '../../src/core/check.js';
import { scan } from '../../src/scan/scan.js';
import { loadPgParser } from '../../src/scan/sql/pg-parser.js';
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

beforeAll(loadPgParser);
const root = path.resolve('fixtures/scan-sql-repo');

describe('fixture repository with SQL migrations, CockroachDB SQL and includes', () => {
  it('findings by file, line and status for every kind', async () => {
    const r = await scan({ root, paths: ['.'], include: [], exclude: [], pgVersion: 17, ctx });
    expect(r.findings.map(f => `${f.file}:${f.line}:${f.column} ${f.checkId} ${f.status}`)).toEqual([
      'crdb/001_cluster.sql:2:70 crdb/hba INFO',
      'crdb/001_cluster.sql:2:70 crdb/ldap INFO',
      'crdb/001_cluster.sql:2:70 crdb/sensitive-redaction PASS',
      'crdb/001_cluster.sql:3:1 crdb/hba FAIL',
      'crdb/001_cluster.sql:4:42 crdb/audit-logging PASS',
      'crdb/001_cluster.sql:6:61 crdb/password-policy WARN',
      'crdb/001_cluster.sql:7:38 scan/sql-password FAIL',
      'crdb/001_cluster.sql:8:1 scan/crdb-grant-admin WARN',
      'crdb/001_cluster.sql:9:1 crdb/table-audit INFO',
      'crdb/001_cluster.sql:10:1 scan/parse INFO',
      'migrations/001_roles.sql:2:1 scan/pg-superuser-role PASS',
      'migrations/001_roles.sql:3:31 scan/sql-password FAIL',
      'migrations/001_roles.sql:4:1 pg/privileged-roles WARN',
      'migrations/001_roles.sql:6:1 pg/public-grants FAIL',
      'migrations/001_roles.sql:7:1 pg/public-schema FAIL',
      'migrations/001_roles.sql:7:1 scan/pg-schema-create PASS',
      'migrations/001_roles.sql:8:1 pg/privileged-roles FAIL',
      'migrations/002_functions.sql:6:1 pg/security-definer WARN',
      'migrations/002_functions.sql:10:1 pg/untrusted-languages WARN',
      'migrations/002_functions.sql:11:1 pg/ssl FAIL',
      'migrations/002_functions.sql:11:1 pg/tls-version N/A',
      'migrations/002_functions.sql:12:1 pg/pgaudit WARN',
      'migrations/003_broken.sql:2:34 scan/parse INFO',
      'migrations/004_clean.sql:2:1 scan/sql-password PASS',
      'migrations/004_clean.sql:2:1 scan/pg-superuser-role PASS',
      'migrations/004_clean.sql:2:1 pg/privileged-roles PASS',
      'migrations/004_clean.sql:3:1 pg/public-grants PASS',
      'db/hba.d/admins.conf:1:1 pg/hba WARN',
      'db/hba.d/extra/10-app.conf:2:1 pg/hba FAIL',
      'db/hba.d/extra/20-app.conf:1:1 pg/hba INFO',
      'db/postgresql.conf:6:1 scan/include FAIL',
      'db/postgresql.conf:2:1 pg/ssl PASS',
      'db/postgresql.conf:2:1 pg/tls-version PASS',
      'db/conf.d/02-legacy.conf:2:1 pg/password-encryption WARN',
      'db/postgresql.conf:1:1 pg/listen-addresses PASS',
      'db/tuning.conf:1:1 pg/connection-logging PASS',
      'db/postgresql.conf:7:1 pg/log-statement PASS',
      'db/postgresql.conf:3:1 pg/log-line-prefix PASS',
      'db/conf.d/01-audit.conf:2:1 pg/pgaudit WARN'
    ]);
    expect(r.scanned.map(s => `${s.rel} ${s.kind}`)).toEqual([
      'crdb/001_cluster.sql sql',
      'db/pg_hba.conf pg_hba',
      'db/postgresql.conf postgresql_conf',
      'migrations/001_roles.sql sql',
      'migrations/002_functions.sql sql',
      'migrations/003_broken.sql sql',
      'migrations/004_clean.sql sql'
    ]);
  });

  it('no output format carries a committed password; SARIF places the FAIL on its line', async () => {
    const secrets = ['Fixture-Secret-1', 'Fixture-Secret-2'];
    for (const s of secrets)
      expect(
        readFileSync(
          path.join(root, s.endsWith('1') ? 'migrations/001_roles.sql' : 'crdb/001_cluster.sql'),
          'utf8'
        )
      ).toContain(s);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-scan-sql-'));
    for (const format of ['markdown', 'json', 'sarif']) {
      const out = path.join(dir, `scan.${format}`);
      const r = await cli(['scan', '--root', root, '--format', format, '--out', out]);
      expect([format, r.code]).toEqual([format, 1]);
      const text = readFileSync(out, 'utf8') + r.stdout + r.stderr;
      for (const s of secrets) expect([format, text.includes(s)]).toEqual([format, false]);
    }
    const sarif = JSON.parse(readFileSync(path.join(dir, 'scan.sarif'), 'utf8'));
    const pw = sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'scan/sql-password');
    expect(
      pw.map(
        (x: {
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }[];
        }) =>
          `${x.locations[0].physicalLocation.artifactLocation.uri}:${x.locations[0].physicalLocation.region.startLine}`
      )
    ).toEqual(['crdb/001_cluster.sql:7', 'migrations/001_roles.sql:3']);
  });

  it('--engine forces the dialect; a bad value is exit 2 naming the flag', async () => {
    const pg = await cli(['scan', '--root', root, '--format', 'json', '--engine', 'postgres', 'crdb']);
    const ids = JSON.parse(pg.stdout).findings.map(
      (f: { checkId: string; status: string }) => `${f.checkId} ${f.status}`
    );
    // Read as PostgreSQL, SET CLUSTER SETTING is a syntax error: the file is one INFO, and only its
    // committed password is still found.
    expect(ids).toEqual(['scan/parse INFO', 'scan/sql-password FAIL']);
    const bad = await cli(['scan', '--root', root, '--engine', 'mysql']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--engine "mysql": expected one of postgres, cockroachdb.');
  });
});
