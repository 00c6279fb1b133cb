import type { CrdbUser } from './facts.js';

/** True when the principal may log in (no NOLOGIN option). */
export function canLogin(u: CrdbUser): boolean {
  return !u.options.some(o => o.toUpperCase() === 'NOLOGIN');
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

/** Login principals that are members of admin, through any depth of nesting; root counts. */
export function adminMembers(users: readonly CrdbUser[]): { name: string; via: string | null }[] {
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
