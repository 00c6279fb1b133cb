// npm run bench:detect [-- --mb 1024] [--cli <bundle>]
// --cli runs another CLI bundle than dist/cli.js (e.g. an esbuild bundle of the working tree, to
// measure a change before the lead rebuilds dist/).
// Writes a CockroachDB json log of the given size (the mix of a cluster with all statements
// logged: 86% SQL_EXEC, 8% SESSIONS, 1% failed logins, audited reads, setting changes, grants,
// a few attacks among them), replays it
// through the built-in rule pack with the CLI bundle in a child process (wall time, peak RSS,
// events/s, MB/s), and runs the two floors over the same file: jq with one filter and grep -c.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '1024' },
    keep: { type: 'boolean' },
    cli: { type: 'string' }
  }
});
const MB = Number(values.mb);
if (!Number.isInteger(MB) || MB < 1) {
  console.error('bench:detect: --mb must be a positive integer');
  process.exit(2);
}

function run(command, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'],
      env: process.env
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', d => (stdout += d));
    child.stderr.on('data', d => (stderr += d));
    child.on('error', reject);
    child.on('close', status =>
      resolve({ status, stdout, stderr, seconds: (performance.now() - started) / 1000 })
    );
  });
}

const file = path.join(os.tmpdir(), `db-posture-bench-crdb-v2mix-${MB}mb.ndjson`);
if (!existsSync(file) || statSync(file).size < MB * 1e6) {
  console.log(`bench:detect: writing ${MB} MB of CockroachDB json logs to ${file}…`);
  const out = createWriteStream(file);
  let bytes = 0;
  let n = 0;
  let t = 1717000000;
  const users = Array.from({ length: 200 }, (_, i) => `app_user_${i}`);
  const envelope = (channel, num, event) =>
    `{"channel":"${channel}","channel_numeric":${num},"severity":"INFO","severity_numeric":1,"timestamp":"${t}.${String(n % 1e9).padStart(9, '0')}","file":"util/log/event_log.go","line":32,"goroutine":${1000 + (n % 5000)},"entry_counter":${n},"redactable":1,"node_id":${1 + (n % 3)},"tags":{"n":"${1 + (n % 3)}","client":"‹10.0.${n % 250}.${n % 200}:${40000 + (n % 20000)}›","hostssl":"","user":"‹${event.User ?? 'root'}›"},"event":${JSON.stringify({ Timestamp: t * 1e9 + (n % 1e9), ...event })}}\n`;
  const kinds = [
    () =>
      envelope('SESSIONS', 4, {
        EventType: 'client_authentication_ok',
        InstanceID: 1,
        Network: 'tcp',
        RemoteAddress: `‹10.0.${n % 250}.${n % 200}:${40000 + (n % 20000)}›`,
        Transport: 'hostssl',
        User: `‹${users[n % 200]}›`,
        Method: 'cert-password'
      }),
    () =>
      envelope('SESSIONS', 4, {
        EventType: 'client_session_end',
        InstanceID: 1,
        Network: 'tcp',
        RemoteAddress: `‹10.0.${n % 250}.${n % 200}:${40000 + (n % 20000)}›`,
        Duration: 1e9 * (n % 600)
      }),
    () =>
      envelope('SQL_EXEC', 9, {
        EventType: 'query_execute',
        Statement: `SELECT * FROM shop.public.orders WHERE id = ‹${n}›`,
        Tag: 'SELECT',
        User: `‹${users[n % 200]}›`,
        ApplicationName: '‹app›',
        ExecMode: 'exec',
        NumRows: n % 50,
        Age: 1.2,
        TxnCounter: n % 100
      }),
    () =>
      envelope('SQL_EXEC', 9, {
        EventType: 'query_execute',
        Statement: `UPDATE shop.public.carts SET qty = ‹${n % 9}› WHERE id = ‹${n}›`,
        Tag: 'UPDATE',
        User: `‹${users[n % 200]}›`,
        ApplicationName: '‹app›',
        ExecMode: 'exec',
        NumRows: 1,
        Age: 0.8,
        TxnCounter: n % 100
      }),
    () =>
      envelope('SENSITIVE_ACCESS', 8, {
        EventType: 'sensitive_table_access',
        Statement: '‹SELECT id FROM shop.public.customers›',
        User: '‹reporting_svc›',
        ExecMode: 'exec',
        NumRows: 40,
        TableName: '‹shop.public.customers›',
        AccessMode: 'r'
      }),
    () =>
      envelope('OPS', 1, {
        EventType: 'set_cluster_setting',
        Statement: 'SET CLUSTER SETTING "jobs.retention_time" = ‹\'330h\'›',
        Tag: 'SET CLUSTER SETTING',
        User: 'root',
        SettingName: 'jobs.retention_time',
        Value: '‹330:00:00›'
      }),
    () =>
      envelope('SESSIONS', 4, {
        EventType: 'client_authentication_failed',
        InstanceID: 1,
        Network: 'tcp',
        RemoteAddress: `‹10.0.${n % 250}.9:5000›`,
        Transport: 'hostssl',
        User: `‹${users[n % 200]}›`,
        Reason: 6,
        Detail: '‹password authentication failed›',
        Method: 'cert-password'
      }),
    () =>
      envelope('USER_ADMIN', 6, {
        EventType: 'grant_role',
        Statement: 'GRANT app_reader TO reporting_svc',
        Tag: 'GRANT',
        User: '‹root›',
        GranteeRoles: ['‹app_reader›'],
        Members: [`‹${users[n % 200]}›`]
      })
  ];
  // The mix of a cluster with sql.log.all_statements on: statements dominate (a session runs many),
  // each session adds an authentication and an end event, a few failures, audited-table reads and
  // setting changes; a grant_role every 1000 entries, one in 500 of them to admin.
  const weights = [4, 4, 60, 26, 2, 1, 1];
  const pick = [];
  weights.forEach((w, i) => {
    for (let k = 0; k < w; k++) pick.push(i);
  });
  while (bytes < MB * 1e6) {
    let chunk = '';
    for (let i = 0; i < 2000; i++) {
      n++;
      if (n % 10 === 0) t++;
      let line;
      if (n % 1000 === 0) line = kinds[7]();
      else if (n % 500000 === 0)
        line = envelope('USER_ADMIN', 6, {
          EventType: 'grant_role',
          Statement: 'GRANT admin TO eve',
          Tag: 'GRANT',
          User: '‹mallory›',
          GranteeRoles: ['‹admin›'],
          Members: ['‹eve›']
        });
      else line = kinds[pick[n % pick.length]]();
      chunk += line;
    }
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise(r => out.once('drain', r));
  }
  await new Promise(r => out.end(r));
}
const size = statSync(file).size;
const sizeMb = size / 1e6;
console.log(`bench:detect: ${file} is ${sizeMb.toFixed(0)} MB`);

