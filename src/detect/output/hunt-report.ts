import { createHash } from 'node:crypto';
import { z } from 'zod';
import { TOOL } from '../../core/version.js';
import { codeSpan, escapeStatic, plural } from '../../core/text.js';
import type { AuditEvent, MalformedLine } from '../event.js';
import type { Detection } from '../replay.js';
import { ruleProduct } from '../rules/load.js';
import type { RuleCoverage } from '../coverage.js';

const eventSchema = z
  .object({
    time: z.string(),
    file: z.string(),
    line: z.number().int(),
    format: z.string(),
    node: z.string().optional(),
    channel: z.string().optional(),
    eventType: z.string().optional(),
    user: z.string().optional(),
    sourceIp: z.string().optional(),
    statement: z.string().optional(),
    object: z.string().optional(),
    outcome: z.enum(['success', 'failure']).optional()
  })
  .strict();

/**
 * The hunt's JSON output, version 1: `schema/hunt.schema.json` is generated from this and a test
 * fails when the two drift.
 */
export const huntReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    tool: z.object({ name: z.literal('db-posture'), version: z.string() }).strict(),
    generatedAt: z.string(),
    window: z.object({ since: z.string().optional(), until: z.string().optional() }).strict(),
    input: z
      .object({
        files: z.array(z.object({ file: z.string(), format: z.string() }).strict()),
        events: z.number().int(),
        bytes: z.number().int(),
        malformedLines: z.number().int(),
        malformed: z.array(
          z.object({ file: z.string(), line: z.number().int(), reason: z.string() }).strict()
        )
      })
      .strict(),
    rules: z.number().int(),
    detections: z.array(
      z
        .object({
          ruleId: z.string(),
          title: z.string(),
          severity: z.enum(['informational', 'low', 'medium', 'high', 'critical']),
          product: z.string(),
          kind: z.enum(['detection', 'correlation']),
          tags: z.array(z.string()),
          time: z.string(),
          first: z.string(),
          group: z.record(z.string(), z.string()).optional(),
          eventCount: z.number().int(),
          events: z.array(eventSchema)
        })
        .strict()
    ),
    coverage: z
      .array(
        z
          .object({
            ruleId: z.string(),
            status: z.enum(['covered', 'blind', 'unverified', 'partial']),
            reasons: z.array(z.string())
          })
          .strict()
      )
      .optional()
  })
  .strict();
export type HuntReport = z.output<typeof huntReportSchema>;

export interface HuntInput {
  readonly files: { file: string; format: string }[];
  readonly events: number;
  readonly bytes: number;
  readonly malformedCount: number;
  readonly malformed: readonly MalformedLine[];
  readonly rules: number;
  readonly since?: number;
  readonly until?: number;
  readonly now: Date;
}

const iso = (t: number) => new Date(t).toISOString();

function eventJson(e: AuditEvent): z.output<typeof eventSchema> {
  const o: Record<string, unknown> = { time: iso(e.time), file: e.file, line: e.line, format: e.format };
  for (const k of [
    'node',
    'channel',
    'eventType',
    'user',
    'sourceIp',
    'statement',
    'object',
    'outcome'
  ] as const)
    if (e[k] !== undefined) o[k] = e[k];
  return o as z.output<typeof eventSchema>;
}

export function huntJson(
  detections: readonly Detection[],
  input: HuntInput,
  cov?: readonly RuleCoverage[]
): HuntReport {
  return {
    schemaVersion: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    generatedAt: input.now.toISOString(),
    window: {
      ...(input.since !== undefined ? { since: iso(input.since) } : {}),
      ...(input.until !== undefined ? { until: iso(input.until) } : {})
    },
    input: {
      files: input.files,
      events: input.events,
      bytes: input.bytes,
      malformedLines: input.malformedCount,
      malformed: input.malformed.map(m => ({ ...m }))
    },
    rules: input.rules,
    detections: detections.map(d => ({
      ruleId: d.rule.doc.id,
      title: d.rule.doc.title,
      severity: d.rule.doc.severity,
      product: ruleProduct(d.rule),
      kind: d.rule.kind,
      tags: d.rule.doc.tags ?? [],
      time: iso(d.time),
      first: iso(d.first),
      ...(d.group ? { group: { ...d.group } } : {}),
      eventCount: d.eventCount,
      events: d.events.map(eventJson)
    })),
    ...(cov
      ? { coverage: cov.map(c => ({ ruleId: c.rule.doc.id, status: c.status, reasons: c.reasons })) }
      : {})
  };
}

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'informational'];

