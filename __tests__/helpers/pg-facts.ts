import { available, unavailable, type Fact } from '../../src/core/facts.js';
import type { DatabaseFacts, HbaRule, PgFacts, PgRole, PgSetting } from '../../src/engines/postgres/facts.js';
import { POSTGRES_RELEASES } from '../../src/engines/postgres/releases.js';
import type { CertificateInfo } from '../../src/sqlwire/tls-probe.js';

/** Settings of a hardened server; tests override what they exercise. */
const HARDENED_SETTINGS: Record<string, [string, string | null]> = {
  listen_addresses: ['10.0.0.5', null],
  port: ['5433', null],
  ssl: ['on', null],
  ssl_min_protocol_version: ['TLSv1.2', null],
  ssl_ciphers: ['HIGH:!aNULL', null],
  password_encryption: ['scram-sha-256', null],
  shared_preload_libraries: ['pgaudit,passwordcheck', null],
  'pgaudit.log': ['ddl, write, role', null],
  'pgaudit.log_parameter': ['off', null],
  log_connections: ['on', null],
  log_disconnections: ['on', null],
  log_line_prefix: ['%m [%p] %q%u@%d from %h ', null],
  log_destination: ['stderr', null],
  log_statement: ['ddl', null],
  archive_mode: ['on', null],
  archive_command: ['pgbackrest --stanza=main archive-push %p', null],
  archive_library: ['', null],
  max_connections: ['100', null],
  shared_buffers: ['16384', '8kB'],
  work_mem: ['4096', 'kB'],
  superuser_reserved_connections: ['3', null]
};

export function settingsFrom(
  values: Record<string, string | [string, string | null] | undefined>
): Record<string, PgSetting> {
  const out: Record<string, PgSetting> = {};
  for (const [name, v] of Object.entries(values)) {
    if (v === undefined) continue;
    const [setting, unit] = Array.isArray(v) ? v : [v, null];
    out[name] = {
      name,
      setting,
      unit,
      source: 'configuration file',
      context: 'sighup',
      pendingRestart: false
    };
  }
  return out;
}

let nextOid = 20000;
export function role(name: string, attrs: Partial<PgRole> = {}): PgRole {
  return {
    oid: nextOid++,
    name,
    superuser: false,
    inherit: true,
    createRole: false,
    createDb: false,
    canLogin: true,
    replication: false,
    bypassRls: false,
    validUntil: null,
    ...attrs
  };
}

export function rule(line: number, text: string, extra: Partial<HbaRule> = {}): HbaRule {
  const [type, db, user, ...rest] = text.split(/\s+/);
  const isLocal = type === 'local';
  const address = isLocal ? null : rest[0];
  const method = isLocal ? rest[0] : rest[1];
  const options = isLocal ? rest.slice(1) : rest.slice(2);
  return {
    lineNumber: line,
    fileName: '/etc/postgresql/pg_hba.conf',
    type,
    databases: (db ?? '').split(','),
    users: (user ?? '').split(','),
    address,
    netmask: null,
    method,
    options,
    error: null,
    ...extra
  };
}

export function database(name: string, overrides: Partial<DatabaseFacts> = {}): DatabaseFacts {
  return {
    name,
    publicSchemaCreate: available(false),
    publicGrants: available([]),
    grantOptions: available([]),
    securityDefiners: available([]),
    languages: available([{ name: 'plpgsql', trusted: true }]),
    extensions: available([{ name: 'plpgsql', version: '1.0', defaultVersion: '1.0' }]),
    rowLevelSecurity: available({ enabled: [], forced: [] }),
    publications: available([]),
    ...overrides
  };
}

export function certificate(
  subject: string,
  validTo: string,
  extra: Partial<CertificateInfo> = {}
): CertificateInfo {
  return {
    subject,
    issuer: 'CN=Example Root CA',
    validFrom: '2026-01-01T00:00:00.000Z',
    validTo,
    selfSigned: false,
    keyType: 'ec',
    curve: 'prime256v1',
    keyBits: 256,
    fingerprint256: 'AA:BB',
    source: 'served',
    ...extra
  };
}

export const POSTGRES = role('postgres', {
  superuser: true,
  createRole: true,
  createDb: true,
  replication: true,
  bypassRls: true
});

/**
 * PgFacts of a hardened PostgreSQL 17.10 server. `settings` entries override (undefined removes).
 */
export function pgFacts(
  overrides: Omit<Partial<PgFacts>, 'settings'> & {
    settings?: Record<string, string | [string, string | null] | undefined>;
    /** Replaces the whole settings fact (e.g. unreadable). */
    settingsFact?: PgFacts['settings'];
  } = {}
): PgFacts {
  const { settings: settingOverrides, settingsFact, ...rest } = overrides;
  const appUser = role('app_user');
  return {
    server: {
      versionNum: 170010,
      version: 'PostgreSQL 17.10 on x86_64-pc-linux-gnu',
      currentUser: 'auditor',
      isSuperuser: true,
      canReadAllSettings: true,
      host: '10.0.0.5',
      port: 5433,
      database: 'postgres'
    },
    settings: settingsFact ?? available(settingsFrom({ ...HARDENED_SETTINGS, ...(settingOverrides ?? {}) })),
    pgauditPlaceholder: available('ddl, write, role'),
    hba: available([
      rule(1, 'local all postgres peer'),
      rule(2, 'hostssl app app_user 10.0.0.0/24 scram-sha-256'),
      rule(3, 'host all all 0.0.0.0/0 reject')
    ]),
    roles: available([POSTGRES, appUser]),
    memberships: available([]),
    passwords: available({ postgres: 'none', app_user: 'scram-sha-256' }),
    roleSettings: available([]),
    archiver: available({
      archivedCount: 10,
      failedCount: 0,
      lastArchivedTime: '2026-11-24T11:00:00Z',
      lastFailedTime: null
    }),
    replication: available({ senders: [], slots: [] }),
    databases: available([database('app')]),
    tls: available({
      offered: true,
      protocol: 'TLSv1.3',
      cipher: 'TLS_AES_256_GCM_SHA384',
      group: 'X25519',
      chain: [certificate('CN=db.example.com', '2027-11-24T00:00:00.000Z')],
      postQuantumHybrid: 'untested',
      postQuantumNote: 'this Node.js (OpenSSL 3.0.19) cannot offer X25519MLKEM768'
    }),
    releases: POSTGRES_RELEASES,
    ...rest
  };
}

export const denied = <T>(what: string, fix?: string): Fact<T> =>
  unavailable<T>(`${what} could not be read: permission denied.`, fix);
