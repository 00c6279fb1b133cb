import type { PgMembership, PgRole } from './facts.js';

/** The role-membership graph: who can reach which role, directly or through nested grants. */
export class RoleGraph {
  private readonly byOid = new Map<number, PgRole>();
  private readonly parents = new Map<number, number[]>();

  constructor(roles: readonly PgRole[], memberships: readonly PgMembership[]) {
    for (const r of roles) this.byOid.set(r.oid, r);
    for (const m of memberships) {
      const list = this.parents.get(m.memberOid) ?? [];
      list.push(m.roleOid);
      this.parents.set(m.memberOid, list);
    }
  }

  /**
   * The chain of roles from `member` up to `target` (exclusive of member), shortest first, or
   * undefined when `member` cannot reach it. Membership counts whether or not privileges are
   * inherited, because SET ROLE reaches them either way.
   */
  pathTo(member: PgRole, targetName: string): string[] | undefined {
    const queue: { oid: number; path: string[] }[] = [{ oid: member.oid, path: [] }];
    const seen = new Set<number>([member.oid]);
    while (queue.length) {
      const { oid, path } = queue.shift()!;
      for (const parent of this.parents.get(oid) ?? []) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        const role = this.byOid.get(parent);
        if (!role) continue;
        const next = [...path, role.name];
        if (role.name === targetName) return next;
        queue.push({ oid: parent, path: next });
      }
    }
    return undefined;
  }
}

/** Predefined roles (pg_*) are PostgreSQL's own and not audited as principals. */
export function isPredefinedRole(name: string): boolean {
  return name.startsWith('pg_');
}
