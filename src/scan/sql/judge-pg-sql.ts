import { fail, pass, warn, type CheckContext, type CheckMeta, type RawFinding } from '../../core/check.js';
import { available } from '../../core/facts.js';
import { evaluateCheck } from '../../pipeline/run-checks.js';
import { msg, raw } from '../../core/text.js';
import pgauditCheck from '../../engines/postgres/checks/pgaudit.js';
import privilegedRoles from '../../engines/postgres/checks/privileged-roles.js';
import publicGrants from '../../engines/postgres/checks/public-grants.js';
import publicSchema from '../../engines/postgres/checks/public-schema.js';
import securityDefiner from '../../engines/postgres/checks/security-definer.js';
import untrustedLanguages from '../../engines/postgres/checks/untrusted-languages.js';
import type { PgFacts, PgMembership, PgRole, RoleSetting } from '../../engines/postgres/facts.js';
import crdbPublicPrivileges from '../../engines/cockroachdb/checks/public-privileges.js';
import type { ScanFinding } from '../finding.js';
import { CONF_CHECKS, confFacts, type PgMajor } from '../judge-conf.js';
import { emit, type Placed } from './emit.js';
import { C_FUNCTION, CRDB_GRANT_ADMIN, SCHEMA_CREATE, SQL_PASSWORD, SUPERUSER_ROLE } from './scan-checks.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- libpg_query's JSON parse tree is untyped here. */
type Node = any;

/** One parsed top-level statement and a way to place any byte location of it in the file. */
export interface ParsedStatement {
  readonly node: Node;
  /** 1-based line/column of the statement's first token. */
  readonly line: number;
  readonly column: number;
  /** Places a libpg_query `location` (a byte offset into the text the statement was parsed from). */
  at(location: number | undefined): { line: number; column: number };
}

export type SqlDialect = 'postgres' | 'cockroachdb';

/** Membership in these is superuser-equivalent (pg/privileged-roles). */
const SERVER_ACCESS_ROLES = new Set([
  'pg_execute_server_program',
  'pg_read_server_files',
  'pg_write_server_files'
]);
/** Data privileges crdb/public-privileges judges. */
const CRDB_DATA_PRIVILEGES = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'ALL']);
/** Data privileges pg/public-grants judges (ALL includes them). */
const DATA_PRIVILEGES = new Set(['select', 'insert', 'update', 'delete', 'truncate']);
/**
 * Procedural languages whose catalogue row is untrusted (lanpltrusted = false) as their extensions
 * ship them: plperlu, plpython(2|3)u, pltclu, PL/Java's javau, plsh and PL/R.
 */
const UNTRUSTED_LANGUAGES = new Set([
  'plperlu',
  'plpythonu',
  'plpython2u',
  'plpython3u',
  'pltclu',
  'javau',
  'plsh',
  'plr'
]);

/**
 * A server configuration the live settings checks all PASS on (a test keeps it so). ALTER SYSTEM in
 * a migration changes a few settings of a server whose postgresql.conf the scan may not see: each
 * change is judged over this baseline, so a FAIL/WARN means the statement itself weakens the server.
 */
export const HARDENED_SETTINGS: ReadonlyMap<string, string> = new Map([
  ['ssl', 'on'],
  ['ssl_min_protocol_version', 'TLSv1.2'],
  ['password_encryption', 'scram-sha-256'],
  ['listen_addresses', 'localhost'],
  ['log_connections', 'on'],
  ['log_disconnections', 'on'],
  ['log_statement', 'ddl'],
  ['log_line_prefix', '%m [%p] %q%u@%d %h '],
  ['shared_preload_libraries', 'pgaudit'],
  ['pgaudit.log', 'ddl, write, role'],
  ['pgaudit.log_parameter', 'off']
]);
const BASELINE_NOTE = 'judged as a change to an otherwise hardened configuration';

