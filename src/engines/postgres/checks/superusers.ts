import { judgeAdminCount } from '../../../judgements/admin-count.js';
import { need } from '../../../core/facts.js';
import { msg, raw, valueList } from '../../../core/text.js';
import { definePostgresCheck } from './define.js';
import { ADMIN_COUNT_CONTROLS } from '../../../policy/control-sets.js';

/** Compliant: one or two superuser roles (1-2 PASS, 3-5 WARN, 6+ FAIL). */
export default definePostgresCheck({
  meta: {
    id: 'pg/superusers',
    title: 'Superuser count',
    dimension: 'Authorization',
    family: 'admin-count',
    description: 'At most two roles have SUPERUSER.',
    rationale:
      "A superuser bypasses every permission and can run OS commands as the server's user, so every extra superuser is one more credential whose theft is a full compromise.",
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'ALTER ROLE ... NOSUPERUSER for roles that do not need it; grant predefined roles (pg_monitor, pg_read_all_data, ...) instead.',
      link: 'https://www.postgresql.org/docs/current/predefined-roles.html'
    },
    frameworks: ADMIN_COUNT_CONTROLS
  },
  evaluate(facts) {
    const supers = need(facts.roles)
      .filter(r => r.superuser)
      .map(r => r.name);
    const n = supers.length;
    return [
      judgeAdminCount(
        n,
        msg`${raw(String(n))} ${raw(n === 1 ? 'role has' : 'roles have')} SUPERUSER: ${raw(valueList(supers))}`
      )
    ];
  }
});
