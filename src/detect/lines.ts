import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

/** Opens a log file for reading, gunzipping it when it starts with the gzip magic bytes. */
export async function openLog(file: string): Promise<{ stream: Readable; bytesRead: () => number }> {
  const handle = await open(file, 'r');
  const head = Buffer.alloc(2);
  try {
    await handle.read(head, 0, 2, 0);
  } finally {
    await handle.close();
  }
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  const bytesRead = () => raw.bytesRead;
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const gunzip = createGunzip();
    raw.on('error', e => gunzip.destroy(e));
    return { stream: raw.pipe(gunzip), bytesRead };
  }
  return { stream: raw, bytesRead };
}

/** Lines of an in-memory log (inline rule tests). */
export function* stringLines(text: string): Generator<[string, number]> {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    yield [l.endsWith('\r') ? l.slice(0, -1) : l, i + 1];
  }
}