const PASS_TEXT: Record<string, string> = {
  [publicGrants.meta.id]: 'No GRANT in this file gives PUBLIC a data privilege on a table or view.',
  [publicSchema.meta.id]: 'No GRANT in this file lets PUBLIC CREATE in schema public.',
  [SCHEMA_CREATE.id]:
    'No GRANT in this file gives PUBLIC CREATE on a schema, or a role CREATE on schema public.',
  [privilegedRoles.meta.id]:
    'No role statement in this file gives CREATEROLE, BYPASSRLS, REPLICATION or server file/program access.',
  [SUPERUSER_ROLE.id]: 'No role statement in this file gives SUPERUSER.',
  [securityDefiner.meta.id]: 'Every SECURITY DEFINER function in this file pins search_path.',
  [untrustedLanguages.meta.id]:
    'No statement in this file installs or uses an untrusted procedural language.',
  [C_FUNCTION.id]: 'No function in this file is written in C.',
  [SQL_PASSWORD.id]: 'No role statement in this file carries a literal password.',
  [pgauditCheck.meta.id]:
    'No ALTER ROLE/DATABASE ... SET in this file lowers pgaudit.log or turns pgaudit.log_parameter on.',
  [CRDB_GRANT_ADMIN.id]: 'No GRANT in this file makes a user or role an admin.',
  [crdbPublicPrivileges.meta.id]: 'No GRANT in this file gives public a data privilege on a table.'
};

const strings = (list: Node[] | undefined): string[] =>
  (list ?? []).map(n => n?.String?.sval).filter(Boolean);

function roleName(spec: Node): string {
  const r = spec?.RoleSpec ?? spec;
  switch (r?.roletype) {
    case 'ROLESPEC_CSTRING':
      return r.rolename;
    case 'ROLESPEC_PUBLIC':
      return 'PUBLIC';
    case 'ROLESPEC_CURRENT_USER':
      return 'CURRENT_USER';
    case 'ROLESPEC_CURRENT_ROLE':
      return 'CURRENT_ROLE';
    case 'ROLESPEC_SESSION_USER':
      return 'SESSION_USER';
    default:
      return '?';
  }
}

function constValue(c: Node): string | undefined {
  const a = c?.A_Const;
  if (!a) return undefined;
  // libpg_query's JSON leaves out zero and false values: an empty ival/boolval object is 0/false.
  if ('sval' in a) return a.sval.sval ?? '';
  if ('ival' in a) return String(a.ival.ival ?? 0);
  if ('fval' in a) return a.fval.fval;
  if ('boolval' in a) return a.boolval.boolval ? 'on' : 'off';
  return undefined;
}

/** The value of a `SET name = ...` (lists joined as the server joins them), or undefined if not literal. */
function setValue(set: Node): string | undefined {
  if (set?.kind !== 'VAR_SET_VALUE') return undefined;
  const values = (set.args ?? []).map(constValue);
  return values.some((v: string | undefined) => v === undefined) ? undefined : values.join(', ');
}

/** Internal type names as pg_get_function_identity_arguments spells them (what the live check shows). */
const TYPE_NAMES: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  bool: 'boolean',
  float4: 'real',
  float8: 'double precision',
  varchar: 'character varying',
  bpchar: 'character',
  timestamptz: 'timestamp with time zone',
  timestamp: 'timestamp without time zone'
};

function typeName(t: Node): string {
  const names = strings(t?.names);
  const bare =
    names[0] === 'pg_catalog' && names.length === 2 ? (TYPE_NAMES[names[1]] ?? names[1]) : names.join('.');
  return bare + (t?.arrayBounds ? '[]' : '');
}

function functionName(stmt: Node): string {
  const args = (stmt.parameters ?? [])
    .map((p: Node) => p.FunctionParameter)
    .filter((p: Node) => p.mode !== 'FUNC_PARAM_OUT' && p.mode !== 'FUNC_PARAM_TABLE')
    .map((p: Node) => typeName(p.argType));
  return `${strings(stmt.funcname).join('.')}(${args.join(', ')})`;
}

interface RoleState {
  canLogin?: boolean;
  superuser?: boolean;
  createRole?: boolean;
  bypassRls?: boolean;
  replication?: boolean;
}

