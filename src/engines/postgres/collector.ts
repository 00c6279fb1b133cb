import { available, faulted, missingFacts, unavailable, type Fact } from '../../core/facts.js';
import { msg, type Text } from '../../core/text.js';
import type { CollectEnv, Collected, TargetInfo } from '../../core/engine.js';
import { TargetError, UsageError } from '../../core/errors.js';
import type { Redactor } from '../../core/redact.js';
import { probePostgresTls, type TlsProbeResult } from '../../sqlwire/tls-probe.js';
import { parseEndpoint, type Endpoint } from '../../sqlwire/endpoint.js';
import { connectionFailure, describePgError, isPrivilegeError } from '../../sqlwire/errors.js';
import { detectSqlEngine, productFromVersion } from '../../sqlwire/detect.js';
import { ReadOnlySession } from './connection.js';
import { mapBounded } from '../../core/bounded.js';
import { releaseTableNote } from '../../judgements/release-table.js';
import { CLUSTER_QUERIES, DATABASE_QUERIES } from './queries.js';
import { POSTGRES_RELEASES, RELEASE_TABLE_STALE_DAYS } from './releases.js';
import type {
  DatabaseFacts,
  HbaRule,
  PasswordKind,
  PgFacts,
  PgMembership,
  PgRole,
  PgSetting,
  RoleSetting,
  ServerInfo
} from './facts.js';

/** Test seam: lets a test act between the database listing and a database's visit. */
export interface CollectorHooks {
  beforeDatabase?(name: string): Promise<void>;
}

type Row = Record<string, unknown>;

function mapFact<R, T>(fact: Fact<R[]>, fn: (rows: R[]) => T): Fact<T> {
  return fact.ok ? available(fn(fact.value)) : fact;
}

/** Options like ldapbindpasswd=... or radiussecrets=... must never leave the collector. */
const SECRET_HBA_OPTIONS = /^(ldapbindpasswd|radiussecrets|radiussecret)=/i;

function toHbaRule(row: Row): HbaRule {
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : v == null ? [] : [String(v)]);
  return {
    lineNumber: Number(row.line_number),
    fileName: (row.file_name as string | undefined) ?? null,
    type: (row.type as string | null) ?? null,
    databases: list(row.database),
    users: list(row.user_name),
    address: (row.address as string | null) ?? null,
    netmask: (row.netmask as string | null) ?? null,
    method: (row.auth_method as string | null) ?? null,
    options: list(row.options).map(o => (SECRET_HBA_OPTIONS.test(o) ? o.replace(/=.*$/, '=***') : o)),
    error: (row.error as string | null) ?? null
  };
}

function parseSettingList(entries: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entries) {
    const eq = e.indexOf('=');
    if (eq > 0) out[e.slice(0, eq).toLowerCase()] = e.slice(eq + 1);
  }
  return out;
}

type DatabaseFact = Exclude<keyof DatabaseFacts, 'name'>;
type DatabaseFactValue<K extends DatabaseFact> = DatabaseFacts[K] extends Fact<infer T> ? T : never;

/**
 * The reads of one database, in the order they are sent, each with what it is called in messages
 * (the database name is the target's text: msg quotes it, it is never spliced into markup), its
 * query and how its rows become the fact.
 */
