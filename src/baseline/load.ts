import { readFile } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';
import { readInputFile } from '../core/input-file.js';
import { decodeBaseline, entryLine, parseBaselineDocument, type BaselineDocument } from './document.js';
import type { Attestation } from '../core/attestation.js';
import { baselineFileSchema } from './schema.js';
import type { Baseline } from './apply.js';
import type { AuditOptions } from '../core/options.js';

/** Where the baseline file is looked for when none is named. */
export const DEFAULT_BASELINE = '.github/db-posture-baseline.yml';

/** What the loader must know about the checks of this build. */
export interface CheckCatalogue {
  /** Every check id the product knows; a waiver for any other id is a usage error. */
  readonly knownCheckIds: ReadonlySet<string>;
  /** Checks that read an attestation; an attestation for any other check would be silently ignored. */
  readonly attestableCheckIds: ReadonlySet<string>;
}

export interface LoadBaselineOptions extends CheckCatalogue {
  readonly now: Date;
  /** Longest allowed distance between today and an expiry date. */
  readonly maxHorizonDays?: number;
  readonly failOnStale?: boolean;
}

/**
 * Reads and validates the baseline file before anything connects. Every problem is a UsageError
 * naming the file, the entry and the field.
 */
export function parseBaseline(source: string, file: string, opts: LoadBaselineOptions): Baseline {
  return validateBaseline(parseBaselineDocument(source, file), opts);
}

/** Validates a parsed baseline document (also used by the review and update commands). */
export function validateBaseline(bd: BaselineDocument, opts: LoadBaselineOptions): Baseline {
  const { doc, file } = bd;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 }) ?? {};
  } catch (error) {
    throw new UsageError(`Baseline file ${file} cannot be read as data: ${(error as Error).message}.`);
  }
  const parsed = baselineFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [section, index, field] = issue.path;
    const where =
      typeof index === 'number'
        ? `${String(section)}[${index}]${field !== undefined ? ` field "${String(field)}"` : ''}`
        : section !== undefined
          ? `field "${String(section)}"`
          : 'top level';
    let problem = issue.message;
    if (issue.code === 'unrecognized_keys')
      problem = `unknown key ${issue.keys.map(k => `"${k}"`).join(', ')}`;
    else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message))
      problem = 'is required';
    else if (issue.code === 'invalid_value' && 'values' in issue)
      problem =
        issue.values.length === 1
          ? `expected ${String(issue.values[0])}`
          : `expected one of ${(issue.values as unknown[]).join(', ')}`;
    else if (issue.code === 'too_small') problem = 'must not be empty';
    else problem = `expected ${issue.message}`;
    throw new UsageError(`Baseline file ${file}: ${where}: ${problem}.`);
  }
  const today = opts.now.toISOString().slice(0, 10);
  const horizonDays = opts.maxHorizonDays ?? 365;
  const horizon = new Date(opts.now.getTime() + horizonDays * 86400000).toISOString().slice(0, 10);
  const entries = [
    ...parsed.data.waivers.map((w, i) => ({ section: 'waivers', i, check: w.check, expires: w.expires })),
    ...parsed.data.attestations.map((a, i) => ({
      section: 'attestations',
      i,
      check: a.check,
      expires: a.expires
    }))
  ];
  for (const e of entries) {
    if (!opts.knownCheckIds.has(e.check)) {
      throw new UsageError(
        `Baseline file ${file}: ${e.section}[${e.i}] field "check": unknown check id "${e.check}".`
      );
    }
    if (e.section === 'attestations' && !opts.attestableCheckIds.has(e.check)) {
      throw new UsageError(
        `Baseline file ${file}: attestations[${e.i}] field "check": ${e.check} takes no attestation (it reads the server itself); attestable checks: ${[...opts.attestableCheckIds].sort().join(', ')}.`
      );
    }
    if (e.expires > horizon) {
      throw new UsageError(
        `Baseline file ${file}: ${e.section}[${e.i}] field "expires": ${e.expires} is more than ${horizonDays} days after ${today} (latest allowed ${horizon}).`
      );
    }
  }
  rejectDuplicates(
    bd,
    'waivers',
    parsed.data.waivers.map(w => [w.check, w.target, w.object]),
    'check, target and object'
  );
  rejectDuplicates(
    bd,
    'attestations',
    parsed.data.attestations.map(a => [a.check, a.target]),
    'check and target'
  );
  const attestations: Attestation[] = parsed.data.attestations.map(a => ({
    check: a.check,
    target: a.target,
    status: a.status,
    evidence: a.evidence,
    attestedBy: a['attested-by'],
    expires: a.expires
  }));
  // Each waiver keeps the line its entry starts on, so a waived SARIF result can point at it.
  const waivers = parsed.data.waivers.map((w, i) => {
    const line = entryLine(bd, 'waivers', i);
    return line !== undefined ? { ...w, line } : w;
  });
  return { file, waivers, attestations, failOnStale: opts.failOnStale ?? false };
}

