import { z } from 'zod';
import { UsageError } from './errors.js';
import { FAIL_ON, GATE_MODES } from './gate.js';

export { FAIL_ON };

import {
  COMPLIANCE,
  DEPLOYMENT_VALUES,
  ENGINES as ENGINE_IDS,
  ENVIRONMENTS,
  FORMATS,
  SENSITIVITIES
} from './vocabulary.js';

export { COMPLIANCE, ENVIRONMENTS, FORMATS, SENSITIVITIES };
/** `--engine` accepts the engines and `auto` (detect from the target). */
export const ENGINES = ['auto', ...ENGINE_IDS] as const;
/** `--deployment` accepts the deployments and `auto` (from the host or the Cloud API). */
export const DEPLOYMENTS = ['auto', ...DEPLOYMENT_VALUES] as const;

/** A comma-separated list (flag or action input) or an array, trimmed, empties dropped. */
const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    v =>
      typeof v === 'string'
        ? v
            .split(',')
            .map(s => s.trim().toLowerCase())
            .filter(Boolean)
        : v,
    z.array(z.enum(values))
  );

/**
 * The one typed description of an audit, built by the CLI from flags and by the action from
 * inputs. Keys map to the flag and input names in `OPTION_SURFACES`.
 */
export const auditOptionsSchema = z
  .object({
    engine: z.enum(ENGINES).default('auto'),
    url: z.string().min(1).optional(),
    /** How the user gave the connection string, for messages: `--url`, `DB_POSTURE_URL`, `input connection-string`. */
    urlSource: z.string().min(1).optional(),
    deployment: z.enum(DEPLOYMENTS).default('auto'),
    environment: z.enum(ENVIRONMENTS).default('production'),
    compliance: csv(COMPLIANCE).default([]),
    dataSensitivity: z.enum(SENSITIVITIES).default('internal'),
    name: z
      .string()
      .regex(
        /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/,
        'letters, digits, ".", "_" or "-" (at most 63, starting alphanumeric)'
      )
      .optional(),
    baseline: z.string().min(1).optional(),
    /** True when the baseline path was given explicitly: then a missing file is an error. */
    baselineExplicit: z.boolean().default(false),
    formats: csv(FORMATS)
      .pipe(z.array(z.enum(FORMATS)).min(1))
      .default(['markdown', 'json']),
    outDir: z.string().min(1).default('reports'),
    failOn: z.enum(FAIL_ON).default('fail'),
    /** A reference JSON report (`--compare-to`): the Since section, change marks and `gate: new`. */
    compareTo: z.string().min(1).optional(),
    /** `new` (`--fail-on-new-only`): only findings new or worse than in the reference block. */
    gate: z.enum(GATE_MODES).default('all'),
    failOnStale: z
      .preprocess(
        v => (typeof v === 'string' ? v.trim().toLowerCase() : v),
        z.union([z.boolean(), z.enum(['true', 'false'])])
      )
      .default(false)
      .transform(v => v === true || v === 'true'),
    /** Longest a waiver or attestation may run, in days from today. */
    maxWaiverDays: z.coerce.number().int().min(1).max(3650).default(365),
    concurrency: z.coerce.number().int().min(1).max(32).default(4),
    connectTimeoutMs: z.coerce.number().int().min(100).max(600000).default(10000),
    statementTimeoutMs: z.coerce.number().int().min(10).max(600000).default(15000),
    cloudApiKey: z.string().min(1).optional(),
    cloudClusterId: z.string().min(1).optional(),
    /** The Cloud API base URL; only changed for tests and private endpoints. */
    cloudApiUrl: z.string().url().default('https://cockroachlabs.cloud'),
    /** A CockroachDB certs directory whose certificates crdb/tls also judges. */
    certsDir: z.string().min(1).optional(),
    couchbaseUrl: z.string().min(1).optional(),
    couchbaseUsername: z.string().min(1).optional(),
    couchbasePassword: z.string().min(1).optional(),
    couchbaseCaFile: z.string().min(1).optional()
  })
  .strict();

