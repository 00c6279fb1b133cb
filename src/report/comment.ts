import { ENGINE_NAMES } from '../core/vocabulary.js';
import { blocksReportGate, blockingStatuses } from '../core/gate.js';
import type { AuditReport } from '../pipeline/report.js';
import { codeSpan } from '../core/text.js';
import { STATUSES } from '../core/status.js';
import type { WaiverEntry } from '../baseline/schema.js';
import { changeMarkOf, renderFindingLine, renderGateLine } from './markdown.js';
import { renderSinceSection } from '../diff/markdown.js';

/** GitHub refuses comment bodies over 65,536 characters; leave room for links and markers. */
export const COMMENT_BUDGET = 60000;

function waiverItem(w: WaiverEntry): string {
  const object = w.object !== undefined ? ` ${codeSpan(w.object)}` : '';
  return `- ${codeSpan(w.check)}${object}: owner ${codeSpan(w.owner)}, expires ${w.expires}`;
}

/**
 * The pull-request comment: counts, the gate, every unwaived FAIL, and the waivers that need a
 * person (expired, expiring, stale). The full report lives in the artifact and the job summary.
 * Lists are cut at whole lines when the budget runs out, with a count of what was left out.
 */
export function renderComment(report: AuditReport, budget = COMMENT_BUDGET): string {
  const t = report.target;
  const head = [
    `### db-posture: ${codeSpan(t.name)} (${ENGINE_NAMES[t.engine]}, ${report.context.environment})`,
    '',
    renderGateLine(report),
    '',
    `| ${STATUSES.join(' | ')} |`,
    `|${STATUSES.map(() => '---').join('|')}|`,
    `| ${STATUSES.map(s => report.summary[s]).join(' | ')} |`,
    // The Since section stays short (its lists are capped) so the findings below keep the budget.
    ...(report.comparison
      ? ['', renderSinceSection(report.comparison.diff, { heading: '####', limit: 10 }).trimEnd()]
      : [])
  ];
  const unwaived = report.findings.filter(f => blocksReportGate(report, f) || f.incomplete);
  const waived = report.findings.filter(f => f.waiver?.state === 'active').length;
  const sections: { title: string; lines: string[]; noun: string }[] = [
    {
      title: `Unwaived ${[...blockingStatuses(report.gate.failOn), ...(report.gate.incomplete ? ['incomplete'] : [])].join(' and ') || 'findings'}`,
      lines: unwaived.map(f => renderFindingLine(f, changeMarkOf(report, f))),
      noun: 'findings'
    },
    {
      title: 'Expired waivers (they no longer waive)',
      lines: report.baseline.expired.map(waiverItem),
      noun: 'waivers'
    },
    {
      title: 'Waivers expiring within 14 days',
      lines: report.baseline.expiringSoon.map(waiverItem),
      noun: 'waivers'
    },
    {
      title: 'Stale waivers (match no finding)',
      lines: report.baseline.stale.map(waiverItem),
      noun: 'waivers'
    }
  ];
  const out = [...head];
  if (waived) out.push('', `${waived} waived finding${waived === 1 ? '' : 's'} (listed in the full report).`);
  let used = out.join('\n').length;
  for (const s of sections) {
    if (s.lines.length === 0) continue;
    const title = `\n\n#### ${s.title} (${s.lines.length})\n`;
    used += title.length;
    out.push('', `#### ${s.title} (${s.lines.length})`, '');
    let shown = 0;
    for (const line of s.lines) {
      // Keep 200 characters for the "more" notes of this and later sections.
      if (used + line.length + 1 > budget - 200) break;
      out.push(line);
      used += line.length + 1;
      shown++;
    }
    if (shown < s.lines.length) {
      const more = `- …and ${s.lines.length - shown} more ${s.noun}: see the full report.`;
      out.push(more);
      used += more.length + 1;
    }
  }
  return out.join('\n');
}

/** The per-run part of the comment, kept out of the "unchanged" comparison. */
export function renderCommentLinks(links: { run?: string; artifact?: string; report: string }): string {
  const parts = [
    links.artifact
      ? `[Full report (artifact)](${links.artifact})`
      : `Full report: ${codeSpan(links.report)} in the run's artifact`
  ];
  if (links.run) parts.push(`[Workflow run](${links.run})`);
  return parts.join(' · ');
}
