import { describe, expect, it } from '@jest/globals';
import {
  COMMENT_BUDGET,
  firstUnwaivedFail,
  renderComment,
  renderCommentLinks,
  waiverSnippet
} from '../../src/report/comment.js';
import { parseBaseline } from '../../src/baseline/load.js';
import { AUDITED_AT } from '../helpers/check-tester.js';
import { finding, reportOf, waiver } from '../helpers/report-fixture.js';

describe('pull-request comment body', () => {
  it('counts with icons, one line per check with its objects, how to waive, baseline, remediation per check', () => {
    const body = renderComment(
      reportOf(
        [
          finding('pg/superusers', 'FAIL', 'etl_admin is a superuser', 'etl_admin'),
          finding('pg/superusers', 'FAIL', 'ops is a superuser', 'ops'),
          finding('pg/tls', 'FAIL', 'no TLS'),
          finding('pg/pgaudit', 'FAIL', 'off'),
          finding('pg/password-encryption', 'PASS', 'ok')
        ],
        [
          waiver('pg/tls', '2026-12-01'),
          waiver('pg/pgaudit', '2026-11-01'),
          waiver('pg/hba-trust', '2027-01-01')
        ]
      )
    );
    expect(body).toBe(
      [
        '### db-posture: `prod-eu` (PostgreSQL, production)',
        '',
        '**Gate:** FAILED — 3 unwaived FAIL, 1 expired waiver',
        '',
        '| ✅ PASS | ⚠️ WARN | ❌ FAIL | ℹ️ INFO | ➖ N/A | ❔ UNKNOWN |',
        '|---|---|---|---|---|---|',
        '| 1 | 0 | 4 | 0 | 0 | 0 |',
        '',
        '#### Findings by check',
        '',
        '- ❌ **FAIL** `pg/superusers` · Title of pg/superusers · 2 findings: `etl_admin`, `ops`',
        '',
        '<details><summary>2 findings of pg/superusers</summary>',
        '',
        '- `pg/superusers` · `etl_admin`: `etl_admin is a superuser`',
        '- `pg/superusers` · `ops`: `ops is a superuser`',
        '',
        '</details>',
        '',
        '- ❌ **FAIL** `pg/pgaudit` · Title of pg/pgaudit: `off` *(waiver by `@org/platform` expired on 2026-11-01 — counts again)*',
        '- 🔕 **waived FAIL** `pg/tls` · Title of pg/tls: `no TLS` *(waived until 2026-12-01 by `@org/platform`: `Reason for pg/tls`)*',
        '',
        '✅ 1 PASS check: listed in the full report.',
        '',
        '#### How to waive',
        '',
        'A FAIL that is an accepted risk stops failing the gate once a reviewed waiver names its check and object. For `pg/superusers` `etl_admin`, add this entry to the `waivers:` list of `.github/db-posture-baseline.yml`:',
        '',
        '```yaml',
        'version: 1',
        'waivers:',
        '  - check: "pg/superusers"',
        '    target: "prod-eu"',
        '    object: "etl_admin"',
        '    reason: "Why this risk is accepted for now, and what will fix it"',
        '    owner: "@your-org/your-team"',
        '    expires: 2027-02-22',
        '```',
        '',
        '#### Baseline',
        '',
        '**Expired waivers** (1; they no longer waive, the findings count again):',
        '',
        '- `pg/pgaudit`: owner `@org/platform`, expires 2026-11-01',
        '',
        '**Waivers expiring within 14 days** (1):',
        '',
        '- `pg/tls`: owner `@org/platform`, expires 2026-12-01',
        '',
        '**Stale waivers** (1; they match no finding, remove them):',
        '',
        '- `pg/hba-trust`: owner `@org/platform`, expires 2027-01-01',
        '',
        '#### Remediation',
        '',
        '<details><summary>pg/superusers: Title of pg/superusers</summary>',
        '',
        'Fix pg/superusers. [Reference](https://example.test/pg/superusers)',
        '',
        '</details>',
        '',
        '<details><summary>pg/pgaudit: Title of pg/pgaudit</summary>',
        '',
        'Fix pg/pgaudit. [Reference](https://example.test/pg/pgaudit)',
        '',
        '</details>',
        '',
        '<details><summary>pg/tls: Title of pg/tls</summary>',
        '',
        'Fix pg/tls. [Reference](https://example.test/pg/tls)',
        '',
        '</details>'
      ].join('\n')
    );
  });

  it('stays within the budget: the check keeps its line, its finding list shrinks with a count of the rest', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      finding('pg/superusers', 'FAIL', `role_${i} 🔥 is a superuser`, `role_${i}`)
    );
    const body = renderComment(reportOf([...many, finding('pg/ssl', 'WARN', 'ssl is off')]));
    expect(body.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    const lines = body.split('\n');
    expect(lines).toContain(
      '- ❌ **FAIL** `pg/superusers` · Title of pg/superusers · 3000 findings: `role_0`, `role_1`, `role_2`, `role_3`, `role_4` and 2995 more'
    );
    expect(lines).toContain('- ⚠️ **WARN** `pg/ssl` · Title of pg/ssl: `ssl is off`');
    const shown = lines.filter(l => l.startsWith('- `pg/superusers` · `role_')).length;
    expect(shown).toBe(300);
    expect(lines).toContain(`- …and ${3000 - shown} more \`pg/superusers\` findings: see the full report.`);
    for (const h of ['#### Findings by check', '#### How to waive', '#### Remediation'])
      expect(lines).toContain(h);
  });

  it('the How to waive snippet is a baseline the loader accepts, and it waives exactly that finding', () => {
    const hostile = 'app."we`ird"\nname: x';
    const report = reportOf([finding('pg/public-grants', 'FAIL', 'grants SELECT to PUBLIC', hostile)]);
    const f = firstUnwaivedFail(report)!;
    const yaml = waiverSnippet(report, f);
    const baseline = parseBaseline(yaml, 'b.yml', {
      knownCheckIds: new Set(['pg/public-grants']),
      attestableCheckIds: new Set(),
      now: AUDITED_AT
    });
    expect(baseline.waivers).toEqual([
      {
        check: 'pg/public-grants',
        target: 'prod-eu',
        object: hostile,
        reason: 'Why this risk is accepted for now, and what will fix it',
        owner: '@your-org/your-team',
        expires: '2027-02-22',
        line: 3
      }
    ]);
    const again = reportOf(
      [finding('pg/public-grants', 'FAIL', 'grants SELECT to PUBLIC', hostile)],
      [...baseline.waivers]
    );
    expect(again.gate).toMatchObject({ passed: true, unwaivedFails: 0 });
    // The fence outlasts any backtick run in the content, so nothing can close it early.
    expect(renderComment(report)).toContain('```yaml\nversion: 1\n');
    const ticks = reportOf([finding('pg/public-grants', 'FAIL', 'x', 'a```b')]);
    expect(renderComment(ticks)).toContain('````yaml\nversion: 1\n');
  });

  it('no How to waive section without an unwaived FAIL', () => {
    const body = renderComment(reportOf([finding('pg/ssl', 'WARN', 'off')]));
    expect(body).not.toContain('How to waive');
    expect(body).toContain('**Gate:** PASSED — 0 unwaived FAIL');
  });

  it('links: the artifact only when uploaded; otherwise where the report is; the run', () => {
    expect(
      renderCommentLinks({
        report: 'r.md',
        run: 'https://github.com/a/b/actions/runs/1',
        artifact: 'https://github.com/a/b/actions/runs/1/artifacts/9',
        uploaded: true
      })
    ).toBe(
      '[Full report (artifact)](https://github.com/a/b/actions/runs/1/artifacts/9) · [Workflow run](https://github.com/a/b/actions/runs/1)'
    );
    expect(renderCommentLinks({ report: 'r.md', uploaded: true })).toBe(
      "Full report: `r.md` in the run's artifact"
    );
    expect(renderCommentLinks({ report: 'r.md', uploaded: false, run: 'https://x.test/run' })).toBe(
      "Full report: `r.md` in the runner's output directory (no artifact was uploaded) · [Workflow run](https://x.test/run)"
    );
  });
});
