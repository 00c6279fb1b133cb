/**
 * Positions for HCL: @cdktf/hcl2json gives the configuration's values but no source positions, so
 * this walks the source's tokens (strings with their `${}` templates, heredocs, comments, nested
 * brackets) and records where each block and each attribute name starts. Only the structure is
 * read here; the values always come from the real parser.
 */

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface LocatedBlock extends Position {
  readonly type: string;
  readonly labels: readonly string[];
  /** Attribute name -> where the name starts. */
  readonly attrs: ReadonlyMap<string, Position>;
  /** Nested blocks in source order (the order hcl2json lists them in). */
  readonly blocks: readonly LocatedBlock[];
}

class Cursor {
  i = 0;
  line = 1;
  column = 1;
  constructor(readonly s: string) {}
  ch(): string {
    return this.s[this.i] ?? '';
  }
  peek(n = 1): string {
    return this.s[this.i + n] ?? '';
  }
  get done(): boolean {
    return this.i >= this.s.length;
  }
  next(): void {
    if (this.s[this.i] === '\n') {
      this.line++;
      this.column = 1;
    } else this.column++;
    this.i++;
  }
  pos(): Position {
    return { line: this.line, column: this.column };
  }
}

const IDENT_START = /[A-Za-z_]/;
const IDENT = /[A-Za-z0-9_-]/;

/** Skips a comment at the cursor if there is one; true when it did. A line comment stops before its newline. */
function skipComment(c: Cursor): boolean {
  if (c.ch() === '#' || (c.ch() === '/' && c.peek() === '/')) {
    while (!c.done && c.ch() !== '\n') c.next();
    return true;
  }
  if (c.ch() === '/' && c.peek() === '*') {
    c.next();
    c.next();
    while (!c.done && !(c.ch() === '*' && c.peek() === '/')) c.next();
    c.next();
    c.next();
    return true;
  }
  return false;
}

/** Skips a quoted template string, including `${ ... }` and `%{ ... }` sequences that nest strings. */
function skipString(c: Cursor): void {
  c.next(); // opening quote
  while (!c.done && c.ch() !== '"') {
    if (c.ch() === '\\') {
      c.next();
      c.next();
    } else if ((c.ch() === '$' || c.ch() === '%') && c.peek() === c.ch() && c.peek(2) === '{') {
      // `$${` and `%%{` are escapes for a literal `${` / `%{`.
      c.next();
      c.next();
      c.next();
    } else if ((c.ch() === '$' || c.ch() === '%') && c.peek() === '{') {
      c.next();
      c.next();
      skipUntilClose(c, '}');
      c.next();
    } else if (c.ch() === '\n') {
      // A quoted string cannot span lines; hcl2json reports it. Stop here.
      return;
    } else c.next();
  }
  c.next(); // closing quote
}

/** `<<EOF` / `<<-EOF` heredoc at the cursor: skips to the end of its terminator line. */
function skipHeredoc(c: Cursor): boolean {
  const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(c.s.slice(c.i, c.i + 200));
  if (!m) return false;
  const marker = m[1];
  for (let k = 0; k < m[0].length; k++) c.next();
  while (!c.done) {
    const end = c.s.indexOf('\n', c.i);
    const lineText = c.s.slice(c.i, end < 0 ? c.s.length : end);
    const isEnd = lineText.trim() === marker;
    while (!c.done && c.ch() !== '\n') c.next();
    if (isEnd) return true;
    c.next();
  }
  return true;
}

/** Skips expression text up to (not past) the closing bracket at depth zero. */
function skipUntilClose(c: Cursor, close: string): void {
  while (!c.done && c.ch() !== close) skipExpressionToken(c);
}

function skipExpressionToken(c: Cursor): void {
  if (skipComment(c)) return;
  if (c.ch() === '"') return skipString(c);
  if (c.ch() === '<' && c.peek() === '<' && skipHeredoc(c)) return;
  const pair: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  if (pair[c.ch()]) {
    const close = pair[c.ch()];
    c.next();
    skipUntilClose(c, close);
    c.next();
    return;
  }
  c.next();
}

/** An attribute's expression: up to the newline (or the enclosing block's `}`) at bracket depth zero. */
function skipAttributeValue(c: Cursor): void {
  while (!c.done && c.ch() !== '\n' && c.ch() !== '}') {
    if (c.ch() === '#' || (c.ch() === '/' && c.peek() === '/')) {
      skipComment(c);
      return;
    }
    skipExpressionToken(c);
  }
}

function skipBlank(c: Cursor, newlines: boolean): void {
  for (;;) {
    if (c.ch() === ' ' || c.ch() === '\t' || c.ch() === '\r' || (newlines && c.ch() === '\n')) c.next();
    else if (newlines && skipComment(c)) continue;
    else if (!newlines && c.ch() === '/' && c.peek() === '*') skipComment(c);
    else return;
  }
}

function readIdent(c: Cursor): string {
  let s = '';
  while (!c.done && IDENT.test(c.ch())) {
    s += c.ch();
    c.next();
  }
  return s;
}

function readLabel(c: Cursor): string {
  const start = c.i;
  skipString(c);
  try {
    return JSON.parse(c.s.slice(start, c.i)) as string;
  } catch {
    return c.s.slice(start + 1, c.i - 1);
  }
}

function parseBody(c: Cursor, nested: boolean): { attrs: Map<string, Position>; blocks: LocatedBlock[] } {
  const attrs = new Map<string, Position>();
  const blocks: LocatedBlock[] = [];
  for (;;) {
    skipBlank(c, true);
    if (c.done) return { attrs, blocks };
    if (c.ch() === '}') {
      if (nested) return { attrs, blocks };
      c.next();
      continue;
    }
    if (!IDENT_START.test(c.ch())) {
      // Not valid HCL at this place; hcl2json reports the error. Skip the line.
      while (!c.done && c.ch() !== '\n') c.next();
      continue;
    }
    const at = c.pos();
    const name = readIdent(c);
    skipBlank(c, false);
    if (c.ch() === '=' && c.peek() !== '=') {
      c.next();
      if (!attrs.has(name)) attrs.set(name, at);
      skipAttributeValue(c);
      continue;
    }
    const labels: string[] = [];
    for (;;) {
      skipBlank(c, false);
      if (c.ch() === '"') labels.push(readLabel(c));
      else if (IDENT_START.test(c.ch())) labels.push(readIdent(c));
      else break;
    }
    if (c.ch() !== '{') {
      while (!c.done && c.ch() !== '\n') c.next();
      continue;
    }
    c.next();
    const body = parseBody(c, true);
    c.next(); // the closing brace
    blocks.push({ type: name, labels, ...at, ...body });
  }
}

/** The top-level blocks of one .tf file with positions of every block and attribute name. */
export function locateBlocks(source: string): LocatedBlock[] {
  return parseBody(new Cursor(source), false).blocks;
}

/** Position of the n-th nested block of a type inside a located block. */
export function nthBlock(
  parent: LocatedBlock | undefined,
  type: string,
  n: number
): LocatedBlock | undefined {
  return parent?.blocks.filter(b => b.type === type)[n];
}
