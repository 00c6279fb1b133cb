import { defineCheck, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { TfFacts } from './facts.js';

const WHY: Record<string, string> = {
  superuser: 'SUPERUSER (bypasses every permission check)',
  create_role: 'CREATEROLE (can create roles and grant itself their memberships)',
  bypass_row_level_security: 'BYPASSRLS (ignores every row-level security policy)',
  replication: 'REPLICATION (can stream the whole cluster)'
};

/** postgresql_role: the attributes pg/superusers and pg/privileged-roles look for on a live server. */
export default defineCheck<TfFacts<readonly string[]>>({
  meta: {
    id: 'tf/pg-role-privileges',
    title: 'Role attributes',
    dimension: 'Authorization',
    family: 'admin-count',
    appliesTo: ['cloud', 'self-hosted'],
    description:
      'A postgresql_role is created without SUPERUSER, CREATEROLE, BYPASSRLS or REPLICATION unless it is an administrator.',
    outcomes: ['PASS', 'WARN'],
    rationale:
      'SUPERUSER, CREATEROLE, BYPASSRLS and REPLICATION give a role power over every object or every row; a compromised application role then compromises the whole server.',
    remediation: {
      text: 'Remove superuser/create_role/bypass_row_level_security/replication from application roles; keep them on the one or two administrator roles.',
      link: 'https://www.postgresql.org/docs/current/role-attributes.html'
    },
    frameworks: { 'SOC 2': ['CC6.3'], 'PCI DSS': ['7'], 'ISO 27001': ['8.2'] }
  },
  evaluate(facts) {
    const attrs = need(facts.value);
    if (!attrs.length)
      return [pass(msg`${facts.address} has no superuser, createrole, bypassrls or replication attribute.`)];
    return attrs.map(a => warn(msg`${facts.address} is created with ${raw(WHY[a] ?? a)}.`, a));
  }
});
