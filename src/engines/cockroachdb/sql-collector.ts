import { readdir, readFile } from 'node:fs/promises';
import { X509Certificate } from 'node:crypto';
import path from 'node:path';
import type { CollectEnv } from '../../core/engine.js';
import { available, mapFact, unavailable, type Fact } from '../../core/facts.js';
import { msg } from '../../core/text.js';
import { probePostgresTls } from '../../sqlwire/tls-probe.js';
import type { Endpoint } from '../../sqlwire/endpoint.js';
import { type CrdbSession, type CrdbSessionPool } from './session.js';
import { mapBounded } from '../../core/bounded.js';
import { decodeLicense } from './license.js';
import {
  CRDB_SETTINGS,
  type CertificateFile,
  type CrdbFacts,
  type CrdbGrant,
  type CrdbSchedule,
  type CrdbStore,
  type CrdbSystemGrant,
  type CrdbUser
} from './facts.js';

type Row = Record<string, unknown>;
export type SqlFacts = Pick<
  CrdbFacts,
  | 'version'
  | 'settings'
  | 'users'
  | 'publicGrants'
  | 'systemGrants'
  | 'schedules'
  | 'nodeArgs'
  | 'stores'
  | 'tls'
  | 'license'
  | 'auditedTables'
  | 'certFiles'
> & { readonly clusterId?: string; readonly statements: number };

/** The current text and the older one ("unimplemented: operation is unsupported in multi-tenancy mode"). */
export const VIRTUAL_CLUSTER = /unsupported within a virtual cluster|unsupported in multi-tenancy mode/i;

/** The fix for a failed read, by what was read and the SQLSTATE. */
function fixFor(kind: 'setting' | 'metadata' | 'users' | 'schedules', user: string) {
  return (code: string | undefined, text: string): string | undefined => {
    if (VIRTUAL_CLUSTER.test(text))
      return 'not available inside a virtual cluster (CockroachDB Cloud Basic/Standard); nothing to grant.';
    if (code !== '42501') return undefined;
    if (kind === 'setting') return `GRANT SYSTEM VIEWCLUSTERSETTING TO ${user};`;
    if (kind === 'metadata') return `GRANT SYSTEM VIEWCLUSTERMETADATA TO ${user};`;
    if (kind === 'users')
      return `GRANT SYSTEM VIEWSYSTEMTABLE TO ${user}; (SELECT on system.users and system.role_members)`;
    // SHOW SCHEDULES reads system.scheduled_jobs unfiltered: admin or VIEWSYSTEMTABLE, nothing less.
    return `GRANT SYSTEM VIEWSYSTEMTABLE TO ${user};`;
  };
}

function settingText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    // INTERVAL values arrive as postgres-interval objects: render CockroachDB's H:MM:SS text.
    const i = v as Record<string, number | undefined> & { toPostgres?: () => string };
    if (typeof i.toPostgres === 'function') {
      const secs =
        (((i.years ?? 0) * 12 + (i.months ?? 0)) * 30 + (i.days ?? 0)) * 86400 +
        (i.hours ?? 0) * 3600 +
        (i.minutes ?? 0) * 60 +
        (i.seconds ?? 0) +
        (i.milliseconds ?? 0) / 1000;
      const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');
      return `${Math.floor(secs / 3600)}:${pad((secs % 3600) / 60)}:${pad(secs % 60)}`;
    }
    return JSON.stringify(v);
  }
  return String(v);
}

/** Removes credentials from the query string of every URI inside a backup statement. */
export function scrubBackupStatement(
  statement: string,
  redactor: { add(s: string | undefined): void }
): string {
  return statement.replace(
    /('[a-z][a-z0-9+.-]*:\/\/[^'?]*)\?([^']*)'/gi,
    (_m, base: string, query: string) => {
      for (const pair of query.split('&')) redactor.add(pair.split('=').slice(1).join('=') || undefined);
      return `${base}?<credentials removed>'`;
    }
  );
}

function arrayOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') {
    // STRING[] arriving as text, or the pre-v25.3 options string "CREATEROLE, NOLOGIN".
    const inner = v.replace(/^\{|\}$/g, '');
    return inner === ''
      ? []
      : inner.split(v.startsWith('{') ? ',' : ', ').map(s => s.replace(/^"|"$/g, '').trim());
  }
  return [];
}

