import { describe, expect, it } from '@jest/globals';
import { RoleGraph } from '../../../src/engines/postgres/roles.js';
import type { PgMembership, PgRole } from '../../../src/engines/postgres/facts.js';

const role = (oid: number, name: string): PgRole => ({
  oid,
  name,
  superuser: false,
  inherit: true,
  createRole: false,
  createDb: false,
  canLogin: true,
  replication: false,
  bypassRls: false,
  validUntil: null
});

/** The search it replaced: breadth-first from the member, copying the path at every step. */
function oldPathTo(
  roles: readonly PgRole[],
  memberships: readonly PgMembership[],
  member: PgRole,
  targetName: string
): string[] | undefined {
  const byOid = new Map(roles.map(r => [r.oid, r]));
  const parents = new Map<number, number[]>();
  for (const m of memberships) parents.set(m.memberOid, [...(parents.get(m.memberOid) ?? []), m.roleOid]);
  const queue: { oid: number; path: string[] }[] = [{ oid: member.oid, path: [] }];
  const seen = new Set<number>([member.oid]);
  while (queue.length) {
    const { oid, path } = queue.shift()!;
    for (const parent of parents.get(oid) ?? []) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      const r = byOid.get(parent);
      if (!r) continue;
      const next = [...path, r.name];
      if (r.name === targetName) return next;
      queue.push({ oid: parent, path: next });
    }
  }
  return undefined;
}

/** A small deterministic generator, so a failure names a reproducible graph. */
function prng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

describe('RoleGraph.pathTo', () => {
  it('names the same chain as the breadth-first search it replaced, on 500 random small graphs (cycles, duplicate grants, unknown roles)', () => {
    let compared = 0;
    let found = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const rnd = prng(seed);
      const n = 2 + rnd(12);
      const roles = Array.from({ length: n }, (_, i) => role(100 + i, i === 0 ? 'pg_target' : `r${i}`));
      const memberships: PgMembership[] = [];
      for (let e = rnd(3 * n); e > 0; e--) {
        // oid 999 is a role pg_roles did not list (dropped during the audit).
        const pick = () => (rnd(20) === 0 ? 999 : 100 + rnd(n));
        memberships.push({ roleOid: pick(), memberOid: pick(), adminOption: false });
      }
      const graph = new RoleGraph(roles, memberships);
      for (const r of roles) {
        const expected = oldPathTo(roles, memberships, r, 'pg_target');
        expect({ seed, role: r.name, path: graph.pathTo(r, 'pg_target') }).toEqual({
          seed,
          role: r.name,
          path: expected
        });
        compared++;
        if (expected) found++;
      }
      expect(graph.pathTo(roles[1], 'no_such_role')).toBeUndefined();
    }
    // The graphs exercise both outcomes, not only "unreachable".
    expect(compared).toBeGreaterThan(3000);
    expect(found).toBeGreaterThan(800);
  });

  it('picks, among equally short chains, the one granted first', () => {
    const roles = [role(1, 'pg_target'), role(2, 'a'), role(3, 'b'), role(4, 'login')];
    const m = (roleOid: number, memberOid: number) => ({ roleOid, memberOid, adminOption: false });
    expect(new RoleGraph(roles, [m(1, 3), m(1, 2), m(3, 4), m(2, 4)]).pathTo(roles[3], 'pg_target')).toEqual([
      'b',
      'pg_target'
    ]);
    expect(new RoleGraph(roles, [m(1, 3), m(1, 2), m(2, 4), m(3, 4)]).pathTo(roles[3], 'pg_target')).toEqual([
      'a',
      'pg_target'
    ]);
  });

  it('answers 2,000 logins under a 1,000-deep chain with a cycle in linear work', () => {
    const depth = 1000;
    const roles = [role(1, 'pg_target')];
    const memberships: PgMembership[] = [];
    for (let i = 1; i <= depth; i++) {
      roles.push(role(1 + i, `chain_${i}`));
      memberships.push({ roleOid: i, memberOid: 1 + i, adminOption: false });
    }
    // A back edge from the top of the chain to its bottom: the search must not loop.
    memberships.push({ roleOid: 1 + depth, memberOid: 2, adminOption: false });
    for (let i = 0; i < 2000; i++) {
      roles.push(role(10_000 + i, `login_${i}`));
      memberships.push({ roleOid: 1 + depth, memberOid: 10_000 + i, adminOption: false });
    }
    const graph = new RoleGraph(roles, memberships);
    let total = 0;
    for (const r of roles.slice(depth + 1)) total += graph.pathTo(r, 'pg_target')!.length;
    // Each login: chain_depth ... chain_1, pg_target.
    expect(total).toBe(2000 * (depth + 1));
    expect(graph.pathTo(roles.at(-1)!, 'pg_target')!.slice(0, 2)).toEqual([
      `chain_${depth}`,
      `chain_${depth - 1}`
    ]);
    expect(graph.pathTo(roles[1], 'pg_target')).toEqual(['pg_target']);
    expect(graph.pathTo(roles[0], 'pg_target')).toBeUndefined();
  });
});

describe('RoleGraph.chainTo', () => {
  const chain = (depth: number) => {
    const roles = [role(1, 'pg_target')];
    const memberships: PgMembership[] = [];
    for (let i = 1; i <= depth; i++) {
      roles.push(role(1 + i, `c${i}`));
      memberships.push({ roleOid: i, memberOid: 1 + i, adminOption: false });
    }
    return { graph: new RoleGraph(roles, memberships), roles };
  };

  it('names every role of a chain of up to 8, and the first and last 4 of a longer one', () => {
    for (const depth of [1, 2, 5, 8, 9, 10, 40]) {
      const { graph, roles } = chain(depth);
      const member = roles[depth];
      const full = graph.pathTo(member, 'pg_target')!.slice(0, -1);
      const c = graph.chainTo(member, 'pg_target')!;
      if (full.length <= 8) expect(c).toEqual({ first: full, omitted: 0, last: [] });
      else expect(c).toEqual({ first: full.slice(0, 4), omitted: full.length - 8, last: full.slice(-4) });
    }
    const { graph, roles } = chain(3);
    expect(graph.chainTo(roles[0], 'pg_target')).toBeUndefined();
    // One graph asked about every role, deepest first and then in a shuffled order: the memo of
    // where a chain's last roles start serves later questions with the same answers.
    const long = chain(60);
    const expected = (r: PgRole) => {
      const full = long.graph.pathTo(r, 'pg_target')!.slice(0, -1);
      return full.length <= 8
        ? { first: full, omitted: 0, last: [] }
        : { first: full.slice(0, 4), omitted: full.length - 8, last: full.slice(-4) };
    };
    const order = [...long.roles.slice(1)].reverse();
    const rnd = prng(7);
    const shuffled = [...order].sort(() => rnd(3) - 1);
    for (const r of [...order, ...shuffled]) expect(long.graph.chainTo(r, 'pg_target')).toEqual(expected(r));
  });
});
