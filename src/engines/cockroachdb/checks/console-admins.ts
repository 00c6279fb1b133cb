import { need } from '../../../core/facts.js';
import { msg, raw, valueList } from '../../../core/text.js';
import { judgeAdminCount } from '../../../judgements/admin-count.js';
import { defineCockroachCheck } from './define.js';
import { PRIVILEGED_ACCESS_CONTROLS } from '../../../policy/control-sets.js';

const ADMIN_ROLES = new Set(['ORG_ADMIN', 'CLUSTER_ADMIN']);

/** Cloud Console users holding ORG_ADMIN or CLUSTER_ADMIN (GET /api/v1/roles): 1-2 / 3-5 / 6+. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/console-admins',
    title: 'Cloud Console administrators',
    dimension: 'Authorization',
    family: 'admin-count',
    appliesTo: ['cloud'],
    description: 'At most two Cloud Console users hold ORG_ADMIN or CLUSTER_ADMIN.',
    rationale:
      'ORG_ADMIN and CLUSTER_ADMIN can change network access, users and backups and delete clusters, so every extra holder is another Console account whose compromise controls the data.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'Give people CLUSTER_DEVELOPER or CLUSTER_OPERATOR_WRITER instead of ORG_ADMIN / CLUSTER_ADMIN in the Cloud Console (Access Management), keeping two administrators.',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/authorization'
    },
    frameworks: PRIVILEGED_ACCESS_CONTROLS
  },
  evaluate(facts) {
    const grants = need(facts.cloud.consoleRoles);
    const admins = grants
      .filter(g => g.roles.some(r => ADMIN_ROLES.has(r.name)))
      .map(
        g =>
          `${g.userId} (${[...new Set(g.roles.filter(r => ADMIN_ROLES.has(r.name)).map(r => r.name))].join(', ')})`
      )
      .sort();
    const head = msg`${raw(String(admins.length))} Cloud Console user${raw(admins.length === 1 ? ' holds' : 's hold')} ORG_ADMIN or CLUSTER_ADMIN: ${valueList(admins)}`;
    return [judgeAdminCount(admins.length, head)];
  }
});
