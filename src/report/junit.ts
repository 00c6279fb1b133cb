import type { AuditReport } from '../pipeline/report.js';
import { blocksReportGate } from '../core/gate.js';

/** XML 1.0 text: the five escapes, and characters XML cannot carry at all removed. */
export function xmlEscape(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/**
 * JUnit XML for CI systems that show test reports (GitLab, Jenkins): one test suite per target, one
 * test case per finding. A finding that blocks the gate is a failure, N/A and UNKNOWN are skipped
 * (with the reason), everything else passes with its detail in system-out. Expired waivers are
 * failures of their own, so the JUnit view and the exit code agree.
 */
export function renderJunit(report: AuditReport): string {
  const target = report.target.name;
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  for (const f of report.findings) {
    const name = f.object !== undefined ? `${f.checkId} [${f.object}]` : f.checkId;
    const open = `    <testcase classname="${xmlEscape(`db-posture.${target}.${f.checkId}`)}" name="${xmlEscape(name)}">`;
    const detail = `[${f.status}] ${f.title}: ${f.detail.text}${f.annotation ? ` ${f.annotation}` : ''}`;
    if (blocksReportGate(report, f) || f.incomplete) {
      failures++;
      const expired =
        f.waiver?.state === 'expired' ? ` (waiver by ${f.waiver.owner} expired ${f.waiver.expires})` : '';
      cases.push(
        open,
        `      <failure type="${f.status}" message="${xmlEscape(`${f.title}${expired}`)}">${xmlEscape(`${detail}\nRemediation: ${f.remediation.text} ${f.remediation.link}`)}</failure>`,
        '    </testcase>'
      );
    } else if (f.status === 'N/A' || f.status === 'UNKNOWN') {
      skipped++;
      cases.push(open, `      <skipped message="${xmlEscape(detail)}"/>`, '    </testcase>');
    } else {
      const waived =
        f.waiver?.state === 'active'
          ? `\nWaived by ${f.waiver.owner} until ${f.waiver.expires}: ${f.waiver.reason}`
          : '';
      cases.push(open, `      <system-out>${xmlEscape(detail + waived)}</system-out>`, '    </testcase>');
    }
  }
  for (const w of report.baseline.expired) {
    if (report.gate.failOn === 'never') break;
    failures++;
    cases.push(
      `    <testcase classname="db-posture.${xmlEscape(target)}.baseline" name="${xmlEscape(`expired waiver ${w.check}${w.object !== undefined ? ` [${w.object}]` : ''}`)}">`,
      `      <failure type="expired-waiver" message="${xmlEscape(`Waiver by ${w.owner} expired on ${w.expires}`)}">${xmlEscape(w.reason)}</failure>`,
      '    </testcase>'
    );
  }
  const tests =
    report.findings.length + (report.gate.failOn === 'never' ? 0 : report.baseline.expired.length);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="db-posture" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    `  <testsuite name="${xmlEscape(`db-posture ${target}`)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" timestamp="${report.context.auditedAt.slice(0, 19)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n');
}