export async function readCertsDir(dir: string): Promise<Fact<readonly CertificateFile[]>> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter(f => /\.(crt|pem)$/i.test(f) && !/\.key$/i.test(f)).sort();
  } catch (error) {
    return unavailable(
      msg`The certs directory ${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`
    );
  }
  const out: CertificateFile[] = [];
  for (const f of files) {
    try {
      const cert = new X509Certificate(await readFile(path.join(dir, f)));
      out.push({
        file: f,
        subject: cert.subject.replace(/\n/g, ', '),
        notAfter: new Date(cert.validTo).toISOString()
      });
    } catch {
      // A key or a non-certificate file with a .pem name: not a certificate to judge.
    }
  }
  return available(out);
}

/** A setting that replaced an older name: read the new one, fall back to the old on older releases. */
const RENAMED: Record<string, string> = {
  'server.jwt_authentication.issuers.configuration': 'server.jwt_authentication.issuers',
  'server.web_session.timeout': 'server.web_session_timeout'
};

const UNKNOWN_SETTING = /unknown (cluster )?setting/i;

/**
 * Every SQL fact, each read on its own so that one refusal spoils only the checks that need it.
 * Reads overlap over up to --concurrency pinned sessions; a per-database read holds its session
 * for the SET database and the SHOW GRANTS that follows.
 */
