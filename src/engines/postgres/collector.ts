import { available, faulted, missingFacts, unavailable, type Fact } from '../../core/facts.js';
import { msg, type Text } from '../../core/text.js';
import type { CollectEnv, Collected, TargetInfo } from '../../core/engine.js';
import { TargetError, UsageError } from '../../core/errors.js';
import { probePostgresTls, type TlsProbeResult } from '../../sqlwire/tls-probe.js';
import { parseEndpoint, type Endpoint } from '../../sqlwire/endpoint.js';
import { connectionFailure, describePgError, isPrivilegeError } from '../../sqlwire/errors.js';
import { detectSqlEngine, productFromVersion } from '../../sqlwire/detect.js';
import { ReadOnlySession, type FactRead } from './connection.js';
import type { PinnedHandoff } from '../../sqlwire/session.js';
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

/** The catalog reads of one database, all sent in one message with the session's opening. */
function databaseReads(name: string): FactRead[] {
  const q = DATABASE_QUERIES;
  // The database name is the target's text: it is quoted by msg, never spliced into markup.
  return [
    { what: msg`Schema privileges of database "${name}"`, sql: q.publicSchema },
    { what: msg`Table privileges of database "${name}"`, sql: q.publicGrants },
    { what: msg`Grant options in database "${name}"`, sql: q.grantOptions },
    { what: msg`Functions of database "${name}"`, sql: q.securityDefiners },
    { what: msg`Languages of database "${name}"`, sql: q.languages },
    { what: msg`Extensions of database "${name}"`, sql: q.extensions },
    { what: msg`Row-level security of database "${name}"`, sql: q.rowLevelSecurity },
    { what: msg`Publications of database "${name}"`, sql: q.publications }
  ];
}