const DATABASE_READS: {
  readonly [K in DatabaseFact]: {
    readonly what: (db: string) => Text;
    readonly sql: string;
    readonly map: (rows: Row[]) => DatabaseFactValue<K>;
  };
} = {
  publicSchemaCreate: {
    what: db => msg`Schema privileges of database "${db}"`,
    sql: DATABASE_QUERIES.publicSchema,
    map: rows => (rows[0]?.has_public ? Boolean(rows[0].public_create) : null)
  },
  publicGrants: {
    what: db => msg`Table privileges of database "${db}"`,
    sql: DATABASE_QUERIES.publicGrants,
    map: rows =>
      rows.map(r => ({
        schema: String(r.schema),
        name: String(r.name),
        kind: String(r.kind),
        privileges: r.privileges as string[]
      }))
  },
  grantOptions: {
    what: db => msg`Grant options in database "${db}"`,
    sql: DATABASE_QUERIES.grantOptions,
    map: rows =>
      rows.map(r => ({
        objectType: r.object_type as 'table' | 'schema' | 'function',
        schema: String(r.schema),
        name: String(r.name),
        grantee: String(r.grantee),
        owner: String(r.owner),
        privileges: r.privileges as string[]
      }))
  },
  securityDefiners: {
    what: db => msg`Functions of database "${db}"`,
    sql: DATABASE_QUERIES.securityDefiners,
    map: rows =>
      rows.map(r => ({
        schema: String(r.schema),
        name: String(r.name),
        args: String(r.args ?? ''),
        owner: String(r.owner),
        searchPath: (r.search_path as string | null) ?? null,
        extension: (r.extension as string | null) ?? null
      }))
  },
  languages: {
    what: db => msg`Languages of database "${db}"`,
    sql: DATABASE_QUERIES.languages,
    map: rows => rows.map(r => ({ name: String(r.lanname), trusted: Boolean(r.lanpltrusted) }))
  },
  extensions: {
    what: db => msg`Extensions of database "${db}"`,
    sql: DATABASE_QUERIES.extensions,
    map: rows =>
      rows.map(r => ({
        name: String(r.extname),
        version: String(r.extversion),
        defaultVersion: (r.default_version as string | null) ?? null
      }))
  },
  rowLevelSecurity: {
    what: db => msg`Row-level security of database "${db}"`,
    sql: DATABASE_QUERIES.rowLevelSecurity,
    map: rows => ({
      enabled: rows.filter(r => r.enabled).map(r => String(r.name)),
      forced: rows.filter(r => r.forced).map(r => String(r.name))
    })
  },
  publications: {
    what: db => msg`Publications of database "${db}"`,
    sql: DATABASE_QUERIES.publications,
    map: rows => rows.map(r => String(r.pubname))
  }
};

/** Collects the catalog facts of one database over its own read-only session, in one batch. */
async function collectDatabase(session: ReadOnlySession, name: string): Promise<DatabaseFacts> {
  const keys = Object.keys(DATABASE_READS) as DatabaseFact[];
  const answers = await session.readMany<Row>(
    keys.map(k => ({ what: DATABASE_READS[k].what(name), sql: DATABASE_READS[k].sql }))
  );
  const facts = Object.fromEntries(
    keys.map((k, i) => [k, mapFact(answers[i]!, DATABASE_READS[k].map as (rows: Row[]) => unknown)])
  ) as Omit<DatabaseFacts, 'name'>;
  return { name, ...facts };
}

/** Every fact of a database that could not be visited carries the same reason. */
function unreachableDatabase(name: string, f: Fact<never>): DatabaseFacts {
  return {
    name,
    publicSchemaCreate: f,
    publicGrants: f,
    grantOptions: f,
    securityDefiners: f,
    languages: f,
    extensions: f,
    rowLevelSecurity: f,
    publications: f
  };
}

function defaultName(ep: Endpoint): string {
  const base = ep.socket ? `local-${ep.database}` : `${ep.host}-${ep.database}`;
  return (
    base
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '')
      .slice(0, 63) || 'postgres'
  );
}

export interface CollectStats {
  connections: number;
  statements: number;
}

/**
 * The PostgreSQL collector: one read-only session on the URL's database for cluster-wide facts,
 * then every other connectable database visited with bounded concurrency and one connection each,
 * plus a TLS handshake on the server port. Every failure is recorded as an unavailable fact.
 */
