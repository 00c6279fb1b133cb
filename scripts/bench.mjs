// npm run bench [-- --quick] [--databases 200 --tables 500 --roles 2000 --runs 5 --cli dist/cli.js]
//
// Measures what users feel, each case beside its floor in the same run, medians of --runs runs on
// warm caches (one unmeasured warm-up first), printed as ratios and written as JSON to
// bench-results/<date>.json:
// - PostgreSQL audits of a small cluster and of --databases databases at 0 ms and 20 ms added round
//   trip (a delay proxy on 127.0.0.1, scripts/bench-lib.mjs), against two floors run through the
//   same proxy: psql in one session (\connect from database to database; the issue's
//   "single-session floor") and node-postgres at the audit's concurrency (scripts/bench-floor.mjs).
//   Both floors send the collector's own catalog reads (src/engines/postgres/queries.ts).
// - round trips and statements per audit, counted from the server log (log_statement=all), one
//   counted audit per workload with logging on (timed runs have it off);
// - peak RSS of the audit process;
// - a large baseline: the audit of the --databases workload (one PUBLIC grant in ten tables, so
//   10,000 FAIL findings at 200 databases) with 10,000 waivers against the same audit without;
// - the role-chain case (privileged-roles over 2,000 logins under a deep role chain);
// - the CockroachDB and Couchbase replicas: statements/requests per audit, --concurrency 1 vs 4;
// - start-up: node -e 0, --version, and process start to the first connection attempt;
// - the fleet merge (bench-merge.mjs), hunt (bench-detect.mjs) and scan (bench-scan.mjs, when
//   present) workloads, each in its own child process.
// --quick: the small cluster, 20 databases x 50 tables, 3 runs, 2,000 waivers, no merge/hunt/scan.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freePort, startServer } from './embedded-server.mjs';
import { benchLargeBaseline } from './bench-baseline.mjs';
import { median, parseServerLog, runBundle, runChild, startDelayProxy } from './bench-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    databases: { type: 'string' },
    tables: { type: 'string' },
    roles: { type: 'string', default: '2000' },
    runs: { type: 'string' },
    rtt: { type: 'string', default: '0,20' },
    concurrency: { type: 'string', default: '4' },
    cli: { type: 'string', default: path.join(root, 'dist/cli.js') },
    before: { type: 'string' },
    out: { type: 'string', default: path.join(root, 'bench-results') },
    // all | postgres | replicas | startup | roles | merge: one part only.
    case: { type: 'string', default: 'all' }
  }
});
const quick = values.quick;
const num = (name, v) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`bench: --${name} must be a non-negative integer, got ${JSON.stringify(v)}`);
    process.exit(2);
  }
  return n;
};
const DBS = num('databases', values.databases ?? (quick ? '20' : '200'));
const TABLES = num('tables', values.tables ?? (quick ? '50' : '500'));
const ROLES = num('roles', values.roles);
const RUNS = Math.max(1, num('runs', values.runs ?? (quick ? '3' : '5')));
const CONCURRENCY = num('concurrency', values.concurrency);
const RTTS = values.rtt.split(',').map(v => num('rtt', v.trim()));
const CLI = path.resolve(values.cli);
// --before <bundle>: an older build audited beside --cli in the same runs (before/after figures).
const BEFORE = values.before ? path.resolve(values.before) : undefined;
const CASES = ['all', 'postgres', 'replicas', 'startup', 'roles', 'merge'];
if (!CASES.includes(values.case)) {
  console.error(`bench: --case must be one of ${CASES.join(', ')}, got ${JSON.stringify(values.case)}`);
  process.exit(2);
}
const want = c => values.case === 'all' || values.case === c;
const results = {
  date: new Date().toISOString(),
  cli: CLI,
  node: process.version,
  cpus: os.cpus().length,
  runs: RUNS,
  concurrency: CONCURRENCY,
  cases: {}
};
const tmp = mkdtempSync(path.join(os.tmpdir(), 'db-posture-bench-'));
const s = ms => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const line = (label, text) => console.log(`${label.padEnd(34)} ${text}`);

