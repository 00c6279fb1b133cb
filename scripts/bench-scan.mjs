// npm run bench:scan [-- --sql 10000 --tf 200 --cli dist/cli.js]
// Writes a repository of SQL migration files and Terraform modules into a temp dir and times
// `db-posture scan` over it with the CLI bundle in a child process: wall time, files/s, peak RSS.
// Target: under 10 s on 2 cores. Each file is read and parsed once; the SQL files count as
// discovered files, and are judged once the scanner knows the SQL kind.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    sql: { type: 'string', default: '10000' },
    tf: { type: 'string', default: '200' },
    cli: { type: 'string', default: path.join(root, 'dist/cli.js') },
    keep: { type: 'boolean' }
  }
});
const SQL = Number(values.sql);
const TF = Number(values.tf);
if (!Number.isInteger(SQL) || SQL < 0 || !Number.isInteger(TF) || TF < 0) {
  console.error('bench:scan: --sql and --tf must be whole numbers');
  process.exit(2);
}

const repo = mkdtempSync(path.join(os.tmpdir(), 'db-posture-bench-scan-'));
const write = (rel, text) => {
  mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
  writeFileSync(path.join(repo, rel), text);
};

// SQL migrations: schema changes with grants, roles and functions, 100 per directory.
for (let i = 0; i < SQL; i++) {
  const n = String(i + 1).padStart(5, '0');
  write(
    `db/migrations/${String(Math.floor(i / 100)).padStart(3, '0')}/V${n}__change_${i}.sql`,
    [
      `-- migration ${n}`,
      `CREATE TABLE IF NOT EXISTS app.t_${i} (id bigint PRIMARY KEY, owner text NOT NULL, body jsonb, created_at timestamptz DEFAULT now());`,
      `CREATE INDEX IF NOT EXISTS t_${i}_owner ON app.t_${i} (owner);`,
      i % 50 === 0
        ? `GRANT SELECT ON app.t_${i} TO PUBLIC;`
        : `GRANT SELECT, INSERT ON app.t_${i} TO app_rw;`,
      i % 200 === 0
        ? `CREATE ROLE etl_${i} LOGIN PASSWORD 'bench-not-a-secret';`
        : `ALTER TABLE app.t_${i} ADD COLUMN IF NOT EXISTS note_${i} text;`,
      `CREATE OR REPLACE FUNCTION app.f_${i}(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + ${i} $$;`,
      ''
    ].join('\n')
  );
}

// Terraform: 20 modules of TF/20 files each, every provider the scan judges.
const modules = Math.max(1, Math.ceil(TF / 10));
for (let i = 0; i < TF; i++) {
  const mod = `infra/module-${String(i % modules).padStart(2, '0')}`;
  const k = Math.floor(i / modules);
  const file = k === 0 ? 'variables.tf' : `res-${k}.tf`;
  write(
    `${mod}/${file}`,
    k === 0
      ? `variable "office" {\n  default = "203.0.113.0"\n}\n\nvariable "mask" {\n  type = number\n}\n\nresource "cockroach_cluster" "c" {\n  name              = "c${i}"\n  cloud_provider    = "AWS"\n  plan              = "ADVANCED"\n  delete_protection = true\n  dedicated {\n    storage_gib                = 150\n    private_network_visibility = true\n  }\n}\n`
      : [
          `resource "cockroach_allow_list" "a${k}" {`,
          '  cluster_id = cockroach_cluster.c.id',
          `  cidr_ip    = ${k % 3 === 0 ? '"0.0.0.0"' : 'var.office'}`,
          `  cidr_mask  = ${k % 4 === 0 ? 'var.mask' : '24'}`,
          '  ui         = false',
          '  sql        = true',
          '}',
          '',
          `resource "postgresql_grant" "g${k}" {`,
          '  database    = "app"',
          `  role        = "${k % 2 ? 'public' : 'app'}"`,
          '  schema      = "public"',
          '  object_type = "table"',
          '  privileges  = ["SELECT"]',
          '}',
          '',
          `resource "aws_db_parameter_group" "p${k}" {`,
          `  name   = "p${i}"`,
          '  family = "postgres16"',
          '  parameter {',
          '    name  = "rds.force_ssl"',
          `    value = "${k % 2}"`,
          '  }',
          '  parameter {',
          '    name  = "log_connections"',
          '    value = "1"',
          '  }',
          '}',
          '',
          `resource "google_sql_database_instance" "s${k}" {`,
          `  name             = "s${i}"`,
          '  database_version = "POSTGRES_16"',
          '  settings {',
          '    tier = "db-f1-micro"',
          '    ip_configuration {',
          '      ssl_mode = "ENCRYPTED_ONLY"',
          '    }',
          '  }',
          '}',
          ''
        ].join('\n')
  );
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', d => (stdout += d));
    child.stderr.on('data', d => (stderr += d));
    child.on('error', reject);
    child.on('close', status =>
      resolve({ status, stdout, stderr, seconds: (performance.now() - started) / 1000 })
    );
  });
}

const out = path.join(repo, '..', `${path.basename(repo)}.json`);
const res = await run(process.execPath, [
  path.join(root, 'scripts/bench-detect-child.mjs'),
  path.resolve(values.cli),
  'scan',
  '--root',
  repo,
  '--format',
  'json',
  '--out',
  out
]);
// Exit 1 is expected: the repository holds FAIL findings on purpose.
if (res.status !== 0 && res.status !== 1) {
  console.error(`bench:scan: scan failed (${res.status}): ${res.stderr}`);
  process.exit(1);
}
const rssMb = Number(/maxRSS=(\d+)/.exec(res.stderr)?.[1] ?? NaN) / 1024;
const report = JSON.parse(readFileSync(out, 'utf8'));
const files = SQL + TF;
const byKind = {};
for (const s of report.scanned) byKind[s.kind] = (byKind[s.kind] ?? 0) + 1;
console.log(
  `bench:scan: ${files} files (${SQL} SQL, ${TF} Terraform) in ${res.seconds.toFixed(2)} s = ${Math.round(files / res.seconds)} files/s; peak RSS ${rssMb.toFixed(0)} MB; judged ${JSON.stringify(byKind)}, ${report.findings.length} findings, ${report.skipped.length} skipped; target < 10 s: ${res.seconds < 10 ? 'met' : 'MISSED'}`
);
if (!values.keep) {
  rmSync(repo, { recursive: true, force: true });
  rmSync(out, { force: true });
} else console.log(`bench:scan: kept ${repo}`);
if (res.seconds >= 10) process.exit(1);
