import { scanLines, ScanError } from './scanner.js';

/** One CockroachDB HBA rule (`TYPE DATABASE USER ADDRESS [MASK] METHOD [options]`). */
export interface CrdbHbaRule {
  readonly lineNumber: number;
  readonly type: string;
  readonly databases: readonly string[];
  readonly users: readonly string[];
  /** CIDR, `all`, a host name, or null for `local`. */
  readonly address: string | null;
  readonly method: string;
  /** key=value options; secrets (ldapbindpasswd) are masked here, at parse time. */
  readonly options: Readonly<Record<string, string>>;
  /** The rule as text with secrets masked, for reports. */
  readonly display: string;
}

export type ParsedHba =
  | { readonly ok: true; readonly rules: readonly CrdbHbaRule[] }
  | { readonly ok: false; readonly error: string };

const SECRET_OPTIONS = new Set(['ldapbindpasswd']);
const TYPES = new Set(['local', 'host', 'hostssl', 'hostnossl']);

export function parseCrdbHba(value: string): ParsedHba {
  let lines;
  try {
    lines = scanLines(value);
  } catch (error) {
    if (error instanceof ScanError) return { ok: false, error: error.message };
    throw error;
  }
  const rules: CrdbHbaRule[] = [];
  for (const line of lines) {
    const fail = (m: string): ParsedHba => ({ ok: false, error: `line ${line.lineNumber}: ${m}` });
    const f = line.fields;
    const type = f[0]?.[0]?.value ?? '';
    if (!TYPES.has(type)) return fail(`unknown connection type: "${type}"`);
    const minFields = type === 'local' ? 4 : 5;
    if (f.length < minFields) return fail('end-of-line before authentication method');
    let i = 3;
    let address: string | null = null;
    if (type !== 'local') {
      address = f[3][0].value;
      i = 4;
      // An address followed by a separate netmask field.
      if (/^\d+\.\d+\.\d+\.\d+$/.test(address) && f[4] && /^\d+\.\d+\.\d+\.\d+$/.test(f[4][0].value)) {
        address = `${address}/${maskBits(f[4][0].value)}`;
        i = 5;
      }
    }
    const method = f[i]?.[0]?.value;
    if (!method) return fail('end-of-line before authentication method');
    const options: Record<string, string> = {};
    for (const opt of f.slice(i + 1).flat()) {
      const eq = opt.value.indexOf('=');
      if (eq < 0) return fail(`authentication option not in name=value format: ${opt.value}`);
      const k = opt.value.slice(0, eq).toLowerCase();
      options[k] = SECRET_OPTIONS.has(k) ? '********' : opt.value.slice(eq + 1);
    }
    const head = [
      type,
      f[1].map(t => t.value).join(','),
      f[2].map(t => t.value).join(','),
      ...(address ? [address] : []),
      method
    ];
    const opts = Object.entries(options).map(([k, v]) => `${k}=${v}`);
    rules.push({
      lineNumber: line.lineNumber,
      type,
      databases: f[1].map(t => t.value),
      users: f[2].map(t => t.value),
      address,
      method,
      options,
      display: [...head, ...opts].join(' ')
    });
  }
  return { ok: true, rules };
}

function maskBits(mask: string): number {
  return mask
    .split('.')
    .map(Number)
    .reduce((n, octet) => n + (octet.toString(2).match(/1/g)?.length ?? 0), 0);
}

/** Prefix length of an IPv4/IPv6 CIDR, or null for `all`/host names. */
export function prefixLength(address: string | null): number | null {
  if (!address || address === 'all') return address === 'all' ? 0 : null;
  const m = /\/(\d+)$/.exec(address);
  return m ? Number(m[1]) : null;
}

export function isLoopback(address: string | null): boolean {
  return address !== null && (/^127\./.test(address) || address === '::1/128' || address === '::1');
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
    const usersCover = e.users.includes('all') || r.users.every(u => e.users.includes(u));
    const addrCovers =
      r.type === 'local'
        ? e.type === 'local'
        : e.address === 'all' || e.address === '0.0.0.0/0' || e.address === r.address;
    if (typeCovers && usersCover && addrCovers) return e;
  }
  return undefined;
}
