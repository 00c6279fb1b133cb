import type { HbaRule } from '../engines/postgres/facts.js';
import { INCLUDE_DIRECTIVES } from './includes.js';

/**
 * Reads pg_hba.conf text into the same HbaRule facts the live collector reads from
 * pg_hba_file_rules, so the live pg/hba check judges a file exactly as it judges the cluster that
 * loads it. Tokenising follows PostgreSQL's hba.c: `#` starts a comment outside double quotes,
 * commas join list items within one field, a trailing backslash continues the record, and an
 * address without `/` takes the next field as its netmask.
 */

/** A rule with the place of its first character in the file (1-based line and column). */
export interface LocatedRule {
  readonly rule: HbaRule;
  readonly line: number;
  readonly column: number;
  /** The file the rule is written in, when an include brought it in (else the file parsed). */
  readonly file?: string;
}

/** Expands an include directive at a line into the rules it brings in, in order. */
export type HbaIncluder = (directive: string, target: string, line: number, column: number) => LocatedRule[];

interface Token {
  readonly text: string;
  readonly quoted: boolean;
}

interface Field {
  readonly items: readonly Token[];
}

const TYPES = new Set(['local', 'host', 'hostssl', 'hostnossl', 'hostgssenc', 'hostnogssenc']);
const METHODS = new Set([
  'trust',
  'reject',
  'md5',
  'password',
  'scram-sha-256',
  'gss',
  'sspi',
  'ident',
  'peer',
  'ldap',
  'radius',
  'cert',
  'pam',
  'bsd'
]);
const ADDRESS_KEYWORDS = new Set(['all', 'samehost', 'samenet']);

/** Splits one logical record into fields of comma-joined tokens. */
function splitFields(text: string): Field[] {
  const fields: Field[] = [];
  let items: Token[] = [];
  let cur = '';
  let quoted = false;
  let inQuote = false;
  let hasToken = false;
  const endToken = () => {
    if (hasToken) items.push({ text: cur, quoted });
    cur = '';
    quoted = false;
    hasToken = false;
  };
  const endField = () => {
    endToken();
    if (items.length) fields.push({ items });
    items = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuote) {
      if (c === '"') inQuote = false;
      else cur += c;
      continue;
    }
    if (c === '#') break;
    if (c === '"') {
      inQuote = true;
      quoted = true;
      hasToken = true;
    } else if (c === ',') {
      endToken();
      // Whitespace after a comma stays inside the same field, as in hba.c's next_field_expand.
      while (i + 1 < text.length && /[ \t]/.test(text[i + 1])) i++;
    } else if (c === ' ' || c === '\t') {
      if (hasToken) endField();
    } else {
      cur += c;
      hasToken = true;
    }
  }
  endField();
  return fields;
}

/**
 * The list as pg_hba_file_rules shows it. PostgreSQL 15 shows a quoted keyword ("all") bare, the
 * same as the keyword itself (verified against a real server in the scan/live test), so the live
 * check sees both alike; the scan must see what the live check sees.
 */
function names(field: Field | undefined): string[] {
  if (!field) return [];
  return field.items.map(t => t.text);
}

function single(field: Field | undefined): string | null {
  return field && field.items.length === 1 ? field.items[0].text : null;
}

function isIp(text: string): boolean {
  return /^[0-9.]+$/.test(text) || (text.includes(':') && /^[0-9a-fA-F:.%]+$/.test(text));
}

function parseRecord(fields: Field[], line: number, fileName: string, sslOn: boolean | undefined): HbaRule {
  const base = { lineNumber: line, fileName, netmask: null as string | null, options: [] as string[] };
  const bad = (error: string, type: string | null = null): HbaRule => ({
    ...base,
    type,
    databases: [],
    users: [],
    address: null,
    method: null,
    error
  });
  const type = single(fields[0]);
  if (type === null || !TYPES.has(type)) return bad(`invalid connection type "${type ?? ''}"`);
  if (fields.length < 4) return bad('end-of-line before authentication method', type);
  // hba.c refuses hostssl rules on a server without TLS; the rule is an error row, never a match.
  if (type === 'hostssl' && sslOn === false)
    return bad('hostssl record cannot match because SSL is disabled', type);
  const databases = names(fields[1]);
  const users = names(fields[2]);
  let i = 3;
  let address: string | null = null;
  let netmask: string | null = null;
  if (type !== 'local') {
    const addr = single(fields[3]);
    if (addr === null) return bad('multiple values specified for host address', type);
    i = 4;
    if (addr.includes('/')) {
      const [ip, prefix] = addr.split('/');
      if (!isIp(ip) || !/^\d+$/.test(prefix)) return bad(`invalid IP address "${addr}"`, type);
      address = addr;
    } else if (isIp(addr)) {
      netmask = single(fields[4]);
      if (netmask === null || !isIp(netmask)) return bad('end-of-line before netmask specification', type);
      address = addr;
      i = 5;
    } else {
      address = ADDRESS_KEYWORDS.has(addr) ? addr : addr;
    }
  }
  const method = single(fields[i]);
  if (method === null) return bad('end-of-line before authentication method', type);
  if (!METHODS.has(method)) return bad(`invalid authentication method "${method}"`, type);
  if (type === 'local' && method === 'cert')
    return bad('cert authentication is only supported on hostssl connections', type);
  const options = fields.slice(i + 1).flatMap(f => f.items.map(t => t.text));
  // Secret option values never leave the scanner, as pg_hba_file_rules masks them.
  const masked = options.map(o =>
    /^(ldapbindpasswd|radiussecrets)=/.test(o) ? `${o.split('=')[0]}=********` : o
  );
  return {
    ...base,
    type,
    databases,
    users,
    address,
    netmask,
    method: type === 'local' && method === 'ident' ? 'peer' : method,
    options: masked,
    error: null
  };
}

/**
 * Parses a pg_hba.conf text; `fileName` is recorded on each rule as the live view records it.
 * `sslOn` is the ssl setting of the server the file configures, when the scan knows it.
 */
export function parseHbaFile(
  text: string,
  fileName: string,
  sslOn?: boolean,
  include?: HbaIncluder
): LocatedRule[] {
  const lines = text.split(/\r?\n/);
  const out: LocatedRule[] = [];
  for (let n = 0; n < lines.length; n++) {
    const start = n;
    let record = lines[n];
    while (/\\$/.test(record) && n + 1 < lines.length) {
      record = record.slice(0, -1) + ' ' + lines[++n];
    }
    const fields = splitFields(record);
    if (fields.length === 0) continue;
    const column = record.search(/\S/) + 1;
    // PostgreSQL 16+ reads include / include_if_exists / include_dir records in place (hba.c).
    const head = fields[0].items.length === 1 && !fields[0].items[0].quoted ? fields[0].items[0].text : '';
    if (include && fields.length === 2 && fields[1].items.length === 1 && INCLUDE_DIRECTIVES.has(head)) {
      out.push(...include(head, fields[1].items[0].text, start + 1, column));
      continue;
    }
    out.push({ rule: parseRecord(fields, start + 1, fileName, sslOn), line: start + 1, column });
  }
  return out;
}
