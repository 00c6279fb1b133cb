import { fail, info, pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, plural, raw, valueList } from '../../../core/text.js';
import type { CrdbGrant } from '../facts.js';
import { defineCockroachCheck } from './define.js';

const DATA = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'ALL']);
const SYSTEM_SCHEMAS = new Set(['crdb_internal', 'information_schema', 'pg_catalog', 'pg_extension']);

/**
 * What CockroachDB grants public by default (pkg/sql/catalog/catpb/privilege.go): CONNECT on every
 * database, USAGE and CREATE on every `public` schema (CREATE while
 * sql.auth.public_schema_create_privilege.enabled is on, its default), USAGE on types and EXECUTE on
 * routines.
 */
function isDefault(g: CrdbGrant): boolean {
  if (g.objectType === 'database' && g.privilege === 'CONNECT') return true;
  if (
    g.objectType === 'schema' &&
    g.schema === 'public' &&
    (g.privilege === 'USAGE' || g.privilege === 'CREATE')
  )
    return true;
  if (g.objectType === 'type' && g.privilege === 'USAGE') return true;
  if ((g.objectType === 'function' || g.objectType === 'routine') && g.privilege === 'EXECUTE') return true;
  return false;
}

/** In every database: FAIL for data privileges granted to public on objects; WARN for other non-default grants. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/public-privileges',
    title: 'Privileges granted to public',
    dimension: 'Authorization',
    description:
      'No table, view or sequence grants data privileges to public, and public holds no privilege beyond the defaults.',
    rationale:
      'Privileges granted to public are held by every SQL user, including ones created later, so any login can read or change the affected data.',
    outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
    remediation: {
      text: 'REVOKE ALL ON <object> FROM public; to remove the default CREATE on schema public: REVOKE CREATE ON SCHEMA public FROM public in each database and SET CLUSTER SETTING sql.auth.public_schema_create_privilege.enabled = false for new databases.',
      link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authorization#default-privileges'
    },
    frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.1'], 'ISO 27001': ['5.15'], HIPAA: ['164.312(a)(1)'] }
  },
  evaluate(facts) {
    // Virtual schemas and pg_temp_* (present while temporary tables exist) are not configuration.
    const grants = need(facts.publicGrants).filter(
      g => !(g.schema && (SYSTEM_SCHEMAS.has(g.schema) || /^pg_temp_/.test(g.schema)))
    );
    const findings: RawFinding[] = [];
    const byObject = new Map<string, CrdbGrant[]>();
    for (const g of grants) {
      if (isDefault(g)) continue;
      // External connections are cluster-wide and repeat in every database's SHOW GRANTS.
      const name =
        g.objectType === 'external_connection'
          ? (g.object ?? '')
          : [g.database, g.schema, g.object].filter(Boolean).join('.');
      const key = `${g.objectType}\u0000${name}`;
      const list = byObject.get(key) ?? [];
      if (!list.some(x => x.privilege === g.privilege)) list.push(g);
      byObject.set(key, list);
    }
    for (const [key, gs] of byObject) {
      const [type, name] = key.split('\u0000');
      const privs = gs.map(g => g.privilege).sort();
      const dataPrivs = privs.filter(p => DATA.has(p));
      const isObject = !['database', 'schema', 'external_connection'].includes(type);
      if (isObject && dataPrivs.length) {
        findings.push(
          fail(
            msg`${raw(type)} ${name} grants ${raw(privs.join(', '))} to public: every user can read or change it.`,
            name
          )
        );
      } else {
        findings.push(
          warn(
            msg`${raw(type.replace('_', ' '))} ${name} grants ${raw(privs.join(', '))} to public, beyond CockroachDB's default grants.`,
            name
          )
        );
      }
    }
    if (findings.length) return findings;
    const dbs = new Set(grants.map(g => g.database)).size;
    const withCreate = [
      ...new Set(
        grants
          .filter(g => g.objectType === 'schema' && g.schema === 'public' && g.privilege === 'CREATE')
          .map(g => g.database)
      )
    ].sort();
    const out: RawFinding[] = [
      pass(
        msg`public holds only CockroachDB's default grants in the ${raw(plural(dbs, 'database'))} audited.`
      )
    ];
    if (withCreate.length)
      out.push(
        info(
          msg`By default public may create objects in schema public (sql.auth.public_schema_create_privilege.enabled): ${valueList(withCreate)}; revoke it where only owners should create objects.`
        )
      );
    return out;
  }
});
