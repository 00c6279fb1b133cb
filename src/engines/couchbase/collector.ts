import { readFile } from 'node:fs/promises';
import type { Collected, CollectEnv, TargetInfo } from '../../core/engine.js';
import { TargetError, UsageError } from '../../core/errors.js';
import {
  available,
  faulted,
  missingFacts,
  notApplicableHere,
  unavailable,
  type Fact
} from '../../core/facts.js';
import { msg, raw, valueList } from '../../core/text.js';
import type {
  CbAudit,
  CbAuditDescriptor,
  CbAuthSettings,
  CbBucket,
  CbClientCertAuth,
  CbCluster,
  CbCurlAllowlist,
  CbEncryptionAtRest,
  CbFacts,
  CbGroup,
  CbLdap,
  CbNode,
  CbNodeCertificate,
  CbPasswordPolicy,
  CbRole,
  CbSaml,
  CbSecurity,
  CbTrustedCa,
  CbUser,
  CbWhoami
} from './facts.js';
import { cbGet, isEnterpriseRefusal, type CbAnswer, type CbEndpoint } from './rest.js';
import { COUCHBASE_RELEASES, parseCouchbaseVersion } from './releases.js';
import { securityReaderRole } from './roles.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Validates --couchbase-url and the credentials, before anything connects. */
export async function couchbaseEndpoint(env: CollectEnv): Promise<CbEndpoint> {
  const o = env.options;
  let url: URL;
  try {
    url = new URL(o.couchbaseUrl ?? '');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
  } catch {
    throw new UsageError(
      `Invalid --couchbase-url ${JSON.stringify(env.redactor.scrub(o.couchbaseUrl ?? ''))}: expected http://host:8091 or https://host:18091.`
    );
  }
  if (url.username || url.password) {
    env.redactor.add(decodeURIComponent(url.password));
    throw new UsageError(
      'Invalid --couchbase-url: put the user in --couchbase-username and the password in DB_POSTURE_COUCHBASE_PASSWORD, not in the URL.'
    );
  }
  if (!o.couchbaseUsername)
    throw new UsageError('The couchbase engine needs --couchbase-username (a read-only security user).');
  if (!o.couchbasePassword) {
    throw new UsageError(
      'The couchbase engine needs a password: set DB_POSTURE_COUCHBASE_PASSWORD (or the couchbase-password input).'
    );
  }
  env.redactor.add(o.couchbasePassword);
  let ca: string | undefined;
  if (o.couchbaseCaFile) {
    try {
      ca = await readFile(o.couchbaseCaFile, 'utf8');
    } catch (error) {
      throw new UsageError(
        `--couchbase-ca ${o.couchbaseCaFile} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): expected a PEM file.`
      );
    }
  }
  return {
    url,
    username: o.couchbaseUsername,
    password: o.couchbasePassword,
    ...(ca ? { ca } : {}),
    timeoutMs: o.connectTimeoutMs
  };
}

function where(ep: CbEndpoint): string {
  return ep.url.host;
}

/** The first call decides whether the audit can go on at all: every failure here is a TargetError. */
function firstCallFailure(answer: CbAnswer, ep: CbEndpoint): TargetError {
  if (answer.kind === 'network') {
    const c = answer.code;
    if (c === 'ECONNREFUSED')
      return new TargetError(
        `Cannot connect to Couchbase at ${where(ep)}: connection refused (is the REST port right? 8091, or 18091 with TLS).`
      );
    if (c === 'ENOTFOUND' || c === 'EAI_AGAIN')
      return new TargetError(`Cannot connect to Couchbase: host ${ep.url.hostname} was not found.`);
    if (c === 'ETIMEDOUT')
      return new TargetError(
        `Couchbase at ${where(ep)} did not answer within ${ep.timeoutMs} ms (--connect-timeout).`
      );
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(c) || /certificate/i.test(answer.message)) {
      return new TargetError(
        `TLS verification of Couchbase at ${where(ep)} failed: ${answer.message}. Pass the cluster's CA with --couchbase-ca.`
      );
    }
    if (c === 'EPROTO' || /wrong version number|packet length/i.test(answer.message)) {
      return new TargetError(
        `TLS handshake with ${where(ep)} failed (${answer.message}): is this a TLS port? Use http:// for 8091 and https:// for 18091.`
      );
    }
    return new TargetError(`Cannot connect to Couchbase at ${where(ep)}: ${answer.message}.`);
  }
  if (answer.status === 401) {
    return new TargetError(
      `Authentication failed for Couchbase user "${ep.username}" at ${where(ep)} (401): check the user and the password.`
    );
  }
  if (answer.status === 403) {
    return new TargetError(
      `Couchbase user "${ep.username}" may not read the cluster at ${where(ep)} (403): give it the role that reads security settings (ro_admin on 7.6, ro_security_admin on 8.0 Enterprise, Full Admin on Community Edition 8.0).`
    );
  }
  return new TargetError(
    `Couchbase at ${where(ep)} answered GET /pools with ${answer.status}: ${answer.text.slice(0, 200)}.`
  );
}

