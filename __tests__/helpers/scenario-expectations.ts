import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { loadScenarioFile } from '../../replicas/scenario-file.mjs';

/**
 * Each check's statuses in a stable order: check ids sorted, each check's statuses in report
 * order (the order its findings come out, which the engine fixes).
 */
export function sortedExpectations(byCheck: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.keys(byCheck)
      .sort()
      .map(id => [id, [...byCheck[id]]])
  );
}

/**
 * With `UPDATE_GOLDEN=1` (npm run golden), writes a scenario file's `expected` map from this run,
 * so that a new check needs a regeneration, not one hand edit per scenario. The rest of the file
 * is kept: its keys in their order, and its layout (prettier's for files prettier wrote, two-space
 * JSON otherwise). A scenario that inherits `expected` through `extends` and still matches it is
 * left alone. Returns whether the file was rewritten. Review the diff: a changed verdict there is
 * a behaviour change to explain, never a refresh to wave through.
 */
export async function refreshExpected(file: string, actual: Record<string, string[]>): Promise<boolean> {
  if (process.env.UPDATE_GOLDEN !== '1') return false;
  const source = readFileSync(file, 'utf8');
  const data = JSON.parse(source) as Record<string, unknown>;
  const expected = sortedExpectations(actual);
  if (!('expected' in data) && typeof data.extends === 'string') {
    const inherited = loadScenarioFile(path.resolve(path.dirname(file), data.extends)).expected;
    if (isDeepStrictEqual(inherited, expected)) return false;
  }
  if (isDeepStrictEqual(data.expected, expected)) return false;
  // Replacing the value keeps the key where it was; a new key goes last.
  data.expected = expected;
  const plain = `${JSON.stringify(JSON.parse(source), null, 2)}\n`;
  const text =
    plain === source
      ? `${JSON.stringify(data, null, 2)}\n`
      : await format(JSON.stringify(data), { ...((await resolveConfig(file)) ?? {}), parser: 'json' });
  writeFileSync(file, text);
  return true;
}
