import pg from 'pg';
import type { Endpoint } from './endpoint.js';

export interface PinnedClientOptions {
  readonly connectTimeoutMs: number;
  readonly statementTimeoutMs: number;
  /**
   * Session settings sent as startup options (`-c name=value`). A startup option outranks every
   * ALTER DATABASE / ALTER ROLE ... SET, so the audited party cannot change what a read resolves to
   * or returns; the caller verifies the pins before it trusts any read.
   */
  readonly pins: Readonly<Record<string, string>>;
  /** Called once when the server drops the connection (without a listener the process would crash). */
  readonly onLost: (error: Error) => void;
}

/**
 * PostgreSQL's pins: names resolve in pg_catalog only, nothing can write, row security raises an
 * error instead of filtering rows silently, values are parsed in one fixed format, and no
 * user-settable library is preloaded into the audit session.
 */
export const POSTGRES_PINS: Readonly<Record<string, string>> = {
  default_transaction_read_only: 'on',
  search_path: 'pg_catalog,pg_temp',
  row_security: 'off',
  DateStyle: 'ISO,MDY',
  IntervalStyle: 'postgres',
  TimeZone: 'UTC',
  standard_conforming_strings: 'on',
  transform_null_equals: 'off',
  bytea_output: 'hex',
  local_preload_libraries: ''
};

/** Renders pins as libpq's `options` string (backslash escapes spaces and backslashes). */
export function pinsToOptions(pins: Readonly<Record<string, string>>): string {
  return Object.entries(pins)
    .map(([k, v]) => `-c ${k}=${v.replace(/\\/g, '\\\\').replace(/ /g, '\\ ')}`)
    .join(' ');
}

/** The ParameterStatus values the server sent during the startup exchange (server_version, crdb_version, ...). */
const STARTUP_STATUS = new WeakMap<pg.Client, Map<string, string>>();

/** What the server reported at startup on a client opened by openPinnedClient (empty for any other). */
export function startupStatus(client: pg.Client): ReadonlyMap<string, string> {
  return STARTUP_STATUS.get(client) ?? new Map();
}

/** Opens one connection with the pins as startup options; the caller owns and closes it. */
export async function openPinnedClient(
  ep: Endpoint,
  database: string,
  opts: PinnedClientOptions
): Promise<pg.Client> {
  const client = new pg.Client({
    ...ep.config,
    database,
    application_name: 'db-posture',
    connectionTimeoutMillis: opts.connectTimeoutMs,
    statement_timeout: opts.statementTimeoutMs,
    lock_timeout: opts.statementTimeoutMs,
    idle_in_transaction_session_timeout: Math.max(opts.statementTimeoutMs * 4, 60000),
    options: pinsToOptions(opts.pins)
  });
  client.on('error', opts.onLost);
  // Recorded as they arrive: the product (CockroachDB sends crdb_version) is known from the startup
  // exchange alone, without a statement.
  const status = new Map<string, string>();
  STARTUP_STATUS.set(client, status);
  (
    client as unknown as {
      connection: {
        on(e: 'parameterStatus', f: (m: { parameterName: string; parameterValue: string }) => void): void;
      };
    }
  ).connection.on('parameterStatus', m => status.set(String(m.parameterName), String(m.parameterValue)));
  await client.connect();
  return client;
}

/**
 * A PostgreSQL-pinned client opened by `--engine auto` to learn the product, handed to the
 * PostgreSQL collector as its main session's connection, so choosing the engine costs no
 * connection, handshake or statement of its own. Taken once; a loss before it is taken is passed
 * on to the taker.
 */
export class PinnedHandoff {
  private taken = false;
  private lostBefore: Error | undefined;
  private onLost: ((e: Error) => void) | undefined;

  constructor(
    private readonly client: pg.Client,
    readonly database: string
  ) {}

  /** The listener openPinnedClient needs: forwards to whoever took the client. */
  readonly lost = (error: Error): void => {
    if (this.onLost) this.onLost(error);
    else this.lostBefore ??= error;
  };

  /** While nobody holds it, the idle socket must not keep the process alive. */
  park(): void {
    socketOf(this.client)?.unref?.();
  }

  /** The client for `database`, once; undefined when taken already or for another database. */
  take(database: string, onLost: (e: Error) => void): pg.Client | undefined {
    if (this.taken || database !== this.database) return undefined;
    this.taken = true;
    socketOf(this.client)?.ref?.();
    this.onLost = onLost;
    if (this.lostBefore) onLost(this.lostBefore);
    return this.client;
  }

  /** Closes the client if nobody took it. */
  release(): void {
    if (this.taken) return;
    this.taken = true;
    void this.client.end().catch(() => undefined);
  }
}

function socketOf(client: pg.Client): { ref?(): void; unref?(): void } | undefined {
  return (client as unknown as { connection?: { stream?: { ref?(): void; unref?(): void } } }).connection
    ?.stream;
}

/** `pg_catalog, pg_temp` and `pg_catalog,pg_temp` are the same path. */
export function sameSearchPath(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .split(',')
      .map(x => x.trim().replace(/^"(.*)"$/, '$1'))
      .join(',');
  return norm(a) === norm(b);
}
