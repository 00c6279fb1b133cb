import { describe, expect, it } from '@jest/globals';
import {
  blocksUnderNewGate,
  changeMarks,
  comparedToJson,
  compareToReference,
  sarifBaselineStates
} from '../../src/diff/compare.js';
import { reviewBaselineSources } from '../../src/baseline/review.js';
import { renderBaselineReview } from '../../src/baseline/review-markdown.js';
import { baselineChangesForPullRequest } from '../../src/baseline/pull-request-review.js';
import { toJsonReport } from '../../src/report/json.js';
import { AUDITED_AT } from '../helpers/check-tester.js';
import { finding, reportOf } from '../helpers/report-fixture.js';

const reference = toJsonReport(
  reportOf([
    finding('pg/superusers', 'FAIL', 'six superusers'),
    finding('pg/tls', 'WARN', '60 days'),
    finding('pg/port', 'FAIL', 'default port'),
    finding('pg/public-grants', 'FAIL', 'orders', 'db.public.orders')
  ])
);
const audit = () =>
  reportOf([
    finding('pg/superusers', 'FAIL', 'six superusers'),
    finding('pg/tls', 'FAIL', '20 days'),
    finding('pg/port', 'WARN', 'default port, firewalled'),
    finding('pg/public-grants', 'FAIL', 'invoices', 'db.public.invoices'),
    finding('pg/ssl', 'PASS', 'on')
  ]);

describe('comparing an audit to a reference report (for --compare-to, gate: new, SARIF)', () => {
  const c = compareToReference(audit(), reference, 'ref.json');
  it('marks each finding new, worse, better or existing', () => {
    const mark = changeMarks(c.diff);
    expect([
      mark('pg/superusers', undefined),
      mark('pg/tls', undefined),
      mark('pg/port', undefined),
      mark('pg/public-grants', 'db.public.invoices'),
      mark('pg/ssl', undefined)
    ]).toEqual(['existing', 'worse', 'better', 'new', undefined]);
  });
  it('gate: new blocks only new or worse FAILs; with fail-on warn a new WARN too, never a better one', () => {
    const blocks = blocksUnderNewGate(c.diff, 'fail');
    expect(
      ['pg/superusers', 'pg/tls', 'pg/port']
        .map(id => blocks(id, undefined))
        .concat(blocks('pg/public-grants', 'db.public.invoices'))
    ).toEqual([false, true, false, true]);
    expect(blocksUnderNewGate(c.diff, 'warn')('pg/port', undefined)).toBe(false);
  });
  it('SARIF baselineState: unchanged, updated, new, and the resolved result as absent', () => {
    const s = sarifBaselineStates(c.diff);
    expect(['pg/superusers', 'pg/tls', 'pg/port'].map(id => s.stateOf(id, undefined))).toEqual([
      'unchanged',
      'updated',
      'updated'
    ]);
    expect(s.stateOf('pg/public-grants', 'db.public.invoices')).toBe('new');
    expect(s.absent.map(e => e.object)).toEqual(['db.public.orders']);
  });
  it('comparedTo for the JSON report', () => {
    expect(comparedToJson(c)).toEqual({
      file: 'ref.json',
      auditedAt: AUDITED_AT.toISOString(),
      toolVersion: reference.tool.version,
      new: 1,
      resolved: 1,
      changed: 2,
      unchanged: 1,
      newFail: 2,
      newWarn: 0,
      resolvedFail: 2
    });
  });
  it('a reference of another target is a usage error', () => {
    expect(() => compareToReference(reportOf([], [], { target: 'prod-us' }), reference, 'ref.json')).toThrow(
      /^The reports are of different targets: base ref\.json audited "prod-eu"/
    );
  });
});

