import fs from 'node:fs';
import path from 'node:path';
import { fail, info, type CheckContext, type CheckMeta } from '../core/check.js';
import { msg } from '../core/text.js';
import type { ScanFinding } from './finding.js';
import { emit } from './sql/emit.js';

/**
 * `include`, `include_if_exists` and `include_dir` in pg_hba.conf (PostgreSQL 16+) and
 * postgresql.conf, with the server's semantics (hba.c / guc-file.l): a relative name is relative to
 * the directory of the file that names it; include_dir reads the directory's `*.conf` files not
 * starting with `.`, in C-locale (byte) order; a missing include or include_dir is an error; a missing
 * include_if_exists is skipped; nesting deeper than 10 is an error. A cycle, which the server reports
 * as that nesting error, is named as a cycle here.
 */

export const INCLUDE_DIRECTIVES = new Set(['include', 'include_if_exists', 'include_dir']);
/** guc-file.l and hba.c: CONF_FILE_MAX_DEPTH. */
const MAX_DEPTH = 10;

export const INCLUDE: CheckMeta = {
  id: 'scan/include',
  title: 'Configuration includes',
  dimension: 'Configuration',
  appliesTo: ['self-hosted', 'cloud'],
  rationale:
    'A missing or cyclic include makes the server fail to start or read different rules than the repository shows, so the reviewed file is not what runs.',
  description: 'Every include and include_dir names a file or directory the repository has, without cycles.',
  outcomes: ['FAIL', 'INFO'],
  remediation: {
    text: 'Fix the path (relative names are relative to the including file), use include_if_exists for optional files, or break the cycle.',
    link: 'https://www.postgresql.org/docs/current/config-setting.html#CONFIG-INCLUDES'
  },
  frameworks: {}
};

export interface IncludedFile {
  /** Relative to the scan root, `/`-separated. */
  readonly rel: string;
  readonly text: string;
}

export type Expansion =
  | { readonly kind: 'files'; readonly files: readonly IncludedFile[] }
  | { readonly kind: 'skip' }
  | { readonly kind: 'error'; readonly finding: 'missing' | 'outside' | 'cycle'; readonly message: string };

export class IncludeResolver {
  /** Every file reached through an include: the scan does not judge them again on their own. */
  readonly included = new Set<string>();

  constructor(private readonly root: string) {}

  /**
   * Expands one directive of `fromRel`; `stack` is the chain of files being read (for cycles and the
   * nesting limit), `fromRel` last.
   */
  expand(fromRel: string, directive: string, target: string, stack: readonly string[]): Expansion {
    if (path.isAbsolute(target) && !this.underRoot(target)) {
      return {
        kind: 'error',
        finding: 'outside',
        message: `${directive} ${target} names a path outside the repository: its contents were not judged`
      };
    }
    const abs = path.isAbsolute(target)
      ? target
      : path.resolve(this.root, path.posix.dirname(fromRel), target);
    const rel = path.relative(this.root, abs).split(path.sep).join('/');
    if (rel.startsWith('..'))
      return {
        kind: 'error',
        finding: 'outside',
        message: `${directive} ${target} names a path outside the repository: its contents were not judged`
      };
    const read = (r: string): Expansion | IncludedFile => {
      if (stack.includes(r))
        return { kind: 'error', finding: 'cycle', message: `include cycle: ${[...stack, r].join(' -> ')}` };
      if (stack.length >= MAX_DEPTH)
        return {
          kind: 'error',
          finding: 'cycle',
          message: `could not open configuration file ${r}: maximum nesting depth exceeded`
        };
      this.included.add(r);
      return { rel: r, text: fs.readFileSync(path.join(this.root, r), 'utf8') };
    };
    if (directive === 'include_dir') {
      if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory())
        return {
          kind: 'error',
          finding: 'missing',
          message: `include_dir ${target}: no such directory ${rel}`
        };
      const names = fs
        .readdirSync(abs)
        .filter(n => n.endsWith('.conf') && !n.startsWith('.') && fs.statSync(path.join(abs, n)).isFile())
        .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      const files: IncludedFile[] = [];
      for (const n of names) {
        const r = read(rel === '' ? n : `${rel}/${n}`);
        if ('kind' in r) return r;
        files.push(r);
      }
      return { kind: 'files', files };
    }
    if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) {
      if (directive === 'include_if_exists') return { kind: 'skip' };
      return { kind: 'error', finding: 'missing', message: `include ${target}: no such file ${rel}` };
    }
    const r = read(rel);
    return 'kind' in r ? r : { kind: 'files', files: [r] };
  }

  private underRoot(abs: string): boolean {
    return !path.relative(this.root, abs).startsWith('..');
  }
}

/** A directive that could not be followed, placed on its line (FAIL: the server would refuse it). */
export function includeFinding(
  e: Extract<Expansion, { kind: 'error' }>,
  file: string,
  line: number,
  column: number,
  ctx: CheckContext
): ScanFinding[] {
  // Outside the repository the scan cannot look, which is not an error of the file itself.
  const raw =
    e.finding === 'outside'
      ? info(msg`${e.message}.`)
      : fail(msg`${e.message}: PostgreSQL refuses to load the file.`);
  return emit(INCLUDE, [{ raw, line, column, object: e.message }], file, ctx);
}
