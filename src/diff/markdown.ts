import { codeSpan } from '../core/text.js';
import { isProblem, type DiffEntry, type ReportDiff } from './diff.js';

/** Entries listed per section before the rest is summarised (the JSON diff has them all). */
export const DIFF_LIST_LIMIT = 100;

/** Dates and versions were validated when the report was read (report-input.ts): safe as they are. */
const day = (iso: string) => iso.slice(0, 10);

/** One finding of a diff. Every value from a report is a code span: a report file is not trusted. */
function line(e: DiffEntry): string {
  const status =
    e.baseStatus && e.headStatus
      ? `**${e.baseStatus} → ${e.headStatus}**`
      : e.headStatus
        ? `**${e.headStatus}**`
        : `~~${e.baseStatus}~~`;
  const object = e.object !== undefined ? ` ${codeSpan(e.object)}` : '';
  const notes = [
    e.waived ? 'waived' : '',
    e.checkChange === 'appeared' ? 'new check' : e.checkChange === 'vanished' ? 'check removed' : ''
  ].filter(Boolean);
  return `- ${status} ${codeSpan(e.checkId)}${object}: ${codeSpan(e.detail)}${notes.length ? ` *(${notes.join(', ')})*` : ''}`;
}

function section(title: string, entries: readonly DiffEntry[], limit: number): string[] {
  if (entries.length === 0) return [];
  const shown = entries.slice(0, limit).map(line);
  const rest = entries.length - shown.length;
  return [
    `**${title} (${entries.length})**`,
    '',
    ...shown,
    ...(rest > 0 ? [`- … and ${rest} more in the JSON diff`] : []),
    ''
  ];
}

/** "+2 FAIL new, −3 resolved": the headline numbers, new ones first. */
export function diffHeadline(diff: ReportDiff): string {
  const c = diff.counts;
  const parts = [`+${c.newFail} FAIL new`];
  if (c.newWarn) parts.push(`+${c.newWarn} WARN new`);
  parts.push(`−${c.resolved} resolved`);
  if (c.changed) parts.push(`${c.changed} changed`);
  parts.push(`${c.unchanged} unchanged`);
  return parts.join(', ');
}

/**
 * The "Since <date of the reference>" section: what the audit/PR comment and summary put at the
 * top when a reference report is given (`heading` sets its level).
 */
export function renderSinceSection(
  diff: ReportDiff,
  opts: { heading?: string; limit?: number } = {}
): string {
  const h = opts.heading ?? '##';
  const limit = opts.limit ?? DIFF_LIST_LIMIT;
  const lines = [
    `${h} Since ${day(diff.base.auditedAt)}`,
    '',
    `${diffHeadline(diff)} (reference: db-posture ${diff.base.toolVersion} audit of ${day(diff.base.auditedAt)}; this audit: ${day(diff.head.auditedAt)}).`,
    '',
    ...section('New', diff.new, limit),
    ...section('Worse or otherwise changed', diff.changed, limit),
    ...section('Resolved', diff.resolved, limit)
  ];
  if (diff.checks.appeared.length || diff.checks.vanished.length) {
    const list = (ids: readonly string[]) => ids.map(codeSpan).join(', ');
    lines.push(
      `Checks ${[
        diff.checks.appeared.length ? `added: ${list(diff.checks.appeared)}` : '',
        diff.checks.vanished.length ? `removed: ${list(diff.checks.vanished)}` : ''
      ]
        .filter(Boolean)
        .join('; ')} (another db-posture version or engine).`,
      ''
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** `db-posture diff --format markdown`: the section above plus the unchanged problems. */
export function renderMarkdownDiff(diff: ReportDiff, limit = DIFF_LIST_LIMIT): string {
  const unchangedProblems = diff.unchanged.filter(e => isProblem(e.headStatus));
  const lines = [
    `# db-posture diff: ${codeSpan(diff.target.name)} (${diff.target.engine})`,
    '',
    renderSinceSection(diff, { heading: '##', limit }).trimEnd(),
    ''
  ];
  if (unchangedProblems.length) {
    lines.push(
      '<details><summary>Unchanged</summary>',
      '',
      ...section('Unchanged', unchangedProblems, limit),
      '</details>',
      ''
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
