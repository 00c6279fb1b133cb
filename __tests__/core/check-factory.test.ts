import { describe, expect, it } from '@jest/globals';
import { checkFactory, pass, unknown } from '../../src/core/check.js';
import { attestationLookup } from '../../src/core/attestation.js';
import { msg } from '../../src/core/text.js';
import { AUDITED_AT, context } from '../helpers/check-tester.js';

interface Facts {
  readonly n: number;
}
const defineTestCheck = checkFactory<'t', Facts>('t');

const meta = {
  id: 't/sample' as const,
  title: 'Sample',
  dimension: 'Configuration' as const,
  description: 'A sample.',
  rationale: 'A sample risk that matters for the test.',
  outcomes: ['PASS' as const],
  remediation: { text: 'Nothing to do for the sample.', link: 'https://example.test/' },
  frameworks: {}
};

describe('checkFactory', () => {
  it('defaults appliesTo to every deployment, and keeps an explicit one', () => {
    expect(defineTestCheck({ meta, evaluate: () => [pass(msg`ok`)] }).meta.appliesTo).toEqual([
      'self-hosted',
      'cloud'
    ]);
    const cloudOnly = defineTestCheck({
      meta: { ...meta, appliesTo: ['cloud'] },
      evaluate: () => [pass(msg`ok`)]
    });
    expect(cloudOnly.meta.appliesTo).toEqual(['cloud']);
  });

  it('refuses an id without the engine prefix at load time', () => {
    expect(() => defineTestCheck({ meta: { ...meta, id: 'other/x' as 't/x' }, evaluate: () => [] })).toThrow(
      'Check id other/x does not start with t/.'
    );
  });

  it("hands evaluate the attestation lookup bound to the running check's id", () => {
    const attestations = [
      {
        check: 't/sample',
        target: 'prod',
        status: 'PASS' as const,
        evidence: 'ticket 1',
        attestedBy: 'a',
        expires: '2027-01-01'
      },
      {
        check: 't/other',
        target: 'prod',
        status: 'FAIL' as const,
        evidence: 'ticket 2',
        attestedBy: 'b',
        expires: '2027-01-01'
      }
    ];
    const check = defineTestCheck({
      meta: { ...meta, attestable: true },
      evaluate: (_facts, ctx) => {
        const a = ctx.attestation();
        return a.state === 'active' ? [pass(msg`${a.attestation.evidence}`)] : [unknown(msg`none`)];
      }
    });
    const findings = check.evaluate(
      { n: 1 },
      context({ attestation: attestationLookup(attestations, 'prod', AUDITED_AT) })
    );
    expect(findings.map(f => f.detail.text)).toEqual(['ticket 1']);
  });

  it('a check not marked attestable that reads an attestation is a defect (the loader would never hand it one)', () => {
    const check = defineTestCheck({
      meta,
      evaluate: (_facts, ctx) => [pass(msg`${ctx.attestation().state}`)]
    });
    expect(() => check.evaluate({ n: 1 }, context())).toThrow(
      't/sample reads an attestation but is not marked attestable.'
    );
  });
});
