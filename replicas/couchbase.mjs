// A Couchbase Server REST API replica for tests and local trials. A scenario describes a cluster's
// state (version, edition, nodes, users, settings); the replica answers every GET the audit makes
// the way ns_server's source does for that version and edition: which routes exist, the auth check
// order (unknown path 404 before auth, 401, 403 naming the permission, 400 "requires enterprise
// edition"), which fields are left out, and how user lists are filtered for the reader's roles.
// replicas/FIDELITY.md names the ns_server file and branch each answer follows. It refuses
// anything but GET and records every request. No Couchbase can run here; the collector is real.
import http from 'node:http';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { resolveRelativeDates } from './scenario-file.mjs';
import {
  isAllowed,
  parseRoleSpec,
  permissionText,
  rbacFilters,
  roleJson,
  roleTable
} from './couchbase-rbac.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const DESCRIPTORS = JSON.parse(
  readFileSync(path.join(here, 'data/couchbase-audit-descriptors.json'), 'utf8')
);

const MiB = 1048576;
const roleList = z.array(z.string()).default([]).describe('role ids, bucket roles as "data_reader[orders]"');

const userSchema = z
  .object({
    id: z.string().min(1),
    domain: z.enum(['local', 'external']),
    name: z.string().optional(),
    password: z.string().optional().describe('local users only: lets the replica authenticate them'),
    roles: roleList,
    groups: z.array(z.string()).default([]),
    passwordChangeDate: z.string().optional(),
    locked: z.boolean().optional()
  })
  .strict();

const certificateSchema = z
  .object({
    subject: z.string(),
    expires: z.string().describe('ISO date or "@days:+N"'),
    type: z.enum(['generated', 'uploaded']),
    warnings: z.array(z.string()).default([]).describe('warning names, e.g. expires_soon, self_signed')
  })
  .strict();

const nodeSchema = z
  .object({
    hostname: z
      .string()
      .describe('the node name, host:8091; a loopback name shows the request address in /pools/default'),
    version: z
      .string()
      .optional()
      .describe('build, when this node runs another version than the cluster (mixed cluster)'),
    status: z.enum(['healthy', 'warmup', 'unhealthy']).default('healthy'),
    clusterMembership: z.enum(['active', 'inactiveAdded', 'inactiveFailed']).default('active'),
    nodeEncryption: z.boolean().default(false),
    services: z.array(z.string()).default(['kv']),
    certificate: certificateSchema
  })
  .strict();

const tlsVersion = z.enum(['tlsv1.2', 'tlsv1.3']);
const serviceSecurity = z
  .object({
    tlsMinVersion: tlsVersion.optional(),
    cipherSuites: z.array(z.string()).optional(),
    honorCipherOrder: z.boolean().optional()
  })
  .strict();
const SERVICES_76 = [
  'data',
  'fullTextSearch',
  'index',
  'query',
  'eventing',
  'analytics',
  'backup',
  'clusterManager'
];
const SERVICES_80 = [...SERVICES_76, 'xdcr'];

const securitySchema = z
  .object({
    disableUIOverHttp: z.boolean().default(false),
    disableUIOverHttps: z.boolean().default(false),
    disableWWWAuthenticate: z.boolean().default(false),
    hsts: z.string().optional().describe('Strict-Transport-Security value (responseHeaders); EE only'),
    uiSessionTimeout: z.number().int().min(60).max(1000000).optional(),
    tlsMinVersion: tlsVersion.optional().describe('EE only; below 1.2 is refused from 7.6 on'),
    cipherSuites: z.array(z.string()).optional(),
    honorCipherOrder: z.boolean().optional(),
    clusterEncryptionLevel: z.enum(['control', 'all', 'strict']).default('control'),
    allowNonLocalCACertUpload: z.boolean().optional().describe('EE only'),
    allowedHosts: z.array(z.string()).default(['*']),
    passwordHashAlg: z.enum(['argon2id', 'pbkdf2-hmac-sha512', 'SHA-1']).default('argon2id'),
    scramSha1Enabled: z.boolean().default(true),
    oauthBearerEnabled: z.boolean().optional().describe('8.0 only'),
    services: z
      .record(z.string(), serviceSecurity)
      .prefault({})
      .describe('per-service overrides; EE only; xdcr from 8.0')
  })
  .strict();

