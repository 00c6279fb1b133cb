import pg from 'pg';
import { available, unavailable, type Fact } from '../../core/facts.js';
import { msg, raw, type Text } from '../../core/text.js';
import type { Redactor } from '../../core/redact.js';
import { describePgError } from '../../sqlwire/errors.js';
import type { Endpoint } from '../../sqlwire/endpoint.js';

/**
 * A read-only SQL session on CockroachDB: the session default is forced read-only at startup and
 * every statement runs on its own (autocommit), so one failing statement (an unknown setting, a
 * missing privilege) never spoils the next.
 */
export class CrdbSession {
  statements = 0;
  private lost: Text | undefined;

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
    const client = new pg.Client({
      ...ep.config,
      application_name: 'db-posture',
      connectionTimeoutMillis: connectTimeoutMs,
      statement_timeout: statementTimeoutMs,
      options: '-c default_transaction_read_only=on'
    });
    const session = new CrdbSession(client, redactor);
    client.on('error', error => {
      session.lost = msg`the connection was lost (${describePgError(error, redactor).text})`;
    });
    await client.connect();
    return session;
  }

  /** Runs one statement; an error becomes an unavailable fact with the SQLSTATE and, when known, the fix. */
  async read<R>(
    what: string,
    sql: string,
    fix?: (code: string | undefined, text: string) => string | undefined
  ): Promise<Fact<R[]>> {
    if (this.lost) return unavailable(msg`${raw(what)} could not be read: ${raw(this.lost)}.`);
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

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