/** The collector's catalog reads, transpiled from src so the floors send exactly those. */
async function queriesModule() {
  const ts = (await import('typescript')).default;
  const js = ts.transpileModule(readFileSync(path.join(root, 'src/engines/postgres/queries.ts'), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
  }).outputText;
  const file = path.join(tmp, 'queries.mjs');
  writeFileSync(file, js);
  return file;
}

async function benchPostgres(out, save) {
  const log = [];
  const srv = await startServer({
    flags: [
      '-c',
      'max_connections=300',
      '-c',
      'fsync=off',
      '-c',
      'full_page_writes=off',
      '-c',
      `log_line_prefix=%m [%p] `
    ],
    onLog: m => log.push(String(m))
  });
  const queriesFile = await queriesModule();
  const { CLUSTER_QUERIES, DATABASE_QUERIES } = await import(pathToFileURL(queriesFile).href);
  const admin = srv.client();
  await admin.connect();
  const setLogging = async on => {
    await admin.query(`ALTER SYSTEM SET log_statement = '${on ? 'all' : 'none'}'`);
    await admin.query(`ALTER SYSTEM SET log_connections = ${on ? 'on' : 'off'}`);
    await admin.query('SELECT pg_catalog.pg_reload_conf()');
    // The postmaster rereads the file on SIGHUP; new backends start with the new values.
    await new Promise(r => setTimeout(r, 300));
  };
  try {
    for (const workload of ['small', 'large']) {
      if (workload === 'large') {
        const t0 = performance.now();
        console.log(`bench: creating ${ROLES} roles, a template with ${TABLES} tables, ${DBS} databases…`);
        await admin.query(
          `DO $$ BEGIN FOR i IN 1..${ROLES} LOOP EXECUTE format('CREATE ROLE bench_role_%s LOGIN', i); END LOOP; END $$`
        );
        await admin.query('CREATE DATABASE bench_template');
        const t = srv.client('bench_template');
        await t.connect();
        await t.query(
          `DO $$ BEGIN FOR i IN 1..${TABLES} LOOP EXECUTE format('CREATE TABLE t_%s (id int PRIMARY KEY, v text)', i);
             IF i % 10 = 0 THEN EXECUTE format('GRANT SELECT ON t_%s TO PUBLIC', i); END IF; END LOOP; END $$`
        );
        await t.end();
        for (let i = 1; i <= DBS; i++)
          await admin.query(`CREATE DATABASE bench_${i} TEMPLATE bench_template`);
        console.log(`bench: workload ready in ${s(performance.now() - t0)}`);
      }
      const names = (await admin.query(CLUSTER_QUERIES.databases)).rows.map(r => r.datname);
      const label = workload === 'small' ? 'small cluster' : `${DBS} DBs x ${TABLES} tables, ${ROLES} roles`;
      out[workload] = { label, databases: names.length, rtt: {} };

      // The psql floor script: every cluster read, then \connect to each database and its reads.
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
      const floorFile = path.join(tmp, `floor-${workload}.sql`);
      writeFileSync(floorFile, script);

      const auditDir = path.join(tmp, `audit-${workload}`);
      mkdirSync(auditDir, { recursive: true });
      const audit = (port, extra = [], bundle = CLI) =>
        runBundle(
          bundle,
          [
            'audit',
            '--name',
            'bench',
            '--out',
            auditDir,
            '--fail-on',
            'never',
            '--quiet',
            '--concurrency',
            String(CONCURRENCY),
            ...extra
          ],
          {
            ...process.env,
            DB_POSTURE_URL: `postgresql://postgres:${srv.password}@127.0.0.1:${port}/postgres`
          }
        ).then(r => {
          if (r.status !== 0) throw new Error(`audit exited with ${r.status}: ${r.stderr.slice(0, 800)}`);
          return r;
        });
      const psql = port =>
        runChild(
          'psql',
          [
            '-X',
            '-q',
            '-v',
            'ON_ERROR_STOP=1',
            '-o',
            '/dev/null',
            '-f',
            floorFile,
            '-h',
            '127.0.0.1',
            '-p',
            String(port),
            '-U',
            'postgres',
            'postgres'
          ],
          { ...process.env, PGPASSWORD: srv.password }
        ).then(r => {
          if (r.status !== 0) throw new Error(`psql floor failed (${r.status}): ${r.stderr.slice(0, 500)}`);
          return r;
        });
      const pgFloor = port =>
        runChild(process.execPath, [
          path.join(root, 'scripts/bench-floor.mjs'),
          `postgresql://postgres:${encodeURIComponent(srv.password)}@127.0.0.1:${port}/postgres`,
          String(CONCURRENCY),
          pathToFileURL(queriesFile).href
        ]).then(r => {
          if (r.status !== 0)
            throw new Error(`node-postgres floor failed (${r.status}): ${r.stderr.slice(0, 500)}`);
          return r;
        });

      // Counted once per bundle, with statement logging on, straight to the server (no proxy).
      await setLogging(true);
      const countRun = async bundle => {
        const mark = log.length;
        const counted = await audit(srv.port, [], bundle);
        await new Promise(r => setTimeout(r, 300));
        return { counted, log: parseServerLog(log.slice(mark).join('')) };
      };
      const before = BEFORE ? await countRun(BEFORE) : undefined;
      const after = await countRun(CLI);
      const floorMark = log.length;
      await psql(srv.port);
      await new Promise(r => setTimeout(r, 300));
      await setLogging(false);
      const floorLog = parseServerLog(log.slice(floorMark).join(''));
      // Round trips: each message that carried statements is one; each connection adds two for
      // its startup (StartupMessage -> AuthenticationCleartextPassword, password ->
      // AuthenticationOk ... ReadyForQuery; SCRAM would add a third). The TCP handshake and the
      // Terminate at the end are not counted (the client does not wait for the latter).
      // Server-wide: every session on the URL's database (the engine detection under --engine
      // auto before the startup handoff, then the main session with the cluster-wide reads); per database: the others.
      const rt = b => b.messages + 2;
      const sum = (list, f) => list.reduce((a, b) => a + f(b), 0);
      const tally = ({ counted, log: auditLog }) => {
        const backends = auditLog.backends.filter(b => b.user === 'postgres');
        const serverWide = backends.filter(b => b.database === 'postgres');
        const perDb = backends.filter(b => b.database !== 'postgres');
        return {
          connections: backends.length,
          tcpConnections: auditLog.received,
          statements: sum(backends, b => b.statements),
          roundTrips: sum(backends, rt),
          serverWideSessions: serverWide.length,
          serverWideRoundTrips: sum(serverWide, rt),
          serverWideStatements: sum(serverWide, b => b.statements),
          perDatabaseRoundTrips: perDb.length ? Math.max(...perDb.map(rt)) : 0,
          perDatabaseStatements: perDb.length ? Math.max(...perDb.map(b => b.statements)) : 0,
          peakRssMb: counted.rssMb
        };
      };
      const counts = {
        ...tally(after),
        floorStatements: sum(floorLog.backends, b => b.statements),
        floorRoundTrips: sum(floorLog.backends, rt)
      };
      if (before) out[workload].countsBefore = tally(before);
      out[workload].counts = counts;
      const report = JSON.parse(
        readFileSync(
          path.join(
            auditDir,
            readdirSync(auditDir).find(f => f.endsWith('.json'))
          ),
          'utf8'
        )
      );
      out[workload].findings = report.findings.length;
      out[workload].fails = report.summary.FAIL;

      for (const rtt of RTTS) {
        const proxy = await startDelayProxy(srv.port, rtt);
        try {
          await audit(proxy.port); // warm-up, not measured
          if (BEFORE) await audit(proxy.port, [], BEFORE);
          await psql(proxy.port);
          const a = [];
          const b = [];
          const f1 = [];
          const f2 = [];
          let rss = 0;
          for (let i = 0; i < RUNS; i++) {
            const r = await audit(proxy.port);
            a.push(r.ms);
            rss = Math.max(rss, r.rssMb);
            if (BEFORE) b.push((await audit(proxy.port, [], BEFORE)).ms);
            f1.push((await psql(proxy.port)).ms);
            f2.push((await pgFloor(proxy.port)).ms);
          }
          out[workload].rtt[rtt] = {
            auditMs: median(a),
            psqlFloorMs: median(f1),
            pgFloorMs: median(f2),
            ratioToSingleSession: median(a) / median(f1),
            ratioToSameConcurrency: median(a) / median(f2),
            peakRssMb: rss,
            ...(BEFORE ? { beforeMs: median(b), beforeRatioToSingleSession: median(b) / median(f1) } : {}),
            samples: { audit: a, psql: f1, pg: f2, ...(BEFORE ? { before: b } : {}) }
          };
          save();
        } finally {
          await proxy.close();
        }
      }
      printPostgres(out[workload]);
      save();

      if (workload === 'large') out.largeBaseline = await benchAuditBaseline(audit, report, srv.port);
    }
  } finally {
    await admin.end();
    await srv.stop();
  }
  return out;
}

