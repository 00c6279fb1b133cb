import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../scripts/embedded-server.mjs';

/** `npm run replica -- <kind> --scenario <file> --port <port>` runs in the foreground until stopped. */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

function start(args: string[]) {
  const child = spawn(process.execPath, [path.join(root, 'replicas/run.mjs'), ...args], { cwd: root });
  let out = '';
  child.stdout.on('data', d => (out += d));
  child.stderr.on('data', d => (out += d));
  const exited = new Promise<number>(resolve => child.on('close', code => resolve(code ?? -1)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => out.includes('listening on') && resolve());
    void exited.then(code => reject(new Error(`exited ${code}: ${out}`)));
  });
  // Tests that expect an early exit never await `ready`: keep its rejection from going unhandled.
  ready.catch(() => undefined);
  return { child, ready, exited, output: () => out };
}

describe('replica command', () => {
  it('serves a Couchbase scenario on the given port until stopped', async () => {
    const port = await freePort();
    const r = start([
      'couchbase',
      '--scenario',
      'replicas/scenarios/couchbase/cb80-hardened.json',
      '--port',
      String(port)
    ]);
    await r.ready;
    expect(r.output()).toBe(
      `couchbase replica listening on http://127.0.0.1:${port} (scenario replicas/scenarios/couchbase/cb80-hardened.json); Ctrl-C stops it\n`
    );
    const res = await fetch(`http://127.0.0.1:${port}/pools`, {
      headers: { authorization: `Basic ${Buffer.from('auditor:ro-audit-Passw0rd!').toString('base64')}` }
    });
    expect(((await res.json()) as { implementationVersion: string }).implementationVersion).toBe(
      '8.0.1-2145-enterprise'
    );
    r.child.kill('SIGTERM');
    expect(await r.exited).toBe(0);
  });

  it('serves the CockroachDB wire replica and the Cloud API replica', async () => {
    const port = await freePort();
    const wire = start([
      'cockroachdb',
      '--scenario',
      'replicas/scenarios/cockroachdb/self-hosted-weak.json',
      '--port',
      String(port)
    ]);
    await wire.ready;
    const client = new pg.Client(`postgresql://auditor:Aud1t-Only-Secret@127.0.0.1:${port}/defaultdb`);
    await client.connect();
    const v = await client.query('SELECT version() AS version');
    await client.end();
    expect(v.rows[0].version).toMatch(/^CockroachDB CCL v25\.2\.4 /);
    wire.child.kill('SIGTERM');
    expect(await wire.exited).toBe(0);

    const apiPort = await freePort();
    const api = start([
      'cockroach-cloud',
      '--scenario',
      'replicas/scenarios/cockroach-cloud/standard.json',
      '--port',
      String(apiPort)
    ]);
    await api.ready;
    const res = await fetch(
      `http://127.0.0.1:${apiPort}/api/v1/clusters/9a8b7c6d-1111-4222-8333-444455556666`,
      {
        headers: {
          authorization: 'Bearer CCDB1_standardTestKey_fedcba9876543210',
          'cc-version': '2024-09-16'
        }
      }
    );
    expect(((await res.json()) as { plan: string }).plan).toBe('STANDARD');
    const denied = await fetch(`http://127.0.0.1:${apiPort}/api/v1/clusters/x`, {
      headers: { authorization: 'Bearer nope' }
    });
    expect(denied.status).toBe(401);
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
  });

  it('rejects an unknown kind and a missing scenario with exit 2', async () => {
    const unknown = start(['mongodb', '--scenario', 'x.json']);
    expect(await unknown.exited).toBe(2);
    expect(unknown.output()).toMatch(
      /^replica: unknown replica "mongodb"; available: couchbase, cockroachdb, cockroach-cloud/
    );
    const missing = start(['couchbase']);
    expect(await missing.exited).toBe(2);
    expect(missing.output()).toMatch(/^replica: --scenario is missing/);
    const badFile = start(['couchbase', '--scenario', 'nope.json']);
    expect(await badFile.exited).toBe(2);
    expect(badFile.output()).toMatch(/^replica: scenario nope\.json cannot be read as JSON: /);
  });
});