export async function collectPostgres(
  env: CollectEnv,
  hooks: CollectorHooks = {}
): Promise<Collected<PgFacts> & { stats: CollectStats }> {
  const { options, progress, redactor } = env;
  if (!options.url) throw new UsageError('The postgres engine needs --url (or DB_POSTURE_URL).');
  const ep = parseEndpoint(options.url, redactor, options.urlSource ?? '--url');
  const sessionOpts = {
    connectTimeoutMs: options.connectTimeoutMs,
    statementTimeoutMs: options.statementTimeoutMs
  };
  const stats: CollectStats = { connections: 0, statements: 0 };

  progress.step(`connecting to ${ep.socket ? ep.host : `${ep.host}:${ep.port}`}/${ep.database}`);
  const tlsPromise = probeTls(ep, options.connectTimeoutMs, redactor);
  const main = await openMainSession(ep, sessionOpts, redactor, tlsPromise);
  stats.connections++;
  try {
    const server = await readServer(main, ep);
    progress.step('reading cluster settings, roles and pg_hba rules');
    const cluster = await readCluster(main, server);
    const databases: PgFacts['databases'] = !cluster.databaseList.ok
      ? cluster.databaseList
      : available(
          await visitDatabases(
            cluster.databaseList.value.map(r => String(r.datname)),
            { env, hooks, ep, sessionOpts, stats, main, server }
          )
        );
    progress.step('TLS handshake');
    const tls = await tlsPromise;

    const facts: PgFacts = {
      server,
      ...cluster.facts,
      replication: cluster.replication,
      databases,
      tls,
      releases: POSTGRES_RELEASES
    };
    return {
      target: describeTarget(ep, server, options.name ?? defaultName(ep), databases),
      facts,
      notes: releaseNotes(env.now),
      unavailable: listUnavailable(facts),
      stats
    };
  } finally {
    stats.statements += main.queries;
    await main.close();
  }
}

/** The audit's own TLS handshake on the server port, started beside the SQL session. */
function probeTls(ep: Endpoint, connectTimeoutMs: number, redactor: Redactor): Promise<Fact<TlsProbeResult>> {
  if (ep.socket)
    return Promise.resolve(
      unavailable(
        'The audit connected over a Unix socket, so there is no TLS endpoint to probe.',
        'Audit over TCP (host=...) to inspect the served certificate.'
      )
    );
  return probePostgresTls(ep.host, ep.port, connectTimeoutMs, ep.host).then(
    r => available(r),
    e =>
      unavailable(
        msg`The TLS handshake with the server port failed: ${redactor.scrub((e as Error).message)}.`
      )
  );
}

type SessionOptions = { readonly connectTimeoutMs: number; readonly statementTimeoutMs: number };

/**
 * The session on the endpoint's database. A server that answered but refused the PostgreSQL
 * session (its pins or its first query), or that reports a CockroachDB version, is named with the
 * engine to use instead of a puzzling SQL error.
 */
async function openMainSession(
  ep: Endpoint,
  sessionOpts: SessionOptions,
  redactor: Redactor,
  tlsPromise: Promise<unknown>
): Promise<ReadOnlySession> {
  let main: ReadOnlySession;
  try {
    main = await ReadOnlySession.open(ep, ep.database, sessionOpts, redactor);
  } catch (error) {
    await tlsPromise;
    if ((error as { code?: string }).code || error instanceof TargetError) {
      const detected = await detectSqlEngine(ep, sessionOpts, redactor).catch(() => undefined);
      if (detected?.engine === 'cockroachdb')
        throw new UsageError(
          `The server is CockroachDB (${detected.version}). Use --engine cockroachdb (or auto) for it.`
        );
    }
    if (error instanceof TargetError) throw error;
    throw connectionFailure(error, ep, sessionOpts.connectTimeoutMs, redactor, 'PostgreSQL');
  }
  if (productFromVersion(main.serverVersion) === 'cockroachdb') {
    await main.close();
    await tlsPromise;
    throw new UsageError(
      `The server is CockroachDB (${main.serverVersion}). Use --engine cockroachdb (or auto) for it.`
    );
  }
  return main;
}

