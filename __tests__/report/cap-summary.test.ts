import { describe, expect, it } from '@jest/globals';
import { capSummary } from '../../src/report/summary.js';

describe('capSummary (free-form scan and hunt summaries)', () => {
  it('returns a report within the budget unchanged', () => {
    expect(capSummary('# Scan\n\nline\n', 'the full report is `scan.md` here', 100)).toBe('# Scan\n\nline\n');
  });

  it('cuts an oversized report at a line, closes an open code fence and says where the full report is', () => {
    const md = ['# Scan', '', '```', ...Array.from({ length: 200 }, (_, i) => `row ${i}`), '```'].join('\n');
    const out = capSummary(md, "the full report is `scan.md` in the run's artifact", 600);
    expect(Buffer.byteLength(out, 'utf8')).toBeLessThanOrEqual(600);
    expect(out.startsWith('# Scan\n\n```\nrow 0\n')).toBe(true);
    expect((out.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(
      out.endsWith(
        "\n\n> The report is longer than a job summary allows; the full report is `scan.md` in the run's artifact.\n"
      )
    ).toBe(true);
    expect(out).not.toContain('row 199');
  });
});
