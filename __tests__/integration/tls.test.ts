import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  chownSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { cli } from '../helpers/cli-run.js';
import { makeCertificate } from '../helpers/certificates.js';

/** Real TLS handshakes against PostgreSQL serving certificates made now with 20, 60 and 365 days left. */
const certDir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-certs-'));
chmodSync(certDir, 0o755);
const servers: EmbeddedServer[] = [];

function makeCert(days: number): { cert: string; key: string } {
  const made = makeCertificate({ days, cn: `db-${days}.test`, name: `server-${days}`, dir: certDir });
  return { cert: made.certFile, key: made.keyFile };
}

async function tlsServer(days: number, hbaFile?: string): Promise<EmbeddedServer> {
  const { cert, key } = makeCert(days);
  const srv = await startServer({
    ...(hbaFile ? { hbaFile } : {}),
    flags: [
      '-c',
      'ssl=on',
      '-c',
      `ssl_cert_file=${cert}`,
      '-c',
      `ssl_key_file=${key}`,
      '-c',
      'ssl_min_protocol_version=TLSv1.2'
    ],
    onLog: () => {},
    // The key must belong to the server's OS user.
    beforeStart: (dataDir: string) => {
      const owner = statSync(dataDir);
      chownSync(key, owner.uid, owner.gid);
    }
  } as never);
  servers.push(srv);
  return srv;
}

afterAll(async () => {
  for (const s of servers) await s.stop();
});

async function tlsFindings(srv: EmbeddedServer) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-out-'));
  const r = await cli(['audit', '--name', 'tls', '--out', out, '--url', `${srv.url()}?sslmode=no-verify`]);
  if (r.code > 1) throw new Error(r.stderr);
  const json = JSON.parse(
    readFileSync(
      path.join(
        out,
        readdirSync(out).find(f => f.endsWith('.json'))!
      ),
      'utf8'
    )
  );
  return json.findings.filter((f: { checkId: string }) =>
    ['pg/tls', 'pg/crypto-posture'].includes(f.checkId)
  );
}

describe('TLS handshake on the server port', () => {
  let today: Date;
  beforeAll(() => {
    today = new Date();
  });
  for (const [days, status] of [
    [20, 'FAIL'],
    [60, 'WARN'],
    [365, 'PASS']
  ] as const) {
    it(`${days} days left: ${status}`, async () => {
      const srv = await tlsServer(days);
      const findings = await tlsFindings(srv);
      const tls = findings.find((f: { checkId: string }) => f.checkId === 'pg/tls');
      expect(tls.status).toBe(status);
      expect(tls.object).toBe(`CN=db-${days}.test`);
      const expiry = new Date(today.getTime() + days * 86400000).toISOString().slice(0, 10);
      expect(tls.detail).toContain(expiry.slice(0, 7));
      const posture = findings.find((f: { checkId: string }) => f.checkId === 'pg/crypto-posture');
      expect(posture.status).toBe('INFO');
      expect(posture.detail).toMatch(
        /^Negotiated TLSv1\.3 with TLS_AES_256_GCM_SHA384, key exchange prime256v1; X25519MLKEM768 (not tested|accepted|refused).*; server key EC prime256v1; ssl_ciphers /
      );
    });
  }
});

describe('a server that requires TLS', () => {
  let srv: EmbeddedServer;
  beforeAll(async () => {
    const hba = path.join(certDir, 'hostssl-only.conf');
    writeFileSync(
      hba,
      'local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\nhost all all 127.0.0.1/32 reject\n'
    );
    srv = await tlsServer(365, hba);
  });

  it('without sslmode: exit 3 with a message that says how to connect', async () => {
    const r = await cli(['audit', '--url', srv.url(), '--out', mkdtempSync(path.join(os.tmpdir(), 'o-'))]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      `db-posture: error: The server at 127.0.0.1:${srv.port} refuses connections without TLS for this login: add sslmode=require to the connection string.\n`
    );
    expect(r.stderr).not.toContain(srv.password);
  });

  it('sslmode=require encrypts without verifying the certificate, as libpq does', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'o-'));
    const r = await cli(['audit', '--url', `${srv.url()}?sslmode=require`, '--out', out]);
    expect([0, 1]).toContain(r.code);
    const json = JSON.parse(
      readFileSync(
        path.join(
          out,
          readdirSync(out).find(f => f.endsWith('.json'))!
        ),
        'utf8'
      )
    );
    expect(json.findings.find((f: { checkId: string }) => f.checkId === 'pg/tls').status).toBe('PASS');
  });

  it('sslmode=verify-full against an unknown CA: exit 3 naming the failed verification', async () => {
    const r = await cli([
      'audit',
      '--url',
      `${srv.url()}?sslmode=verify-full`,
      '--out',
      mkdtempSync(path.join(os.tmpdir(), 'o-'))
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      new RegExp(
        `^db-posture: error: TLS verification of 127\\.0\\.0\\.1:${srv.port} failed: self[- ]signed certificate\\. Pass the CA with sslrootcert or use sslmode=require\\.\\n$`
      )
    );
  });

  it('sslmode=verify-full with the CA in sslrootcert connects', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'o-'));
    const ca = path.join(certDir, 'server-365.crt');
    const r = await cli([
      'audit',
      '--url',
      `${srv.url()}?sslmode=verify-ca&sslrootcert=${encodeURIComponent(ca)}`,
      '--out',
      out
    ]);
    expect([0, 1]).toContain(r.code);
  });
});
