import type { AuditReport } from '../pipeline/report.js';
import type { Finding } from '../core/finding.js';
import { STATUSES } from '../core/status.js';
import { codeSpan, escapeStatic, plural } from '../core/text.js';
import { COMPLIANCE_NAMES, DEPLOYMENT_NAMES, ENGINE_NAMES, SENSITIVITY_NAMES } from '../core/vocabulary.js';
import type { WaiverEntry } from '../baseline/schema.js';
import { blocksReportGate } from '../core/gate.js';
import { checkIn } from '../core/report-check.js';
import { renderSinceSection } from '../diff/markdown.js';
import { groupByCheck, isActionable, quietCounts, renderGroup, type GroupLayout } from './groups.js';

export { changeMarkOf } from './groups.js';

export function waiverLine(w: WaiverEntry): string {
  const object = w.object !== undefined ? ` object ${codeSpan(w.object)}` : '';
  return `- ${codeSpan(w.check)} target ${codeSpan(w.target)}${object}, owner ${codeSpan(w.owner)}, expires ${w.expires}: ${codeSpan(w.reason)}`;
}

/** The report header lines (shared by the full report and the summary renderers). */
export function renderHeader(report: AuditReport): string[] {
  const t = report.target;
  const c = report.context;
  const lines = [
    `# Security Audit Report — ${codeSpan(t.name)}`,
    '',
    `**Date:** ${c.auditedAt.slice(0, 10)}`,
    `**Engine:** ${ENGINE_NAMES[t.engine]}`
  ];
  if (t.clusterId) lines.push(`**Cluster ID:** ${codeSpan(t.clusterId)}`);
  if (t.plan) lines.push(`**Plan:** ${codeSpan(t.plan)}`);
  if (t.version) lines.push(`**Version:** ${codeSpan(t.version)}`);
  if (t.regions?.length) lines.push(`**Regions:** ${t.regions.map(codeSpan).join(', ')}`);
  lines.push(`**Deployment:** ${DEPLOYMENT_NAMES[t.deployment]}`);
  lines.push(`**Environment:** ${c.environment}`);
  lines.push(
    `**Compliance:** ${c.compliance.length ? c.compliance.map(x => COMPLIANCE_NAMES[x]).join(', ') : '(none specified)'}`
  );
  lines.push(`**Data Sensitivity:** ${SENSITIVITY_NAMES[c.dataSensitivity]}`);
  for (const [label, value] of t.details) {
    // Engines also list their version among the details ("PostgreSQL Version"): show it once.
    if (t.version !== undefined && /version$/i.test(label) && value === t.version) continue;
    lines.push(`**${label}:** ${codeSpan(value)}`);
  }
  // Two trailing spaces would be fragile; a blank-line-free block keeps every field on its own line.
  return lines.map((l, i) => (i >= 2 && l.startsWith('**') ? `${l}  ` : l));
}

/** What counts against the gate, e.g. ["3 unwaived FAIL", "1 expired waiver"]. */
export function gateReasons(report: AuditReport): string[] {
  const g = report.gate;
  const parts = [`${g.unwaivedFails} unwaived FAIL`];
  if (g.mode === 'new') {
    const blocking = report.findings.filter(f => blocksReportGate(report, f)).length;
    parts[0] = `${blocking} new or worse unwaived ${g.failOn === 'fail' ? 'FAIL' : 'findings'} (${g.unwaivedFails} unwaived FAIL in all)`;
  }
  if (g.incomplete) parts.unshift(`${plural(g.incomplete, 'check')} stopped by a fault (audit incomplete)`);
  if (g.failOn === 'warn') parts.push(`${g.unwaivedWarns} unwaived WARN`);
  if (g.failOn === 'unknown') parts.push(`${g.unwaivedUnknowns} unwaived UNKNOWN`);
  if (g.expiredWaivers) parts.push(plural(g.expiredWaivers, 'expired waiver'));
  if (report.baseline.failOnStale && g.staleWaivers) parts.push(plural(g.staleWaivers, 'stale waiver'));
  return parts;
}

