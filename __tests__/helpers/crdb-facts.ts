import { available, unavailable, type Fact } from '../../src/core/facts.js';
import type { CloudFacts, CrdbFacts, CrdbUser } from '../../src/engines/cockroachdb/facts.js';
import { CRDB_RELEASES } from '../../src/engines/cockroachdb/releases.js';
import { AUDITED_AT } from './check-tester.js';

export const day = (offset: number) => new Date(AUDITED_AT.getTime() + offset * 86400000).toISOString();

export const u = (
  username: string,
  memberOf: string[] = [],
  options: string[] = [],
  lastLogin?: string | null
): CrdbUser => ({
  username,
  options,
  memberOf,
  ...(lastLogin !== undefined ? { lastLogin } : {})
});

export const HARDENED_SETTINGS: Record<string, string> = {
  'server.host_based_authentication.configuration':
    'hostssl all all 10.0.0.0/8 cert-scram-sha-256\nhost all all 0.0.0.0/0 reject',
  'server.identity_map.configuration': 'https://idp.example /^(.*)@example\\.com$ \\1',
  'server.oidc_authentication.enabled': 'false',
  'server.oidc_authentication.provider_url': '',
  'server.jwt_authentication.enabled': 'true',
  'server.jwt_authentication.issuers.configuration': 'https://idp.example',
  'security.provisioning.ldap.enabled': 'false',
  'server.user_login.min_password_length': '14',
  'server.user_login.password_encryption': 'scram-sha-256',
  'sql.log.user_audit': 'admin ALL\nall NONE',
  'sql.log.user_audit.reduced_config.enabled': 'false',
  'sql.log.admin_audit.enabled': 'true',
  'server.auth_log.sql_connections.enabled': 'true',
  'server.auth_log.sql_sessions.enabled': 'true',
  'enterprise.license': 'installed',
  'cluster.organization': 'Acme',
  'server.redact_sensitive_settings.enabled': 'true',
  'security.provisioning.jwt.enabled': 'false',
  'server.user_login.store_client_pre_hashed_passwords.enabled': 'false',
  'sql.auth.public_schema_create_privilege.enabled': 'false',
  'server.user_login.session_revival_token.enabled': 'false',
  'security.ocsp.mode': 'strict',
  'security.client_cert.subject_required.enabled': 'true',
  'security.client_cert.san_required.enabled': 'false',
  'server.web_session.timeout': '12:00:00',
  'server.hsts.enabled': 'true'
};

export const CLOUD: CloudFacts = {
  cluster: available({
    id: 'c-1',
    name: 'prod',
    version: 'v26.1.1',
    plan: 'ADVANCED',
    cloudProvider: 'AWS',
    state: 'CREATED',
    regions: [{ name: 'eu-west-1', nodeCount: 3 }],
    egressTrafficPolicy: 'DEFAULT_DENY',
    networkVisibility: 'PUBLIC',
    deleteProtection: 'ENABLED'
  }),
  allowlist: available([{ cidrIp: '10.1.0.0', cidrMask: 24, sql: true, ui: false, name: 'vpn' }]),
  privateEndpoints: available({
    services: [{ region: 'eu-west-1', status: 'AVAILABLE' }],
    connections: [{ endpointId: 'vpce-1', region: 'eu-west-1', status: 'STATUS_AVAILABLE' }]
  }),
  egress: available({ endpoints: [] }),
  cmek: available({ status: 'ENABLED', regions: [{ region: 'eu-west-1', status: 'ENABLED' }] }),
  backupsConfig: available({ enabled: true, frequencyMinutes: 60, retentionDays: 30 }),
  logExport: available({ status: 'ENABLED', type: 'AWS_CLOUDWATCH', omittedChannels: [] }),
  consoleRoles: available([
    { userId: 'u-1', roles: [{ name: 'ORG_ADMIN', resource: '{"type":"ORGANIZATION"}' }] },
    { userId: 'u-2', roles: [{ name: 'CLUSTER_ADMIN', resource: '{"type":"CLUSTER"}' }] },
    { userId: 'u-3', roles: [{ name: 'CLUSTER_DEVELOPER', resource: '{"type":"CLUSTER"}' }] }
  ]),
  apiKeys: available([{ id: 'k-1', name: 'ci', serviceAccountId: 'sa-1', createdAt: day(-30) }])
};

