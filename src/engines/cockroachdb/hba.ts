import { isIP } from 'node:net';
import { isKeyword, scanSettingLines, type ScannedToken } from './scanner.js';

/**
 * One CockroachDB HBA rule (`TYPE DATABASE USER ADDRESS [MASK] METHOD [options]`), parsed as
 * cockroach pkg/sql/pgwire/hba/parser.go does, with its error texts.
 */
export interface CrdbHbaRule {
  readonly lineNumber: number;
  readonly type: string;
  readonly databases: readonly string[];
  /** User names as written; `all` here is the keyword only when `allUsers` is true. */
  readonly users: readonly string[];
  /** True when the user field holds the unquoted keyword `all` (a quoted "all" is a user named all). */
  readonly allUsers: boolean;
  /** Normalised CIDR, `all`, a host name, or null for `local`. */
  readonly address: string | null;
  readonly method: string;
  /** name=value options in order; secrets (ldapbindpasswd) are masked here, at parse time. */
  readonly options: Readonly<Record<string, string>>;
  readonly optionNames: readonly string[];
  /** The rule as text with secrets masked, for reports. */
  readonly display: string;
}

export type ParsedHba =
  | { readonly ok: true; readonly rules: readonly CrdbHbaRule[] }
  | { readonly ok: false; readonly error: string };

const SECRET_OPTIONS = new Set(['ldapbindpasswd']);
const TYPES = new Set(['local', 'host', 'hostssl', 'hostnossl', 'loopback']);

class LineError extends Error {}

export function parseCrdbHba(value: string): ParsedHba {
  const scanned = scanSettingLines(value);
  if (!scanned.ok) return scanned;
  const { lines } = scanned;
  const rules: CrdbHbaRule[] = [];
  for (const line of lines) {
    try {
      rules.push(parseLine(line.lineNumber, line.fields));
    } catch (error) {
      if (error instanceof LineError)
        return { ok: false, error: `line ${line.lineNumber}: ${error.message}` };
      throw error;
    }
  }
  return { ok: true, rules };
}

function parseLine(lineNumber: number, f: readonly (readonly ScannedToken[])[]): CrdbHbaRule {
  const fail = (m: string): never => {
    throw new LineError(m);
  };
  let i = 0;
  if (f[i].length > 1) fail('multiple values specified for connection type');
  const type = f[i][0].value;
  if (!TYPES.has(type)) fail(`unknown connection type: ${JSON.stringify(type)}`);
  if (++i >= f.length) fail('end-of-line before database specification');
  const databases = f[i];
  if (++i >= f.length) fail('end-of-line before role specification');
  const userTokens = f[i];
  let address: string | null = null;
  if (type !== 'local') {
    if (++i >= f.length) fail('end-of-line before IP address specification');
    if (f[i].length > 1) fail('multiple values specified for host address');
    const t = f[i][0];
    if (t.value === '') fail('cannot use empty string as address');
    if (isKeyword(t, 'all')) address = 'all';
    else if (isKeyword(t, 'samehost') || isKeyword(t, 'samenet'))
      fail(`address specification ${t.value} is not yet supported`);
    else if (t.value.includes('/'))
      address = normaliseCidr(t.value) ?? fail(`invalid CIDR address: ${t.value}`);
    else if (isIP(t.value)) {
      if (++i >= f.length) fail('end-of-line before netmask specification');
      if (f[i].length > 1) fail('multiple values specified for netmask');
      const maskText = f[i][0].value;
      const bits = maskBits(maskText);
      if (bits === null) fail(`invalid IP mask "${maskText}": address is not a mask`);
      if ((isIP(maskText) === 4) !== (isIP(t.value) === 4)) fail('IP address and mask do not match');
      address = normaliseCidr(`${t.value}/${bits}`) ?? fail(`invalid IP mask "${maskText}"`);
    } else address = t.value; // a host name: the SET-time validator rejects it (hba-hostnames)
  }
  if (++i >= f.length) fail('end-of-line before authentication method');
  if (f[i].length > 1) fail('multiple values specified for authentication method');
  const method = f[i][0].value;
  if (method === '') fail('cannot use empty string as authentication method');
  const options: Record<string, string> = {};
  const optionNames: string[] = [];
  for (const field of f.slice(i + 1)) {
    for (let t = 0; t < field.length; t++) {
      const tok = field[t].value;
      const eq = tok.indexOf('=');
      const bad = `authentication option not in name=value format: ${tok}`;
      if (eq < 0) fail(bad);
      let v = tok.slice(eq + 1);
      if (v === '') {
        // `name=` takes its value from the next token of the same comma field.
        if (t + 1 === field.length) fail(bad);
        v = field[++t].value;
      }
      const k = tok.slice(0, eq);
      optionNames.push(k);
      options[k] = SECRET_OPTIONS.has(k) ? '********' : v;
    }
  }
  const users = userTokens.map(t => t.value);
  const allUsers = userTokens.some(t => isKeyword(t, 'all'));
  const head = [
    type,
    databases.map(t => t.value).join(','),
    userTokens.map(t => (t.quoted ? `"${t.value}"` : t.value)).join(','),
    ...(address ? [address] : []),
    method
  ];
  const opts = optionNames.map(k => `${k}=${options[k]}`);
  return {
    lineNumber,
    type,
    databases: databases.map(t => t.value),
    users,
    allUsers,
    address,
    method,
    options,
    optionNames,
    display: [...head, ...opts].join(' ')
  };
}

