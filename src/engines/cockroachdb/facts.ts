import type { Fact } from '../../core/facts.js';
import type { TlsProbeResult } from '../../sqlwire/tls-probe.js';
import type { CrdbReleaseTable } from './releases.js';

/** A row of SHOW USERS in either shape (options STRING before v25.3, STRING[] after). */
export interface CrdbUser {
  readonly username: string;
  readonly options: readonly string[];
  readonly memberOf: readonly string[];
  /** v25.3+: last login (ISO) or null when unknown; undefined when the column does not exist. */
  readonly lastLogin?: string | null;
}

export interface CrdbGrant {
  readonly database: string;
  readonly schema: string | null;
  readonly object: string | null;
  readonly objectType: string;
  readonly privilege: string;
  readonly grantable: boolean;
}

export interface CrdbSystemGrant {
  readonly grantee: string;
  readonly privilege: string;
  readonly grantable: boolean;
}

export interface CrdbSchedule {
  readonly id: string;
  readonly label: string;
  readonly status: string;
  readonly state: string | null;
  readonly recurrence: string;
  readonly nextRun: string | null;
  /** The backup statement with credentials removed from any URI. */
  readonly command: string;
  readonly isBackup: boolean;
  /**
   * The newest job this schedule started (SHOW JOBS FOR SCHEDULES): undefined when it was not
   * read, null when no job is visible to the auditor (none ran, or VIEWJOB is missing).
   */
  readonly lastJob?: { readonly status: string; readonly created: string; readonly error: string } | null;
  /** Why the job history could not be read, when it could not. */
  readonly jobsUnreadable?: string;
}

/** What `enterprise.license` holds, decoded locally (the key itself is never kept). */
export interface CrdbLicense {
  /** 'none' = empty setting; 'invalid' = not a crl-0- licence CockroachDB can decode. */
  readonly state: 'none' | 'present' | 'invalid';
  readonly type?: string;
  /** ISO time or null when the licence has no end date (ValidUntilUnixSec 0). */
  readonly validUntil?: string | null;
  readonly organization?: string;
  readonly clusterIds?: readonly string[];
}

export interface AuditedTable {
  readonly database: string;
  readonly schema: string;
  readonly table: string;
  readonly mode: string;
}

export interface CrdbStore {
  readonly nodeId: number;
  readonly storeId: number;
  readonly encrypted: boolean | null;
}

export interface CertificateFile {
  readonly file: string;
  readonly subject: string;
  readonly notAfter: string;
}

export interface CloudCluster {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly plan: 'BASIC' | 'STANDARD' | 'ADVANCED' | string;
  readonly cloudProvider: string;
  readonly state: string;
  readonly regions: readonly { readonly name: string; readonly nodeCount: number }[];
  readonly egressTrafficPolicy: string | null;
  readonly networkVisibility: string | null;
  /** ENABLED | DISABLED; undefined when the API did not say. */
  readonly deleteProtection?: string | null;
}

export interface AllowlistEntry {
  readonly cidrIp: string;
  readonly cidrMask: number;
  readonly sql: boolean;
  readonly ui: boolean;
  readonly name: string | null;
}

export interface PrivateEndpoints {
  readonly services: readonly { readonly region: string; readonly status: string }[];
  readonly connections: readonly {
    readonly endpointId: string;
    readonly region: string;
    readonly status: string;
  }[];
}

export interface EgressEndpoints {
  readonly endpoints: readonly { readonly id: string; readonly state: string; readonly target: string }[];
}

export interface CmekInfo {
  readonly status: string;
  readonly regions: readonly { readonly region: string; readonly status: string }[];
}

export interface BackupsConfig {
  readonly enabled: boolean;
  readonly frequencyMinutes: number;
  readonly retentionDays: number;
}