export function renderGateLine(report: AuditReport): string {
  const g = report.gate;
  const parts = gateReasons(report);
  const verdict = g.incomplete
    ? 'FAILED (audit incomplete)'
    : g.failOn === 'never'
      ? 'not enforced (fail-on: never)'
      : g.passed
        ? 'PASSED'
        : 'FAILED';
  const since = report.comparison?.reference.context.auditedAt.slice(0, 10);
  const scope = g.mode === 'new' && since ? ` (new or worse since ${since} only)` : '';
  return `**Gate:** ${verdict}${scope} — ${parts.join(', ')}`;
}

/**
 * At the top of every report of an incomplete audit: a fault (not a privilege) stopped checks, so
 * the verdicts below are not the whole posture and the gate has failed closed.
 */
export function renderIncompleteBanner(report: AuditReport): string[] {
  const n = report.gate.incomplete;
  if (!n) return [];
  const faults = report.unavailable.filter(u => u.fault).slice(0, 5);
  return [
    `> **Audit incomplete:** ${n} ${n === 1 ? 'check' : 'checks'} could not be evaluated because of a fault (lost connection, timeout or server error), not a missing privilege. The gate fails closed; re-run the audit once the target is healthy.`,
    ...faults.map(u => `> - ${codeSpan(u.fact)}: ${u.reason.markdown}`),
    ''
  ];
}

export function renderSummaryTable(report: AuditReport): string[] {
  const ref = report.comparison?.reference;
  if (ref) {
    // With a reference, a change column: this audit's count minus the reference's, per status.
    const before = new Map<string, number>();
    for (const f of ref.findings) before.set(f.status, (before.get(f.status) ?? 0) + 1);
    const delta = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
    return [
      '| Status | Count | Change |',
      '|--------|-------|--------|',
      ...STATUSES.map(
        s => `| ${s} | ${report.summary[s]} | ${delta(report.summary[s] - (before.get(s) ?? 0))} |`
      )
    ];
  }
  return [
    '| Status | Count |',
    '|--------|-------|',
    ...STATUSES.map(s => `| ${s} | ${report.summary[s]} |`)
  ];
}

/**
 * How much of the report is shown: everything in the file; less in a job summary that must fit
 * GitHub's limit (see summary.ts), which shrinks this step by step but never drops a FAIL, WARN or
 * UNKNOWN check's line nor a section heading.
 */
export interface ReportLayout extends GroupLayout {
  /** PASS/INFO/N/A checks: every line (`full`), their check lines only (`lines`), or one count line. */
  readonly quiet: 'full' | 'lines' | 'counts';
  /** Entries kept in each baseline list, the not-evaluated list and the notes. */
  readonly listCap: number;
}

export const FULL_LAYOUT: ReportLayout = {
  linesPerCheck: Number.POSITIVE_INFINITY,
  inline: 5,
  quiet: 'full',
  listCap: Number.POSITIVE_INFINITY
};

/** At most `cap` items, then a line saying how many more the full report has (`noun` singular). */
export function capList(items: readonly string[], cap: number, noun: string): string[] {
  if (items.length <= cap) return [...items];
  return [
    ...items.slice(0, cap),
    `- …and ${plural(items.length - cap, `more ${noun}`)}: see the full report.`
  ];
}

/** The findings, one group per check and verdict (groups.ts), as the layout allows. */
export function renderFindingGroups(
  report: AuditReport,
  layout: ReportLayout,
  findings: readonly Finding[] = report.findings
): string[] {
  const groups = groupByCheck(findings);
  const out: string[] = [];
  for (const g of groups) {
    const quiet = !isActionable(g.kind);
    if (quiet && layout.quiet === 'counts') continue;
    const lines = renderGroup(
      report,
      g,
      quiet && layout.quiet === 'lines' ? { linesPerCheck: 0, inline: layout.inline } : layout
    );
    // Check lines form one tight list; a details block (after a blank line) ends it, and the
    // next check line starts a new one. A blank line between two items would make the list loose.
    out.push(...lines);
  }
  if (layout.quiet === 'counts') {
    const counts = quietCounts(groups);
    if (counts) {
      if (out.length && out[out.length - 1] !== '') out.push('');
      out.push(counts);
    }
  }
  while (out[out.length - 1] === '') out.pop();
  return out;
}

