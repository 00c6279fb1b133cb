import { describe, expect, it } from '@jest/globals';
import { renderJunit, xmlEscape } from '../../src/report/junit.js';
import { finding, metaOf, reportOf, waiver } from '../helpers/report-fixture.js';
import { runChecks } from '../../src/pipeline/run-checks.js';
import { postgresChecks } from '../../src/engines/postgres/checks/index.js';
import type { Check, CheckContext } from '../../src/core/check.js';
import { msg } from '../../src/core/text.js';
import { attestationLookup } from '../../src/core/attestation.js';

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
    expect(xml).toContain(
      '<testsuites name="db-posture" tests="4" failures="1" errors="0" skipped="2" time="0.000">'
    );
    expect(xml).toContain(
      '<testcase classname="db-posture.prod-eu.pg/superusers" name="pg/superusers [etl_admin]" time="0.000">\n      <failure type="FAIL" message="Title of pg/superusers">[FAIL] Title of pg/superusers: etl_admin is a superuser\nRemediation: Fix pg/superusers. https://example.test/pg/superusers</failure>'
    );
    expect(xml).toContain('<system-out>[WARN] Title of pg/tls: expires in 60 days</system-out>');
    expect(xml).toContain(
      '<skipped message="[UNKNOWN] Title of pg/pgaudit: Could not be evaluated: no grant"/>'
    );
  });
  it("a failure carries the check's risk and what to verify by hand from the report's checks", () => {
    const f = finding('pg/superusers', 'FAIL', 'etl_admin is a superuser', 'etl_admin');
    const other = finding('pg/tls', 'FAIL', 'expired');
    const xml = renderJunit(
      reportOf([f, other], [], {
        catalogue: [metaOf(f, { rationale: 'Bypasses <all> checks.', verify: 'Ask the owner.' })]
      })
    );
    expect(xml).toContain(
      '[FAIL] Title of pg/superusers: etl_admin is a superuser\nRemediation: Fix pg/superusers. https://example.test/pg/superusers\nWhy: Bypasses &lt;all&gt; checks.\nVerify by hand: Ask the owner.</failure>'
    );
    // No catalogue entry for pg/tls: the fix alone.
    expect(xml).toContain('Remediation: Fix pg/tls. https://example.test/pg/tls</failure>');
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
    expect(xml).toContain('name="expired waiver pg/tls" time="0.000"');
    expect(xml).toContain(
      '<testsuite name="db-posture prod-eu · Baseline" tests="1" failures="1" errors="0" skipped="0" time="0.000" timestamp="2026-11-24T12:00:00">'
    );
    expect(xml).toContain('message="Waiver by @org/platform expired on 2026-11-20"');
  });
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xmlEscape(`<a href="x">&'\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const xml = renderJunit(reportOf([finding('pg/superusers', 'FAIL', '<script>', '"><x>')]));
    expect(xml).not.toMatch(/<script>|<x>/);
  });
  it('one suite per dimension, in report order, each with its counts and a time', () => {
    const xml = renderJunit(
      reportOf([
        { ...finding('pg/audit', 'FAIL', 'off'), dimension: 'Audit Logging' },
        finding('pg/superusers', 'WARN', 'x', 'a'),
        { ...finding('pg/listen', 'PASS', 'ok'), dimension: 'Network Security' }
      ])
    );
    expect(xml.match(/<testsuite [^>]*>/g)).toEqual([
      '<testsuite name="db-posture prod-eu · Network Security" tests="1" failures="0" errors="0" skipped="0" time="0.000" timestamp="2026-11-24T12:00:00">',
      '<testsuite name="db-posture prod-eu · Authentication" tests="1" failures="0" errors="0" skipped="0" time="0.000" timestamp="2026-11-24T12:00:00">',
      '<testsuite name="db-posture prod-eu · Audit Logging" tests="1" failures="1" errors="0" skipped="0" time="0.000" timestamp="2026-11-24T12:00:00">'
    ]);
    expect(xml.match(/<testcase [^>]*>/g)!.every(t => t.endsWith(' time="0.000">'))).toBe(true);
  });
  it('every test case is unique by classname and name, even for many findings of one check', () => {
    const xml = renderJunit(
      reportOf([
        finding('pg/public-grants', 'FAIL', 'a', 'app.t'),
        finding('pg/public-grants', 'FAIL', 'b', 'app.t'),
        finding('pg/public-grants', 'FAIL', 'c', 'app.u'),
        finding('pg/tls', 'WARN', 'x'),
        finding('pg/tls', 'WARN', 'y')
      ])
    );
    const ids = [...xml.matchAll(/<testcase classname="([^"]*)" name="([^"]*)"/g)].map(
      m => `${m[1]} ${m[2]}`
    );
    expect(ids).toEqual([
      'db-posture.prod-eu.pg/public-grants pg/public-grants [app.t]',
      'db-posture.prod-eu.pg/public-grants pg/public-grants [app.t] #2',
      'db-posture.prod-eu.pg/public-grants pg/public-grants [app.u]',
      'db-posture.prod-eu.pg/tls pg/tls',
      'db-posture.prod-eu.pg/tls pg/tls #2'
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('a policy annotation is a sentence of its own, not a markdown string', () => {
    const xml = renderJunit(
      reportOf([
        {
          ...finding('pg/listen', 'WARN', 'listen_addresses is *'),
          rawStatus: 'FAIL',
          policy: [{ kind: 'downgraded', from: 'FAIL', to: 'WARN', reason: 'development cluster' }]
        }
      ])
    );
    expect(xml).toContain(
      '<system-out>[WARN] Title of pg/listen: listen_addresses is *\nPolicy: downgraded from FAIL to WARN (development cluster).</system-out>'
    );
  });
});

describe('JUnit times', () => {
  const timed = (checkMs: [string, number][], collectMs = 812.6) => ({
    ...reportOf([
      finding('pg/public-grants', 'FAIL', 'a', 'app.t'),
      finding('pg/public-grants', 'FAIL', 'b', 'app.u'),
      finding('pg/public-grants', 'FAIL', 'c', 'app.v'),
      { ...finding('pg/listen', 'PASS', 'ok'), dimension: 'Network Security' as const },
      finding('pg/tls', 'WARN', 'x')
    ]),
    timing: { collectMs, checkMs: new Map(checkMs) }
  });
  const times = (xml: string, tag: string) =>
    [...xml.matchAll(new RegExp(`<${tag} [^>]*time="([^"]*)"`, 'g'))].map(m => m[1]);

  it('shares a check’s measured time among its findings; a suite is the sum of its cases', () => {
    const xml = renderJunit(
      timed([
        ['pg/public-grants', 10.4],
        ['pg/listen', 2.5],
        ['pg/tls', 0.3]
      ])
    );
    // Network Security first (report order): pg/listen 2.5 → 3 ms; then pg/public-grants 10.4 → 10 ms
    // as 4 + 3 + 3, and pg/tls 0.3 → 0 ms.
    expect(times(xml, 'testcase')).toEqual(['0.003', '0.004', '0.003', '0.003', '0.000']);
    expect(times(xml, 'testsuite')).toEqual(['0.003', '0.010']);
    // Collection plus every check's unrounded time: 812.6 + 10.4 + 2.5 + 0.3 = 825.8 ms.
    expect(times(xml, 'testsuites')).toEqual(['0.826']);
  });

  it('every time is a number with 3 decimals, and each suite is the sum of its cases', () => {
    for (const checkMs of [
      [['pg/public-grants', Number.NaN]],
      [['pg/tls', Number.POSITIVE_INFINITY]],
      [['pg/listen', -3]],
      [],
      [
        ['pg/public-grants', 7777.7777],
        ['pg/listen', 0.49],
        ['pg/tls', 1.5]
      ]
    ] as [string, number][][]) {
      const xml = renderJunit(timed(checkMs, Number.NaN));
      const all = [...xml.matchAll(/ time="([^"]*)"/g)].map(m => m[1]);
      expect(all.length).toBe(5 + 2 + 1);
      for (const t of all) expect([t, /^\d+\.\d{3}$/.test(t) && !Number.isNaN(Number(t))]).toEqual([t, true]);
      for (const block of xml.split('<testsuite ').slice(1)) {
        const suite = Number(/time="([^"]*)"/.exec(block)![1]);
        const cases = [...block.matchAll(/<testcase [^>]*time="([^"]*)"/g)].map(m => Number(m[1]));
        expect(Math.round(cases.reduce((a, b) => a + b, 0) * 1000)).toBe(Math.round(suite * 1000));
      }
    }
  });

  it('runChecks measures each check’s evaluation', () => {
    const [first, second] = postgresChecks;
    const slow: Check<unknown> = {
      meta: first.meta,
      evaluate: () => {
        const until = performance.now() + 6;
        while (performance.now() < until);
        return [{ status: 'PASS', detail: msg`ok` }];
      }
    };
    const fast: Check<unknown> = { meta: second.meta, evaluate: () => [{ status: 'PASS', detail: msg`ok` }] };
    const timings = new Map<string, number>();
    const findings = runChecks([slow, fast], {}, ctx, timings);
    expect([...timings.keys()]).toEqual([first.meta.id, second.meta.id]);
    expect(timings.get(first.meta.id)).toBeGreaterThanOrEqual(6);
    expect(timings.get(second.meta.id)).toBeLessThan(6);
    const xml = renderJunit({
      ...reportOf(findings),
      timing: { collectMs: 0, checkMs: timings }
    });
    expect(Number(times(xml, 'testcase')[0])).toBeGreaterThanOrEqual(0.006);
  });
});

const ctx: CheckContext = {
  auditedAt: new Date('2026-11-24T12:00:00Z'),
  deployment: 'self-hosted',
  environment: 'production',
  dataSensitivity: 'internal',
  compliance: [],
  targetName: 'prod-eu',
  attestation: attestationLookup([], 'prod-eu', new Date('2026-11-24T12:00:00Z'))
};
