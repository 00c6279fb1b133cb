import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { findingFingerprint, renderSarif, SARIF_RESULT_LIMIT, sharePerRule } from '../../src/report/sarif.js';
import { finding, metaOf, reportOf, waiver } from '../helpers/report-fixture.js';
import { escapeProse } from '../../src/core/text.js';

/** The SARIF 2.1.0 schema (OASIS sarif-spec), a draft-04 schema read as draft-07, as in compare-postgres. */
const validateSarif = (() => {
  const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..');
  const schema = JSON.parse(readFileSync(path.join(root, 'fixtures/sarif-schema-2.1.0.json'), 'utf8'));
  delete schema.$schema;
  delete schema.id;
  return new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
})();

const sarifOf = (...args: Parameters<typeof reportOf>) => JSON.parse(renderSarif(reportOf(...args), {}));

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
    // No catalogue metadata for the fixture ids: the report's check entry is what the finding carries.
    expect(superusers.fullDescription.text).toBe('Title of pg/superusers');
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

  it("takes a rule's descriptions and help from the report's checks: condition, risk, verify, escaped in markdown", () => {
    const f = finding('pg/superusers', 'FAIL', 'etl_admin is a superuser', 'etl_admin');
    const plain = finding('pg/tls', 'WARN', 'expires soon');
    const catalogue = [
      metaOf(f, {
        family: 'admin-count',
        description: 'At most two roles have SUPERUSER.',
        rationale: 'A superuser bypasses <every> permission.',
        verify: 'Ask the *owners* whether each is [needed](x).'
      }),
      metaOf(plain)
    ];
    const rules = sarifOf([f, plain], [], { catalogue }).runs[0].tool.driver.rules;
    expect(rules[0].shortDescription.text).toBe('Title of pg/superusers');
    expect(rules[0].fullDescription.text).toBe(
      'At most two roles have SUPERUSER. Risk: A superuser bypasses <every> permission.'
    );
    expect(rules[0].help.text).toBe(
      'Fix pg/superusers. https://example.test/pg/superusers\n\nWhy: A superuser bypasses <every> permission.\n\nVerify by hand: Ask the *owners* whether each is [needed](x).'
    );
    expect(rules[0].help.markdown).toBe(
      'Fix pg/superusers.\n\n**Why:** A superuser bypasses &lt;every&gt; permission.\n\n**Verify by hand:** Ask the \\*owners\\* whether each is \\[needed\\](x).\n\n[Reference](https://example.test/pg/superusers)'
    );
    expect(rules[0].properties.tags).toEqual(['security', 'Authentication', 'admin-count']);
    // Without verify: no verify paragraph.
    expect(rules[1].help.text).toBe('Fix pg/tls. https://example.test/pg/tls\n\nWhy: Why pg/tls matters.');
    expect(rules[1].fullDescription.text).toBe('What PASS means for pg/tls. Risk: Why pg/tls matters.');
  });

  it('escapeProse: inline markup and a leading block marker are inert, newlines joined, plain prose unchanged', () => {
    expect(escapeProse('Read pg_hba.conf (the file), then reload.')).toBe(
      'Read pg\\_hba.conf (the file), then reload.'
    );
    expect(escapeProse('# Heading')).toBe('\\# Heading');
    expect(escapeProse('- item\n1. two')).toBe('\\- item 1. two');
    expect(escapeProse('2) x')).toBe('2\\) x');
    expect(escapeProse('`code` ~~s~~ a|b <b>&')).toBe('\\`code\\` \\~\\~s\\~\\~ a\\|b &lt;b&gt;&amp;');
    expect(escapeProse('Plain words, nothing else.')).toBe('Plain words, nothing else.');
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
        locationUri: '.github/db-posture-baseline.yml'
      })
    );
    expect(s.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      '.github/db-posture-baseline.yml'
    );
  });

  it(`caps per rule, not globally: every rule keeps a result, at most ${SARIF_RESULT_LIMIT} in all`, () => {
    const many = [
      ...Array.from({ length: SARIF_RESULT_LIMIT + 10 }, (_, i) =>
        finding('pg/public-grants', 'FAIL', 'grants to PUBLIC', `o${i}`)
      ),
      finding('pg/ssl', 'FAIL', 'ssl is off'),
      finding('pg/tls', 'WARN', 'expires soon'),
      finding('pg/pgaudit', 'UNKNOWN', 'no grant')
    ];
    const run = sarifOf(many).runs[0];
    expect(run.results).toHaveLength(SARIF_RESULT_LIMIT);
    const per = (id: string) => run.results.filter((r: { ruleId: string }) => r.ruleId === id).length;
    expect([per('pg/public-grants'), per('pg/ssl'), per('pg/tls'), per('pg/pgaudit')]).toEqual([
      SARIF_RESULT_LIMIT - 3,
      1,
      1,
      1
    ]);
    expect(run.properties.truncated).toBe(
      `13 results left out (limit ${SARIF_RESULT_LIMIT}, shared per rule; every rule keeps at least one)`
    );
    expect(run.properties.leftOutPerRule).toEqual({ 'pg/public-grants': 13 });
    expect(validateSarif(sarifOf(many))).toBe(true);
  });

  it('shares the room fairly: small rules keep all, the large ones split the rest', () => {
    const share = sharePerRule(
      new Map([
        ['a', 3],
        ['b', 4000],
        ['c', 9000],
        ['d', 0]
      ]),
      5000
    );
    expect(Object.fromEntries(share)).toEqual({ d: 0, a: 3, b: 2498, c: 2499 });
    expect(
      Object.fromEntries(
        sharePerRule(
          new Map([
            ['x', 2],
            ['y', 2],
            ['z', 2]
          ]),
          2
        )
      )
    ).toEqual({
      x: 1,
      y: 1,
      z: 0
    });
  });

  it('names the tool (informationUri) and validates against the SARIF 2.1.0 schema', () => {
    const s = sarifOf(findings());
    expect(s.runs[0].tool.driver.informationUri).toBe('https://github.com/db-posture/db-posture');
    expect(validateSarif(s)).toBe(true);
    expect(validateSarif({ ...s, version: '2.0.0' })).toBe(false);
  });

  it("a waived result is suppressed and points at its waiver's line in the baseline file", () => {
    const report = reportOf(
      [finding('pg/tls', 'FAIL', 'no TLS', 'db1'), finding('pg/ssl', 'FAIL', 'off')],
      [{ ...waiver('pg/tls', '2027-02-01', 'db1'), line: 7 }]
    );
    const uri = '.github/db-posture-baseline.yml';
    const run = JSON.parse(renderSarif(report, { locationUri: uri, baselineUri: uri })).runs[0];
    const [waived, open] = ['pg/tls', 'pg/ssl'].map(id =>
      run.results.find((r: { ruleId: string }) => r.ruleId === id)
    );
    expect(waived.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri },
      region: { startLine: 7 }
    });
    expect(waived.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'Waived by @org/platform until 2027-02-01: Reason for pg/tls'
      }
    ]);
    expect(open.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    // The fingerprint does not move with the waiver's line: the alert stays the same alert.
    expect(waived.partialFingerprints.primaryLocationLineHash).toMatch(/:1$/);
    // Results that point at the sentinel (baseline outside the checkout) stay on line 1.
    const sentinel = JSON.parse(renderSarif(report, {})).runs[0].results[0];
    expect(sentinel.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
  });

  it('a policy annotation is a property object and a sentence in the message', () => {
    const r = sarifOf([
      {
        ...finding('pg/listen', 'WARN', 'listen_addresses is *'),
        rawStatus: 'FAIL',
        policy: [{ kind: 'downgraded', from: 'FAIL', to: 'WARN', reason: 'development cluster' }]
      }
    ]).runs[0].results[0];
    expect(r.properties).toEqual({
      status: 'WARN',
      rawStatus: 'FAIL',
      policy: [{ kind: 'downgraded', from: 'FAIL', to: 'WARN', reason: 'development cluster' }]
    });
    expect(r.message.text).toBe(
      'Title of pg/listen: listen_addresses is * (target prod-eu); policy: downgraded from FAIL to WARN (development cluster)'
    );
  });
});