const auditSchema = z
  .object({
    auditdEnabled: z.boolean().default(false),
    enable: z
      .array(z.number().int())
      .default([])
      .describe('filterable events switched on beyond their default'),
    disable: z.array(z.number().int()).default([]).describe('default-on filterable events switched off'),
    disabledUsers: z
      .array(z.object({ name: z.string(), domain: z.enum(['local', 'external', 'unknown']) }).strict())
      .default([]),
    logPath: z
      .string()
      .nullable()
      .default('/opt/couchbase/var/lib/couchbase/logs')
      .describe('null: set per node'),
    rotateInterval: z.number().int().default(86400),
    rotateSize: z
      .number()
      .int()
      .default(20 * MiB),
    pruneAge: z.number().int().default(0)
  })
  .strict();

const encryptionType = z
  .object({
    encryptionMethod: z.enum(['disabled', 'nodeSecretManager', 'encryptionKey']),
    encryptionKeyId: z.number().int().default(-1),
    dataStatus: z.enum(['encrypted', 'partiallyEncrypted', 'unencrypted', 'unknown']).optional()
  })
  .strict();

export const couchbaseScenarioSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().describe('what this scenario represents'),
    extends: z
      .string()
      .optional()
      .describe('another scenario file this one starts from (relative path); objects merge, arrays replace'),
    server: z
      .object({
        version: z
          .string()
          .regex(/^(7\.6|8\.0)\.\d+-\d+$/)
          .describe('build, e.g. 7.6.2-3721 or 8.0.1-2145 (7.6 and 8.0 are modelled)'),
        edition: z.enum(['enterprise', 'community']),
        os: z.enum(['linux', 'windows', 'macos']).default('linux')
      })
      .strict(),
    clusterName: z.string().optional(),
    requestAddress: z
      .string()
      .default('127.0.0.1')
      .describe('the address requests arrive on, shown for a loopback-named node'),
    credentials: z
      .object({ username: z.string().min(1), password: z.string().min(1) })
      .strict()
      .describe('the built-in administrator (rest_creds, Full Admin, domain "admin")'),
    users: z.array(userSchema).default([]).describe('users stored in Couchbase'),
    groups: z
      .array(
        z
          .object({
            id: z.string(),
            roles: roleList,
            ldapGroupRef: z.string().optional(),
            description: z.string().optional()
          })
          .strict()
      )
      .default([]),
    nodes: z.array(nodeSchema).min(1),
    buckets: z
      .array(
        z
          .object({
            name: z.string(),
            bucketType: z.enum(['membase', 'ephemeral', 'memcached']).default('membase'),
            encryptionAtRestKeyId: z.number().int().default(-1).describe('8.0 EE: -1 = unencrypted'),
            dataStatus: z.enum(['encrypted', 'partiallyEncrypted', 'unencrypted']).optional()
          })
          .strict()
      )
      .default([]),
    security: securitySchema.prefault({}),
    passwordPolicy: z
      .object({
        minLength: z.number().int().min(0).max(100).default(6),
        enforceUppercase: z.boolean().default(false),
        enforceLowercase: z.boolean().default(false),
        enforceDigits: z.boolean().default(false),
        enforceSpecialChars: z.boolean().default(false)
      })
      .strict()
      .prefault({}),
    audit: auditSchema.prefault({}).describe('EE only'),
    ldap: z
      .object({
        authenticationEnabled: z.boolean().default(false),
        authorizationEnabled: z.boolean().default(false),
        hosts: z.array(z.string()).default([]),
        port: z.number().int().default(389),
        encryption: z.enum(['None', 'TLS', 'StartTLSExtension']).default('None'),
        serverCertValidation: z.boolean().default(true),
        bindDN: z.string().default(''),
        bindPassSet: z.boolean().default(false),
        userDNMapping: z
          .union([
            z.literal('None'),
            z.object({ template: z.string() }).strict(),
            z.object({ query: z.string() }).strict()
          ])
          .default('None'),
        nestedGroupsEnabled: z.boolean().default(false)
      })
      .strict()
      .prefault({})
      .describe('EE only'),
    saml: z
      .object({
        enabled: z.boolean().default(false),
        rolesAttribute: z.string().default(''),
        groupsAttribute: z.string().default(''),
        rolesFilterRE: z.string().default('.*'),
        groupsFilterRE: z.string().default('.*'),
        spVerifyAssertionSig: z.boolean().default(true),
        spVerifyIssuer: z.boolean().default(true)
      })
      .strict()
      .prefault({})
      .describe('EE only'),
    saslauthd: z
      .object({
        enabled: z.boolean().default(false),
        admins: z.array(z.string()).default([]),
        roAdmins: z.array(z.string()).default([])
      })
      .strict()
      .prefault({})
      .describe('EE on Linux only'),
    clientCertAuth: z
      .object({
        state: z.enum(['disable', 'enable', 'mandatory', 'hybrid']).default('disable'),
        prefixes: z
          .array(
            z
              .object({
                path: z.enum(['subject.cn', 'san.uri', 'san.dnsname', 'san.email']),
                prefix: z.string(),
                delimiter: z.string()
              })
              .strict()
          )
          .default([])
      })
      .strict()
      .prefault({}),
    logRedactionLevel: z.enum(['none', 'partial']).default('none').describe('EE only'),
    curlAllowlist: z
      .object({
        all_access: z.boolean().default(false),
        allowed_urls: z.array(z.string()).default([]),
        disallowed_urls: z.array(z.string()).default([])
      })
      .strict()
      .prefault({}),
    trustedCAs: z
      .array(
        z
          .object({
            subject: z.string(),
            notBefore: z.string(),
            notAfter: z.string(),
            type: z.enum(['generated', 'uploaded']),
            warnings: z.array(z.string()).default([])
          })
          .strict()
      )
      .default([])
      .describe('EE only'),
    encryptionAtRest: z
      .object({
        config: encryptionType.optional(),
        log: encryptionType.optional(),
        audit: encryptionType.optional()
      })
      .strict()
      .prefault({})
      .describe('8.0 EE; defaults config nodeSecretManager, log and audit disabled'),
    faults: z
      .record(
        z.string().regex(/^\//),
        z
          .object({
            status: z
              .union([z.literal(500), z.literal(503)])
              .optional()
              .describe('a server error instead of the answer'),
            delayMs: z.number().int().min(0).default(0),
            hang: z.boolean().default(false).describe('never answer (a node that does not respond)')
          })
          .strict()
      )
      .prefault({})
      .describe(
        'transport faults per path (after the auth check), the only answers not derived from the state'
      ),
    expected: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('the statuses each check must report on this scenario, in report order (used by the tests)')
  })
  .strict();

