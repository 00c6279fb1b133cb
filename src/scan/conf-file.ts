/**
 * Reads postgresql.conf / postgresql.auto.conf text as PostgreSQL's guc-file lexer does: one
 * `name [=] value` per line, `#` comments, single-quoted values with '' and backslash escapes,
 * names case-insensitive. A later assignment of the same name wins, as it does on the server.
 */

export interface ConfAssignment {
  readonly name: string;
  readonly value: string;
  readonly line: number;
  /** Column of the name (1-based). */
  readonly column: number;
}

export interface ConfParse {
  readonly assignments: ConfAssignment[];
  readonly errors: { line: number; column: number; message: string }[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)?/;

function unquote(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "'" && body[i + 1] === "'") {
      out += "'";
      i++;
    } else if (c === '\\' && i + 1 < body.length) {
      const n = body[++i];
      out += { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[n] ?? n;
    } else out += c;
  }
  return out;
}

export function parseConfFile(text: string): ConfParse {
  const assignments: ConfAssignment[] = [];
  const errors: ConfParse['errors'] = [];
  text.split(/\r?\n/).forEach((raw, idx) => {
    const line = idx + 1;
    const lead = raw.length - raw.trimStart().length;
    let rest = raw.slice(lead);
    if (rest === '' || rest.startsWith('#')) return;
    const m = NAME.exec(rest);
    if (!m) {
      errors.push({ line, column: lead + 1, message: `syntax error near "${rest.slice(0, 20)}"` });
      return;
    }
    const name = m[0].toLowerCase();
    rest = rest.slice(m[0].length).trimStart();
    if (rest.startsWith('=')) rest = rest.slice(1).trimStart();
    let value: string;
    if (rest.startsWith("'")) {
      const q = /^'((?:[^'\\]|''|\\.)*)'/.exec(rest);
      if (!q) {
        errors.push({ line, column: lead + 1, message: `unterminated quoted string for ${name}` });
        return;
      }
      value = unquote(q[1]);
      rest = rest.slice(q[0].length);
    } else {
      const u = /^[^\s#]*/.exec(rest);
      value = u ? u[0] : '';
      rest = rest.slice(value.length);
    }
    rest = rest.trimStart();
    if (rest !== '' && !rest.startsWith('#')) {
      errors.push({ line, column: lead + 1, message: `syntax error near "${rest.slice(0, 20)}"` });
      return;
    }
    if (value === '' && !/^'/.test(raw.slice(lead + m[0].length).replace(/^\s*=?\s*/, ''))) {
      errors.push({ line, column: lead + 1, message: `${name} has no value` });
      return;
    }
    assignments.push({ name, value, line, column: lead + 1 });
  });
  return { assignments, errors };
}
