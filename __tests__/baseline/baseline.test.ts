import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBaseline, parseBaseline } from '../../src/baseline/load.js';
import { applyBaseline } from '../../src/baseline/apply.js';
import { AUDITED_AT } from '../helpers/check-tester.js';
import { finding, reportOf, waiver } from '../helpers/report-fixture.js';

const KNOWN = new Set(['pg/superusers', 'pg/tls', 'pg/ssl', 'pg/encryption-at-rest']);
const CATALOGUE = { knownCheckIds: KNOWN, attestableCheckIds: new Set(['pg/encryption-at-rest']) };
const parse = (yaml: string, now = AUDITED_AT) =>
  parseBaseline(yaml, '.github/db-posture-baseline.yml', { ...CATALOGUE, now });
const ENTRY = `version: 1
waivers:
  - check: pg/superusers
    target: prod-eu
    object: etl_admin
    reason: Migration runner
    owner: "@org/platform"
    expires: 2026-12-31
`;

describe('baseline file validation (before anything connects)', () => {
  it('accepts a complete file; an unquoted YAML date is the same calendar day', () => {
    const b = parse(ENTRY);
    expect(b.waivers).toEqual([
      {
        check: 'pg/superusers',
        target: 'prod-eu',
        object: 'etl_admin',
        reason: 'Migration runner',
        owner: '@org/platform',
        expires: '2026-12-31',
        line: 3
      }
    ]);
  });
  const cases: [string, string, string][] = [
    ['an unknown key', ENTRY.replace('object:', 'objekt:'), 'waivers[0]: unknown key "objekt".'],
    [
      'a missing reason',
      ENTRY.replace('    reason: Migration runner\n', ''),
      'waivers[0] field "reason": is required.'
    ],
    [
      'an empty owner',
      ENTRY.replace('"@org/platform"', '""'),
      'waivers[0] field "owner": must not be empty.'
    ],
    [
      'a missing expiry',
      ENTRY.replace('    expires: 2026-12-31\n', ''),
      'waivers[0] field "expires": is required.'
    ],
    [
      'a malformed date',
      ENTRY.replace('2026-12-31', '31/12/2026'),
      'waivers[0] field "expires": expected a date written YYYY-MM-DD.'
    ],
    [
      'an impossible date',
      ENTRY.replace('2026-12-31', '"2026-02-30"'),
      'waivers[0] field "expires": expected a real calendar date written YYYY-MM-DD.'
    ],
    [
      'a date past the 365-day horizon',
      ENTRY.replace('2026-12-31', '2027-12-01'),
      'waivers[0] field "expires": 2027-12-01 is more than 365 days after 2026-11-24 (latest allowed 2027-11-24).'
    ],
    [
      'an unknown check id',
      ENTRY.replace('pg/superusers', 'pg/superuser'),
      'waivers[0] field "check": unknown check id "pg/superuser".'
    ],
    ['a wrong version', ENTRY.replace('version: 1', 'version: 2'), 'field "version": expected 1.'],
    [
      'an attestation with an unknown status',
      'version: 1\nattestations:\n  - check: pg/encryption-at-rest\n    target: prod-eu\n    status: OK\n    evidence: x\n    attested-by: "@a"\n    expires: 2027-01-01\n',
      'attestations[0] field "status": expected one of PASS, WARN, FAIL, INFO, N/A.'
    ]
  ];
  for (const [what, yaml, message] of cases) {
    it(`rejects ${what}, naming the file, the entry and the field`, () => {
      expect(() => parse(yaml)).toThrow(`Baseline file .github/db-posture-baseline.yml: ${message}`);
    });
  }
  it('rejects invalid YAML and duplicate keys', () => {
    expect(() => parse('version: 1\nwaivers: [\n')).toThrow(
      /^Baseline file \.github\/db-posture-baseline\.yml is not valid YAML: /
    );
    expect(() => parse('version: 1\nversion: 1\n')).toThrow(/is not valid YAML: Map keys must be unique/);
  });
  it('honours a configured horizon', () => {
    expect(() =>
      parseBaseline(ENTRY, 'b.yml', { ...CATALOGUE, now: AUDITED_AT, maxHorizonDays: 30 })
    ).toThrow(
      'Baseline file b.yml: waivers[0] field "expires": 2026-12-31 is more than 30 days after 2026-11-24 (latest allowed 2026-12-24).'
    );
  });
  it('a missing default file is fine; a missing named file is a usage error', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'baseline-'));
    await expect(
      loadBaseline(path.join(dir, 'none.yml'), false, { ...CATALOGUE, now: AUDITED_AT })
    ).resolves.toBeUndefined();
    await expect(
      loadBaseline(path.join(dir, 'none.yml'), true, { ...CATALOGUE, now: AUDITED_AT })
    ).rejects.toThrow(
      `Baseline file ${path.join(dir, 'none.yml')} cannot be read (ENOENT): expected a readable YAML file; create it or omit --baseline.`
    );
    writeFileSync(path.join(dir, 'ok.yml'), ENTRY);
    await expect(
      loadBaseline(path.join(dir, 'ok.yml'), true, { ...CATALOGUE, now: AUDITED_AT })
    ).resolves.toMatchObject({
      waivers: [{ check: 'pg/superusers' }]
    });
  });
});