function printPostgres(w) {
  const c = w.counts;
  console.log('');
  console.log(`PostgreSQL: ${w.label} (${w.databases} databases audited, ${w.findings} findings)`);
  line(
    '  round trips',
    `${c.roundTrips} per audit (${c.serverWideRoundTrips} server-wide in ${c.serverWideSessions} sessions, ${c.perDatabaseRoundTrips} per database); psql floor ${c.floorRoundTrips}`
  );
  line(
    '  statements',
    `${c.statements} per audit (${c.serverWideStatements} server-wide, ${c.perDatabaseStatements} per database; savepoints included); psql floor ${c.floorStatements}`
  );
  line(
    '  connections',
    `${c.connections} sessions, ${c.tcpConnections} TCP connections (the TLS probe included)`
  );
  const b = w.countsBefore;
  if (b)
    line(
      '  before (--before)',
      `${b.roundTrips} round trips (${b.serverWideRoundTrips} server-wide, ${b.perDatabaseRoundTrips} per database), ${b.statements} statements, ${b.connections} sessions`
    );
  for (const [rtt, r] of Object.entries(w.rtt)) {
    line(
      `  at ${rtt} ms round trip`,
      `audit ${s(r.auditMs)}${r.beforeMs !== undefined ? ` (before ${s(r.beforeMs)}, ${ratio(r.beforeMs, r.psqlFloorMs)})` : ''} | psql single session ${s(r.psqlFloorMs)} (${ratio(r.auditMs, r.psqlFloorMs)}) | node-postgres x${CONCURRENCY} ${s(r.pgFloorMs)} (${ratio(r.auditMs, r.pgFloorMs)}) | peak RSS ${r.peakRssMb.toFixed(0)} MB`
    );
  }
}

