import type { PgMembership, PgRole } from './facts.js';

/**
 * The role-membership graph: who can reach which role, directly or through nested grants.
 *
 * The roles and memberships come from the audited server, so their shape is the attacker's: a chain
 * thousands of roles deep must not make the audit quadratic. Reachability of a target is computed
 * once, backwards from the target over the reversed edges (linear in roles + memberships, cycles
 * visited once), and every later question about that target is answered by following the stored
 * next hop: O(length of the answer).
 */
export class RoleGraph {
  private readonly byOid = new Map<number, PgRole>();
  private readonly parents = new Map<number, number[]>();
  private readonly children = new Map<number, number[]>();
  /** Per target name: each role that reaches it, with the next role on its chosen path. */
  private readonly towards = new Map<string, Map<number, number | null>>();
  /** Per target name: each role's distance (in memberships) to it. */
  private readonly distances = new Map<string, Map<number, number>>();
  /** Per target and k: the role k steps before the target on a role's chain. */
  private readonly anchors = new Map<string, Map<number, number>>();

  constructor(roles: readonly PgRole[], memberships: readonly PgMembership[]) {
    for (const r of roles) this.byOid.set(r.oid, r);
    for (const m of memberships) {
      const up = this.parents.get(m.memberOid) ?? [];
      up.push(m.roleOid);
      this.parents.set(m.memberOid, up);
      const down = this.children.get(m.roleOid) ?? [];
      down.push(m.memberOid);
      this.children.set(m.roleOid, down);
    }
  }

  /**
   * The chain of roles from `member` up to `target` (exclusive of member), shortest first, or
   * undefined when `member` cannot reach it. Membership counts whether or not privileges are
   * inherited, because SET ROLE reaches them either way. Among several shortest chains the one
   * whose grants come first in pg_auth_members order is named (what a breadth-first search from
   * the member finds), so the detail text is stable from run to run.
   */
  pathTo(member: PgRole, targetName: string): string[] | undefined {
    const next = this.reachOf(targetName);
    // A role is not its own path (a search from it starts with it already seen).
    if (member.name === targetName || !next.has(member.oid)) return undefined;
    const path: string[] = [];
    for (let at = next.get(member.oid); at != null; at = next.get(at) ?? null) {
      path.push(this.byOid.get(at)!.name);
      if (this.byOid.get(at)!.name === targetName) break;
    }
    return path;
  }

  /**
   * The roles between `member` and `target` (the chain without the target) as a finding names
   * them: all of them up to `keep` roles; for a longer chain the first and last few around the
   * number left out, so a chain thousands deep costs a walk along it, not a text that long.
   */
  chainTo(
    member: PgRole,
    targetName: string,
    keep = 8
  ): { first: string[]; omitted: number; last: string[] } | undefined {
    const next = this.reachOf(targetName);
    if (member.name === targetName || !next.has(member.oid)) return undefined;
    const dist = this.distances.get(targetName)!;
    const name = (oid: number) => this.byOid.get(oid)!.name;
    const walk = (from: number, steps: number) => {
      const out: number[] = [];
      for (let at = next.get(from) ?? null; at != null && out.length < steps; at = next.get(at) ?? null)
        out.push(at);
      return out;
    };
    // The roles between member and target: one per step of the distance but the last.
    const count = dist.get(member.oid)! - 1;
    if (count <= keep) return { first: walk(member.oid, count).map(name), omitted: 0, last: [] };
    const lastKeep = Math.floor(keep / 2);
    const head = walk(member.oid, keep - lastKeep);
    // The last roles: the chain from the role lastKeep steps before the target, found through a
    // memo shared by every role whose chain passes there (so each role is stepped over once).
    const anchor = this.anchorOf(targetName, member.oid, lastKeep);
    const tail = [anchor, ...walk(anchor, lastKeep - 1)];
    return { first: head.map(name), omitted: count - head.length - tail.length, last: tail.map(name) };
  }

  /** The role `k` steps before the target on `from`'s chain (memoized per target and k). */
  private anchorOf(targetName: string, from: number, k: number): number {
    const key = `${k}\u0000${targetName}`;
    let memo = this.anchors.get(key);
    if (!memo) this.anchors.set(key, (memo = new Map()));
    const next = this.towards.get(targetName)!;
    const dist = this.distances.get(targetName)!;
    const walked: number[] = [];
    let at = from;
    while (!memo.has(at) && dist.get(at)! > k) {
      walked.push(at);
      at = next.get(at)!;
    }
    const found = memo.get(at) ?? at;
    for (const w of walked) memo.set(w, found);
    memo.set(at, found);
    return found;
  }

  private reachOf(targetName: string): Map<number, number | null> {
    const cached = this.towards.get(targetName);
    if (cached) return cached;
    // Distances to the target, breadth-first over reversed memberships. Only known roles are
    // stepped through: a membership naming a role pg_roles did not list leads nowhere.
    const dist = new Map<number, number>();
    const queue: number[] = [];
    for (const r of this.byOid.values()) {
      if (r.name === targetName) {
        dist.set(r.oid, 0);
        queue.push(r.oid);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const oid = queue[head];
      const d = dist.get(oid)!;
      for (const child of this.children.get(oid) ?? []) {
        if (dist.has(child) || !this.byOid.has(child)) continue;
        dist.set(child, d + 1);
        queue.push(child);
      }
    }
    // The next hop: the first parent (grant order) one step closer. Following it from any role
    // gives the lexicographically first shortest chain, the one a forward search would find.
    const next = new Map<number, number | null>();
    for (const [oid, d] of dist) {
      if (d === 0) {
        next.set(oid, null);
        continue;
      }
      const hop = (this.parents.get(oid) ?? []).find(p => dist.get(p) === d - 1 && this.byOid.has(p));
      next.set(oid, hop ?? null);
    }
    this.towards.set(targetName, next);
    this.distances.set(targetName, dist);
    return next;
  }
}

/** Predefined roles (pg_*) are PostgreSQL's own and not audited as principals. */
export function isPredefinedRole(name: string): boolean {
  return name.startsWith('pg_');
}