/** Collects placed verdicts per check and the first place each check looked at, for its PASS. */
class Verdicts {
  readonly byCheck = new Map<CheckMeta, Placed[]>();
  readonly looked = new Map<CheckMeta, { line: number; column: number; object: string }>();
  look(meta: CheckMeta, where: { line: number; column: number }, object: string) {
    if (!this.looked.has(meta)) this.looked.set(meta, { ...where, object });
  }
  add(
    meta: CheckMeta,
    raw: RawFinding,
    where: { line: number; column: number },
    object: string,
    annotation?: string
  ) {
    this.look(meta, where, object);
    const list = this.byCheck.get(meta) ?? [];
    list.push({ raw, line: where.line, column: where.column, object, ...(annotation ? { annotation } : {}) });
    this.byCheck.set(meta, list);
  }
}

/**
 * Judges parsed PostgreSQL statements. CockroachDB files pass the statements the PostgreSQL parser
 * accepted; for them only the judgements whose meaning holds on CockroachDB run (literal passwords,
 * GRANT admin); its settings come through SET CLUSTER SETTING, judged elsewhere.
 */
export function judgePgStatements(
  stmts: readonly ParsedStatement[],
  file: string,
  ctx: CheckContext,
  major: PgMajor,
  dialect: SqlDialect
): ScanFinding[] {
  const v = new Verdicts();
  const roles = new Map<string, RoleState>();
  const definers = new Map<string, { index: number; meta: CheckMeta }>();
  const systemChanges = new Map<string, { value: string; line: number; column: number }>();
  const pg = dialect === 'postgres';

  const judgePassword = (s: ParsedStatement, verb: string, name: string, options: Node[]) => {
    const where = { line: s.line, column: s.column };
    v.look(SQL_PASSWORD, where, `role ${name}`);
    for (const o of options) {
      const d = o.DefElem;
      // PASSWORD NULL has no arg; any string, clear text or a SCRAM/md5 hash, is a committed secret.
      if (d?.defname === 'password' && d.arg?.String) {
        v.add(
          SQL_PASSWORD,
          fail(
            msg`${raw(verb)} ${name} sets a literal password: the secret is committed to the repository.`,
            name
          ),
          s.at(d.location),
          `role ${name}`
        );
      }
    }
  };

  const judgeRole = (s: ParsedStatement, verb: string, name: string, options: Node[], isUser: boolean) => {
    const where = { line: s.line, column: s.column };
    const state: RoleState = {
      ...(roles.get(name) ?? (verb.startsWith('CREATE') ? { canLogin: isUser } : {}))
    };
    const set: Record<string, boolean> = {};
    const memberOf: string[] = [];
    for (const o of options) {
      const d = o.DefElem;
      if (!d) continue;
      if (d.arg && 'Boolean' in d.arg) set[d.defname] = d.arg.Boolean.boolval === true;
      if (d.defname === 'addroleto') memberOf.push(...(d.arg?.List?.items ?? []).map(roleName));
    }
    if ('canlogin' in set) state.canLogin = set.canlogin;
    if ('superuser' in set) state.superuser = set.superuser;
    if ('createrole' in set) state.createRole = set.createrole;
    if ('bypassrls' in set) state.bypassRls = set.bypassrls;
    if ('isreplication' in set) state.replication = set.isreplication;
    roles.set(name, state);
    v.look(SUPERUSER_ROLE, where, `role ${name}`);
    v.look(privilegedRoles.meta, where, `role ${name}`);
    if (set.superuser) {
      v.add(
        SUPERUSER_ROLE,
        warn(msg`${raw(verb)} ${name} gives it SUPERUSER: it bypasses every permission check.`, name),
        where,
        `role ${name}`
      );
    }
    const raised = set.createrole || set.bypassrls || set.isreplication;
    const servers = memberOf.filter(r => SERVER_ACCESS_ROLES.has(r));
    if (raised || servers.length) privileged(name, state, servers, where);
  };

  /** Runs the live pg/privileged-roles on the one role this statement changes. */
  const privileged = (
    name: string,
    state: RoleState,
    servers: readonly string[],
    where: { line: number; column: number }
  ) => {
    const role: PgRole = {
      oid: 1,
      name,
      superuser: state.superuser === true,
      inherit: true,
      createRole: state.createRole === true,
      createDb: false,
      canLogin: name === 'PUBLIC' || state.canLogin === true,
      replication: state.replication === true,
      bypassRls: state.bypassRls === true,
      validUntil: null
    };
    const targets: PgRole[] = servers.map((r, i) => ({
      ...role,
      oid: i + 2,
      name: r,
      superuser: false,
      canLogin: false,
      createRole: false,
      replication: false,
      bypassRls: false
    }));
    const memberships: PgMembership[] = targets.map(t => ({
      roleOid: t.oid,
      memberOid: 1,
      adminOption: false
    }));
    const facts = {
      roles: available([role, ...targets]),
      memberships: available(memberships)
    } as unknown as PgFacts;
    const unknownLogin = state.canLogin === undefined && name !== 'PUBLIC';
    for (const f of evaluateCheck(privilegedRoles, facts, ctx)) {
      if (f.status === 'PASS') continue;
      v.add(
        privilegedRoles.meta,
        f,
        where,
        `role ${name}`,
        unknownLogin && servers.length
          ? `this file does not say whether ${name} can log in; a login role with this membership is superuser-equivalent (FAIL)`
          : undefined
      );
    }
  };

  const judgeGrant = (s: ParsedStatement, g: Node, defaults: boolean) => {
    if (!g.is_grant) return;
    const where = { line: s.line, column: s.column };
    const privs: string[] = g.privileges
      ? g.privileges.map((p: Node) => p.AccessPriv?.priv_name ?? '?')
      : ['all'];
    const grantees: string[] = (g.grantees ?? []).map(roleName);
    const toPublic = grantees.includes('PUBLIC');
    if (g.objtype === 'OBJECT_TABLE') {
      v.look(publicGrants.meta, where, 'grants');
      const data = privs.filter(p => p === 'all' || DATA_PRIVILEGES.has(p)).map(p => p.toUpperCase());
      if (!toPublic || data.length === 0) return;
      const names: string[] =
        g.targtype === 'ACL_TARGET_OBJECT'
          ? (g.objects ?? []).map((o: Node) =>
              [o.RangeVar?.schemaname, o.RangeVar?.relname].filter(Boolean).join('.')
            )
          : [];
      const list = raw(data.join(', '));
      if (defaults || g.targtype === 'ACL_TARGET_DEFAULTS') {
        v.add(
          publicGrants.meta,
          fail(msg`Default privileges grant ${list} on future tables to PUBLIC.`, 'defaults'),
          where,
          `default privileges TO PUBLIC`
        );
      } else if (g.targtype === 'ACL_TARGET_ALL_IN_SCHEMA') {
        for (const schema of strings(g.objects))
          v.add(
            publicGrants.meta,
            fail(msg`Every table in schema ${schema} grants ${list} to PUBLIC.`, schema),
            where,
            `all tables in schema ${schema} TO PUBLIC`
          );
      } else {
        for (const n of names)
          v.add(
            publicGrants.meta,
            fail(msg`Table ${n} grants ${list} to PUBLIC.`, n),
            where,
            `table ${n} TO PUBLIC`
          );
      }
    } else if (g.objtype === 'OBJECT_SCHEMA') {
      const create = privs.includes('create') || privs.includes('all');
      const schemas = defaults ? ['(future schemas)'] : strings(g.objects);
      for (const schema of schemas) {
        if (schema === 'public') v.look(publicSchema.meta, where, 'schema public');
        v.look(SCHEMA_CREATE, where, `schema ${schema}`);
        if (!create) continue;
        if (schema === 'public' && toPublic) {
          v.add(
            publicSchema.meta,
            fail(
              msg`GRANT lets PUBLIC CREATE in schema public: any user can plant objects that shadow others' on the search_path.`,
              'public'
            ),
            where,
            'schema public TO PUBLIC'
          );
        } else if (toPublic) {
          v.add(
            SCHEMA_CREATE,
            fail(
              msg`GRANT lets PUBLIC CREATE in schema ${schema}: any user can plant objects that shadow others' on the search_path.`,
              schema
            ),
            where,
            `schema ${schema} TO PUBLIC`
          );
        }
        if (schema === 'public') {
          for (const r of grantees.filter(x => x !== 'PUBLIC'))
            v.add(
              SCHEMA_CREATE,
              warn(
                msg`GRANT lets ${r} CREATE in schema public: ${r} can plant objects that shadow others' on the search_path.`,
                r
              ),
              where,
              `schema public TO ${r}`
            );
        }
      }
    }
  };

  /** crdb/public-privileges: a data privilege on a table to public, in the live check's words. */
  const judgeCrdbGrant = (s: ParsedStatement, g: Node) => {
    if (!g.is_grant || g.objtype !== 'OBJECT_TABLE' || g.targtype !== 'ACL_TARGET_OBJECT') return;
    const where = { line: s.line, column: s.column };
    v.look(crdbPublicPrivileges.meta, where, 'grants');
    const privs: string[] = g.privileges
      ? g.privileges.map((p: Node) => String(p.AccessPriv?.priv_name).toUpperCase())
      : ['ALL'];
    if (!(g.grantees ?? []).map(roleName).includes('PUBLIC') || !privs.some(p => CRDB_DATA_PRIVILEGES.has(p)))
      return;
    for (const o of g.objects ?? []) {
      const name = [o.RangeVar?.catalogname, o.RangeVar?.schemaname, o.RangeVar?.relname]
        .filter(Boolean)
        .join('.');
      v.add(
        crdbPublicPrivileges.meta,
        fail(
          msg`table ${name} grants ${raw([...privs].sort().join(', '))} to public: every user can read or change it.`,
          name
        ),
        where,
        `table ${name} TO public`
      );
    }
  };

  const judgeGrantRole = (s: ParsedStatement, g: Node) => {
    if (!g.is_grant) return;
    const where = { line: s.line, column: s.column };
    const granted: string[] = (g.granted_roles ?? [])
      .map((p: Node) => p.AccessPriv?.priv_name)
      .filter(Boolean);
    const grantees: string[] = (g.grantee_roles ?? []).map(roleName);
    if (!pg) {
      if (!granted.includes('admin')) return;
      for (const r of grantees)
        v.add(
          CRDB_GRANT_ADMIN,
          warn(msg`GRANT admin TO ${r} makes ${r} an admin: full control of the cluster.`, r),
          where,
          `admin TO ${r}`
        );
      return;
    }
    v.look(privilegedRoles.meta, where, 'grants');
    const servers = granted.filter(r => SERVER_ACCESS_ROLES.has(r));
    if (servers.length === 0) return;
    for (const r of grantees) privileged(r, roles.get(r) ?? {}, servers, where);
  };

  const judgeFunction = (s: ParsedStatement, f: Node) => {
    const where = { line: s.line, column: s.column };
    const name = functionName(f);
    const opts: Node[] = (f.options ?? []).map((o: Node) => o.DefElem).filter(Boolean);
    const language = (opts.find(o => o.defname === 'language')?.arg?.String?.sval ?? 'sql').toLowerCase();
    const definer = opts.some(o => o.defname === 'security' && o.arg?.Boolean?.boolval === true);
    const pinned = opts.some(o => o.defname === 'set' && o.arg?.VariableSetStmt?.name === 'search_path');
    // SQL and PL/pgSQL are built in and trusted: such functions (most of a migration history) do not
    // make the language checks report a PASS for every file.
    if (language !== 'sql' && language !== 'plpgsql') {
      v.look(untrustedLanguages.meta, where, `function ${name}`);
      v.look(C_FUNCTION, where, `function ${name}`);
    }
    if (UNTRUSTED_LANGUAGES.has(language)) {
      v.add(
        untrustedLanguages.meta,
        warn(
          msg`Function ${name} is written in the untrusted language ${language}: it runs as the OS user of the server.`,
          name
        ),
        where,
        `function ${name}`
      );
    } else if (language === 'c') {
      v.add(
        C_FUNCTION,
        warn(msg`Function ${name} is written in C: it loads native code into the server process.`, name),
        where,
        `function ${name}`
      );
    }
    if (definer) {
      v.look(securityDefiner.meta, where, `function ${name}`);
      if (!pinned) {
        v.add(
          securityDefiner.meta,
          warn(msg`SECURITY DEFINER function ${name} does not pin search_path.`, name),
          where,
          `function ${name}`
        );
        definers.set(strings(f.funcname).join('.'), {
          index: v.byCheck.get(securityDefiner.meta)!.length - 1,
          meta: securityDefiner.meta
        });
      }
    }
  };

  /** ALTER FUNCTION f SET search_path = ... later in the file pins a function created without it. */
  const judgeAlterFunction = (a: Node) => {
    const name = strings(a.func?.objname).join('.');
    const pins = (a.actions ?? []).some(
      (o: Node) => o.DefElem?.defname === 'set' && o.DefElem.arg?.VariableSetStmt?.name === 'search_path'
    );
    const pending = definers.get(name);
    if (pins && pending) {
      const list = v.byCheck.get(pending.meta)!;
      list.splice(pending.index, 1);
      definers.delete(name);
      for (const [k, d] of definers)
        if (d.index > pending.index) definers.set(k, { ...d, index: d.index - 1 });
    }
  };

  const judgeAuditOverride = (
    s: ParsedStatement,
    role: string | null,
    database: string | null,
    set: Node
  ) => {
    const name = set?.name;
    if (name !== 'pgaudit.log' && name !== 'pgaudit.log_parameter') return;
    const value = setValue(set);
    const where = { line: s.line, column: s.column };
    const object = [role && `role:${role}`, database && `database:${database}`].filter(Boolean).join('@');
    v.look(pgauditCheck.meta, where, `${object} ${name}`);
    if (value === undefined) return;
    const o: RoleSetting = { role, database, settings: { [name]: value } };
    const facts = { ...confFacts(HARDENED_SETTINGS, major), roleSettings: available([o]) } as PgFacts;
    for (const f of evaluateCheck(pgauditCheck, facts, ctx))
      if (f.status !== 'PASS' && f.object === object) v.add(pgauditCheck.meta, f, where, `${object} ${name}`);
  };

  for (const s of stmts) {
    const [kind] = Object.keys(s.node);
    const n = s.node[kind];
    switch (kind) {
      case 'CreateRoleStmt': {
        const verb =
          n.stmt_type === 'ROLESTMT_USER'
            ? 'CREATE USER'
            : n.stmt_type === 'ROLESTMT_GROUP'
              ? 'CREATE GROUP'
              : 'CREATE ROLE';
        judgePassword(s, verb, n.role, n.options ?? []);
        if (pg) judgeRole(s, verb, n.role, n.options ?? [], n.stmt_type === 'ROLESTMT_USER');
        break;
      }
      case 'AlterRoleStmt': {
        const name = roleName(n.role);
        judgePassword(s, 'ALTER ROLE', name, n.options ?? []);
        if (pg) judgeRole(s, 'ALTER ROLE', name, n.options ?? [], false);
        break;
      }
      case 'GrantStmt':
        if (pg) judgeGrant(s, n, false);
        else judgeCrdbGrant(s, n);
        break;
      case 'AlterDefaultPrivilegesStmt':
        // The action is the GrantStmt's own fields (ACL_TARGET_DEFAULTS), not a wrapped node.
        if (pg && n.action) judgeGrant(s, n.action, true);
        break;
      case 'GrantRoleStmt':
        judgeGrantRole(s, n);
        break;
      case 'CreateFunctionStmt':
        if (pg) judgeFunction(s, n);
        break;
      case 'AlterFunctionStmt':
        if (pg) judgeAlterFunction(n);
        break;
      case 'CreateExtensionStmt':
      case 'CreatePLangStmt': {
        if (!pg) break;
        const where = { line: s.line, column: s.column };
        const lang = String(n.extname ?? n.plname).toLowerCase();
        v.look(untrustedLanguages.meta, where, `language ${lang}`);
        const untrusted = kind === 'CreatePLangStmt' ? !n.pltrusted : UNTRUSTED_LANGUAGES.has(lang);
        if (untrusted)
          v.add(
            untrustedLanguages.meta,
            warn(
              msg`${raw(kind === 'CreatePLangStmt' ? 'CREATE LANGUAGE' : 'CREATE EXTENSION')} ${lang} installs an untrusted language: its functions run as the OS user of the server.`,
              lang
            ),
            where,
            `language ${lang}`
          );
        break;
      }
      case 'AlterSystemStmt': {
        if (!pg) break;
        const value = setValue(n.setstmt);
        const name = String(n.setstmt?.name ?? '').toLowerCase();
        if (value !== undefined) systemChanges.set(name, { value, line: s.line, column: s.column });
        break;
      }
      case 'AlterRoleSetStmt':
        if (pg) judgeAuditOverride(s, n.role ? roleName(n.role) : 'ALL', n.database ?? null, n.setstmt);
        break;
      case 'AlterDatabaseSetStmt':
        if (pg) judgeAuditOverride(s, null, n.dbname, n.setstmt);
        break;
      case 'CreateSchemaStmt':
        // GRANTs inside CREATE SCHEMA ... run as statements of their own.
        judgeNested(n.schemaElts ?? [], s);
        break;
      default:
        break;
    }
  }
  function judgeNested(elts: Node[], s: ParsedStatement) {
    for (const e of elts) if (e.GrantStmt && pg) judgeGrant(s, e.GrantStmt, false);
  }

  const out: ScanFinding[] = [];
  for (const [meta, where] of v.looked) {
    const placed = v.byCheck.get(meta) ?? [];
    const bad = placed.filter(p => p.raw.status !== 'PASS');
    out.push(
      ...emit(
        meta,
        bad.length
          ? placed
          : [
              {
                raw: pass(msg`${raw(PASS_TEXT[meta.id] ?? 'No statement in this file fails this check.')}`),
                ...where
              }
            ],
        file,
        ctx
      )
    );
  }
  if (systemChanges.size) out.push(...judgeAlterSystem(systemChanges, file, major, ctx));
  return out;
}

