import { describe, expect, it } from '@jest/globals';
import { findingFingerprint, renderSarif, SARIF_RESULT_LIMIT } from '../../src/report/sarif.js';
import { describeCheck } from '../../src/engines/index.js';
import { finding, reportOf, waiver } from '../helpers/report-fixture.js';

const sarifOf = (...args: Parameters<typeof reportOf>) =>
  JSON.parse(renderSarif(reportOf(...args), { describe: describeCheck }));

describe('SARIF 2.1.0', () => {
  const findings = () => [
    finding('pg/superusers', 'FAIL', 'etl_admin is a superuser', 'etl_admin'),
    finding('pg/tls', 'WARN', 'certificate expires in 60 days'),
    finding('pg/pgaudit', 'UNKNOWN', 'Could not be evaluated'),
    finding('pg/password-encryption', 'PASS', 'scram-sha-256'),
    finding('pg/superusers', 'FAIL', 'ops is a superuser', 'ops')
  ];

  it('has one run per target with a category, rules with security-severity, results for FAIL/WARN/UNKNOWN', () => {
    const s = sarifOf(findings());
    expect(s.version).toBe('2.1.0');
    expect(s.runs).toHaveLength(1);
    const run = s.runs[0];
    expect(run.automationDetails.id).toBe('db-posture/prod-eu/');
    expect(run.tool.driver.name).toBe('db-posture');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'pg/pgaudit',
      'pg/superusers',
      'pg/tls'
    ]);
    const superusers = run.tool.driver.rules[1];
    expect(superusers.properties['security-severity']).toBe('8.0');
    expect(superusers.properties.tags[0]).toBe('security');
    expect(superusers.fullDescription.text).toBe(describeCheck('pg/superusers')!.description);
    expect(superusers.help.markdown).toBe(
      'Fix pg/superusers.\n\n[Reference](https://example.test/pg/superusers)'
    );
    expect(run.tool.driver.rules[2].properties['security-severity']).toBe('5.5');
    expect(run.tool.driver.rules[0].properties['security-severity']).toBe('2.0');
    expect(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['pg/superusers', 'error'],
      ['pg/superusers', 'error'],
      ['pg/tls', 'warning'],
      ['pg/pgaudit', 'note']
    ]);
  });

  it('every result has a physical location (sentinel without a baseline), a logical location and our fingerprint', () => {
    const r = sarifOf(findings()).runs[0].results[0];
    expect(r.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'db-posture/prod-eu' },
      region: { startLine: 1 }
    });
    expect(r.locations[0].logicalLocations).toEqual([
      { fullyQualifiedName: 'postgres://prod-eu/etl_admin', kind: 'resource' }
    ]);
    const fp = findingFingerprint('pg/superusers', 'prod-eu', 'etl_admin');
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(r.partialFingerprints).toEqual({
      primaryLocationLineHash: `${fp.slice(0, 16)}:1`,
      'dbPosture/v1': fp
    });
    expect(r.message.text).toBe(
      'Title of pg/superusers: etl_admin is a superuser (target prod-eu, object etl_admin)'
    );
  });

  it('the fingerprint depends on check, target and object only, not on the detail', () => {
    const a = sarifOf([finding('pg/tls', 'FAIL', 'expires in 3 days')]).runs[0].results[0]
      .partialFingerprints;
    const b = sarifOf([finding('pg/tls', 'FAIL', 'expires in 2 days')]).runs[0].results[0]
      .partialFingerprints;
    const c = sarifOf([finding('pg/tls', 'FAIL', 'expires in 2 days')], [], { target: 'prod-us' }).runs[0]
      .results[0].partialFingerprints;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('a waived FAIL carries an accepted suppression; an expired waiver does not', () => {
    const waived = sarifOf([finding('pg/tls', 'FAIL', 'no TLS')], [waiver('pg/tls', '2027-02-01')]).runs[0]
      .results[0];
    expect(waived.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'Waived by @org/platform until 2027-02-01: Reason for pg/tls'
      }
    ]);
    const expired = sarifOf([finding('pg/tls', 'FAIL', 'no TLS')], [waiver('pg/tls', '2026-11-01')]).runs[0]
      .results[0];
    expect(expired.suppressions).toBeUndefined();
  });

  it('uses the baseline file as the location when given', () => {
    const s = JSON.parse(
      renderSarif(reportOf([finding('pg/tls', 'FAIL', 'x')]), {
        describe: describeCheck,
        locationUri: '.github/db-posture-baseline.yml'
      })
    );
    expect(s.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      '.github/db-posture-baseline.yml'
    );
  });

  it(`keeps at most ${SARIF_RESULT_LIMIT} results, FAIL first, and says how many were left out`, () => {
    const many = Array.from({ length: SARIF_RESULT_LIMIT + 10 }, (_, i) =>
      finding('pg/tls', i < 20 ? 'FAIL' : 'WARN', 'x', `o${i}`)
    );
    const run = sarifOf(many).runs[0];
    expect(run.results).toHaveLength(SARIF_RESULT_LIMIT);
    expect(run.results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(20);
    expect(run.properties.truncated).toBe(`10 lower-severity results left out (limit ${SARIF_RESULT_LIMIT})`);
  });
});
