import { xmlEscape } from '../report/junit.js';
import type { ScanReport } from './scan.js';

/**
 * JUnit XML for test reporters: one test case per finding, named by check and place; an unwaived
 * FAIL is a failure, UNKNOWN and N/A are skipped, the rest pass (the WARN text stays in system-out).
 */
export function renderScanJunit(r: ScanReport): string {
  const cases = r.findings.map(f => {
    const name = xmlEscape(`${f.checkId} ${f.file}:${f.line}`);
    const body =
      f.status === 'FAIL' && !(f.waiver?.state === 'active')
        ? `<failure message="${xmlEscape(f.detail.text)}" type="FAIL"/>`
        : f.status === 'UNKNOWN' || f.status === 'N/A'
          ? `<skipped message="${xmlEscape(`${f.status}: ${f.detail.text}`)}"/>`
          : `<system-out>${xmlEscape(`${f.status}: ${f.detail.text}`)}</system-out>`;
    return `    <testcase classname="${xmlEscape(f.file)}" name="${name}">${body}</testcase>`;
  });
  const failures = r.findings.filter(f => f.status === 'FAIL' && !(f.waiver?.state === 'active')).length;
  const skipped = r.findings.filter(f => f.status === 'UNKNOWN' || f.status === 'N/A').length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="db-posture scan" tests="${r.findings.length}" failures="${failures}" skipped="${skipped}">`,
    `  <testsuite name="configuration scan" tests="${r.findings.length}" failures="${failures}" skipped="${skipped}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n');
}
