import { readdir, readFile } from 'node:fs/promises';
import { X509Certificate } from 'node:crypto';
import path from 'node:path';
import type { CollectEnv } from '../../core/engine.js';
import { available, mapFact, unavailable, type Fact } from '../../core/facts.js';
import { msg } from '../../core/text.js';
import { probePostgresTls } from '../../core/tls-probe.js';
import type { Endpoint } from '../../sqlwire/endpoint.js';
import type { CrdbSession } from './session.js';
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
  | 'certFiles'
> & { readonly clusterId?: string; readonly statements: number };

const VIRTUAL_CLUSTER = /unsupported within a virtual cluster/i;

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
    return `only members of admin and schedule owners see schedules; audit with a member of admin or attest backups in the baseline.`;
  };
}

function settingText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    // INTERVAL values arrive as objects; their ISO/pg text form is enough for the checks.
    const i = v as { toPostgres?: () => string };
    return typeof i.toPostgres === 'function' ? i.toPostgres() : JSON.stringify(v);
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

/** Every SQL fact, each read on its own so that one refusal spoils only the checks that need it. */
export async function collectSqlFacts(
  session: CrdbSession,
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

  progress.step('reading version and cluster settings');
  const v = await session.read<Row>('The server version', 'SELECT version() AS version');
  const version: CrdbFacts['version'] = mapFact(v, rows => {
    const full = String(rows[0]?.version ?? '');
    return { full, tag: /v\d+\.\d+\.\d+\S*/.exec(full)?.[0] ?? '' };
  });
  const idRow = await session.read<Row>('The cluster id', 'SELECT crdb_internal.cluster_id() AS id');
  const clusterId = idRow.ok && idRow.value[0]?.id ? String(idRow.value[0].id) : undefined;

  const settings: Record<string, Fact<string>> = {};
  for (const name of CRDB_SETTINGS) {
    const r = await session.read<Row>(
      `Cluster setting ${name}`,
      `SHOW CLUSTER SETTING ${name}`,
      fixFor('setting', user)
    );
    if (!r.ok) {
      settings[name] = /unknown setting/i.test(r.reason.text)
        ? unavailable(
            msg`The cluster setting ${name} is unknown to this CockroachDB version (SQLSTATE XXUUU).`
          )
        : r;
      continue;
    }
    const row = r.value[0] ?? {};
    const value = settingText(row[name] ?? Object.values(row)[0]);
    if (value === '<redacted>') {
      settings[name] = unavailable(
        msg`The cluster setting ${name} reads <redacted>: server.redact_sensitive_settings.enabled hides it from users without MODIFYCLUSTERSETTING.`,
        'attest the check in the baseline file, or audit with a member of admin.'
      );
      continue;
    }
    if (name === 'enterprise.license') {
      // The key itself is a secret: keep only whether one is installed.
      redactor.add(value || undefined);
      settings[name] = available(value ? 'installed' : '');
      continue;
    }
    if (name === 'server.host_based_authentication.configuration') {
      for (const m of value.matchAll(/ldapbindpasswd=("[^"]*"|\S+)/gi))
        redactor.add(m[1].replace(/^"|"$/g, ''));
    }
    settings[name] = available(value);
  }

  progress.step('reading users, grants, schedules and nodes');
  const u = await session.read<Row>('Users and roles (SHOW USERS)', 'SHOW USERS', fixFor('users', user));
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

  const dbs = await session.read<Row>('Databases (SHOW DATABASES)', 'SHOW DATABASES');
  let publicGrants: CrdbFacts['publicGrants'];
  if (!dbs.ok) publicGrants = dbs;
  else {
    const grants: CrdbGrant[] = [];
    let failure: Fact<never> | undefined;
    const names = dbs.value.map(r => String(r.database_name)).filter(n => n !== 'system');
    for (const [i, db] of names.entries()) {
      progress.count('databases', i, names.length);
      const use = await session.useDatabase(db);
      const g = use.ok ? await session.read<Row>(`Grants to public in ${db}`, 'SHOW GRANTS FOR public') : use;
      if (!g.ok) {
        failure = g as Fact<never>;
        break;
      }
      for (const r of g.value) {
        grants.push({
          database: String(r.database_name ?? db),
          schema: r.schema_name == null ? null : String(r.schema_name),
          object: r.object_name == null ? null : String(r.object_name),
          objectType: String(r.object_type ?? ''),
          privilege: String(r.privilege_type),
          grantable: r.is_grantable === true || r.is_grantable === 't'
        });
      }
    }
    progress.count('databases', names.length, names.length);
    publicGrants = failure ?? available(grants);
  }

  const sg = await session.read<Row>('System privileges (SHOW SYSTEM GRANTS)', 'SHOW SYSTEM GRANTS');
  const systemGrants: CrdbFacts['systemGrants'] = mapFact(
    sg,
    rows =>
      rows.map(r => ({
        grantee: String(r.grantee),
        privilege: String(r.privilege_type),
        grantable: r.is_grantable === true || r.is_grantable === 't'
      })) as CrdbSystemGrant[]
  );

  const sc = await session.read<Row>(
    'Schedules (SHOW SCHEDULES)',
    'SHOW SCHEDULES',
    fixFor('schedules', user)
  );
  const schedules: CrdbFacts['schedules'] = mapFact(
    sc,
    rows =>
      rows.map(r => {
        const cmd = r.command;
        const statement =
          typeof cmd === 'object' && cmd !== null
            ? String(
                (cmd as Row).backup_statement ?? (cmd as Row).changefeed_statement ?? JSON.stringify(cmd)
              )
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
      }) as CrdbSchedule[]
  );

  const na = await session.read<Row>(
    'Node command lines (crdb_internal.kv_node_status)',
    'SELECT node_id, args FROM crdb_internal.kv_node_status',
    fixFor('metadata', user)
  );
  const nodeArgs: CrdbFacts['nodeArgs'] = mapFact(na, rows =>
    rows.map(r => ({
      nodeId: Number(r.node_id),
      args: arrayOf(typeof r.args === 'string' ? JSON.parse(r.args) : r.args)
    }))
  );
  const st = await session.read<Row>(
    'Store properties (crdb_internal.kv_store_status)',
    'SELECT node_id, store_id, properties FROM crdb_internal.kv_store_status',
    fixFor('metadata', user)
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
    ...(certFiles ? { certFiles } : {}),
    ...(clusterId ? { clusterId } : {}),
    statements: session.statements
  };
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
    statements: 0
  };
}