/**
 * Two entries for the same finding (or the same attested check) would make the outcome depend on
 * their order, and a reviewer could approve one while the other applies: refuse them.
 */
function rejectDuplicates(
  bd: BaselineDocument,
  section: 'waivers' | 'attestations',
  keys: readonly (readonly (string | undefined)[])[],
  what: string
): void {
  const first = new Map<string, number>();
  keys.forEach((parts, i) => {
    const key = JSON.stringify(parts.map(p => p ?? null));
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, i);
      return;
    }
    const at = (n: number) => {
      const line = entryLine(bd, section, n);
      return `${section}[${n}]${line !== undefined ? ` (line ${line})` : ''}`;
    };
    const shown = parts.filter(p => p !== undefined).map(p => JSON.stringify(p));
    throw new UsageError(
      `Baseline file ${bd.file}: ${at(i)} field "check": the same ${what} (${shown.join(', ')}) as ${at(earlier)}; keep one entry per finding.`
    );
  });
}

/** Loads the baseline the audit options name (or the default one, when it exists). */
export function loadBaselineFor(
  options: Pick<AuditOptions, 'baseline' | 'baselineExplicit' | 'failOnStale' | 'maxWaiverDays'>,
  catalogue: CheckCatalogue,
  now: Date
): Promise<Baseline | undefined> {
  return loadBaseline(options.baseline ?? DEFAULT_BASELINE, options.baselineExplicit, {
    ...catalogue,
    now,
    failOnStale: options.failOnStale,
    maxHorizonDays: options.maxWaiverDays
  });
}

/**
 * Loads the baseline file. A missing file is fine when the path is the default one; when the user
 * named the file explicitly it is a usage error.
 */
export async function loadBaseline(
  file: string,
  explicit: boolean,
  opts: LoadBaselineOptions
): Promise<Baseline | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return undefined;
    throw new UsageError(
      `Baseline file ${file} cannot be read (${code ?? 'error'}): expected a readable YAML file${code === 'ENOENT' ? '; create it or omit --baseline' : ''}.`
    );
  }
  return parseBaseline(decodeBaseline(bytes, file), file, opts);
}

/** A baseline file read for review or update: its validated content and its YAML document. */
export interface LoadedBaselineDocument {
  readonly baseline: Baseline;
  readonly document: BaselineDocument;
}

/**
 * Reads and validates a baseline file and keeps its document (line numbers, comments, order).
 * `horizonDays` may be raised for a review, which flags a too-distant expiry instead of refusing it.
 */
export async function loadBaselineDocument(
  file: string,
  input: string,
  opts: LoadBaselineOptions
): Promise<LoadedBaselineDocument> {
  const bytes = await readInputFile(file, input, 'a db-posture baseline file (YAML)');
  const document = parseBaselineDocument(decodeBaseline(bytes, file), file);
  return { baseline: validateBaseline(document, opts), document };
}
