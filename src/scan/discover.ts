import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { minimatch } from 'minimatch';
import { terraformKindOf, type TerraformKind } from './terraform/kind.js';

/** Kinds of file the scanner understands. */
export type FileKind = 'pg_hba' | 'postgresql_conf' | 'sql' | TerraformKind;

export interface Candidate {
  /** Absolute path. */
  readonly abs: string;
  /** Relative to the scan root, `/`-separated: what reports and waiver keys show. */
  readonly rel: string;
  readonly kind: FileKind;
}

export interface DiscoverOptions {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/** Files bigger than this are configuration nobody writes by hand; they are skipped and counted. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface Discovery {
  readonly files: Candidate[];
  readonly skipped: { rel: string; reason: string }[];
}

/** Decides the kind by name: pg_hba*.conf, postgresql.conf and postgresql.auto.conf, *.sql. */
export function kindOf(rel: string): FileKind | undefined {
  const base = path.posix.basename(rel);
  if (/^pg_hba.*\.conf$/.test(base)) return 'pg_hba';
  if (base === 'postgresql.conf' || base === 'postgresql.auto.conf') return 'postgresql_conf';
  if (/\.sql$/i.test(base)) return 'sql';
  return terraformKindOf(base);
}

function matchesAny(rel: string, globs: readonly string[]): boolean {
  return globs.some(g => minimatch(rel, g, { dot: true, matchBase: !g.includes('/') }));
}

/**
 * Walks the given paths under `root`, honouring every .gitignore on the way (nested files apply to
 * their own directory, as git applies them) and the --include/--exclude globs.
 */
export function discover(root: string, paths: readonly string[], opts: DiscoverOptions): Discovery {
  const files: Candidate[] = [];
  const skipped: { rel: string; reason: string }[] = [];
  const rules: { dir: string; ig: Ignore }[] = [];
  const ignored = (rel: string, isDir: boolean): boolean =>
    rules.some(({ dir, ig }) => {
      if (dir !== '' && !rel.startsWith(`${dir}/`)) return false;
      const sub = dir === '' ? rel : rel.slice(dir.length + 1);
      return ig.ignores(isDir ? `${sub}/` : sub);
    });
  const loadGitignore = (dirRel: string) => {
    const file = path.join(root, dirRel, '.gitignore');
    if (fs.existsSync(file)) rules.push({ dir: dirRel, ig: ignore().add(fs.readFileSync(file, 'utf8')) });
  };
  const consider = (abs: string, rel: string) => {
    const kind = kindOf(rel);
    const included = opts.include.length ? matchesAny(rel, opts.include) : kind !== undefined;
    if (!included || matchesAny(rel, opts.exclude)) return;
    if (kind === undefined) {
      skipped.push({ rel, reason: 'not a kind of file the scanner understands' });
      return;
    }
    const size = fs.statSync(abs).size;
    if (size > MAX_FILE_BYTES) {
      skipped.push({ rel, reason: `larger than ${MAX_FILE_BYTES} bytes` });
      return;
    }
    files.push({ abs, rel, kind });
  };
  const walk = (dirRel: string) => {
    loadGitignore(dirRel);
    const entries = fs.readdirSync(path.join(root, dirRel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      // .terraform holds downloaded providers and modules (third-party code), not the repository's.
      if (e.name === '.git' || e.name === 'node_modules' || e.name === '.terraform') continue;
      const rel = dirRel === '' ? e.name : `${dirRel}/${e.name}`;
      if (ignored(rel, e.isDirectory())) continue;
      if (e.isDirectory()) walk(rel);
      else if (e.isFile()) consider(path.join(root, rel), rel);
    }
  };
  for (const p of paths) {
    const abs = path.resolve(root, p);
    const rel = path.relative(root, abs).split(path.sep).join('/');
    const stat = fs.statSync(abs);
    if (stat.isDirectory()) {
      // .gitignore files of the directories above the starting point apply too.
      const parts = rel === '' ? [] : rel.split('/');
      for (let i = 0; i < parts.length; i++) loadGitignore(parts.slice(0, i).join('/'));
      walk(rel);
    } else consider(abs, rel);
  }
  return { files, skipped };
}
