// npm run bench [-- --databases 200 --tables 500 --roles 2000]
// Builds the reference workload in an embedded PostgreSQL, audits it with the CLI bundle in a child
// process (wall time, connections, peak RSS), then runs the same catalog queries with psql in one
// session as the floor, and prints the ratio.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { freePort, startServer } from './embedded-server.mjs';
import { benchLargeBaseline } from './bench-baseline.mjs';
import { benchMerge } from './bench-merge.mjs';

function runChild(args, env, command = process.execPath) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', d => (stdout += d));
    child.stderr.on('data', d => (stderr += d));
    child.on('error', reject);
    child.on('close', status => resolve({ status, stdout, stderr, ended: performance.now() }));
  });
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    databases: { type: 'string', default: '200' },
    tables: { type: 'string', default: '500' },
    roles: { type: 'string', default: '2000' },
    // `--case merge` runs only the fleet merge (legs copied from a one-database audit).
    case: { type: 'string', default: 'all' }
  }
});
const DBS = Number(values.databases);
const TABLES = Number(values.tables);
const ROLES = Number(values.roles);
for (const [k, v] of Object.entries({ databases: DBS, tables: TABLES, roles: ROLES })) {
  if (!Number.isInteger(v) || v < 1) {
    console.error(`bench: --${k} must be a positive integer`);
    process.exit(2);
  }
}

if (values.case !== 'all' && values.case !== 'merge') {
  console.error('bench: --case must be all or merge');
  process.exit(2);
}
if (values.case === 'merge') {
  const small = await startServer();
  try {
    const out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-bench-'));
    const audit = await runChild(
      [
        path.join(root, 'dist/cli.js'),
        'audit',
        '--name',
        'template',
        '--out',
        out,
        '--fail-on',
        'never',
        '--quiet'
      ],
      { ...process.env, DB_POSTURE_URL: small.url() }
    );
    if (audit.status !== 0) throw new Error(`template audit exited with ${audit.status}: ${audit.stderr}`);
    const file = readdirSync(out).find(f => f.endsWith('.json'));
    await benchMerge(root, JSON.parse(readFileSync(path.join(out, file), 'utf8')));
  } finally {
    await small.stop();
  }
  process.exit(0);
}

const serverLog = [];
const srv = await startServer({
  flags: [
    '-c',
    'max_connections=300',
    '-c',
    'fsync=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'log_connections=on'
  ],
  onLog: m => serverLog.push(String(m))
});
const connectionsSince = mark =>
  serverLog
    .slice(mark)
    .join('')
    .split('\n')
    .filter(l => /connection authorized: user=postgres /.test(l)).length;
