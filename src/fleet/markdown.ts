import type { CheckMeta } from '../core/check.js';
import { codeSpan, escapeStatic, plural, tableCell } from '../core/text.js';
import type { FleetReport, FleetTarget } from './schema.js';
import { fitToBudget } from '../report/fit.js';

const ENGINE_NAMES: Record<string, string> = {
  postgres: 'PostgreSQL',
  cockroachdb: 'CockroachDB',
  couchbase: 'Couchbase Server'
};
const GATE_LABEL = {
  passed: 'PASS',
  failed: '**FAIL**',
  'not-enforced': 'not enforced',
  incomplete: '**INCOMPLETE**'
} as const;

/** Names listed per check before the list is cut with a count (the JSON has them all). */
const NAMES_SHOWN = 20;

/**
 * How much of the fleet report is shown: all of it in the file; less in a job summary that must
 * fit GitHub's limit (renderFleetSummary), which drops the rows of passed targets first, then
 * shortens the name lists, then the other target rows. The row of a check that fails, warns or is
 * unknown on any target, and every section heading, always stay.
 */
export interface FleetLayout {
  /** Rows of targets whose gate passed (and whose report is current). */
  readonly passedRows: boolean;
  /** Other target rows (failed, incomplete, not enforced, outdated, missing) before a count. */
  readonly targetRows: number;
  /** Target names listed per check row and per change line. */
  readonly names: number;
  /** Entries of the missing/outdated, changes and notes lists. */
  readonly listCap: number;
}

export const FLEET_FULL_LAYOUT: FleetLayout = {
  passedRows: true,
  targetRows: Number.POSITIVE_INFINITY,
  names: NAMES_SHOWN,
  listCap: Number.POSITIVE_INFINITY
};

/** The layouts the fleet job summary tries in turn until one fits. */
export const FLEET_SHRINK_STEPS: readonly FleetLayout[] = [
  FLEET_FULL_LAYOUT,
  { ...FLEET_FULL_LAYOUT, passedRows: false },
  { passedRows: false, targetRows: 10000, names: 10, listCap: 300 },
  { passedRows: false, targetRows: 3000, names: 5, listCap: 100 },
  { passedRows: false, targetRows: 1000, names: 3, listCap: 30 },
  { passedRows: false, targetRows: 300, names: 1, listCap: 10 },
  { passedRows: false, targetRows: 100, names: 0, listCap: 10 },
  { passedRows: false, targetRows: 0, names: 0, listCap: 3 }
];

export interface FleetMarkdownOptions {
  /** Our own catalogue: a known check's title is ours; an unknown id's title is the file's and quoted. */
  readonly describe: (checkId: string) => CheckMeta | undefined;
}

/** A table row; every cell's pipes are escaped (code spans included: GFM splits cells first). */
const row = (cells: readonly string[]) => `| ${cells.map(tableCell).join(' | ')} |`.replace(/ {2,}\|/g, ' |');

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

function names(list: readonly string[], shownAtMost = NAMES_SHOWN): string {
  if (shownAtMost <= 0 && list.length) return plural(list.length, 'target');
  const shown = list.slice(0, shownAtMost).map(codeSpan).join(', ');
  return list.length > shownAtMost ? `${shown} and ${list.length - shownAtMost} more` : shown;
}

/** At most `cap` list items, then one saying how many more the full report has. */
function capped(items: readonly string[], cap: number, noun: string): string[] {
  if (items.length <= cap) return [...items];
  return [...items.slice(0, cap), `- …and ${plural(items.length - cap, noun)}: see the full report.`];
}

/**
 * A link target that stays a link: only http(s) URLs and relative paths, percent-encoded so that
 * spaces, parentheses and angle brackets in a path cannot end it.
 */