describe('waiver matching and the gate', () => {
  it('a waived FAIL stays in the report, marked, and does not fail the gate', () => {
    const r = reportOf(
      [finding('pg/superusers', 'FAIL', 'etl_admin is a superuser', 'etl_admin')],
      [waiver('pg/superusers', '2027-03-01', 'etl_admin')]
    );
    expect(r.findings[0].status).toBe('FAIL');
    expect(r.findings[0].waiver).toEqual({
      reason: 'Reason for pg/superusers',
      owner: '@org/platform',
      expires: '2027-03-01',
      state: 'active'
    });
    expect(r.gate).toMatchObject({ passed: true, unwaivedFails: 0, expiredWaivers: 0 });
  });
  it('matching is exact: another object, a prefix or another target does not match', () => {
    const r = reportOf(
      [finding('pg/superusers', 'FAIL', 'x', 'etl_admin_2')],
      [
        waiver('pg/superusers', '2027-03-01', 'etl_admin'),
        waiver('pg/superusers', '2027-03-01', 'etl_admin_2', 'prod-us'),
        waiver('pg/superusers', '2027-03-01')
      ]
    );
    expect(r.findings[0].waiver).toBeUndefined();
    expect(r.gate).toMatchObject({ passed: false, unwaivedFails: 1 });
    // The waivers for this target that matched nothing are stale; the other target's is not ours.
    expect(r.baseline.stale.map(w => w.object ?? null)).toEqual(['etl_admin', null]);
  });
  it('returns new findings and leaves the input unmarked (baseline application does not mutate)', () => {
    const input = [finding('pg/tls', 'FAIL', 'no TLS'), finding('pg/ssl', 'PASS', 'ok')];
    const baseline = {
      file: 'b.yml',
      waivers: [waiver('pg/tls', '2027-03-01')],
      attestations: [],
      failOnStale: false
    };
    const { findings, outcome } = applyBaseline(input, baseline, 'prod-eu', AUDITED_AT);
    expect(input[0]!.waiver).toBeUndefined();
    expect(input[1]!.waiver).toBeUndefined();
    expect(findings[0]!.waiver?.state).toBe('active');
    expect(findings[0]).not.toBe(input[0]);
    // An unwaived finding is passed through as it was.
    expect(findings[1]).toBe(input[1]);
    expect(outcome.stale).toEqual([]);
  });
  it('an exact-target waiver wins over a "*" one, whichever comes first in the file', () => {
    const exact = { ...waiver('pg/tls', '2027-03-01'), reason: 'exact' };
    const any = { ...waiver('pg/tls', '2027-04-01', undefined, '*'), reason: 'any' };
    for (const waivers of [
      [exact, any],
      [any, exact]
    ]) {
      const r = reportOf([finding('pg/tls', 'FAIL', 'no TLS')], waivers);
      expect(r.findings[0]!.waiver?.reason).toBe('exact');
    }
  });
  it('target "*" matches any target', () => {
    const r = reportOf(
      [finding('pg/tls', 'FAIL', 'no TLS')],
      [waiver('pg/tls', '2027-03-01', undefined, '*')]
    );
    expect(r.findings[0].waiver?.state).toBe('active');
  });
  it('an expired waiver no longer waives: the FAIL counts again and the gate fails', () => {
    const r = reportOf([finding('pg/tls', 'FAIL', 'no TLS')], [waiver('pg/tls', '2026-11-24')]);
    expect(r.findings[0].waiver?.state).toBe('expired');
    expect(r.baseline.expired).toHaveLength(1);
    expect(r.gate).toMatchObject({ passed: false, unwaivedFails: 1, expiredWaivers: 1 });
  });
  it('a waiver expiring within 14 days is listed; one expiring in 15 days is not', () => {
    const r = reportOf(
      [finding('pg/tls', 'FAIL', 'a', 'a'), finding('pg/tls', 'FAIL', 'b', 'b')],
      [waiver('pg/tls', '2026-12-08', 'a'), waiver('pg/tls', '2026-12-09', 'b')]
    );
    expect(r.baseline.expiringSoon.map(w => w.object)).toEqual(['a']);
    expect(r.gate.passed).toBe(true);
  });
  it('stale waivers are listed and fail the gate only with fail-on-stale', () => {
    const findings = [finding('pg/tls', 'PASS', 'TLS on')];
    expect(reportOf(findings, [waiver('pg/tls', '2027-01-01')]).gate).toMatchObject({
      passed: true,
      staleWaivers: 1
    });
    expect(
      reportOf([finding('pg/tls', 'PASS', 'TLS on')], [waiver('pg/tls', '2027-01-01')], { failOnStale: true })
        .gate
    ).toMatchObject({
      passed: false,
      staleWaivers: 1
    });
  });
  it('fail-on warn counts unwaived WARN; fail-on never passes whatever is found', () => {
    const findings = () => [finding('pg/tls', 'WARN', 'expires soon')];
    expect(reportOf(findings()).gate.passed).toBe(true);
    expect(reportOf(findings(), [], { failOn: 'warn' }).gate).toMatchObject({
      passed: false,
      unwaivedWarns: 1
    });
    expect(reportOf([finding('pg/tls', 'FAIL', 'x')], [], { failOn: 'never' }).gate.passed).toBe(true);
  });
});
