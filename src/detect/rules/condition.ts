/**
 * Sigma conditions: selection names (with `*` wildcards in `1 of`/`all of`), `and`, `or`, `not`,
 * parentheses, `1 of x*`, `all of x*`, `1 of them`, `all of them`. `not` binds tighter than
 * `and`, which binds tighter than `or`.
 */
export type Predicate<T> = (input: T) => boolean;

class ConditionError extends Error {}

function tokenize(text: string): string[] {
  const tokens = text.match(/\(|\)|[^\s()]+/g);
  if (!tokens) throw new ConditionError('the condition is empty');
  return tokens;
}

function globToRegex(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

/** How a condition combines its parts: predicates for matching, literal sets for prefiltering. */
export interface ConditionAlgebra<R> {
  and(a: R, b: R): R;
  or(a: R, b: R): R;
  not(a: R): R;
  all(items: R[]): R;
  any(items: R[]): R;
}

/** Folds a condition over named parts; throws an Error whose message says what is wrong. */
export function foldCondition<R>(text: string, parts: ReadonlyMap<string, R>, alg: ConditionAlgebra<R>): R {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];

  function quantified(kind: string): R {
    if (next() !== 'of') throw new ConditionError(`"${kind}" must be followed by "of"`);
    const target = next();
    if (target === undefined) throw new ConditionError(`"${kind} of" needs a selection pattern or "them"`);
    const re = target === 'them' ? /^(?!_)/ : globToRegex(target);
    const picked = [...parts.entries()].filter(([n]) => re.test(n)).map(([, p]) => p);
    if (picked.length === 0) throw new ConditionError(`"${kind} of ${target}" matches no selection`);
    return kind === 'all' ? alg.all(picked) : alg.any(picked);
  }

  function primary(): R {
    const t = next();
    if (t === undefined) throw new ConditionError('the condition ends too early');
    if (t === '(') {
      const inner = or();
      if (next() !== ')') throw new ConditionError('a "(" is not closed');
      return inner;
    }
    if (t === '1' || t === 'any' || t === 'all') return quantified(t === 'all' ? 'all' : '1');
    if (['and', 'or', ')', 'of', 'them'].includes(t)) throw new ConditionError(`unexpected "${t}"`);
    if (t.includes('|')) throw new ConditionError('aggregation "|" is not supported: use a correlation rule');
    const p = parts.get(t);
    if (p === undefined) throw new ConditionError(`"${t}" is not a selection of this rule`);
    return p;
  }

  function not(): R {
    if (peek() === 'not') {
      next();
      return alg.not(not());
    }
    return primary();
  }

  function and(): R {
    let left = not();
    while (peek() === 'and') {
      next();
      left = alg.and(left, not());
    }
    return left;
  }

  function or(): R {
    let left = and();
    while (peek() === 'or') {
      next();
      left = alg.or(left, and());
    }
    return left;
  }

  const result = or();
  if (i < tokens.length) {
    if (tokens[i].startsWith('|'))
      throw new ConditionError('aggregation "|" is not supported: use a correlation rule');
    throw new ConditionError(`unexpected "${tokens[i]}"`);
  }
  return result;
}

/** Compiles a condition over named predicates. */
export function compileCondition<T>(
  text: string,
  selections: ReadonlyMap<string, Predicate<T>>
): Predicate<T> {
  return foldCondition<Predicate<T>>(text, selections, {
    and: (a, b) => input => a(input) && b(input),
    or: (a, b) => input => a(input) || b(input),
    not: a => input => !a(input),
    all: items => input => items.every(p => p(input)),
    any: items => input => items.some(p => p(input))
  });
}
