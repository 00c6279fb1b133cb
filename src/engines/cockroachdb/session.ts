import type pg from 'pg';
import { TargetError } from '../../core/errors.js';
import { available, faulted, unavailable, type Fact } from '../../core/facts.js';
import { msg, raw, type Text } from '../../core/text.js';
import type { Redactor } from '../../core/redact.js';
import { describePgError } from '../../sqlwire/errors.js';
import type { Endpoint } from '../../sqlwire/endpoint.js';
import { openPinnedClient, sameSearchPath, type PinnedHandoff } from '../../sqlwire/session.js';

/**
 * Session variables pinned in the startup packet's `options` (cockroach
 * pkg/sql/pgwire/pre_serve_options.go: `-c key=value` pairs become the session's client-provided
 * defaults, which ALTER ROLE/DATABASE ... SET defaults do not replace). CockroachDB splits each
 * option on `=` and requires exactly two parts, so no value may contain `=`.
 * - search_path: pg_catalog only, so no name the audited party owns resolves before the catalog;
 * - default_transaction_read_only: every statement runs read-only;
 * - timezone / intervalstyle: timestamps and intervals are parsed in the form the collector expects.
 * statement_timeout and lock_timeout go as startup parameters of their own (openPinnedClient).
 */
export const CRDB_PINS: Readonly<Record<string, string>> = {
  default_transaction_read_only: 'on',
  search_path: 'pg_catalog',
  timezone: 'UTC',
  intervalstyle: 'postgres'
};

/**
 * A read-only SQL session on CockroachDB: the session is pinned at startup and every statement runs
 * on its own (autocommit), so one failing statement (an unknown setting, a missing privilege)
 * never spoils the next.
 */
export class CrdbSession {
  statements = 0;
  /** Set by the client's error listener (lostListener): every later read is a fault. */
  lost: Text | undefined;

  private constructor(
    private readonly client: pg.Client,
    private readonly redactor: Redactor
  ) {}

  static async open(
    ep: Endpoint,
    connectTimeoutMs: number,
    statementTimeoutMs: number,
    redactor: Redactor
  ): Promise<CrdbSession> {
    // The error listener exists before the session object does: remember a loss until then.
    const state: { session?: CrdbSession; lost?: Text } = {};
    const client = await openPinnedClient(ep, ep.database, {
      connectTimeoutMs,
      statementTimeoutMs,
      pins: CRDB_PINS,
      onLost: lostListener(state, redactor)
    });
    const session = CrdbSession.wrap(client, state, redactor);
    // Trust no read until the pins are seen to hold (a proxy or an old release could drop them).
    const pins = await session.read<Record<string, unknown>>('The session settings', PIN_CHECK);
    const row = pins.ok ? pins.value[0] : undefined;
    if (
      !row ||
      !sameSearchPath(String(row.search_path), 'pg_catalog') ||
      !/^(on|true)$/i.test(String(row.read_only))
    ) {
      await session.close();
      throw new TargetError(
        pins.ok
          ? `The CockroachDB session did not keep the audit's startup settings (search_path ${JSON.stringify(String(row?.search_path ?? ''))}, default_transaction_read_only ${JSON.stringify(String(row?.read_only ?? ''))}): nothing was read.`
          : `The CockroachDB session settings could not be verified (${pins.reason.text.replace(/\.$/, '')}): nothing was read.`
      );
    }
    return session;
  }

  /**
   * The connection `--engine auto` opened to learn the product (with the PostgreSQL collector's
   * pins), taken as this audit's first session when its settings read back as the audit needs
   * them: read-only, names resolved in pg_catalog first (`pg_catalog,pg_temp` resolves the same
   * for CockroachDB: an explicit pg_temp is skipped while the session has no temporary schema, and
   * a read-only audit creates none; cockroach pkg/sql/sessiondata/search_path.go,
   * SearchPathIter.Next), timestamps in UTC and intervals in the postgres style (the form the
   * collector parses). Anything else, or a read that fails, closes it and returns undefined: the
   * caller opens a session of its own with CRDB_PINS, so nothing is accepted unverified.
   */
  static async adopt(
    handoff: PinnedHandoff,
    database: string,
    redactor: Redactor
  ): Promise<CrdbSession | undefined> {
    const state: { session?: CrdbSession; lost?: Text } = {};
    const client = handoff.take(database, lostListener(state, redactor));
    if (!client) return undefined;
    const session = CrdbSession.wrap(client, state, redactor);
    const pins = await session.read<Record<string, unknown>>('The session settings', HANDOFF_CHECK);
    const row = pins.ok ? pins.value[0] : undefined;
    const path = String(row?.search_path ?? '');
    if (
      row &&
      !session.lost &&
      (sameSearchPath(path, 'pg_catalog') || sameSearchPath(path, 'pg_catalog,pg_temp')) &&
      /^(on|true)$/i.test(String(row.read_only)) &&
      /^(utc|etc\/utc)$/i.test(String(row.timezone)) &&
      String(row.intervalstyle).toLowerCase() === 'postgres'
    )
      return session;
    await session.close();
    return undefined;
  }