interface FactContext {
  readonly roleHint: string;
}

/**
 * Turns an endpoint's answer into a fact: a Community Edition refusal is N/A, a 403 is UNKNOWN
 * naming the permission from the body and the role that has it, anything else unexpected is
 * UNKNOWN with what happened.
 */
export function answerToFact<T>(
  answer: CbAnswer,
  path: string,
  parse: (body: unknown) => T,
  ctx: FactContext
): Fact<T> {
  // No answer, an answer we cannot read, or a 5xx is a fault: the audit is incomplete (exit 3). A
  // 403 is a missing permission, a visible UNKNOWN naming the role to grant.
  if (answer.kind === 'network') return faulted(msg`GET ${path} got no answer: ${answer.message}.`);
  if (answer.status === 200) {
    try {
      return available(parse(answer.body));
    } catch (error) {
      return faulted(msg`GET ${path} answered in an unexpected shape: ${(error as Error).message}.`);
    }
  }
  if (isEnterpriseRefusal(answer))
    return notApplicableHere(msg`Community Edition: GET ${path} requires Enterprise Edition.`);
  if (answer.status === 403) {
    const permissions = Array.isArray(obj(answer.body).permissions)
      ? (obj(answer.body).permissions as unknown[]).map(String)
      : [];
    return unavailable(
      permissions.length
        ? msg`GET ${path} answered 403: the audit user lacks ${valueList(permissions)}.`
        : msg`GET ${path} answered 403: the audit user may not read it.`,
      msg`give the audit user the ${raw(ctx.roleHint)}.`
    );
  }
  if (answer.status === 404)
    return unavailable(msg`GET ${path} answered 404: this Couchbase Server version does not have it.`);
  return faulted(
    msg`GET ${path} answered ${raw(String(answer.status))}${raw(answer.status >= 500 ? ' after 3 attempts' : '')}.`
  );
}

const roleOf = (r: unknown): CbRole => ({
  role: String(obj(r).role ?? ''),
  ...(typeof obj(r).bucket_name === 'string' ? { bucket_name: obj(r).bucket_name as string } : {})
});
const list = (v: unknown, what: string): unknown[] => {
  if (!Array.isArray(v)) throw new Error(`not a list of ${what}`);
  return v;
};

const parseAudit = (b: unknown): CbAudit => {
  const o = obj(b);
  if (typeof o.auditdEnabled !== 'boolean') throw new Error('auditdEnabled is missing');
  return {
    auditdEnabled: o.auditdEnabled,
    disabled: Array.isArray(o.disabled) ? o.disabled.filter((n): n is number => typeof n === 'number') : [],
    disabledUsers: Array.isArray(o.disabledUsers)
      ? o.disabledUsers.map(u => ({ name: String(obj(u).name ?? ''), domain: String(obj(u).domain ?? '') }))
      : [],
    logPath: str(o.logPath),
    rotateInterval: num(o.rotateInterval),
    rotateSize: num(o.rotateSize),
    pruneAge: num(o.pruneAge)
  };
};

const parseDescriptors = (b: unknown): CbAuditDescriptor[] =>
  list(b, 'audit descriptors').map(d => {
    const o = obj(d);
    const id = num(o.id);
    if (id === null) throw new Error('a descriptor has no id');
    return { id, name: String(o.name ?? ''), module: String(o.module ?? '') };
  });

/** Services with their own TLS settings (8.0 adds xdcr). */
const SERVICE_KEYS = [
  'data',
  'fullTextSearch',
  'index',
  'query',
  'eventing',
  'analytics',
  'backup',
  'clusterManager',
  'xdcr'
];