export type AuditOptions = z.output<typeof auditOptionsSchema>;
export type AuditOptionsInput = z.input<typeof auditOptionsSchema>;

/**
 * Where each option is given: the flag of `db-posture audit` and the action input. An absent name
 * means the option is not on that surface; the reason is on the line (and
 * __tests__/docs/option-surfaces.test.ts holds action.yml, the flag table and --help to this table).
 */
export const OPTION_SURFACES: Record<
  keyof AuditOptions,
  { readonly flag?: string; readonly input?: string }
> = {
  engine: { flag: 'engine', input: 'engine' },
  // A workflow passes a secret named for what it holds; the CLI keeps the short libpq-style word.
  url: { flag: 'url', input: 'connection-string' },
  // Derived: how the connection string was given (flag, DB_POSTURE_URL or input), for messages.
  urlSource: {},
  deployment: { flag: 'deployment', input: 'deployment' },
  environment: { flag: 'environment', input: 'environment' },
  compliance: { flag: 'compliance', input: 'compliance' },
  dataSensitivity: { flag: 'data-sensitivity', input: 'data-sensitivity' },
  name: { flag: 'name', input: 'name' },
  baseline: { flag: 'baseline', input: 'baseline' },
  // Derived: whether baseline was given (then a missing file is an error, not "no baseline").
  baselineExplicit: {},
  // The action always writes all four formats: the artifact, code scanning and test reporters use them.
  formats: { flag: 'format' },
  // `out` is the CLI's word for every command's destination; in a workflow out-dir is told apart
  // from the sarif-file and junit-file inputs, which are files.
  outDir: { flag: 'out', input: 'out-dir' },
  failOn: { flag: 'fail-on', input: 'fail-on' },
  compareTo: { flag: 'compare-to', input: 'compare-to' },
  // A switch on the command line (`new` is the only other mode); an input takes the mode's name.
  gate: { flag: 'fail-on-new-only', input: 'gate' },
  failOnStale: { flag: 'fail-on-stale', input: 'fail-on-stale' },
  maxWaiverDays: { flag: 'max-waiver-days', input: 'max-waiver-days' },
  concurrency: { flag: 'concurrency', input: 'concurrency' },
  // Same names, different units: milliseconds on the CLI, seconds in the action (action.yml says so).
  connectTimeoutMs: { flag: 'connect-timeout', input: 'connect-timeout' },
  statementTimeoutMs: { flag: 'statement-timeout', input: 'statement-timeout' },
  cloudApiKey: { flag: 'cloud-api-key', input: 'cloud-api-key' },
  cloudClusterId: { flag: 'cloud-cluster-id', input: 'cloud-cluster-id' },
  cloudApiUrl: { flag: 'cloud-api-url', input: 'cloud-api-url' },
  certsDir: { flag: 'certs-dir', input: 'certs-dir' },
  couchbaseUrl: { flag: 'couchbase-url', input: 'couchbase-url' },
  couchbaseUsername: { flag: 'couchbase-username', input: 'couchbase-username' },
  // No flag: a password on a command line lands in shell history and `ps`; the CLI reads
  // DB_POSTURE_COUCHBASE_PASSWORD.
  couchbasePassword: { input: 'couchbase-password' },
  couchbaseCaFile: { flag: 'couchbase-ca', input: 'couchbase-ca' }
};

/** The kebab-case name each option is known by in messages: its flag, else its input, else its key. */
export const OPTION_NAMES = Object.fromEntries(
  Object.entries(OPTION_SURFACES).map(([key, s]) => [key, s.flag ?? s.input ?? key])
) as Record<keyof AuditOptions, string>;

/** The action input for a name from OPTION_NAMES (`url` -> `connection-string`, `out` -> `out-dir`). */
export function inputNameOf(name: string): string {
  const entry = Object.values(OPTION_SURFACES).find(s => s.flag === name || s.input === name);
  return entry?.input ?? name;
}

