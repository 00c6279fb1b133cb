import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';

/**
 * The nearest part of `p` that exists, or undefined for a path whose parent is a file. Reports are
 * written only after the audit, so every output path is checked before anything connects.
 */
function nearestExisting(p: string): { path: string; isDirectory: boolean } {
  let current = path.resolve(p);
  for (;;) {
    try {
      const st = statSync(current);
      return { path: current, isDirectory: st.isDirectory() };
    } catch {
      // ENOENT or ENOTDIR (a component on the way is a file): walk up to what exists.
      const parent = path.dirname(current);
      if (parent === current) return { path: current, isDirectory: false };
      current = parent;
    }
  }
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Throws a UsageError unless `dir` is, or can be created as, a writable directory. */
export function checkOutputDirectory(dir: string, input: string): void {
  const shown = JSON.stringify(dir);
  const found = nearestExisting(dir);
  if (found.path === path.resolve(dir) && !found.isDirectory)
    throw new UsageError(
      `Invalid ${input} ${shown}: it is an existing file; expected a directory for the reports.`
    );
  if (!found.isDirectory)
    throw new UsageError(
      `Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is a file, so no directory can be made under it; expected a directory for the reports.`
    );
  if (!writable(found.path))
    throw new UsageError(
      `Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is not writable by this user; expected a writable directory.`
    );
}

/** Throws a UsageError unless a new file can be written at `file` (it must not exist yet). */
export function checkNewOutputFile(file: string, input: string): void {
  const shown = JSON.stringify(file);
  const found = nearestExisting(file);
  if (found.path === path.resolve(file))
    throw new UsageError(
      `Invalid ${input} ${shown}: the file exists and is never overwritten (it may hold reviewed entries); choose a new path.`
    );
  if (!found.isDirectory)
    throw new UsageError(
      `Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is a file, not a directory.`
    );
  if (found.path !== path.dirname(path.resolve(file)))
    throw new UsageError(
      `Invalid ${input} ${shown}: the directory ${JSON.stringify(path.dirname(file))} does not exist.`
    );
  if (!writable(found.path))
    throw new UsageError(
      `Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is not writable by this user.`
    );
}
