import { defineCheck } from '../../../core/check.js';
import { judgeAdminCount } from '../../../judgements/admin-count.js';
import { need } from '../../../core/facts.js';
import { msg, raw, valueList } from '../../../core/text.js';
import type { CbFacts } from '../facts.js';
import { adminOrSecurityRoles } from '../roles.js';

/**
 * Users with Full Admin or a security/user-admin role: 1-2 PASS, 3-5 WARN, 6+ FAIL. The built-in
 * administrator created at cluster initialisation is not an RBAC user and is not counted.
 */
export default defineCheck<CbFacts>({
  meta: {
    id: 'cb/admin-users',
    title: 'Administrative users',
    dimension: 'Authorization',
    family: 'admin-count',
    appliesTo: ['self-hosted', 'cloud'],
    description: 'At most two RBAC users hold Full Admin or a security-admin role.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'Give people narrower roles (cluster_admin, bucket_admin, ro_security_admin) and keep Full Admin/security admin to a break-glass pair; review the list each quarter.',
      link: 'https://docs.couchbase.com/server/current/learn/security/roles.html'
    },
    frameworks: {
      'SOC 2': ['CC6.1', 'CC6.3'],
      'PCI DSS': ['7'],
      'ISO 27001': ['8.2'],
      HIPAA: ['164.312(a)(1)']
    }
  },
  evaluate(facts) {
    const users = need(facts.users);
    const admins = users
      .map(u => ({
        label: `${u.id} (${u.domain}: ${adminOrSecurityRoles(u).join(', ')})`,
        roles: adminOrSecurityRoles(u)
      }))
      .filter(a => a.roles.length > 0)
      .map(a => a.label)
      .sort();
    const n = admins.length;
    const list = n ? msg`: ${valueList(admins)}` : msg``;
    const head = msg`${raw(String(n))} RBAC user${raw(n === 1 ? '' : 's')} hold${raw(n === 1 ? 's' : '')} Full Admin or a security-admin role${raw(list)}`;
    return [judgeAdminCount(n, n === 0 ? msg`${raw(head)} (only the built-in administrator remains)` : head)];
  }
});
