import { describe, expect, it } from '@jest/globals';
import {
  auditDecision,
  parseUserAudit,
  unreachableRules
} from '../../../src/engines/cockroachdb/user-audit.js';
import {
  effectiveRules,
  isDefaultConfiguration,
  parseCrdbHba,
  shadowedBy
} from '../../../src/engines/cockroachdb/hba.js';
import { scanLines } from '../../../src/engines/cockroachdb/scanner.js';
import { cclLicenceAccepted, decodeLicense } from '../../../src/engines/cockroachdb/license.js';

describe('sql.log.user_audit parser (CockroachDB rules and messages)', () => {
  it('parses rules, lower-cases roles, ignores comments, blank lines, tabs and \\r', () => {
    const r = parseUserAudit('# audit config\n\nTeSt_ROLe\taLl\r\nanother_role NONE # trailing\nALL none');
    expect(r).toEqual({
      ok: true,
      rules: [
        { lineNumber: 3, role: 'test_role', filter: 'ALL' },
        { lineNumber: 4, role: 'another_role', filter: 'NONE' },
        { lineNumber: 5, role: 'all', filter: 'NONE' }
      ]
    });
  });
  const rejected: [string, string][] = [
    ["test_role 'ALL'", `line 1: unknown statement filter: "'ALL'" (valid filters include: "ALL", "NONE")`],
    ['a ALL extra', 'line 1: too many fields specified'],
    ['lonely', 'line 1: end-of-line before statement filter specification'],
    ['a,b ALL', 'line 1: multiple values specified for role'],
    ['a ALL,NONE', 'line 1: multiple values specified for statement filter'],
    ['public ALL', "line 1: cannot use reserved role name: 'public'"],
    ['none ALL', "line 1: cannot use reserved role name: 'none'"],
    ['node ALL', "line 1: cannot use reserved username: 'node'"],
    ['pg_monitor ALL', "line 1: cannot use 'pg_' prefix in role name: 'pg_monitor'"],
    ['crdb_internal_x ALL', "line 1: cannot use 'crdb_internal_' prefix in role name: 'crdb_internal_x'"],
    // parser.go returns the duplicate error without the "line N:" wrap.
    ['a ALL\nA NONE', 'duplicate role listed: a'],
    ['"unterminated ALL', 'line 1: unterminated quoted string'],
    ['a, b ALL', 'line 1: multiple values specified for role'],
    ['"abc"def ALL', 'line 1: too many fields specified'],
    ['a\u0001 ALL', 'line 1: unsupported character: "\\x01"'],
    ['"a\tb" ALL', 'line 1: invalid characters in quoted string']
  ];
  for (const [value, error] of rejected) {
    it(`rejects ${JSON.stringify(value)}: ${error}`, () => {
      expect(parseUserAudit(value)).toEqual({ ok: false, error });
    });
  }
  it('the empty value and a stored comment-only value audit nothing ("no entries" is a SET-time error only)', () => {
    expect(parseUserAudit('')).toEqual({ ok: true, rules: [] });
    expect(parseUserAudit('# only a comment')).toEqual({ ok: true, rules: [] });
  });
  it('early v23.2 builds match role memberships only: a rule naming the user does not audit her', () => {
    const r = parseUserAudit('alice ALL');
    if (!r.ok) throw new Error(r.error);
    expect(auditDecision(r.rules, 'alice', new Set(), true)).toEqual({ user: 'alice', audited: false });
    expect(auditDecision(r.rules, 'alice', new Set()).audited).toBe(true);
  });
  it('first match wins: the docs example of a user with multiple roles is not audited', () => {
    const r = parseUserAudit('test_role NONE\nanother_role ALL\nALL NONE');
    if (!r.ok) throw new Error(r.error);
    const d = auditDecision(r.rules, 'test_user', new Set(['test_role', 'another_role']));
    expect(d).toEqual({
      user: 'test_user',
      audited: false,
      rule: { lineNumber: 1, role: 'test_role', filter: 'NONE' }
    });
    // Swapping the two rows, as in the docs' previous example, audits the same user.
    const swapped = parseUserAudit('test_role ALL\nanother_role NONE\nALL NONE');
    if (!swapped.ok) throw new Error(swapped.error);
    expect(auditDecision(swapped.rules, 'test_user', new Set(['test_role', 'another_role'])).audited).toBe(
      true
    );
    expect(auditDecision(r.rules, 'nobody', new Set()).rule?.role).toBe('all');
  });
  it('rows after an all row can never match', () => {
    const r = parseUserAudit('all ALL\nadmin NONE');
    if (!r.ok) throw new Error(r.error);
    expect(unreachableRules(r.rules)).toEqual([{ lineNumber: 2, role: 'admin', filter: 'NONE' }]);
  });
});

