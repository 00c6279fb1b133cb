import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

/** Bytes a plain file is read in (ReadOptions.chunkBytes: tests use small ones). */
export const CHUNK_BYTES = 1 << 20;
const CHUNK = CHUNK_BYTES;

/**
 * A plain file read chunk by chunk into two reused buffers (no allocation per chunk, unlike a read
 * stream): the next chunk is read while the consumer works on this one (without it, the reader
 * waited ~95 ms per 257 MB for the disk thread), so each chunk is valid only until the consumer
 * asks for the next one, and the consumer copies what it keeps.
 */
async function* reusedChunks(
  handle: FileHandle,
  counter: { bytes: number },
  size: number,
  start = 0,
  end = Infinity
): AsyncGenerator<Buffer> {
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let current = 0;
  let at = start;
  // Each read starts where the one before it ended (it is issued only once that one is done) and
  // ends at a multiple of the chunk size: a range of a file is cut into the same chunks as the
  // whole file is, so that events are put in time order within the same windows (see take()).
  const read = (buf: Buffer) => {
    const length = Math.min(size - (at % size), end - at);
    return length <= 0 ? Promise.resolve({ bytesRead: 0 }) : handle.read(buf, 0, length, at);
  };
  let pending: Promise<{ bytesRead: number }> | undefined = read(buffers[0]);
  try {
    for (;;) {
      const { bytesRead } = await pending!;
      pending = undefined;
      if (bytesRead === 0) return;
      at += bytesRead;
      const chunk = buffers[current].subarray(0, bytesRead);
      current ^= 1;
      pending = read(buffers[current]);
      counter.bytes += bytesRead;
      yield chunk;
    }
  } finally {
    // A consumer that stops early (an error) must not leave a read running on a closed handle.
    await pending?.catch(() => undefined);
    await handle.close();
  }
}

/** The bytes from `start` to `end` of a plain file, chunk by chunk (see reusedChunks). */
export async function* rangeChunks(
  file: string,
  start: number,
  end: number,
  size = CHUNK
): AsyncGenerator<Buffer> {
  const handle = await open(file, 'r');
  yield* reusedChunks(handle, { bytes: 0 }, size, start, end);
}

/**
 * Opens a log file for reading, gunzipping it when it starts with the gzip magic bytes. A plain
 * file's chunks share one buffer (see reusedChunks); gzip output is a stream of fresh buffers.
 */
export async function openLog(
  file: string,
  size = CHUNK
): Promise<{ stream: AsyncIterable<Buffer>; bytesRead: () => number }> {
  const handle = await open(file, 'r');
  const head = Buffer.alloc(2);
  let gzip = false;
  try {
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    gzip = bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } catch (error) {
    await handle.close();
    throw error;
  }
  if (!gzip) {
    const counter = { bytes: 0 };
    return { stream: reusedChunks(handle, counter, size), bytesRead: () => counter.bytes };
  }
  await handle.close();
  const raw = createReadStream(file, { highWaterMark: CHUNK });
  const bytesRead = () => raw.bytesRead;
  const gunzip = createGunzip();
  raw.on('error', e => gunzip.destroy(e));
  return { stream: raw.pipe(gunzip) as AsyncIterable<Buffer> & Readable, bytesRead };
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
