import { createHash } from 'node:crypto';
import type { Status } from '../core/status.js';
import { codeSpan, plural, tableCell } from '../core/text.js';
import { TOOL } from '../core/version.js';
import type { WaiverEntry } from '../baseline/schema.js';
import { waiverLine } from '../report/markdown.js';
import type { ScanFinding } from './finding.js';
import type { ScanReport } from './scan.js';

const ORDER: Status[] = ['FAIL', 'WARN', 'UNKNOWN', 'INFO', 'PASS', 'N/A'];
const byStatus = (a: { status: Status }, b: { status: Status }) =>
  ORDER.indexOf(a.status) - ORDER.indexOf(b.status);

/** File paths are repository paths the pull request author controls: link text is a code span. */
function link(file: string, line: number): string {
  const href = file
    .split('/')
    .map(s => encodeURIComponent(s))
    .join('/');
  return `[${codeSpan(`${file}:${line}`)}](${href}#L${line})`;
}

/** The status cell: a waived finding says so, an expired waiver too (its finding counts again). */
function statusCell(f: ScanFinding): string {
  if (f.waiver?.state === 'active') return `${f.status} (waived until ${f.waiver.expires})`;
  if (f.waiver?.state === 'expired') return `${f.status} (waiver expired ${f.waiver.expires})`;
  return f.status;
}

/** Expired, soon-expiring and stale scan waivers, as the audit report lists them. */
function baselineSection(r: ScanReport): string[] {
  const b = r.baseline;
  if (!b || !(b.expired.length || b.expiringSoon.length || b.stale.length)) return [];
  const lines = ['### Baseline', ''];
  if (b.file) lines.push(`Baseline file: ${codeSpan(b.file)}`, '');
  const list = (ws: readonly WaiverEntry[]) => [...ws.map(waiverLine), ''];
  if (b.expired.length)
    lines.push(
      `**Expired waivers** (${b.expired.length}; no longer waive, the findings count again):`,
      '',
      ...list(b.expired)
    );
  if (b.expiringSoon.length)
    lines.push(
      `**Waivers expiring within 14 days** (${b.expiringSoon.length}):`,
      '',
      ...list(b.expiringSoon)
    );
  if (b.stale.length)
    lines.push(`**Stale waivers** (${b.stale.length}; match no finding, remove them):`, '', ...list(b.stale));
  return lines;
}

export function renderScanMarkdown(r: ScanReport): string {
  const counts = ORDER.map(s => [s, r.findings.filter(f => f.status === s).length] as const).filter(
    ([, n]) => n > 0
  );
  const lines = [
    '## Configuration scan',
    '',
    `${plural(r.scanned.length, 'file')} scanned, ${r.skipped.length} skipped. ${counts.map(([s, n]) => `${n} ${s}`).join(', ') || 'No findings'}.`,
    ''
  ];
  if (r.findings.length) {
    lines.push('| Status | Check | Where | Detail |', '|---|---|---|---|');
    for (const f of [...r.findings].sort(byStatus)) {
      lines.push(
        `| ${statusCell(f)} | ${f.checkId} | ${link(f.file, f.line)} | ${tableCell(f.detail.markdown)} |`
      );
    }
    lines.push('');
  }
  if (r.skipped.length) {
    lines.push('Skipped:', '');
    for (const s of r.skipped) lines.push(`- ${codeSpan(s.rel)}: ${s.reason}`);
    lines.push('');
  }
  lines.push(...baselineSection(r));
  return lines.join('\n');
}

export function renderScanJson(r: ScanReport): string {
  return `${JSON.stringify(
    {
      tool: TOOL.name,
      version: TOOL.version,
      scanned: r.scanned,
      skipped: r.skipped,
      findings: r.findings.map(f => ({
        checkId: f.checkId,
        status: f.status,
        rawStatus: f.rawStatus,
        file: f.file,
        line: f.line,
        column: f.column,
        key: f.key,
        ...(f.object !== undefined ? { object: f.object } : {}),
        detail: f.detail.text,
        ...(f.annotation ? { annotation: f.annotation } : {}),
        ...(f.waiver
          ? {
              waiver: {
                state: f.waiver.state,
                reason: f.waiver.reason,
                owner: f.waiver.owner,
                expires: f.waiver.expires
              }
            }
          : {})
      })),
      ...(r.baseline
        ? {
            baseline: {
              ...(r.baseline.file !== undefined ? { file: r.baseline.file } : {}),
              expired: r.baseline.expired,
              expiringSoon: r.baseline.expiringSoon,
              stale: r.baseline.stale
            }
          }
        : {})
    },
    null,
    2
  )}\n`;
}

const LEVEL: Partial<Record<Status, 'error' | 'warning' | 'note'>> = {
  FAIL: 'error',
  WARN: 'warning',
  UNKNOWN: 'note',
  INFO: 'note'
};

/** SARIF 2.1.0 with a physical location on the real line, so code scanning marks the line itself. */
export function renderScanSarif(r: ScanReport): string {
  const results = r.findings.filter(f => LEVEL[f.status]);
  const ruleIds = [...new Set(results.map(f => f.checkId))].sort();
  const rules = ruleIds.map(id => {
    const f = results.find(x => x.checkId === id)!;
    return {
      id,
      name: f.title,
      shortDescription: { text: f.title },
      help: { text: `${f.remediation.text} ${f.remediation.link}` },
      helpUri: f.remediation.link
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL.name, version: TOOL.version, informationUri: TOOL.url, rules } },
        results: results.map(f => ({
          ruleId: f.checkId,
          ruleIndex: ruleIds.indexOf(f.checkId),
          level: LEVEL[f.status],
          message: { text: `${f.status}: ${f.detail.text}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file },
                region: { startLine: f.line, startColumn: f.column }
              }
            }
          ],
          // The waiver key, never the line: the alert follows the rule when lines move.
          partialFingerprints: { 'dbPosture/v1': createHash('sha256').update(f.key).digest('hex') },
          // A baseline waiver (the action applies it): code scanning shows the alert as dismissed.
          ...(f.waiver?.state === 'active'
            ? {
                suppressions: [
                  {
                    kind: 'external',
                    justification: `${f.waiver.reason} (${f.waiver.owner}, until ${f.waiver.expires})`
                  }
                ]
              }
            : {})
        }))
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
