import { need, unavailable } from '../../core/facts.js';
import { msg, raw, valueList } from '../../core/text.js';
import type { CbFacts, CbRole } from './facts.js';

/**
 * The role that reads security settings, by version and edition: ro_admin on 7.6; on 8.0
 * Enterprise ro_security_admin (the upgrade gives it to every ro_admin user); Community Edition
 * 8.0 has no read-only security role at all, only Full Admin reads security there.
 */
export function securityReaderRole(edition: 'enterprise' | 'community', compat80: boolean): string {
  if (!compat80) return 'Read-Only Admin (ro_admin) role';
  if (edition === 'community')
    return 'Full Admin (admin) role: Community Edition 8.0 has no read-only role that reads security settings (ro_security_admin is Enterprise only)';
  return 'Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user';
}

/** Full Admin: the only true superuser. */
export const FULL_ADMIN = 'admin';

/** Roles that manage security or users, and so can grant roles (7.6 and 8.0 ids). */
export const SECURITY_ADMIN_ROLES = [
  'security_admin_local',
  'security_admin_external',
  'security_admin',
  'user_admin_local',
  'user_admin_external'
] as const;

/** Roles close to Full Admin in reach (cluster_admin, eventing_admin with all bucket access, backup_admin). */
export const NEAR_ADMIN_ROLES = ['cluster_admin', 'eventing_admin', 'backup_admin'] as const;

const ADMIN_EQUIVALENT = new Set<string>([FULL_ADMIN, ...SECURITY_ADMIN_ROLES, ...NEAR_ADMIN_ROLES]);
const ADMIN_OR_SECURITY = new Set<string>([FULL_ADMIN, ...SECURITY_ADMIN_ROLES]);

/** The admin-equivalent roles a user or group holds, sorted. */
export function adminEquivalentRoles(holder: { roles: readonly CbRole[] }): string[] {
  return [...new Set(holder.roles.map(r => r.role).filter(r => ADMIN_EQUIVALENT.has(r)))].sort();
}

/** Full Admin or security/user-admin roles (what cb/admin-users counts). */
export function adminOrSecurityRoles(holder: { roles: readonly CbRole[] }): string[] {
  return [...new Set(holder.roles.map(r => r.role).filter(r => ADMIN_OR_SECURITY.has(r)))].sort();
}

export function userLabel(u: { name?: string; id?: string; domain: string }): string {
  return `${u.name ?? u.id}/${u.domain}`;
}

/**
 * GET /settings/rbac/users and /groups drop, still with HTTP 200, every holder of a security role
 * (and on 8.0 of a user-admin role) unless the reader may see them (menelaus_web_rbac.erl
 * security_filter, user_admin_filter). Readers that see everything: admin; ro_admin on 7.6;
 * ro_security_admin on 8.0. With any other reader the list may be missing every admin, so a
 * check that counts admins must stop here: UNKNOWN naming the role to grant, never PASS.
 */
export function needUnfilteredUserList(facts: CbFacts): void {
  const me = need(facts.whoami);
  const full = facts.cluster.compat80 ? 'ro_security_admin' : 'ro_admin';
  if (me.roles.includes(FULL_ADMIN) || me.roles.includes(full)) return;
  need(
    unavailable(
      msg`the audit user ${me.id} holds ${me.roles.length ? valueList(me.roles) : msg`no role`}, for which GET /settings/rbac/users silently leaves out every holder of a security${raw(facts.cluster.compat80 ? ' or user-admin' : '')} role: administrators may be missing from the list.`,
      msg`give the audit user the ${raw(securityReaderRole(facts.cluster.edition, facts.cluster.compat80))}.`
    )
  );
}
