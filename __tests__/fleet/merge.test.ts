import { describe, expect, it } from '@jest/globals';
import { mergeReports, fleetExitCode, type MergeOptions } from '../../src/fleet/merge.js';
import { parseReport } from '../../src/fleet/load.js';
import { fleetReportSchema } from '../../src/fleet/schema.js';
import { finding, leg, legReport, MERGED_AT } from '../helpers/fleet-fixture.js';
import { waiver } from '../helpers/report-fixture.js';

const opts = (o: Partial<MergeOptions> = {}): MergeOptions => ({
  now: MERGED_AT,
  maxAgeHours: 48,
  duplicates: 'error',
  ...o
});

const fleet = () => [
  leg('prod-eu', [
    finding('pg/superusers', 'FAIL', 'etl is a superuser', 'etl'),
    finding('pg/tls', 'WARN', 'expires in 20 days'),
    finding('pg/pgaudit', 'UNKNOWN', 'no privilege')
  ]),
  leg(
    'prod-us',
    [finding('pg/superusers', 'FAIL', 'ops is a superuser', 'ops'), finding('pg/ssl', 'FAIL', 'ssl is off')],
    { waivers: [waiver('pg/superusers', '2026-12-31', 'ops', 'prod-us')] }
  ),
  leg('staging', [finding('pg/superusers', 'FAIL', 'a', 'a'), finding('pg/ssl', 'FAIL', 'ssl is off')]),
  leg('dev', [finding('pg/tls', 'PASS', 'fine')], { failOn: 'never' })
];

