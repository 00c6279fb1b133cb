import type { CrdbSystemGrant, CrdbUser } from './facts.js';

/** The value of a role option (`VALID UNTIL=2026-01-01 00:00:00+00`), or undefined. */
export function optionValue(u: CrdbUser, name: string): string | undefined {
  const o = u.options.find(x => x.toUpperCase().startsWith(`${name}=`));
  return o === undefined ? undefined : o.slice(name.length + 1);
}

const hasOption = (u: CrdbUser, name: string) => u.options.some(o => o.toUpperCase() === name);

/**
 * Who can open a SQL session: not NOLOGIN, not NOSQLLOGIN (role option or system privilege), and
 * not past VALID UNTIL. A filter over SHOW USERS rows; pass the audit time and the system grants.
 */
export function sqlLoginFilter(
  at: Date,
  systemGrants: readonly CrdbSystemGrant[] = []
): (u: CrdbUser) => boolean {
  const noSql = new Set(systemGrants.filter(g => g.privilege === 'NOSQLLOGIN').map(g => g.grantee));
  return u => {
    if (hasOption(u, 'NOLOGIN') || hasOption(u, 'NOSQLLOGIN') || noSql.has(u.username)) return false;
    const until = optionValue(u, 'VALID UNTIL');
    if (until !== undefined && until !== '' && until.toUpperCase() !== 'NULL') {
      const t = Date.parse(until.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
      if (Number.isFinite(t) && t <= at.getTime()) return false;
    }
    return true;
  };
}

/** True when the principal has no NOLOGIN option (a role-or-user distinction, not a login test). */
export function isUserNotRole(u: CrdbUser): boolean {
  return !hasOption(u, 'NOLOGIN');
}

/** Every role a principal belongs to, directly or through nested roles. */
export function membershipsOf(users: readonly CrdbUser[], name: string): Set<string> {
  const byName = new Map(users.map(u => [u.username, u]));
  const out = new Set<string>();
  const stack = [...(byName.get(name)?.memberOf ?? [])];
  while (stack.length) {
    const r = stack.pop()!;
    if (out.has(r)) continue;
    out.add(r);
    stack.push(...(byName.get(r)?.memberOf ?? []));
  }
  // root is always a member of admin, even where SHOW USERS does not say so.
  if (name === 'root') out.add('admin');
  return out;
}

/** Principals that are members of admin, through any depth of nesting; root counts. */
export function adminMembers(
  users: readonly CrdbUser[],
  canLogin: (u: CrdbUser) => boolean = isUserNotRole
): { name: string; via: string | null }[] {
  const out: { name: string; via: string | null }[] = [];
  for (const u of users) {
    if (u.username === 'admin' || !canLogin(u)) continue;
    const m = membershipsOf(users, u.username);
    if (!m.has('admin')) continue;
    const direct = u.memberOf.includes('admin') || u.username === 'root';
    out.push({
      name: u.username,
      via: direct
        ? null
        : (u.memberOf.find(r => membershipsOf(users, r).has('admin') || r === 'admin') ?? null)
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
