import { describe, expect, it } from '@jest/globals';
import { daysLeft, judgeCertificateExpiry } from '../../src/judgements/certificate-expiry.js';
import { judgeAdminCount } from '../../src/judgements/admin-count.js';
import { isAnyAddress, isBroad, isLoopback, parseCidr } from '../../src/judgements/network.js';
import { releaseTableNote } from '../../src/judgements/release-table.js';
import { msg } from '../../src/core/text.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const inDays = (d: number, extraMs = 0) => new Date(NOW.getTime() + d * 86_400_000 + extraMs).toISOString();
const judge = (validTo: string) => {
  const f = judgeCertificateExpiry(msg`Certificate ${'CN=db'}`, validTo, NOW, 'CN=db');
  return [f.status, f.detail.text];
};

describe('certificate expiry: ≤ 30 days FAIL, ≤ 90 days WARN, whole days rounded down', () => {
  it('both boundaries of both rungs', () => {
    expect(judge(inDays(30))).toEqual(['FAIL', 'Certificate CN=db expires on 2026-12-31, in 30 days.']);
    expect(judge(inDays(31))).toEqual(['WARN', 'Certificate CN=db expires on 2027-01-01, in 31 days.']);
    expect(judge(inDays(90))).toEqual(['WARN', 'Certificate CN=db expires on 2027-03-01, in 90 days.']);
    expect(judge(inDays(91))).toEqual(['PASS', 'Certificate CN=db expires on 2027-03-02, in 91 days.']);
  });
  it('30 days and 23 hours is still 30 days (rounded down), so FAIL', () => {
    expect(daysLeft(inDays(30, 23 * 3_600_000), NOW)).toBe(30);
    expect(judge(inDays(30, 23 * 3_600_000))[0]).toBe('FAIL');
  });
  it('expired, and one day left', () => {
    expect(judge(inDays(-1))).toEqual(['FAIL', 'Certificate CN=db expired on 2026-11-30.']);
    expect(judge(inDays(0))).toEqual(['FAIL', 'Certificate CN=db expired on 2026-12-01.']);
    expect(judge(inDays(1))).toEqual(['FAIL', 'Certificate CN=db expires on 2026-12-02, in 1 day.']);
  });
});

describe('admin count: 1-2 PASS, 3-5 WARN, 6+ FAIL', () => {
  it.each([
    [0, 'PASS'],
    [1, 'PASS'],
    [2, 'PASS'],
    [3, 'WARN'],
    [5, 'WARN'],
    [6, 'FAIL'],
    [40, 'FAIL']
  ])('%i admins: %s', (n, status) => {
    expect(judgeAdminCount(n, msg`${String(n)} admins`).status).toBe(status);
  });
  it('one sentence per rung', () => {
    expect(judgeAdminCount(3, msg`3 admins`).detail.text).toBe('3 admins; keep it to two.');
    expect(judgeAdminCount(6, msg`6 admins`).detail.text).toBe(
      '6 admins; six or more make every account a path to full control.'
    );
  });
});

describe('network helpers (ipaddr.js)', () => {
  const c = (t: string, mask?: string) => parseCidr(t, mask)!;
  it('any-address per family', () => {
    expect(isAnyAddress(c('0.0.0.0/0'))).toBe(true);
    expect(isAnyAddress(c('::/0'))).toBe(true);
    expect(isAnyAddress(c('0.0.0.0/1'))).toBe(false);
  });
  it('broad: IPv4 /16 and wider, IPv6 /32 and wider', () => {
    expect(isBroad(c('10.0.0.0/16'))).toBe(true);
    expect(isBroad(c('10.0.0.0/17'))).toBe(false);
    expect(isBroad(c('2001:db8::/32'))).toBe(true);
    expect(isBroad(c('2001:db8::/33'))).toBe(false);
  });
  it('loopback: inside 127.0.0.0/8 or ::1/128, IPv4-mapped too; not wider', () => {
    expect(isLoopback(c('127.0.0.1/32'))).toBe(true);
    expect(isLoopback(c('127.0.0.0/8'))).toBe(true);
    expect(isLoopback(c('127.0.0.0/7'))).toBe(false);
    expect(isLoopback(c('::1/128'))).toBe(true);
    expect(isLoopback(c('::1/127'))).toBe(false);
    expect(isLoopback(c('::ffff:127.0.0.1/128'))).toBe(true);
    expect(isLoopback(c('10.0.0.1/32'))).toBe(false);
  });
  it('netmask, bare host and normalised text; junk is undefined', () => {
    expect(c('192.168.1.7', '255.255.0.0')).toMatchObject({ prefix: 16, text: '192.168.0.0/16' });
    expect(c('10.1.2.3')).toMatchObject({ prefix: 32, family: 4 });
    expect(c('fe80::1')).toMatchObject({ prefix: 128, family: 6 });
    expect(parseCidr('db.example.com')).toBeUndefined();
    expect(parseCidr('10.0.0.0/33')).toBeUndefined();
    expect(parseCidr('256.0.0.1/32')).toBeUndefined();
    expect(parseCidr('10.0.0.1', '255.0.255.0')).toBeUndefined();
  });
});

describe('release table staleness', () => {
  it('120 days is current, 121 is stale', () => {
    expect(releaseTableNote('PostgreSQL', '2026-08-03', NOW).text).toBe(
      'Release and end-of-support data: PostgreSQL release table dated 2026-08-03.'
    );
    expect(releaseTableNote('PostgreSQL', '2026-08-02', NOW).text).toBe(
      'Release and end-of-support data: PostgreSQL release table dated 2026-08-02 (121 days before this audit: newer releases may exist).'
    );
  });
});
