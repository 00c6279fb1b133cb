// A CockroachDB replica on the PostgreSQL wire protocol: answers the statements db-posture's
// collector sends with CockroachDB's column names, wire types and errors, from a scenario file.
// No CockroachDB can be installed here; the collector under test is the one that talks to real clusters.
import { z } from 'zod';
import { parseScenario, resolveRelativeDates } from './scenario-file.mjs';
import { startWireServer, wire } from './pg-wire.mjs';

const OID = {
  bool: 16,
  int8: 20,
  text: 25,
  textArray: 1009,
  timestamptz: 1184,
  interval: 1186,
  jsonb: 3802,
  float8: 701,
  uuid: 2950
};

const settingValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.object({ type: z.enum(['bool', 'int', 'string', 'duration', 'enum']), value: z.string() }).strict()
]);
const sqlError = z.object({ code: z.string().regex(/^[0-9A-Z]{5}$/), message: z.string() }).strict();

export const cockroachScenarioSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().describe('what this scenario represents'),
    extends: z.string().optional().describe('another scenario file this one starts from (relative path)'),
    credentials: z.object({ user: z.string().min(1), password: z.string().min(1) }).strict(),
    version: z
      .string()
      .describe(
        'what SELECT version() returns, e.g. "CockroachDB CCL v25.3.2 (x86_64-pc-linux-gnu, built 2025/09/10 12:00:00, go1.23.7)"'
      ),
    clusterId: z.string().default('00000000-0000-4000-8000-000000000000'),
    showUsersShape: z
      .enum(['v25.3', 'legacy'])
      .optional()
      .describe(
        'SHOW USERS columns; default from the version (v25.3+ has STRING[] options and estimated_last_login_time)'
      ),
    virtualCluster: z
      .union([z.boolean(), z.literal('multi-tenancy')])
      .default(false)
      .describe(
        'kv_node_status/kv_store_status answer "operation is unsupported within a virtual cluster" (0A000); "multi-tenancy" gives the older builds\' "unimplemented: operation is unsupported in multi-tenancy mode"'
      ),
    privileges: z
      .object({
        viewClusterSetting: z.boolean().default(true),
        viewClusterMetadata: z.boolean().default(true),
        modifyClusterSetting: z
          .boolean()
          .default(true)
          .describe('admin or MODIFYCLUSTERSETTING: sees sensitive settings even with redaction on'),
        viewSystemTable: z
          .boolean()
          .default(true)
          .describe('admin or VIEWSYSTEMTABLE: SELECT on system.users, system.scheduled_jobs, system.jobs'),
        viewJob: z.boolean().default(true).describe('admin or VIEWJOB: crdb_internal.jobs shows every job')
      })
      .strict()
      .default({
        viewClusterSetting: true,
        viewClusterMetadata: true,
        viewSystemTable: true,
        viewJob: true,
        modifyClusterSetting: true
      }),
    roleDefaults: z
      .record(z.string(), z.string())
      .default({})
      .describe(
        "the audit login's ALTER ROLE ... SET defaults (e.g. search_path); they fill only variables the client did not set at startup"
      ),
    functions: z
      .array(
        z
          .object({
            schema: z.string(),
            name: z.string(),
            returns: z.string().describe('what an unqualified call resolving to it returns')
          })
          .strict()
      )
      .default([])
      .describe(
        'user-defined functions the audited party created (they shadow builtins only when their schema comes first in search_path)'
      ),
    auditedTables: z
      .array(
        z
          .object({
            database: z.string(),
            schema: z.string().default('public'),
            table: z.string(),
            mode: z.string()
          })
          .strict()
      )
      .default([]),
    settings: z
      .record(z.string(), settingValue)
      .describe('cluster settings; a setting not listed is unknown to this version (XXUUU)'),
    users: z
      .array(
        z
          .object({
            username: z.string(),
            options: z.array(z.string()).default([]),
            memberOf: z.array(z.string()).default([]),
            lastLogin: z.string().nullable().optional()
          })
          .strict()
      )
      .default([]),
    databases: z
      .array(
        z
          .object({
            name: z.string(),
            owner: z.string().default('root'),
            publicGrants: z
              .array(
                z
                  .object({
                    schema: z.string().nullable().default(null),
                    object: z.string().nullable().default(null),
                    objectType: z.string(),
                    privilege: z.string(),
                    grantable: z.boolean().default(false)
                  })
                  .strict()
              )
              .default([]),
            defaultGrants: z
              .boolean()
              .default(true)
              .describe(
                'the grants CockroachDB gives public on creation: CONNECT on the database, USAGE and CREATE on schema public (CREATE while sql.auth.public_schema_create_privilege.enabled)'
              ),
            revoked: z
              .array(z.string())
              .default([])
              .describe('default grants revoked since, as "schema:CREATE" or "database:CONNECT"')
          })
          .strict()
      )
      .default([]),
    systemGrants: z
      .array(
        z
          .object({ grantee: z.string(), privilege: z.string(), grantable: z.boolean().default(false) })
          .strict()
      )
      .default([]),
    schedules: z
      .array(
        z
          .object({
            id: z.string(),
            label: z.string(),
            status: z.enum(['ACTIVE', 'PAUSED']),
            state: z.string().nullable().default(null),
            recurrence: z.string(),
            nextRun: z.string().nullable().default(null),
            owner: z.string().default('root'),
            command: z.record(z.string(), z.unknown()),
            jobs: z
              .array(
                z
                  .object({
                    id: z.string(),
                    status: z.string(),
                    created: z.string(),
                    error: z.string().default(''),
                    owner: z.string().default('root')
                  })
                  .strict()
              )
              .default([])
          })
          .strict()
      )
      .default([]),
    nodes: z.array(z.object({ nodeId: z.number().int(), args: z.array(z.string()) }).strict()).default([]),
    stores: z
      .array(
        z
          .object({
            nodeId: z.number().int(),
            storeId: z.number().int(),
            properties: z.record(z.string(), z.unknown())
          })
          .strict()
      )
      .default([]),
    errors: z
      .record(z.string(), sqlError)
      .default({})
      .describe('statement (as sent, case-insensitive) -> the error it raises'),
    expected: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('statuses each check must report (used by the tests)'),
    expectedDetail: z
      .record(z.string(), z.string())
      .optional()
      .describe('text one finding of the check must contain (used by the tests)'),
    testArgs: z
      .array(z.string())
      .optional()
      .describe('extra audit flags the scenario test passes (e.g. --data-sensitivity pii-phi)')
  })
  .strict();

