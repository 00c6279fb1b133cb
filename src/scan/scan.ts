import fs from 'node:fs';
import path from 'node:path';
import type { BaselineOutcome } from '../baseline/apply.js';
import type { CheckContext } from '../core/check.js';
import { isOn } from '../engines/postgres/settings.js';
import { discover, type DiscoverOptions } from './discover.js';
import type { ScanFinding } from './finding.js';
import { effectiveSetting, judgeConfFiles, type PgMajor } from './judge-conf.js';
import { judgeHbaFile } from './judge-hba.js';
import { judgeTerraform, type TfSource } from './terraform/index.js';
import { hclParser } from './terraform/hcl.js';
import { loadPgParser } from './sql/pg-parser.js';
import { IncludeResolver } from './includes.js';
import { judgeSqlFile, type SqlScanOptions } from './sql/sql-file.js';

export interface ScanOptions extends DiscoverOptions {
  readonly root: string;
  readonly paths: readonly string[];
  readonly pgVersion: PgMajor;
  readonly ctx: CheckContext;
  /** --engine: the SQL dialect of every .sql file (else detected per file). */
  readonly engine?: SqlScanOptions['engine'];
}

export interface ScanReport {
  readonly findings: ScanFinding[];
  readonly scanned: { rel: string; kind: string }[];
  readonly skipped: { rel: string; reason: string }[];
  /** What became of the baseline's scan waivers, when a baseline was applied. */
  readonly baseline?: BaselineOutcome;
}

/** Finds the files it understands and judges each one whole (first match needs the whole file). */
export async function scan(opts: ScanOptions): Promise<ScanReport> {
  const found = discover(opts.root, opts.paths, opts);
  // The PostgreSQL parser is wasm: compiled once, and only when there is SQL to judge.
  if (found.files.some(c => c.kind === 'sql')) await loadPgParser();
  // The Terraform parser is Go compiled to wasm (tens of MB): its compilation starts now, on V8's
  // background threads, so that it overlaps the SQL files judged below instead of following them.
  // A failure to load is reported where the files are parsed (judgeTerraform); here it is dropped.
  if (found.files.some(c => c.kind === 'terraform' && c.rel.endsWith('.tf')))
    hclParser().catch(() => undefined);
  const findings: ScanFinding[] = [];
  const scanned: ScanReport['scanned'] = [];
  const skipped = [...found.skipped];
  const hba: { text: string; file: string }[] = [];
  const tf: Record<'terraform' | 'terraform_plan', TfSource[]> = { terraform: [], terraform_plan: [] };
  // postgresql.conf and postgresql.auto.conf of one directory configure one server: judged together.
  const confByDir = new Map<string, { text: string; file: string }[]>();
  for (const c of found.files) {
    const bytes = fs.readFileSync(c.abs);
    if (bytes.includes(0)) {
      skipped.push({ rel: c.rel, reason: 'binary (contains NUL bytes)' });
      continue;
    }
    const text = bytes.toString('utf8');
    scanned.push({ rel: c.rel, kind: c.kind });
    if (c.kind === 'pg_hba') hba.push({ text, file: c.rel });
    else if (c.kind === 'terraform' || c.kind === 'terraform_plan')
      tf[c.kind].push({ rel: c.rel, abs: c.abs, text });
    else if (c.kind === 'sql') findings.push(...judgeSqlFile(text, c.rel, opts.ctx, opts));
    else {
      const dir = path.posix.dirname(c.rel);
      const group = confByDir.get(dir) ?? [];
      group.push({ text, file: c.rel });
      confByDir.set(dir, group);
    }
  }
  for (const group of confByDir.values()) {
    // The server reads postgresql.conf first; postgresql.auto.conf (ALTER SYSTEM) overrides it.
    group.sort((a, b) => Number(a.file.endsWith('.auto.conf')) - Number(b.file.endsWith('.auto.conf')));
  }
  // pg_hba.conf knows includes from PostgreSQL 16 (before, an include line is an invalid record).
  const includes = new IncludeResolver(opts.root);
  const hbaIncludes = opts.pgVersion >= 16 ? includes : undefined;
  const byEntry: { entry: string; findings: ScanFinding[] }[] = [];
  for (const h of hba) {
    // With the server's postgresql.conf beside it, the scan knows whether hostssl rules can match.
    const conf = confByDir.get(path.posix.dirname(h.file));
    const ssl = conf ? effectiveSetting(conf, 'ssl', opts.pgVersion, includes) : undefined;
    byEntry.push({
      entry: h.file,
      findings: judgeHbaFile(h.text, h.file, opts.ctx, ssl === undefined ? undefined : isOn(ssl), hbaIncludes)
    });
  }
  for (const group of confByDir.values())
    byEntry.push({
      entry: group[0].file,
      findings: judgeConfFiles(group, opts.pgVersion, opts.ctx, includes)
    });
  // A file another scanned file includes is judged as part of it, not again on its own.
  for (const e of byEntry) if (!includes.included.has(e.entry)) findings.push(...e.findings);
  findings.push(...(await judgeTerraform(tf.terraform, tf.terraform_plan, opts.ctx)));
  return { findings, scanned, skipped };
}