/** Who and what the audit talks to; without the version no check can be judged (exit 3). */
async function readServer(main: ReadOnlySession, ep: Endpoint): Promise<ServerInfo> {
  const serverRows = await main.read<Row>(msg`The server version`, CLUSTER_QUERIES.server);
  if (!serverRows.ok) throw new TargetError(`Cannot audit ${ep.host}:${ep.port}: ${serverRows.reason.text}`);
  const s = serverRows.value[0];
  return {
    versionNum: Number(s.num),
    version: main.serverVersion,
    currentUser: String(s.usr),
    isSuperuser: Boolean(s.su),
    canReadAllSettings: Boolean(s.su) || Boolean(s.read_all),
    host: ep.host,
    port: ep.port,
    database: ep.database
  };
}

/** The value type of a fact of PgFacts. */
type FactValue<K extends keyof PgFacts> = PgFacts[K] extends Fact<infer T> ? T : never;
type MappedFact =
  | 'settings'
  | 'pgauditPlaceholder'
  | 'hba'
  | 'roles'
  | 'memberships'
  | 'passwords'
  | 'roleSettings'
  | 'archiver';

/** How the rows of each server-wide read become its fact (the reads themselves: clusterReads). */
const ROW_MAPPERS: { readonly [K in MappedFact]: (rows: Row[]) => FactValue<K> } = {
  settings: rows => {
    const out: Record<string, PgSetting> = {};
    for (const r of rows) {
      out[String(r.name)] = {
        name: String(r.name),
        setting: String(r.setting ?? ''),
        unit: (r.unit as string | null) ?? null,
        source: (r.source as string | null) ?? null,
        context: (r.context as string | null) ?? null,
        pendingRestart: Boolean(r.pending_restart)
      };
    }
    return out;
  },
  pgauditPlaceholder: rows => (rows[0]?.value == null || rows[0].value === '' ? null : String(rows[0].value)),
  hba: rows => rows.map(toHbaRule),
  roles: rows =>
    rows.map((r): PgRole => ({
      oid: Number(r.oid),
      name: String(r.rolname),
      superuser: Boolean(r.rolsuper),
      inherit: Boolean(r.rolinherit),
      createRole: Boolean(r.rolcreaterole),
      createDb: Boolean(r.rolcreatedb),
      canLogin: Boolean(r.rolcanlogin),
      replication: Boolean(r.rolreplication),
      bypassRls: Boolean(r.rolbypassrls),
      validUntil: (r.valid_until as string | null) ?? null
    })),
  memberships: rows =>
    rows.map((r): PgMembership => ({
      roleOid: Number(r.roleid),
      memberOid: Number(r.member),
      adminOption: Boolean(r.admin_option)
    })),
  passwords: rows => Object.fromEntries(rows.map(r => [String(r.rolname), r.kind as PasswordKind])),
  roleSettings: rows =>
    rows.map((r): RoleSetting => ({
      role: (r.rolname as string | null) ?? null,
      database: (r.datname as string | null) ?? null,
      settings: parseSettingList((r.cfg as string[]) ?? [])
    })),
  archiver: rows => ({
    archivedCount: Number(rows[0]?.archived ?? 0),
    failedCount: Number(rows[0]?.failed ?? 0),
    lastArchivedTime: (rows[0]?.last_archived as string | null) ?? null,
    lastFailedTime: (rows[0]?.last_failed as string | null) ?? null
  })
};

type ReadKey = MappedFact | 'senders' | 'slots' | 'databaseList';
interface ClusterRead {
  readonly what: Text;
  readonly sql: string;
  readonly fix?: (code: string | undefined) => string | Text | undefined;
  /** A catalog only a superuser may read: batched only for a superuser (for anyone else it would fail the batch and cost a per-fact retry). */
  readonly superuserOnly?: true;
}

