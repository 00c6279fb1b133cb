import type { CbUser } from './facts.js';

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

/** The admin-equivalent roles a user holds, sorted. */
export function adminEquivalentRoles(user: CbUser): string[] {
  return [...new Set(user.roles.map(r => r.role).filter(r => ADMIN_EQUIVALENT.has(r)))].sort();
}

/** Full Admin or security/user-admin roles (what cb/admin-users counts). */
export function adminOrSecurityRoles(user: CbUser): string[] {
  return [...new Set(user.roles.map(r => r.role).filter(r => ADMIN_OR_SECURITY.has(r)))].sort();
}

export function userLabel(u: { name?: string; id?: string; domain: string }): string {
  return `${u.name ?? u.id}/${u.domain}`;
}
