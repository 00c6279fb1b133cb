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

/**
 * Reachability over SHOW USERS' member_of lists, built once per users list (the audit's facts are
 * one array, so every check shares it). The lists come from the audited cluster: a role chain
 * thousands deep must not make a check quadratic, so nothing here walks the graph once per user.
 */
interface Reach {
  readonly byName: Map<string, CrdbUser>;
  /** role -> the principals that name it in member_of. */
  readonly children: Map<string, string[]>;
  /** role -> every principal that reaches it through one or more member_of steps. */
  readonly members: Map<string, Set<string>>;
}

const reachCache = new WeakMap<readonly CrdbUser[], Reach>();

function reachOf(users: readonly CrdbUser[]): Reach {
  let r = reachCache.get(users);
  if (!r) {
    const byName = new Map(users.map(u => [u.username, u]));
    const children = new Map<string, string[]>();
    for (const u of byName.values()) {
      for (const role of u.memberOf) {
        const list = children.get(role) ?? [];
        list.push(u.username);
        children.set(role, list);
      }
    }
    r = { byName, children, members: new Map() };
    reachCache.set(users, r);
  }
  return r;
}

/** Every principal that reaches `role` (breadth-first over reversed member_of, each once). */
function membersOf(users: readonly CrdbUser[], role: string): Set<string> {
  const r = reachOf(users);
  let out = r.members.get(role);
  if (!out) {
    out = new Set<string>();
    const queue = [role];
    for (let head = 0; head < queue.length; head++) {
      for (const child of r.children.get(queue[head]) ?? []) {
        if (out.has(child)) continue;
        out.add(child);
        queue.push(child);
      }
    }
    r.members.set(role, out);
  }
  return out;
}

/** Whether `name` belongs to `role`, directly or through nested roles; root is always in admin. */
export function belongsTo(users: readonly CrdbUser[], name: string, role: string): boolean {
  if (role === 'admin' && name === 'root') return true;
  return membersOf(users, role).has(name);
}

/**
 * The roles a principal belongs to, as a lookup: what rule matching needs, without materialising
 * the whole closure for every user (memoized per role, so each role's members are found once).
 */
export function membershipView(users: readonly CrdbUser[], name: string): { has(role: string): boolean } {
  return { has: role => belongsTo(users, name, role) };
}

/** Every role a principal belongs to, directly or through nested roles. */
export function membershipsOf(users: readonly CrdbUser[], name: string): Set<string> {
  const { byName } = reachOf(users);
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
    if (!belongsTo(users, u.username, 'admin')) continue;
    const direct = u.memberOf.includes('admin') || u.username === 'root';
    out.push({
      name: u.username,
      via: direct ? null : (u.memberOf.find(r => r === 'admin' || belongsTo(users, r, 'admin')) ?? null)
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