/** The server-wide reads, in the order they are sent. */
function clusterReads(server: ServerInfo): Record<ReadKey, ClusterRead> {
  const c = CLUSTER_QUERIES;
  return {
    settings: { what: msg`pg_settings`, sql: c.settings },
    pgauditPlaceholder: { what: msg`The pgaudit.log placeholder`, sql: c.pgauditPlaceholder },
    roles: { what: msg`pg_roles`, sql: c.roles },
    memberships: { what: msg`pg_auth_members`, sql: c.memberships },
    roleSettings: { what: msg`pg_db_role_setting`, sql: c.roleSettings },
    archiver: { what: msg`pg_stat_archiver`, sql: c.archiver },
    senders: { what: msg`pg_stat_replication`, sql: c.senders },
    slots: { what: msg`pg_replication_slots`, sql: c.slots },
    databaseList: { what: msg`pg_database`, sql: c.databases },
    hba: {
      what: msg`pg_hba_file_rules`,
      sql: c.hba,
      superuserOnly: true,
      fix: code =>
        code === '42501'
          ? msg`Run the audit as a superuser, or GRANT SELECT ON pg_catalog.pg_hba_file_rules and EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO ${server.currentUser}.`
          : undefined
    },
    passwords: {
      what: msg`pg_authid`,
      sql: c.passwords,
      superuserOnly: true,
      fix: code =>
        code === '42501'
          ? 'Run the audit as a superuser: pg_authid (stored password hashes) is readable only by superusers.'
          : undefined
    }
  };
}

/** Server-wide facts in one round trip (the superuser-only catalogs one by one for anyone else). */
async function readCluster(
  main: ReadOnlySession,
  server: ServerInfo
): Promise<{
  facts: Pick<PgFacts, MappedFact>;
  replication: PgFacts['replication'];
  databaseList: Fact<Row[]>;
}> {
  const reads = Object.entries(clusterReads(server)) as [ReadKey, ClusterRead][];
  const batched = reads.filter(([, r]) => server.isSuperuser || !r.superuserOnly);
  const rows = new Map<ReadKey, Fact<Row[]>>();
  const answers = await main.readMany<Row>(batched.map(([, r]) => r));
  batched.forEach(([key], i) => rows.set(key, answers[i]!));
  for (const [key, r] of reads) if (!rows.has(key)) rows.set(key, await main.read<Row>(r.what, r.sql, r.fix));
  const facts = Object.fromEntries(
    (Object.keys(ROW_MAPPERS) as MappedFact[]).map(k => [
      k,
      mapFact(rows.get(k)!, ROW_MAPPERS[k] as (rows: Row[]) => unknown)
    ])
  ) as Pick<PgFacts, MappedFact>;
  return {
    facts,
    replication: replicationFact(rows.get('senders')!, rows.get('slots')!),
    databaseList: rows.get('databaseList')!
  };
}

function replicationFact(senders: Fact<Row[]>, slots: Fact<Row[]>): PgFacts['replication'] {
  if (!senders.ok) return senders;
  if (!slots.ok) return slots;
  return available({
    senders: senders.value.map(r => ({
      applicationName: String(r.application_name ?? ''),
      clientAddr: (r.client_addr as string | null) ?? null,
      state: (r.state as string | null) ?? null
    })),
    slots: slots.value.map(r => ({
      name: String(r.slot_name),
      type: String(r.slot_type),
      active: Boolean(r.active)
    }))
  });
}

interface VisitContext {
  readonly env: CollectEnv;
  readonly hooks: CollectorHooks;
  readonly ep: Endpoint;
  readonly sessionOpts: SessionOptions;
  readonly stats: CollectStats;
  readonly main: ReadOnlySession;
  readonly server: ServerInfo;
}

