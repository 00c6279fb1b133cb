import { info, pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, valueList } from '../../../core/text.js';
import { adminEquivalentRoles, needUnfilteredUserList, userLabel } from '../roles.js';
import { ldapAdminGroups, samlRoleGrant } from './admin-users.js';
import { defineCouchbaseCheck } from './define.js';
import { AUDIT_LOGGING_CONTROLS } from '../../../policy/control-sets.js';

/**
 * Compliant: no administrator is excluded from auditing. Internal service users (`@eventing`,
 * `@cbq-engine`, ...) are listed for information; their exclusion is common practice. The GET
 * shows a local entry only while that user exists, so only external/unknown entries can name
 * users that are not stored; those may still be admins through LDAP groups or SAML.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/audit-exclusions',
    title: 'Users excluded from auditing',
    dimension: 'Audit Logging',
    description: 'No user with an admin-equivalent role is in the audit disabledUsers list.',
    rationale:
      'Events of users on the disabledUsers list are not audited, so an administrator on it acts without a trace.',
    outcomes: ['PASS', 'WARN', 'INFO'],
    remediation: {
      text: 'Remove administrators, and external users whose roles come from LDAP or SAML, from the list of users whose events are not audited (Security > Audit > Ignore events from these users).',
      link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-auditing.html'
    },
    frameworks: AUDIT_LOGGING_CONTROLS
  },
  evaluate(facts) {
    const audit = need(facts.audit);
    if (audit.disabledUsers.length === 0) return [pass(msg`No user is excluded from auditing.`)];
    const findings: RawFinding[] = [];
    const people = audit.disabledUsers.filter(u => !u.name.startsWith('@'));
    if (people.length) needUnfilteredUserList(facts);
    const users = people.length ? need(facts.users) : [];
    const externalPaths = people.some(u => u.domain !== 'local')
      ? ldapAdminGroups(facts).length > 0 || samlRoleGrant(facts) !== null
      : false;
    for (const excluded of audit.disabledUsers) {
      const label = userLabel(excluded);
      if (excluded.name.startsWith('@')) {
        findings.push(info(msg`Internal service user ${excluded.name} is excluded from auditing.`, label));
        continue;
      }
      const user = users.find(u => u.id === excluded.name && u.domain === excluded.domain);
      const roles = user ? adminEquivalentRoles(user) : [];
      if (roles.length > 0) {
        findings.push(
          warn(
            msg`User ${excluded.name} (${excluded.domain}) holds ${valueList(roles)} yet is excluded from auditing: its actions leave no audit record.`,
            label
          )
        );
      } else if (excluded.domain !== 'local' && externalPaths) {
        findings.push(
          warn(
            msg`User ${excluded.name} (${excluded.domain}) is excluded from auditing; its roles may come from an LDAP group or a SAML assertion that grants admin rights, which the stored user list cannot show.`,
            label
          )
        );
      } else {
        findings.push(
          info(
            user
              ? msg`User ${excluded.name} (${excluded.domain}) is excluded from auditing; it holds no admin-equivalent role.`
              : msg`User ${excluded.name} (${excluded.domain}) is excluded from auditing; it is not a stored user and no LDAP group or SAML attribute grants admin rights.`,
            label
          )
        );
      }
    }
    return findings;
  }
});
