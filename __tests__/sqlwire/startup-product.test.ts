import { afterEach, describe, expect, it } from '@jest/globals';
import { startWireServer, wire } from '../../replicas/pg-wire.mjs';
import { chooseSqlEngine, productFromStartup } from '../../src/sqlwire/detect.js';
import { parseEndpoint } from '../../src/sqlwire/endpoint.js';
import { Redactor } from '../../src/core/redact.js';
import { cli } from '../helpers/cli-run.js';

/** --engine auto names the product from the startup ParameterStatus messages, never from a guess. */
describe('productFromStartup', () => {
  const of = (o: Record<string, string>) => productFromStartup(new Map(Object.entries(o)));
  it('crdb_version (CockroachDB only) means CockroachDB, whatever server_version says', () => {
    expect(of({ server_version: '13.0.0', crdb_version: 'CockroachDB CCL v25.2.0' })).toBe('cockroachdb');
    expect(of({ crdb_version: 'v1' })).toBe('cockroachdb');
  });
  it('a numeric server_version without crdb_version means PostgreSQL', () => {
    expect(of({ server_version: '16.4 (Debian 16.4-1.pgdg120+1)' })).toBe('postgres');
    expect(of({ server_version: '17devel', crdb_version: '  ' })).toBe('postgres');
  });
  it('neither, or a server_version that is no version, is unknown', () => {
    expect(of({})).toBeUndefined();
    expect(of({ server_version: '' })).toBeUndefined();
    expect(of({ server_version: 'CockroachDB' })).toBeUndefined();
    expect(of({ client_encoding: 'UTF8' })).toBeUndefined();
  });
});

describe('chooseSqlEngine over the wire', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });
  async function serve(parameters: Record<string, string>) {
    const queried: string[] = [];
    const srv = await startWireServer({
      credentials: { user: 'u', password: 'pw' },
      parameters,
      onSession: () => ({
        query: sql => (queried.push(sql), [wire.error('XX000', 'no statement should reach this server')])
      })
    });
    stop = () => srv.stop();
    return { url: `postgresql://u:pw@127.0.0.1:${srv.port}/db?sslmode=disable`, queried };
  }

  it('CockroachDB is recognised from crdb_version at startup: no statement runs, the connection is handed on', async () => {
    const { url, queried } = await serve({
      server_version: '13.0.0',
      crdb_version: 'CockroachDB CCL v25.2.0'
    });
    const redactor = new Redactor();
    const r = await chooseSqlEngine(
      parseEndpoint(url, redactor, '--url'),
      { connectTimeoutMs: 5000, statementTimeoutMs: 5000 },
      redactor
    );
    expect(r.engine).toBe('cockroachdb');
    // The CockroachDB collector reads its settings back before it uses it (CrdbSession.adopt).
    expect(r.handoff).toBeDefined();
    expect(r.handoff!.database).toBe('db');
    r.handoff!.release();
    expect(queried).toEqual([]);
  });

  it('a startup naming no product is a target error (exit 3), and no statement runs', async () => {
    const { url, queried } = await serve({ client_encoding: 'UTF8' });
    const r = await cli(['audit', '--engine', 'auto', '--url', url]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^db-posture: error: The server at 127\.0\.0\.1:\d+ reported neither server_version nor crdb_version at startup, so its product is unknown: pass --engine postgres or --engine cockroachdb\.\n$/
    );
    expect(queried).toEqual([]);
  });
});
