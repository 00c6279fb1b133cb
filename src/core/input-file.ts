import { readFile } from 'node:fs/promises';
import { UsageError } from './errors.js';

/**
 * Reads a file the user named (a report, a baseline): a file that cannot be read is a usage error
 * naming the input as given, the path, the system's code and what was expected there.
 */
export async function readInputFile(file: string, input: string, expected: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`${input} ${file} cannot be read (${code}): expected ${expected}.`);
  }
}