const parseSecurity = (b: unknown): CbSecurity => {
  const o = obj(b);
  const services: Record<string, { tlsMinVersion?: string }> = {};
  for (const k of SERVICE_KEYS) {
    const s = obj(o[k]);
    if (typeof s.tlsMinVersion === 'string') services[k] = { tlsMinVersion: s.tlsMinVersion };
  }
  const headers = obj(o.responseHeaders);
  return {
    tlsMinVersion: str(o.tlsMinVersion),
    disableUIOverHttp: bool(o.disableUIOverHttp),
    clusterEncryptionLevel: str(o.clusterEncryptionLevel),
    services,
    uiSessionTimeout: num(o.uiSessionTimeout),
    hsts: str(headers['Strict-Transport-Security']),
    responseHeadersPresent: 'responseHeaders' in o,
    passwordHashAlg: str(o.passwordHashAlg),
    allowNonLocalCACertUpload: bool(o.allowNonLocalCACertUpload)
  };
};

const parsePasswordPolicy = (b: unknown): CbPasswordPolicy => {
  const o = obj(b);
  const minLength = num(o.minLength);
  if (minLength === null) throw new Error('minLength is missing');
  return {
    minLength,
    enforceUppercase: o.enforceUppercase === true,
    enforceLowercase: o.enforceLowercase === true,
    enforceDigits: o.enforceDigits === true,
    enforceSpecialChars: o.enforceSpecialChars === true
  };
};

const parseUsers = (b: unknown): CbUser[] => {
  // A paged reply (pageSize given) wraps the list in {users: [...]}.
  const users = Array.isArray(b) ? b : list(obj(b).users, 'users');
  return users.map(u => {
    const o = obj(u);
    return {
      id: String(o.id ?? ''),
      domain: String(o.domain ?? ''),
      roles: Array.isArray(o.roles) ? o.roles.map(roleOf) : []
    };
  });
};

const parseGroups = (b: unknown): CbGroup[] =>
  list(b, 'groups').map(g => {
    const o = obj(g);
    return {
      id: String(o.id ?? ''),
      roles: Array.isArray(o.roles) ? o.roles.map(roleOf) : [],
      ldapGroupRef: str(o.ldap_group_ref) || null
    };
  });

const parseWhoami = (b: unknown): CbWhoami => {
  const o = obj(b);
  if (!Array.isArray(o.roles)) throw new Error('roles is missing');
  return {
    id: String(o.id ?? ''),
    domain: String(o.domain ?? ''),
    roles: o.roles.map(r => roleOf(r).role)
  };
};

const parseAuthSettings = (b: unknown): CbAuthSettings => {
  const o = obj(b);
  return {
    ldapEnabled: o.ldapEnabled === true,
    samlEnabled: o.samlEnabled === true,
    saslauthdAuthEnabled: o.saslauthdAuthEnabled === true
  };
};

const parseLdap = (b: unknown): CbLdap => {
  const o = obj(b);
  if (typeof o.authenticationEnabled !== 'boolean') throw new Error('authenticationEnabled is missing');
  return {
    authenticationEnabled: o.authenticationEnabled,
    authorizationEnabled: o.authorizationEnabled === true,
    hosts: Array.isArray(o.hosts) ? o.hosts.map(String) : [],
    port: num(o.port),
    encryption: str(o.encryption) ?? 'None',
    serverCertValidation: bool(o.serverCertValidation)
  };
};

const parseSaml = (b: unknown): CbSaml => {
  const o = obj(b);
  if (typeof o.enabled !== 'boolean') throw new Error('enabled is missing');
  return {
    enabled: o.enabled,
    rolesAttribute: str(o.rolesAttribute) ?? '',
    groupsAttribute: str(o.groupsAttribute) ?? '',
    rolesFilterRE: str(o.rolesFilterRE) ?? '.*'
  };
};

const parseEnabled = (b: unknown): boolean => {
  const o = obj(b);
  if (typeof o.enabled !== 'boolean') throw new Error('enabled is missing');
  return o.enabled;
};

const parseCertificates = (b: unknown): CbNodeCertificate[] =>
  list(b, 'certificates').map(c => {
    const o = obj(c);
    return {
      node: String(o.node ?? ''),
      subject: String(o.subject ?? ''),
      expires: String(o.expires ?? ''),
      type: String(o.type ?? ''),
      warnings: Array.isArray(o.warnings) ? o.warnings.map(w => String(obj(w).name ?? w)) : []
    };
  });