/** The audit with 10,000 waivers (every FAIL finding waived, the rest stale) against the audit without. */
async function benchAuditBaseline(audit, report, port) {
  const n = quick ? 2000 : 10000;
  const fails = report.findings.filter(f => f.status === 'FAIL');
  const objects = fails.map(f => [f.checkId, f.object ?? '']);
  for (let i = 0; objects.length < n; i++) objects.push(['pg/public-grants', `gone.public.t_${i}`]);
  // Waivers may run at most a year: 300 days from today.
  const expires = new Date(Date.now() + 300 * 86400e3).toISOString().slice(0, 10);
  const yaml =
    'version: 1\nwaivers:\n' +
    objects
      .slice(0, Math.max(n, fails.length))
      .map(
        ([check, object]) =>
          `  - check: ${check}\n    target: bench\n${object ? `    object: ${JSON.stringify(object)}\n` : ''}    reason: Legacy grant, burn-down in SEC-1\n    owner: "@org/dba"\n    expires: ${expires}\n`
      )
      .join('');
  const file = path.join(tmp, 'baseline.yml');
  writeFileSync(file, yaml);
  const runs = Math.min(RUNS, 3);
  const without = [];
  const withB = [];
  for (let i = 0; i < runs; i++) {
    without.push((await audit(port)).ms);
    withB.push((await audit(port, ['--baseline', file])).ms);
  }
  const r = {
    findings: report.findings.length,
    fails: fails.length,
    waivers: Math.max(n, fails.length),
    withoutMs: median(without),
    withMs: median(withB),
    ratio: median(withB) / median(without)
  };
  console.log('');
  line(
    'large baseline (audit)',
    `${r.fails} FAIL findings, ${r.waivers} waivers: ${s(r.withMs)} vs ${s(r.withoutMs)} without (${ratio(r.withMs, r.withoutMs)}, target <= 2x)`
  );
  return r;
}

