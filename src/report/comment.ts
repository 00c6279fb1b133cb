import { ENGINE_NAMES } from '../core/vocabulary.js';
import type { AuditReport } from '../pipeline/report.js';
import type { Finding } from '../core/finding.js';
import { codeSpan, escapeStatic, plural } from '../core/text.js';
import { STATUSES } from '../core/status.js';
import { blocksReportGate } from '../core/gate.js';
import type { WaiverEntry } from '../baseline/schema.js';
import { DEFAULT_BASELINE } from '../baseline/load.js';
import {
  capList,
  remediationChecks,
  renderFindingGroups,
  renderGateLine,
  renderIncompleteBanner,
  type ReportLayout
} from './markdown.js';
import { groupByCheck, STATUS_ICON } from './groups.js';
import { fitToBudget, SHRINK_STEPS } from './fit.js';
import { renderSinceSection } from '../diff/markdown.js';

/** GitHub refuses comment bodies over 65,536 characters; leave room for links and markers. */
export const COMMENT_BUDGET = 60000;

/** The comment never lists PASS/INFO/N/A checks, so the steps that only shrink those are skipped. */
const COMMENT_STEPS = SHRINK_STEPS.filter(l => l.quiet === 'counts');

/** How long the suggested waiver lasts: a quarter, well inside the default 365-day horizon. */
const WAIVER_SNIPPET_DAYS = 90;

function waiverItem(w: WaiverEntry): string {
  const object = w.object !== undefined ? ` · ${codeSpan(w.object)}` : '';
  return `- ${codeSpan(w.check)}${object}: owner ${codeSpan(w.owner)}, expires ${w.expires}`;
}

/** The first unwaived FAIL in group order: the one the "How to waive" snippet is written for. */
export function firstUnwaivedFail(report: AuditReport): Finding | undefined {
  return groupByCheck(shownFindings(report)).find(g => g.kind === 'FAIL')?.findings[0];
}

/**
 * The findings the comment lists. With `gate: new` a FAIL, WARN or UNKNOWN that was already there
 * does not block, so the comment leaves it to the full report and lists only what the pull request
 * changed (and every finding of an incomplete check).
 */
function shownFindings(report: AuditReport): readonly Finding[] {
  if (report.gate.mode !== 'new') return report.findings;
  return report.findings.filter(
    f =>
      blocksReportGate(report, f) ||
      f.incomplete ||
      f.waiver?.state === 'active' ||
      !(f.status === 'FAIL' || f.status === 'WARN' || f.status === 'UNKNOWN')
  );
}

/**
 * The baseline entry that would waive `f`, as YAML the baseline loader accepts (a complete file:
 * the entry goes into the `waivers:` list of an existing one). Every value is a JSON string, which
 * YAML reads as the same string whatever it contains.
 */
export function waiverSnippet(report: AuditReport, f: Finding): string {
  const expires = new Date(Date.parse(report.context.auditedAt) + WAIVER_SNIPPET_DAYS * 86400000)
    .toISOString()
    .slice(0, 10);
  const q = (s: string) => JSON.stringify(s);
  return [
    'version: 1',
    'waivers:',
    `  - check: ${q(f.checkId)}`,
    `    target: ${q(report.target.name)}`,
    ...(f.object !== undefined ? [`    object: ${q(f.object)}`] : []),
    `    reason: ${q('Why this risk is accepted for now, and what will fix it')}`,
    `    owner: ${q('@your-org/your-team')}`,
    `    expires: ${expires}`
  ].join('\n');
}

/** A fenced block no content can close: the fence is longer than any backtick run inside. */
function fenced(info: string, body: string): string[] {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map(r => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${info}`, body, fence];
}

function renderHowToWaive(report: AuditReport): string[] {
  const f = firstUnwaivedFail(report);
  if (!f) return [];
  const file = report.baseline.file ?? DEFAULT_BASELINE;
  const object = f.object !== undefined ? ` ${codeSpan(f.object)}` : '';
  return [
    '',
    '#### How to waive',
    '',
    `A FAIL that is an accepted risk stops failing the gate once a reviewed waiver names its check and object. For ${codeSpan(f.checkId)}${object}, add this entry to the \`waivers:\` list of ${codeSpan(file)}:`,
    '',
    ...fenced('yaml', waiverSnippet(report, f))
  ];
}