/** A hardened self-hosted v26.1 cluster; samples override what they are about. */
export function crdbFacts(
  overrides: Partial<Omit<CrdbFacts, 'settings'>> & { settings?: Record<string, string | Fact<string>> } = {}
): CrdbFacts {
  const { settings, ...rest } = overrides;
  const merged: Record<string, Fact<string>> = Object.fromEntries(
    Object.entries(HARDENED_SETTINGS).map(([k, v]) => [k, available(v)])
  );
  for (const [k, v] of Object.entries(settings ?? {})) merged[k] = typeof v === 'string' ? available(v) : v;
  return {
    version: available({ full: 'CockroachDB CCL v26.2.1 (x86_64-pc-linux-gnu)', tag: 'v26.2.1' }),
    settings: merged,
    users: available([
      u('admin', [], ['CREATEROLE']),
      u('root', ['admin'], ['CREATEROLE']),
      u('alice', ['admin'], [], day(-2)),
      u('app', ['app_rw'], [], day(-1)),
      u('app_rw', [], ['NOLOGIN'])
    ]),
    publicGrants: available([
      {
        database: 'app',
        schema: null,
        object: null,
        objectType: 'database',
        privilege: 'CONNECT',
        grantable: false
      },
      {
        database: 'app',
        schema: 'public',
        object: null,
        objectType: 'schema',
        privilege: 'USAGE',
        grantable: false
      }
    ]),
    systemGrants: available([{ grantee: 'auditor', privilege: 'VIEWCLUSTERSETTING', grantable: false }]),
    schedules: available([
      {
        id: '1',
        label: 'nightly',
        status: 'ACTIVE',
        state: null,
        recurrence: '@daily',
        nextRun: day(1),
        command: "BACKUP INTO 's3://b/x?<credentials removed>'",
        isBackup: true,
        lastJob: { status: 'succeeded', created: day(-1), error: '' }
      }
    ]),
    nodeArgs: available([
      {
        nodeId: 1,
        args: ['cockroach', 'start', '--certs-dir=/certs', '--enterprise-encryption=path=/data,key=/k']
      }
    ]),
    stores: available([{ nodeId: 1, storeId: 1, encrypted: true }]),
    tls: available({
      offered: true,
      protocol: 'TLSv1.3',
      cipher: 'TLS_AES_256_GCM_SHA384',
      group: 'X25519',
      chain: [
        {
          subject: 'CN=node',
          issuer: 'CN=Cockroach CA',
          validFrom: day(-10),
          validTo: day(300),
          selfSigned: false,
          keyType: 'ec',
          keyBits: 256,
          curve: 'prime256v1',
          fingerprint256: 'AA',
          source: 'handshake'
        }
      ],
      postQuantumHybrid: 'untested',
      postQuantumNote: 'test'
    }),
    license: available({
      state: 'present',
      type: 'Enterprise',
      validUntil: null,
      organization: 'Acme',
      clusterIds: []
    }),
    auditedTables: available([]),
    cloud: CLOUD,
    releases: CRDB_RELEASES,
    ...rest
  };
}

export const denied = <T>(what: string, grant: string): Fact<T> =>
  unavailable(
    `${what} could not be read: only users with MODIFYCLUSTERSETTING or VIEWCLUSTERSETTING privileges are allowed to show cluster setting (SQLSTATE 42501).`,
    grant
  );

export const cloud = (over: Partial<CloudFacts>): CloudFacts => ({ ...CLOUD, ...over });