const parseTrustedCAs = (b: unknown): CbTrustedCa[] =>
  list(b, 'CA certificates').map(c => {
    const o = obj(c);
    return {
      subject: String(o.subject ?? ''),
      notAfter: String(o.notAfter ?? ''),
      type: String(o.type ?? ''),
      warnings: Array.isArray(o.warnings) ? o.warnings.map(w => String(obj(w).name ?? w)) : []
    };
  });

const parseEncryptionAtRest = (b: unknown): CbEncryptionAtRest => {
  const o = obj(b);
  const type = (k: string) => {
    const t = obj(o[k]);
    const method = str(t.encryptionMethod);
    if (method === null) throw new Error(`${k}.encryptionMethod is missing`);
    return { method, dataStatus: str(obj(t.info).dataStatus) };
  };
  return { config: type('config'), log: type('log'), audit: type('audit') };
};

const parseBuckets = (b: unknown): CbBucket[] =>
  list(b, 'buckets').map(x => {
    const o = obj(x);
    return {
      name: String(o.name ?? ''),
      bucketType: String(o.bucketType ?? ''),
      encryptionAtRestKeyId: num(o.encryptionAtRestKeyId),
      dataStatus: str(obj(o.encryptionAtRestInfo).dataStatus)
    };
  });

const parseClientCertAuth = (b: unknown): CbClientCertAuth => {
  const o = obj(b);
  const state = str(o.state);
  if (state === null) throw new Error('state is missing');
  return {
    state,
    prefixes: Array.isArray(o.prefixes)
      ? o.prefixes.map(p => ({
          path: String(obj(p).path ?? ''),
          prefix: String(obj(p).prefix ?? ''),
          delimiter: String(obj(p).delimiter ?? '')
        }))
      : []
  };
};

const parseLogRedaction = (b: unknown): string => {
  const level = str(obj(b).logRedactionLevel);
  if (level === null) throw new Error('logRedactionLevel is missing');
  return level;
};

const parseCurl = (b: unknown): CbCurlAllowlist => {
  const o = obj(b);
  if (typeof o.all_access !== 'boolean') throw new Error('all_access is missing');
  return {
    allAccess: o.all_access,
    allowedUrls: Array.isArray(o.allowed_urls) ? o.allowed_urls.map(String) : []
  };
};

function parseNodes(b: unknown): { name: string | null; nodes: CbNode[] } {
  const o = obj(b);
  const nodes = Array.isArray(o.nodes) ? o.nodes : [];
  return {
    name: str(o.clusterName),
    nodes: nodes.map(n => {
      const x = obj(n);
      return {
        hostname: String(x.hostname ?? ''),
        version: String(x.version ?? ''),
        status: String(x.status ?? 'unknown'),
        clusterMembership: String(x.clusterMembership ?? 'unknown'),
        nodeEncryption: bool(x.nodeEncryption),
        services: Array.isArray(x.services) ? x.services.map(String) : []
      };
    })
  };
}

/**
 * 7.6 has no GET /settings/rbac (MB-64754 added it in 8.0): LDAP, SAML and saslauthd are read
 * from their own endpoints. saslauthd answers 400 off Linux and on CE: off.
 */
function authSettingsFrom76(
  ldap: Fact<CbLdap>,
  saml: Fact<CbSaml>,
  saslauthd: CbAnswer,
  ctx: FactContext
): Fact<CbAuthSettings> {
  const sasl =
    saslauthd.kind === 'http' &&
    saslauthd.status === 400 &&
    /GNU\/Linux|enterprise edition/i.test(saslauthd.text)
      ? available(false)
      : answerToFact(saslauthd, '/settings/saslauthdAuth', parseEnabled, ctx);
  for (const f of [ldap, saml, sasl] as Fact<unknown>[]) if (!f.ok) return f as Fact<never>;
  return available({
    ldapEnabled: ldap.ok && ldap.value.authenticationEnabled,
    samlEnabled: saml.ok && saml.value.enabled,
    saslauthdAuthEnabled: sasl.ok && sasl.value
  });
}

/** The value type of a fact of CbFacts. */
type FactValue<K extends keyof CbFacts> = CbFacts[K] extends Fact<infer T> ? T : never;

/**
 * The facts that are one GET each, in CbFacts order: the table drives both the reads and the
 * mapping of each answer to its fact, so a new endpoint is one row. `compat80` rows are read only
 * once every node runs 8.0 (factsFrom says what stands in their place before that).
 */