/** What one file may hold: an extending file may leave everything but its description to its base. */
export const couchbaseScenarioFileSchema = couchbaseScenarioSchema.partial({
  server: true,
  credentials: true,
  nodes: true
});

const isObject = v => v && typeof v === 'object' && !Array.isArray(v);
function deepMerge(base, own) {
  const out = { ...base };
  for (const [k, v] of Object.entries(own))
    out[k] = isObject(v) && isObject(base[k]) ? deepMerge(base[k], v) : v;
  return out;
}

function loadFile(file, seen = new Set()) {
  const abs = path.resolve(file);
  if (seen.has(abs)) throw new Error(`couchbase scenario ${file}: "extends" loops back to itself`);
  seen.add(abs);
  let data;
  try {
    data = JSON.parse(readFileSync(abs, 'utf8'));
  } catch (error) {
    throw new Error(`scenario ${file} cannot be read as JSON: ${error.message}`);
  }
  if (!data.extends) return data;
  const base = loadFile(path.resolve(path.dirname(abs), data.extends), seen);
  const { extends: _ignored, expected: _e, ...own } = data;
  const { expected: _be, ...baseRest } = base;
  return { ...deepMerge(baseRest, own), ...(data.expected ? { expected: data.expected } : {}) };
}

const minor = v => v.split('.').slice(0, 2).join('.');

/**
 * What the real server cannot hold is refused here, naming the field, so that a scenario cannot
 * serve an answer no 7.6/8.0 server gives.
 */
