import type { CheckMeta } from '../core/check.js';
import { codeSpan, escapeStatic, tableCell } from '../core/text.js';
import type { FleetReport, FleetTarget } from './schema.js';

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

export interface FleetMarkdownOptions {
  /** Our own catalogue: a known check's title is ours; an unknown id's title is the file's and quoted. */
  readonly describe: (checkId: string) => CheckMeta | undefined;
}

/** A table row; every cell's pipes are escaped (code spans included: GFM splits cells first). */
const row = (cells: readonly string[]) => `| ${cells.map(tableCell).join(' | ')} |`.replace(/ {2,}\|/g, ' |');

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

function names(list: readonly string[]): string {
  const shown = list.slice(0, NAMES_SHOWN).map(codeSpan).join(', ');
  return list.length > NAMES_SHOWN ? `${shown} and ${list.length - NAMES_SHOWN} more` : shown;
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
export function renderFleetMarkdown(report: FleetReport, options: FleetMarkdownOptions): string {
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
    '## Targets',
    '',
    `| Target | Engine | Environment | Gate | FAIL | WARN | UNKNOWN | Audited |${mixed ? ' db-posture |' : ''} Report |`,
    `|---|---|---|---|---:|---:|---:|---|${mixed ? '---|' : ''}---|`
  ];
  for (const t of report.targets) {
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
    const label = `**${m.reason === 'audit-error' ? 'NOT AUDITED' : 'MISSING'}**`;
    lines.push(
      row([codeSpan(m.name), '', '', label, '', '', '', '', ...(mixed ? [''] : []), codeSpan(m.detail)])
    );
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
          names(c.failing),
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
    for (const m of report.missing)
      lines.push(
        `- ${codeSpan(m.name)}: ${m.reason === 'audit-error' ? 'could not be audited' : 'no report'}: ${codeSpan(m.detail)}`
      );
    for (const t of outdated)
      lines.push(
        t.ageHours < 0
          ? `- ${codeSpan(t.name)}: the report is dated ${t.auditedAt}, in the future (check the runner's clock)`
          : `- ${codeSpan(t.name)}: the report from ${when(t.auditedAt)} is ${Math.round(t.ageHours)} h old (max ${report.maxAgeHours} h)`
      );
  }

  const ch = report.changes;
  if (ch) {
    lines.push('', `## Changes since the fleet report of ${when(ch.comparedTo.generatedAt)}`, '');
    const before = lines.length;
    if (ch.addedTargets.length) lines.push(`- New targets: ${names(ch.addedTargets)}`);
    if (ch.removedTargets.length) lines.push(`- Targets no longer in the fleet: ${names(ch.removedTargets)}`);
    for (const g of ch.gateChanges) lines.push(`- ${codeSpan(g.name)}: gate ${g.from} → ${g.to}`);
    for (const c of ch.newlyFailing)
      lines.push(
        `- Newly failing: ${codeSpan(c.checkId)} on ${plural(c.targets.length, 'target')} (${names(c.targets)})`
      );
    for (const c of ch.noLongerFailing)
      lines.push(
        `- No longer failing: ${codeSpan(c.checkId)} on ${plural(c.targets.length, 'target')} (${names(c.targets)})`
      );
    if (lines.length === before) lines.push('Nothing changed.');
  }

  if (report.duplicates.length || mixed) {
    lines.push('', '## Notes', '');
    for (const d of report.duplicates)
      lines.push(
        `- Target ${codeSpan(d.name)} had ${d.superseded.length + 1} reports; kept the newest (${codeSpan(d.kept)}), left out ${d.superseded.map(codeSpan).join(', ')}.`
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