describe('rule scanner (pkg/settings/rulebasedscanner)', () => {
  const fields = (v: string) =>
    scanLines(v).map(l => l.fields.map(f => f.map(t => (t.quoted ? `"${t.value}"` : t.value))));
  it('# starts a comment only at a token start', () => {
    expect(fields('host all all all ldap ldapbindpasswd=ab#cd ldapport=636 # real comment')).toEqual([
      [['host'], ['all'], ['all'], ['all'], ['ldap'], ['ldapbindpasswd=ab#cd'], ['ldapport=636']]
    ]);
  });
  it('a comma right after a token continues the field; a space before it does not', () => {
    expect(fields('a, b c')).toEqual([[['a', 'b'], ['c']]]);
    expect(fields('a ,b')).toEqual([[['a'], ['b']]]);
    expect(fields('a,b,    c')).toEqual([[['a', 'b', 'c']]]);
  });
  it('a quote ends a token: "abc"def is two tokens, abc"def"geh three', () => {
    expect(fields('"abc"def')).toEqual([[['"abc"'], ['def']]]);
    expect(fields('abc"def"geh')).toEqual([[['abc'], ['"def"'], ['geh']]]);
  });
  it('single quotes are ordinary characters; lines keep their numbers', () => {
    expect(scanLines("\n# c\nx 'ALL'").map(l => [l.lineNumber, l.fields.map(f => f[0].value)])).toEqual([
      [3, ['x', "'ALL'"]]
    ]);
  });
});

describe('CockroachDB HBA parser', () => {
  it('parses types, lists, masks, methods and options; masks ldapbindpasswd', () => {
    const ok = parseCrdbHba(
      'host all alice,bob 10.0.0.7 255.255.0.0 password\nhostssl all all all ldap ldapserver=ldap "ldapbasedn=ou=x,dc=y" "ldapbindpasswd=s3cr3t pw"\nlocal all all password'
    );
    if (!ok.ok) throw new Error(ok.error);
    expect(ok.rules.map(x => [x.type, x.users, x.allUsers, x.address, x.method])).toEqual([
      ['host', ['alice', 'bob'], false, '10.0.0.0/16', 'password'],
      ['hostssl', ['all'], true, 'all', 'ldap'],
      ['local', ['all'], true, null, 'password']
    ]);
    expect(ok.rules[1].options).toEqual({
      ldapserver: 'ldap',
      ldapbasedn: 'ou=x,dc=y',
      ldapbindpasswd: '********'
    });
    expect(JSON.stringify(ok)).not.toContain('s3cr3t');
  });
  it('ldapbindpasswd="two words" is rejected like CockroachDB does; ab#cd keeps the rest of the line', () => {
    expect(parseCrdbHba('host all all all ldap ldapbindpasswd="s3cr3t pw"')).toEqual({
      ok: false,
      error: 'line 1: authentication option not in name=value format: ldapbindpasswd='
    });
    const r = parseCrdbHba('host all all all ldap ldapserver=l ldapbindpasswd=ab#cd ldapport=636');
    if (!r.ok) throw new Error(r.error);
    expect(r.rules[0].options.ldapport).toBe('636');
  });
  it('a quoted "all" is a user named all, not the keyword', () => {
    const r = parseCrdbHba('host all "all" 0.0.0.0/0 trust');
    if (!r.ok) throw new Error(r.error);
    expect([r.rules[0].users, r.rules[0].allUsers]).toEqual([['all'], false]);
  });
  it("reports the line of a malformed rule with CockroachDB's texts", () => {
    expect(parseCrdbHba('host all all 10.0.0.0/8 cert\nhostx all all all cert')).toEqual({
      ok: false,
      error: 'line 2: unknown connection type: "hostx"'
    });
    expect(parseCrdbHba('host all all')).toEqual({
      ok: false,
      error: 'line 1: end-of-line before IP address specification'
    });
    expect(parseCrdbHba('host all all 10.0.0.1')).toEqual({
      ok: false,
      error: 'line 1: end-of-line before netmask specification'
    });
    expect(parseCrdbHba('host all all 10.0.0.1 cert')).toEqual({
      ok: false,
      error: 'line 1: invalid IP mask "cert": address is not a mask'
    });
  });
  it('finds rules an earlier, broader rule shadows (first match wins)', () => {
    const r = parseCrdbHba('host all all all reject\nhostssl all alice 10.0.0.0/8 cert\nlocal all all trust');
    if (!r.ok) throw new Error(r.error);
    expect(shadowedBy(r.rules, 1)?.lineNumber).toBe(1);
    expect(shadowedBy(r.rules, 2)).toBeUndefined();
  });
  it('the built-in root rule goes first unless the first rule is equivalent to it', () => {
    const r = parseCrdbHba('host all root 10.0.0.0/8 reject\nhost all all 10.0.0.0/8 cert');
    if (!r.ok) throw new Error(r.error);
    const eff = effectiveRules(r.rules);
    expect(eff.builtInRoot).toBe(true);
    expect(shadowedBy(eff.rules, 1)?.lineNumber).toBe(0);
    expect(shadowedBy(eff.rules, 2)).toBeUndefined();
    const same = parseCrdbHba('host all root all cert-password\nhost all all all cert');
    if (!same.ok) throw new Error(same.error);
    expect(effectiveRules(same.rules).builtInRoot).toBe(false);
    expect(isDefaultConfiguration(same.rules)).toBe(false);
    const def = parseCrdbHba(
      'host all root all cert-password\nhost all all all cert-password\nlocal all all password'
    );
    if (!def.ok) throw new Error(def.error);
    expect(isDefaultConfiguration(def.rules)).toBe(true);
  });
});

