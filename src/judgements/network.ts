import ipaddr from 'ipaddr.js';

/** An address range as written in pg_hba, a CockroachDB HBA rule or a Cloud allowlist. */
export interface Cidr {
  readonly family: 4 | 6;
  readonly prefix: number;
  /** Normalised `network/prefix`. */
  readonly text: string;
  readonly address: ipaddr.IPv4 | ipaddr.IPv6;
}

/** IPv4 wider than /16, IPv6 wider than /32: "broad" for every engine. */
export const BROAD_PREFIX = { 4: 16, 6: 32 } as const;

/**
 * Parses `a.b.c.d/n`, `x::y/n`, a bare address (a host: /32 or /128), or an IPv4 address with a
 * dotted netmask. Anything else (host names, keywords) is undefined.
 */
export function parseCidr(text: string, netmask?: string | null): Cidr | undefined {
  const t = text.trim();
  try {
    let address: ipaddr.IPv4 | ipaddr.IPv6;
    let prefix: number;
    if (t.includes('/')) {
      [address, prefix] = ipaddr.parseCIDR(t);
    } else {
      address = ipaddr.parse(t);
      prefix = address.kind() === 'ipv4' ? 32 : 128;
      if (netmask) {
        const mask = ipaddr.parse(netmask.trim());
        const fromMask = mask.prefixLengthFromSubnetMask();
        if (fromMask === null || mask.kind() !== address.kind()) return undefined;
        prefix = fromMask;
      }
    }
    const family = address.kind() === 'ipv4' ? 4 : 6;
    const network =
      family === 4
        ? ipaddr.IPv4.networkAddressFromCIDR(`${address.toString()}/${prefix}`)
        : ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/${prefix}`);
    return { family, prefix, address, text: `${network.toString()}/${prefix}` };
  } catch {
    return undefined;
  }
}

/** 0.0.0.0/0 or ::/0: any client anywhere. */
export function isAnyAddress(c: Cidr): boolean {
  return c.prefix === 0;
}

/** Only the host itself: within 127.0.0.0/8 or ::1/128 (also as an IPv4-mapped address). */
export function isLoopback(c: Cidr): boolean {
  const a =
    c.address.kind() === 'ipv6' && (c.address as ipaddr.IPv6).isIPv4MappedAddress()
      ? (c.address as ipaddr.IPv6).toIPv4Address()
      : c.address;
  if (a.kind() === 'ipv4') {
    const mappedPrefix = c.family === 6 ? c.prefix - 96 : c.prefix;
    return mappedPrefix >= 8 && a.range() === 'loopback';
  }
  return c.prefix === 128 && a.range() === 'loopback';
}

/** Wider than BROAD_PREFIX for its family (any-address included). */
export function isBroad(c: Cidr): boolean {
  return c.prefix <= BROAD_PREFIX[c.family];
}
