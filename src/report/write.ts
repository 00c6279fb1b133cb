import path from 'node:path';
import type { AuditReport } from '../pipeline/report.js';
import type { AuditOptions } from '../core/options.js';
import type { Redactor } from '../core/redact.js';
import { writeReportFiles } from './output-files.js';
import { renderJson } from './json.js';
import { FULL_LAYOUT, renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderJunit } from './junit.js';

export type ReportFormat = AuditOptions['formats'][number];

/** File extension per format: `security-audit-<name>-<date>-<seq>.<ext>`. */
export const FORMAT_EXTENSIONS: Record<ReportFormat, string> = {
  markdown: 'md',
  json: 'json',
  sarif: 'sarif',
  junit: 'junit.xml'
};

export type WrittenReport = Partial<
  Record<ReportFormat, { readonly file: string; readonly content: string }>
>;

export interface WriteOptions {
  /** Directory results are relative to in SARIF (the repository checkout). */
  readonly repositoryRoot?: string;
  /** Extra markdown sections (already escaped), e.g. "Detection coverage" with `--rules`. */
  readonly markdownSections?: readonly string[];
}

/** The baseline file as a repository-relative path, when it lies inside the checkout. */
export function sarifLocation(report: AuditReport, repositoryRoot: string): string | undefined {
  const file = report.baseline.file;
  if (!file) return undefined;
  const rel = path.relative(repositoryRoot, path.resolve(repositoryRoot, file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/**
 * Renders the requested formats (scrubbed of secrets) and saves them side by side as
 * `<dir>/security-audit-<name>-<date>-<seq>.<ext>`, in one sequence number.
 */
export async function writeReports(
  report: AuditReport,
  formats: readonly ReportFormat[],
  dir: string,
  redactor: Redactor,
  options: WriteOptions = {}
): Promise<WrittenReport> {
  const render: Record<ReportFormat, () => string> = {
    markdown: () => renderMarkdown(report, FULL_LAYOUT, options.markdownSections),
    json: () => renderJson(report),
    sarif: () => {
      const uri = sarifLocation(report, options.repositoryRoot ?? process.cwd());
      return renderSarif(report, uri ? { locationUri: uri, baselineUri: uri } : {});
    },
    junit: () => renderJunit(report)
  };
  const chosen = (Object.keys(FORMAT_EXTENSIONS) as ReportFormat[]).filter(f => formats.includes(f));
  const rendered = chosen.map(format => ({
    format,
    extension: FORMAT_EXTENSIONS[format],
    content: redactor.scrub(render[format]())
  }));
  const files = await writeReportFiles(
    dir,
    report.target.name,
    report.context.auditedAt.slice(0, 10),
    rendered
  );
  const out: WrittenReport = {};
  rendered.forEach((r, i) => (out[r.format] = { file: files[i], content: r.content }));
  return out;
}