const SECRET_KEYS = new Set<string>(['url', 'cloudApiKey', 'couchbasePassword']);

/** What each option expects, in our words (zod's own wording never reaches the user). */
const EXPECTED: Partial<Record<keyof AuditOptions, string>> = {
  engine: `one of ${ENGINES.join(', ')}`,
  deployment: `one of ${DEPLOYMENTS.join(', ')}`,
  environment: `one of ${ENVIRONMENTS.join(', ')}`,
  compliance: `a comma-separated list of ${COMPLIANCE.join(', ')}`,
  dataSensitivity: `one of ${SENSITIVITIES.join(', ')}`,
  name: 'letters, digits, ".", "_" or "-" (at most 63, starting alphanumeric)',
  formats: `a comma-separated list of at least one of ${FORMATS.join(', ')}`,
  outDir: 'a directory path',
  failOn: `one of ${FAIL_ON.join(', ')}`,
  failOnStale: 'true or false',
  compareTo: 'a JSON report file from db-posture audit',
  gate: `one of ${GATE_MODES.join(', ')}`,
  maxWaiverDays: 'a whole number of days from 1 to 3650',
  concurrency: 'a whole number from 1 to 32',
  connectTimeoutMs: 'milliseconds, a whole number from 100 to 600000',
  statementTimeoutMs: 'milliseconds, a whole number from 10 to 600000',
  cloudApiUrl: 'an https:// (or http:// for a local test) URL',
  baseline: 'a file path',
  certsDir: 'a directory path',
  couchbaseCaFile: 'a PEM file path'
};

/**
 * Validates raw options. A bad value is a UsageError naming the option, the value (never for
 * secrets) and what was expected.
 * @param label how an option is named to the user: `--environment` (CLI) or `input environment`.
 */
export function parseAuditOptions(
  input: Record<string, unknown>,
  label: (name: string) => string = n => `--${n}`,
  /** Where a value came from when not from its flag or input, e.g. `{ cloudApiUrl: 'DB_POSTURE_CLOUD_API_URL' }`. */
  sources: Partial<Record<keyof AuditOptions, string>> = {}
): AuditOptions {
  const result = auditOptionsSchema.safeParse(input);
  if (result.success) {
    const o = result.data;
    if (!o.url && !o.couchbaseUrl && !(o.cloudApiKey && o.cloudClusterId)) {
      throw new UsageError(
        `No target given: pass ${label('url')} (or DB_POSTURE_URL), ${label('couchbase-url')}, or ${label('cloud-api-key')} with ${label('cloud-cluster-id')}.`
      );
    }
    return o;
  }
  const issue = result.error.issues[0];
  const key = String(issue.path[0] ?? '');
  const name = OPTION_NAMES[key as keyof AuditOptions] ?? key;
  if (issue.code === 'unrecognized_keys') {
    throw new UsageError(`Unknown option ${issue.keys.map(k => label(k)).join(', ')}.`);
  }
  const raw = input[key];
  const shown = SECRET_KEYS.has(key) ? '(hidden)' : JSON.stringify(Array.isArray(raw) ? raw.join(',') : raw);
  let expected = EXPECTED[key as keyof AuditOptions] ?? 'a valid value';
  if (issue.code === 'invalid_value' && 'values' in issue && issue.path.length > 1) {
    expected = `one of ${(issue.values as unknown[]).join(', ')}`;
  }
  const items =
    typeof raw === 'string'
      ? raw
          .split(',')
          .map(v => v.trim())
          .filter(Boolean)
      : raw;
  const element =
    issue.path.length > 1 && Array.isArray(items)
      ? ` (item ${JSON.stringify(items[Number(issue.path[1])] ?? '')})`
      : '';
  const where = sources[key as keyof AuditOptions] ?? label(name);
  throw new UsageError(`Invalid ${where} ${shown}${element}: expected ${expected}.`);
}
