import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { cli } from '../helpers/cli-run.js';

/**
 * `--engine auto` chooses the engine from the startup exchange and hands that connection to the
 * PostgreSQL collector: the audit opens exactly the sessions `--engine postgres` opens, and no
 * statement of its own. Counted from the server's log (log_connections, log_statement=all).
 */
let srv: EmbeddedServer;
const log: string[] = [];

beforeAll(async () => {
  srv = await startServer({
    flags: ['-c', 'log_connections=on', '-c', 'log_statement=all', '-c', 'log_line_prefix=%m [%p] '],
    onLog: m => log.push(String(m))
  });
  const c = srv.client();
  await c.connect();
  await c.query('CREATE DATABASE second');
  await c.end();
}, 120000);
afterAll(async () => {
  await srv?.stop();
});

interface Backend {
  database?: string;
  messages: string[];
}

/** Per backend pid: the database it was authorized for and the statement messages it received. */
function backends(text: string): Backend[] {
  const byPid = new Map<string, Backend>();
  let last: { b: Backend; i: number } | undefined;
  for (const line of text.split('\n')) {
    const m = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (\w+):\s+(.*)$/.exec(line);
    if (!m) {
      if (last && line.startsWith('\t')) last.b.messages[last.i] += `\n${line.slice(1)}`;
      continue;
    }
    last = undefined;
    if (m[2] !== 'LOG') continue;
    const b = byPid.get(m[1]) ?? { messages: [] };
    byPid.set(m[1], b);
    const auth = /^connection authorized: user=\S+ database=(\S+)/.exec(m[3]);
    if (auth) b.database = auth[1];
    const st = /^statement: ([\s\S]*)$/.exec(m[3]);
    if (st) last = { b, i: b.messages.push(st[1]) - 1 };
  }
  return [...byPid.values()].filter(b => b.database !== undefined);
}

async function audit(engine: string): Promise<{ code: number; sessions: Backend[]; received: number }> {
  await new Promise(r => setTimeout(r, 200));
  const mark = log.length;
  const r = await cli(
    ['audit', '--engine', engine, '--out', mkdtempSync(path.join(os.tmpdir(), 'dbp-auto-'))],
    {
      env: { DB_POSTURE_URL: srv.url() }
    }
  );
  // The server logs a session's end after the client has gone: give it a moment.
  await new Promise(r => setTimeout(r, 500));
  const text = log.slice(mark).join('');
  return {
    code: r.code,
    sessions: backends(text),
    received: (text.match(/LOG: {2}connection received:/g) ?? []).length
  };
}

describe('--engine auto on PostgreSQL', () => {
  it('opens the same sessions as --engine postgres: one on the URL database, none to detect the engine', async () => {
    const pinned = await audit('postgres');
    const auto = await audit('auto');
    // AUTO_SHOW=1: the figures (round trips: a message each, plus two per connection's startup).
    if (process.env.AUTO_SHOW) {
      const show = (s: Backend[]) => ({
        sessions: s.length,
        onUrlDb: s.filter(b => b.database === 'postgres').length,
        serverWideRoundTrips: s
          .filter(b => b.database === 'postgres')
          .reduce((n, b) => n + b.messages.length + 2, 0),
        roundTrips: s.reduce((n, b) => n + b.messages.length + 2, 0)
      });
      console.log(
        JSON.stringify({
          auto: { ...show(auto.sessions), tcp: auto.received },
          postgres: { ...show(pinned.sessions), tcp: pinned.received }
        })
      );
    }
    expect(auto.code).toBe(pinned.code);
    expect([0, 1]).toContain(auto.code);
    const onUrlDb = (s: Backend[]) => s.filter(b => b.database === 'postgres');
    expect(onUrlDb(auto.sessions)).toHaveLength(1);
    expect(auto.sessions.map(b => b.database).sort()).toEqual(pinned.sessions.map(b => b.database).sort());
    // TCP connections too (the TLS probe is the collector's own, under either engine).
    expect(auto.received).toBe(pinned.received);
    // The one session on the URL database carries the same messages: no version() of its own.
    expect(onUrlDb(auto.sessions)[0].messages).toEqual(onUrlDb(pinned.sessions)[0].messages);
    expect(auto.sessions.flatMap(b => b.messages)).not.toContain('SELECT pg_catalog.version() AS version');
  }, 60000);
});
