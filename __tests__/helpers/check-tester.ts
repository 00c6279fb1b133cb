import { describe, expect, it } from '@jest/globals';
import type { Check, CheckContext } from '../../src/core/check.js';
import { evaluateCheck } from '../../src/pipeline/run-checks.js';
import type { Status } from '../../src/core/status.js';
import { noAttestations } from '../../src/core/attestation.js';

export interface Expected {
  readonly status: Status;
  readonly detail: string;
  readonly object?: string;
}

export interface Sample<F> {
  readonly name: string;
  readonly facts: F;
  readonly ctx?: Partial<CheckContext>;
  readonly expect: readonly Expected[];
}

export interface CheckSamples<F> {
  /** Compliant configurations: no WARN or FAIL may come out. */
  readonly pass: readonly Sample<F>[];
  /** Each sample must yield at least one FAIL. */
  readonly fail?: readonly Sample<F>[];
  /** Each sample must yield at least one WARN. */
  readonly warn?: readonly Sample<F>[];
  /** Informational, not-applicable or not-evaluable configurations. */
  readonly other?: readonly Sample<F>[];
}

export const AUDITED_AT = new Date('2026-11-24T12:00:00Z');

export function context(overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    auditedAt: AUDITED_AT,
    deployment: 'self-hosted',
    environment: 'production',
    dataSensitivity: 'internal',
    compliance: [],
    targetName: 'prod-pg',
    attestation: noAttestations,
    ...overrides
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/**
 * RuleTester for checks: runs every sample with frozen facts and compares the exact findings
 * (status, detail text, object). It also enforces the discipline: a check has PASS samples and
 * FAIL/WARN samples (unless it is informational only), every declared outcome is exercised, sample
 * names are unique, and no check returns a status it does not declare.
 */
export function checkTester<F>(check: Check<F>, samples: CheckSamples<F>): void {
  const all = [
    ...samples.pass.map(s => ['pass', s] as const),
    ...(samples.fail ?? []).map(s => ['fail', s] as const),
    ...(samples.warn ?? []).map(s => ['warn', s] as const),
    ...(samples.other ?? []).map(s => ['other', s] as const)
  ];
  describe(check.meta.id, () => {
    it('has valid samples', () => {
      const names = all.map(([, s]) => s.name);
      expect(new Set(names).size).toBe(names.length);
      expect(samples.pass.length).toBeGreaterThan(0);
      const canAlarm = check.meta.outcomes.some(o => o === 'FAIL' || o === 'WARN');
      if (canAlarm) expect((samples.fail?.length ?? 0) + (samples.warn?.length ?? 0)).toBeGreaterThan(0);
      const exercised = new Set(all.flatMap(([, s]) => s.expect.map(e => e.status)));
      for (const outcome of check.meta.outcomes) {
        if (!exercised.has(outcome))
          throw new Error(`${check.meta.id}: no sample expects declared outcome ${outcome}`);
      }
    });
    for (const [group, sample] of all) {
      it(`${group}: ${sample.name}`, () => {
        const facts = deepFreeze(sample.facts);
        const findings = evaluateCheck(check, facts, context(sample.ctx));
        for (const f of findings) {
          if (f.status !== 'UNKNOWN' && f.status !== 'N/A') expect(check.meta.outcomes).toContain(f.status);
        }
        const actual = findings.map(f => ({
          status: f.status,
          detail: f.detail.text,
          ...(f.object !== undefined ? { object: f.object } : {})
        }));
        expect(actual).toEqual(sample.expect.map(e => ({ ...e })));
        const statuses = actual.map(a => a.status);
        if (group === 'pass') expect(statuses.filter(s => s === 'WARN' || s === 'FAIL')).toEqual([]);
        if (group === 'fail') expect(statuses).toContain('FAIL');
        if (group === 'warn') expect(statuses).toContain('WARN');
      });
    }
  });
}
