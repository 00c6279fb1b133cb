import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { UsageError, EXIT } from '../core/errors.js';
import { plural } from '../core/text.js';
import { loadBaselineDocument } from '../baseline/load.js';
import { STUB_DAYS, updateBaseline, type BaselineUpdateChange } from '../baseline/update.js';
import { findingKey } from '../diff/identity.js';
import { readWaivableReport } from '../baseline/report-input.js';
import { checkCatalogue } from '../engines/index.js';
import { checkNewOutputFile } from '../report/out-path.js';
import type { CliIo } from './audit-command.js';

/** An update keeps a file the audit would refuse for a far expiry: the audit still says so. */
const UPDATE_HORIZON_DAYS = 1_000_000;

/**
 * `--out` must name a new file in an existing, writable directory: a baseline holds reviewed waivers
 * and attestations, and regenerating it would silently drop them. Checked before the report is read.
 */
function checkNewBaselineFile(out: string): void {
  if (existsSync(out))
    throw new UsageError(
      `Invalid --out ${JSON.stringify(out)}: the file exists and is never overwritten (it may hold reviewed entries); use --update ${out} to merge the report into it.`
    );
  checkNewOutputFile(out, '--out');
}

function describeChange(c: BaselineUpdateChange): string {
  const what = `${c.check}${c.object !== undefined ? ` (${JSON.stringify(c.object)})` : ''} on ${c.target}`;
  const line = c.line !== undefined ? ` (line ${c.line})` : '';
  switch (c.kind) {
    case 'added':
      return `added a waiver stub for ${what}: fill in reason and owner`;
    case 'pruned':
      return `removed the waiver for ${what}${line}: it matches no WARN/FAIL finding`;
    case 'kept-wildcard':
      return `kept the waiver for ${what}${line}: it matches nothing here, but target "*" may still apply elsewhere`;
    case 'expired':
      return `the waiver for ${what}${line} has expired: renew or remove it (not changed)`;
  }
}

/** Writes beside the file and renames it over, so that a crash never leaves half a baseline. */
async function replaceFile(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new UsageError(
      `--update ${file} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).`
    );
  }
}

/**
 * `db-posture baseline --from <report.json>`: one waiver per unwaived FAIL, with reason and owner
 * left empty so that the file fails validation until a person fills them in. `--update <file>`
 * merges into an existing baseline instead (and `--prune` removes this target's stale waivers).
 */
export async function baselineCommand(
  flags: Record<string, string | boolean | undefined>,
  io: CliIo
): Promise<number> {
  const from = flags.from as string | undefined;
  const out = flags.out as string | undefined;
  const update = flags.update as string | undefined;
  if (!from)
    throw new UsageError(
      'db-posture baseline needs --from <report.json> (a JSON report from db-posture audit or db-posture scan --format json).'
    );
  if (out !== undefined && update !== undefined)
    throw new UsageError('Give --out <new file> or --update <existing file>, not both.');
  if (flags.prune && update === undefined)
    throw new UsageError('--prune needs --update <existing baseline>: it removes waivers from that file.');
  if (out !== undefined) checkNewBaselineFile(out);
  const now = io.now?.() ?? new Date();

  if (update !== undefined) {
    const loaded = await loadBaselineDocument(update, '--update', {
      ...checkCatalogue(),
      now,
      maxHorizonDays: UPDATE_HORIZON_DAYS
    });
    const report = await readWaivableReport(from, '--from');
    const result = updateBaseline(loaded, report, { now, prune: Boolean(flags.prune) });
    const changed = result.changes.some(c => c.kind === 'added' || c.kind === 'pruned');
    if (changed) await replaceFile(update, result.text);
    for (const c of result.changes) io.stdout.write(`${describeChange(c)}\n`);
    io.stdout.write(changed ? `updated ${update}\n` : `${update} unchanged\n`);
    return EXIT.OK;
  }

  const report = await readWaivableReport(from, '--from');
  const expires = new Date(now.getTime() + STUB_DAYS * 86400000).toISOString().slice(0, 10);
  const seen = new Set<string>();
  const waivers = [];
  for (const f of report.findings) {
    if (f.status !== 'FAIL' || f.waiver?.state === 'active') continue;
    const key = findingKey(f.checkId, f.object);
    if (seen.has(key)) continue;
    seen.add(key);
    waivers.push({
      check: f.checkId,
      target: report.target.name,
      ...(f.object !== undefined ? { object: f.object } : {}),
      reason: '',
      owner: '',
      expires
    });
  }
  const header = `# Generated by db-posture baseline from ${from} on ${now.toISOString().slice(0, 10)}.\n# Fill in reason and owner for each waiver (the file is rejected while they are empty),\n# shorten expires where you can, and have the waivers reviewed (CODEOWNERS).\n`;
  const yaml = header + stringify({ version: 1, waivers, attestations: [] }, { lineWidth: 0 });
  if (out !== undefined) {
    try {
      await writeFile(out, yaml, { flag: 'wx' });
    } catch (error) {
      throw new UsageError(
        `--out ${out} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).`
      );
    }
    io.stdout.write(`wrote ${plural(waivers.length, 'waiver')} to ${out}\n`);
  } else io.stdout.write(yaml);
  return EXIT.OK;
}