export interface LogExport {
  readonly status: string;
  readonly type: string | null;
  readonly omittedChannels: readonly string[];
  readonly groups?: readonly {
    readonly logName: string;
    readonly channels: readonly string[];
    readonly minLevel: string;
  }[];
}

export interface ConsoleRoleGrant {
  readonly userId: string;
  readonly roles: readonly { readonly name: string; readonly resource: string }[];
}

export interface ApiKey {
  readonly id: string;
  readonly name: string;
  readonly serviceAccountId: string;
  readonly createdAt: string;
}

export interface CloudFacts {
  readonly cluster: Fact<CloudCluster>;
  readonly allowlist: Fact<readonly AllowlistEntry[]>;
  readonly privateEndpoints: Fact<PrivateEndpoints>;
  readonly egress: Fact<EgressEndpoints>;
  readonly cmek: Fact<CmekInfo>;
  readonly backupsConfig: Fact<BackupsConfig>;
  readonly logExport: Fact<LogExport>;
  readonly consoleRoles: Fact<readonly ConsoleRoleGrant[]>;
  readonly apiKeys: Fact<readonly ApiKey[]>;
}

export interface CrdbFacts {
  /** `SELECT version()` and the build tag (`v25.2.0`). */
  readonly version: Fact<{ readonly full: string; readonly tag: string }>;
  /** Each cluster setting read on its own: one unknown or forbidden setting spoils only itself. */
  readonly settings: Readonly<Record<string, Fact<string>>>;
  readonly users: Fact<readonly CrdbUser[]>;
  readonly publicGrants: Fact<readonly CrdbGrant[]>;
  readonly systemGrants: Fact<readonly CrdbSystemGrant[]>;
  readonly schedules: Fact<readonly CrdbSchedule[]>;
  readonly nodeArgs: Fact<readonly { readonly nodeId: number; readonly args: readonly string[] }[]>;
  readonly stores: Fact<readonly CrdbStore[]>;
  readonly tls: Fact<TlsProbeResult>;
  readonly license: Fact<CrdbLicense>;
  /** The SQL user the audit connected as. */
  readonly auditLogin?: string;
  /** crdb_internal.cluster_id(), when it could be read (licences may name cluster ids). */
  readonly clusterId?: string;
  /** Tables with EXPERIMENTAL_AUDIT (crdb_internal.tables audit_mode other than DISABLED). */
  readonly auditedTables: Fact<readonly AuditedTable[]>;
  /** Certificates read from --certs-dir; undefined when no directory was given. */
  readonly certFiles?: Fact<readonly CertificateFile[]>;
  readonly cloud: CloudFacts;
  readonly releases: CrdbReleaseTable;
}

/** Every cluster setting the collector reads. */
export const CRDB_SETTINGS = [
  'server.host_based_authentication.configuration',
  'server.identity_map.configuration',
  'server.oidc_authentication.enabled',
  'server.oidc_authentication.provider_url',
  'server.jwt_authentication.enabled',
  'server.jwt_authentication.issuers.configuration',
  'security.provisioning.ldap.enabled',
  'server.user_login.min_password_length',
  'server.user_login.password_encryption',
  'sql.log.user_audit',
  'sql.log.user_audit.reduced_config.enabled',
  'sql.log.admin_audit.enabled',
  'server.auth_log.sql_connections.enabled',
  'server.auth_log.sql_sessions.enabled',
  'enterprise.license',
  'cluster.organization',
  'server.redact_sensitive_settings.enabled',
  'security.provisioning.jwt.enabled',
  'server.user_login.store_client_pre_hashed_passwords.enabled',
  'sql.auth.public_schema_create_privilege.enabled',
  'server.user_login.session_revival_token.enabled',
  'security.ocsp.mode',
  'security.client_cert.subject_required.enabled',
  'security.client_cert.san_required.enabled',
  'server.web_session.timeout',
  'server.hsts.enabled'
] as const;
export type CrdbSettingName = (typeof CRDB_SETTINGS)[number];
