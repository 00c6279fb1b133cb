import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { probePostgresTls } from '../../src/sqlwire/tls-probe.js';

/** A listener that accepts and closes at once: the probe gives up then, not after its timeout. */
let server: net.Server;
let port: number;

beforeAll(async () => {
  server = net.createServer(socket => socket.destroy());
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

describe('TLS probe against a server that closes the connection', () => {
  it('rejects with the reason well before a 60 s timeout (the test itself times out at 5 s)', async () => {
    await expect(probePostgresTls('127.0.0.1', port, 60_000, '127.0.0.1')).rejects.toThrow(
      `the server at 127.0.0.1:${port} closed the connection before answering the SSLRequest`
    );
  }, 5000);
});
