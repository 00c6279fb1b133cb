/** GitHub drops a step summary over 1 MiB entirely; stay well below it. */
export const SUMMARY_BUDGET = 900 * 1024;

/**
 * Caps the job summary under GitHub's limit: cut at a line boundary, close an open code fence,
 * and point to the full report.
 */
export function capSummary(markdown: string, fullReportName: string, budget = SUMMARY_BUDGET): string {
  if (Buffer.byteLength(markdown, 'utf8') <= budget) return markdown;
  const note = `\n\n> The report is longer than a job summary allows; the full report is ${fullReportName} in the run's artifact.\n`;
  let cut = markdown.slice(0, budget - note.length - 16);
  while (Buffer.byteLength(cut, 'utf8') > budget - note.length - 16) cut = cut.slice(0, -1024);
  cut = cut.slice(0, cut.lastIndexOf('\n'));
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut += '\n```';
  return cut + note;
}