export const cockroachScenarioFileSchema = cockroachScenarioSchema.partial({
  credentials: true,
  version: true,
  settings: true
});

export function loadCockroachScenario(source) {
  return resolveRelativeDates(parseScenario('cockroachdb', cockroachScenarioSchema, source));
}

const textArray = values =>
  `{${values.map(v => (/^[A-Za-z0-9_.=:-]+$/.test(v) ? v : `"${v.replace(/(["\\])/g, '\\$1')}"`)).join(',')}}`;
const rowsResult = (columns, rows, tag) => [
  wire.rowDescription(columns),
  ...rows.map(r => wire.dataRow(r)),
  wire.commandComplete(tag ?? `SELECT ${rows.length}`)
];
const boolText = b => (b ? 't' : 'f');
/** TIMESTAMPTZ in PostgreSQL's text form (what CockroachDB sends): 2026-11-25 11:02:22.123+00. */
const tsText = iso => (iso ? new Date(iso).toISOString().replace('T', ' ').replace('Z', '+00') : null);

function versionAtLeast(version, major, minor) {
  const m = /v(\d+)\.(\d+)/.exec(version);
  return m ? Number(m[1]) > major || (Number(m[1]) === major && Number(m[2]) >= minor) : false;
}

/**
 * The grants CockroachDB gives public when a database is created (pkg/sql/catalog/catpb/privilege.go:
 * NewBaseDatabasePrivilegeDescriptor gives CONNECT; NewPublicSchemaPrivilegeDescriptor gives USAGE,
 * and CREATE while sql.auth.public_schema_create_privilege.enabled is true, its default).
 */
function defaultPublicGrants(s, db) {
  if (!db.defaultGrants) return [];
  const createOn = s.settings['sql.auth.public_schema_create_privilege.enabled'];
  const create = createOn === undefined || createOn === true || createOn === 'true';
  const all = [
    {
      key: 'database:CONNECT',
      schema: null,
      object: null,
      objectType: 'database',
      privilege: 'CONNECT',
      grantable: false
    },
    {
      key: 'schema:USAGE',
      schema: 'public',
      object: null,
      objectType: 'schema',
      privilege: 'USAGE',
      grantable: false
    },
    ...(create
      ? [
          {
            key: 'schema:CREATE',
            schema: 'public',
            object: null,
            objectType: 'schema',
            privilege: 'CREATE',
            grantable: false
          }
        ]
      : [])
  ];
  return all.filter(g => !db.revoked.includes(g.key));
}

