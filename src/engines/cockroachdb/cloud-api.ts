import { available, faulted, notApplicableHere, unavailable, type Fact } from '../../core/facts.js';
import { msg, raw } from '../../core/text.js';
import type { Redactor } from '../../core/redact.js';
import { httpRequest } from '../../net/http.js';
import type {
  AllowlistEntry,
  BackupsConfig,
  CloudCluster,
  CloudFacts,
  CmekInfo,
  EgressEndpoints,
  LogExport,
  PrivateEndpoints
} from './facts.js';

/** The Cloud API version this build was written against (sent as Cc-Version). */
export const CC_VERSION = '2024-09-16';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);

export type CloudAnswer =
  | { readonly kind: 'ok'; readonly body: Obj }
  | { readonly kind: 'http'; readonly status: number; readonly message: string }
  | { readonly kind: 'network'; readonly message: string };

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

export interface CloudClientOptions {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly timeoutMs: number;
  readonly onWait?: (message: string) => void;
}

/** GET with Bearer auth and the pinned Cc-Version; 429 waits for Retry-After, 5xx backs off; 3 attempts. */
export async function cloudGet(o: CloudClientOptions, path: string): Promise<CloudAnswer> {
  for (let attempt = 1; ; attempt++) {
    const res = await httpRequest(`${o.baseUrl.replace(/\/$/, '')}${path}`, {
      headers: {
        authorization: `Bearer ${o.apiKey}`,
        'cc-version': CC_VERSION,
        accept: 'application/json'
      },
      timeoutMs: o.timeoutMs
    });
    if (res.kind === 'network') return { kind: 'network', message: res.message };
    const text = res.text;
    let body: Obj = {};
    try {
      body = obj(text ? JSON.parse(text) : {});
    } catch {
      body = { message: text.slice(0, 200) };
    }
    if (res.status >= 200 && res.status < 300) return { kind: 'ok', body };
    const retryable = res.status === 429 || res.status >= 500;
    if (!retryable || attempt >= 3)
      return { kind: 'http', status: res.status, message: String(body.message ?? '') };
    const after = Number(res.headers['retry-after']);
    const waitMs = Number.isFinite(after) && after >= 0 ? Math.min(after * 1000, 30000) : 500 * attempt;
    o.onWait?.(`Cloud API ${path} answered ${res.status}; retrying in ${(waitMs / 1000).toFixed(1)} s`);
    await sleep(waitMs);
  }
}

/** Follows `pagination.next_page` until the last page, concatenating `key`. */
async function cloudList(o: CloudClientOptions, path: string, key: string): Promise<CloudAnswer> {
  const items: Obj[] = [];
  let page: string | undefined;
  for (let i = 0; i < 100; i++) {
    const sep = path.includes('?') ? '&' : '?';
    const a = await cloudGet(o, page ? `${path}${sep}pagination.page=${encodeURIComponent(page)}` : path);
    if (a.kind !== 'ok') return a;
    items.push(...list(a.body[key]));
    page = String(obj(a.body.pagination).next_page ?? '') || undefined;
    if (!page) return { kind: 'ok', body: { [key]: items } };
  }
  return { kind: 'ok', body: { [key]: items } };
}

const ROLES = {
  cluster:
    'ORG_ADMIN, CLUSTER_ADMIN, CLUSTER_OPERATOR_WRITER, CLUSTER_DEVELOPER, FOLDER_ADMIN, FOLDER_MOVER, METRICS_VIEWER or CLUSTER_MONITOR',
  allowlist: 'CLUSTER_ADMIN, CLUSTER_OPERATOR_WRITER or CLUSTER_DEVELOPER',
  admin: 'CLUSTER_ADMIN or CLUSTER_OPERATOR_WRITER',
  logexport: 'ORG_ADMIN, CLUSTER_ADMIN, CLUSTER_OPERATOR_WRITER or METRICS_VIEWER',
  org: 'ORG_ADMIN, CLUSTER_ADMIN or FOLDER_ADMIN (organization scope)',
  keys: 'ORG_ADMIN or CLUSTER_ADMIN (organization scope)'
};

