import { describe, expect, it } from '@jest/globals';
import {
  auditDecision,
  parseUserAudit,
  unreachableRules
} from '../../../src/engines/cockroachdb/user-audit.js';
import { parseCrdbHba, shadowedBy } from '../../../src/engines/cockroachdb/hba.js';

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
    ['pg_monitor ALL', "line 1: cannot use reserved role name: 'pg_monitor'"],
    ['crdb_internal_x ALL', "line 1: cannot use reserved role name: 'crdb_internal_x'"],
    ['a ALL\nA NONE', 'line 2: duplicate role listed: a'],
    ['"unterminated ALL', 'line 1: unterminated quoted string'],
    ['# only a comment', 'no entries']
  ];
  for (const [value, error] of rejected) {
    it(`rejects ${JSON.stringify(value)}: ${error}`, () => {
      expect(parseUserAudit(value)).toEqual({ ok: false, error });
    });
  }
  it('the empty value audits nothing and is valid', () => {
    expect(parseUserAudit('')).toEqual({ ok: true, rules: [] });
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

describe('CockroachDB HBA parser', () => {
  it('parses types, lists, masks, methods and options; masks ldapbindpasswd', () => {
    const r = parseCrdbHba(
      'host all alice,bob 10.0.0.0 255.255.0.0 password\nhostssl all all all ldap ldapserver=ldap "ldapbasedn=ou=x,dc=y" ldapbindpasswd="s3cr3t pw"\nlocal all all password'
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.rules.map(x => [x.type, x.users, x.address, x.method])).toEqual([
      ['host', ['alice', 'bob'], '10.0.0.0/16', 'password'],
      ['hostssl', ['all'], 'all', 'ldap'],
      ['local', ['all'], null, 'password']
    ]);
    expect(r.rules[1].options).toEqual({
      ldapserver: 'ldap',
      ldapbasedn: 'ou=x,dc=y',
      ldapbindpasswd: '********'
    });
    expect(JSON.stringify(r)).not.toContain('s3cr3t');
  });
  it('reports the line of a malformed rule', () => {
    expect(parseCrdbHba('host all all 10.0.0.0/8 cert\nhostx all all all cert')).toEqual({
      ok: false,
      error: 'line 2: unknown connection type: "hostx"'
    });
    expect(parseCrdbHba('host all all')).toEqual({
      ok: false,
      error: 'line 1: end-of-line before authentication method'
    });
  });
  it('finds rules an earlier, broader rule shadows (first match wins)', () => {
    const r = parseCrdbHba('host all all all reject\nhostssl all alice 10.0.0.0/8 cert\nlocal all all trust');
    if (!r.ok) throw new Error(r.error);
    expect(shadowedBy(r.rules, 1)?.lineNumber).toBe(1);
    expect(shadowedBy(r.rules, 2)).toBeUndefined();
  });
});