const ENDPOINTS: {
  readonly [K in Exclude<keyof CbFacts, 'cluster' | 'releases'>]: {
    readonly path: string;
    readonly parse: (body: unknown) => FactValue<K>;
    readonly compat80?: true;
  };
} = {
  whoami: { path: '/whoami', parse: parseWhoami },
  audit: { path: '/settings/audit', parse: parseAudit },
  auditDescriptors: { path: '/settings/audit/descriptors', parse: parseDescriptors },
  security: { path: '/settings/security', parse: parseSecurity },
  passwordPolicy: { path: '/settings/passwordPolicy', parse: parsePasswordPolicy },
  users: { path: '/settings/rbac/users', parse: parseUsers },
  groups: { path: '/settings/rbac/groups', parse: parseGroups },
  authSettings: { path: '/settings/rbac', parse: parseAuthSettings, compat80: true },
  ldap: { path: '/settings/ldap', parse: parseLdap },
  saml: { path: '/settings/saml', parse: parseSaml },
  certificates: { path: '/pools/default/certificates', parse: parseCertificates },
  trustedCAs: { path: '/pools/default/trustedCAs', parse: parseTrustedCAs },
  encryptionAtRest: {
    path: '/settings/security/encryptionAtRest',
    parse: parseEncryptionAtRest,
    compat80: true
  },
  buckets: { path: '/pools/default/buckets', parse: parseBuckets },
  clientCertAuth: { path: '/settings/clientCertAuth', parse: parseClientCertAuth },
  logRedaction: { path: '/settings/logRedaction', parse: parseLogRedaction },
  curlAllowlist: { path: '/settings/querySettings/curlAllowlist', parse: parseCurl }
};
type EndpointFact = keyof typeof ENDPOINTS;

/** Before 8.0 the authentication settings come from LDAP, SAML and this endpoint together. */
const SASLAUTHD_76 = '/settings/saslauthdAuth';

/** The cluster as GET /pools and /pools/default describe it, before any security endpoint is read. */
interface ClusterProbe {
  readonly version: string;
  readonly edition: 'enterprise' | 'community';
  readonly compat80: boolean;
  readonly poolsDefault: Fact<{ name: string | null; nodes: CbNode[] }>;
}

async function probeCluster(ep: CbEndpoint): Promise<ClusterProbe> {
  const pools = await cbGet(ep, '/pools');
  if (pools.kind !== 'http' || pools.status !== 200) throw firstCallFailure(pools, ep);
  const p = obj(pools.body);
  const version = str(p.implementationVersion);
  if (!version || typeof p.isEnterprise !== 'boolean') {
    throw new TargetError(
      `${where(ep)} answered GET /pools, but not like Couchbase Server (no implementationVersion/isEnterprise).`
    );
  }
  const edition = p.isEnterprise ? 'enterprise' : 'community';
  // The node list decides the compat version (a mixed 7.6/8.0 cluster behaves as 7.6).
  const poolsDefaultAnswer = await cbGet(ep, '/pools/default');
  const parsedVersion = parseCouchbaseVersion(version);
  const provisional: FactContext = {
    roleHint: securityReaderRole(edition, (parsedVersion?.major ?? 0) >= 8)
  };
  const poolsDefault = answerToFact(poolsDefaultAnswer, '/pools/default', parseNodes, provisional);
  const nodeMajors = poolsDefault.ok
    ? poolsDefault.value.nodes.map(n => parseCouchbaseVersion(n.version)?.major ?? 0)
    : [];
  const compat80 =
    (parsedVersion?.major ?? 0) >= 8 && (nodeMajors.length === 0 || nodeMajors.every(m => m >= 8));
  return { version, edition, compat80, poolsDefault };
}

/** Every GET the security facts need, at once; the answers keyed by path. */
async function readEndpoints(ep: CbEndpoint, compat80: boolean): Promise<Map<string, CbAnswer>> {
  const paths = [
    ...Object.values(ENDPOINTS)
      .filter(e => compat80 || !e.compat80)
      .map(e => e.path),
    ...(compat80 ? [] : [SASLAUTHD_76])
  ];
  const answers = new Map<string, CbAnswer>();
  await Promise.all(paths.map(async path => answers.set(path, await cbGet(ep, path))));
  return answers;
}

