import type pg from 'pg';
import { msg, raw, type Text } from '../../core/text.js';
import { available, faulted, unavailable, type Fact } from '../../core/facts.js';
import { TargetError } from '../../core/errors.js';
import type { Redactor } from '../../core/redact.js';
import { describeWhere, type Endpoint } from '../../sqlwire/endpoint.js';
import { describePgError, isPrivilegeError } from '../../sqlwire/errors.js';
import {
  openPinnedClient,
  POSTGRES_PINS,
  sameSearchPath,
  type PinnedHandoff
} from '../../sqlwire/session.js';
import { SESSION_QUERY } from './queries.js';

export interface SessionOptions {
  readonly connectTimeoutMs: number;
  readonly statementTimeoutMs: number;
}

/** One catalog read of a batch: what it reads (for messages), its SQL, and the grant that fixes a 42501. */
export interface FactRead {
  readonly what: Text;
  readonly sql: string;
  readonly fix?: (code: string | undefined) => string | Text | undefined;
}

/**
 * Stops the rest of a pipelined message unless the pins hold: the effective schema path is
 * pg_catalog alone and the transaction is read-only. Written so that it resolves nothing through
 * the search path it checks (qualified functions and operators), and not constant-foldable, so the
 * error is raised when it runs, never at planning time of a session whose pins did hold.
 */
export const PIN_GUARD = `SELECT CASE WHEN pg_catalog.array_to_string(pg_catalog.current_schemas(false), ',') OPERATOR(pg_catalog.=) 'pg_catalog'
  AND pg_catalog.current_setting('transaction_read_only') OPERATOR(pg_catalog.=) 'on' THEN 1
  ELSE 1 OPERATOR(pg_catalog./) (pg_catalog.length(pg_catalog.current_setting('search_path')) OPERATOR(pg_catalog.*) 0) END AS pinned`;

const factStatements = (reads: readonly FactRead[]) =>
  reads.map(r => `SAVEPOINT fact; ${r.sql}; RELEASE SAVEPOINT fact`).join('; ');

/**
 * A read-only session: pinned settings at startup (read-only default, search_path
 * pg_catalog-only, row security off, fixed formats), verified before any read is trusted; every
 * statement runs inside one REPEATABLE READ READ ONLY transaction, and each fact query sits behind a
 * savepoint so a permission error spoils only that fact. The savepoint, the query and its release
 * travel in one simple-protocol message: one round trip per batch of facts; a failed batch falls
 * back to one read per fact. The ROLLBACK TO SAVEPOINT after a failed fact rides on the next
 * message instead of costing a round trip of its own, and the read-only transaction is never
 * committed: closing the connection ends it.
 */
export class ReadOnlySession {
  /** Statements sent (savepoints included), for the bench. */
  queries = 0;
  /** Round trips to the server after the startup exchange, for the bench. */
  roundTrips = 0;
  private lost: Text | undefined;
  /** A failed fact left the transaction aborted: the next message starts by rolling it back. */
  private pendingRollback = false;
  /** The opening batch failed with a PostgreSQL session: readMany goes straight to one read per fact. */
  private batchFailed = false;

  private constructor(
    private readonly client: pg.Client,
    private readonly redactor: Redactor,
    readonly database: string,
    /** `version()` as this session saw it. */
    readonly serverVersion: string
  ) {}

  static async open(
    ep: Endpoint,
    database: string,
    opts: SessionOptions,
    redactor: Redactor
  ): Promise<ReadOnlySession> {
    return (await ReadOnlySession.openWith<never>(ep, database, opts, redactor, []))[0];
  }

