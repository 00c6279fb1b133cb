import { describe, expect, it } from '@jest/globals';
import {
  adminMembers,
  belongsTo,
  membershipsOf,
  membershipView
} from '../../../src/engines/cockroachdb/roles.js';
import type { CrdbUser } from '../../../src/engines/cockroachdb/facts.js';

const user = (username: string, memberOf: string[], login = true): CrdbUser => ({
  username,
  options: login ? [] : ['NOLOGIN'],
  memberOf
});

/** adminMembers as it was: the closure of every user walked again for each question. */
function oldAdminMembers(users: readonly CrdbUser[]) {
  const closure = (name: string) => membershipsOf(users, name);
  const out: { name: string; via: string | null }[] = [];
  for (const u of users) {
    if (u.username === 'admin' || u.options.includes('NOLOGIN')) continue;
    if (!closure(u.username).has('admin')) continue;
    const direct = u.memberOf.includes('admin') || u.username === 'root';
    out.push({
      name: u.username,
      via: direct ? null : (u.memberOf.find(r => closure(r).has('admin') || r === 'admin') ?? null)
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

function prng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

describe('CockroachDB role reachability', () => {
  it('agrees with the per-user closure on 500 random small graphs (cycles, root, unknown roles)', () => {
    let admins = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const rnd = prng(seed);
      const names = ['admin', 'root', ...Array.from({ length: 1 + rnd(10) }, (_, i) => `u${i}`)];
      const users = names.map(n =>
        user(
          n,
          Array.from({ length: rnd(3) }, () => (rnd(15) === 0 ? 'ghost' : names[rnd(names.length)])),
          rnd(4) !== 0
        )
      );
      const expected = oldAdminMembers(users);
      expect({ seed, admins: adminMembers(users) }).toEqual({ seed, admins: expected });
      admins += expected.length;
      const all = [...names, 'ghost'];
      const closures = names.map(a => all.filter(b => membershipsOf(users, a).has(b)));
      expect({ seed, viaView: names.map(a => all.filter(b => membershipView(users, a).has(b))) }).toEqual({
        seed,
        viaView: closures
      });
      expect({ seed, viaBelongs: names.map(a => all.filter(b => belongsTo(users, a, b))) }).toEqual({
        seed,
        viaBelongs: closures
      });
    }
    expect(admins).toBeGreaterThan(500);
  });

  it('finds every admin member under a 5,000-deep role chain, naming the first role on the way', () => {
    const depth = 5000;
    const users: CrdbUser[] = [user('admin', [], false), user('root', [])];
    for (let i = 1; i <= depth; i++)
      users.push(user(`chain_${i}`, [i === 1 ? 'admin' : `chain_${i - 1}`], false));
    for (let i = 0; i < 5000; i++) users.push(user(`login_${i}`, ['other', `chain_${depth}`]));
    const admins = adminMembers(users);
    expect(admins).toHaveLength(5001);
    expect(admins.find(a => a.name === 'login_42')).toEqual({ name: 'login_42', via: `chain_${depth}` });
    expect(admins.find(a => a.name === 'root')).toEqual({ name: 'root', via: null });
    expect(membershipView(users, 'login_1').has('chain_1')).toBe(true);
    expect(membershipView(users, 'chain_1').has('login_1')).toBe(false);
  });
});
