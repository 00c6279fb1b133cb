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
      .boolean()
      .default(false)
      .describe('kv_node_status/kv_store_status answer "unsupported within a virtual cluster"'),
    privileges: z
      .object({
        viewClusterSetting: z.boolean().default(true),
        viewClusterMetadata: z.boolean().default(true),
        viewSystemTable: z.boolean().default(true),
        seesSchedules: z.boolean().default(true)
      })
      .strict()
      .default({
        viewClusterSetting: true,
        viewClusterMetadata: true,
        viewSystemTable: true,
        seesSchedules: true
      }),
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
              .default([])
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
            command: z.record(z.string(), z.unknown())
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
  if (lower === 'select version() as version' || lower === 'select pg_catalog.version() as version')
    return rowsResult([{ name: 'version', oid: OID.text }], [[s.version]]);
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
    const text = typed.type === 'bool' ? boolText(typed.value === 'true') : typed.value;
    return rowsResult([{ name, oid }], [[text]]);
  }
  if (lower === 'show users' || lower === 'show roles') {
    if (!s.privileges.viewSystemTable)
      throw privilegeError('user does not have SELECT privilege on relation users');
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
      (db?.publicGrants ?? []).map(g => [
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
    const visible = s.privileges.seesSchedules
      ? s.schedules
      : s.schedules.filter(x => x.owner === session.user);
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
  if (
    lower === 'select node_id, args from crdb_internal.kv_node_status' ||
    lower === 'select node_id, store_id, properties from crdb_internal.kv_store_status'
  ) {
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
export async function startCockroachReplica({ scenario, port = 0, tls } = {}) {
  const s = loadCockroachScenario(scenario);
  const statements = [];
  const server = await startWireServer({
    port,
    tls,
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
    onSession: ({ user, database, options }) => {
      const session = {
        user,
        database: database || 'defaultdb',
        readOnly: /default_transaction_read_only=on/.test(options)
      };
      return {
        query(sql) {
          if (/^\s*set\s+default_transaction_read_only\s*(=|to)\s*(on|true)/i.test(sql))
            session.readOnly = true;
          statements.push({ sql, user, readOnly: session.readOnly });
          try {
            return answer(s, session, sql);
          } catch (e) {
            if (e && e.code) return [wire.error(e.code, e.message)];
            throw e;
          }
        }
      };
    }
  });
  return {
    url: `postgresql://${encodeURIComponent(s.credentials.user)}:${encodeURIComponent(s.credentials.password)}@127.0.0.1:${server.port}/defaultdb`,
    port: server.port,
    statements,
    stop: () => server.stop()
  };
}
