import type { HbaRule } from './facts.js';
import {
  isAnyAddress as anyAddress,
  isBroad as broad,
  isLoopback,
  parseCidr,
  type Cidr
} from '../../judgements/network.js';

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
  | { kind: 'cidr'; family: 4 | 6; network: bigint; prefix: number; text: string; cidr: Cidr }
  | { kind: 'hostname'; text: string };

export const PASSWORD_METHODS = new Set(['password', 'md5', 'scram-sha-256']);

/** The network as a number, so that range containment (shadowing) is a shift and a compare. */
function toBigInt(c: Cidr): bigint {
  const bytes = c.address.toByteArray();
  const bits = c.family === 4 ? 32 : 128;
  const value = bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
  const shift = BigInt(bits - c.prefix);
  return (value >> shift) << shift;
}

/** Interprets a rule's address and netmask columns (CIDR parsing by ipaddr.js). */
export function parseAddress(rule: Pick<HbaRule, 'type' | 'address' | 'netmask'>): Address {
  if (rule.type === 'local' || rule.address == null) return { kind: 'none' };
  const a = rule.address.trim();
  if (a === 'all') return { kind: 'all' };
  if (a === 'samehost') return { kind: 'samehost' };
  if (a === 'samenet') return { kind: 'samenet' };
  const cidr = parseCidr(a, rule.netmask);
  if (!cidr) return { kind: 'hostname', text: a };
  const ipText = a.split('/')[0];
  return {
    kind: 'cidr',
    family: cidr.family,
    network: toBigInt(cidr),
    prefix: cidr.prefix,
    text: `${ipText}/${cidr.prefix}`,
    cidr
  };
}

/** Connections a rule can see only from the server itself (loopback or its own addresses). */
export function isLocalOnly(addr: Address): boolean {
  if (addr.kind === 'none' || addr.kind === 'samehost') return true;
  return addr.kind === 'cidr' && isLoopback(addr.cidr);
}

/** `all`, 0.0.0.0/0 or ::/0: any client anywhere. */
export function isAnyAddress(addr: Address): boolean {
  return addr.kind === 'all' || (addr.kind === 'cidr' && anyAddress(addr.cidr));
}

/** A range of a /16 (IPv4) or /32 (IPv6) or wider, including any-address. */
export function isBroad(addr: Address): boolean {
  if (addr.kind === 'all') return true;
  return addr.kind === 'cidr' && broad(addr.cidr);
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