describe('mergeReports', () => {
  it('builds the fleet table from each leg: engine, environment, gate, counts, audited-at, source', () => {
    const { report } = mergeReports(fleet(), opts());
    expect(fleetReportSchema.parse(report)).toEqual(report);
    expect(
      report.targets.map(t => [
        t.name,
        t.gate,
        t.unwaivedFails,
        t.waivedFails,
        t.summary.WARN,
        t.summary.UNKNOWN
      ])
    ).toEqual([
      ['dev', 'not-enforced', 0, 0, 0, 0],
      ['prod-eu', 'failed', 1, 0, 1, 1],
      ['prod-us', 'failed', 1, 1, 0, 0],
      ['staging', 'failed', 2, 0, 0, 0]
    ]);
    const eu = report.targets[1];
    expect(eu).toMatchObject({
      engine: 'postgres',
      environment: 'production',
      version: '17.10',
      auditedAt: '2026-11-24T12:00:00.000Z',
      ageHours: 2,
      outdated: false,
      source: 'legs/prod-eu/security-audit-prod-eu-2026-11-24-1.json',
      toolVersion: '0.1.0',
      schemaVersion: 1
    });
    expect(report.summary).toEqual({
      targets: 4,
      passed: 0,
      failed: 3,
      notEnforced: 1,
      incomplete: 0,
      missing: 0,
      outdated: 0
    });
    expect(report.gate).toEqual({
      passed: false,
      incomplete: false,
      reasons: ['3 targets failed their gate']
    });
    expect(fleetExitCode(report)).toBe(1);
  });

  it('orders checks by the number of targets failing them, names the targets, keeps waived apart', () => {
    const { report } = mergeReports(fleet(), opts());
    expect(report.checks.map(c => [c.checkId, c.failing, c.waived, c.warning, c.unknown])).toEqual([
      ['pg/ssl', ['prod-us', 'staging'], [], [], []],
      ['pg/superusers', ['prod-eu', 'staging'], ['prod-us'], [], []],
      ['pg/tls', [], [], ['prod-eu'], []],
      ['pg/pgaudit', [], [], [], ['prod-eu']]
    ]);
  });

  it('a target with one unwaived FAIL of a check is failing it even when another object is waived', () => {
    const { report } = mergeReports(
      [
        leg('a', [finding('pg/superusers', 'FAIL', 'x', 'x'), finding('pg/superusers', 'FAIL', 'y', 'y')], {
          waivers: [waiver('pg/superusers', '2026-12-31', 'x', 'a')]
        })
      ],
      opts()
    );
    expect(report.checks[0]).toMatchObject({ failing: ['a'], waived: [] });
  });

  it('passes when every enforced target passed', () => {
    const { report } = mergeReports([leg('a', [finding('pg/ssl', 'PASS', 'on')]), leg('b', [])], opts());
    expect(report.gate).toEqual({ passed: true, incomplete: false, reasons: [] });
    expect(fleetExitCode(report)).toBe(0);
  });

  it('an empty merge is incomplete, never a pass', () => {
    const { report } = mergeReports([], opts());
    expect(report.gate).toEqual({ passed: false, incomplete: true, reasons: ['no report was given'] });
    expect(fleetExitCode(report)).toBe(3);
  });

  describe('max age', () => {
    const at = (hoursBefore: number) => new Date(MERGED_AT.getTime() - hoursBefore * 3_600_000).toISOString();
    const merged = (hoursBefore: number) =>
      mergeReports([leg('a', [], { auditedAt: at(hoursBefore) })], opts()).report;

    it('a report exactly 48 h old is current; one a minute older is outdated and makes the fleet incomplete', () => {
      expect(merged(48).targets[0].outdated).toBe(false);
      expect(merged(48).gate.passed).toBe(true);
      const old = merged(48 + 1 / 60);
      expect(old.targets[0]).toMatchObject({ outdated: true, ageHours: 48 });
      expect(old.gate).toEqual({
        passed: false,
        incomplete: true,
        reasons: ['1 report is older than 48 h or dated in the future']
      });
      expect(fleetExitCode(old)).toBe(3);
    });

    it('a report up to 15 minutes in the future is clock drift; further ahead it is outdated', () => {
      expect(merged(-0.25).targets[0].outdated).toBe(false);
      expect(merged(-0.26).targets[0].outdated).toBe(true);
    });

    it('an unparseable audit time is outdated', () => {
      const { report } = mergeReports([leg('a', [], { auditedAt: 'yesterday' })], opts());
      expect(report.targets[0]).toMatchObject({ outdated: true, ageHours: -1 });
    });
  });

  it('names expected targets without a report and targets that could not be audited', () => {
    const { report } = mergeReports(
      [leg('a', [])],
      opts({
        expected: ['a', 'b', 'c'],
        errors: [{ name: 'c', detail: 'connection refused (127.0.0.1:1)' }]
      })
    );
    expect(report.missing).toEqual([
      { name: 'b', reason: 'no-report', detail: 'no report was found for this target' },
      { name: 'c', reason: 'audit-error', detail: 'connection refused (127.0.0.1:1)' }
    ]);
    expect(report.summary).toMatchObject({ targets: 3, passed: 1, missing: 2 });
    expect(report.gate.reasons).toEqual(['1 target could not be audited', '1 expected target has no report']);
    expect(fleetExitCode(report)).toBe(3);
  });

  describe('duplicate target names', () => {
    const twice = () => [
      { ...leg('a', [], { auditedAt: '2026-11-24T09:00:00.000Z' }), source: 'x/a-1.json' },
      {
        ...leg('a', [finding('pg/ssl', 'FAIL', 'off')], { auditedAt: '2026-11-24T11:00:00.000Z' }),
        source: 'y/a-2.json'
      }
    ];
    it('are an error naming every file', () => {
      expect(() => mergeReports(twice(), opts())).toThrow(
        'Target "a" has 2 reports: x/a-1.json, y/a-2.json. Give each leg a unique name, or pass --duplicates latest to keep the newest audit.'
      );
    });
    it('with --duplicates latest keep the newest audit and list the others', () => {
      const { report, kept } = mergeReports(twice(), opts({ duplicates: 'latest' }));
      expect(kept.map(k => k.source)).toEqual(['y/a-2.json']);
      expect(report.targets[0].gate).toBe('failed');
      expect(report.duplicates).toEqual([{ name: 'a', kept: 'y/a-2.json', superseded: ['x/a-1.json'] }]);
      expect(report.notes).toEqual(['Target a had 2 reports; kept the newest (y/a-2.json).']);
    });
  });

  it('notes legs written by different db-posture versions', () => {
    const { report } = mergeReports([leg('a', []), leg('b', [], { toolVersion: '0.2.0' })], opts());
    expect(report.targets.map(t => t.toolVersion)).toEqual(['0.1.0', '0.2.0']);
    expect(report.notes).toEqual(['The legs were written by different db-posture versions: 0.1.0, 0.2.0.']);
  });

  it('compares to a previous fleet report: targets added and removed, gate changes, checks newly and no longer failing', () => {
    const before = mergeReports(
      [
        leg('a', [finding('pg/ssl', 'FAIL', 'off')]),
        leg('b', [finding('pg/superusers', 'PASS', 'none')]),
        leg('gone', [finding('pg/ssl', 'FAIL', 'off')]),
        leg('quiet', [finding('pg/ssl', 'FAIL', 'off')])
      ],
      opts()
    ).report;
    const { report } = mergeReports(
      [
        leg('a', [finding('pg/ssl', 'PASS', 'on')]),
        leg('b', [finding('pg/superusers', 'FAIL', 'x', 'x')]),
        leg('new', [])
      ],
      opts({ expected: ['a', 'b', 'new', 'quiet'], previous: { report: before, source: 'prev.json' } })
    );
    expect(report.changes).toEqual({
      comparedTo: { generatedAt: MERGED_AT.toISOString(), source: 'prev.json' },
      addedTargets: ['new'],
      removedTargets: ['gone'],
      gateChanges: [
        { name: 'a', from: 'failed', to: 'passed' },
        { name: 'b', from: 'passed', to: 'failed' },
        { name: 'quiet', from: 'failed', to: 'missing' }
      ],
      newlyFailing: [{ checkId: 'pg/superusers', targets: ['b'] }],
      // "quiet" has no report now: it did not fix pg/ssl, and "gone" left the fleet.
      noLongerFailing: [{ checkId: 'pg/ssl', targets: ['a'] }]
    });
  });
});