/** Maps the answers to facts through the table, then the facts that depend on edition and version. */
function factsFrom(probe: ClusterProbe, answers: Map<string, CbAnswer>, ctx: FactContext): CbFacts {
  const { version, edition, compat80, poolsDefault } = probe;
  const read = <K extends EndpointFact>(key: K): CbFacts[K] => {
    const e = ENDPOINTS[key];
    return answerToFact(answers.get(e.path)!, e.path, e.parse, ctx) as CbFacts[K];
  };
  // Every key in table order (an unread row holds undefined until replaced below), so that the
  // facts, and the report's list of what could not be read, keep the order of CbFacts.
  const direct = Object.fromEntries(
    (Object.keys(ENDPOINTS) as EndpointFact[]).map(k => [
      k,
      compat80 || !ENDPOINTS[k].compat80 ? read(k) : undefined
    ])
  ) as Partial<Pick<CbFacts, EndpointFact>>;
  const { ldap, saml } = direct as Pick<CbFacts, 'ldap' | 'saml'>;
  const cluster: CbCluster = {
    name: poolsDefault.ok ? poolsDefault.value.name : null,
    version,
    edition,
    compat80,
    nodes: poolsDefault.ok ? poolsDefault.value.nodes : []
  };
  const encryptionAtRest: Fact<CbEncryptionAtRest> = !compat80
    ? notApplicableHere(
        msg`Couchbase Server ${version} has no native encryption at rest (it arrived in 8.0, once every node runs 8.0).`
      )
    : edition === 'community'
      ? notApplicableHere(
          msg`Community Edition cannot enable native encryption at rest (Enterprise Edition only).`
        )
      : direct.encryptionAtRest!;
  return {
    cluster,
    ...(direct as Pick<CbFacts, EndpointFact>),
    authSettings: compat80
      ? direct.authSettings!
      : authSettingsFrom76(ldap, saml, answers.get(SASLAUTHD_76)!, ctx),
    encryptionAtRest,
    releases: COUCHBASE_RELEASES
  };
}

/** Reads every fact the cb/* checks need, with GET requests only. */
export async function collectCouchbase(env: CollectEnv): Promise<Collected<CbFacts>> {
  const ep = await couchbaseEndpoint(env);
  env.progress.step(`connecting to Couchbase at ${where(ep)}`);
  const probe = await probeCluster(ep);
  const ctx: FactContext = { roleHint: securityReaderRole(probe.edition, probe.compat80) };
  env.progress.step('reading audit, security, users, groups, external authentication and certificates');
  const facts = factsFrom(probe, await readEndpoints(ep, probe.compat80), ctx);
  const unavailableList = missingFacts([
    ['nodes', probe.poolsDefault],
    ...Object.entries(facts).filter(
      (e): e is [string, Fact<unknown>] => typeof e[1] === 'object' && 'ok' in e[1]
    )
  ]);
  const { cluster } = facts;
  const unhealthy = cluster.nodes.filter(n => n.status !== 'healthy' || n.clusterMembership !== 'active');
  const describeNode = (n: CbNode) =>
    `${n.hostname} (${n.status}${n.clusterMembership !== 'active' ? `, ${n.clusterMembership}` : ''})`;
  if (unhealthy.length)
    env.progress.warn(`Couchbase nodes not healthy or not active: ${unhealthy.map(describeNode).join(', ')}`);
  return {
    target: describeTarget(ep, cluster, env.options.name ?? defaultName(ep)),
    facts,
    notes: [
      msg`cb/version uses the Couchbase Server release table of ${raw(COUCHBASE_RELEASES.asOf)} shipped with db-posture.`,
      ...(unhealthy.length
        ? [msg`Nodes not healthy or not active during the audit: ${valueList(unhealthy.map(describeNode))}.`]
        : [])
    ],
    unavailable: unavailableList
  };
}

function defaultName(ep: CbEndpoint): string {
  return (
    `${ep.url.hostname}`
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '')
      .slice(0, 63) || 'couchbase'
  );
}

function describeTarget(ep: CbEndpoint, cluster: CbCluster, name: string): TargetInfo {
  const release = parseCouchbaseVersion(cluster.version)?.release ?? cluster.version;
  const details: [string, string][] = [
    ['Server', where(ep)],
    ...(cluster.name ? ([['Cluster Name', cluster.name]] as [string, string][]) : []),
    ['Edition', cluster.edition === 'enterprise' ? 'Enterprise' : 'Community'],
    [
      'Nodes',
      cluster.nodes.length
        ? `${cluster.nodes.length} (${cluster.nodes.map(n => `${n.hostname} ${n.status}`).join(', ')})`
        : 'unknown'
    ],
    ['Audit User', ep.username]
  ];
  return { engine: 'couchbase', deployment: 'self-hosted', name, version: release, details };
}