describe('waiver review from file contents (the action reads both versions through the contents API)', () => {
  const catalogue = { knownCheckIds: new Set(['pg/superusers']), attestableCheckIds: new Set<string>() };
  const entry = (expires: string) =>
    `version: 1\nwaivers:\n  - check: pg/superusers\n    target: prod-eu\n    reason: Break-glass\n    owner: "@org/dba"\n    expires: ${expires}\n`;
  const opts = { now: AUDITED_AT, maxWaiverDays: 365, compliance: [], familyOf: () => undefined };
  it('links each entry to its line in the head file', () => {
    const review = reviewBaselineSources(
      {
        base: { text: entry('2026-12-31'), file: 'b.yml' },
        head: { text: entry('2027-02-01'), file: 'b.yml' }
      },
      catalogue,
      opts
    );
    const md = renderBaselineReview(review, {
      heading: '###',
      lineLink: line => `https://github.com/o/r/blob/abc/.github/db-posture-baseline.yml#L${line}`
    });
    expect(md).toContain(
      '- **Changed waiver** ([line 3](https://github.com/o/r/blob/abc/.github/db-posture-baseline.yml#L3)): `pg/superusers` on `prod-eu`'
    );
    expect(md).toContain('  - ⚠️ expiry extended from `2026-12-31` to `2027-02-01`');
  });
  it('a malformed side is a usage error naming that file', () => {
    expect(() =>
      reviewBaselineSources(
        {
          base: { text: 'version: 1\nwaivers: [1]\n', file: 'base:b.yml' },
          head: { text: entry('2027-01-01'), file: 'b.yml' }
        },
        catalogue,
        opts
      )
    ).toThrow(/^Baseline file base:b\.yml: waivers\[0\]/);
  });
});

describe('baseline changes for a pull request (the action passes a contents-API reader)', () => {
  const catalogue = { knownCheckIds: new Set(['pg/superusers']), attestableCheckIds: new Set<string>() };
  const text = (owner: string) =>
    `version: 1\nwaivers:\n  - check: pg/superusers\n    target: prod-eu\n    reason: Break-glass\n    owner: "${owner}"\n    expires: 2026-12-31\n`;
  const run = (files: Record<string, string | undefined>) =>
    baselineChangesForPullRequest({
      file: '.github/db posture#1.yml',
      baseSha: 'a'.repeat(40),
      headSha: 'b'.repeat(40),
      repositoryUrl: 'https://github.com/o/r',
      read: async sha => files[sha[0]],
      catalogue,
      now: AUDITED_AT,
      maxWaiverDays: 365,
      compliance: [],
      familyOf: () => undefined
    });
  it('nothing when the file is the same on both sides', async () => {
    expect(await run({ a: text('@a'), b: text('@a') })).toBeUndefined();
    expect(await run({})).toBeUndefined();
  });
  it('links changed entries to the head commit, with the path encoded', async () => {
    const r = await run({ a: text('@a'), b: text('alice') });
    expect(r?.markdown).toContain(
      `- **Changed waiver** ([line 3](https://github.com/o/r/blob/${'b'.repeat(40)}/.github/db%20posture%231.yml#L3)):`
    );
    expect(r?.markdown).toContain('  - ⚠️ owner `alice` is not a `@user` or `@org/team` handle');
  });
  it('a deleted file lists every entry as removed', async () => {
    const r = await run({ a: text('@a') });
    expect(r?.review.counts).toEqual({ added: 0, removed: 1, changed: 0, flagged: 0 });
  });
  it('a malformed base is said under the heading and the head entries are listed as added', async () => {
    const r = await run({ a: 'version: 2\n', b: text('@a') });
    expect(r?.baseProblem).toBe(
      `Baseline file .github/db posture#1.yml at ${'a'.repeat(12)}: field "version": expected 1.`
    );
    expect(r?.review.counts).toEqual({ added: 1, removed: 0, changed: 0, flagged: 0 });
    expect(r?.markdown.split('\n').slice(0, 3)).toEqual([
      '### Baseline changes',
      '',
      `⚠️ The base version is not a valid baseline, so every entry of the head version is listed as added: \`Baseline file .github/db posture#1.yml at ${'a'.repeat(12)}: field "version": expected 1.\``
    ]);
  });
  it('a malformed head is a usage error naming the file and the head commit', async () => {
    await expect(run({ a: text('@a'), b: 'version: 2\n' })).rejects.toThrow(
      `Baseline file .github/db posture#1.yml at ${'b'.repeat(12)}: field "version": expected 1.`
    );
    // Both malformed: the head is what the error names (the base alone would not stop the review).
    await expect(run({ a: 'version: 3\n', b: 'version: 2\n' })).rejects.toThrow(`at ${'b'.repeat(12)}`);
  });
});
