import { describe, expect, it } from '@jest/globals';
import { blocksGate, type FailOn } from '../../src/core/gate.js';
import { buildReport } from '../../src/pipeline/report.js';
import { emptyBaselineOutcome } from '../../src/baseline/apply.js';
import type { Finding } from '../../src/core/finding.js';
import { msg } from '../../src/core/text.js';
import { renderComment } from '../../src/report/comment.js';

const finding = (status: Finding['status'], extra: Partial<Finding> = {}): Finding => ({
  checkId: 'pg/ssl',
  title: 'SSL',
  dimension: 'Encryption',
  status,
  rawStatus: status,
  detail: msg`x.`,
  remediation: { text: 'r', link: 'https://example.invalid' },
  frameworks: {},
  ...extra
});

const target = { engine: 'postgres', deployment: 'self-hosted', name: 't', details: [] } as const;
const gate = (findings: Finding[], failOn: 'fail' | 'warn' | 'unknown' | 'never') =>
  buildReport(
    { target, notes: [], unavailable: [] },
    { environment: 'production', compliance: [], dataSensitivity: 'internal', failOn },
    new Date('2026-12-01T00:00:00Z'),
    findings,
    emptyBaselineOutcome()
  ).gate;

describe('blocksGate: one rule for every renderer and the exit code', () => {
  it.each([
    ['FAIL', 'fail', true],
    ['WARN', 'fail', false],
    ['UNKNOWN', 'fail', false],
    ['WARN', 'warn', true],
    ['UNKNOWN', 'warn', false],
    ['UNKNOWN', 'unknown', true],
    ['FAIL', 'unknown', true],
    ['WARN', 'unknown', false],
    ['FAIL', 'never', false],
    ['PASS', 'warn', false],
    ['N/A', 'unknown', false]
  ] as [Finding['status'], FailOn, boolean][])('%s at fail-on %s blocks: %s', (status, failOn, blocks) => {
    expect(blocksGate(finding(status), failOn)).toBe(blocks);
  });
  it('an active waiver never blocks; an expired one does', () => {
    const w = { reason: 'r', owner: 'o', expires: '2027-01-01' };
    expect(blocksGate(finding('FAIL', { waiver: { ...w, state: 'active' } }), 'fail')).toBe(false);
    expect(blocksGate(finding('FAIL', { waiver: { ...w, state: 'expired' } }), 'fail')).toBe(true);
  });
});

describe('the gate fails closed on faults', () => {
  it('a privilege UNKNOWN passes at fail-on fail and blocks at fail-on unknown', () => {
    const g1 = gate([finding('UNKNOWN'), finding('PASS')], 'fail');
    expect([g1.passed, g1.unwaivedUnknowns, g1.incomplete]).toEqual([true, 1, 0]);
    expect(gate([finding('UNKNOWN')], 'unknown').passed).toBe(false);
  });
  it('one incomplete UNKNOWN fails the gate at every level, never included', () => {
    for (const level of ['fail', 'warn', 'unknown', 'never'] as const) {
      const g = gate([finding('PASS'), finding('UNKNOWN', { incomplete: true })], level);
      expect([g.passed, g.incomplete]).toEqual([false, 1]);
    }
  });
});

describe('gate mode new (--fail-on-new-only / gate: new)', () => {
  const reference = {
    schemaVersion: 1 as const,
    tool: { name: 'db-posture' as const, version: '0.1.0' },
    target: { engine: 'postgres' as const, name: 't' },
    context: { auditedAt: '2026-11-30T00:00:00Z' },
    findings: [
      { checkId: 'pg/ssl', title: 'SSL', status: 'FAIL' as const, detail: 'off' },
      { checkId: 'pg/port', title: 'Port', status: 'WARN' as const, detail: '5432' }
    ]
  };
  const judge = (
    findings: Finding[],
    opts: { failOn?: FailOn; withReference?: boolean; targetName?: string } = {}
  ) =>
    buildReport(
      { target: { ...target, name: opts.targetName ?? 't' }, notes: [], unavailable: [] },
      {
        environment: 'production',
        compliance: [],
        dataSensitivity: 'internal',
        failOn: opts.failOn ?? 'fail',
        gate: 'new'
      },
      new Date('2026-12-01T00:00:00Z'),
      findings,
      emptyBaselineOutcome(),
      opts.withReference === false
        ? undefined
        : { report: reference, file: 'ref.json', input: '--compare-to' }
    );
  it('an existing FAIL passes, a WARN that became FAIL fails', () => {
    expect(judge([finding('FAIL')]).gate).toMatchObject({ passed: true, mode: 'new', unwaivedFails: 1 });
    expect(judge([finding('FAIL'), finding('FAIL', { checkId: 'pg/port' })]).gate.passed).toBe(false);
  });
  it('with fail-on warn, a new WARN blocks and an unchanged one does not', () => {
    expect(judge([finding('WARN', { checkId: 'pg/port' })], { failOn: 'warn' }).gate.passed).toBe(true);
    expect(judge([finding('WARN', { checkId: 'pg/tls' })], { failOn: 'warn' }).gate.passed).toBe(false);
    expect(judge([finding('WARN', { checkId: 'pg/tls' })], { failOn: 'fail' }).gate.passed).toBe(true);
  });
  it('an incomplete audit fails even when nothing is new', () => {
    const g = judge([finding('FAIL'), finding('UNKNOWN', { checkId: 'pg/port', incomplete: true })]).gate;
    expect(g).toMatchObject({ passed: false, mode: 'new', incomplete: 1 });
  });
  it('without a reference it judges everything and says so', () => {
    const r = judge([finding('FAIL')], { withReference: false });
    expect(r.gate).toMatchObject({ passed: false, mode: 'all' });
    expect(r.notes.map(n => n.text)).toEqual([
      'Gate mode new has no reference report to compare with, so every finding was judged (gate: all).'
    ]);
  });
  it('a reference of another target is a usage error naming the input', () => {
    expect(() => judge([finding('FAIL')], { targetName: 'other' })).toThrow(
      '--compare-to ref.json is an audit of "t" (postgres), but this audit is of "other" (postgres): expected a JSON report of the same target and engine.'
    );
  });
  it('the PR comment starts with the Since section and lists only what blocks, with its mark', () => {
    const c = renderComment(judge([finding('FAIL'), finding('FAIL', { checkId: 'pg/port' })]));
    expect(c).toContain('#### Since 2026-11-30\n\n+1 FAIL new, −0 resolved, 1 changed, 1 unchanged');
    expect(c).toContain(
      '#### Findings by check\n\n- ❌ **FAIL** `pg/port` · SSL *(worse)*: x.\n\n1 existing finding (there before, not worse) does not block with gate: new and is listed in the full report.'
    );
    expect(c).not.toContain('*(existing)*');
  });
});
