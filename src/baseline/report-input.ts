import { z } from 'zod';
import { UsageError } from '../core/errors.js';
import { readInputFile } from '../core/input-file.js';
import { STATUSES, type Status } from '../core/status.js';
import { parseReport } from '../diff/report-input.js';
import { SCAN_TARGET, scanWaiverObject } from '../scan/baseline.js';

/** The part of a report that waivers are written from: its target and its findings' keys. */
export interface WaivableReport {
  readonly target: { readonly name: string };
  readonly findings: readonly {
    readonly checkId: string;
    readonly status: Status;
    readonly object?: string;
    readonly waiver?: { readonly state: 'active' | 'expired' };
  }[];
}

/** The part of a `db-posture scan --format json` report the baseline command reads. */
const scanReportSchema = z.object({
  tool: z.literal('db-posture'),
  scanned: z.array(z.object({ rel: z.string(), kind: z.string() })),
  findings: z.array(
    z.object({
      checkId: z.string().min(1),
      status: z.enum(STATUSES),
      key: z.string().min(1),
      waiver: z.object({ state: z.enum(['active', 'expired']) }).optional()
    })
  )
});

/**
 * Reads an audit report (schemaVersion 1) or a scan report (it lists `scanned` files). Scan findings
 * are waived under target `scan` by their stable key without the check id (`<file>|<object>`), the
 * object src/scan/baseline.ts matches: never a line number.
 */
export async function readWaivableReport(file: string, input: string): Promise<WaivableReport> {
  const source = (
    await readInputFile(file, input, 'a JSON report from db-posture audit or db-posture scan')
  ).toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    throw new UsageError(
      `${input} ${file} is not JSON: expected a JSON report from db-posture audit or db-posture scan.`
    );
  }
  const isScan = typeof data === 'object' && data !== null && !('schemaVersion' in data) && 'scanned' in data;
  if (!isScan) return parseReport(source, file, input);
  const parsed = scanReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : 'top level';
    // Read the value itself: zod's wording for a missing field differs between issue kinds.
    let value: unknown = data;
    for (const k of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[k];
    const problem = value === undefined ? 'is missing' : 'has the wrong type';
    throw new UsageError(
      `${input} ${file} is not a db-posture scan report (db-posture scan --format json): ${where} ${problem}.`
    );
  }
  const findings = parsed.data.findings.map(f => {
    const prefix = `${f.checkId}|`;
    if (!f.key.startsWith(prefix))
      throw new UsageError(
        `${input} ${file} is not a db-posture scan report: finding key ${JSON.stringify(f.key)} does not start with its check id ${f.checkId}.`
      );
    return {
      checkId: f.checkId,
      status: f.status,
      object: scanWaiverObject(f),
      ...(f.waiver ? { waiver: f.waiver } : {})
    };
  });
  return { target: { name: SCAN_TARGET }, findings };
}
