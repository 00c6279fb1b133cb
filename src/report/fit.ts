import { FULL_LAYOUT, type ReportLayout } from './markdown.js';

/**
 * The layouts a budgeted view (job summary, PR comment) tries in turn until one fits. PASS/INFO/N/A
 * detail goes first, then every check's list of findings shrinks evenly (each check keeps the same
 * number of lines, so one check with 12,000 findings cannot crowd out the others), then the objects
 * named on each check's line. A FAIL, WARN or UNKNOWN check's line and the section headings stay.
 */
export const SHRINK_STEPS: readonly ReportLayout[] = [
  FULL_LAYOUT,
  { ...FULL_LAYOUT, quiet: 'lines' },
  { ...FULL_LAYOUT, quiet: 'counts' },
  ...[10000, 3000, 1000, 300, 100, 30, 10, 3, 1].map((k): ReportLayout => ({
    linesPerCheck: k,
    inline: 5,
    quiet: 'counts',
    listCap: Math.max(k, 10)
  })),
  { linesPerCheck: 0, inline: 5, quiet: 'counts', listCap: 10 },
  { linesPerCheck: 0, inline: 3, quiet: 'counts', listCap: 5 },
  { linesPerCheck: 0, inline: 1, quiet: 'counts', listCap: 3 },
  { linesPerCheck: 0, inline: 0, quiet: 'counts', listCap: 1 }
];

export interface Fitted {
  readonly text: string;
  /** True when the view lost detail to fit (then it says where the full report is). */
  readonly shortened: boolean;
  /** True when even the smallest layout was over budget and the text was cut at a line. */
  readonly cut: boolean;
}

/**
 * Renders with the first layout whose output fits `budget` (as `size` measures it). When even the
 * last does not (only a report with hundreds of failing checks or a tiny budget), the smallest
 * rendering is cut at a line boundary, with an open code fence closed, and `note` appended.
 */
export function fitToBudget<L = ReportLayout>(
  render: (layout: L, shortened: boolean) => string,
  size: (s: string) => number,
  budget: number,
  note: string,
  // Another view (the fleet summary) passes its own layouts.
  steps: readonly L[] = SHRINK_STEPS as readonly unknown[] as readonly L[]
): Fitted {
  let text = '';
  for (const [i, layout] of steps.entries()) {
    text = render(layout, i > 0);
    if (size(text) <= budget) return { text, shortened: i > 0, cut: false };
  }
  const room = budget - size(note) - 8;
  let cut = text;
  while (cut.length > 0 && size(cut) > room)
    cut = cut.slice(0, Math.max(0, cut.length - Math.max(64, cut.length >> 4)));
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut += '\n```';
  return { text: `${cut}\n\n${note}\n`, shortened: true, cut: true };
}
