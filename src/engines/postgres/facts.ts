import type { Fact } from '../../core/facts.js';
import type { TlsProbeResult } from '../../sqlwire/tls-probe.js';
import type { ReleaseTable } from './releases.js';

/** One `pg_settings` row (never `SHOW`: an unloaded library's placeholder still answers SHOW). */
export interface PgSetting {
  readonly name: string;
  readonly setting: string;
  readonly unit: string | null;
  readonly source: string | null;
  readonly context: string | null;
  readonly pendingRestart: boolean;
}

export interface PgRole {
  readonly oid: number;
  readonly name: string;
  readonly superuser: boolean;
  readonly inherit: boolean;
  readonly createRole: boolean;
  readonly createDb: boolean;
  readonly canLogin: boolean;
  readonly replication: boolean;
  readonly bypassRls: boolean;
  /** ISO timestamp of `rolvaliduntil`, or null for "no expiry". */
  readonly validUntil: string | null;
}

export interface PgMembership {
  readonly roleOid: number;
  readonly memberOid: number;
  readonly adminOption: boolean;
}

/** Kind of stored password hash, read from `pg_authid` without ever fetching the hash. */
export type PasswordKind = 'none' | 'md5' | 'scram-sha-256' | 'other';

/** One `pg_hba_file_rules` row; secret option values (ldapbindpasswd, radiussecrets) are masked. */
export interface HbaRule {
  readonly lineNumber: number;
  readonly fileName: string | null;
  readonly type: string | null;
  readonly databases: readonly string[];
  readonly users: readonly string[];
  readonly address: string | null;
  readonly netmask: string | null;
  readonly method: string | null;
  readonly options: readonly string[];
  readonly error: string | null;
}

/** A per-role and/or per-database override from `pg_db_role_setting` (pgaudit.* entries only). */
export interface RoleSetting {
  readonly role: string | null;
  readonly database: string | null;
  readonly settings: Readonly<Record<string, string>>;
}

export interface ArchiverStats {
  readonly archivedCount: number;
  readonly lastArchivedTime: string | null;
  readonly failedCount: number;
  readonly lastFailedTime: string | null;
}

export interface ReplicationInfo {
  readonly senders: readonly { applicationName: string; clientAddr: string | null; state: string | null }[];
  readonly slots: readonly { name: string; type: string; active: boolean }[];
}

export interface TableRef {
  readonly schema: string;
  readonly name: string;
  /** relkind: r table, v view, m materialized view, f foreign table, p partitioned table, S sequence. */
  readonly kind: string;
}

export interface PublicGrant extends TableRef {
  readonly privileges: readonly string[];
}

export interface GrantOptionHolder {
  readonly objectType: 'table' | 'schema' | 'function';
  readonly schema: string;
  readonly name: string;
  readonly grantee: string;
  readonly owner: string;
  readonly privileges: readonly string[];
}

export interface SecurityDefinerFunction {
  readonly schema: string;
  readonly name: string;
  readonly args: string;
  readonly owner: string;
  /** The `search_path` pinned with `SET search_path`, or null. */
  readonly searchPath: string | null;
  /** The extension the function belongs to, or null. */
  readonly extension: string | null;
}

export interface InstalledExtension {
  readonly name: string;
  readonly version: string;
  readonly defaultVersion: string | null;
}

/** Catalog facts of one database, each collected separately so one failure spoils only itself. */
export interface DatabaseFacts {
  readonly name: string;
  /** True when PUBLIC may CREATE in schema `public`; null when the schema does not exist. */
  readonly publicSchemaCreate: Fact<boolean | null>;
  readonly publicGrants: Fact<readonly PublicGrant[]>;
  readonly grantOptions: Fact<readonly GrantOptionHolder[]>;
  readonly securityDefiners: Fact<readonly SecurityDefinerFunction[]>;
  readonly languages: Fact<readonly { name: string; trusted: boolean }[]>;
  readonly extensions: Fact<readonly InstalledExtension[]>;
  readonly rowLevelSecurity: Fact<{ enabled: readonly string[]; forced: readonly string[] }>;
  readonly publications: Fact<readonly string[]>;
}

export interface ServerInfo {
  readonly versionNum: number;
  readonly version: string;
  readonly currentUser: string;
  readonly isSuperuser: boolean;
  /** Superuser or member of pg_read_all_settings: every pg_settings row is visible. */
  readonly canReadAllSettings: boolean;
  readonly host: string;
  readonly port: number;
  readonly database: string;
}

export interface PgFacts {
  readonly server: ServerInfo;
  readonly settings: Fact<Readonly<Record<string, PgSetting>>>;
  /** `current_setting('pgaudit.log', true)`: answers even when the library is not loaded. */
  readonly pgauditPlaceholder: Fact<string | null>;
  readonly hba: Fact<readonly HbaRule[]>;
  readonly roles: Fact<readonly PgRole[]>;
  readonly memberships: Fact<readonly PgMembership[]>;
  /** Keyed by role name. */
  readonly passwords: Fact<Readonly<Record<string, PasswordKind>>>;
  readonly roleSettings: Fact<readonly RoleSetting[]>;
  readonly archiver: Fact<ArchiverStats>;
  readonly replication: Fact<ReplicationInfo>;
  /** The databases listed in pg_database (connectable, not templates), each with its own facts. */
  readonly databases: Fact<readonly DatabaseFacts[]>;
  readonly tls: Fact<TlsProbeResult>;
  readonly releases: ReleaseTable;
}