// Warm the page cache so that the first contender does not pay for the disk.
await run('cat', [file], { stdout: 'ignore' });

const child = path.join(root, 'scripts/bench-detect-child.mjs');
const bundle = values.cli ? path.resolve(values.cli) : path.join(root, 'dist/cli.js');
/** One hunt in a child process: wall time, CPU, peak RSS and the report. */
async function huntRun(jobs) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-bench-hunt-'));
  const r = await run(process.execPath, [
    child,
    bundle,
    'hunt',
    '--logs',
    file,
    '--out',
    out,
    '--format',
    'json',
    '--quiet',
    '--fail-on',
    'never',
    '--jobs',
    String(jobs)
  ]);
  if (r.status !== 0) {
    console.error(`bench:detect: hunt --jobs ${jobs} failed (${r.status}): ${r.stderr}`);
    process.exit(1);
  }
  const fs = await import('node:fs');
  const report = JSON.parse(fs.readFileSync(path.join(out, fs.readdirSync(out)[0]), 'utf8'));
  if (!values.keep) fs.rmSync(out, { recursive: true, force: true });
  return {
    ...r,
    rss: Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024,
    cpu: Number(/cpu=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1e6,
    report
  };
}
const hunt = await huntRun(1);
// Two workers (the default on 4 cores and more is one fewer than the cores).
const parallel = await huntRun(2);
delete hunt.report.generatedAt;
delete parallel.report.generatedAt;
if (JSON.stringify(hunt.report) !== JSON.stringify(parallel.report)) {
  console.error('bench:detect: --jobs 2 wrote another report than --jobs 1');
  process.exit(1);
}
const { rss, cpu, report } = hunt;
const events = report.input.events;

const jq = await run('jq', ['-c', 'select(.event.EventType=="grant_role")', file], { stdout: 'ignore' });
const grep = await run('grep', ['-c', 'grant_role', file]);
if (jq.status !== 0 || grep.status !== 0) {
  console.error(
    `bench:detect: a floor failed: jq ${jq.status} ${jq.stderr} grep ${grep.status} ${grep.stderr}`
  );
  process.exit(1);
}
const rows = [
  ['db-posture hunt (built-in pack)', hunt.seconds],
  ['db-posture hunt --jobs 2', parallel.seconds],
  ['jq select(EventType=="grant_role")', jq.seconds],
  ['grep -c grant_role', grep.seconds]
];
for (const [name, s] of rows)
  console.log(
    `  ${name.padEnd(36)} ${s.toFixed(2).padStart(7)} s  ${(sizeMb / s).toFixed(0).padStart(6)} MB/s`
  );
console.log(
  `  hunt: ${events} events, ${(events / hunt.seconds / 1e6).toFixed(2)} M events/s, ${report.detections.length} detections, CPU ${cpu.toFixed(2)} s, peak RSS ${rss.toFixed(0)} MB`
);
console.log(
  `  hunt --jobs 2: the same report, CPU ${parallel.cpu.toFixed(2)} s, peak RSS ${parallel.rss.toFixed(0)} MB`
);
console.log(
  `  hunt / jq = ${(hunt.seconds / jq.seconds).toFixed(2)} (target <= 1), hunt / grep = ${(hunt.seconds / grep.seconds).toFixed(2)} (target <= 3), RSS target < 300 MB`
);
const ok = hunt.seconds <= jq.seconds && hunt.seconds <= 3 * grep.seconds && rss < 300;
console.log(ok ? 'bench:detect: targets met' : 'bench:detect: TARGETS MISSED');
