import { DIMENSIONS } from '../core/check.js';
import type { AuditReport } from '../pipeline/report.js';
import type { Finding } from '../core/finding.js';
import { STATUSES } from '../core/status.js';
import { codeSpan, escapeStatic } from '../core/text.js';
import { COMPLIANCE_NAMES, DEPLOYMENT_NAMES, ENGINE_NAMES, SENSITIVITY_NAMES } from '../core/vocabulary.js';
import type { WaiverEntry } from '../baseline/schema.js';
import { blocksReportGate } from '../core/gate.js';
import type { ChangeMark } from '../diff/compare.js';
import { renderSinceSection } from '../diff/markdown.js';

/** The change mark shown after the status; PASS/INFO/N/A findings that did not move get none. */
const MARK_TEXT: Partial<Record<ChangeMark, string>> = {
  new: '*(new)*',
  worse: '*(worse)*',
  better: '*(better)*',
  changed: '*(changed)*',
  existing: '*(existing)*'
};

/** The finding's change mark relative to the reference report, or '' without one. */
export function changeMarkOf(report: AuditReport, f: Finding): string {
  const m = report.changeMark?.(f.checkId, f.object);
  return m ? (MARK_TEXT[m] ?? '') : '';
}

/** One finding as a list item: status marker, title, detail, policy annotation and waiver state. */
export function renderFindingLine(f: Finding, mark = ''): string {
  const parts = [`- [${f.status}]${mark ? ` ${mark}` : ''} ${f.title}: ${f.detail.markdown}`];
  if (f.annotation) parts.push(f.annotation);
  if (f.waiver?.state === 'active') {
    parts.push(
      `*(waived until ${f.waiver.expires} by ${codeSpan(f.waiver.owner)}: ${codeSpan(f.waiver.reason)})*`
    );
  } else if (f.waiver?.state === 'expired') {
    parts.push(`*(waiver by ${codeSpan(f.waiver.owner)} expired on ${f.waiver.expires} — counts again)*`);
  }
  return parts.join(' ');
}

function waiverLine(w: WaiverEntry): string {
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
  for (const [label, value] of t.details) lines.push(`**${label}:** ${codeSpan(value)}`);
  // Two trailing spaces would be fragile; a blank-line-free block keeps every field on its own line.
  return lines.map((l, i) => (i >= 2 && l.startsWith('**') ? `${l}  ` : l));
}

/** What counts against the gate, e.g. ["3 unwaived FAIL", "1 expired waivers"]. */
export function gateReasons(report: AuditReport): string[] {
  const g = report.gate;
  const parts = [`${g.unwaivedFails} unwaived FAIL`];
  if (g.mode === 'new') {
    const blocking = report.findings.filter(f => blocksReportGate(report, f)).length;
    parts[0] = `${blocking} new or worse unwaived ${g.failOn === 'fail' ? 'FAIL' : 'findings'} (${g.unwaivedFails} unwaived FAIL in all)`;
  }
  if (g.incomplete) parts.unshift(`${g.incomplete} checks stopped by a fault (audit incomplete)`);
  if (g.failOn === 'warn') parts.push(`${g.unwaivedWarns} unwaived WARN`);
  if (g.failOn === 'unknown') parts.push(`${g.unwaivedUnknowns} unwaived UNKNOWN`);
  if (g.expiredWaivers) parts.push(`${g.expiredWaivers} expired waivers`);
  if (report.baseline.failOnStale && g.staleWaivers) parts.push(`${g.staleWaivers} stale waivers`);
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
 * The full markdown report, in the structure of the CockroachDB audit skill's report format:
 * header, summary table, findings by dimension with status markers and annotations, followed by
 * what could not be evaluated, the baseline state and remediation.
 */
export function renderMarkdown(report: AuditReport, extraSections: readonly string[] = []): string {
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
  for (const dimension of DIMENSIONS) {
    const findings = report.findings.filter(f => f.dimension === dimension);
    if (findings.length === 0) continue;
    out.push('', `### ${dimension}`);
    for (const f of findings) out.push(renderFindingLine(f, changeMarkOf(report, f)));
  }

  if (report.unavailable.length > 0) {
    out.push(
      '',
      '## Not Evaluated',
      '',
      'Facts that could not be collected; the checks that need them report UNKNOWN.',
      ''
    );
    for (const u of report.unavailable) out.push(`- ${codeSpan(u.fact)}: ${u.reason.markdown}`);
  }

  const b = report.baseline;
  if (b.expired.length || b.expiringSoon.length || b.stale.length) {
    out.push('', '## Baseline', '');
    if (b.file) out.push(`Baseline file: ${codeSpan(b.file)}`, '');
    if (b.expired.length)
      out.push(
        '**Expired waivers** (no longer waive; the findings count again):',
        '',
        ...b.expired.map(waiverLine),
        ''
      );
    if (b.expiringSoon.length)
      out.push('**Waivers expiring within 14 days:**', '', ...b.expiringSoon.map(waiverLine), '');
    if (b.stale.length)
      out.push('**Stale waivers** (match no finding; remove them):', '', ...b.stale.map(waiverLine), '');
    while (out[out.length - 1] === '') out.pop();
  }

  const toFix = new Map<string, Finding>();
  for (const f of report.findings)
    if ((f.status === 'FAIL' || f.status === 'WARN') && !toFix.has(f.checkId)) toFix.set(f.checkId, f);
  if (toFix.size > 0) {
    out.push('', '## Remediation', '');
    for (const f of toFix.values()) {
      out.push(
        `- **${f.checkId}** (${f.title}): ${escapeStatic(f.remediation.text)} [Reference](${f.remediation.link})`
      );
    }
  }

  if (report.notes.length > 0) {
    out.push('', '## Notes', '');
    for (const n of report.notes) out.push(`- ${n.markdown}`);
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
