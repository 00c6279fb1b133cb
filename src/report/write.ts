import type { AuditReport } from '../core/audit.js';
import type { AuditOptions } from '../core/options.js';
import type { Redactor } from '../core/redact.js';
import { writeReportFiles } from './output-files.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export interface WrittenReport {
  readonly markdown?: { readonly file: string; readonly content: string };
  readonly json?: { readonly file: string; readonly content: string };
}

/**
 * Renders the requested formats (scrubbed of secrets) and saves them side by side as
 * `<dir>/security-audit-<name>-<date>-<seq>.<ext>`.
 */
export async function writeReports(
  report: AuditReport,
  formats: AuditOptions['formats'],
  dir: string,
  redactor: Redactor
): Promise<WrittenReport> {
  const rendered: { key: 'markdown' | 'json'; extension: string; content: string }[] = [];
  if (formats.includes('markdown'))
    rendered.push({ key: 'markdown', extension: 'md', content: redactor.scrub(renderMarkdown(report)) });
  if (formats.includes('json'))
    rendered.push({ key: 'json', extension: 'json', content: redactor.scrub(renderJson(report)) });
  const files = await writeReportFiles(
    dir,
    report.target.name,
    report.context.auditedAt.slice(0, 10),
    rendered
  );
  const out: { markdown?: { file: string; content: string }; json?: { file: string; content: string } } = {};
  rendered.forEach((r, i) => (out[r.key] = { file: files[i], content: r.content }));
  return out;
}
