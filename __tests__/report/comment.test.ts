import { describe, expect, it } from '@jest/globals';
import { renderComment, renderCommentLinks } from '../../src/report/comment.js';
import { finding, reportOf, waiver } from '../helpers/report-fixture.js';

describe('pull-request comment body', () => {
  it('counts, gate, unwaived FAILs and the waivers that need a person', () => {
    const body = renderComment(
      reportOf(
        [
          finding('pg/superusers', 'FAIL', 'etl_admin is a superuser', 'etl_admin'),
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
        '**Gate:** FAILED — 2 unwaived FAIL, 1 expired waivers',
        '',
        '| PASS | WARN | FAIL | INFO | N/A | UNKNOWN |',
        '|---|---|---|---|---|---|',
        '| 1 | 0 | 3 | 0 | 0 | 0 |',
        '',
        '1 waived finding (listed in the full report).',
        '',
        '#### Unwaived FAIL (2)',
        '',
        '- [FAIL] Title of pg/superusers: `etl_admin is a superuser`',
        '- [FAIL] Title of pg/pgaudit: `off` *(waiver by `@org/platform` expired on 2026-11-01 — counts again)*',
        '',
        '#### Expired waivers (they no longer waive) (1)',
        '',
        '- `pg/pgaudit`: owner `@org/platform`, expires 2026-11-01',
        '',
        '#### Waivers expiring within 14 days (1)',
        '',
        '- `pg/tls`: owner `@org/platform`, expires 2026-12-01',
        '',
        '#### Stale waivers (match no finding) (1)',
        '',
        '- `pg/hba-trust`: owner `@org/platform`, expires 2027-01-01'
      ].join('\n')
    );
  });

  it('stays within the budget, cutting whole lines and saying how many were left out', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      finding('pg/superusers', 'FAIL', `role_${i} 🔥 is a superuser`, `role_${i}`)
    );
    const body = renderComment(reportOf(many));
    expect(body.length).toBeLessThanOrEqual(60000);
    const lines = body.split('\n');
    const shown = lines.filter(l => l.startsWith('- [FAIL]')).length;
    expect(shown).toBeGreaterThan(100);
    expect(lines.at(-1)).toBe(`- …and ${3000 - shown} more findings: see the full report.`);
    expect(lines.filter(l => l.startsWith('- [FAIL]')).every(l => l.endsWith('is a superuser`'))).toBe(true);
  });

  it('links: the artifact when uploaded, else the file name; the run', () => {
    expect(
      renderCommentLinks({
        report: 'r.md',
        run: 'https://github.com/a/b/actions/runs/1',
        artifact: 'https://github.com/a/b/actions/runs/1/artifacts/9'
      })
    ).toBe(
      '[Full report (artifact)](https://github.com/a/b/actions/runs/1/artifacts/9) · [Workflow run](https://github.com/a/b/actions/runs/1)'
    );
    expect(renderCommentLinks({ report: 'r.md' })).toBe("Full report: `r.md` in the run's artifact");
  });
});
