import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jsonReportSchema, type JsonReport } from '../../src/report/json.js';
import { cli } from './cli-run.js';

export interface AuditWithReports {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The JSON report, validated against its schema, when the audit wrote one. */
  readonly report?: JsonReport;
  readonly md?: string;
}

/** Runs `db-posture audit` in-process into a fresh directory and reads the reports back. */
export async function auditWithReports(
  args: string[],
  env: Record<string, string> = {}
): Promise<AuditWithReports> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'db-posture-audit-'));
  const r = await cli(['audit', '--out', out, '--quiet', ...args], { env });
  const files = readdirSync(out);
  const json = files.find(f => f.endsWith('.json'));
  const md = files.find(f => f.endsWith('.md'));
  return {
    ...r,
    ...(json
      ? { report: jsonReportSchema.parse(JSON.parse(readFileSync(path.join(out, json), 'utf8'))) }
      : {}),
    ...(md ? { md: readFileSync(path.join(out, md), 'utf8') } : {})
  };
}

/** Each check's statuses in report order: what a scenario's `expected` map lists. */
export function statusesByCheck(report: JsonReport): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of report.findings) (out[f.checkId] ??= []).push(f.status);
  return out;
}