export async function collectSqlFacts(
  pool: CrdbSessionPool,
  ep: Endpoint,
  env: CollectEnv
): Promise<SqlFacts> {
  const { options, progress, redactor } = env;
  const user = ep.user;
  const tlsPromise: Promise<Fact<Awaited<ReturnType<typeof probePostgresTls>>>> = ep.socket
    ? Promise.resolve(unavailable('The connection uses a Unix socket; there is no TLS port to probe.'))
    : probePostgresTls(ep.host, ep.port, options.connectTimeoutMs, ep.host).then(
        r => available(r),
        e =>
          unavailable(
            msg`The TLS handshake with the SQL port failed: ${redactor.scrub((e as Error).message)}.`
          )
      );
  const read = <R>(what: string, sql: string, fix?: Parameters<CrdbSession['read']>[2]) =>
    pool.with(s => s.read<R>(what, sql, fix));

  progress.step('reading version and cluster settings');
  // Schema-qualified: a function the audited party creates cannot answer in place of the builtin.
  const v = await read<Row>('The server version', 'SELECT pg_catalog.version() AS version');
  const version: CrdbFacts['version'] = mapFact(v, rows => {
    const full = String(rows[0]?.version ?? '');
    return { full, tag: /v\d+\.\d+\.\d+\S*/.exec(full)?.[0] ?? '' };
  });

  const readSetting = async (name: string): Promise<Fact<string>> => {
    let shown = name;
    let r = await read<Row>(
      `Cluster setting ${name}`,
      `SHOW CLUSTER SETTING ${name}`,
      fixFor('setting', user)
    );
    if (!r.ok && UNKNOWN_SETTING.test(r.reason.text) && RENAMED[name]) {
      shown = RENAMED[name];
      r = await read<Row>(
        `Cluster setting ${shown}`,
        `SHOW CLUSTER SETTING ${shown}`,
        fixFor('setting', user)
      );
    }
    if (!r.ok) {
      return UNKNOWN_SETTING.test(r.reason.text)
        ? unavailable(
            msg`The cluster setting ${name} is unknown to this CockroachDB version or deployment (SQLSTATE XXUUU).`
          )
        : r;
    }
    // The column is named after the setting (or its canonical name for an alias): read the first.
    const row = r.value[0] ?? {};
    const value = settingText(Object.values(row)[0]);
    if (value === '<redacted>') {
      return unavailable(
        msg`The cluster setting ${shown} reads <redacted>: server.redact_sensitive_settings.enabled hides it from users without MODIFYCLUSTERSETTING.`,
        `GRANT SYSTEM MODIFYCLUSTERSETTING TO ${user}; (or attest the check in the baseline file)`
      );
    }
    return available(value);
  };

  const [idRow, settingFacts] = await Promise.all([
    read<Row>('The cluster id', 'SELECT crdb_internal.cluster_id() AS id'),
    mapBounded(CRDB_SETTINGS, options.concurrency, readSetting)
  ]);
  const clusterId = idRow.ok && idRow.value[0]?.id ? String(idRow.value[0].id) : undefined;
  const settings: Record<string, Fact<string>> = {};
  let license: CrdbFacts['license'] = unavailable('enterprise.license was not read.');
  CRDB_SETTINGS.forEach((name, i) => {
    const f = settingFacts[i];
    if (name === 'enterprise.license') {
      // The key itself is a secret: decode it here and keep only what the checks need.
      if (f.ok) {
        redactor.add(f.value || undefined);
        license = available(decodeLicense(f.value));
        settings[name] = available(f.value ? 'installed' : '');
      } else {
        license = f;
        settings[name] = f;
      }
      return;
    }
    if (name === 'server.host_based_authentication.configuration' && f.ok) {
      for (const m of f.value.matchAll(/ldapbindpasswd=("[^"]*"|\S+)/gi))
        redactor.add(m[1].replace(/^"|"$/g, ''));
    }
    settings[name] = f;
  });

  progress.step('reading users, grants, schedules and nodes');
  const usersP = read<Row>('Users and roles (SHOW USERS)', 'SHOW USERS', fixFor('users', user));
  const systemGrantsP = read<Row>('System privileges (SHOW SYSTEM GRANTS)', 'SHOW SYSTEM GRANTS');
  const schedulesP = readSchedules(pool, user, redactor, options.concurrency);
  const nodeArgsP = read<Row>(
    'Node command lines (crdb_internal.kv_node_status)',
    'SELECT node_id, args FROM crdb_internal.kv_node_status',
    fixFor('metadata', user)
  );
  const storesP = read<Row>(
    'Store properties (crdb_internal.kv_store_status)',
    'SELECT node_id, store_id, properties FROM crdb_internal.kv_store_status',
    fixFor('metadata', user)
  );
  const tablesP = read<Row>(
    'Table audit modes (crdb_internal.tables)',
    "SELECT database_name, schema_name, name, audit_mode FROM crdb_internal.tables WHERE audit_mode <> 'DISABLED'"
  );
  const grantsP = readPublicGrants(pool, progress, options.concurrency);

  const [u, sg, schedules, na, st, tb, publicGrants] = await Promise.all([
    usersP,
    systemGrantsP,
    schedulesP,
    nodeArgsP,
    storesP,
    tablesP,
    grantsP
  ]);
  const users: CrdbFacts['users'] = mapFact(
    u,
    rows =>
      rows.map(r => ({
        username: String(r.username),
        options: arrayOf(r.options),
        memberOf: arrayOf(r.member_of),
        ...('estimated_last_login_time' in r
          ? {
              lastLogin: r.estimated_last_login_time
                ? new Date(r.estimated_last_login_time as string).toISOString()
                : null
            }
          : {})
      })) as CrdbUser[]
  );
  const systemGrants: CrdbFacts['systemGrants'] = mapFact(
    sg,
    rows =>
      rows.map(r => ({
        grantee: String(r.grantee),
        privilege: String(r.privilege_type),
        grantable: r.is_grantable === true || r.is_grantable === 't'
      })) as CrdbSystemGrant[]
  );
  const nodeArgs: CrdbFacts['nodeArgs'] = mapFact(na, rows =>
    rows.map(r => ({
      nodeId: Number(r.node_id),
      args: arrayOf(typeof r.args === 'string' ? JSON.parse(r.args) : r.args)
    }))
  );
  const stores: CrdbFacts['stores'] = mapFact(
    st,
    rows =>
      rows.map(r => {
        const p = (typeof r.properties === 'string' ? JSON.parse(r.properties) : r.properties) as Row | null;
        const enc = p?.encrypted;
        return {
          nodeId: Number(r.node_id),
          storeId: Number(r.store_id),
          encrypted: typeof enc === 'boolean' ? enc : enc === 'true' ? true : enc === 'false' ? false : null
        };
      }) as CrdbStore[]
  );
  const auditedTables: CrdbFacts['auditedTables'] = mapFact(tb, rows =>
    rows.map(r => ({
      database: String(r.database_name ?? ''),
      schema: String(r.schema_name ?? ''),
      table: String(r.name ?? ''),
      mode: String(r.audit_mode ?? '')
    }))
  );

  progress.step('TLS handshake on the SQL port');
  const tls = await tlsPromise;
  const certFiles = options.certsDir ? await readCertsDir(options.certsDir) : undefined;
  return {
    version,
    settings,
    users,
    publicGrants,
    systemGrants,
    schedules,
    nodeArgs,
    stores,
    tls,
    license,
    auditedTables,
    ...(certFiles ? { certFiles } : {}),
    ...(clusterId ? { clusterId } : {}),
    statements: pool.statements
  };
}

/** SHOW GRANTS FOR public in every database the auditor can see (it is scoped to the current one). */
async function readPublicGrants(
  pool: CrdbSessionPool,
  progress: CollectEnv['progress'],
  concurrency: number
): Promise<CrdbFacts['publicGrants']> {
  const dbs = await pool.with(s => s.read<Row>('Databases (SHOW DATABASES)', 'SHOW DATABASES'));
  if (!dbs.ok) return dbs;
  const names = dbs.value.map(r => String(r.database_name)).filter(n => n !== 'system');
  let done = 0;
  const per = await mapBounded(names, concurrency, db =>
    pool.with(async s => {
      const use = await s.useDatabase(db);
      const g = use.ok ? await s.read<Row>(`Grants to public in ${db}`, 'SHOW GRANTS FOR public') : use;
      progress.count('databases', ++done, names.length);
      return g;
    })
  );
  const grants: CrdbGrant[] = [];
  for (const [i, g] of per.entries()) {
    if (!g.ok) return g;
    for (const r of g.value) {
      grants.push({
        database: String(r.database_name ?? names[i]),
        schema: r.schema_name == null ? null : String(r.schema_name),
        object: r.object_name == null ? null : String(r.object_name),
        objectType: String(r.object_type ?? ''),
        privilege: String(r.privilege_type),
        grantable: r.is_grantable === true || r.is_grantable === 't'
      });
    }
  }
  return available(grants);
}

/** SHOW SCHEDULES, then for each backup schedule the newest job it started (SHOW JOBS FOR SCHEDULES). */
async function readSchedules(
  pool: CrdbSessionPool,
  user: string,
  redactor: CollectEnv['redactor'],
  concurrency: number
): Promise<CrdbFacts['schedules']> {
  const sc = await pool.with(s =>
    s.read<Row>('Schedules (SHOW SCHEDULES)', 'SHOW SCHEDULES', fixFor('schedules', user))
  );
  if (!sc.ok) return sc;
  const schedules = sc.value.map(r => {
    const cmd = r.command;
    const statement =
      typeof cmd === 'object' && cmd !== null
        ? String((cmd as Row).backup_statement ?? (cmd as Row).changefeed_statement ?? JSON.stringify(cmd))
        : String(cmd ?? '');
    return {
      id: String(r.id),
      label: String(r.label ?? ''),
      status: String(r.schedule_status ?? ''),
      state: r.state == null ? null : String(r.state),
      recurrence: String(r.recurrence ?? ''),
      nextRun: r.next_run ? new Date(r.next_run as string).toISOString() : null,
      command: scrubBackupStatement(statement, redactor),
      isBackup:
        /^\s*BACKUP\b/i.test(statement) ||
        (typeof cmd === 'object' && cmd !== null && 'backup_statement' in cmd)
    };
  });
  const withJobs = await mapBounded(schedules, concurrency, async s => {
    if (!s.isBackup || !/^\d+$/.test(s.id)) return s as CrdbSchedule;
    const jobs = await pool.with(x =>
      x.read<Row>(`Jobs of schedule ${s.label}`, `SHOW JOBS FOR SCHEDULES SELECT ${s.id}`)
    );
    if (!jobs.ok) return { ...s, jobsUnreadable: jobs.reason.text } as CrdbSchedule;
    const newest = [...jobs.value].sort(
      (a, b) => Date.parse(String(b.created ?? 0)) - Date.parse(String(a.created ?? 0))
    )[0];
    return {
      ...s,
      lastJob: newest
        ? {
            status: String(newest.status ?? ''),
            created: new Date(String(newest.created)).toISOString(),
            error: String(newest.error ?? '')
          }
        : null
    } as CrdbSchedule;
  });
  return available(withJobs);
}

/** SQL facts when SQL could not be reached (cloud audit through the API only): all UNKNOWN with the reason. */
export function sqlUnavailable(reason: string, fix?: string): SqlFacts {
  const f = <T>() => unavailable<T>(reason, fix);
  return {
    version: f(),
    settings: Object.fromEntries(CRDB_SETTINGS.map(n => [n, f<string>()])),
    users: f(),
    publicGrants: f(),
    systemGrants: f(),
    schedules: f(),
    nodeArgs: f(),
    stores: f(),
    tls: f(),
    license: f(),
    auditedTables: f(),
    statements: 0
  };
}
