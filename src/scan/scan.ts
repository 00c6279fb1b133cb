import fs from 'node:fs';
import type { CheckContext } from '../core/check.js';
import { discover, type DiscoverOptions } from './discover.js';
import type { ScanFinding } from './finding.js';
import { judgeConfFile, type PgMajor } from './judge-conf.js';
import { judgeHbaFile } from './judge-hba.js';

export interface ScanOptions extends DiscoverOptions {
  readonly root: string;
  readonly paths: readonly string[];
  readonly pgVersion: PgMajor;
  readonly ctx: CheckContext;
}

export interface ScanReport {
  readonly findings: ScanFinding[];
  readonly scanned: { rel: string; kind: string }[];
  readonly skipped: { rel: string; reason: string }[];
}

/** Finds the files it understands and judges each one whole (first match needs the whole file). */
export function scan(opts: ScanOptions): ScanReport {
  const found = discover(opts.root, opts.paths, opts);
  const findings: ScanFinding[] = [];
  const scanned: ScanReport['scanned'] = [];
  const skipped = [...found.skipped];
  for (const c of found.files) {
    const bytes = fs.readFileSync(c.abs);
    if (bytes.includes(0)) {
      skipped.push({ rel: c.rel, reason: 'binary (contains NUL bytes)' });
      continue;
    }
    const text = bytes.toString('utf8');
    scanned.push({ rel: c.rel, kind: c.kind });
    if (c.kind === 'pg_hba') findings.push(...judgeHbaFile(text, c.rel, opts.ctx));
    else findings.push(...judgeConfFile(text, c.rel, opts.pgVersion, opts.ctx));
  }
  return { findings, scanned, skipped };
}
