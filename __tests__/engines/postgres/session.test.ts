import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startServer, type EmbeddedServer } from '../../../scripts/embedded-server.mjs';
import { PIN_GUARD, ReadOnlySession } from '../../../src/engines/postgres/connection.js';
import { Redactor } from '../../../src/core/redact.js';
import { parseEndpoint } from '../../../src/sqlwire/endpoint.js';
import { msg } from '../../../src/core/text.js';

let srv: EmbeddedServer;
const redactor = new Redactor();
const opts = { connectTimeoutMs: 10_000, statementTimeoutMs: 500 };

beforeAll(async () => {
  srv = await startServer();
  const c = srv.client();
  await c.connect();
  await c.query(`CREATE ROLE auditor LOGIN PASSWORD 'auditor-pw'`);
  await c.end();
}, 60_000);
afterAll(async () => srv?.stop());

const ok = { what: msg`one`, sql: 'SELECT 1 AS n' };
const two = { what: msg`two`, sql: 'SELECT 2 AS n' };
const authid = {
  what: msg`pg_authid`,
  sql: 'SELECT rolname FROM pg_catalog.pg_authid',
  fix: (code: string | undefined) => (code === '42501' ? 'Run as a superuser.' : undefined)
};

describe('ReadOnlySession batching', () => {
  it('reads the opening batch in the round trip that opens the snapshot and checks the pins', async () => {
    const ep = parseEndpoint(srv.url(), redactor);
    const [s, facts] = await ReadOnlySession.openWith<{ n: number }>(ep, 'postgres', opts, redactor, [
      ok,
      two
    ]);
    expect(facts).toEqual([
      { ok: true, value: [{ n: 1 }] },
      { ok: true, value: [{ n: 2 }] }
    ]);
    expect(s.roundTrips).toBe(1);
    // BEGIN, the session check, the pin guard, then a savepoint, the query and its release per fact.
    expect(s.queries).toBe(3 + 6);
    await s.close();
  });

  it('a fact the login may not read stays UNKNOWN with its fix; the facts around it are read; the rollback rides on the next message', async () => {
    const ep = parseEndpoint(srv.url('postgres', 'auditor', 'auditor-pw'), redactor);
    const [s, first] = await ReadOnlySession.openWith(ep, 'postgres', opts, redactor, [ok, authid, two]);
    // The batch failed: nothing of it is used, the caller reads fact by fact.
    expect(first).toBeUndefined();
    const facts = await s.readMany([ok, authid, two]);
    expect(facts[0]).toEqual({ ok: true, value: [{ n: 1 }] });
    expect(facts[1]).toEqual({
      ok: false,
      reason: {
        text: 'pg_authid could not be read: permission denied for table pg_authid (SQLSTATE 42501).',
        markdown: 'pg_authid could not be read: `permission denied for table pg_authid` (SQLSTATE 42501).'
      },
      fix: { text: 'Run as a superuser.', markdown: 'Run as a superuser.' }
    });
    expect(facts[2]).toEqual({ ok: true, value: [{ n: 2 }] });
    // Opening (1), ROLLBACK with the plain opening (1), one read per fact without a separate
    // ROLLBACK TO SAVEPOINT round trip (3).
    expect(s.roundTrips).toBe(5);
    // After a failure the next batch still works, its owed rollback in front.
    expect(await s.readMany([two, ok])).toEqual([
      { ok: true, value: [{ n: 2 }] },
      { ok: true, value: [{ n: 1 }] }
    ]);
    expect(s.roundTrips).toBe(6);
    await s.close();
  });

  it('any other error is a fault (statement timeout), and the session reads on afterwards', async () => {
    const ep = parseEndpoint(srv.url(), redactor);
    const s = await ReadOnlySession.open(ep, 'postgres', opts, redactor);
    const slow = await s.read(msg`slow`, 'SELECT pg_catalog.pg_sleep(2)');
    expect(slow.ok).toBe(false);
    expect(slow.ok === false && slow.fault).toBe(true);
    expect(slow.ok === false && slow.reason.text).toMatch(/^slow could not be read: the statement timed out/);
    expect(await s.read(msg`one`, ok.sql)).toEqual({ ok: true, value: [{ n: 1 }] });
    await s.close();
  });
});

describe('pin guard', () => {
  async function guarded(searchPath: string) {
    const c = new pg.Client({ connectionString: srv.url(), options: `-c search_path=${searchPath}` });
    await c.connect();
    try {
      const r = (await c.query(
        `BEGIN READ ONLY; ${PIN_GUARD}; SELECT 'after' AS x`
      )) as unknown as pg.QueryResult[];
      return r[2].rows[0].x as string;
    } catch (e) {
      return (e as { code: string }).code;
    } finally {
      await c.end();
    }
  }

  it('lets the message through with the pinned path, and stops it (before the next statement) with any other', async () => {
    expect(await guarded('pg_catalog,pg_temp')).toBe('after');
    expect(await guarded('public,pg_catalog')).toBe('22012');
    expect(await guarded('public')).toBe('22012');
  });
});
