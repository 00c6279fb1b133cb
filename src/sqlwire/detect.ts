import type { Redactor } from '../core/redact.js';
import type { Endpoint } from './endpoint.js';
import { connectionFailure } from './errors.js';
import { openPinnedClient } from './session.js';

export type SqlEngineId = 'postgres' | 'cockroachdb';

/**
 * Pins both products accept, for the one statement that tells them apart: read-only, and names
 * resolved in pg_catalog only (CockroachDB has pg_catalog and pg_temp too).
 */
const DETECT_PINS = { default_transaction_read_only: 'on', search_path: 'pg_catalog,pg_temp' };

/** Which SQL product answers on this endpoint, from `version()`. */
export function productFromVersion(version: string): SqlEngineId {
  return /^cockroachdb/i.test(version.trim()) ? 'cockroachdb' : 'postgres';
}

/**
 * `--engine auto` on a connection string: one statement, `SELECT pg_catalog.version()`, on a
 * pinned read-only session, decides the engine before any collector runs, so the engine's check
 * list is fixed before collection. A connection failure is a TargetError naming neither product
 * until it is known.
 */
export async function detectSqlEngine(
  ep: Endpoint,
  opts: { connectTimeoutMs: number; statementTimeoutMs: number },
  redactor: Redactor
): Promise<{ engine: SqlEngineId; version: string }> {
  let lost: Error | undefined;
  let client;
  try {
    client = await openPinnedClient(ep, ep.database, {
      ...opts,
      pins: DETECT_PINS,
      onLost: e => (lost = e)
    });
  } catch (error) {
    throw connectionFailure(error, ep, opts.connectTimeoutMs, redactor, 'the SQL server');
  }
  try {
    const result = await client.query<{ version: string }>('SELECT pg_catalog.version() AS version');
    const version = String(result.rows[0]?.version ?? '');
    return { engine: productFromVersion(version), version };
  } catch (error) {
    throw connectionFailure(lost ?? error, ep, opts.connectTimeoutMs, redactor, 'the SQL server');
  } finally {
    // Not awaited: the audit goes on while the socket closes (waiting costs a network round trip).
    void client.end().catch(() => undefined);
  }
}