describe('enterprise licence decoding (licenseccl)', () => {
  // Built here from the License protobuf fields: 1 cluster_id bytes, 2 valid_until varint, 3 type, 4 org.
  const varint = (n: number) => {
    const out: number[] = [];
    while (n > 127) {
      out.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    out.push(n);
    return out;
  };
  const licence = (until: number, type: number, org: string, cluster?: string) => {
    const bytes: number[] = [];
    if (cluster) bytes.push(0x0a, 16, ...Buffer.from(cluster.replace(/-/g, ''), 'hex'));
    bytes.push(0x10, ...varint(until), 0x18, type);
    const o = Buffer.from(org);
    bytes.push(0x22, o.length, ...o);
    return `crl-0-${Buffer.from(bytes).toString('base64').replace(/=+$/, '')}`;
  };
  const at = new Date('2026-11-24T12:00:00Z');
  it('decodes type, expiry, organization and cluster ids, and never keeps the key', () => {
    const d = decodeLicense(licence(1798761600, 1, 'Acme', '6b8e3c9a-0f3e-4f8e-9d1c-2a7f5c0e1b44'));
    expect(d).toEqual({
      state: 'present',
      type: 'Enterprise',
      validUntil: '2027-01-01T00:00:00.000Z',
      organization: 'Acme',
      clusterIds: ['6b8e3c9a-0f3e-4f8e-9d1c-2a7f5c0e1b44']
    });
    expect(decodeLicense('')).toEqual({ state: 'none' });
    expect(decodeLicense('not-a-licence')).toEqual({ state: 'invalid' });
  });
  it('License.Check: expired, wrong organization, wrong cluster', () => {
    expect(cclLicenceAccepted(decodeLicense(licence(1767225600, 2, 'Acme')), at, undefined, 'Acme')).toEqual({
      accepted: false,
      why: 'the Evaluation licence expired on 2026-01-01'
    });
    expect(
      cclLicenceAccepted(decodeLicense(licence(1767225600, 1, 'Acme')), at, undefined, 'Acme').accepted
    ).toBe('maybe');
    expect(
      cclLicenceAccepted(decodeLicense(licence(1798761600, 1, 'Acme')), at, undefined, 'acme').accepted
    ).toBe(true);
    expect(
      cclLicenceAccepted(decodeLicense(licence(1798761600, 1, 'Acme')), at, undefined, 'Other').accepted
    ).toBe(false);
    expect(
      cclLicenceAccepted(
        decodeLicense(licence(1798761600, 1, 'Acme', '6b8e3c9a-0f3e-4f8e-9d1c-2a7f5c0e1b44')),
        at,
        '00000000-0000-4000-8000-000000000000',
        'Acme'
      ).accepted
    ).toBe(false);
  });
});
