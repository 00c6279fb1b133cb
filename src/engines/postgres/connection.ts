import pg from 'pg';
import { parse as parseConnectionString } from 'pg-connection-string';
import { msg, raw, type Text } from '../../core/text.js';
import { available, unavailable, type Fact } from '../../core/facts.js';
import { TargetError, UsageError } from '../../core/errors.js';
import type { Redactor } from '../../core/redact.js';

export interface Endpoint {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  /** True when the host is a Unix socket directory (no TCP, no TLS to probe). */
  readonly socket: boolean;
  readonly config: pg.ClientConfig;
}

/** Parses the connection string (URL or key=value) into a reusable client configuration. */
export function parseEndpoint(url: string, redactor: Redactor): Endpoint {
  let parsed: ReturnType<typeof parseConnectionString>;
  try {
    if (!/^postgres(ql)?:\/\//i.test(url)) throw new Error('not a postgres:// or postgresql:// URL');
    new URL(url.replace(/^postgres(ql)?:/i, 'http:'));
    // libpq's sslmode meanings (require = encrypt without verifying, verify-ca, verify-full), which
    // is what users of psql and every PostgreSQL tool expect; node-postgres alone would verify on
    // require. A user-supplied uselibpqcompat is dropped so the two settings cannot conflict.
    parsed = parseConnectionString(normaliseSslMode(url), { useLibpqCompat: true });
  } catch (error) {
    throw new UsageError(
      `Invalid --url: ${redactor.scrub((error as Error).message)}; expected postgresql://user:password@host:port/database.`
    );
  }
  redactor.add(parsed.password ?? undefined);
  const host = parsed.host || 'localhost';
  const port = parsed.port ? Number(parsed.port) : 5432;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`Invalid --url: port ${JSON.stringify(parsed.port)} is not a TCP port (1-65535).`);
  }
  const user = parsed.user || process.env.PGUSER || 'postgres';
  const database = parsed.database || user;
  const config: pg.ClientConfig = {
    host,
    port,
    user,
    database,
    ...(parsed.password != null ? { password: parsed.password } : {}),
    ...(parsed.ssl !== undefined ? { ssl: parsed.ssl as pg.ClientConfig['ssl'] } : {})
  };
  return { host, port, database, user, socket: host.startsWith('/'), config };
}

const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];

/**
 * Checks sslmode against libpq's list and maps the two modes node-postgres cannot express: `allow`
 * (libpq tries plaintext first) becomes `disable`, and node-postgres's own `no-verify` becomes
 * `require`. `prefer` encrypts without falling back to plaintext.
 */
function normaliseSslMode(url: string): string {
  const u = new URL(url.replace(/^postgres(ql)?:/i, 'http:'));
  const mode = u.searchParams.get('sslmode');
  if (mode !== null && mode !== 'no-verify' && !SSL_MODES.includes(mode)) {
    throw new Error(`sslmode ${JSON.stringify(mode)} is not one of ${SSL_MODES.join(', ')}`);
  }
  const mapped = mode === 'allow' ? 'disable' : mode === 'no-verify' ? 'require' : mode;
  let out = url.replace(/([?&])uselibpqcompat=[^&]*(&|$)/i, '$1');
  if (mapped !== mode) out = out.replace(/([?&])sslmode=[^&]*/, `$1sslmode=${mapped}`);
  return out.replace(/[?&]$/, '');
}

export interface SessionOptions {
  readonly connectTimeoutMs: number;
  readonly statementTimeoutMs: number;
}

/** Classified reasons a statement or connection failed. */
export function describePgError(error: unknown, redactor: Redactor): { code?: string; text: string } {
  const e = error as { code?: string; message?: string };
  const text = redactor.scrub(e?.message ?? String(error));
  return e?.code ? { code: e.code, text } : { text };
}

/**
 * Turns a failure to open the first connection into a TargetError that says what went wrong and
 * how to fix it, with every secret scrubbed.
 */
