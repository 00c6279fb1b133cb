import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { UsageError } from '../core/errors.js';
import { parseAuditOptions, type AuditOptions } from '../core/options.js';

/**
 * A targets file: the fleet one machine audits (`audit --targets`) and the matrix legs fan out
 * from (`targets --matrix`). It names secrets by environment variable only; a secret value in the
 * file is refused, so the file can live in the repository and be reviewed.
 */
export interface TargetEntry {
  readonly index: number;
  readonly line?: number;
  readonly name: string;
  /** Settings as written (defaults merged in), kebab-case keys. */
  readonly settings: Readonly<Record<string, string | string[]>>;
}

export interface TargetsFile {
  readonly file: string;
  readonly targets: readonly TargetEntry[];
}

/** Keys a target (or `defaults`) may have, and what each holds. */
const PLAIN_KEYS = [
  'engine',
  'deployment',
  'environment',
  'compliance',
  'data-sensitivity',
  'cloud-cluster-id',
  'cloud-api-url',
  'certs-dir',
  'couchbase-url',
  'couchbase-username',
  'couchbase-ca',
  'baseline',
  'fail-on'
] as const;
/** `<x>-env` names the environment variable that holds secret x. */
const SECRET_ENV_KEYS = {
  'url-env': 'url',
  'cloud-api-key-env': 'cloudApiKey',
  'couchbase-password-env': 'couchbasePassword'
} as const;
/** Secret values the file must never hold, and the key to use instead. */
const REFUSED: Record<string, string> = {
  url: 'url-env',
  'connection-string': 'url-env',
  'cloud-api-key': 'cloud-api-key-env',
  'couchbase-password': 'couchbase-password-env',
  password: 'url-env or couchbase-password-env'
};
const KNOWN = new Set<string>(['name', ...PLAIN_KEYS, ...Object.keys(SECRET_ENV_KEYS)]);
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** GitHub runs at most 256 jobs per matrix. */
export const MATRIX_LIMIT = 256;

function fail(file: string, where: string, problem: string): never {
  throw new UsageError(`Targets file ${file}: ${where}: ${problem}.`);
}

function readSettings(
  file: string,
  where: string,
  value: unknown,
  allowName: boolean
): Record<string, string | string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(file, where, 'expected a mapping');
  const out: Record<string, string | string[]> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key in REFUSED)
      fail(
        file,
        where,
        `key "${key}" would put a secret in the file; name the environment variable that holds it with ${REFUSED[key]}`
      );
    if (!KNOWN.has(key) || (key === 'name' && !allowName)) fail(file, where, `unknown key "${key}"`);
    if (key === 'compliance' && Array.isArray(v)) {
      if (!v.every(x => typeof x === 'string')) fail(file, where, 'compliance: expected a list of names');
      out[key] = v as string[];
      continue;
    }
    if (typeof v === 'number' || typeof v === 'boolean') {
      out[key] = String(v);
      continue;
    }
    if (typeof v !== 'string' || v === '') fail(file, where, `${key}: expected a non-empty string`);
    if (key in SECRET_ENV_KEYS && !ENV_NAME.test(v))
      fail(
        file,
        where,
        `${key} ${JSON.stringify(v)}: expected an environment variable name such as PROD_DB_URL`
      );
    if (key === 'couchbase-url' && /^[a-z][a-z0-9+.-]*:\/\/[^/@]*@/i.test(v))
      fail(
        file,
        where,
        'couchbase-url carries credentials; use couchbase-username and couchbase-password-env'
      );
    out[key] = v;
  }
  return out;
}

/** Parses and validates a targets file's text; every problem names the file, entry and line. */
export function parseTargets(source: string, file: string): TargetsFile {
  const lines = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = e.linePos?.[0]?.line ?? (e.pos?.[0] !== undefined ? lines.linePos(e.pos[0]).line : undefined);
    throw new UsageError(
      `Targets file ${file}${at ? ` line ${at}` : ''} is not valid YAML: ${e.message.split('\n')[0]}`
    );
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data))
    fail(file, 'top level', 'expected a mapping with version and targets');
  for (const key of Object.keys(data))
    if (!['version', 'defaults', 'targets'].includes(key)) fail(file, 'top level', `unknown key "${key}"`);
  if (data.version !== 1) fail(file, 'field "version"', `expected 1, found ${JSON.stringify(data.version)}`);
  const defaults = data.defaults === undefined ? {} : readSettings(file, 'defaults', data.defaults, false);
  if (!Array.isArray(data.targets) || data.targets.length === 0)
    fail(file, 'field "targets"', 'expected a non-empty list of targets');
  const seq = doc.get('targets', true);
  const lineOf = (i: number): number | undefined => {
    const node = isSeq(seq) ? (seq.items[i] as Node | undefined) : undefined;
    const offset = node && (isMap(node) || 'range' in node) ? node.range?.[0] : undefined;
    return offset !== undefined ? lines.linePos(offset).line : undefined;
  };
  const seen = new Map<string, number>();
  const targets: TargetEntry[] = (data.targets as unknown[]).map((raw, index) => {
    const line = lineOf(index);
    const rawName = (raw as Record<string, unknown> | null)?.name;
    const where = `targets[${index}]${typeof rawName === 'string' ? ` (${rawName})` : ''}${line ? ` line ${line}` : ''}`;
    const own = readSettings(file, where, raw, true);
    const name = own.name;
    if (typeof name !== 'string') fail(file, where, 'name is required');
    if (!NAME.test(name))
      fail(
        file,
        where,
        `name ${JSON.stringify(name)}: expected letters, digits, ".", "_" or "-" (at most 63, starting alphanumeric)`
      );
    const before = seen.get(name);
    if (before !== undefined)
      fail(
        file,
        where,
        `name ${JSON.stringify(name)} is also used by targets[${before}]; each target needs its own name`
      );
    seen.set(name, index);
    const { name: _name, ...rest } = own;
    void _name;
    return { index, ...(line ? { line } : {}), name, settings: { ...defaults, ...rest } };
  });
  return { file, targets };
}

