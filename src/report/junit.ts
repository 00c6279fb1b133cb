import type { AuditReport } from '../pipeline/report.js';
import type { Finding } from '../core/finding.js';
import { blocksReportGate } from '../core/gate.js';
import { DIMENSIONS } from '../core/check.js';
import { policyText } from '../core/policy-annotation.js';
import { checkIn } from '../core/report-check.js';

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

/** Seconds with 3 decimals from whole milliseconds (viewers such as dorny show "NaNms" without one). */
const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * Whole milliseconds per finding: each check's measured evaluation time, rounded once, shared
 * among its findings (one evaluation produced them all; the first ones take the remainder), so a
 * suite's time is exactly the sum of its cases and the check's total is kept. 0 without timing.
 */
function caseMillis(report: AuditReport): Map<Finding, number> {
  const out = new Map<Finding, number>();
  const checkMs = report.timing?.checkMs;
  const byCheck = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byCheck.get(f.checkId);
    if (list) list.push(f);
    else byCheck.set(f.checkId, [f]);
  }
  for (const [id, list] of byCheck) {
    const measured = checkMs?.get(id);
    const total = measured !== undefined && Number.isFinite(measured) ? Math.max(0, Math.round(measured)) : 0;
    const each = Math.floor(total / list.length);
    const rest = total - each * list.length;
    list.forEach((f, i) => out.set(f, each + (i < rest ? 1 : 0)));
  }
  return out;
}

/**
 * JUnit XML for CI systems that show test reports (GitLab, Jenkins, dorny/test-reporter): one test
 * suite per dimension (and one for the baseline's expired waivers), one test case per finding. A
 * finding that blocks the gate is a failure, N/A and UNKNOWN are skipped (with the reason),
 * everything else passes with its detail in system-out. Expired waivers are failures of their own,
 * so the JUnit view and the exit code agree. Every test case has a unique classname + name (two
 * findings of one check on the same object get `#2`, `#3`), so viewers never merge them. Times are
 * the measured check evaluations (caseMillis); the test suites' total adds the fact collection.
 */
export function renderJunit(report: AuditReport): string {
  const target = report.target.name;
  interface Suite {
    readonly name: string;
    readonly cases: string[];
    ms: number;
    tests: number;
    failures: number;
    skipped: number;
  }
  const suites = new Map<string, Suite>();
  const suite = (name: string) => {
    let s = suites.get(name);
    if (!s) suites.set(name, (s = { name, cases: [], ms: 0, tests: 0, failures: 0, skipped: 0 }));
    return s;
  };
  const seen = new Map<string, number>();
  const millis = caseMillis(report);
  const open = (classname: string, base: string, ms = 0) => {
    const id = `${classname}\u0000${base}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    const name = n === 1 ? base : `${base} #${n}`;
    return `    <testcase classname="${xmlEscape(classname)}" name="${xmlEscape(name)}" time="${seconds(ms)}">`;
  };
  // Report order; a dimension this build does not know (a merged report) goes last, never lost.
  const known = new Set<string>(DIMENSIONS);
  const order = [...DIMENSIONS, ...new Set(report.findings.map(f => f.dimension).filter(d => !known.has(d)))];
  for (const dimension of order) {
    for (const f of report.findings) {
      if (f.dimension !== dimension) continue;
      const s = suite(dimension);
      s.tests++;
      const ms = millis.get(f) ?? 0;
      s.ms += ms;
      const tag = open(
        `db-posture.${target}.${f.checkId}`,
        f.object !== undefined ? `${f.checkId} [${f.object}]` : f.checkId,
        ms
      );
      const notes = [
        ...(f.policy ?? []).map(p => `Policy: ${policyText(p)}.`),
        ...(f.annotation ? [f.annotation] : [])
      ];
      const detail = `[${f.status}] ${f.title}: ${f.detail.text}${notes.length ? `\n${notes.join('\n')}` : ''}`;
      if (blocksReportGate(report, f) || f.incomplete) {
        s.failures++;
        const expired =
          f.waiver?.state === 'expired' ? ` (waiver by ${f.waiver.owner} expired ${f.waiver.expires})` : '';
        // The fix, the risk and what to verify by hand, from the report's entry for the check.
        const check = checkIn(report.checks, f.checkId);
        const body = [
          detail,
          `Remediation: ${f.remediation.text} ${f.remediation.link}`,
          ...(check?.rationale ? [`Why: ${check.rationale}`] : []),
          ...(check?.verify ? [`Verify by hand: ${check.verify}`] : [])
        ].join('\n');
        s.cases.push(
          tag,
          `      <failure type="${f.status}" message="${xmlEscape(`${f.title}${expired}`)}">${xmlEscape(body)}</failure>`,
          '    </testcase>'
        );
      } else if (f.status === 'N/A' || f.status === 'UNKNOWN') {
        s.skipped++;
        s.cases.push(tag, `      <skipped message="${xmlEscape(detail)}"/>`, '    </testcase>');
      } else {
        const waived =
          f.waiver?.state === 'active'
            ? `\nWaived by ${f.waiver.owner} until ${f.waiver.expires}: ${f.waiver.reason}`
            : '';
        s.cases.push(tag, `      <system-out>${xmlEscape(detail + waived)}</system-out>`, '    </testcase>');
      }
    }
  }
  if (report.gate.failOn !== 'never') {
    for (const w of report.baseline.expired) {
      const s = suite('Baseline');
      s.tests++;
      s.failures++;
      s.cases.push(
        open(
          `db-posture.${target}.baseline`,
          `expired waiver ${w.check}${w.object !== undefined ? ` [${w.object}]` : ''}`
        ),
        `      <failure type="expired-waiver" message="${xmlEscape(`Waiver by ${w.owner} expired on ${w.expires}`)}">${xmlEscape(w.reason)}</failure>`,
        '    </testcase>'
      );
    }
  }
  const all = [...suites.values()];
  const sum = (k: 'tests' | 'failures' | 'skipped') => all.reduce((n, s) => n + s[k], 0);
  const stamp = report.context.auditedAt.slice(0, 19);
  // The whole run: collection plus every check's unrounded time (sub-millisecond checks add up).
  const finite = (ms: number | undefined) => (ms !== undefined && Number.isFinite(ms) ? Math.max(0, ms) : 0);
  const totalMs = report.timing
    ? Math.round(
        finite(report.timing.collectMs) +
          [...report.timing.checkMs.values()].reduce((n, ms) => n + finite(ms), 0)
      )
    : 0;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="db-posture" tests="${sum('tests')}" failures="${sum('failures')}" errors="0" skipped="${sum('skipped')}" time="${seconds(totalMs)}">`,
    ...all.flatMap(s => [
      `  <testsuite name="${xmlEscape(`db-posture ${target} · ${s.name}`)}" tests="${s.tests}" failures="${s.failures}" errors="0" skipped="${s.skipped}" time="${seconds(s.ms)}" timestamp="${stamp}">`,
      ...s.cases,
      '  </testsuite>'
    ]),
    '</testsuites>',
    ''
  ].join('\n');
}