/** The user function an unqualified name resolves to, if a schema before pg_catalog holds one. */
function resolveFunction(s, session, name) {
  const path = session.searchPath.split(',').map(x => x.trim().replace(/^"|"$/g, ''));
  const pgAt = path.indexOf('pg_catalog');
  // pg_catalog is implicitly first when the path does not name it.
  const before = pgAt < 0 ? [] : path.slice(0, pgAt);
  for (const schema of before) {
    const fn = s.functions.find(f => f.schema === schema && f.name === name);
    if (fn) return fn;
  }
  return undefined;
}

/** `-c key=value` pairs of the startup `options` (pkg/sql/pgwire/pre_serve_options.go, parseOptions). */
function parseStartupOptions(options) {
  const out = {};
  const parts = (options ?? '').split(/\s+/).filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    let opt = parts[i];
    if (opt === '-c') opt = parts[++i] ?? '';
    else if (opt.startsWith('-c')) opt = opt.slice(2);
    else if (opt.startsWith('--')) opt = opt.slice(2).replace(/-/g, '_');
    const kv = opt.split('=');
    if (kv.length === 2) out[kv[0].toLowerCase()] = kv[1];
  }
  return out;
}

/** Sensitive settings (docs cluster-settings "Sensitive settings" and the newest registry test). */
const SENSITIVE = new Set([
  'server.host_based_authentication.configuration',
  'server.identity_map.configuration',
  'server.jwt_authentication.issuers.custom_ca',
  'server.ldap_authentication.domain.custom_ca',
  'server.ldap_authentication.client.tls_certificate',
  'server.ldap_authentication.client.tls_key',
  'server.oidc_authentication.client_id',
  'server.oidc_authentication.client_secret',
  'server.oidc_authentication.provider.custom_ca',
  'enterprise.license',
  'cluster.secret',
  'cloudstorage.http.custom_ca'
]);

