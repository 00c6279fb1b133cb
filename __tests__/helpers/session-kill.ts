import type { EmbeddedServer } from '../../scripts/embedded-server.mjs';

/**
 * A failover in the middle of a read. The audit sends a database's catalog reads in the session's
 * first message, so terminating sessions between databases loses nothing any more: the kill must
 * land while a read is in flight. A second session holds pg_extension locked in `database`; once the
 * audit's session there waits on that lock, every db-posture session is terminated.
 */
export async function killDuringRead(srv: EmbeddedServer, database: string) {
  const admin = srv.client();
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_catalog.pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  const locker = srv.client(database);
  await locker.connect();
  await locker.query('BEGIN');
  await locker.query('LOCK TABLE pg_catalog.pg_extension IN ACCESS EXCLUSIVE MODE');
  let killing: Promise<void> | undefined;
  const kill = async () => {
    for (let i = 0; i < 200; i++) {
      const waiting = await admin.query(
        "SELECT 1 FROM pg_catalog.pg_stat_activity WHERE application_name = 'db-posture' AND datname = $1 AND wait_event_type = 'Lock'",
        [database]
      );
      if (waiting.rowCount) break;
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    await admin.query(
      "SELECT pg_catalog.pg_terminate_backend(pid) FROM pg_catalog.pg_stat_activity WHERE application_name = 'db-posture'"
    );
  };
  return {
    hooks: {
      beforeDatabase: async (name: string) => {
        if (name === database && !killing) killing = kill();
      }
    },
    killed: () => killing !== undefined,
    release: async () => {
      await killing;
      await locker.query('ROLLBACK');
      await locker.end();
      await admin.end();
    }
  };
}
