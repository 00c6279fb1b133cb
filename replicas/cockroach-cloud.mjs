// A CockroachDB Cloud API replica over HTTP: Bearer key check (401), Cc-Version check (400),
// keyset pagination (pagination.page / next_page), 429 with Retry-After, and per-path answers from a
// scenario file. GET only; every request is recorded.
import http from 'node:http';
import { z } from 'zod';
import { parseScenario, resolveRelativeDates } from './scenario-file.mjs';

const answerSchema = z
  .object({
    status: z.number().int().min(100).max(599).default(200),
    body: z.unknown().optional().describe('JSON body (status 200) or a Status {code, message} error body'),
    pages: z
      .array(z.unknown())
      .optional()
      .describe('bodies served page by page; pagination.next_page is added'),
    headers: z.record(z.string(), z.string()).default({})
  })
  .strict();

export const cockroachCloudScenarioSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string(),
    extends: z.string().optional(),
    apiKey: z.string().min(1).describe('the only Bearer secret accepted; others get 401'),
    clusterId: z.string().min(1),
    responses: z
      .record(z.string().regex(/^\/api\//), answerSchema)
      .describe('answer per path; {id} stands for the cluster id; unlisted paths answer 404'),
    rateLimited: z
      .record(z.string(), z.number().int().min(1))
      .default({})
      .describe('path -> how many first requests get 429 with Retry-After: 1'),
    keyRoles: z
      .array(z.string())
      .optional()
      .describe(
        "the roles of the API key's service account; a call whose spec description does not list one of them answers 403 (unset: every call is allowed)"
      ),
    sqlScenario: z
      .string()
      .optional()
      .describe('the wire-replica scenario of the same cluster (relative path), for audits that use both'),
    expected: z.record(z.string(), z.array(z.string())).optional(),
    testArgs: z.array(z.string()).optional()
  })
  .strict();

export const cockroachCloudScenarioFileSchema = cockroachCloudScenarioSchema.partial({
  apiKey: true,
  clusterId: true,
  responses: true
});

/**
 * Who may call each GET the collector makes: the "Can be used by the following roles" list of the
 * operation's description in cockroach-cloud-sdk-go internal/spec/openapi.json (API 2024-09-16).
 */
const ALLOWED_ROLES = {
  '/api/v1/clusters/{id}': [
    'ORG_ADMIN',
    'CLUSTER_ADMIN',
    'CLUSTER_OPERATOR_WRITER',
    'CLUSTER_DEVELOPER',
    'FOLDER_ADMIN',
    'FOLDER_MOVER',
    'METRICS_VIEWER',
    'CLUSTER_MONITOR'
  ],
  '/api/v1/clusters/{id}/networking/allowlist': [
    'CLUSTER_ADMIN',
    'CLUSTER_OPERATOR_WRITER',
    'CLUSTER_DEVELOPER'
  ],
  '/api/v1/clusters/{id}/networking/private-endpoint-services': ['CLUSTER_ADMIN', 'CLUSTER_OPERATOR_WRITER'],
  '/api/v1/clusters/{id}/networking/private-endpoint-connections': [
    'CLUSTER_ADMIN',
    'CLUSTER_OPERATOR_WRITER'
  ],
  '/api/v1/clusters/{id}/networking/egress-private-endpoints': ['CLUSTER_ADMIN', 'CLUSTER_OPERATOR_WRITER'],
  '/api/v1/clusters/{id}/cmek': ['CLUSTER_ADMIN', 'CLUSTER_OPERATOR_WRITER'],
  '/api/v1/clusters/{id}/backups-config': ['CLUSTER_ADMIN', 'CLUSTER_OPERATOR_WRITER'],
  '/api/v1/clusters/{id}/logexport': [
    'ORG_ADMIN',
    'CLUSTER_ADMIN',
    'CLUSTER_OPERATOR_WRITER',
    'METRICS_VIEWER'
  ],
  '/api/v1/roles': ['ORG_ADMIN', 'CLUSTER_ADMIN', 'FOLDER_ADMIN'],
  '/api/v1/api-keys': ['ORG_ADMIN', 'CLUSTER_ADMIN']
};

export function loadCockroachCloudScenario(source) {
  return resolveRelativeDates(parseScenario('cockroach-cloud', cockroachCloudScenarioSchema, source));
}

export async function startCockroachCloudReplica({ scenario, port = 0 } = {}) {
  const s = loadCockroachCloudScenario(scenario);
  const requests = [];
  const limited = Object.fromEntries(
    Object.entries(s.rateLimited).map(([k, v]) => [k.replace('{id}', s.clusterId), v])
  );
  // "{id}" in paths and bodies stands for the scenario's cluster id.
  const withId = v => JSON.parse(JSON.stringify(v).replaceAll('{id}', s.clusterId));
  const responses = Object.fromEntries(
    Object.entries(s.responses).map(([k, v]) => [k.replace('{id}', s.clusterId), withId(v)])
  );
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://replica');
    requests.push({
      method: req.method,
      path: url.pathname + url.search,
      ccVersion: req.headers['cc-version'] ?? null,
      authorized: req.headers.authorization === `Bearer ${s.apiKey}`
    });
    const send = (status, body, headers = {}) => {
      const text = JSON.stringify(body ?? {});
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
        ...headers
      });
      res.end(text);
    };
    if (req.method !== 'GET') return send(405, { code: 12, message: 'method not allowed', details: [] });
    if (req.headers.authorization !== `Bearer ${s.apiKey}`)
      return send(401, { code: 16, message: 'unauthenticated: invalid API key', details: [] });
    const cc = req.headers['cc-version'];
    if (cc !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(cc)))
      return send(400, { code: 3, message: 'invalid Cc-Version.', details: [] });
    const key = url.pathname;
    if (s.keyRoles) {
      const template = key.replace(s.clusterId, '{id}');
      const allowed = ALLOWED_ROLES[template];
      // 403 "Returned when the user does not have permission to access the resource" (spec); the
      // message text is not given by the spec.
      if (allowed && !allowed.some(r => s.keyRoles.includes(r)))
        return send(403, { code: 7, message: 'permission denied', details: [] });
    }
    if (limited[url.pathname] > 0) {
      limited[url.pathname]--;
      return send(429, { code: 8, message: 'rate limit exceeded', details: [] }, { 'retry-after': '1' });
    }
    const a = responses[key];
    if (!a) {
      if (
        url.pathname.startsWith('/api/v1/clusters/') &&
        !url.pathname.startsWith(`/api/v1/clusters/${s.clusterId}`)
      ) {
        return send(404, { code: 5, message: 'cluster not found', details: [] });
      }
      return send(404, { code: 5, message: 'not found', details: [] });
    }
    if (a.pages) {
      const token = url.searchParams.get('pagination.page');
      const i = token ? Number(token.replace(/^p/, '')) : 0;
      const page = { ...(a.pages[i] ?? {}) };
      page.pagination = i + 1 < a.pages.length ? { next_page: `p${i + 1}` } : {};
      return send(200, page, a.headers);
    }
    return send(a.status, a.body, a.headers);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    port: server.address().port,
    requests,
    clusterId: s.clusterId,
    apiKey: s.apiKey,
    stop: () => new Promise(resolve => server.close(() => resolve()))
  };
}