/** Prefix bits of a dotted IPv4 netmask (all ones then all zeroes), or null when it is no mask. */
function maskBits(mask: string): number | null {
  if (isIP(mask) !== 4) return null;
  const bin = mask
    .split('.')
    .map(o => Number(o).toString(2).padStart(8, '0'))
    .join('');
  return /^1*0*$/.test(bin) ? (bin.indexOf('0') < 0 ? 32 : bin.indexOf('0')) : null;
}

/** `10.1.2.3/8` -> `10.0.0.0/8` (CockroachDB stores the network, like net.ParseCIDR). IPv6 kept as written. */
function normaliseCidr(cidr: string): string | null {
  const [ip, bitsText] = cidr.split('/');
  const bits = Number(bitsText);
  const family = isIP(ip);
  if (!family || !/^\d+$/.test(bitsText) || bits > (family === 4 ? 32 : 128)) return null;
  if (family === 6) return `${ip.toLowerCase()}/${bits}`;
  const n = ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const masked = bits === 0 ? 0 : Math.floor(n / 2 ** (32 - bits)) * 2 ** (32 - bits);
  const parts = [24, 16, 8, 0].map(s => Math.floor(masked / 2 ** s) % 256);
  return `${parts.join('.')}/${bits}`;
}

/** Prefix length of a CIDR, 0 for `all`, null for host names and `local`. */
export function prefixLength(address: string | null): number | null {
  if (!address) return null;
  if (address === 'all') return 0;
  const m = /\/(\d+)$/.exec(address);
  return m ? Number(m[1]) : null;
}

export function isLoopback(address: string | null): boolean {
  if (address === null) return false;
  const m = /^127\.\d+\.\d+\.\d+\/(\d+)$/.exec(address);
  return (m !== null && Number(m[1]) >= 8) || address === '::1/128';
}

/** The rule CockroachDB always puts first (cockroach pkg/sql/pgwire/hba_conf.go, rootEntry). */
export const ROOT_RULE = 'host all root all cert-password';
/** Newest code only: this first rule replaces the mandatory one and limits root to IPv4 loopback. */
export const ROOT_LOCAL_RULE = 'host all root 127.0.0.1/32 cert-password';

function sameRule(r: CrdbHbaRule, text: string): boolean {
  const p = parseCrdbHba(text);
  if (!p.ok) return false;
  const e = p.rules[0];
  return (
    r.type === e.type &&
    r.databases.join(',') === e.databases.join(',') &&
    r.users.join(',') === e.users.join(',') &&
    r.allUsers === e.allUsers &&
    r.address === e.address &&
    r.method === e.method
  );
}

/**
 * The rules CockroachDB evaluates: the mandatory root rule in front unless the first configured
 * rule is equivalent to it. `rootLocal` says the first rule is the loopback alternative, which
 * only newer releases honour (older ones still put the mandatory rule in front).
 */
export function effectiveRules(rules: readonly CrdbHbaRule[]): {
  rules: readonly CrdbHbaRule[];
  builtInRoot: boolean;
  rootLocal: boolean;
} {
  const first = rules[0];
  if (first && sameRule(first, ROOT_RULE)) return { rules, builtInRoot: false, rootLocal: false };
  const root = (parseCrdbHba(ROOT_RULE) as { ok: true; rules: CrdbHbaRule[] }).rules[0];
  const rootRule = { ...root, lineNumber: 0, display: `${ROOT_RULE} (built in)` };
  return {
    rules: [rootRule, ...rules],
    builtInRoot: true,
    rootLocal: first !== undefined && sameRule(first, ROOT_LOCAL_RULE)
  };
}

/** The documented default configuration (DefaultHBAConfig), which the setting may also spell out. */
export function isDefaultConfiguration(rules: readonly CrdbHbaRule[]): boolean {
  const rest = rules.length && sameRule(rules[0], ROOT_RULE) ? rules.slice(1) : rules;
  if (rest.length !== 2) return false;
  return sameRule(rest[0], 'host all all all cert-password') && sameRule(rest[1], 'local all all password');
}

/** True when the rule names root (the keyword all included). */
export function coversRoot(r: CrdbHbaRule): boolean {
  return r.allUsers || r.users.includes('root');
}

/**
 * A rule can never match when an earlier rule of a covering type matches the same users from a
 * covering address (first match wins). Only exact and `all` coverage is modelled; anything else is
 * treated as reachable (never wrongly reported as dead).
 */
export function shadowedBy(rules: readonly CrdbHbaRule[], index: number): CrdbHbaRule | undefined {
  const r = rules[index];
  for (const e of rules.slice(0, index)) {
    const typeCovers =
      e.type === r.type || (e.type === 'host' && (r.type === 'hostssl' || r.type === 'hostnossl'));
    const usersCover = e.allUsers || (!r.allUsers && r.users.every(u => e.users.includes(u)));
    const addrCovers =
      r.type === 'local'
        ? e.type === 'local'
        : e.address === 'all' ||
          (e.address === '0.0.0.0/0' && (r.address ?? '').includes('.')) ||
          e.address === r.address;
    if (typeCovers && usersCover && addrCovers) return e;
  }
  return undefined;
}
