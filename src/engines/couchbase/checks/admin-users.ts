import { warn, type RawFinding } from '../../../core/check.js';
import { judgeAdminCount } from '../../../judgements/admin-count.js';
import { need } from '../../../core/facts.js';
import { msg, raw, valueList } from '../../../core/text.js';
import type { CbFacts, CbGroup } from '../facts.js';
import { adminOrSecurityRoles, needUnfilteredUserList } from '../roles.js';
import { defineCouchbaseCheck } from './define.js';
import { ADMIN_COUNT_CONTROLS } from '../../../policy/control-sets.js';

/**
 * Groups whose admin roles reach every member of an LDAP group: members are not in the user list.
 * An unreadable LDAP setting or group list is UNKNOWN (on Enterprise), never "no such path".
 */
export function ldapAdminGroups(facts: CbFacts): CbGroup[] {
  if (facts.cluster.edition === 'community') return [];
  // Without LDAP authorization, ldap_group_ref grants nothing.
  if (!need(facts.ldap).authorizationEnabled) return [];
  return need(facts.groups).filter(g => g.ldapGroupRef && adminOrSecurityRoles(g).length > 0);
}

/**
 * SAML assertions that may carry admin rights: roles from rolesAttribute, or groups from
 * groupsAttribute mapped to Couchbase groups that hold admin roles (inferred from
 * menelaus_web_saml.erl params()). Null when SAML grants none.
 */
export function samlRoleGrant(facts: CbFacts): { attribute: string; value: string; note: string } | null {
  if (facts.cluster.edition === 'community') return null;
  const s = need(facts.saml);
  if (!s.enabled) return null;
  if (s.rolesAttribute) return { attribute: 'rolesAttribute', value: s.rolesAttribute, note: '' };
  if (s.groupsAttribute && need(facts.groups).some(g => adminOrSecurityRoles(g).length > 0))
    return {
      attribute: 'groupsAttribute',
      value: s.groupsAttribute,
      note: ' (mapped to groups that hold admin roles)'
    };
  return null;
}

/**
 * Users with Full Admin or a security/user-admin role: 1-2 PASS, 3-5 WARN, 6+ FAIL. Only users
 * stored in Couchbase are listed, and the list is silently filtered for readers without the
 * right role, so the check first makes sure the audit user sees everything, then adds the admin
 * paths the list cannot show: LDAP groups mapped to admin roles and SAML role attributes. The
 * built-in administrator (rest_creds) is never listed and always exists.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/admin-users',
    title: 'Administrative users',
    dimension: 'Authorization',
    family: 'admin-count',
    description:
      'At most two users hold Full Admin or a security-admin role, and no LDAP group or SAML assertion grants one.',
    rationale:
      'Full Admin and security-admin roles control users, certificates, auditing and all data, so every extra holder, and every LDAP group or SAML assertion that confers one, is another path to full compromise.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'Give people narrower roles (cluster_admin, bucket_admin, ro_security_admin) and keep Full Admin/security admin to a break-glass pair; map LDAP groups and SAML roles to narrow roles only; review the list each quarter.',
      link: 'https://docs.couchbase.com/server/current/learn/security/roles.html'
    },
    frameworks: ADMIN_COUNT_CONTROLS
  },
  evaluate(facts) {
    needUnfilteredUserList(facts);
    const users = need(facts.users);
    const admins = users
      .map(u => ({
        label: `${u.id} (${u.domain}: ${adminOrSecurityRoles(u).join(', ')})`,
        roles: adminOrSecurityRoles(u)
      }))
      .filter(a => a.roles.length > 0)
      .map(a => a.label)
      .sort();
    const findings: RawFinding[] = [];
    for (const g of ldapAdminGroups(facts)) {
      findings.push(
        warn(
          msg`Group ${g.id} grants ${valueList(adminOrSecurityRoles(g))} to every member of LDAP group ${g.ldapGroupRef ?? ''}: they are admins without being listed in /settings/rbac/users, and their number is unknown here.`,
          `group:${g.id}`
        )
      );
    }
    const saml = samlRoleGrant(facts);
    if (saml) {
      findings.push(
        warn(
          msg`SAML is on with ${raw(saml.attribute)} ${saml.value}${raw(saml.note)}: the identity provider decides each user's roles, Full Admin included, and none of those users is listed.`,
          'saml'
        )
      );
    }
    const n = admins.length;
    const list = n ? msg`: ${valueList(admins)}` : msg``;
    const head = msg`${raw(String(n))} stored user${raw(n === 1 ? '' : 's')} hold${raw(n === 1 ? 's' : '')} Full Admin or a security-admin role${raw(list)}`;
    const builtin = ' (plus the built-in administrator, which is never listed)';
    findings.push(judgeAdminCount(n, msg`${raw(head)}${raw(builtin)}`));
    return findings;
  }
});
