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

/** Compiles a condition over named predicates; throws an Error whose message says what is wrong. */
export function compileCondition<T>(
  text: string,
  selections: ReadonlyMap<string, Predicate<T>>
): Predicate<T> {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];

  function quantified(kind: string): Predicate<T> {
    if (next() !== 'of') throw new ConditionError(`"${kind}" must be followed by "of"`);
    const target = next();
    if (target === undefined) throw new ConditionError(`"${kind} of" needs a selection pattern or "them"`);
    const re = target === 'them' ? /^(?!_)/ : globToRegex(target);
    const picked = [...selections.entries()].filter(([n]) => re.test(n)).map(([, p]) => p);
    if (picked.length === 0) throw new ConditionError(`"${kind} of ${target}" matches no selection`);
    return kind === 'all' ? input => picked.every(p => p(input)) : input => picked.some(p => p(input));
  }

  function primary(): Predicate<T> {
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
    const p = selections.get(t);
    if (!p) throw new ConditionError(`"${t}" is not a selection of this rule`);
    return p;
  }

  function not(): Predicate<T> {
    if (peek() === 'not') {
      next();
      const inner = not();
      return input => !inner(input);
    }
    return primary();
  }

  function and(): Predicate<T> {
    let left = not();
    while (peek() === 'and') {
      next();
      const l = left;
      const r = not();
      left = input => l(input) && r(input);
    }
    return left;
  }

  function or(): Predicate<T> {
    let left = and();
    while (peek() === 'or') {
      next();
      const l = left;
      const r = and();
      left = input => l(input) || r(input);
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
