import { afterEach, describe, expect, it } from '@jest/globals';
import { startWireServer, wire } from '../../../replicas/pg-wire.mjs';
import { chooseSqlEngine } from '../../../src/sqlwire/detect.js';
import { parseEndpoint } from '../../../src/sqlwire/endpoint.js';
import { Redactor } from '../../../src/core/redact.js';
import { CrdbSession } from '../../../src/engines/cockroachdb/session.js';

/**
 * The connection --engine auto chose the engine on is taken by the CockroachDB collector only when
 * every setting it relies on reads back as needed; any other answer closes it (the caller then
 * opens a session with its own pins).
 */
const GOOD = {
  search_path: 'pg_catalog, pg_temp',
  read_only: 'on',
  timezone: 'UTC',
  intervalstyle: 'postgres'
};

describe('CrdbSession.adopt', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  async function handoffFrom(settings: Record<string, string> | { error: string }) {
    const queried: string[] = [];
    const srv = await startWireServer({
      credentials: { user: 'u', password: 'pw' },
      parameters: { server_version: '13.0.0', crdb_version: 'CockroachDB CCL v25.2.0' },
      onSession: () => ({
        query: (sql: string) => {
          queried.push(sql);
          if ('error' in settings) return [wire.error(String(settings.error), 'the check failed')];
          const names = Object.keys(settings);
          return [
            wire.rowDescription(names.map(name => ({ name, oid: 25 }))),
            wire.dataRow(names.map(n => settings[n])),
            wire.commandComplete('SELECT 1')
          ];
        }
      })
    });
    stop = () => srv.stop();
    const redactor = new Redactor();
    const ep = parseEndpoint(`postgresql://u:pw@127.0.0.1:${srv.port}/db?sslmode=disable`, redactor, '--url');
    const r = await chooseSqlEngine(ep, { connectTimeoutMs: 5000, statementTimeoutMs: 5000 }, redactor);
    expect(r.engine).toBe('cockroachdb');
    return { handoff: r.handoff!, redactor, queried };
  }

  it('takes the connection when search_path, read-only, timezone and intervalstyle read back as needed', async () => {
    const { handoff, redactor, queried } = await handoffFrom(GOOD);
    const s = await CrdbSession.adopt(handoff, 'db', redactor);
    expect(s).toBeInstanceOf(CrdbSession);
    expect(s!.statements).toBe(1);
    expect(queried).toEqual([
      "SELECT pg_catalog.current_setting('search_path') AS search_path, pg_catalog.current_setting('default_transaction_read_only') AS read_only, pg_catalog.current_setting('timezone') AS timezone, pg_catalog.current_setting('intervalstyle') AS intervalstyle"
    ]);
    await s!.close();
  });

  it.each([
    ['a search_path that puts a user schema first', { search_path: 'public, pg_catalog' }],
    ['a search_path without pg_temp last', { search_path: 'pg_catalog, pg_temp, public' }],
    ['writable', { read_only: 'off' }],
    ['another time zone', { timezone: 'America/New_York' }],
    ['another interval style', { intervalstyle: 'iso_8601' }],
    ['a setting that is missing', { intervalstyle: undefined as unknown as string }]
  ])('refuses %s: adopt returns nothing and gives it up', async (_what, change) => {
    const settings = Object.fromEntries(
      Object.entries({ ...GOOD, ...change }).filter(([, v]) => v !== undefined)
    ) as Record<string, string>;
    const { handoff, redactor, queried } = await handoffFrom(settings);
    expect(await CrdbSession.adopt(handoff, 'db', redactor)).toBeUndefined();
    expect(queried).toHaveLength(1);
    // Released: a second take finds nothing.
    expect(handoff.take('db', () => undefined)).toBeUndefined();
  });

  it.each([['57014'], ['XX000'], ['42501']])(
    'refuses it when the check fails with SQLSTATE %s: nothing is accepted unverified',
    async code => {
      const { handoff, redactor, queried } = await handoffFrom({ error: code });
      expect(await CrdbSession.adopt(handoff, 'db', redactor)).toBeUndefined();
      expect(queried).toHaveLength(1);
    }
  );

  it('is not taken for another database: nothing runs on it', async () => {
    const { handoff, redactor, queried } = await handoffFrom(GOOD);
    expect(await CrdbSession.adopt(handoff, 'other', redactor)).toBeUndefined();
    expect(queried).toEqual([]);
    handoff.release();
  });
});
