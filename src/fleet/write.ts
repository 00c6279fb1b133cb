import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckMeta } from '../core/check.js';
import type { Redactor } from '../core/redact.js';
import type { LoadedReport } from './load.js';
import { renderFleetMarkdown } from './markdown.js';
import { renderFleetSarif } from './sarif.js';
import type { FleetReport } from './schema.js';

export const FLEET_FORMATS = ['markdown', 'json', 'sarif'] as const;
export type FleetFormat = (typeof FLEET_FORMATS)[number];
const EXTENSION: Record<FleetFormat, string> = { markdown: 'md', json: 'json', sarif: 'sarif' };

export type WrittenFleet = Partial<Record<FleetFormat, { readonly file: string; readonly content: string }>>;

export function renderFleetJson(report: FleetReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Writes `<dir>/fleet-report-<YYYY-MM-DD>.<ext>` for each format (scrubbed of any registered
 * secret). A fleet report of the same day is replaced: it is a view of the legs, not a record.
 */
export async function writeFleetReports(
  report: FleetReport,
  kept: readonly LoadedReport[],
  formats: readonly FleetFormat[],
  dir: string,
  redactor: Redactor,
  describe: (checkId: string) => CheckMeta | undefined
): Promise<WrittenFleet> {
  await mkdir(dir, { recursive: true });
  const render: Record<FleetFormat, () => string> = {
    markdown: () => renderFleetMarkdown(report, { describe }),
    json: () => renderFleetJson(report),
    sarif: () => renderFleetSarif(kept, { describe })
  };
  const out: WrittenFleet = {};
  for (const format of FLEET_FORMATS.filter(f => formats.includes(f))) {
    const file = path.join(dir, `fleet-report-${report.generatedAt.slice(0, 10)}.${EXTENSION[format]}`);
    const content = redactor.scrub(render[format]());
    await writeFile(file, content);
    out[format] = { file, content };
  }
  return out;
}