export async function loadTargets(file: string, flag = '--targets'): Promise<TargetsFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError(
      `${flag} ${file}: cannot be read (${e.code ?? e.message}): expected a targets file (YAML).`
    );
  }
  return parseTargets(text, file);
}

/** Settings every target shares, from the command line (out dir, formats, timeouts, ...). */
export type CommonOptions = Record<string, unknown>;

/**
 * A target's AuditOptions: its settings, its secrets read from the environment variables it names,
 * and the command's common options. A variable that is unset or empty is a usage error naming the
 * entry and the variable (never its value), raised before anything connects.
 */
export function targetOptions(
  targets: TargetsFile,
  entry: TargetEntry,
  env: NodeJS.ProcessEnv,
  common: CommonOptions
): AuditOptions {
  const where = `targets[${entry.index}] (${entry.name})${entry.line ? ` line ${entry.line}` : ''}`;
  const raw: Record<string, unknown> = { ...common, name: entry.name };
  const sources: Partial<Record<keyof AuditOptions, string>> = {};
  const camel: Record<string, string> = {
    engine: 'engine',
    deployment: 'deployment',
    environment: 'environment',
    compliance: 'compliance',
    'data-sensitivity': 'dataSensitivity',
    'cloud-cluster-id': 'cloudClusterId',
    'cloud-api-url': 'cloudApiUrl',
    'certs-dir': 'certsDir',
    'couchbase-url': 'couchbaseUrl',
    'couchbase-username': 'couchbaseUsername',
    'couchbase-ca': 'couchbaseCaFile',
    baseline: 'baseline',
    'fail-on': 'failOn'
  };
  for (const [key, value] of Object.entries(entry.settings)) {
    if (key in SECRET_ENV_KEYS) {
      const secret = env[value as string];
      if (!secret)
        fail(
          targets.file,
          where,
          `${key} names ${value as string}, which is not set (or empty) in the environment`
        );
      const option = SECRET_ENV_KEYS[key as keyof typeof SECRET_ENV_KEYS];
      raw[option] = secret;
      sources[option] = `${key} ${value as string}`;
    } else {
      raw[camel[key]] = value;
    }
  }
  if (entry.settings.baseline !== undefined) raw.baselineExplicit = true;
  return parseAuditOptions(raw, name => `${targets.file} ${where} ${name}`, sources);
}

export interface MatrixOptions {
  /** `i/n`: the i-th of n even slices, for fleets past the 256-job matrix limit. */
  readonly shard?: { readonly index: number; readonly count: number };
}

/**
 * The `strategy.matrix` a workflow fans out from: one leg per target with its non-secret
 * settings and the names of its secret variables (a leg reads `secrets[matrix.url_env]`), and a
 * unique artifact name per leg.
 */
export function toMatrix(
  targets: TargetsFile,
  options: MatrixOptions = {}
): { include: Record<string, string>[] } {
  let list = targets.targets;
  if (options.shard) {
    const { index, count } = options.shard;
    const size = Math.ceil(list.length / count);
    list = list.slice((index - 1) * size, index * size);
  }
  if (list.length > MATRIX_LIMIT) {
    throw new UsageError(
      `Targets file ${targets.file} has ${list.length} targets${options.shard ? ' in this shard' : ''}; a GitHub Actions matrix runs at most ${MATRIX_LIMIT} jobs. Split it with --shard 1/${Math.ceil(list.length / MATRIX_LIMIT)} (one matrix job per shard).`
    );
  }
  return {
    include: list.map(t => {
      const leg: Record<string, string> = { name: t.name };
      for (const [key, value] of Object.entries(t.settings))
        leg[key.replace(/-/g, '_')] = Array.isArray(value) ? value.join(',') : value;
      leg.artifact_name = `db-posture-${t.name}`;
      return leg;
    })
  };
}

/** `2/5` -> { index: 2, count: 5 }; a usage error otherwise. */
export function parseShard(value: string | undefined): MatrixOptions['shard'] {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new UsageError(
      `Invalid --shard ${JSON.stringify(value)}: expected i/n with 1 <= i <= n, such as 1/3.`
    );
  return { index, count };
}