export function connectionFailure(
  error: unknown,
  ep: Endpoint,
  timeoutMs: number,
  redactor: Redactor
): Error {
  const { code, text } = describePgError(error, redactor);
  const where = ep.socket ? `socket ${ep.host} port ${ep.port}` : `${ep.host}:${ep.port}`;
  const sysCode = (error as NodeJS.ErrnoException)?.code;
  if (sysCode === 'ECONNREFUSED')
    return new TargetError(
      `Cannot connect to PostgreSQL at ${where}: connection refused (is the server running and listening there?).`
    );
  if (sysCode === 'ENOTFOUND' || sysCode === 'EAI_AGAIN')
    return new TargetError(`Cannot connect to PostgreSQL: host ${ep.host} was not found.`);
  if (sysCode === 'ENOENT' && ep.socket)
    return new TargetError(`Cannot connect to PostgreSQL: no server socket at ${where}.`);
  if (/timeout/i.test(text) && !code)
    return new TargetError(
      `Cannot connect to PostgreSQL at ${where}: no answer within ${timeoutMs} ms (--connect-timeout).`
    );
  if (code === '28P01')
    return new TargetError(`Authentication failed for user "${ep.user}" at ${where}: wrong password.`);
  if (code === '28000' && /SSL off|no encryption/i.test(text)) {
    return new TargetError(
      `The server at ${where} refuses connections without TLS for this login: add sslmode=require to the connection string.`
    );
  }
  if (code === '28000')
    return new TargetError(`The server at ${where} rejected the login for user "${ep.user}": ${text}.`);
  if (code === '3D000') return new TargetError(`Database "${ep.database}" does not exist at ${where}.`);
  if (/does not support SSL/i.test(text)) {
    return new TargetError(
      `The server at ${where} does not offer TLS but the connection string requires it (sslmode): ${text}.`
    );
  }
  if (/self[- ]signed|unable to verify|certificate/i.test(text)) {
    return new TargetError(
      `TLS verification of ${where} failed: ${text}. Pass the CA with sslrootcert or use sslmode=require.`
    );
  }
  return new TargetError(
    `Cannot connect to PostgreSQL at ${where}: ${text}${code ? ` (SQLSTATE ${code})` : ''}.`
  );
}

/**
 * A read-only session: the login's own default is forced read-only at startup, every statement runs
 * inside one REPEATABLE READ READ ONLY transaction, and each fact query sits behind a savepoint so a
 * permission error spoils only that fact. Nothing is ever created on the server.
 */
export class ReadOnlySession {
  queries = 0;
  private lost: Text | undefined;

  private constructor(
    private readonly client: pg.Client,
    private readonly redactor: Redactor,
    readonly database: string
  ) {}

  static async open(
    ep: Endpoint,
    database: string,
    opts: SessionOptions,
    redactor: Redactor
  ): Promise<ReadOnlySession> {
    const client = new pg.Client({
      ...ep.config,
      database,
      application_name: 'db-posture',
      connectionTimeoutMillis: opts.connectTimeoutMs,
      statement_timeout: opts.statementTimeoutMs,
      lock_timeout: opts.statementTimeoutMs,
      idle_in_transaction_session_timeout: Math.max(opts.statementTimeoutMs * 4, 60000),
      options: '-c default_transaction_read_only=on'
    });
    const session = new ReadOnlySession(client, redactor, database);
    // Without a listener, a server that drops the connection would crash the process.
    client.on('error', error => {
      session.lost = msg`the connection was lost (${describePgError(error, redactor).text})`;
    });
    await client.connect();
    session.queries++;
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    return session;
  }

  /** Runs one catalog query as a fact; errors become an unavailable fact with a reason and a fix. */
  async read<R>(
    what: string,
    sql: string,
    fix?: (code: string | undefined) => string | undefined
  ): Promise<Fact<R[]>> {
    if (this.lost) return unavailable(msg`${raw(what)} could not be read: ${raw(this.lost)}.`);
    try {
      this.queries += 3;
      await this.client.query('SAVEPOINT fact');
      const result = await this.client.query(sql);
      await this.client.query('RELEASE SAVEPOINT fact');
      return available(result.rows as R[]);
    } catch (error) {
      const { code, text } = describePgError(error, this.redactor);
      try {
        if (!this.lost) await this.client.query('ROLLBACK TO SAVEPOINT fact');
      } catch {
        this.lost ??= msg`the connection became unusable`;
      }
      const reason =
        code === '57014'
          ? msg`${raw(what)} could not be read: the statement timed out after the statement timeout (${text}).`
          : msg`${raw(what)} could not be read: ${text}${raw(code ? ` (SQLSTATE ${code})` : '')}.`;
      const suggestion =
        fix?.(code) ??
        (code === '57014' ? 'Raise --statement-timeout or audit at a quieter time.' : undefined);
      return unavailable(reason, suggestion);
    }
  }

  async close(): Promise<void> {
    try {
      if (!this.lost) await this.client.query('COMMIT');
    } catch {
      // closing anyway
    }
    await this.client.end().catch(() => undefined);
  }
}