export function safeLink(link: string): string | undefined {
  if (/^https?:\/\//i.test(link)) {
    try {
      return new URL(link).href.replace(/[()<>]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    } catch {
      return undefined;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) return undefined;
  return link
    .split('/')
    .map(s => encodeURIComponent(s))
    .join('/')
    .replace(/[()]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function audited(t: FleetTarget, maxAgeHours: number): string {
  if (!t.outdated) return when(t.auditedAt);
  if (t.ageHours < 0) return `${when(t.auditedAt)} ⚠ in the future`;
  return `${when(t.auditedAt)} ⚠ ${Math.round(t.ageHours)} h old (max ${maxAgeHours} h)`;
}

function title(id: string, fileTitle: string, options: FleetMarkdownOptions): string {
  const meta = options.describe(id);
  return meta ? escapeStatic(meta.title) : codeSpan(fileTitle);
}

/**
 * The fleet report in GitHub-flavoured markdown. Every name, version and title read from the legs'
 * files is a code span (a leg's file is input like any other), so nothing in it becomes markup,
 * a link or a mention.
 */
export function renderFleetMarkdown(
  report: FleetReport,
  options: FleetMarkdownOptions,
  layout: FleetLayout = FLEET_FULL_LAYOUT,
  /** A line put right after the gate line (the summary's "shortened" note). */
  afterGate?: string
): string {
  const s = report.summary;
  const mixed = new Set(report.targets.map(t => t.toolVersion)).size > 1;
  const lines: string[] = [
    '# Fleet Security Report',
    '',
    `**Generated:** ${when(report.generatedAt)} UTC  `,
    `**Targets:** ${s.targets} (${s.passed} passed, ${s.failed} failed, ${s.notEnforced} not enforced, ${s.incomplete} incomplete, ${s.missing} missing, ${s.outdated} outdated)  `,
    `**Max report age:** ${report.maxAgeHours} h`,
    '',
    report.gate.passed
      ? '**Fleet gate: PASSED**'
      : `**Fleet gate: ${report.gate.incomplete ? 'INCOMPLETE' : 'FAILED'}**: ${report.gate.reasons.join('; ')}.`,
    '',
    ...(afterGate !== undefined ? [afterGate, ''] : []),
    '## Targets',
    '',
    `| Target | Engine | Environment | Gate | FAIL | WARN | UNKNOWN | Audited |${mixed ? ' db-posture |' : ''} Report |`,
    `|---|---|---|---|---:|---:|---:|---|${mixed ? '---|' : ''}---|`
  ];
  const quiet = (t: FleetTarget) => t.gate === 'passed' && !t.outdated;
  const listed = report.targets.filter(t => layout.passedRows || !quiet(t));
  const hiddenPassed = report.targets.length - listed.length;
  let room = layout.targetRows;
  for (const t of listed) {
    if (room-- <= 0) break;
    const engine = `${ENGINE_NAMES[t.engine] ?? codeSpan(t.engine)}${t.version !== undefined ? ` ${codeSpan(t.version)}` : ''}`;
    const fails = t.waivedFails ? `${t.unwaivedFails} (+${t.waivedFails} waived)` : String(t.unwaivedFails);
    const href = t.link !== undefined ? safeLink(t.link) : undefined;
    const report_ = href ? `[report](${href})` : codeSpan(t.source.split(/[\\/]/).pop() ?? t.source);
    lines.push(
      row([
        codeSpan(t.name),
        engine,
        t.environment,
        `${GATE_LABEL[t.gate]}${t.expiredWaivers ? ` (${plural(t.expiredWaivers, 'expired waiver')})` : ''}`,
        fails,
        String(t.summary.WARN),
        String(t.summary.UNKNOWN),
        audited(t, report.maxAgeHours),
        ...(mixed ? [codeSpan(t.toolVersion)] : []),
        report_
      ])
    );
  }
  for (const m of report.missing) {
    if (room-- <= 0) break;
    const label = `**${m.reason === 'audit-error' ? 'NOT AUDITED' : 'MISSING'}**`;
    lines.push(
      row([codeSpan(m.name), '', '', label, '', '', '', '', ...(mixed ? [''] : []), codeSpan(m.detail)])
    );
  }
  const hiddenOther =
    listed.length +
    report.missing.length -
    Math.min(listed.length + report.missing.length, Math.max(0, layout.targetRows));
  if (hiddenPassed || hiddenOther) {
    const parts = [
      ...(hiddenPassed ? [`${plural(hiddenPassed, 'target')} that passed`] : []),
      ...(hiddenOther ? [`${plural(hiddenOther, 'more target')}`] : [])
    ];
    lines.push('', `${parts.join(' and ')}: listed in the full report.`);
  }

  const failing = report.checks.filter(c => c.failing.length || c.warning.length || c.unknown.length);
  lines.push('', '## Checks by number of failing targets', '');
  if (failing.length === 0) lines.push('No check fails, warns or is unknown on any target.');
  else {
    lines.push(
      '| Check | Title | FAIL on | Targets failing | WARN on | UNKNOWN on | Waived on |',
      '|---|---|---:|---|---:|---:|---:|'
    );
    for (const c of failing) {
      lines.push(
        row([
          codeSpan(c.checkId),
          title(c.checkId, c.title, options),
          String(c.failing.length),
          names(c.failing, layout.names),
          String(c.warning.length),
          String(c.unknown.length),
          String(c.waived.length)
        ])
      );
    }
  }

  const outdated = report.targets.filter(t => t.outdated);
  if (report.missing.length || outdated.length) {
    lines.push('', '## Missing and outdated reports', '');
    const items = [
      ...report.missing.map(
        m =>
          `- ${codeSpan(m.name)}: ${m.reason === 'audit-error' ? 'could not be audited' : 'no report'}: ${codeSpan(m.detail)}`
      ),
      ...outdated.map(t =>
        t.ageHours < 0
          ? `- ${codeSpan(t.name)}: the report is dated ${t.auditedAt}, in the future (check the runner's clock)`
          : `- ${codeSpan(t.name)}: the report from ${when(t.auditedAt)} is ${Math.round(t.ageHours)} h old (max ${report.maxAgeHours} h)`
      )
    ];
    lines.push(...capped(items, layout.listCap, 'target'));
  }

  const ch = report.changes;
  if (ch) {
    lines.push('', `## Changes since the fleet report of ${when(ch.comparedTo.generatedAt)}`, '');
    const n = layout.names;
    const on = (targets: readonly string[]) =>
      `${plural(targets.length, 'target')}${n > 0 ? ` (${names(targets, n)})` : ''}`;
    const items: string[] = [];
    if (ch.addedTargets.length) items.push(`- New targets: ${names(ch.addedTargets, Math.max(n, 1))}`);
    if (ch.removedTargets.length)
      items.push(`- Targets no longer in the fleet: ${names(ch.removedTargets, Math.max(n, 1))}`);
    for (const g of ch.gateChanges) items.push(`- ${codeSpan(g.name)}: gate ${g.from} → ${g.to}`);
    for (const c of ch.newlyFailing)
      items.push(`- Newly failing: ${codeSpan(c.checkId)} on ${on(c.targets)}`);
    for (const c of ch.noLongerFailing)
      items.push(`- No longer failing: ${codeSpan(c.checkId)} on ${on(c.targets)}`);
    lines.push(...(items.length ? capped(items, layout.listCap, 'change') : ['Nothing changed.']));
  }

  if (report.duplicates.length || mixed) {
    lines.push('', '## Notes', '');
    lines.push(
      ...capped(
        report.duplicates.map(
          d =>
            `- Target ${codeSpan(d.name)} had ${d.superseded.length + 1} reports; kept the newest (${codeSpan(d.kept)}), left out ${d.superseded.map(codeSpan).join(', ')}.`
        ),
        layout.listCap,
        'duplicate'
      )
    );
    if (mixed) {
      const versions = [...new Set(report.targets.map(t => t.toolVersion))].sort();
      lines.push(
        `- The legs were written by different db-posture versions: ${versions.map(codeSpan).join(', ')}.`
      );
    }
  }
  lines.push('', `*Merged by db-posture ${escapeStatic(report.tool.version)}.*`, '');
  return lines.join('\n');
}

/** GitHub drops a step summary over 1 MiB entirely; the same budget as the single-target summary. */
export const FLEET_SUMMARY_BUDGET = 900 * 1024;

/**
 * The fleet job summary: the fleet report shrunk by FLEET_SHRINK_STEPS until it fits (never a
 * blind cut that could lose the checks table below a long targets table). A shortened summary says
 * so after the gate line, and where the full report is, as far as that is true.
 */
export function renderFleetSummary(
  report: FleetReport,
  options: FleetMarkdownOptions & {
    readonly reportName: string;
    readonly uploaded: boolean;
    readonly budget?: number;
  }
): string {
  const where = options.uploaded
    ? `the full report is ${codeSpan(options.reportName)} in the run's artifact`
    : `the full report is ${codeSpan(options.reportName)} in the output directory (no artifact was uploaded)`;
  return fitToBudget<FleetLayout>(
    (layout, shortened) =>
      renderFleetMarkdown(
        report,
        options,
        layout,
        shortened ? `> Shortened to fit a job summary: ${where}.` : undefined
      ),
    s => Buffer.byteLength(s, 'utf8'),
    options.budget ?? FLEET_SUMMARY_BUDGET,
    `> The report is longer than a job summary allows; ${where}.`,
    FLEET_SHRINK_STEPS
  ).text;
}