/** The facts of one database from the answers to its reads (in databaseReads order). */
function databaseFacts(name: string, answers: readonly Fact<Row[]>[]): DatabaseFacts {
  const [publicSchema, publicGrants, grantOptions, secdef, languages, extensions, rls, publications] =
    answers;
  return {
    name,
    publicSchemaCreate: mapFact(publicSchema, rows =>
      rows[0]?.has_public ? Boolean(rows[0].public_create) : null
    ),
    publicGrants: mapFact(publicGrants, rows =>
      rows.map(r => ({
        schema: String(r.schema),
        name: String(r.name),
        kind: String(r.kind),
        privileges: r.privileges as string[]
      }))
    ),
    grantOptions: mapFact(grantOptions, rows =>
      rows.map(r => ({
        objectType: r.object_type as 'table' | 'schema' | 'function',
        schema: String(r.schema),
        name: String(r.name),
        grantee: String(r.grantee),
        owner: String(r.owner),
        privileges: r.privileges as string[]
      }))
    ),
    securityDefiners: mapFact(secdef, rows =>
      rows.map(r => ({
        schema: String(r.schema),
        name: String(r.name),
        args: String(r.args ?? ''),
        owner: String(r.owner),
        searchPath: (r.search_path as string | null) ?? null,
        extension: (r.extension as string | null) ?? null
      }))
    ),
    languages: mapFact(languages, rows =>
      rows.map(r => ({ name: String(r.lanname), trusted: Boolean(r.lanpltrusted) }))
    ),
    extensions: mapFact(extensions, rows =>
      rows.map(r => ({
        name: String(r.extname),
        version: String(r.extversion),
        defaultVersion: (r.default_version as string | null) ?? null
      }))
    ),
    rowLevelSecurity: mapFact(rls, rows => ({
      enabled: rows.filter(r => r.enabled).map(r => String(r.name)),
      forced: rows.filter(r => r.forced).map(r => String(r.name))
    })),
    publications: mapFact(publications, rows => rows.map(r => String(r.pubname)))
  };
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
  hooks: CollectorHooks = {},
  handoff?: PinnedHandoff
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
  const tlsPromise: Promise<Fact<TlsProbeResult>> = ep.socket
    ? Promise.resolve(
        unavailable(
          'The audit connected over a Unix socket, so there is no TLS endpoint to probe.',
          'Audit over TCP (host=...) to inspect the served certificate.'
        )
      )
    : probePostgresTls(ep.host, ep.port, options.connectTimeoutMs, ep.host).then(
        r => available(r),
        e =>
          unavailable(
            msg`The TLS handshake with the server port failed: ${redactor.scrub((e as Error).message)}.`
          )
      );

  const c = CLUSTER_QUERIES;
  // The first message of the main session carries the server-wide facts and the URL database's own
  // catalog reads with the session check: one round trip after the startup exchange.
  const clusterReads: FactRead[] = [
    { what: msg`The server version`, sql: c.server },
    { what: msg`pg_settings`, sql: c.settings },
    { what: msg`The pgaudit.log placeholder`, sql: c.pgauditPlaceholder },
    { what: msg`pg_roles`, sql: c.roles },
    { what: msg`pg_auth_members`, sql: c.memberships },
    { what: msg`pg_db_role_setting`, sql: c.roleSettings },
    { what: msg`pg_stat_archiver`, sql: c.archiver },
    { what: msg`pg_stat_replication`, sql: c.senders },
    { what: msg`pg_replication_slots`, sql: c.slots },
    { what: msg`pg_database`, sql: c.databases }
  ];
  const firstReads = [...clusterReads, ...databaseReads(ep.database)];
  let main: ReadOnlySession;
  let first: Fact<Row[]>[] | undefined;
  try {
    [main, first] = await ReadOnlySession.openWith<Row>(
      ep,
      ep.database,
      sessionOpts,
      redactor,
      firstReads,
      handoff
    );
    stats.connections++;
  } catch (error) {
    await tlsPromise;
    // A server that answered but refused the PostgreSQL session (its pins or its first query) may
    // be CockroachDB given --engine postgres: say what to use instead of a puzzling SQL error.
    if ((error as { code?: string }).code || error instanceof TargetError) {
      const detected = await detectSqlEngine(ep, sessionOpts, redactor).catch(() => undefined);
      if (detected?.engine === 'cockroachdb')
        throw new UsageError(
          `The server is CockroachDB (${detected.version}). Use --engine cockroachdb (or auto) for it.`
        );
    }
    if (error instanceof TargetError) throw error;
    throw connectionFailure(error, ep, options.connectTimeoutMs, redactor, 'PostgreSQL');
  }

  const closing: Promise<void>[] = [];
  try {
    if (productFromVersion(main.serverVersion) === 'cockroachdb') {
      throw new UsageError(
        `The server is CockroachDB (${main.serverVersion}). Use --engine cockroachdb (or auto) for it.`
      );
    }
    // The batch failed (a fact the login may not read, a pin): the facts one by one.
    first ??= await main.readMany<Row>(firstReads);
    const [
      serverRows,
      settingsRows,
      placeholderRows,
      rolesRows,
      membershipRows,
      roleSettingRows,
      archiverRows,
      senders,
      slots,
      dbList
    ] = first;
    const mainDatabase = databaseFacts(ep.database, first.slice(clusterReads.length));
    // Without the version no check can be judged: the audit cannot go on (exit 3, not a defect).
    if (!serverRows.ok)
      throw new TargetError(`Cannot audit ${ep.host}:${ep.port}: ${serverRows.reason.text}`);
    const s = serverRows.value[0];
    const version = main.serverVersion;
    const server: ServerInfo = {
      versionNum: Number(s.num),
      version,
      currentUser: String(s.usr),
      isSuperuser: Boolean(s.su),
      canReadAllSettings: Boolean(s.su) || Boolean(s.read_all),
      host: ep.host,
      port: ep.port,
      database: ep.database
    };

    progress.step('reading cluster settings, roles and pg_hba rules');
    const hbaFix = (code: string | undefined) =>
      code === '42501'
        ? msg`Run the audit as a superuser, or GRANT SELECT ON pg_catalog.pg_hba_file_rules and EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO ${server.currentUser}.`
        : undefined;
    const authidFix = (code: string | undefined) =>
      code === '42501'
        ? 'Run the audit as a superuser: pg_authid (stored password hashes) is readable only by superusers.'
        : undefined;
    // The two catalogs only a superuser may read, in one round trip for a superuser; for anyone
    // else one read each (a batch would fail and cost a per-fact retry). They run on the main
    // session while the other databases are visited.
    const privileged = [
      { what: msg`pg_hba_file_rules`, sql: c.hba, fix: hbaFix },
      { what: msg`pg_authid`, sql: c.passwords, fix: authidFix }
    ];
    const privilegedPromise: Promise<Fact<Row[]>[]> = server.isSuperuser
      ? main.readMany<Row>(privileged)
      : (async () => [
          await main.read<Row>(privileged[0].what, privileged[0].sql, hbaFix),
          await main.read<Row>(privileged[1].what, privileged[1].sql, authidFix)
        ])();
    // Settled before anything can throw past it, so no rejection is left unobserved.
    privilegedPromise.catch(() => undefined);
    const settings = mapFact(settingsRows, rows => {
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
    });
    const placeholder = mapFact(placeholderRows, rows =>
      rows[0]?.value == null || rows[0].value === '' ? null : String(rows[0].value)
    );
    const roles = mapFact(rolesRows, rows =>
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
      }))
    );
    const memberships = mapFact(membershipRows, rows =>
      rows.map((r): PgMembership => ({
        roleOid: Number(r.roleid),
        memberOid: Number(r.member),
        adminOption: Boolean(r.admin_option)
      }))
    );
    const roleSettings = mapFact(roleSettingRows, rows =>
      rows.map((r): RoleSetting => ({
        role: (r.rolname as string | null) ?? null,
        database: (r.datname as string | null) ?? null,
        settings: parseSettingList((r.cfg as string[]) ?? [])
      }))
    );
    const archiver = mapFact(archiverRows, rows => ({
      archivedCount: Number(rows[0]?.archived ?? 0),
      failedCount: Number(rows[0]?.failed ?? 0),
      lastArchivedTime: (rows[0]?.last_archived as string | null) ?? null,
      lastFailedTime: (rows[0]?.last_failed as string | null) ?? null
    }));
    const replication: PgFacts['replication'] = !senders.ok
      ? senders
      : !slots.ok
        ? slots
        : available({
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

    let databases: PgFacts['databases'];
    if (!dbList.ok) {
      databases = dbList;
    } else {
      const names = dbList.value.map(r => String(r.datname));
      let done = 0;
      progress.count('databases', 0, names.length);
      const visit = async (name: string): Promise<DatabaseFacts> => {
        await hooks.beforeDatabase?.(name);
        if (name === ep.database) return mainDatabase;
        let session: ReadOnlySession;
        let answers: Fact<Row[]>[] | undefined;
        const reads = databaseReads(name);
        try {
          [session, answers] = await ReadOnlySession.openWith<Row>(ep, name, sessionOpts, redactor, reads);
          stats.connections++;
        } catch (error) {
          const { code, text } = describePgError(error, redactor);
          if (code === '3D000')
            return unreachableDatabase(
              name,
              unavailable(msg`Database ${name} was dropped during the audit.`)
            );
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
          return databaseFacts(name, answers ?? (await session.readMany<Row>(reads)));
        } finally {
          stats.statements += session.queries;
          // Not awaited: the socket closes while this worker opens the next database.
          closing.push(session.close());
        }
      };
      const visited = await mapBounded(names, options.concurrency, async name => {
        const result = await visit(name);
        progress.count('databases', ++done, names.length);
        return result;
      });
      databases = available(visited);
    }
    const [hbaRows, passwordRows] = await privilegedPromise;
    const hba = mapFact(hbaRows, rows => rows.map(toHbaRule));
    const passwords = mapFact(passwordRows, rows =>
      Object.fromEntries(rows.map(r => [String(r.rolname), r.kind as PasswordKind]))
    );
    progress.step('TLS handshake');
    const tls = await tlsPromise;

    const facts: PgFacts = {
      server,
      settings,
      pgauditPlaceholder: placeholder,
      hba,
      roles,
      memberships,
      passwords,
      roleSettings,
      archiver,
      replication,
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
    await Promise.all([main.close(), ...closing]);
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
