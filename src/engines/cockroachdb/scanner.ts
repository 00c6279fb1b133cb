/**
 * CockroachDB's rule-based configuration scanner (pg_hba.conf style), shared by the HBA and the
 * sql.log.user_audit parsers. It follows the rule table of cockroach
 * pkg/settings/rulebasedscanner/scanner.go, tried in order at each position:
 *   1. spaces, tabs, \r and commas are skipped;
 *   2. `#` starts a comment only here, at the start of a token (`ab#cd` is one token);
 *   3. an unquoted token runs over anything but control characters, space, `"` and `,`;
 *   4. a quoted token is `"..."` without control characters inside; a quote ends the token, so
 *      `"abc"def` is two tokens and `abc"def"geh` three;
 *   5./6./7. an unterminated quote, a control character inside quotes, or one elsewhere is an error.
 * A comma right after a token continues the same field (`a, b` is one field, `a ,b` two).
 */
export interface ScannedToken {
  readonly value: string;
  readonly quoted: boolean;
}

export interface ScannedLine {
  readonly lineNumber: number;
  /** The line with surrounding white space removed (CockroachDB keeps it as the entry's input). */
  readonly text: string;
  /** One entry per field; a comma-separated list gives a field several tokens. */
  readonly fields: readonly (readonly ScannedToken[])[];
}

export class ScanError extends Error {}

// [:cntrl:] in Go's RE2 is ASCII 0x00-0x1f and 0x7f.
const SKIP = /^[ \t\r,]*/;
const COMMENT = /^#.*$/;
// eslint-disable-next-line no-control-regex
const UNQUOTED = /^[^\u0000-\u001f\u007f ",]+,?/;
// eslint-disable-next-line no-control-regex
const QUOTED = /^"[^\u0000-\u001f\u007f"]*",?/;
const UNTERMINATED = /^"[^"]*$/;
const BAD_QUOTED = /^"[^"]*"/;

/** Go's %q for one character, as CockroachDB prints it in "unsupported character". */
function goQuote(c: string): string {
  const named: Record<string, string> = {
    '\u0007': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\u000b': '\\v',
    '"': '\\"',
    '\\': '\\\\'
  };
  const code = c.codePointAt(0) ?? 0;
  const body = named[c] ?? (code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : c);
  return `"${body}"`;
}

interface Next {
  rest: string;
  token?: ScannedToken;
  comma: boolean;
}

function nextToken(buf: string): Next {
  let rest = buf;
  while (rest !== '') {
    const skipped = SKIP.exec(rest)![0];
    if (skipped) {
      rest = rest.slice(skipped.length);
      continue;
    }
    if (COMMENT.test(rest)) return { rest: '', comma: false };
    let m = UNQUOTED.exec(rest);
    if (m) {
      const comma = m[0].endsWith(',');
      return {
        rest: rest.slice(m[0].length),
        token: { value: comma ? m[0].slice(0, -1) : m[0], quoted: false },
        comma
      };
    }
    m = QUOTED.exec(rest);
    if (m) {
      const comma = m[0].endsWith(',');
      const lexed = comma ? m[0].slice(0, -1) : m[0];
      return { rest: rest.slice(m[0].length), token: { value: lexed.slice(1, -1), quoted: true }, comma };
    }
    if (UNTERMINATED.test(rest)) throw new ScanError('unterminated quoted string');
    if (BAD_QUOTED.test(rest)) throw new ScanError('invalid characters in quoted string');
    throw new ScanError(`unsupported character: ${goQuote([...rest][0])}`);
  }
  return { rest: '', comma: false };
}

export function scanLines(input: string): ScannedLine[] {
  const out: ScannedLine[] = [];
  input.split('\n').forEach((line, i) => {
    const lineNumber = i + 1;
    const fields: ScannedToken[][] = [];
    let rest = line;
    try {
      while (rest !== '') {
        const field: ScannedToken[] = [];
        for (;;) {
          const n = nextToken(rest);
          rest = n.rest;
          // An empty unquoted token never occurs; an empty quoted one ("") is a real token.
          if (!n.token) break;
          field.push(n.token);
          if (!n.comma) break;
        }
        if (field.length) fields.push(field);
      }
    } catch (error) {
      if (error instanceof ScanError) throw new ScanError(`line ${lineNumber}: ${error.message}`);
      throw error;
    }
    if (fields.length) out.push({ lineNumber, text: line.trim(), fields });
  });
  return out;
}

/** scanLines as a result: the HBA and user-audit parsers report a scan error as their own. */
export function scanSettingLines(
  input: string
): { readonly ok: true; readonly lines: ScannedLine[] } | { readonly ok: false; readonly error: string } {
  try {
    return { ok: true, lines: scanLines(input) };
  } catch (error) {
    if (error instanceof ScanError) return { ok: false, error: error.message };
    throw error;
  }
}

/** A keyword test as CockroachDB does it: only an unquoted token can be a keyword. */
export function isKeyword(t: ScannedToken | undefined, keyword: string): boolean {
  return t !== undefined && !t.quoted && t.value === keyword;
}