try {
  const t0 = performance.now();
  const c = srv.client();
  await c.connect();
  console.log(`bench: creating ${ROLES} roles, a template with ${TABLES} tables, ${DBS} databases…`);
  await c.query(
    `DO $$ BEGIN FOR i IN 1..${ROLES} LOOP EXECUTE format('CREATE ROLE bench_role_%s LOGIN', i); END LOOP; END $$`
  );
  await c.query('CREATE DATABASE bench_template');
  const t = srv.client('bench_template');
  await t.connect();
  await t.query(
    `DO $$ BEGIN FOR i IN 1..${TABLES} LOOP EXECUTE format('CREATE TABLE t_%s (id int PRIMARY KEY, v text)', i);
       IF i % 50 = 0 THEN EXECUTE format('GRANT SELECT ON t_%s TO PUBLIC', i); END IF; END LOOP; END $$`
  );
  await t.end();
  for (let i = 1; i <= DBS; i++) await c.query(`CREATE DATABASE bench_${i} TEMPLATE bench_template`);
  await c.end();
  console.log(`bench: workload ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-bench-'));
  const logMark = serverLog.length;
  const started = performance.now();
  // The bundle runs the CLI on import; a child process reports its own peak RSS on exit. It runs
  // asynchronously so the server's log keeps flowing (and is counted) while the audit runs.
  const audit = await runChild(
    [
      '-e',
      `import(${JSON.stringify(path.join(root, 'dist/cli.js'))}).then(() => { process.on('exit', () => process.stderr.write('\\nPEAK_RSS ' + process.resourceUsage().maxRSS + '\\n')); });`,
      '--',
      'bench-placeholder-argv1',
      'audit',
      '--name',
      'bench',
      '--out',
      out,
      '--fail-on',
      'never',
      '--concurrency',
      '4'
    ],
    { ...process.env, DB_POSTURE_URL: srv.url() }
  );
  await new Promise(r => setTimeout(r, 300));
  const wall = (audit.ended - started) / 1000;
  const connections = connectionsSince(logMark);
  if (audit.status !== 0) {
    console.error(audit.stdout, audit.stderr);
    throw new Error(`audit exited with ${audit.status}`);
  }
  const peakKb = Number(audit.stderr.match(/PEAK_RSS (\d+)/)?.[1] ?? NaN);
  const json = JSON.parse(
    readFileSync(
      path.join(
        out,
        readdirSync(out).find(f => f.endsWith('.json'))
      ),
      'utf8'
    )
  );
  const dbsAudited = json.target.details['Databases Audited'];

  // The floor: the same catalog queries by psql in one session, \connect-ing from database to database.
  const ts = (await import('typescript')).default;
  const source = readFileSync(path.join(root, 'src/engines/postgres/queries.ts'), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
  }).outputText;
  const queriesFile = path.join(out, 'queries.mjs');
  writeFileSync(queriesFile, js);
  const { CLUSTER_QUERIES, DATABASE_QUERIES } = await import(queriesFile);
  const names = ['postgres', 'bench_template', ...Array.from({ length: DBS }, (_, i) => `bench_${i + 1}`)];
  let script =
    Object.values(CLUSTER_QUERIES)
      .map(q => `${q};`)
      .join('\n') + '\n';
  for (const n of names)
    script +=
      `\\connect ${n}\n` +
      Object.values(DATABASE_QUERIES)
        .map(q => `${q};`)
        .join('\n') +
      '\n';
  const file = path.join(out, 'floor.sql');
  writeFileSync(file, script);
  const psqlStart = performance.now();
  // Asynchronous like the audit: a blocked event loop would stop draining the server's log pipe,
  // and the server would stall once it fills. The password comes from PGPASSWORD so that every
  // \connect reuses it instead of prompting.
  const psql = await runChild(
    [
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      '-o',
      '/dev/null',
      '-f',
      file,
      '-h',
      '127.0.0.1',
      '-p',
      String(srv.port),
      '-U',
      'postgres',
      'postgres'
    ],
    { ...process.env, PGPASSWORD: srv.password },
    'psql'
  );
  const floor = (psql.ended - psqlStart) / 1000;
  // A failed floor would make the ratio meaningless: stop instead of printing it.
  if (psql.status !== 0)
    throw new Error(`psql floor failed (exit ${psql.status}): ${psql.stderr.slice(0, 500)}`);

  // Start-up: process start until the collector's first connection attempt fails on a closed port,
  // an upper bound on bundle load time (design target: under 300 ms). Median of five runs.
  const closedPort = await freePort();
  const startups = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const run = await runChild(
      [
        path.join(root, 'dist/cli.js'),
        'audit',
        '--out',
        out,
        '--url',
        `postgresql://bench@127.0.0.1:${closedPort}/postgres`
      ],
      process.env
    );
    if (run.status !== 3) throw new Error(`start-up probe exited with ${run.status}: ${run.stderr}`);
    startups.push(run.ended - t);
  }
  const startup = startups.sort((a, b) => a - b)[2];

  console.log('');
  console.log(
    `workload            ${DBS} databases x ${TABLES} tables, ${ROLES} roles (${dbsAudited} databases audited)`
  );
  console.log(`audit wall time     ${wall.toFixed(2)} s (process start to exit, dist/cli.js)`);
  console.log(`connections used    ${connections} (counted in the server log; concurrency 4)`);
  console.log(`peak RSS            ${(peakKb / 1024).toFixed(0)} MB`);
  console.log(`psql floor          ${floor.toFixed(2)} s (same catalog queries, one session)`);
  console.log(`ratio to floor      ${(wall / floor).toFixed(2)}x`);
  console.log(
    `start-up            ${startup.toFixed(0)} ms (process start to first connection attempt, median of 5)`
  );
  console.log(
    `findings            ${json.findings.length} (FAIL ${json.summary.FAIL}, WARN ${json.summary.WARN})`
  );
  // The fleet case: 1,000 legs built from the report just written.
  await benchMerge(root, json);
} finally {
  await srv.stop();
}
await benchLargeBaseline();