function checkReachable(s) {
  const fail = (field, why) => {
    throw new Error(`${field}: ${why}`);
  };
  const ee = s.server.edition === 'enterprise';
  const is80 = compatIs80(s);
  const table = roleTable(is80);
  const roleCheck = (field, specs) =>
    specs.forEach((spec, i) => {
      const r = parseRoleSpec(spec);
      if (!r || !table[r.role])
        fail(`${field}.${i}`, `${spec} is not a ${minor(s.server.version)} role this replica models`);
      if (!ee && !table[r.role].ce) fail(`${field}.${i}`, `${r.role} does not exist on Community Edition`);
      if (r.bucket && !table[r.role].bucket) fail(`${field}.${i}`, `${r.role} takes no bucket`);
    });
  s.users.forEach((u, i) => {
    roleCheck(`users.${i}.roles`, u.roles);
    if (u.password && u.domain !== 'local')
      fail(`users.${i}.password`, 'only local users have a Couchbase password');
    for (const g of u.groups) if (!s.groups.some(x => x.id === g)) fail(`users.${i}.groups`, `no group ${g}`);
    if (u.locked !== undefined && !is80) fail(`users.${i}.locked`, 'locked exists from 8.0');
  });
  s.groups.forEach((g, i) => roleCheck(`groups.${i}.roles`, g.roles));
  if (!ee) {
    if (s.users.some(u => u.domain === 'external')) fail('users', 'Community Edition has no external users');
    if (s.groups.length) fail('groups', 'groups are Enterprise Edition only');
    for (const k of [
      'tlsMinVersion',
      'cipherSuites',
      'honorCipherOrder',
      'allowNonLocalCACertUpload',
      'hsts'
    ])
      if (s.security[k] !== undefined) fail(`security.${k}`, 'Community Edition cannot set it');
    if (Object.keys(s.security.services).length) fail('security.services', 'Community Edition cannot set it');
    if (s.nodes.some(n => n.nodeEncryption))
      fail('nodes', 'node-to-node encryption is Enterprise Edition only');
    if (s.nodes.some(n => n.certificate.type === 'uploaded'))
      fail('nodes', 'certificate upload is Enterprise Edition only');
    if (s.buckets.some(b => b.encryptionAtRestKeyId !== -1))
      fail('buckets', 'bucket encryption is Enterprise Edition only');
    for (const [k, v] of Object.entries(s.encryptionAtRest))
      if (v && v.encryptionMethod !== 'disabled')
        fail(`encryptionAtRest.${k}`, 'Community Edition cannot enable it');
  }
  const services = is80 ? SERVICES_80 : SERVICES_76;
  for (const k of Object.keys(s.security.services))
    if (!services.includes(k))
      fail(`security.services.${k}`, `not a ${minor(s.server.version)} service with security settings`);
  if (s.security.oauthBearerEnabled !== undefined && !is80)
    fail('security.oauthBearerEnabled', 'exists from 8.0');
  if (s.clientCertAuth.state === 'hybrid' && !is80) fail('clientCertAuth.state', 'hybrid exists from 8.0');
  const a = s.audit;
  // menelaus_web_audit.erl validators.
  if (a.rotateInterval < 900 || a.rotateInterval > 604800 || a.rotateInterval % 60)
    fail('audit.rotateInterval', `${a.rotateInterval} is refused (900-604800 s, a multiple of 60)`);
  const minSize = is80 ? MiB : 0;
  if (a.rotateSize < minSize || a.rotateSize > 500 * MiB)
    fail(
      'audit.rotateSize',
      `${a.rotateSize} is refused (${minSize}-${500 * MiB} bytes on ${is80 ? '8.0' : '7.6'})`
    );
  if (a.pruneAge < 0 || a.pruneAge > (is80 ? 35791394 : 71582788))
    fail('audit.pruneAge', `${a.pruneAge} is out of range`);
  const filterable = new Set(
    descriptors(s)
      .filter(d => d.filteringPermitted)
      .map(d => d.id)
  );
  for (const id of [...a.enable, ...a.disable])
    if (!filterable.has(id))
      fail('audit', `event ${id} is not a filterable ${minor(s.server.version)} event`);
  // A local user excluded and later deleted stays in the stored list (the GET hides it), so a
  // scenario may name a local user that does not exist.
  if (!is80 && Object.keys(s.encryptionAtRest).length)
    fail('encryptionAtRest', 'native encryption at rest exists from 8.0');
  if (!is80 && s.buckets.some(b => b.encryptionAtRestKeyId !== -1))
    fail('buckets', 'bucket encryption exists from 8.0');
}

/** Loads and validates a scenario (path or object); dates like "@days:+20" become timestamps. */
export function loadCouchbaseScenario(source) {
  const file = typeof source === 'string' ? source : null;
  const data = file ? loadFile(file) : source;
  const parsed = couchbaseScenarioSchema.safeParse(data);
  const where = `couchbase scenario${file ? ` ${file}` : ''}`;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${where}: ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  try {
    checkReachable(parsed.data);
  } catch (error) {
    throw new Error(`${where}: ${error.message}`);
  }
  return resolveRelativeDates(parsed.data);
}