  private static wrap(
    client: pg.Client,
    state: { session?: CrdbSession; lost?: Text },
    redactor: Redactor
  ): CrdbSession {
    const session = new CrdbSession(client, redactor);
    state.session = session;
    if (state.lost) session.lost = state.lost;
    // Statements are tiny and sent one at a time: do not let Nagle hold them back.
    (
      client as unknown as { connection?: { stream?: { setNoDelay?: (b: boolean) => void } } }
    ).connection?.stream?.setNoDelay?.(true);
    return session;
  }

  /** Runs one statement; an error becomes an unavailable fact with the SQLSTATE and, when known, the fix. */
  async read<R>(
    what: string,
    sql: string,
    fix?: (code: string | undefined, text: string) => string | undefined
  ): Promise<Fact<R[]>> {
    if (this.lost) return faulted(msg`${raw(what)} could not be read: ${raw(this.lost)}.`);
    try {
      this.statements++;
      const result = await this.client.query(sql);
      return available(result.rows as R[]);
    } catch (error) {
      const { code, text } = describePgError(error, this.redactor);
      const reason =
        code === '57014'
          ? msg`${raw(what)} could not be read: the statement timed out (${text}).`
          : msg`${raw(what)} could not be read: ${text}${raw(code ? ` (SQLSTATE ${code})` : '')}.`;
      const suggestion = fix?.(code, text) ?? (code === '57014' ? 'Raise --statement-timeout.' : undefined);
      // A timeout or a dropped connection is a fault (the audit is incomplete), not a privilege.
      if (code === '57014' || this.lost || !code)
        return faulted(
          this.lost ? msg`${raw(what)} could not be read: ${raw(this.lost)}.` : reason,
          suggestion
        );
      return unavailable(reason, suggestion);
    }
  }

  /** Switches the session's current database (SHOW GRANTS is scoped to it). */
  async useDatabase(name: string): Promise<Fact<true>> {
    const r = await this.read(`Database ${name}`, `SET database = ${quoteIdent(name)}`);
    return r.ok ? available(true) : r;
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}

/**
 * Up to `limit` pinned sessions for overlapping reads (--concurrency). Extra sessions are opened
 * on demand; when one cannot be opened the work goes on over the sessions that exist.
 */
export class CrdbSessionPool {
  private readonly idle: CrdbSession[];
  private readonly all: CrdbSession[];
  private readonly waiting: ((s: CrdbSession) => void)[] = [];
  private opening = 0;
  private openFailed = false;

  constructor(
    first: CrdbSession,
    private readonly limit: number,
    private readonly openMore: () => Promise<CrdbSession>
  ) {
    this.idle = [first];
    this.all = [first];
  }

  get statements(): number {
    return this.all.reduce((n, s) => n + s.statements, 0);
  }

  /** Runs `task` on a session it holds alone (a `SET database` stays with its read). */
  async with<T>(task: (s: CrdbSession) => Promise<T>): Promise<T> {
    const s = await this.acquire();
    try {
      return await task(s);
    } finally {
      this.release(s);
    }
  }

  private async acquire(): Promise<CrdbSession> {
    const s = this.idle.pop();
    if (s) return s;
    if (!this.openFailed && this.all.length + this.opening < this.limit) {
      this.opening++;
      try {
        const extra = await this.openMore();
        this.all.push(extra);
        return extra;
      } catch {
        this.openFailed = true;
      } finally {
        this.opening--;
      }
    }
    return new Promise(resolve => this.waiting.push(resolve));
  }

  private release(s: CrdbSession): void {
    const next = this.waiting.shift();
    if (next) next(s);
    else this.idle.push(s);
  }

  async close(): Promise<void> {
    await Promise.all(this.all.slice(1).map(s => s.close()));
  }
}

/** The pins a session of its own is checked for (CRDB_PINS sets the rest at startup). */
const PIN_CHECK =
  "SELECT pg_catalog.current_setting('search_path') AS search_path, pg_catalog.current_setting('default_transaction_read_only') AS read_only";

/** A handed-over session was pinned by someone else: every setting the collector relies on is read back. */
const HANDOFF_CHECK =
  "SELECT pg_catalog.current_setting('search_path') AS search_path, pg_catalog.current_setting('default_transaction_read_only') AS read_only, pg_catalog.current_setting('timezone') AS timezone, pg_catalog.current_setting('intervalstyle') AS intervalstyle";

/** The client's error listener, set before the session object exists: a loss is remembered until then. */
function lostListener(
  state: { session?: CrdbSession; lost?: Text },
  redactor: Redactor
): (error: Error) => void {
  return error => {
    const why = msg`the connection was lost (${describePgError(error, redactor).text})`;
    if (state.session) state.session.lost = why;
    else state.lost = why;
  };
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