/** CockroachDB and Couchbase replicas: statements / requests per audit, --concurrency 1 vs 4. */
async function benchReplicas() {
  const { startCockroachReplica } = await import('../replicas/cockroachdb.mjs');
  const { startCouchbaseReplica } = await import('../replicas/couchbase.mjs');
  const out = {};
  const dir = path.join(tmp, 'replica-out');
  mkdirSync(dir, { recursive: true });
  // The replica's own reply delay models a 20 ms round trip (it answers each message late).
  for (const latencyMs of [0, 20]) {
    const replica = await startCockroachReplica({
      scenario: path.join(root, 'replicas/scenarios/cockroachdb/hba-default.json'),
      latencyMs
    });
    try {
      for (const c of [1, 4]) {
        const ms = [];
        let statements = 0;
        for (let i = 0; i < (latencyMs ? 3 : RUNS); i++) {
          const before = replica.statements.length;
          const r = await runBundle(CLI, [
            'audit',
            '--engine',
            'cockroachdb',
            '--url',
            `${replica.url}?sslmode=disable`,
            '--out',
            dir,
            '--fail-on',
            'never',
            '--quiet',
            '--concurrency',
            String(c)
          ]);
          if (r.status !== 0 && r.status !== 3)
            throw new Error(`crdb audit exited ${r.status}: ${r.stderr.slice(0, 500)}`);
          ms.push(r.ms);
          statements = replica.statements.length - before;
        }
        out[`cockroachdb ${latencyMs} ms, concurrency ${c}`] = { ms: median(ms), statements };
      }
    } finally {
      await replica.stop();
    }
  }
  const cb = await startCouchbaseReplica({
    scenario: path.join(
      root,
      'replicas/scenarios/couchbase',
      readdirSync(path.join(root, 'replicas/scenarios/couchbase'))
        .filter(f => f.endsWith('.json'))
        .sort()[0]
    )
  });
  try {
    for (const c of [1, 4]) {
      const ms = [];
      let requests = 0;
      for (let i = 0; i < RUNS; i++) {
        const before = cb.requests.length;
        const r = await runBundle(
          CLI,
          [
            'audit',
            '--couchbase-url',
            cb.url,
            '--couchbase-username',
            'auditor',
            '--name',
            'cb',
            '--out',
            dir,
            '--fail-on',
            'never',
            '--quiet',
            '--concurrency',
            String(c)
          ],
          { ...process.env, DB_POSTURE_COUCHBASE_PASSWORD: 'ro-audit-Passw0rd!' }
        );
        if (r.status !== 0 && r.status !== 3)
          throw new Error(`couchbase audit exited ${r.status}: ${r.stderr.slice(0, 500)}`);
        ms.push(r.ms);
        requests = cb.requests.length - before;
      }
      out[`couchbase concurrency ${c}`] = { ms: median(ms), requests };
    }
  } finally {
    await cb.stop();
  }
  console.log('');
  for (const [k, v] of Object.entries(out))
    line(
      `replica ${k}`,
      `${s(v.ms)}, ${v.statements ?? v.requests} ${v.statements !== undefined ? 'statements' : 'requests'} per audit`
    );
  return out;
}

