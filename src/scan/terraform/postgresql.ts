import { defineCheck, fail, pass, type Check, type CheckContext } from '../../core/check.js';
import { available, need, unavailable, type Fact } from '../../core/facts.js';
import { joinText, msg, raw, type Text } from '../../core/text.js';
import publicGrants from '../../engines/postgres/checks/public-grants.js';
import publicSchema from '../../engines/postgres/checks/public-schema.js';
import type { ScanFinding } from '../finding.js';
import literalPassword from './checks/literal-password.js';
import rolePrivileges from './checks/pg-role-privileges.js';
import type { TfFacts } from './checks/facts.js';
import { judged, notUntilPlan } from './emit.js';
import type { TfConfig, TfResource } from './model.js';

interface GrantFacts {
  readonly grantee: string;
  readonly objectType: string;
  readonly privileges: readonly string[];
  readonly where: Text;
  readonly defaults: boolean;
}

const DATA_PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'ALL'];
const isPublic = (g: GrantFacts) => g.grantee.toLowerCase() === 'public';

/** pg/public-grants, judged on a postgresql_grant / postgresql_default_privileges instead of a catalog. */
const tfPublicGrants: Check<TfFacts<GrantFacts>> = defineCheck({
  meta: publicGrants.meta,
  evaluate(facts) {
    const g = need(facts.value);
    const privs = g.privileges.filter(p => DATA_PRIVILEGES.includes(p.toUpperCase()));
    if (isPublic(g) && privs.length)
      return [
        fail(
          msg`${facts.address} grants ${raw(privs.join(', ').toUpperCase())} on ${raw(g.where)} to PUBLIC.`
        )
      ];
    return [pass(msg`${facts.address} grants no data privilege to PUBLIC (grantee ${g.grantee}).`)];
  }
});

/** pg/public-schema on a postgresql_grant of a schema. */
const tfPublicSchema: Check<TfFacts<GrantFacts>> = defineCheck({
  meta: publicSchema.meta,
  evaluate(facts) {
    const g = need(facts.value);
    const create = g.privileges.some(p => ['CREATE', 'ALL'].includes(p.toUpperCase()));
    if (isPublic(g) && create)
      return [
        fail(
          msg`${facts.address} lets PUBLIC CREATE in ${raw(g.where)}: any user can plant objects that shadow others' on the search_path.`
        )
      ];
    return [pass(msg`${facts.address} gives PUBLIC no CREATE on a schema (grantee ${g.grantee}).`)];
  }
});

function str(r: TfResource, attr: string): string | undefined {
  const v = r.block.get(attr);
  return v?.known ? String(v.value) : undefined;
}

function grantFacts(r: TfResource, defaults: boolean): Fact<GrantFacts> {
  for (const attr of ['role', 'object_type', 'privileges']) {
    const v = r.block.get(attr);
    if (v && !v.known) return notUntilPlan(r, attr, v);
    if (!v) return unavailable(msg`${r.address} does not set ${attr}.`);
  }
  const privs = r.block.get('privileges') as { value: unknown };
  const schema = str(r, 'schema');
  const db = str(r, 'database');
  const objects = r.block.get('objects');
  const named =
    objects?.known && Array.isArray(objects.value) && objects.value.length
      ? objects.value.map(String).join(', ')
      : undefined;
  const type = str(r, 'object_type')!.toLowerCase();
  // Names come from the repository: quoted by msg, never spliced in as our own words.
  const parts: Text[] = [
    defaults
      ? msg`every new ${type}`
      : type === 'schema'
        ? msg`schema ${schema ?? '?'}`
        : named
          ? msg`${type} ${named}`
          : msg`all ${type}s`
  ];
  if (schema && type !== 'schema') parts.push(msg`in schema ${schema}`);
  if (db) parts.push(msg`of database ${db}`);
  const where = joinText(parts, ' ');
  return available({
    grantee: str(r, 'role')!,
    objectType: type,
    privileges: Array.isArray(privs.value) ? privs.value.map(String) : [],
    where,
    defaults
  });
}

const ROLE_ATTRS = ['superuser', 'create_role', 'bypass_row_level_security', 'replication'];

function judgeRole(config: TfConfig, r: TfResource, ctx: CheckContext): ScanFinding[] {
  const out: ScanFinding[] = [];
  const set: string[] = [];
  let unknown: Fact<never> | undefined;
  let at = r.block.pos;
  for (const a of ROLE_ATTRS) {
    const v = r.block.get(a);
    if (v && !v.known) unknown ??= notUntilPlan(r, a, v);
    else if (v && (v.value === true || v.value === 'true')) {
      if (!set.length) at = v.pos;
      set.push(a);
    }
  }
  out.push(...judged(rolePrivileges, { address: r.address, value: unknown ?? available(set) }, ctx, r, at));
  // The password: never read into a message, only whether it is written down.
  for (const attr of ['password', 'encrypted_password']) {
    const v = r.block.get(attr);
    if (!v) continue;
    // An expression is quoted only when it is a bare reference; one with a string literal inside
    // (join, base64decode, a template) may spell the secret, so it counts as written down.
    const reference = !v.known && /^[A-Za-z_][\w-]*(\.[\w-]+|\[\d+\])*$/.test(v.expr);
    const literal = v.known || (!reference && v.expr.includes('"'));
    const where: Text = config.plan
      ? msg`in the plan file`
      : v.known
        ? v.from
          ? msg`through ${v.from}`
          : msg`in the configuration`
        : reference
          ? msg`${v.expr}`
          : literal
            ? msg`inside an expression with a string literal`
            : msg`an expression evaluated at plan`;
    out.push(
      ...judged(
        literalPassword,
        { address: r.address, value: available({ attr, literal, where }) },
        ctx,
        r,
        v.pos
      )
    );
  }
  return out;
}

/** The cyrilgdn/postgresql provider: roles, grants and default privileges. */
export function judgePostgresqlProvider(config: TfConfig, ctx: CheckContext): ScanFinding[] {
  const out: ScanFinding[] = [];
  for (const r of config.resources) {
    if (r.type === 'postgresql_role') out.push(...judgeRole(config, r, ctx));
    else if (r.type === 'postgresql_grant' || r.type === 'postgresql_default_privileges') {
      const defaults = r.type === 'postgresql_default_privileges';
      const facts = grantFacts(r, defaults);
      const type = str(r, 'object_type')?.toLowerCase();
      const at = r.block.get('role')?.pos;
      const check = type === 'schema' && !defaults ? tfPublicSchema : tfPublicGrants;
      out.push(...judged(check, { address: r.address, value: facts }, ctx, r, at));
    }
  }
  return out;
}
