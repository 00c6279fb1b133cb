import { judgeAdminCount } from '../../../judgements/admin-count.js';
import { need } from '../../../core/facts.js';
import { msg, raw, valueList } from '../../../core/text.js';
import { adminMembers, sqlLoginFilter } from '../roles.js';
import { defineCockroachCheck } from './define.js';
import { ADMIN_COUNT_CONTROLS } from '../../../policy/control-sets.js';

/** Login members of admin, through nested roles, root included: 1-2 PASS, 3-5 WARN, 6+ FAIL. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/admin-users',
    title: 'Admin role members',
    dimension: 'Authorization',
    family: 'admin-count',
    description: 'At most two login users are members of admin, directly or through nested roles.',
    rationale:
      'Every member of admin can read and change all data, grant itself anything and drop the cluster, so each extra member is one more credential whose theft is a full compromise.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'REVOKE admin FROM <user> (and from roles that carry it); give people narrower roles and system privileges; keep root for break-glass use.',
      link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authorization#admin-role'
    },
    frameworks: ADMIN_COUNT_CONTROLS
  },
  evaluate(facts, ctx) {
    // NOSQLLOGIN, NOLOGIN and expired VALID UNTIL accounts cannot use SQL: they are not counted.
    const canLogin = sqlLoginFilter(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
    const admins = adminMembers(need(facts.users), canLogin);
    const labels = admins.map(a => (a.via ? `${a.name} (through ${a.via})` : a.name));
    const head = msg`${raw(String(admins.length))} login user${raw(admins.length === 1 ? ' is a member' : 's are members')} of admin: ${valueList(labels)}`;
    return [judgeAdminCount(admins.length, head)];
  }
});