function toFact<T>(
  a: CloudAnswer,
  what: string,
  roles: string,
  parse: (b: Obj) => T,
  notFound?: () => T
): Fact<T> {
  if (a.kind === 'ok') return available(parse(a.body));
  // Faults (no answer, rate limit outlasting the retries, 5xx) make the audit incomplete; a 403
  // is a missing role, a visible UNKNOWN that names it.
  if (a.kind === 'network')
    return faulted(msg`The Cloud API could not be reached for ${raw(what)}: ${a.message}.`);
  if (a.status === 403) {
    return unavailable(
      msg`The Cloud API refused ${raw(what)} (403${raw(a.message ? `: ${a.message}` : '')}).`,
      msg`give the API key's service account one of ${raw(roles)} on this cluster.`
    );
  }
  if (a.status === 404 && notFound) return available(notFound());
  if (a.status === 429)
    return faulted(msg`The Cloud API kept rate-limiting ${raw(what)} (429 after 3 attempts).`);
  return faulted(
    msg`The Cloud API answered ${raw(String(a.status))} for ${raw(what)}${raw(a.message ? `: ${a.message}` : '')}.`
  );
}

export class CloudTargetError extends Error {}

/** Reads every Cloud fact. Errors on the cluster itself (401, 404, unreachable) throw CloudTargetError. */
export async function collectCloudFacts(
  o: CloudClientOptions,
  clusterId: string,
  redactor: Redactor
): Promise<CloudFacts> {
  redactor.add(o.apiKey);
  const base = `/api/v1/clusters/${encodeURIComponent(clusterId)}`;
  const c = await cloudGet(o, base);
  if (c.kind === 'network')
    throw new CloudTargetError(
      `The CockroachDB Cloud API at ${o.baseUrl} could not be reached: ${c.message}.`
    );
  if (c.kind === 'http' && c.status === 401) {
    throw new CloudTargetError(
      'The CockroachDB Cloud API rejected the API key (401): check --cloud-api-key (a service-account secret key).'
    );
  }
  if (c.kind === 'http' && c.status === 404) {
    throw new CloudTargetError(
      `The CockroachDB Cloud API knows no cluster ${clusterId} for this API key (404): check --cloud-cluster-id.`
    );
  }
  if (c.kind === 'http' && c.status === 400) {
    throw new CloudTargetError(`The CockroachDB Cloud API refused the request (400: ${c.message}).`);
  }
  const cluster = toFact<CloudCluster>(c, 'the cluster', ROLES.cluster, b => ({
    id: String(b.id ?? clusterId),
    name: String(b.name ?? ''),
    version: String(b.cockroach_version ?? ''),
    plan: String(b.plan ?? ''),
    cloudProvider: String(b.cloud_provider ?? ''),
    state: String(b.state ?? ''),
    regions: list(b.regions).map(r => ({ name: String(r.name ?? ''), nodeCount: Number(r.node_count ?? 0) })),
    egressTrafficPolicy: b.egress_traffic_policy == null ? null : String(b.egress_traffic_policy),
    networkVisibility: b.network_visibility == null ? null : String(b.network_visibility),
    deleteProtection: b.delete_protection == null ? null : String(b.delete_protection)
  }));
  const [allow, services, connections, egress, cmek, backups, logexport, roles, keys] = await Promise.all([
    cloudList(o, `${base}/networking/allowlist`, 'allowlist'),
    cloudGet(o, `${base}/networking/private-endpoint-services`),
    cloudGet(o, `${base}/networking/private-endpoint-connections`),
    cloudList(o, `${base}/networking/egress-private-endpoints`, 'egress_private_endpoints'),
    cloudGet(o, `${base}/cmek`),
    cloudGet(o, `${base}/backups-config`),
    cloudGet(o, `${base}/logexport`),
    cloudList(o, '/api/v1/roles', 'grants'),
    cloudList(o, '/api/v1/api-keys', 'api_keys')
  ]);
  const allowlist = toFact<AllowlistEntry[]>(allow, 'the IP allowlist', ROLES.allowlist, b =>
    list(b.allowlist).map(e => ({
      cidrIp: String(e.cidr_ip ?? ''),
      cidrMask: Number(e.cidr_mask ?? 32),
      sql: e.sql === true,
      ui: e.ui === true,
      name: e.name == null ? null : String(e.name)
    }))
  );
  const svc = toFact(services, 'private endpoint services', ROLES.admin, b =>
    list(b.services).map(s => ({ region: String(s.region_name ?? ''), status: String(s.status ?? '') }))
  );
  const conn = toFact(connections, 'private endpoint connections', ROLES.admin, b =>
    list(b.connections).map(s => ({
      endpointId: String(s.endpoint_id ?? ''),
      region: String(s.region_name ?? ''),
      status: String(s.status ?? '')
    }))
  );
  const privateEndpoints: Fact<PrivateEndpoints> = !svc.ok
    ? svc
    : !conn.ok
      ? conn
      : available({ services: svc.value, connections: conn.value });
  return {
    cluster,
    allowlist,
    privateEndpoints,
    egress: toFact<EgressEndpoints>(egress, 'egress private endpoints', ROLES.admin, b => ({
      endpoints: list(b.egress_private_endpoints).map(e => ({
        id: String(e.id ?? ''),
        state: String(e.state ?? ''),
        target: String(e.target_service_identifier ?? '')
      }))
    })),
    cmek: toFact<CmekInfo>(
      cmek,
      'the CMEK configuration',
      ROLES.admin,
      b => ({
        status: String(b.status ?? 'DISABLED'),
        regions: list(b.region_infos).map(r => ({
          region: String(r.region ?? ''),
          status: String(r.status ?? '')
        }))
      }),
      // 404: no CMEK configuration exists (the Terraform provider reads it so); the add-on state
      // cannot be read from this endpoint.
      () => ({ status: 'NOT_CONFIGURED', regions: [] })
    ),
    backupsConfig: toFact<BackupsConfig>(backups, 'the managed backup configuration', ROLES.admin, b => ({
      enabled: b.enabled === true,
      frequencyMinutes: Number(b.frequency_minutes ?? 0),
      retentionDays: Number(b.retention_days ?? 0)
    })),
    logExport: toFact<LogExport>(
      logexport,
      'the log export configuration',
      ROLES.logexport,
      b => ({
        status: String(b.status ?? 'DISABLED'),
        type: obj(b.spec).type == null ? null : String(obj(b.spec).type),
        omittedChannels: Array.isArray(obj(b.spec).omitted_channels)
          ? (obj(b.spec).omitted_channels as unknown[]).map(String)
          : [],
        groups: list(obj(b.spec).groups).map(g => ({
          logName: String(g.log_name ?? ''),
          channels: Array.isArray(g.channels) ? g.channels.map(String) : [],
          minLevel: String(g.min_level ?? 'UNSPECIFIED')
        }))
      }),
      () => ({ status: 'DISABLED', type: null, omittedChannels: [], groups: [] })
    ),
    consoleRoles: toFact(roles, 'the organization role grants (/api/v1/roles)', ROLES.org, b =>
      list(b.grants).map(g => ({
        userId: String(g.user_id ?? ''),
        roles: list(g.roles).map(r => ({
          name: String(r.name ?? ''),
          resource: JSON.stringify(r.resource ?? null)
        }))
      }))
    ),
    apiKeys: toFact(keys, 'the API keys (/api/v1/api-keys)', ROLES.keys, b =>
      list(b.api_keys).map(k => ({
        id: String(k.id ?? ''),
        name: String(k.name ?? ''),
        serviceAccountId: String(k.service_account_id ?? ''),
        createdAt: String(k.created_at ?? '')
      }))
    )
  };
}

/** The same fact for every Cloud endpoint. */
function cloudFacts(f: <T>() => Fact<T>): CloudFacts {
  return {
    cluster: f(),
    allowlist: f(),
    privateEndpoints: f(),
    egress: f(),
    cmek: f(),
    backupsConfig: f(),
    logExport: f(),
    consoleRoles: f(),
    apiKeys: f()
  };
}

/** Cloud facts when the API is not used or not reachable: each check that needs one says why. */
export function cloudUnavailable(reason: string, fix?: string): CloudFacts {
  return cloudFacts(() => unavailable(reason, fix));
}

/** Cloud facts on a self-hosted cluster: they do not exist there (not missing). */
export function cloudNotApplicable(reason: string): CloudFacts {
  return cloudFacts(() => notApplicableHere(reason));
}