/** Splits on `;` outside quotes; empty pieces are dropped. */
function splitStatements(sql) {
  const out = [];
  let cur = '';
  let quote = null;
  for (const c of sql) {
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === ';') {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** Answers one statement for a session, or throws {code, message}. */
function answer(s, session, sql) {
  const norm = sql.trim().replace(/;$/, '').replace(/\s+/g, ' ');
  const lower = norm.toLowerCase();
  const override = Object.entries(s.errors).find(([k]) => k.toLowerCase() === lower);
  if (override) throw override[1];
  const privilegeError = what => ({ code: '42501', message: what });
  if (lower === '') return [wire.emptyQuery()];
  if (/^(begin|start transaction|savepoint|release|rollback|commit)\b/.test(lower))
    return [wire.commandComplete(lower.split(' ')[0].toUpperCase())];
  let m;
  if ((m = /^set (?:database|database =|database to) ?=? ?"?([^"]+)"?$/i.exec(norm))) {
    const name = m[1].replace(/""/g, '"');
    if (!s.databases.some(d => d.name === name) && name !== 'system')
      throw { code: '3D000', message: `database "${name}" does not exist` };
    session.database = name;
    return [wire.commandComplete('SET')];
  }
  if (/^set /.test(lower)) return [wire.commandComplete('SET')];
  if (
    lower ===
    "select pg_catalog.current_setting('search_path') as search_path, pg_catalog.current_setting('default_transaction_read_only') as read_only"
  )
    return rowsResult(
      [
        { name: 'search_path', oid: OID.text },
        { name: 'read_only', oid: OID.text }
      ],
      [[session.searchPath, session.readOnly ? 'on' : 'off']]
    );
  if (
    lower ===
    "select pg_catalog.current_setting('search_path') as search_path, pg_catalog.current_setting('default_transaction_read_only') as read_only, pg_catalog.current_setting('timezone') as timezone, pg_catalog.current_setting('intervalstyle') as intervalstyle"
  )
    // The check of a session --engine auto opened with the PostgreSQL collector's pins.
    return rowsResult(
      ['search_path', 'read_only', 'timezone', 'intervalstyle'].map(name => ({ name, oid: OID.text })),
      [[session.searchPath, session.readOnly ? 'on' : 'off', session.timezone, session.intervalStyle]]
    );
  if (
    lower ===
    "select pg_catalog.version() as version, pg_catalog.current_setting('search_path') as search_path, pg_catalog.current_setting('transaction_read_only') as read_only, pg_catalog.current_setting('row_security') as row_security"
  )
    // The PostgreSQL collector's first read (--engine postgres pointed at CockroachDB).
    return rowsResult(
      ['version', 'search_path', 'read_only', 'row_security'].map(name => ({ name, oid: OID.text })),
      [[s.version, session.searchPath, session.readOnly ? 'on' : 'off', 'off']]
    );
  if (lower === 'select pg_catalog.version() as version')
    return rowsResult([{ name: 'version', oid: OID.text }], [[s.version]]);
  if ((m = /^select ([a-z_]+)\(\) as ([a-z_]+)$/.exec(lower))) {
    // An unqualified call: pg_catalog is searched first unless search_path names it later, so a
    // function in a schema listed before pg_catalog shadows the builtin.
    const fn = resolveFunction(s, session, m[1]);
    if (fn) {
      session.ranUserFunctions.push(`${fn.schema}.${fn.name}`);
      return rowsResult([{ name: m[2], oid: OID.text }], [[fn.returns]]);
    }
    if (m[1] === 'version') return rowsResult([{ name: m[2], oid: OID.text }], [[s.version]]);
  }
  if (lower === 'select crdb_internal.cluster_id() as id')
    return rowsResult([{ name: 'id', oid: OID.uuid }], [[s.clusterId]]);
  if ((m = /^show cluster setting ([a-z0-9_.]+)$/.exec(lower))) {
    const name = m[1];
    if (!(name in s.settings)) throw { code: 'XXUUU', message: `unknown setting: "${name}"` };
    if (!s.privileges.viewClusterSetting) {
      throw privilegeError(
        name.startsWith('sql.defaults.')
          ? `only users with MODIFYCLUSTERSETTING, MODIFYSQLCLUSTERSETTING or VIEWCLUSTERSETTING privileges are allowed to show cluster setting '${name}'`
          : `only users with MODIFYCLUSTERSETTING or VIEWCLUSTERSETTING privileges are allowed to show cluster setting '${name}'`
      );
    }
    const v = s.settings[name];
    const typed =
      typeof v === 'object'
        ? v
        : {
            type: typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? 'int' : 'string',
            value: String(v)
          };
    const oid = { bool: OID.bool, int: OID.int8, string: OID.text, enum: OID.text, duration: OID.interval }[
      typed.type
    ];
    let text = typed.type === 'bool' ? boolText(typed.value === 'true') : typed.value;
    // pkg/settings/registry.go + masked.go: a sensitive setting read without MODIFYCLUSTERSETTING
    // shows <redacted> while redaction is on; an empty string setting still shows ''.
    const redact = s.settings['server.redact_sensitive_settings.enabled'];
    if (
      SENSITIVE.has(name) &&
      !s.privileges.modifyClusterSetting &&
      (redact === true || redact === 'true') &&
      !(typed.type === 'string' && text === '')
    )
      text = '<redacted>';
    return rowsResult([{ name, oid }], [[text]]);
  }
  if (lower === 'show users' || lower === 'show roles') {
    if (!s.privileges.viewSystemTable)
      throw privilegeError(`user ${session.user} does not have SELECT privilege on relation users`);
    const modern = (s.showUsersShape ?? (versionAtLeast(s.version, 25, 3) ? 'v25.3' : 'legacy')) === 'v25.3';
    const users = [...s.users].sort((a, b) => a.username.localeCompare(b.username));
    if (modern) {
      return [
        wire.notice(
          'estimated_last_login_time is computed on a best effort basis; it is not guaranteed to capture every login event'
        ),
        ...rowsResult(
          [
            { name: 'username', oid: OID.text },
            { name: 'options', oid: OID.textArray },
            { name: 'member_of', oid: OID.textArray },
            { name: 'estimated_last_login_time', oid: OID.timestamptz }
          ],
          users.map(u => [
            u.username,
            textArray([...u.options].sort()),
            textArray(u.memberOf),
            tsText(u.lastLogin)
          ])
        )
      ];
    }
    return rowsResult(
      [
        { name: 'username', oid: OID.text },
        { name: 'options', oid: OID.text },
        { name: 'member_of', oid: OID.textArray }
      ],
      users.map(u => [u.username, [...u.options].sort().join(', '), textArray(u.memberOf)])
    );
  }
  if (lower === 'show databases') {
    return rowsResult(
      ['database_name', 'owner', 'primary_region', 'secondary_region', 'regions', 'survival_goal'].map(n => ({
        name: n,
        oid: n === 'regions' ? OID.textArray : OID.text
      })),
      [{ name: 'system', owner: 'node' }, ...s.databases].map(d => [d.name, d.owner, null, null, '{}', null])
    );
  }
  if (lower === 'show grants for public') {
    const db = s.databases.find(d => d.name === session.database);
    const rows = db ? [...defaultPublicGrants(s, db), ...db.publicGrants] : [];
    return rowsResult(
      [
        { name: 'database_name', oid: OID.text },
        { name: 'schema_name', oid: OID.text },
        { name: 'object_name', oid: OID.text },
        { name: 'object_type', oid: OID.text },
        { name: 'grantee', oid: OID.text },
        { name: 'privilege_type', oid: OID.text },
        { name: 'is_grantable', oid: OID.bool }
      ],
      rows.map(g => [
        session.database,
        g.schema,
        g.object,
        g.objectType,
        'public',
        g.privilege,
        boolText(g.grantable)
      ])
    );
  }
  if (lower === 'show system grants') {
    return rowsResult(
      [
        { name: 'grantee', oid: OID.text },
        { name: 'privilege_type', oid: OID.text },
        { name: 'is_grantable', oid: OID.bool }
      ],
      s.systemGrants.map(g => [g.grantee, g.privilege, boolText(g.grantable)])
    );
  }
  if (lower === 'show schedules') {
    // pkg/sql/delegate/show_schedules.go: a plain select on system.scheduled_jobs, no owner filter.
    if (!s.privileges.viewSystemTable)
      throw privilegeError(`user ${session.user} does not have SELECT privilege on relation scheduled_jobs`);
    const visible = s.schedules;
    return rowsResult(
      [
        ['id', OID.int8],
        ['label', OID.text],
        ['schedule_status', OID.text],
        ['next_run', OID.timestamptz],
        ['state', OID.text],
        ['recurrence', OID.text],
        ['jobsrunning', OID.int8],
        ['owner', OID.text],
        ['created', OID.timestamptz],
        ['on_previous_running', OID.text],
        ['on_execution_failure', OID.text],
        ['command', OID.jsonb]
      ].map(([name, oid]) => ({ name, oid })),
      visible.map(x => [
        x.id,
        x.label,
        x.status,
        tsText(x.nextRun),
        x.state,
        x.recurrence,
        '0',
        x.owner,
        '2026-01-01 00:00:00+00',
        'WAIT',
        'RETRY_SCHED',
        JSON.stringify(x.command)
      ])
    );
  }
  if ((m = /^show jobs for schedules select (\d+)$/.exec(lower))) {
    // pkg/sql/delegate/show_jobs.go: SHOW JOBS SELECT id FROM system.jobs WHERE created_by_type =
    // 'crdb_schedule' AND created_by_id IN (...), then the SHOW JOBS columns from crdb_internal.jobs,
    // which lists only the reader's own jobs without VIEWJOB (or admin).
    if (!s.privileges.viewSystemTable)
      throw privilegeError(`user ${session.user} does not have SELECT privilege on relation jobs`);
    const sched = s.schedules.find(x => x.id === m[1]);
    const jobs = (sched?.jobs ?? []).filter(j => s.privileges.viewJob || j.owner === session.user);
    return rowsResult(
      [
        ['job_id', OID.int8],
        ['job_type', OID.text],
        ['description', OID.text],
        ['statement', OID.text],
        ['user_name', OID.text],
        ['status', OID.text],
        ['running_status', OID.text],
        ['created', OID.timestamptz],
        ['started', OID.timestamptz],
        ['finished', OID.timestamptz],
        ['modified', OID.timestamptz],
        ['fraction_completed', OID.float8],
        ['error', OID.text],
        ['coordinator_id', OID.int8],
        ['trace_id', OID.int8],
        ['last_run', OID.timestamptz],
        ['next_run', OID.timestamptz],
        ['num_runs', OID.int8],
        ['execution_errors', OID.textArray]
      ].map(([name, oid]) => ({ name, oid })),
      jobs.map(j => [
        j.id,
        'BACKUP',
        String(sched.command.backup_statement ?? ''),
        '',
        j.owner,
        j.status,
        null,
        tsText(j.created),
        tsText(j.created),
        j.status === 'running' ? null : tsText(j.created),
        tsText(j.created),
        j.status === 'succeeded' ? '1' : '0',
        j.error,
        null,
        '0',
        null,
        null,
        '1',
        '{}'
      ])
    );
  }
  if (
    lower ===
    "select database_name, schema_name, name, audit_mode from crdb_internal.tables where audit_mode <> 'disabled'"
  ) {
    return rowsResult(
      ['database_name', 'schema_name', 'name', 'audit_mode'].map(name => ({ name, oid: OID.text })),
      s.auditedTables.map(t => [t.database, t.schema, t.table, t.mode])
    );
  }
  if (
    lower === 'select node_id, args from crdb_internal.kv_node_status' ||
    lower === 'select node_id, store_id, properties from crdb_internal.kv_store_status'
  ) {
    if (s.virtualCluster === 'multi-tenancy')
      throw { code: '0A000', message: 'unimplemented: operation is unsupported in multi-tenancy mode' };
    if (s.virtualCluster)
      throw { code: '0A000', message: 'operation is unsupported within a virtual cluster' };
    if (!s.privileges.viewClusterMetadata)
      throw privilegeError(`user ${session.user} does not have VIEWCLUSTERMETADATA system privilege`);
    if (lower.includes('kv_node_status')) {
      return rowsResult(
        [
          { name: 'node_id', oid: OID.int8 },
          { name: 'args', oid: OID.jsonb }
        ],
        s.nodes.map(n => [String(n.nodeId), JSON.stringify(n.args)])
      );
    }
    return rowsResult(
      [
        { name: 'node_id', oid: OID.int8 },
        { name: 'store_id', oid: OID.int8 },
        { name: 'properties', oid: OID.jsonb }
      ],
      s.stores.map(x => [String(x.nodeId), String(x.storeId), JSON.stringify(x.properties)])
    );
  }
  throw { code: '42601', message: `the replica's scenario has no answer for: ${norm.slice(0, 200)}` };
}

/**
 * Starts the replica on 127.0.0.1 (TLS when `tls: {cert, key}` is given, like a secure cluster).
 * Records every statement with its session's read-only state.
 */
export async function startCockroachReplica({ scenario, port = 0, tls, latencyMs = 0 } = {}) {
  const s = loadCockroachScenario(scenario);
  const statements = [];
  const sessions = [];
  const ranUserFunctions = [];
  const server = await startWireServer({
    port,
    tls,
    latencyMs,
    credentials: s.credentials,
    parameters: {
      server_version: '13.0.0',
      crdb_version: s.version,
      client_encoding: 'UTF8',
      DateStyle: 'ISO',
      IntervalStyle: 'postgres',
      integer_datetimes: 'on',
      standard_conforming_strings: 'on',
      TimeZone: 'UTC',
      application_name: 'db-posture'
    },
    onSession: ({ user, database, options, parameters }) => {
      // Client-provided startup values win; the role's ALTER ROLE ... SET defaults fill the rest.
      const client = { ...parameters, ...parseStartupOptions(options) };
      const effective = { ...s.roleDefaults, ...client };
      const session = {
        user,
        database: database || 'defaultdb',
        readOnly: /^(on|true)$/i.test(effective.default_transaction_read_only ?? ''),
        searchPath: effective.search_path ?? '"$user", public',
        // CockroachDB's defaults (pkg/sql/vars.go): UTC and the postgres interval style.
        timezone: effective.timezone ?? 'UTC',
        intervalStyle: effective.intervalstyle ?? 'postgres',
        startup: client,
        ranUserFunctions
      };
      sessions.push(session);
      return {
        query(sql) {
          if (/^\s*set\s+default_transaction_read_only\s*(=|to)\s*(on|true)/i.test(sql))
            session.readOnly = true;
          // A simple-protocol message may carry several statements: answer each in turn and stop
          // at the first error (CockroachDB runs them as one implicit transaction).
          const out = [];
          for (const one of splitStatements(sql)) {
            statements.push({ sql: one, user, readOnly: session.readOnly });
            try {
              out.push(...answer(s, session, one));
            } catch (e) {
              if (e && e.code) {
                out.push(wire.error(e.code, e.message));
                break;
              }
              throw e;
            }
          }
          return out.length ? out : [wire.emptyQuery()];
        }
      };
    }
  });
  return {
    url: `postgresql://${encodeURIComponent(s.credentials.user)}:${encodeURIComponent(s.credentials.password)}@127.0.0.1:${server.port}/defaultdb`,
    port: server.port,
    statements,
    sessions,
    ranUserFunctions,
    stop: () => server.stop()
  };
}
