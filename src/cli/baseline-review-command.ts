import { EXIT, UsageError } from '../core/errors.js';
import type { Compliance } from '../core/check.js';
import { loadBaselineDocument } from '../baseline/load.js';
import { reviewBaseline } from '../baseline/review.js';
import { renderBaselineReview } from '../baseline/review-markdown.js';
import { readReportFile } from '../diff/report-input.js';
import { checkCatalogue, describeCheck } from '../engines/index.js';
import { COMPLIANCE_LOCKS } from '../policy/families.js';
import { parseFlags } from './args.js';
import type { CliIo } from './audit-command.js';
import { HELP } from './help.js';

const REVIEW_FLAGS = {
  base: { type: 'string' },
  head: { type: 'string' },
  report: { type: 'string' },
  compliance: { type: 'string' },
  'max-waiver-days': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const;

/** A review reads a file the audit would refuse for a far expiry, to flag it instead. */
const REVIEW_HORIZON_DAYS = 1_000_000;

export function parseCompliance(value: string | undefined): Compliance[] {
  if (value === undefined || value === '') return [];
  const known = Object.keys(COMPLIANCE_LOCKS);
  const items = value.split(',').map(s => s.trim());
  const bad = items.find(s => !known.includes(s));
  if (bad !== undefined)
    throw new UsageError(
      `--compliance ${JSON.stringify(value)}: ${JSON.stringify(bad)} is not one of ${known.join(', ')}.`
    );
  return [...new Set(items as Compliance[])];
}

export function parseMaxWaiverDays(value: string | undefined): number {
  if (value === undefined) return 365;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 3650)
    throw new UsageError(
      `--max-waiver-days ${JSON.stringify(value)}: expected a whole number of days from 1 to 3650.`
    );
  return n;
}

/**
 * `db-posture baseline review --base <old.yml> --head <new.yml> [--report r.json]`: the waivers and
 * attestations a change adds, removes and changes, with what a reviewer must look at. Exit 0: the
 * review informs; the audit enforces.
 */
export async function baselineReviewCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, REVIEW_FLAGS, 'baseline review');
  if (flags.help) {
    io.stdout.write(HELP);
    return EXIT.OK;
  }
  const head = flags.head as string | undefined;
  if (!head)
    throw new UsageError(
      'db-posture baseline review needs --head <new.yml> (and --base <old.yml> unless the file is new).'
    );
  const format = (flags.format as string | undefined) ?? 'markdown';
  if (format !== 'markdown' && format !== 'json')
    throw new UsageError(`--format ${JSON.stringify(format)}: expected markdown or json.`);
  const maxWaiverDays = parseMaxWaiverDays(flags['max-waiver-days'] as string | undefined);
  const now = io.now?.() ?? new Date();
  const opts = { ...checkCatalogue(), now, maxHorizonDays: REVIEW_HORIZON_DAYS };
  const base = flags.base ? await loadBaselineDocument(flags.base as string, '--base', opts) : undefined;
  const headDoc = await loadBaselineDocument(head, '--head', opts);
  const report = flags.report ? await readReportFile(flags.report as string, '--report') : undefined;
  const compliance =
    flags.compliance !== undefined
      ? parseCompliance(flags.compliance as string)
      : parseCompliance(report?.context.compliance?.join(','));
  const review = reviewBaseline(base, headDoc, {
    now,
    maxWaiverDays,
    compliance,
    familyOf: id => describeCheck(id)?.family,
    ...(report ? { report } : {})
  });
  io.stdout.write(format === 'json' ? `${JSON.stringify(review, null, 2)}\n` : renderBaselineReview(review));
  return EXIT.OK;
}
