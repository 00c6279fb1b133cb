import type { HbaRule } from './facts.js';

/**
 * A model of pg_hba.conf matching: rules are tried in order and the first whose connection type,
 * database, user and client address match decides (a `reject` rule decides too). Keywords: `all`
 * (databases: every database except the `replication` pseudo-database), `sameuser`, `samerole`,
 * `+group`, `@file` (already expanded by pg_hba_file_rules), and addresses `all`, `samehost`,
 * `samenet`, CIDR and host names.
 */

export type Address =
  | { kind: 'none' }
  | { kind: 'all' }
  | { kind: 'samehost' }
  | { kind: 'samenet' }
  | { kind: 'cidr'; family: 4 | 6; network: bigint; prefix: number; text: string }
  | { kind: 'hostname'; text: string };

export const PASSWORD_METHODS = new Set(['password', 'md5', 'scram-sha-256']);

function ipToBigInt(ip: string): { family: 4 | 6; value: bigint } | undefined {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(ip)) {
    const parts = ip.split('.').map(Number);
    if (parts.some(p => p > 255)) return undefined;
    return { family: 4, value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
  }
  if (ip.includes(':')) {
    const [head, tail] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail !== undefined ? (tail ? tail.split(':') : []) : [];
    const groups = tail !== undefined ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
    if (groups.length !== 8) return undefined;
    return { family: 6, value: groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g || '0', 16)), 0n) };
  }
  return undefined;
}

function maskToPrefix(mask: string): number | undefined {
  const m = ipToBigInt(mask);
  if (!m) return undefined;
  const bits = m.family === 4 ? 32 : 128;
  let prefix = 0;
  for (let i = bits - 1; i >= 0; i--) {
    if ((m.value >> BigInt(i)) & 1n) prefix++;
    else break;
  }
  return prefix;
}

/** Interprets a rule's address and netmask columns. */
export function parseAddress(rule: Pick<HbaRule, 'type' | 'address' | 'netmask'>): Address {
  if (rule.type === 'local' || rule.address == null) return { kind: 'none' };
  const a = rule.address.trim();
  if (a === 'all') return { kind: 'all' };
  if (a === 'samehost') return { kind: 'samehost' };
  if (a === 'samenet') return { kind: 'samenet' };
  const [ipText, prefixText] = a.split('/');
  const ip = ipToBigInt(ipText);
  if (!ip) return { kind: 'hostname', text: a };
  const bits = ip.family === 4 ? 32 : 128;
  const prefix =
    prefixText !== undefined
      ? Number(prefixText)
      : rule.netmask
        ? (maskToPrefix(rule.netmask) ?? bits)
        : bits;
  const shift = BigInt(bits - prefix);
  const network = (ip.value >> shift) << shift;
  return { kind: 'cidr', family: ip.family, network, prefix, text: `${ipText}/${prefix}` };
}

/** Connections a rule can see only from the server itself (loopback or its own addresses). */
export function isLocalOnly(addr: Address): boolean {
  if (addr.kind === 'none' || addr.kind === 'samehost') return true;
  if (addr.kind !== 'cidr') return false;
  if (addr.family === 4) return addr.prefix >= 8 && addr.network >> 24n === 127n;
  return addr.prefix === 128 && addr.network === 1n;
}

/** `all`, 0.0.0.0/0 or ::/0: any client anywhere. */
export function isAnyAddress(addr: Address): boolean {
  return addr.kind === 'all' || (addr.kind === 'cidr' && addr.prefix === 0);
}

/** A range of a /16 (IPv4) or /32 (IPv6) or wider, including any-address. */
export function isBroad(addr: Address): boolean {
  if (addr.kind === 'all') return true;
  if (addr.kind !== 'cidr') return false;
  return addr.family === 4 ? addr.prefix <= 16 : addr.prefix <= 32;
}

/** TCP rule types; `local` is the Unix socket. */
export function isHostRule(rule: Pick<HbaRule, 'type'>): boolean {
  return rule.type !== null && rule.type !== 'local';
}

/** A host rule that also accepts connections without TLS. */
export function acceptsPlaintext(rule: Pick<HbaRule, 'type'>): boolean {
  return rule.type === 'host' || rule.type === 'hostnossl' || rule.type === 'hostnogssenc';
}

function typeCovers(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  return a === 'host' && b !== 'local' && b !== null;
}

function databasesCover(a: readonly string[], b: readonly string[]): boolean {
  return b.every(t => a.includes(t) || (a.includes('all') && t !== 'replication'));
}

function usersCover(a: readonly string[], b: readonly string[]): boolean {
  return b.every(t => a.includes(t) || a.includes('all'));
}

function addressCovers(a: Address, b: Address): boolean {
  if (a.kind === 'none' || b.kind === 'none') return a.kind === b.kind;
  if (a.kind === 'all') return true;
  if (a.kind === 'cidr' && b.kind === 'cidr') {
    if (a.family !== b.family || a.prefix > b.prefix) return false;
    const bits = BigInt((a.family === 4 ? 32 : 128) - a.prefix);
    return b.network >> bits === a.network >> bits;
  }
  if (a.kind === 'hostname' && b.kind === 'hostname') return a.text === b.text;
  return a.kind === b.kind;
}

/** True when every connection rule `b` could match is already matched by the earlier rule `a`. */
export function covers(a: HbaRule, b: HbaRule): boolean {
  return (
    typeCovers(a.type, b.type) &&
    databasesCover(a.databases, b.databases) &&
    usersCover(a.users, b.users) &&
    addressCovers(parseAddress(a), parseAddress(b))
  );
}

/** For each rule, the earlier rule that shadows it (so it can never match), if any. */
export function findShadowing(rules: readonly HbaRule[]): Map<HbaRule, HbaRule> {
  const valid = rules.filter(r => r.error === null);
  const out = new Map<HbaRule, HbaRule>();
  valid.forEach((rule, i) => {
    const earlier = valid.slice(0, i).find(prev => covers(prev, rule));
    if (earlier) out.set(rule, earlier);
  });
  return out;
}

/** The rule as it would be written in pg_hba.conf, used as the finding's object. */
export function describeRule(rule: HbaRule): string {
  const addr = parseAddress(rule);
  const address = addr.kind === 'cidr' ? addr.text : addr.kind === 'none' ? '' : (rule.address ?? '');
  const parts = [
    rule.type ?? '?',
    rule.databases.join(','),
    rule.users.join(','),
    address,
    rule.method ?? '?'
  ];
  const opts = rule.options.length ? ` ${rule.options.join(' ')}` : '';
  return `${parts.filter(p => p !== '').join(' ')}${opts}`;
}

/** Where the rule lives: `line 12` or `file.conf line 12` when it comes from an included file. */
export function ruleLocation(rule: HbaRule): string {
  const file = rule.fileName ? rule.fileName.split('/').pop() : undefined;
  return file && file !== 'pg_hba.conf' ? `${file} line ${rule.lineNumber}` : `line ${rule.lineNumber}`;
}