function clip(s: string, n = 300): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** Markdown: a table of detections, then each with its evidence; every log value in a code span. */
export function huntMarkdown(report: HuntReport, coverageSection?: string): string {
  const out: string[] = ['# db-posture hunt', ''];
  const inp = report.input;
  out.push(
    `Replayed ${inp.events} events from ${inp.files.length} file${inp.files.length === 1 ? '' : 's'} (${(inp.bytes / 1e6).toFixed(1)} MB) through ${report.rules} rules: **${report.detections.length} detection${report.detections.length === 1 ? '' : 's'}**.`
  );
  if (report.window.since || report.window.until)
    out.push('', `Window: ${report.window.since ?? 'start'} to ${report.window.until ?? 'end'}.`);
  if (inp.malformedLines > 0) {
    out.push(
      '',
      `**${inp.malformedLines} malformed line${inp.malformedLines === 1 ? '' : 's'}** were skipped:`,
      ''
    );
    for (const m of inp.malformed.slice(0, 20))
      out.push(`- ${codeSpan(`${m.file}:${m.line}`)}: ${escapeStatic(m.reason)}`);
    if (inp.malformed.length > 20 || inp.malformedLines > inp.malformed.length)
      out.push(`- … and ${inp.malformedLines - Math.min(20, inp.malformed.length)} more`);
  }
  out.push('');
  if (coverageSection) out.push(coverageSection);
  if (report.detections.length === 0) {
    out.push('No rule fired.', '');
    return out.join('\n');
  }
  const sorted = [...report.detections].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || (a.time < b.time ? -1 : 1)
  );
  out.push('## Detections', '', '| Severity | Rule | Time (UTC) | Group | Events |', '|---|---|---|---|---|');
  for (const d of sorted) {
    const group = d.group
      ? Object.entries(d.group)
          .map(([k, v]) => `${escapeStatic(k)}=${codeSpan(v)}`)
          .join(' ')
      : '';
    out.push(
      `| ${d.severity} | ${codeSpan(d.ruleId)} ${escapeStatic(d.title).replace(/\|/g, '\\|')} | ${d.time} | ${group} | ${d.eventCount} |`
    );
  }
  out.push('', '## Evidence', '');
  sorted.forEach(d => {
    out.push(`### ${escapeStatic(d.title)} (${codeSpan(d.ruleId)}, ${d.severity})`, '');
    out.push(
      `${d.first === d.time ? d.time : `${d.first} to ${d.time}`}; ${d.eventCount} event${d.eventCount === 1 ? '' : 's'}${d.events.length < d.eventCount ? ` (the last ${d.events.length} shown)` : ''}.`,
      ''
    );
    for (const e of d.events) {
      const bits = [
        e.eventType && `event ${codeSpan(e.eventType)}`,
        e.user && `user ${codeSpan(e.user)}`,
        e.sourceIp && `from ${codeSpan(e.sourceIp)}`,
        e.object && `object ${codeSpan(e.object)}`,
        e.statement && `statement ${codeSpan(clip(e.statement))}`
      ].filter(Boolean);
      out.push(`- ${e.time} ${codeSpan(`${e.file}:${e.line}`)}: ${bits.join(', ')}`);
    }
    out.push('');
  });
  return out.join('\n');
}

const SARIF_LEVEL: Record<string, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  informational: 'note'
};
const SECURITY_SEVERITY: Record<string, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  informational: '1.0'
};

/** SARIF 2.1.0: one result per detection, located at the log line that completed it. */
export function huntSarif(
  report: HuntReport,
  rulesMeta: Map<string, { title: string; description?: string; file: string }>
): string {
  const ids = [...new Set(report.detections.map(d => d.ruleId))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL.name,
            version: TOOL.version,
            informationUri: TOOL.url,
            rules: ids.map(id => {
              const d = report.detections.find(x => x.ruleId === id)!;
              const meta = rulesMeta.get(id);
              return {
                id,
                name: id,
                shortDescription: { text: d.title },
                fullDescription: { text: meta?.description ?? d.title },
                defaultConfiguration: { level: SARIF_LEVEL[d.severity] },
                properties: {
                  tags: ['security', 'detection', ...d.tags],
                  'security-severity': SECURITY_SEVERITY[d.severity]
                }
              };
            })
          }
        },
        automationDetails: { id: 'db-posture/hunt/' },
        results: report.detections.slice(0, 5000).map(d => {
          const last = d.events[d.events.length - 1];
          const group = d.group
            ? ` (${Object.entries(d.group)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ')})`
            : '';
          return {
            ruleId: d.ruleId,
            ruleIndex: ids.indexOf(d.ruleId),
            level: SARIF_LEVEL[d.severity],
            message: {
              text: clip(`${d.title}${group}: ${plural(d.eventCount, 'event')} ${d.first} to ${d.time}`, 1000)
            },
            locations: last
              ? [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: last.file.split('\\').join('/') },
                      region: { startLine: last.line }
                    }
                  }
                ]
              : [],
            partialFingerprints: {
              detection: createHash('sha256')
                .update(`${d.ruleId}\u0000${JSON.stringify(d.group ?? {})}\u0000${d.time}`)
                .digest('hex')
            }
          };
        })
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