/**
 * ALTER SYSTEM SET through the live settings checks: the file's values (the last of each name wins,
 * as in postgresql.auto.conf) over HARDENED_SETTINGS, for every check that reads a changed setting.
 */
function judgeAlterSystem(
  changes: ReadonlyMap<string, { value: string; line: number; column: number }>,
  file: string,
  major: PgMajor,
  ctx: CheckContext
): ScanFinding[] {
  const values = new Map(HARDENED_SETTINGS);
  for (const [name, c] of changes) values.set(name, c.value);
  const facts = confFacts(values, major);
  const out: ScanFinding[] = [];
  for (const { check, settings } of CONF_CHECKS) {
    const changed = settings.filter(n => changes.has(n));
    if (changed.length === 0) continue;
    const placed: Placed[] = evaluateCheck(check, facts, ctx).map(f => {
      const name = f.object && changes.has(f.object) ? f.object : changed[0];
      const c = changes.get(name)!;
      return {
        raw: f,
        line: c.line,
        column: c.column,
        object: `ALTER SYSTEM ${f.object ?? name}`,
        annotation: BASELINE_NOTE
      };
    });
    out.push(...emit(check.meta, placed, file, ctx));
  }
  return out;
}

/** For the README and tests: the live checks and scan checks SQL files are judged by. */
export const SQL_CHECK_IDS: readonly string[] = [
  publicGrants.meta.id,
  publicSchema.meta.id,
  privilegedRoles.meta.id,
  securityDefiner.meta.id,
  untrustedLanguages.meta.id,
  pgauditCheck.meta.id,
  SQL_PASSWORD.id,
  SUPERUSER_ROLE.id,
  SCHEMA_CREATE.id,
  C_FUNCTION.id,
  CRDB_GRANT_ADMIN.id,
  crdbPublicPrivileges.meta.id
];
