import { defineCheck, fail, pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { CrdbFacts, CrdbGrant } from '../facts.js';

const DATA = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'ALL']);
const SYSTEM_SCHEMAS = new Set(['crdb_internal', 'information_schema', 'pg_catalog', 'pg_extension']);

/** What CockroachDB grants public by default: not findings. */
function isDefault(g: CrdbGrant): boolean {
  if (g.objectType === 'database' && g.privilege === 'CONNECT') return true;
  if (g.objectType === 'schema' && g.schema === 'public' && g.privilege === 'USAGE') return true;
  if (g.objectType === 'type' && g.privilege === 'USAGE') return true;
  if ((g.objectType === 'function' || g.objectType === 'routine') && g.privilege === 'EXECUTE') return true;
  return false;
}

/** In every database: FAIL for data privileges granted to public on objects; WARN for other non-default grants. */
export default defineCheck<CrdbFacts>({
  meta: {
    id: 'crdb/public-privileges',
    title: 'Privileges granted to public',
    dimension: 'Authorization',
    appliesTo: ['self-hosted', 'cloud'],
    description:
      'No table, view or sequence grants data privileges to public, and public holds no non-default privilege.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'REVOKE ALL ON <object> FROM public; REVOKE CREATE ON SCHEMA public FROM public (and set sql.auth.public_schema_create_privilege.enabled = false for new databases).',
      link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authorization#default-privileges'
    },
    frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.1'], 'ISO 27001': ['5.15'], HIPAA: ['164.312(a)(1)'] }
  },
  evaluate(facts) {
    const grants = need(facts.publicGrants).filter(g => !(g.schema && SYSTEM_SCHEMAS.has(g.schema)));
    const findings: RawFinding[] = [];
    const byObject = new Map<string, CrdbGrant[]>();
    for (const g of grants) {
      if (isDefault(g)) continue;
      const name = [g.database, g.schema, g.object].filter(Boolean).join('.');
      const key = `${g.objectType}\u0000${name}`;
      byObject.set(key, [...(byObject.get(key) ?? []), g]);
    }
    for (const [key, gs] of byObject) {
      const [type, name] = key.split('\u0000');
      const privs = gs.map(g => g.privilege).sort();
      const dataPrivs = privs.filter(p => DATA.has(p));
      const isObject = !['database', 'schema'].includes(type);
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
            msg`${raw(type)} ${name} grants ${raw(privs.join(', '))} to public (not a default grant).`,
            name
          )
        );
      }
    }
    if (findings.length) return findings;
    const dbs = new Set(grants.map(g => g.database)).size;
    return [
      pass(
        msg`public holds only the default grants (CONNECT, USAGE) in the ${raw(String(dbs))} database(s) audited.`
      )
    ];
  }
});
