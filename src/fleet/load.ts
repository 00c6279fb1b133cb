import { mapBounded } from '../core/bounded.js';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { jsonReportSchema, type JsonReport } from '../report/json.js';
import { TOOL } from '../core/version.js';
import { fleetReportSchema, type FleetReport } from './schema.js';

/** A leg's report as merge reads it, with the file it came from. */
export interface LoadedReport {
  readonly source: string;
  readonly report: JsonReport;
}

/** The report schema versions this merge reads. */
export const READABLE_SCHEMA_VERSIONS = [1] as const;

/** Legs' JSON reports carry this file name (see writeReportFiles). */
const REPORT_FILE = /^security-audit-.+\.json$/;

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError(`${file}: cannot be read (${e.code ?? e.message}): expected ${what}.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError(`${file}: is not JSON: expected ${what}.`);
  }
}

/**
 * Validates one leg's report. A file from another schema version is refused by name rather than
 * read as if it were version 1: its fields may mean something else.
 */
export function parseReport(source: string, data: unknown): LoadedReport {
  const what = 'a JSON report written by db-posture audit';
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(`${source}: is not ${what}.`);
  }
  const obj = data as Record<string, unknown>;
  if (obj.kind === 'db-posture-fleet') {
    throw new UsageError(
      `${source}: is a fleet report, not a leg's report: pass a previous fleet report with --compare-to.`
    );
  }
  if (!('schemaVersion' in obj)) throw new UsageError(`${source}: has no schemaVersion: expected ${what}.`);
  if (!(READABLE_SCHEMA_VERSIONS as readonly unknown[]).includes(obj.schemaVersion)) {
    throw new UsageError(
      `${source}: schemaVersion ${JSON.stringify(obj.schemaVersion)} is not one this db-posture ${TOOL.version} reads (${READABLE_SCHEMA_VERSIONS.join(', ')}); merge with the db-posture version that wrote it or a newer one.`
    );
  }
  const parsed = jsonReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${source}: is not ${what} (schemaVersion 1): ${issue.path.join('.') || 'top level'}: ${issue.message}.`
    );
  }
  return { source, report: parsed.data };
}

/** Reads and validates the named report files (file descriptors stay bounded). */
export async function loadReports(files: readonly string[]): Promise<LoadedReport[]> {
  return mapBounded(files, 32, async file =>
    parseReport(file, await readJson(file, 'a JSON report written by db-posture audit'))
  );
}

/**
 * The legs' reports below a directory (downloaded artifacts nest one directory per leg):
 * `security-audit-*.json` files at any depth, in a stable order. Other files (markdown, SARIF,
 * the leg's own notes) are not reports and are left alone.
 */
export async function findReportFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError(`--from-dir ${dir}: cannot be read (${e.code ?? e.message}): expected a directory.`);
  }
  return entries
    .filter(e => e.isFile() && REPORT_FILE.test(e.name))
    .map(e => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

/** A previous fleet report for --compare-to. */
export async function loadFleetReport(file: string, flag = '--compare-to'): Promise<FleetReport> {
  const data = await readJson(file, 'a fleet JSON report written by db-posture merge');
  const parsed = fleetReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${flag} ${file}: is not a db-posture fleet report (schemaVersion 1): ${issue.path.join('.') || 'top level'}: ${issue.message}.`
    );
  }
  return parsed.data;
}
