import { describe, expect, it } from '@jest/globals';
import { parseEndpoint } from '../../src/sqlwire/endpoint.js';
import { Redactor } from '../../src/core/redact.js';

const ssl = (url: string) => parseEndpoint(url, new Redactor()).config.ssl;

describe('connection string sslmode follows libpq', () => {
  it('no sslmode: plaintext, as node-postgres does', () => {
    expect(ssl('postgresql://u:p@h/db')).toBeUndefined();
  });
  it('disable and allow: no TLS', () => {
    expect(ssl('postgresql://u:p@h/db?sslmode=disable')).toBe(false);
    expect(ssl('postgresql://u:p@h/db?sslmode=allow')).toBe(false);
  });
  it('prefer, require and no-verify: encrypted, certificate not verified', () => {
    for (const mode of ['prefer', 'require', 'no-verify']) {
      expect(ssl(`postgresql://u:p@h/db?sslmode=${mode}`)).toEqual({ rejectUnauthorized: false });
    }
  });
  it('verify-full: verified against the system CAs', () => {
    expect(ssl('postgresql://u:p@h/db?sslmode=verify-full')).toEqual({});
  });
  it('an unknown sslmode is a usage error naming the value', () => {
    expect(() => ssl('postgresql://u:secret@h/db?sslmode=yes')).toThrow(
      'Invalid --url: sslmode "yes" is not one of disable, allow, prefer, require, verify-ca, verify-full; expected postgresql://user:password@host:port/database.'
    );
  });
  it('verify-ca without sslrootcert is refused with the reason', () => {
    expect(() => ssl('postgresql://u:secret@h/db?sslmode=verify-ca')).toThrow(
      /verify-ca requires specifying a CA/
    );
  });
  it('a user-supplied uselibpqcompat does not conflict', () => {
    expect(ssl('postgresql://u:p@h/db?uselibpqcompat=true&sslmode=require')).toEqual({
      rejectUnauthorized: false
    });
  });
});

describe('connection string errors name the input, the problem and the expected form', () => {
  const err = (url: string, input?: string) => {
    try {
      parseEndpoint(url, new Redactor(), input);
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  it('a port above 65535 says so instead of "Invalid URL"', () => {
    expect(err('postgresql://u:secret@db:99999/app')).toBe(
      'Invalid --url: port "99999" is not a TCP port (1-65535); expected postgresql://user:password@host:port/database.'
    );
  });
  it('port 0 and a non-numeric port are refused; 1 and 65535 are accepted', () => {
    expect(err('postgresql://u:p@db:0/app')).toMatch(/^Invalid --url: port "0" is not a TCP port/);
    expect(err('postgresql://u:p@db:abc/app')).toMatch(/^Invalid --url: port "abc" is not a TCP port/);
    expect(parseEndpoint('postgresql://u:p@db:1/app', new Redactor()).port).toBe(1);
    expect(parseEndpoint('postgresql://u:p@db:65535/app', new Redactor()).port).toBe(65535);
  });
  it('names the environment variable or action input the value came from', () => {
    expect(err('garbage', 'DB_POSTURE_URL')).toBe(
      'Invalid DB_POSTURE_URL: it is not a postgres:// or postgresql:// URL; expected postgresql://user:password@host:port/database.'
    );
    expect(err('mysql://u:p@h/db', 'input connection-string')).toMatch(/^Invalid input connection-string: /);
  });
  it('an unencoded special character in the password gets a hint, and the password is never echoed', () => {
    const m = err('postgresql://u:pa#ss@db/app');
    expect(m).toMatch(/percent-encode special characters/);
    expect(m).not.toContain('pa#ss');
  });
  it('an IPv6 host with a port parses', () => {
    const ep = parseEndpoint('postgresql://u:p@[::1]:6543/app', new Redactor());
    expect([ep.host, ep.port]).toEqual(['::1', 6543]);
  });
});