/** Every database over its own session (the endpoint's over the main one), a bounded number at once. */
async function visitDatabases(names: readonly string[], v: VisitContext): Promise<DatabaseFacts[]> {
  const { progress, options } = v.env;
  let done = 0;
  progress.count('databases', 0, names.length);
  return mapBounded(names, options.concurrency, async name => {
    const result = await visitDatabase(name, v);
    progress.count('databases', ++done, names.length);
    return result;
  });
}

async function visitDatabase(name: string, v: VisitContext): Promise<DatabaseFacts> {
  const { ep, sessionOpts, stats, main, server } = v;
  const { redactor } = v.env;
  await v.hooks.beforeDatabase?.(name);
  if (name === ep.database) return collectDatabase(main, name);
  let session: ReadOnlySession;
  try {
    session = await ReadOnlySession.open(ep, name, sessionOpts, redactor);
    stats.connections++;
  } catch (error) {
    const { code, text } = describePgError(error, redactor);
    if (code === '3D000')
      return unreachableDatabase(name, unavailable(msg`Database ${name} was dropped during the audit.`));
    if (isPrivilegeError(code)) {
      return unreachableDatabase(
        name,
        unavailable(
          msg`The login may not connect to database ${name} (${text}).`,
          msg`GRANT CONNECT ON DATABASE ${quoteIdent(name)} TO ${quoteIdent(server.currentUser)};`
        )
      );
    }
    // Anything else (a pin the server refused, a dropped connection, a timeout) is a fault.
    const why = error instanceof TargetError ? error.message : text;
    return unreachableDatabase(name, faulted(msg`Database ${name} could not be visited: ${why}`));
  }
  try {
    return await collectDatabase(session, name);
  } finally {
    stats.statements += session.queries;
    await session.close();
  }
}

function describeTarget(
  ep: Endpoint,
  server: ServerInfo,
  name: string,
  databases: PgFacts['databases']
): TargetInfo {
  const version = server.version.match(/^PostgreSQL (\S+)/)?.[1] ?? String(server.versionNum);
  const details: [string, string][] = [
    ['Server', ep.socket ? `${ep.host} (Unix socket), port ${ep.port}` : `${ep.host}:${ep.port}`],
    ['PostgreSQL Version', version],
    ['Audit Login', `${server.currentUser}${server.isSuperuser ? ' (superuser)' : ''}`],
    ['Databases Audited', databases.ok ? String(databases.value.length) : 'unknown']
  ];
  return { engine: 'postgres', deployment: 'self-hosted', name, version, details };
}

function releaseNotes(now: Date) {
  return [releaseTableNote('PostgreSQL', POSTGRES_RELEASES.asOf, now, RELEASE_TABLE_STALE_DAYS)];
}

/** A SQL identifier, double-quoted, for fix text a person pastes into psql. */
function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function listUnavailable(facts: PgFacts) {
  const out: { fact: string; reason: Text; fault?: true }[] = [];
  const top: [string, Fact<unknown>][] = [
    ['settings', facts.settings],
    ['hba', facts.hba],
    ['roles', facts.roles],
    ['memberships', facts.memberships],
    ['passwords', facts.passwords],
    ['roleSettings', facts.roleSettings],
    ['archiver', facts.archiver],
    ['replication', facts.replication],
    ['databases', facts.databases],
    ['tls', facts.tls]
  ];
  out.push(...missingFacts(top));
  if (facts.databases.ok) {
    for (const db of facts.databases.value) {
      const seen = new Set<string>();
      for (const [key, f] of Object.entries(db)) {
        if (key === 'name' || (f as Fact<unknown>).ok) continue;
        const miss = f as Extract<Fact<unknown>, { ok: false }>;
        // A database that could not be visited fails every fact with one reason: list it once.
        if (seen.has(miss.reason.text)) continue;
        seen.add(miss.reason.text);
        out.push({
          fact: `${db.name}.${key}`,
          reason: miss.reason,
          ...(miss.fault ? { fault: true as const } : {})
        });
      }
    }
  }
  return out;
}
