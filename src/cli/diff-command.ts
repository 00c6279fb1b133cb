import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXIT, UsageError } from '../core/errors.js';
import { diffReports } from '../diff/diff.js';
import { renderJsonDiff } from '../diff/json.js';
import { renderMarkdownDiff } from '../diff/markdown.js';
import { readReportFile } from '../diff/report-input.js';
import { parseFlags } from './args.js';
import type { CliIo } from './audit-command.js';
import { HELP } from './help.js';

const DIFF_FLAGS = {
  base: { type: 'string' },
  head: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const;

const FORMATS = { markdown: 'md', json: 'json' } as const;
type DiffFormat = keyof typeof FORMATS;

/** `--format markdown,json`: a non-empty list of known formats, each once. */
export function parseDiffFormats(value: string | undefined): DiffFormat[] {
  if (value === undefined) return ['markdown'];
  const items = value.split(',').map(s => s.trim());
  const bad = items.find(s => !(s in FORMATS));
  if (items.every(s => s === '') || bad !== undefined)
    throw new UsageError(
      `--format ${JSON.stringify(value)}: expected a comma list of markdown, json${bad ? ` (not ${JSON.stringify(bad)})` : ''}.`
    );
  return [...new Set(items as DiffFormat[])];
}

/** Checks --out before any report is read, so that a bad path costs nothing. */
async function checkOutDir(out: string): Promise<void> {
  const found = await stat(out).then(
    st => ({ isDirectory: st.isDirectory(), code: undefined }),
    (e: NodeJS.ErrnoException) => ({ isDirectory: false, code: e.code ?? 'error' })
  );
  if (found.code === 'ENOENT' || found.isDirectory) return;
  throw new UsageError(
    found.code
      ? `--out ${out} cannot be used (${found.code}): expected a directory.`
      : `--out ${out} is a file: expected a directory for the diff files.`
  );
}

/**
 * `db-posture diff --base <report.json> --head <report.json>`: what changed between two audits of
 * one target. Information only: it exits 0 whatever changed (the gate belongs to `audit`).
 */
export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, DIFF_FLAGS, 'diff');
  if (flags.help) {
    io.stdout.write(HELP);
    return EXIT.OK;
  }
  const base = flags.base as string | undefined;
  const head = flags.head as string | undefined;
  if (!base || !head)
    throw new UsageError(
      `db-posture diff needs --base <report.json> and --head <report.json> (JSON reports of two audits of one target); missing ${!base ? '--base' : '--head'}.`
    );
  const formats = parseDiffFormats(flags.format as string | undefined);
  const out = flags.out as string | undefined;
  if (!out && formats.length > 1)
    throw new UsageError(
      `--format ${formats.join(',')} without --out: give --out <dir> for several formats, or one format for stdout.`
    );
  if (out) await checkOutDir(out);
  const diff = diffReports(await readReportFile(base, '--base'), await readReportFile(head, '--head'), {
    base,
    head
  });
  const render = { markdown: () => renderMarkdownDiff(diff), json: () => renderJsonDiff(diff) };
  if (!out) {
    io.stdout.write(render[formats[0]]());
    return EXIT.OK;
  }
  await mkdir(out, { recursive: true });
  const stem = `diff-${diff.target.name.replace(/[^A-Za-z0-9._-]/g, '_')}-${diff.base.auditedAt.slice(0, 10)}-to-${diff.head.auditedAt.slice(0, 10)}`;
  for (const f of formats) {
    const file = path.join(out, `${stem}.${FORMATS[f]}`);
    try {
      await writeFile(file, render[f](), { flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === 'EEXIST'
          ? `--out ${out}: ${file} exists; the diff never overwrites a file (remove it or choose another --out).`
          : `--out ${out}: ${file} cannot be written (${code}).`
      );
    }
    io.stdout.write(`wrote ${file}\n`);
  }
  return EXIT.OK;
}