  /**
   * Opens the session and reads `reads` in the same round trip as the snapshot and the pin check:
   * BEGIN, the session check, a guard that aborts the message unless the pins hold, then the
   * facts. No fact query runs before the guard has passed, and no result is used before the pins
   * read back from the session check are verified here. When the message fails (a pin guard, a
   * fact), the transaction is rolled back and opened again the plain way, which reports a pin
   * failure as before, and the facts come back undefined: the caller reads them with readMany
   * (one read per fact, the batch having failed once already).
   */
  static async openWith<R>(
    ep: Endpoint,
    database: string,
    opts: SessionOptions,
    redactor: Redactor,
    reads: readonly FactRead[],
    handoff?: PinnedHandoff
  ): Promise<[ReadOnlySession, Fact<R[]>[] | undefined]> {
    let lost: Text | undefined;
    let session: ReadOnlySession | undefined;
    const onLost = (error: Error) => {
      lost = msg`the connection was lost (${describePgError(error, redactor).text})`;
      if (session) session.lost ??= lost;
    };
    // The connection --engine auto opened with these same pins and options, when there is one:
    // it is verified below exactly like a fresh one.
    const client =
      handoff?.take(database, onLost) ??
      (await openPinnedClient(ep, database, { ...opts, pins: POSTGRES_PINS, onLost }));
    const begin = `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; ${SESSION_QUERY}`;
    /** Checks the pins read back by the session check, the statement at `at` of the message. */
    const verify = (results: pg.QueryResult[], expected: number, at: number): ReadOnlySession => {
      if (!Array.isArray(results) || results.length !== expected)
        throw new TargetError(
          `The server at ${describeWhere(ep)} did not answer the session check as PostgreSQL does (${expected} results for ${expected} statements).`
        );
      const row = results[at].rows[0] as Record<string, string>;
      if (!sameSearchPath(String(row.search_path), POSTGRES_PINS.search_path) || row.read_only !== 'on') {
        throw new TargetError(
          `The session on ${describeWhere(ep)}/${database} could not be pinned (search_path ${JSON.stringify(redactor.scrub(String(row.search_path)))}, read-only ${JSON.stringify(String(row.read_only))}): a connection pooler may drop startup options; audit the server directly.`
        );
      }
      const s = new ReadOnlySession(client, redactor, database, String(row.version));
      s.lost = lost;
      return s;
    };
    try {
      if (reads.length === 0) {
        // One round trip: open the snapshot and read back the pins in it.
        session = verify((await client.query(begin)) as unknown as pg.QueryResult[], 2, 1);
        session.queries += 2;
        session.roundTrips++;
        return [session, []];
      }
      let results: pg.QueryResult[] | undefined;
      try {
        results = (await client.query(
          `${begin}; ${PIN_GUARD}; ${factStatements(reads)}`
        )) as unknown as pg.QueryResult[];
      } catch {
        // The pins or a fact failed: nothing of the message is used. Start again the plain way.
        results = undefined;
      }
      if (results) {
        session = verify(results, 3 + 3 * reads.length, 1);
        session.queries += 3 + 3 * reads.length;
        session.roundTrips++;
        const facts = reads.map((_, i) => available(results![3 + 3 * i + 1].rows as R[]));
        return [session, facts];
      }
      session = verify((await client.query(`ROLLBACK; ${begin}`)) as unknown as pg.QueryResult[], 3, 2);
      session.queries += 3 + 3 * reads.length + 3;
      session.roundTrips += 2;
      session.batchFailed = true;
      // The caller reads the facts (readMany) once it has looked at the server it reached.
      return [session, undefined];
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  /**
   * Runs one catalog query as a fact. A missing privilege becomes an unavailable fact with the
   * grant that fixes it; any other error (lost session, timeout, server error) is a fault that
   * makes the audit incomplete.
   */
  async read<R>(
    what: Text,
    sql: string,
    fix?: (code: string | undefined) => string | Text | undefined
  ): Promise<Fact<R[]>> {
    if (this.lost) return faulted(msg`${raw(what)} could not be read: ${raw(this.lost)}.`);
    const prefix = this.takeRollback();
    try {
      this.queries += 3 + prefix.count;
      this.roundTrips++;
      const results = (await this.client.query(
        `${prefix.sql}SAVEPOINT fact; ${sql}; RELEASE SAVEPOINT fact`
      )) as unknown as pg.QueryResult[];
      return available(results[prefix.count + 1].rows as R[]);
    } catch (error) {
      const { code, text } = describePgError(error, this.redactor);
      // The rollback carried in front failed: there was no savepoint to go back to, so the
      // session is in a state this class does not know. Nothing more is read from it.
      if (code === '3B001') this.lost ??= msg`the connection became unusable`;
      this.pendingRollback = true;
      const reason =
        code === '57014'
          ? msg`${raw(what)} could not be read: the statement timed out after the statement timeout (${text}).`
          : msg`${raw(what)} could not be read: ${text}${raw(code ? ` (SQLSTATE ${code})` : '')}.`;
      const suggestion =
        fix?.(code) ??
        (code === '57014' ? 'Raise --statement-timeout or audit at a quieter time.' : undefined);
      return isPrivilegeError(code) ? unavailable(reason, suggestion) : faulted(reason, suggestion);
    }
  }

  /** The ROLLBACK TO SAVEPOINT a failed fact left owing, to send in front of the next message. */
  private takeRollback(): { sql: string; count: number } {
    if (!this.pendingRollback) return { sql: '', count: 0 };
    this.pendingRollback = false;
    return { sql: 'ROLLBACK TO SAVEPOINT fact; ', count: 1 };
  }

  /**
   * Reads several facts in one round trip: one simple-protocol message carrying a savepoint, the
   * query and its release for each fact. A failure anywhere aborts the rest of the message, so the
   * batch then rolls back and falls back to one `read` per fact, which isolates the failing fact
   * exactly as before (and costs the extra round trips only when something failed).
   */
  async readMany<R>(reads: readonly FactRead[]): Promise<Fact<R[]>[]> {
    if (reads.length === 0) return [];
    const again = this.batchFailed;
    this.batchFailed = false;
    if (!this.lost && !again) {
      const prefix = this.takeRollback();
      try {
        this.queries += 3 * reads.length + prefix.count;
        this.roundTrips++;
        const results = (await this.client.query(
          prefix.sql + factStatements(reads)
        )) as unknown as pg.QueryResult[];
        if (Array.isArray(results) && results.length === 3 * reads.length + prefix.count)
          return reads.map((_, i) => available(results[prefix.count + 3 * i + 1].rows as R[]));
      } catch (error) {
        if ((error as { code?: string }).code === '3B001') this.lost ??= msg`the connection became unusable`;
        else this.pendingRollback = true;
      }
    }
    const out: Fact<R[]>[] = [];
    for (const r of reads) out.push(await this.read<R>(r.what, r.sql, r.fix));
    return out;
  }

  /**
   * Ends the session. The transaction only read, so it is not committed: the server discards it
   * with the connection. Resolves when the socket is closed; a caller with more work to do need
   * not wait for it.
   */
  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}