/** Cluster compat: 8.0 behaviour only once every node runs 8.0 (is_cluster_80 / when_79). */
function compatIs80(s) {
  return s.nodes.every(n => (n.version ?? s.server.version).startsWith('8.0'));
}

function descriptors(s) {
  return DESCRIPTORS[compatIs80(s) ? '8.0' : '7.6'];
}

const effectiveRoles = (s, u) => {
  const own = u.roles.map(spec => ({ spec, origin: { type: 'user' } }));
  const fromGroups = u.groups.flatMap(g =>
    s.groups.find(x => x.id === g).roles.map(spec => ({ spec, origin: { type: 'group', name: g } }))
  );
  return [...own, ...fromGroups];
};

/** The answer of each modelled route; `this` is { s, reader, req }. */
function buildRoutes(s) {
  const ee = s.server.edition === 'enterprise';
  const is80 = compatIs80(s);
  const table = roleTable(is80);
  const implementationVersion = `${s.server.version}-${s.server.edition}`;
  const json = body => ({ status: 200, body });
  const usersJson = u => {
    const roles = effectiveRoles(s, u);
    const byRole = new Map();
    for (const { spec, origin } of roles) {
      if (!byRole.has(spec)) byRole.set(spec, []);
      byRole.get(spec).push(origin);
    }
    return {
      id: u.id,
      domain: u.domain,
      roles: [...byRole].map(([spec, origins]) => {
        const p = parseRoleSpec(spec);
        return { ...roleJson(p, table[p.role]), origins };
      }),
      ...(u.groups.length ? { groups: u.groups } : {}),
      ...(u.name ? { name: u.name } : {}),
      ...(u.domain === 'local' && u.passwordChangeDate ? { password_change_date: u.passwordChangeDate } : {}),
      ...(is80 && u.locked !== undefined ? { locked: u.locked } : {})
    };
  };
  const withEffective = u => ({ ...u, effective: effectiveRoles(s, u).map(r => parseRoleSpec(r.spec)) });
  const securityPerm = [['admin', 'security'], 'read'];
  const externalPerm = is80 ? securityPerm : [['admin', 'security', 'external'], 'read'];
  const usersPerm = is80 ? [['admin', 'users'], 'read'] : securityPerm;
  const SEC_SERVICES = is80 ? SERVICES_80 : SERVICES_76;
  const encType = (t, dflt) => {
    const v = s.encryptionAtRest[t] ?? { encryptionMethod: dflt, encryptionKeyId: -1 };
    const status = v.dataStatus ?? (v.encryptionMethod === 'disabled' ? 'unencrypted' : 'encrypted');
    return {
      encryptionMethod: v.encryptionMethod,
      encryptionKeyId: v.encryptionKeyId ?? -1,
      dekLifetime: 31536000,
      dekRotationInterval: 2592000,
      info: { dataStatus: status, issues: [], dekNumber: v.encryptionMethod === 'disabled' ? 0 : 1 }
    };
  };
  const routes = {
    '/whoami': {
      perm: null,
      answer() {
        const r = this.reader;
        if (r.builtin) return json({ id: r.id, domain: 'admin', roles: [{ role: 'admin' }] });
        return json({
          ...usersJson(r.user),
          roles: usersJson(r.user).roles.map(({ origins: _o, ...x }) => x)
        });
      }
    },
    '/pools': {
      perm: [['pools'], 'read'],
      answer: () =>
        json({
          isAdminCreds: true,
          isROAdminCreds: false,
          isEnterprise: ee,
          allowedServices: ['kv', 'n1ql', 'index', 'fts', 'cbas', 'eventing', 'backup'],
          isDeveloperPreview: false,
          packageVariant: s.server.os,
          implementationVersion,
          ...(s.server.version.startsWith('8.0') ? { prod: 'server', prodName: 'Couchbase Server' } : {}),
          pools: [
            {
              name: 'default',
              uri: '/pools/default?uuid=6b8ee1e8f0a2f7bd',
              streamingUri: '/poolsStreaming/default?uuid=6b8ee1e8f0a2f7bd'
            }
          ],
          uuid: '6b8ee1e8f0a2f7bd'
        })
    },
    '/pools/default': {
      perm: [['pools'], 'read'],
      answer: () =>
        json({
          name: 'default',
          ...(s.clusterName ? { clusterName: s.clusterName } : {}),
          nodes: s.nodes.map(n => ({
            // build_node_hostname: a loopback-named node shows the address the request came in on.
            hostname: /^(127\.0\.0\.1|\[::1\]|localhost):/.test(n.hostname)
              ? n.hostname.replace(/^(\[::1\]|[^:]+)/, s.requestAddress)
              : n.hostname,
            version: `${n.version ?? s.server.version}-${s.server.edition}`,
            status: n.status,
            clusterMembership: n.clusterMembership,
            nodeEncryption: n.nodeEncryption,
            services: n.services,
            ports: { httpsMgmt: 18091, httpsCAPI: 18092, distTCP: 21100, distTLS: 21150 }
          }))
        })
    },
    '/pools/default/buckets': {
      perm: [[{ bucket: 'any' }, 'settings'], 'read'],
      answer: () =>
        json(
          s.buckets.map(b => ({
            name: b.name,
            bucketType: b.bucketType,
            ...(is80
              ? {
                  encryptionAtRestKeyId: b.encryptionAtRestKeyId,
                  encryptionAtRestDekRotationInterval: 2592000,
                  encryptionAtRestDekLifetime: 31536000,
                  encryptionAtRestInfo: {
                    dataStatus:
                      b.dataStatus ?? (b.encryptionAtRestKeyId === -1 ? 'unencrypted' : 'encrypted'),
                    issues: []
                  }
                }
              : {})
          }))
        )
    },
    '/pools/default/certificates': {
      perm: securityPerm,
      // Read from replicated config: every node in nodes_wanted, down and failed-over ones too,
      // loopback-named nodes under their 127.0.0.1 name.
      answer: () =>
        json(
          s.nodes.map(n => ({
            node: n.hostname,
            subject: n.certificate.subject,
            expires: n.certificate.expires.replace(/Z$/, '').replace(/(\.\d+)?$/, '.000Z'),
            type: n.certificate.type,
            pem: '-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----\n',
            warnings: n.certificate.warnings.map(name => ({
              name,
              message: name,
              severity: 2,
              severityName: 'minimal'
            }))
          }))
        )
    },
    '/pools/default/trustedCAs': {
      perm: null,
      ee: true,
      answer() {
        const full = isAllowed(securityPerm, this.reader.roles, table);
        return json(
          s.trustedCAs.map((c, i) => ({
            id: i,
            subject: c.subject,
            notBefore: c.notBefore,
            notAfter: c.notAfter,
            type: c.type,
            ...(full
              ? {
                  nodes: s.nodes.map(n => n.hostname.replace(/:\d+$/, '')),
                  warnings: c.warnings.map(name => ({ name, severity: 3 }))
                }
              : {})
          }))
        );
      }
    },
    '/settings/audit': {
      perm: securityPerm,
      ee: true,
      answer: () => {
        const a = s.audit;
        const disabled = descriptors(s)
          .filter(
            d =>
              d.filteringPermitted &&
              ((d.enabled && a.disable.includes(d.id)) || (!d.enabled && !a.enable.includes(d.id)))
          )
          .map(d => d.id);
        return json({
          disabled,
          uid: '40580060',
          auditdEnabled: a.auditdEnabled,
          // audit_user_exists: local entries only while the user exists (or @internal).
          disabledUsers: a.disabledUsers.filter(
            u =>
              u.domain !== 'local' ||
              u.name.startsWith('@') ||
              s.users.some(x => x.domain === 'local' && x.id === u.name)
          ),
          ...(a.logPath !== null ? { logPath: a.logPath } : {}),
          pruneAge: a.pruneAge,
          rotateInterval: a.rotateInterval,
          rotateSize: a.rotateSize
        });
      }
    },
    '/settings/audit/descriptors': {
      perm: securityPerm,
      ee: true,
      answer: () =>
        json(
          descriptors(s)
            .filter(d => d.filteringPermitted)
            .map(({ id, name, module, description }) => ({ id, name, module, description }))
        )
    },
    '/settings/security': {
      perm: securityPerm,
      answer: () => {
        const c = s.security;
        const fullyEncrypted = s.nodes.every(n => n.nodeEncryption);
        const body = {
          disableUIOverHttp: c.disableUIOverHttp,
          disableUIOverHttps: c.disableUIOverHttps,
          disableWWWAuthenticate: c.disableWWWAuthenticate,
          ...(ee ? { responseHeaders: c.hsts ? { 'Strict-Transport-Security': c.hsts } : [] } : {}),
          ...(c.uiSessionTimeout !== undefined ? { uiSessionTimeout: c.uiSessionTimeout } : {}),
          ...(ee
            ? {
                tlsMinVersion: c.tlsMinVersion ?? 'tlsv1.2',
                cipherSuites: c.cipherSuites ?? [],
                honorCipherOrder: c.honorCipherOrder ?? true
              }
            : {}),
          ...(fullyEncrypted ? { clusterEncryptionLevel: c.clusterEncryptionLevel } : {}),
          ...(ee ? { allowNonLocalCACertUpload: c.allowNonLocalCACertUpload ?? false } : {}),
          allowedHosts: c.allowedHosts,
          passwordHashAlg: c.passwordHashAlg,
          allowHashMigrationDuringAuth: true,
          scramSha1Enabled: c.scramSha1Enabled,
          scramSha256Enabled: true,
          scramSha512Enabled: true,
          ...(is80
            ? {
                oauthBearerEnabled: c.oauthBearerEnabled ?? false,
                autoEncryptPKeys: true,
                forceCrashDumps: false
              }
            : {}),
          validateNodeCertSan: true
        };
        // ee_only_settings: every per-service object is EE only; on EE each is always present.
        if (ee)
          for (const svc of SEC_SERVICES)
            body[svc] = {
              ...(c.services[svc] ?? {}),
              supportedCipherSuites: ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384']
            };
        return json(body);
      }
    },
    '/settings/passwordPolicy': { perm: securityPerm, answer: () => json({ ...s.passwordPolicy }) },
    '/settings/rbac/users': {
      perm: usersPerm,
      answer() {
        const keep = rbacFilters(this.reader.roles, is80, table).user;
        return json(s.users.map(withEffective).filter(keep).map(usersJson));
      }
    },
    '/settings/rbac/groups': {
      perm: usersPerm,
      ee: true,
      answer() {
        const keep = rbacFilters(this.reader.roles, is80, table).group;
        return json(
          s.groups
            .map(g => ({ ...g, effective: g.roles.map(parseRoleSpec) }))
            .filter(keep)
            .map(g => ({
              id: g.id,
              roles: g.roles.map(spec => roleJson(parseRoleSpec(spec), table[parseRoleSpec(spec).role])),
              ...(g.ldapGroupRef ? { ldap_group_ref: g.ldapGroupRef } : {}),
              ...(g.description ? { description: g.description } : {})
            }))
        );
      }
    },
    '/settings/ldap': {
      perm: externalPerm,
      ee: true,
      answer: () => {
        const { bindPassSet, ...l } = s.ldap;
        return json({
          ...l,
          bindPass: bindPassSet ? '**********' : '',
          cacheValueLifetime: 300000,
          maxCacheSize: 10000,
          requestTimeout: 5000,
          maxParallelConnections: 100,
          maxGroupCacheSize: 1000,
          middleboxCompMode: true,
          nestedGroupsMaxDepth: 10,
          failOnMaxDepth: false
        });
      }
    },
    '/settings/saml': {
      perm: externalPerm,
      ee: true,
      answer: () =>
        json({
          ...s.saml,
          spVerifyAssertionEnvelopSig: true,
          spVerifyRecipient: 'consumeURL',
          spAssertionDupeCheck: 'global',
          idpMetadataTLSVerifyPeer: true,
          idpSignsMetadata: true,
          spBaseURLScheme: 'https'
        })
    },
    '/settings/saslauthdAuth': {
      perm: externalPerm,
      // assert_is_saslauthd_enabled: EE on Linux, and no X-enterprise-edition-needed header.
      refuse: () =>
        ee && s.server.os === 'linux'
          ? null
          : {
              status: 400,
              text: 'This http API endpoint is only supported in enterprise edition running on GNU/Linux'
            },
      answer: () => json({ ...s.saslauthd })
    },
    '/settings/clientCertAuth': { perm: securityPerm, answer: () => json({ ...s.clientCertAuth }) },
    '/settings/logRedaction': {
      perm: [['settings'], 'read'],
      ee: true,
      answer: () => json({ logRedactionLevel: s.logRedactionLevel })
    },
    '/settings/querySettings/curlAllowlist': {
      perm: [['settings'], 'read'],
      answer: () => json({ ...s.curlAllowlist })
    }
  };
  if (is80) {
    routes['/settings/rbac'] = {
      perm: [['admin', 'users'], 'read'],
      // No EE assert: Community Edition 8.0 answers 200 with everything false.
      answer: () =>
        json({
          ldapEnabled: ee && s.ldap.authenticationEnabled,
          samlEnabled: ee && s.saml.enabled,
          saslauthdAuthEnabled: ee && s.server.os === 'linux' && s.saslauthd.enabled
        })
    };
    routes['/settings/security/encryptionAtRest'] = {
      perm: securityPerm,
      // GET has no EE assert; CE shows the defaults, all disabled.
      answer: () =>
        json({
          config: encType('config', ee ? 'nodeSecretManager' : 'disabled'),
          log: encType('log', 'disabled'),
          audit: encType('audit', 'disabled')
        })
    };
  } else {
    // 7.6 routes it to menelaus_web_settings:handle_get(security, ["encryptionAtRest"]): no such key.
    routes['/settings/security/encryptionAtRest'] = {
      perm: securityPerm,
      answer: () => ({ status: 404, body: '"Not found"', headers: { 'content-type': 'application/json' } })
    };
  }
  return routes;
}

