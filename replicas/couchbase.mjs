// A Couchbase Server REST API replica for tests and local trials: answers the endpoints named in a
// scenario file, checks Basic credentials like the server (401), refuses anything but GET, and
// records every request. No Couchbase can run here; the collector under test is the real one.
import http from 'node:http';
import https from 'node:https';
import { z } from 'zod';
import { parseScenario, resolveRelativeDates } from './scenario-file.mjs';

const responseSchema = z
  .object({
    status: z.number().int().min(100).max(599).default(200).describe('HTTP status (default 200)'),
    body: z.unknown().optional().describe('JSON body; a string is sent as text/plain; absent = empty'),
    headers: z.record(z.string(), z.string()).default({}).describe('extra response headers'),
    delayMs: z.number().int().min(0).default(0).describe('wait before answering'),
    hang: z.boolean().default(false).describe('never answer (a node that does not respond)')
  })
  .strict();

export const couchbaseScenarioSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().describe('what this scenario represents'),
    extends: z.string().optional().describe('another scenario file this one starts from (relative path)'),
    credentials: z
      .object({ username: z.string().min(1), password: z.string().min(1) })
      .strict()
      .describe('the only Basic credentials accepted; others get 401'),
    responses: z
      .record(z.string().regex(/^\//), responseSchema)
      .describe('answer per request path (query string ignored); unlisted paths answer 404'),
    expected: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('the statuses each check must report on this scenario, in report order (used by the tests)')
  })
  .strict();

/** What one file may hold: an extending file can leave credentials and responses to its base. */
export const couchbaseScenarioFileSchema = couchbaseScenarioSchema.partial({
  credentials: true,
  responses: true
});

/** Loads and validates a scenario (path or object); dates like "@days:+20" become timestamps. */
export function loadCouchbaseScenario(source) {
  const data = parseScenario('couchbase', couchbaseScenarioSchema, source);
  return { ...data, responses: resolveRelativeDates(data.responses) };
}

/**
 * Starts the replica on 127.0.0.1. `tls: { cert, key }` (PEM) serves HTTPS like port 18091.
 * @returns {Promise<{ url: string, port: number, requests: {method: string, path: string, user: string | null}[], stop(): Promise<void> }>}
 */
export async function startCouchbaseReplica({ scenario, port = 0, tls } = {}) {
  const s = loadCouchbaseScenario(scenario);
  const requests = [];
  const sockets = new Set();
  const handler = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://replica');
    const auth = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    const [user, ...rest] = auth ? Buffer.from(auth[1], 'base64').toString().split(':') : [null];
    requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, user });
    const send = (status, body, headers = {}) => {
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
        'content-length': Buffer.byteLength(text),
        ...headers
      });
      res.end(text);
    };
    if (req.method !== 'GET') return send(405, 'Method Not Allowed\r\n');
    if (!auth || user !== s.credentials.username || rest.join(':') !== s.credentials.password) {
      return send(401, '', { 'www-authenticate': 'Basic realm="Couchbase Server Admin / REST"' });
    }
    const r = s.responses[url.pathname];
    if (!r) return send(404, '"Requested resource not found.\r\n"');
    if (r.hang) return;
    setTimeout(() => send(r.status, r.body, r.headers), r.delayMs);
  };
  const server = tls
    ? https.createServer({ cert: tls.cert, key: tls.key }, handler)
    : http.createServer(handler);
  server.on('connection', sock => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.address().port;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${actual}`,
    port: actual,
    requests,
    async stop() {
      for (const sock of sockets) sock.destroy();
      await new Promise(resolve => server.close(() => resolve()));
    }
  };
}
