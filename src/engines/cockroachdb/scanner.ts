/**
 * CockroachDB's rule-based configuration scanner (pg_hba.conf style), shared by the HBA and the
 * sql.log.user_audit parsers: spaces, tabs, \r and commas separate tokens; `#` starts a comment;
 * double quotes make a quoted token; lines without tokens are dropped but keep their numbers.
 */
export interface ScannedToken {
  readonly value: string;
  readonly quoted: boolean;
}

export interface ScannedLine {
  readonly lineNumber: number;
  readonly text: string;
  /** One entry per field; a comma-separated list gives a field several tokens. */
  readonly fields: readonly (readonly ScannedToken[])[];
}

export class ScanError extends Error {}

export function scanLines(input: string): ScannedLine[] {
  const out: ScannedLine[] = [];
  input.split('\n').forEach((rawLine, i) => {
    const lineNumber = i + 1;
    const fields: ScannedToken[][] = [];
    let field: ScannedToken[] = [];
    let pos = 0;
    const line = rawLine;
    const flushField = () => {
      if (field.length) fields.push(field);
      field = [];
    };
    while (pos < line.length) {
      const c = line[pos];
      if (c === '#') break;
      if (c === ' ' || c === '\t' || c === '\r') {
        flushField();
        pos++;
        continue;
      }
      if (c === ',') {
        pos++;
        continue;
      }
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000B-\u001F\u007F]/.test(c))
        throw new ScanError(`line ${lineNumber}: unsupported character`);
      // A token runs to the next separator outside double quotes; quotes may open anywhere in it
      // (`ldapbindpasswd="two words"`) and are not part of the value.
      let value = '';
      let quoted = false;
      while (pos < line.length && !/[ \t\r,#]/.test(line[pos])) {
        if (line[pos] === '"') {
          const end = line.indexOf('"', pos + 1);
          if (end < 0) throw new ScanError(`line ${lineNumber}: unterminated quoted string`);
          value += line.slice(pos + 1, end);
          quoted = true;
          pos = end + 1;
        } else value += line[pos++];
      }
      field.push({ value, quoted });
      // A comma right after the token continues the same field.
      if (line[pos] === ',') continue;
      flushField();
    }
    flushField();
    if (fields.length) out.push({ lineNumber, text: rawLine.replace(/#.*$/, '').trim(), fields });
  });
  return out;
}
