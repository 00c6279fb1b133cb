import { describe, expect, it } from '@jest/globals';
import { renderJunit, xmlEscape } from '../../src/report/junit.js';
import { finding, reportOf, waiver } from '../helpers/report-fixture.js';

describe('JUnit XML', () => {
  it('one test case per finding: FAIL fails, WARN passes, N/A and UNKNOWN are skipped', () => {
    const xml = renderJunit(
      reportOf([
        finding('pg/superusers', 'FAIL', 'etl_admin is a superuser', 'etl_admin'),
        finding('pg/tls', 'WARN', 'expires in 60 days'),
        finding('pg/pgaudit', 'UNKNOWN', 'Could not be evaluated: no grant'),
        finding('pg/replication', 'N/A', 'no standby')
      ])
    );
    expect(xml).toContain('<testsuites name="db-posture" tests="4" failures="1" errors="0" skipped="2">');
    expect(xml).toContain(
      '<testcase classname="db-posture.prod-eu.pg/superusers" name="pg/superusers [etl_admin]">\n      <failure type="FAIL" message="Title of pg/superusers">[FAIL] Title of pg/superusers: etl_admin is a superuser\nRemediation: Fix pg/superusers. https://example.test/pg/superusers</failure>'
    );
    expect(xml).toContain('<system-out>[WARN] Title of pg/tls: expires in 60 days</system-out>');
    expect(xml).toContain(
      '<skipped message="[UNKNOWN] Title of pg/pgaudit: Could not be evaluated: no grant"/>'
    );
  });
  it('with fail-on warn a WARN fails; a waived FAIL passes and says who waived it', () => {
    const xml = renderJunit(
      reportOf(
        [finding('pg/tls', 'WARN', 'expires soon'), finding('pg/superusers', 'FAIL', 'x', 'etl')],
        [waiver('pg/superusers', '2027-01-01', 'etl')],
        { failOn: 'warn' }
      )
    );
    expect(xml).toContain('failures="1"');
    expect(xml).toContain('<failure type="WARN"');
    expect(xml).toContain('Waived by @org/platform until 2027-01-01: Reason for pg/superusers</system-out>');
  });
  it('an expired waiver is a failure of its own, as it fails the gate', () => {
    const xml = renderJunit(reportOf([finding('pg/tls', 'FAIL', 'x')], [waiver('pg/tls', '2026-11-20')]));
    expect(xml).toContain('failures="2"');
    expect(xml).toContain('name="expired waiver pg/tls"');
    expect(xml).toContain('message="Waiver by @org/platform expired on 2026-11-20"');
  });
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xmlEscape(`<a href="x">&'\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const xml = renderJunit(reportOf([finding('pg/superusers', 'FAIL', '<script>', '"><x>')]));
    expect(xml).not.toMatch(/<script>|<x>/);
  });
});
