import type { AuditReport } from '../pipeline/report.js';
import { codeSpan } from '../core/text.js';
import { fitToBudget } from './fit.js';
import { renderMarkdown } from './markdown.js';

/** GitHub drops a step summary over 1 MiB entirely; stay well below it. */
export const SUMMARY_BUDGET = 900 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Where the full report is, said only as far as it is true (the upload may not have happened). */
export function fullReportWhere(reportName: string, uploaded: boolean): string {
  return uploaded
    ? `the full report is ${codeSpan(reportName)} in the run's artifact`
    : `the full report is ${codeSpan(reportName)} in the output directory (no artifact was uploaded)`;
}

/**
 * The job summary: the markdown report, shrunk to fit the budget by the layouts of fit.ts (quiet
 * detail first, then every check's finding list evenly), so every FAIL, WARN and UNKNOWN check and
 * every section heading (Baseline, Remediation, Notes) stays. A shortened summary says so at the top.
 */
export function renderSummary(
  report: AuditReport,
  o: {
    readonly reportName: string;
    readonly uploaded: boolean;
    readonly budget?: number;
    /** Extra sections of the report (Detection coverage), as in the report file. */
    readonly sections?: readonly string[];
  }
): string {
  const where = fullReportWhere(o.reportName, o.uploaded);
  const note = `> Shortened to fit a job summary: ${where}.`;
  return fitToBudget(
    (layout, shortened) => {
      const md = renderMarkdown(report, layout, o.sections);
      if (!shortened) return md;
      // After the header block, before the gate line: seen before the lists it explains.
      const at = md.indexOf('\n**Gate:**');
      return at < 0 ? `${note}\n\n${md}` : `${md.slice(0, at)}\n${note}\n${md.slice(at)}`;
    },
    bytes,
    o.budget ?? SUMMARY_BUDGET,
    `> The report is longer than a job summary allows; ${where}.`
  ).text;
}

/**
 * Caps a free-form markdown report (the configuration scan's, the hunt's) under the job-summary
 * limit: it has no layouts to shrink through, so fitToBudget's last resort applies (cut at a line
 * boundary, an open code fence closed, a pointer to the full report). The audit report never takes
 * this path: renderSummary shrinks it by layout instead.
 */
export function capSummary(
  markdown: string,
  /** Where the full report is, as fullReportWhere words it ("the full report is … in …"). */
  fullReportWhere: string,
  budget = SUMMARY_BUDGET
): string {
  return fitToBudget(
    () => markdown,
    bytes,
    budget,
    `> The report is longer than a job summary allows; ${fullReportWhere}.`,
    [undefined]
  ).text;
}
