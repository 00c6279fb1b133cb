/**
 * A small SQL lexer for the statement forms the PostgreSQL parser does not accept (CockroachDB's
 * SET CLUSTER SETTING, EXPERIMENTAL_AUDIT) and for splitting a script into statements. It follows
 * the PostgreSQL/CockroachDB lexical rules that matter for not mis-splitting: '...' strings with ''
 * doubling, E'...' strings with backslash escapes, $tag$...$tag$ bodies, "..." identifiers with ""
 * doubling, -- line comments and nested /* *\/ block comments. It never guesses across statements:
 * a `;` inside any of these is not a separator.
 */

export type TokenKind = 'word' | 'ident' | 'string' | 'number' | 'op' | 'semicolon';

export interface SqlToken {
  readonly kind: TokenKind;
  /** Word: lower-cased; ident: as written without quotes; string: the value; others: the text. */
  readonly value: string;
  /** Offsets (UTF-16 code units) into the text. */
  readonly start: number;
  readonly end: number;
}

export class SqlLexError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message);
  }
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

export function tokenize(text: string): SqlToken[] {
  const out: SqlToken[] = [];
  let i = 0;
  const n = text.length;
  const quoted = (from: number, quote: string, backslash: boolean): { value: string; end: number } => {
    let value = '';
    let j = from;
    for (;;) {
      if (j >= n)
        throw new SqlLexError(
          quote === '"' ? 'unterminated quoted identifier' : 'unterminated quoted string',
          from - 1
        );
      const c = text[j];
      if (backslash && c === '\\' && j + 1 < n) {
        const e = text[j + 1];
        value += { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[e] ?? e;
        j += 2;
      } else if (c === quote) {
        if (text[j + 1] === quote) {
          value += quote;
          j += 2;
        } else return { value, end: j + 1 };
      } else {
        value += c;
        j++;
      }
    }
  };
  while (i < n) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '-' && text[i + 1] === '-') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const start = i;
      let depth = 0;
      do {
        if (i >= n) throw new SqlLexError('unterminated /* comment', start);
        if (text[i] === '/' && text[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (text[i] === '*' && text[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      } while (depth > 0);
    } else if (c === "'") {
      const q = quoted(i + 1, "'", false);
      out.push({ kind: 'string', value: q.value, start: i, end: q.end });
      i = q.end;
    } else if (/[eEbBxXnN]/.test(c) && text[i + 1] === "'") {
      const q = quoted(i + 2, "'", c === 'e' || c === 'E');
      out.push({ kind: 'string', value: q.value, start: i, end: q.end });
      i = q.end;
    } else if (c === '"') {
      const q = quoted(i + 1, '"', false);
      out.push({ kind: 'ident', value: q.value, start: i, end: q.end });
      i = q.end;
    } else if (c === '$' && /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.test(text.slice(i, i + 64))) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64))![0];
      const close = text.indexOf(tag, i + tag.length);
      if (close < 0) throw new SqlLexError('unterminated dollar-quoted string', i);
      out.push({
        kind: 'string',
        value: text.slice(i + tag.length, close),
        start: i,
        end: close + tag.length
      });
      i = close + tag.length;
    } else if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < n && WORD_PART.test(text[j])) j++;
      out.push({ kind: 'word', value: text.slice(i, j).toLowerCase(), start: i, end: j });
      i = j;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < n && /[0-9.eE_]/.test(text[j])) j++;
      out.push({ kind: 'number', value: text.slice(i, j), start: i, end: j });
      i = j;
    } else if (c === ';') {
      out.push({ kind: 'semicolon', value: ';', start: i, end: i + 1 });
      i++;
    } else {
      out.push({ kind: 'op', value: c, start: i, end: i + 1 });
      i++;
    }
  }
  return out;
}

export interface SqlStatement {
  /** Offsets of the first and past the last token (the `;` excluded). */
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly SqlToken[];
}

/** Splits at top-level semicolons; empty statements (`;;`) are dropped. */
export function splitStatements(tokens: readonly SqlToken[]): SqlStatement[] {
  const out: SqlStatement[] = [];
  let cur: SqlToken[] = [];
  const flush = () => {
    if (cur.length) out.push({ start: cur[0].start, end: cur[cur.length - 1].end, tokens: cur });
    cur = [];
  };
  for (const t of tokens) {
    if (t.kind === 'semicolon') flush();
    else cur.push(t);
  }
  flush();
  return out;
}

/** 1-based line and column of offsets into one text (line starts indexed once). */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return offset => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

/** True when the statement's tokens start with these words (lower case). */
export function startsWith(s: SqlStatement, ...words: string[]): boolean {
  return words.every((w, i) => s.tokens[i]?.kind === 'word' && s.tokens[i].value === w);
}
