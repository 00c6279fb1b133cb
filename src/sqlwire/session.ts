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
  await client.connect();
  return client;
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
