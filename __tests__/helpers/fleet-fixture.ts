import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/core/finding.js';
import { toJsonReport, type JsonReport } from '../../src/report/json.js';
import type { LoadedReport } from '../../src/fleet/load.js';
import type { WaiverEntry } from '../../src/baseline/schema.js';
import { finding, reportOf } from './report-fixture.js';

export { finding };

/** The merge clock of the fleet tests: two hours after the fixtures' audit time (2026-11-24T12:00Z). */
export const MERGED_AT = new Date('2026-11-24T14:00:00.000Z');

/** One leg's JSON report: the pipeline's own report over the given findings, as a file would hold it. */
export function legReport(
  name: string,
  findings: Finding[],
  opts: {
    waivers?: WaiverEntry[];
    auditedAt?: string;
    failOn?: 'fail' | 'warn' | 'never';
    toolVersion?: string;
  } = {}
): JsonReport {
  const r = toJsonReport(
    reportOf(findings, opts.waivers ?? [], { target: name, ...(opts.failOn ? { failOn: opts.failOn } : {}) })
  );
  return {
    ...r,
    ...(opts.toolVersion ? { tool: { ...r.tool, version: opts.toolVersion } } : {}),
    context: { ...r.context, ...(opts.auditedAt ? { auditedAt: opts.auditedAt } : {}) }
  };
}

export function leg(
  name: string,
  findings: Finding[],
  opts: Parameters<typeof legReport>[2] = {}
): LoadedReport {
  return {
    source: `legs/${name}/security-audit-${name}-2026-11-24-1.json`,
    report: legReport(name, findings, opts)
  };
}

/** Writes a leg the way the action's artifact download lays it out: one directory per leg. */
export function writeLeg(dir: string, report: JsonReport, seq = 1): string {
  const legDir = path.join(dir, `db-posture-${report.target.name}`);
  mkdirSync(legDir, { recursive: true });
  const file = path.join(
    legDir,
    `security-audit-${report.target.name}-${report.context.auditedAt.slice(0, 10)}-${seq}.json`
  );
  writeFileSync(file, JSON.stringify(report));
  writeFileSync(file.replace(/\.json$/, '.md'), `# Security Audit Report — ${report.target.name}\n`);
  return file;
}
