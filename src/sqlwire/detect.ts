import type { Redactor } from '../core/redact.js';
import type { Endpoint } from './endpoint.js';
import { connectionFailure } from './errors.js';
import { TargetError } from '../core/errors.js';
import { describeWhere } from './endpoint.js';
import { openPinnedClient, PinnedHandoff, POSTGRES_PINS, startupStatus } from './session.js';

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

/**
 * The product from the ParameterStatus messages of the startup exchange: CockroachDB reports
 * `crdb_version` (cockroach pkg/sql/pgwire/conn.go, statusReportParams: "crdb_version, //
 * CockroachDB extension"), PostgreSQL never does and always reports `server_version`. Neither
 * (a proxy that forwards no status) is undefined: the caller must not guess.
 */
export function productFromStartup(status: ReadonlyMap<string, string>): SqlEngineId | undefined {
  if ((status.get('crdb_version') ?? '').trim() !== '') return 'cockroachdb';
  if (/^\d+/.test((status.get('server_version') ?? '').trim())) return 'postgres';
  return undefined;
}

/**
 * `--engine auto` on a connection string without a session of its own: the connection is opened
 * with the PostgreSQL collector's pins, the product read from what the server reported at startup,
 * and the connection is handed to the chosen collector as its first session: PostgreSQL's
 * verifies the pins and reads version() in its first message, as with --engine postgres;
 * CockroachDB's reads back every setting it relies on and, when one differs, closes it and opens a
 * session with its own pins (CrdbSession.adopt). A server that refuses the PostgreSQL pins at startup is asked `version()` on a session
 * pinned the way both products accept; a startup that names no product is a target error.
 */
export async function chooseSqlEngine(
  ep: Endpoint,
  opts: { connectTimeoutMs: number; statementTimeoutMs: number },
  redactor: Redactor
): Promise<{ engine: SqlEngineId; handoff?: PinnedHandoff }> {
  // The loss listener exists before the handoff does (openPinnedClient needs it at once).
  const held: { handoff?: PinnedHandoff } = {};
  let client;
  try {
    client = await openPinnedClient(ep, ep.database, {
      ...opts,
      pins: POSTGRES_PINS,
      onLost: e => held.handoff?.lost(e)
    });
  } catch (error) {
    // The server answered and refused (a SQLSTATE): the product decides how to read it.
    if ((error as { code?: string }).code)
      return { engine: (await detectSqlEngine(ep, opts, redactor)).engine };
    throw connectionFailure(error, ep, opts.connectTimeoutMs, redactor, 'the SQL server');
  }
  const handoff = (held.handoff = new PinnedHandoff(client, ep.database));
  const engine = productFromStartup(startupStatus(client));
  if (!engine) {
    handoff.release();
    throw new TargetError(
      `The server at ${describeWhere(ep)} reported neither server_version nor crdb_version at startup, so its product is unknown: pass --engine postgres or --engine cockroachdb.`
    );
  }
  handoff.park();
  return { engine, handoff };
}