/** node's own start, --version, and process start to the first connection attempt (closed port). */
async function benchStartup() {
  const n = Math.max(RUNS, 5);
  const times = async (args, expect) => {
    const ms = [];
    for (let i = 0; i < n + 1; i++) {
      const r = await runChild(process.execPath, args);
      if (r.status !== expect)
        throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
      if (i > 0) ms.push(r.ms);
    }
    return median(ms);
  };
  const closed = await freePort();
  const probe = async bundle => ({
    versionMs: await times([bundle, '--version'], 0),
    firstQueryMs: await times(
      [bundle, 'audit', '--out', tmp, '--url', `postgresql://bench@127.0.0.1:${closed}/postgres`],
      3
    )
  });
  const out = { nodeMs: await times(['-e', '0'], 0), ...(await probe(CLI)) };
  if (BEFORE) out.before = await probe(BEFORE);
  console.log('');
  line(
    'start-up',
    `node -e 0 ${out.nodeMs.toFixed(0)} ms | --version ${out.versionMs.toFixed(0)} ms | to the first connection attempt ${out.firstQueryMs.toFixed(0)} ms (medians of ${n})`
  );
  if (out.before)
    line(
      'start-up before (--before)',
      `--version ${out.before.versionMs.toFixed(0)} ms | to the first connection attempt ${out.before.firstQueryMs.toFixed(0)} ms`
    );
  return out;
}

function oldRoleGraph(roles, memberships) {
  const byOid = new Map(roles.map(r => [r.oid, r]));
  const parents = new Map();
  for (const m of memberships) parents.set(m.memberOid, [...(parents.get(m.memberOid) ?? []), m.roleOid]);
  return (member, targetName) => {
    const queue = [{ oid: member.oid, path: [] }];
    const seen = new Set([member.oid]);
    while (queue.length) {
      const { oid, path } = queue.shift();
      for (const parent of parents.get(oid) ?? []) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        const role = byOid.get(parent);
        if (!role) continue;
        const next = [...path, role.name];
        if (role.name === targetName) return next;
        queue.push({ oid: parent, path: next });
      }
    }
    return undefined;
  };
}