function authenticate(s, header) {
  const m = /^Basic (.+)$/.exec(header ?? '');
  if (!m) return { user: null };
  const [user, ...rest] = Buffer.from(m[1], 'base64').toString().split(':');
  const password = rest.join(':');
  if (user === s.credentials.username && password === s.credentials.password)
    return { user, reader: { builtin: true, id: user, roles: [{ role: 'admin', bucket: null }] } };
  const stored = s.users.find(u => u.domain === 'local' && u.id === user && u.password !== undefined);
  if (stored && stored.password === password && !stored.locked)
    return {
      user,
      reader: { user: stored, id: user, roles: effectiveRoles(s, stored).map(r => parseRoleSpec(r.spec)) }
    };
  return { user };
}

/**
 * Starts the replica on 127.0.0.1. `tls: { cert, key }` (PEM) serves HTTPS like port 18091.
 * @returns {Promise<{ url: string, port: number, requests: {method: string, path: string, user: string | null}[], stop(): Promise<void> }>}
 */
export async function startCouchbaseReplica({ scenario, port = 0, tls } = {}) {
  const s = loadCouchbaseScenario(scenario);
  const routes = buildRoutes(s);
  const table = roleTable(compatIs80(s));
  const requests = [];
  const sockets = new Set();
  const handler = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://replica');
    const auth = authenticate(s, req.headers.authorization);
    requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, user: auth.user });
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
    const route = routes[url.pathname.replace(/\/$/, '')];
    // No route: the static UI file handler answers, before any auth check (menelaus_web.erl).
    if (!route) {
      const uiOff = tls ? s.security.disableUIOverHttps : s.security.disableUIOverHttp;
      return uiOff ? send(404) : send(404, 'Not found.');
    }
    if (!auth.reader) {
      return send(
        401,
        undefined,
        s.security.disableWWWAuthenticate
          ? {}
          : { 'www-authenticate': 'Basic realm="Couchbase Server Admin / REST"' }
      );
    }
    if (route.perm && !isAllowed(route.perm, auth.reader.roles, table)) {
      return send(403, {
        message: 'Forbidden. User needs the following permissions',
        permissions: [permissionText(route.perm)]
      });
    }
    const fault = s.faults[url.pathname];
    if (fault?.hang) return;
    const answer = () => {
      if (fault?.status)
        return send(
          fault.status,
          fault.status === 503
            ? 'Temporary error occurred. Please try again later.\r\n'
            : 'Unexpected server error, request logged.\r\n'
        );
      const refusal =
        route.ee && s.server.edition !== 'enterprise'
          ? {
              status: 400,
              text: 'This http API endpoint requires enterprise edition',
              headers: { 'x-enterprise-edition-needed': '1' }
            }
          : route.refuse?.();
      if (refusal) return send(refusal.status, refusal.text, refusal.headers);
      const r = route.answer.call({ s, reader: auth.reader, req });
      return send(r.status, r.body, r.headers);
    };
    setTimeout(answer, fault?.delayMs ?? 0);
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
