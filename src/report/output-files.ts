import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Picks the next free `security-audit-<name>-<date>-<seq>` base name in `dir` (the sequence counts
 * up within a day) and writes each file exclusively, so two runs never overwrite each other.
 */
export async function writeReportFiles(
  dir: string,
  name: string,
  date: string,
  files: readonly { extension: string; content: string }[]
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const prefix = `security-audit-${name}-${date}-`;
  const existing = await readdir(dir).catch(() => [] as string[]);
  let seq = 1;
  for (const f of existing) {
    if (!f.startsWith(prefix)) continue;
    const n = Number(f.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(n) && n >= seq) seq = n + 1;
  }
  for (;;) {
    const written: string[] = [];
    try {
      for (const f of files) {
        const file = path.join(dir, `${prefix}${seq}.${f.extension}`);
        await writeFile(file, f.content, { flag: 'wx' });
        written.push(file);
      }
      return written;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || written.length > 0) throw error;
      seq++;
    }
  }
}