/** pg/privileged-roles over 2,000 logins under a deep role chain, in-process from src (transpiled). */
async function benchRoleChain() {
  const ts = (await import('typescript')).default;
  const js = ts.transpileModule(readFileSync(path.join(root, 'src/engines/postgres/roles.ts'), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
  }).outputText;
  const file = path.join(tmp, 'roles.mjs');
  writeFileSync(file, js);
  const { RoleGraph } = await import(pathToFileURL(file).href);
  const role = (oid, name) => ({ oid, name, superuser: false, canLogin: true });
  const out = {};
  for (const [logins, depth] of quick
    ? [[2000, 300]]
    : [
        [2000, 0],
        [2000, 300],
        [19000, 1000]
      ]) {
    const roles = [role(1, 'pg_read_server_files')];
    const memberships = [];
    for (let i = 1; i <= depth; i++) {
      roles.push(role(1 + i, `chain_${i}`));
      memberships.push({ roleOid: i, memberOid: 1 + i });
    }
    for (let i = 0; i < logins; i++) {
      roles.push(role(100000 + i, `login_${i}`));
      memberships.push({ roleOid: 1 + depth, memberOid: 100000 + i });
    }
    const targets = ['pg_execute_server_program', 'pg_read_server_files', 'pg_write_server_files'];
    const t = performance.now();
    const graph = new RoleGraph(roles, memberships);
    let hops = 0;
    // What pg/privileged-roles asks: the chain as the finding names it (at most 8 roles shown).
    for (const r of roles)
      for (const target of targets) {
        const c = graph.chainTo(r, target);
        if (c) hops += c.first.length + c.omitted + c.last.length + 1;
      }
    const ms = performance.now() - t;
    // The search it replaced (breadth-first from each role, the path copied at every step), where
    // it finishes in reasonable time.
    let beforeMs;
    if (depth <= 300) {
      const t0 = performance.now();
      const old = oldRoleGraph(roles, memberships);
      for (const r of roles) for (const target of targets) old(r, target);
      beforeMs = performance.now() - t0;
    }
    out[`${logins} logins, depth ${depth}`] = { ms, hops, beforeMs };
  }
  console.log('');
  for (const [k, v] of Object.entries(out))
    line(
      `role chain ${k}`,
      `${v.ms.toFixed(0)} ms (${v.hops} role steps)${v.beforeMs !== undefined ? `; the search it replaced ${v.beforeMs.toFixed(0)} ms` : ''}`
    );
  return out;
}

/** The merge, hunt and scan benches, each its own script and process. */
async function benchOthers() {
  const out = {};
  const scripts = [
    ['merge', ['scripts/bench.mjs', '--case', 'merge', '--cli', CLI]],
    ['hunt', ['scripts/bench-detect.mjs', '--mb', '256']],
    ['scan', ['scripts/bench-scan.mjs']]
  ];
  for (const [name, args] of scripts) {
    if (!existsSync(path.join(root, args[0]))) continue;
    const r = await runChild(
      process.execPath,
      args.map((a, i) => (i === 0 ? path.join(root, a) : a))
    );
    console.log('');
    console.log(`${name}:`);
    console.log(r.stdout.trim());
    out[name] = { ms: r.ms, status: r.status, output: r.stdout.trim().split('\n').slice(-8) };
  }
  return out;
}

async function benchMergeOnly() {
  const { benchMerge } = await import('./bench-merge.mjs');
  const small = await startServer();
  try {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-bench-'));
    const r = await runBundle(
      CLI,
      ['audit', '--name', 'template', '--out', dir, '--fail-on', 'never', '--quiet'],
      {
        ...process.env,
        DB_POSTURE_URL: small.url()
      }
    );
    if (r.status !== 0) throw new Error(`template audit exited with ${r.status}: ${r.stderr}`);
    const file = readdirSync(dir).find(f => f.endsWith('.json'));
    return await benchMerge(root, JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
  } finally {
    await small.stop();
  }
}

if (values.case === 'merge') {
  await benchMergeOnly();
  process.exit(0);
}
console.log(`bench: ${CLI}, ${RUNS} runs per case, medians${quick ? ' (--quick)' : ''}`);
mkdirSync(values.out, { recursive: true });
const file = path.join(values.out, `${results.date.replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`);
// Written after every case, so a run that stops part-way keeps what it measured.
const save = () => writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
if (want('startup')) results.cases.startup = await benchStartup();
save();
if (want('roles')) results.cases.roleChain = await benchRoleChain();
save();
if (want('postgres')) {
  results.cases.postgres = {};
  await benchPostgres(results.cases.postgres, save);
}
save();
if (want('replicas')) results.cases.replicas = await benchReplicas();
save();
if (values.case === 'all') {
  const b = await benchLargeBaseline(quick ? { findings: 2000, waivers: 2000 } : {});
  results.cases.baselineCommands = b;
  save();
  if (!quick) results.cases.others = await benchOthers();
}
save();
console.log('');
console.log(`bench: results written to ${file}`);
