import { describe, expect, it } from '@jest/globals';
import { parseEndpoint } from '../../../src/engines/postgres/connection.js';
import { Redactor } from '../../../src/core/redact.js';

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