function renderBaseline(report: AuditReport, layout: ReportLayout): string[] {
  const b = report.baseline;
  if (!b.expired.length && !b.expiringSoon.length && !b.stale.length) return [];
  const out = ['', '#### Baseline', ''];
  const part = (label: string, ws: readonly WaiverEntry[]) => {
    if (!ws.length) return;
    out.push(label, '', ...capList(ws.map(waiverItem), layout.listCap, 'waiver'), '');
  };
  part(
    `**Expired waivers** (${b.expired.length}; they no longer waive, the findings count again):`,
    b.expired
  );
  part(`**Waivers expiring within 14 days** (${b.expiringSoon.length}):`, b.expiringSoon);
  part(`**Stale waivers** (${b.stale.length}; they match no finding, remove them):`, b.stale);
  out.pop();
  return out;
}

function renderRemediation(report: AuditReport, layout: ReportLayout): string[] {
  const checks = remediationChecks(report);
  if (!checks.length) return [];
  const out = ['', '#### Remediation', ''];
  const shown = layout.linesPerCheck > 0 ? checks : checks.slice(0, Math.max(layout.listCap, 10));
  for (const f of shown) {
    out.push(
      `<details><summary>${escapeStatic(f.checkId)}: ${escapeStatic(f.title)}</summary>`,
      '',
      `${escapeStatic(f.remediation.text)} [Reference](${f.remediation.link})`,
      '',
      '</details>',
      ''
    );
  }
  if (shown.length < checks.length)
    out.push(`- …and ${plural(checks.length - shown.length, 'more check')}: see the full report.`, '');
  out.pop();
  return out;
}

/**
 * The pull-request comment: the gate, counts with icons, then one line per check (FAIL, WARN,
 * UNKNOWN, waived; each names the check id and the objects, the findings in `<details>`), a "How
 * to waive" snippet for the first unwaived FAIL, the baseline state, remediation per check and
 * notes. Over the budget it shrinks as the job summary does (fit.ts): every FAIL, WARN and UNKNOWN
 * check's line and every heading stay.
 */
export function renderComment(report: AuditReport, budget = COMMENT_BUDGET): string {
  const t = report.target;
  const render = (layout: ReportLayout) => {
    const shown = shownFindings(report);
    const existing = report.findings.length - shown.length;
    const groups = renderFindingGroups(report, { ...layout, quiet: 'counts' }, shown);
    const out = [
      `### db-posture: ${codeSpan(t.name)} (${ENGINE_NAMES[t.engine]}, ${report.context.environment})`,
      '',
      ...renderIncompleteBanner(report),
      renderGateLine(report),
      '',
      `| ${STATUSES.map(s => `${STATUS_ICON[s]} ${s}`).join(' | ')} |`,
      `|${STATUSES.map(() => '---').join('|')}|`,
      `| ${STATUSES.map(s => report.summary[s]).join(' | ')} |`,
      // The Since section stays short (its lists are capped) so the findings below keep the budget.
      ...(report.comparison
        ? ['', renderSinceSection(report.comparison.diff, { heading: '####', limit: 10 }).trimEnd()]
        : []),
      '',
      '#### Findings by check',
      '',
      ...(groups.length ? groups : ['No findings.']),
      ...(existing
        ? [
            '',
            `${existing} existing ${existing === 1 ? 'finding' : 'findings'} (there before, not worse) ${existing === 1 ? 'does' : 'do'} not block with gate: new and ${existing === 1 ? 'is' : 'are'} listed in the full report.`
          ]
        : []),
      ...renderHowToWaive(report),
      ...renderBaseline(report, layout),
      ...renderRemediation(report, layout),
      ...(report.notes.length
        ? [
            '',
            '#### Notes',
            '',
            ...capList(
              report.notes.map(n => `- ${n.markdown}`),
              layout.listCap,
              'note'
            )
          ]
        : [])
    ];
    return out.join('\n');
  };
  return fitToBudget(
    render,
    s => s.length,
    budget,
    '- …the comment is cut here to fit; see the full report.',
    COMMENT_STEPS
  ).text.trimEnd();
}

/**
 * The per-run part of the comment, kept out of the "unchanged" comparison. The artifact is linked
 * only when the upload succeeded; otherwise the comment says where the report is instead.
 */
export function renderCommentLinks(links: {
  run?: string;
  artifact?: string;
  report: string;
  uploaded?: boolean;
}): string {
  const parts = [
    links.artifact
      ? `[Full report (artifact)](${links.artifact})`
      : links.uploaded
        ? `Full report: ${codeSpan(links.report)} in the run's artifact`
        : `Full report: ${codeSpan(links.report)} in the runner's output directory (no artifact was uploaded)`
  ];
  if (links.run) parts.push(`[Workflow run](${links.run})`);
  return parts.join(' · ');
}
