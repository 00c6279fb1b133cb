import type pg from 'pg';
import { msg, raw, type Text } from '../../core/text.js';
import { available, faulted, unavailable, type Fact } from '../../core/facts.js';
import { TargetError } from '../../core/errors.js';
import type { Redactor } from '../../core/redact.js';
import { describeWhere, type Endpoint } from '../../sqlwire/endpoint.js';
import { describePgError, isPrivilegeError } from '../../sqlwire/errors.js';
import { openPinnedClient, POSTGRES_PINS, sameSearchPath } from '../../sqlwire/session.js';
import { SESSION_QUERY } from './queries.js';

export interface SessionOptions {
  readonly connectTimeoutMs: number;
  readonly statementTimeoutMs: number;
}

/**
 * A read-only session: pinned settings at startup (read-only default, search_path
 * pg_catalog-only, row security off, fixed formats), verified before any read is trusted; every
 * statement runs inside one REPEATABLE READ READ ONLY transaction, and each fact query sits behind a
 * savepoint so a permission error spoils only that fact. The savepoint, the query and its release
 * travel in one simple-protocol message: one round trip per fact, two when it fails.
 */
export class ReadOnlySession {
  /** Statements sent (savepoints included), for the bench. */
  queries = 0;
  /** Round trips to the server, for the bench. */
  roundTrips = 0;
  private lost: Text | undefined;

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
    let lost: Text | undefined;
    const client = await openPinnedClient(ep, database, {
      ...opts,
      pins: POSTGRES_PINS,
      onLost: error => {
        lost = msg`the connection was lost (${describePgError(error, redactor).text})`;
        if (session) session.lost ??= lost;
      }
    });
    let session: ReadOnlySession | undefined;
    try {
      // One round trip: open the snapshot and read back the pins in it.
      const results = (await client.query(
        `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; ${SESSION_QUERY}`
      )) as unknown as pg.QueryResult[];
      if (!Array.isArray(results) || results.length !== 2)
        throw new TargetError(
          `The server at ${describeWhere(ep)} did not answer the session check as PostgreSQL does (two results for two statements).`
        );
      const row = results[1].rows[0] as Record<string, string>;
      if (!sameSearchPath(String(row.search_path), POSTGRES_PINS.search_path) || row.read_only !== 'on') {
        throw new TargetError(
          `The session on ${describeWhere(ep)}/${database} could not be pinned (search_path ${JSON.stringify(redactor.scrub(String(row.search_path)))}, read-only ${JSON.stringify(String(row.read_only))}): a connection pooler may drop startup options; audit the server directly.`
        );
      }
      session = new ReadOnlySession(client, redactor, database, String(row.version));
      session.lost = lost;
      session.queries += 2;
      session.roundTrips++;
      return session;
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
    try {
      this.queries += 3;
      this.roundTrips++;
      const results = (await this.client.query(
        `SAVEPOINT fact; ${sql}; RELEASE SAVEPOINT fact`
      )) as unknown as pg.QueryResult[];
      return available(results[1].rows as R[]);
    } catch (error) {
      const { code, text } = describePgError(error, this.redactor);
      await this.rollbackFact();
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

  /**
   * Reads several facts in one round trip: one simple-protocol message carrying a savepoint, the
   * query and its release for each fact. A failure anywhere aborts the rest of the message, so the
   * batch then rolls back and falls back to one `read` per fact, which isolates the failing fact
   * exactly as before (and costs the extra round trips only when something failed).
   */
  async readMany<R>(
    reads: readonly {
      readonly what: Text;
      readonly sql: string;
      readonly fix?: (code: string | undefined) => string | Text | undefined;
    }[]
  ): Promise<Fact<R[]>[]> {
    if (reads.length === 0) return [];
    if (!this.lost) {
      try {
        this.queries += 3 * reads.length;
        this.roundTrips++;
        const message = reads.map(r => `SAVEPOINT fact; ${r.sql}; RELEASE SAVEPOINT fact`).join('; ');
        const results = (await this.client.query(message)) as unknown as pg.QueryResult[];
        if (Array.isArray(results) && results.length === 3 * reads.length)
          return reads.map((_, i) => available(results[3 * i + 1].rows as R[]));
      } catch {
        await this.rollbackFact();
      }
    }
    const out: Fact<R[]>[] = [];
    for (const r of reads) out.push(await this.read<R>(r.what, r.sql, r.fix));
    return out;
  }

  /** Undoes a failed fact (or batch) back to its savepoint; a session that cannot is lost. */
  private async rollbackFact(): Promise<void> {
    try {
      if (!this.lost) {
        this.roundTrips++;
        await this.client.query('ROLLBACK TO SAVEPOINT fact');
      }
    } catch {
      this.lost ??= msg`the connection became unusable`;
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