describe('parseReport', () => {
  it('reads a leg report', () => {
    const r = legReport('a', []);
    expect(parseReport('a.json', JSON.parse(JSON.stringify(r))).report).toEqual(r);
  });
  it('refuses another schema version by name, naming the file', () => {
    expect(() => parseReport('legs/a.json', { ...legReport('a', []), schemaVersion: 2 })).toThrow(
      'legs/a.json: schemaVersion 2 is not one this db-posture 0.1.0 reads (1); merge with the db-posture version that wrote it or a newer one.'
    );
  });
  it('refuses a file that is not a report, a fleet report, and a report missing a field', () => {
    expect(() => parseReport('p.json', { name: 'x' })).toThrow(
      'p.json: has no schemaVersion: expected a JSON report written by db-posture audit.'
    );
    expect(() => parseReport('p.json', [1])).toThrow(
      'p.json: is not a JSON report written by db-posture audit.'
    );
    expect(() => parseReport('f.json', { kind: 'db-posture-fleet', schemaVersion: 1 })).toThrow(
      "f.json: is a fleet report, not a leg's report: pass a previous fleet report with --compare-to."
    );
    const { gate: _gate, ...noGate } = legReport('a', []);
    void _gate;
    expect(() => parseReport('g.json', noGate)).toThrow(
      /^g\.json: is not a JSON report written by db-posture audit \(schemaVersion 1\): gate: /
    );
  });
});

describe('a leg whose audit was incomplete', () => {
  it('is incomplete in the fleet, whatever its fail-on level, and the fleet exits 3', () => {
    const r = legReport('a', [], { failOn: 'never' });
    const faulted = { source: 'a.json', report: { ...r, gate: { ...r.gate, passed: false, incomplete: 2 } } };
    const { report } = mergeReports([faulted, leg('b', [])], {
      now: MERGED_AT,
      maxAgeHours: 48,
      duplicates: 'error'
    });
    expect(report.targets.map(t => t.gate)).toEqual(['incomplete', 'passed']);
    expect(report.summary).toMatchObject({ incomplete: 1, passed: 1, notEnforced: 0 });
    expect(report.gate).toEqual({
      passed: false,
      incomplete: true,
      reasons: ["1 target's audit was incomplete (a fault stopped a check)"]
    });
    expect(fleetExitCode(report)).toBe(3);
  });
});