/**
 * The full markdown report, in the structure of the CockroachDB audit skill's report format:
 * header, summary table, findings grouped by check (FAIL, WARN, UNKNOWN first), followed by what
 * could not be evaluated, the baseline state, remediation and notes.
 */
export function renderMarkdown(
  report: AuditReport,
  layout: ReportLayout = FULL_LAYOUT,
  extraSections: readonly string[] = []
): string {
  const out: string[] = [
    ...renderHeader(report),
    '',
    ...renderIncompleteBanner(report),
    renderGateLine(report),
    '',
    ...(report.comparison ? [renderSinceSection(report.comparison.diff).trimEnd(), ''] : []),
    '## Summary',
    '',
    ...renderSummaryTable(report),
    '',
    '## Findings'
  ];
  const groups = renderFindingGroups(report, layout);
  out.push('', ...(groups.length ? groups : ['No findings.']));

  if (report.unavailable.length > 0) {
    out.push(
      '',
      '## Not Evaluated',
      '',
      'Facts that could not be collected; the checks that need them report UNKNOWN.',
      '',
      ...capList(
        report.unavailable.map(u => `- ${codeSpan(u.fact)}: ${u.reason.markdown}`),
        layout.listCap,
        'fact'
      )
    );
  }

  const b = report.baseline;
  if (b.expired.length || b.expiringSoon.length || b.stale.length) {
    out.push('', '## Baseline', '');
    if (b.file) out.push(`Baseline file: ${codeSpan(b.file)}`, '');
    const list = (ws: readonly WaiverEntry[]) => [
      ...capList(ws.map(waiverLine), layout.listCap, 'waiver'),
      ''
    ];
    if (b.expired.length)
      out.push(
        `**Expired waivers** (${b.expired.length}; no longer waive, the findings count again):`,
        '',
        ...list(b.expired)
      );
    if (b.expiringSoon.length)
      out.push(
        `**Waivers expiring within 14 days** (${b.expiringSoon.length}):`,
        '',
        ...list(b.expiringSoon)
      );
    if (b.stale.length)
      out.push(`**Stale waivers** (${b.stale.length}; match no finding, remove them):`, '', ...list(b.stale));
    while (out[out.length - 1] === '') out.pop();
  }

  const toFix = remediationChecks(report);
  if (toFix.length > 0) {
    out.push('', '## Remediation', '');
    for (const f of toFix) {
      out.push(
        `- **${f.checkId}** (${escapeStatic(f.title)}): ${escapeStatic(f.remediation.text)} [Reference](${f.remediation.link})`
      );
      // Why it matters, and what a person confirms by hand, under the fix (from the report's checks).
      const check = checkIn(report.checks, f.checkId);
      if (check?.rationale) out.push(`  - Why: ${escapeStatic(check.rationale)}`);
      if (check?.verify) out.push(`  - Verify by hand: ${escapeStatic(check.verify)}`);
    }
  }

  if (report.notes.length > 0) {
    out.push(
      '',
      '## Notes',
      '',
      ...capList(
        report.notes.map(n => `- ${n.markdown}`),
        layout.listCap,
        'note'
      )
    );
  }
  // Sections rendered elsewhere (the "Detection coverage" of `--rules`), already escaped.
  for (const section of extraSections) out.push('', section.trimEnd());
  out.push(
    '',
    '---',
    `*Generated by ${report.tool.name} ${report.tool.version} at ${report.context.auditedAt}. Read-only audit: nothing was written to the target.*`,
    ''
  );
  return out.join('\n');
}

/** One finding per check with a FAIL or WARN, in group order (the checks a person must fix or waive). */
export function remediationChecks(report: AuditReport): Finding[] {
  const seen = new Map<string, Finding>();
  for (const g of groupByCheck(report.findings)) {
    if (g.status !== 'FAIL' && g.status !== 'WARN') continue;
    if (!seen.has(g.checkId)) seen.set(g.checkId, g.findings[0]);
  }
  return [...seen.values()];
}
