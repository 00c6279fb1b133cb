import { open, stat } from 'node:fs/promises';
import type { AuditEvent, LineParser, LogFormat, MalformedLine, Product } from './event.js';
import { cutRegions, firstLine, LineReader, ONE_PER_LINE } from './line-reader.js';
import { openLog } from './lines.js';
import { createParser, sniffFormat, type ParserOptions } from './parsers/index.js';
import type { TypePlan } from './rules/literals.js';
import type { PackedRecords, SegmentResult, SegmentTask } from './segment.js';

export interface ReadOptions extends ParserOptions {
  /**
   * Per product, a regex a line of a one-object-a-line format (CockroachDB json, PostgreSQL
   * jsonlog, Couchbase) must match to be parsed at all; other lines are only checked to look like
   * a JSON object and counted. Undefined for a product: every line is parsed.
   */
  readonly prefilter?: ReadonlyMap<Product, RegExp | undefined>;
  /**
   * CockroachDB json and json-compact: per event type read from the raw line, what the rules
   * that can match that type need (see typePlans); lines whose type cannot be read that simply
   * fall back to `prefilter`.
   */
  readonly typePlans?: (type: string) => TypePlan;
  /** A format for every file; undefined or `auto` sniffs each file. */
  readonly format?: LogFormat | 'auto';
  readonly since?: number;
  readonly until?: number;
  /** Called with the bytes read so far across all files (compressed size for gzip). */
  readonly onBytes?: (bytes: number) => void;
  /** The size of the chunks plain files are read in (default 1 MiB; tests use small ones). */
  readonly chunkBytes?: number;
  /** Reads large files of a one-entry-a-line format as ranges, in worker threads. */
  readonly split?: SplitReader;
}

/** Something with a time: an event, or what the main thread makes of a worker's record. */
export interface Timed {
  readonly time: number;
}

/**
 * How readLogs hands ranges of a large file to workers (src/detect/pool.ts) and turns what they
 * matched back into entries for the caller, merged in time order with the other files.
 */
export interface SplitReader {
  /** Plain files of at least this size are split (gzip never is: it cannot be entered midway). */
  readonly minBytes: number;
  readonly segmentBytes: number;
  /** Segments of one file in flight at once (bounds the memory of results not yet merged). */
  readonly lookahead: number;
  run(task: SegmentTask): Promise<SegmentResult>;
  /** The entry for record `i` of a segment of `file`; `line` is its line in the file. */
  entry(
    records: PackedRecords,
    values: readonly Record<string, unknown>[],
    i: number,
    file: string,
    format: LogFormat,
    line: number
  ): Timed;
}

export interface ReadStats {
  events: number;
  /** Well-formed lines the prefilter skipped without parsing (no rule can match them). */
  skipped: number;
  bytes: number;
  malformed: MalformedLine[];
  malformedCount: number;
  /** The format each file was read as. */
  formats: Record<string, LogFormat>;
}

const MAX_MALFORMED_KEPT = 200;

/** Parses lines (from a file or a test) into events; shared by the file reader and inline tests. */
export class EventCollector {
  private parser: LineParser | undefined;
  events: AuditEvent[] = [];
  /** With keepPlace, where each event's line lies in the file (a worker sends it, not the line). */
  private places: number[] = [];
  private currentOffset = 0;
  private currentLength = 0;

  constructor(
    private readonly file: string,
    private readonly opts: ParserOptions & { format?: LogFormat | 'auto' },
    private readonly stats: ReadStats,
    private readonly keepPlace = false
  ) {}

  /** Does the reader need to say where each line lies? */
  get wantsPlace(): boolean {
    return this.keepPlace;
  }

  get format(): LogFormat | undefined {
    return this.parser?.format;
  }

  /** Picks the parser from the first non-empty line (or the format the user named). */
  decide(line: string): LogFormat {
    if (this.parser) return this.parser.format;
    return this.decideAs(formatFor(line, this.opts.format));
  }

  /** Uses a format decided elsewhere (a worker reading a range of a file the reader sniffed). */
  decideAs(format: LogFormat): LogFormat {
    if (this.parser) return this.parser.format;
    this.stats.formats[this.file] = format;
    this.parser = createParser(
      format,
      this.file,
      {
        event: e => {
          this.events.push(e);
          if (this.keepPlace) this.places.push(this.currentOffset, this.currentLength);
        },
        malformed: (l, reason) => this.malformed(l, reason)
      },
      this.opts
    );
    return format;
  }

  malformed(line: number, reason: string): void {
    this.stats.malformedCount++;
    if (this.stats.malformed.length < MAX_MALFORMED_KEPT)
      this.stats.malformed.push({ file: this.file, line, reason });
  }

  /** One line; `offset` and `length` (bytes) say where it lies, for keepPlace. */
  feed(text: string, line: number, offset = 0, length = 0): void {
    if (!this.parser) {
      if (text.trim() === '') return;
      this.decide(text);
    }
    this.currentOffset = offset;
    this.currentLength = length;
    this.parser!.feed(text, line);
  }

  end(): void {
    this.parser?.end();
  }

  /** Takes the events parsed so far, in time order. */
  take(): AuditEvent[] {
    const out = this.events;
    this.events = [];
    this.places = [];
    out.sort((a, b) => a.time - b.time);
    return out;
  }

  /** The same with each event's place in the file (keepPlace: offset and byte length). */
  takeWithPlace(): { events: AuditEvent[]; offsets: number[]; lengths: number[] } {
    const events = this.events;
    const places = this.places;
    this.events = [];
    this.places = [];
    // A stable sort of positions keeps equal times in read order, as take() does.
    const order = events.map((_, i) => i).sort((a, b) => events[a].time - events[b].time);
    return {
      events: order.map(i => events[i]),
      offsets: order.map(i => places[2 * i]),
      lengths: order.map(i => places[2 * i + 1])
    };
  }
}

/** The format the user named, or the one the first line shows. */
function formatFor(line: string, named: LogFormat | 'auto' | undefined): LogFormat {
  return named && named !== 'auto' ? named : sniffFormat(line);
}

export function emptyStats(): ReadStats {
  return { events: 0, skipped: 0, bytes: 0, malformed: [], malformedCount: 0, formats: {} };
}

/**
 * Reads one file as complete lines, region by region (one await per chunk, never the whole
 * file), yielding the events of each chunk in time order.
 */
async function* fileEvents(
  file: string,
  opts: ReadOptions,
  stats: ReadStats,
  progress: () => void
): AsyncGenerator<AuditEvent[]> {
  const { stream, bytesRead } = await openLog(file, opts.chunkBytes);
  const collector = new EventCollector(file, opts, stats);
  const lines = new LineReader(collector, stats, opts);
  let counted = 0;
  let rest: Buffer | undefined;
  for await (const chunk of stream) {
    rest = cutRegions(chunk, rest, buf => lines.region(buf));
    const read = bytesRead();
    stats.bytes += read - counted;
    counted = read;
    progress();
    const events = collector.take();
    if (events.length > 0) yield events;
  }
  if (rest) lines.region(Buffer.concat([rest, Buffer.from('\n')]));
  collector.end();
  const last = collector.take();
  if (last.length > 0) yield last;
  const size = (await stat(file)).size;
  if (size > counted) stats.bytes += size - counted;
}

/**
 * The format of a file worth splitting (plain, large, one entry a line), or undefined. The first
 * non-empty line decides, as it does for the file reader.
 */
async function splitFormat(file: string, opts: ReadOptions): Promise<LogFormat | undefined> {
  const split = opts.split;
  if (!split || (await stat(file)).size < split.minBytes) return undefined;
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return undefined;
    const first = firstLine(head.subarray(0, bytesRead));
    if (!first) return undefined;
    const format = formatFor(first.line, opts.format);
    return ONE_PER_LINE.has(format) ? format : undefined;
  } finally {
    await handle.close();
  }
}

/**
 * Offsets that start a line, from 0 to the file's size: at each multiple of `step`, the start of
 * the line that holds that byte. A segment then begins with the line the whole-file reader
 * completes in that chunk, so both order the same events together.
 */
async function lineStarts(file: string, size: number, step: number): Promise<number[]> {
  const out = [0];
  const handle = await open(file, 'r');
  const buf = Buffer.allocUnsafe(64 * 1024);
  try {
    for (let x = step; x < size; x += step) {
      const floor = out[out.length - 1];
      let found = -1;
      for (let p = x; p > floor && found === -1;) {
        const from = Math.max(floor, p - buf.length);
        const { bytesRead } = await handle.read(buf, 0, p - from, from);
        const i = buf.subarray(0, bytesRead).lastIndexOf(10);
        if (i !== -1) found = from + i;
        else p = from;
      }
      // No newline since the last start: a line longer than a step.
      if (found !== -1 && found + 1 > floor && found + 1 < size) out.push(found + 1);
    }
  } finally {
    await handle.close();
  }
  out.push(size);
  return out;
}

/**
 * One large file read as segments by the split reader's workers, a few at a time, merged back in
 * file order: line numbers continue across segments, malformed lines and counts add up.
 */
async function* splitEntries(
  file: string,
  format: LogFormat,
  split: SplitReader,
  stats: ReadStats,
  progress: () => void
): AsyncGenerator<Timed[]> {
  const size = (await stat(file)).size;
  const starts = await lineStarts(file, size, split.segmentBytes);
  const tasks = starts.slice(0, -1).map((start, id) => ({ id, file, start, end: starts[id + 1], format }));
  const pending: (Promise<SegmentResult> | undefined)[] = [];
  let launched = 0;
  let base = 0;
  try {
    for (let k = 0; k < tasks.length; k++) {
      while (launched < tasks.length && launched < k + split.lookahead) {
        const p = split.run(tasks[launched]);
        // Awaited in order below; until then a failure must not count as unhandled.
        p.catch(() => undefined);
        pending[launched++] = p;
      }
      const r = await pending[k]!;
      pending[k] = undefined;
      stats.skipped += r.skipped;
      stats.events += r.events;
      stats.malformedCount += r.malformedCount;
      for (const m of r.malformed)
        if (stats.malformed.length < MAX_MALFORMED_KEPT) stats.malformed.push({ ...m, line: base + m.line });
      stats.bytes += tasks[k].end - tasks[k].start;
      progress();
      const recs = r.records;
      const values = JSON.parse(recs.values) as Record<string, unknown>[];
      const entries: Timed[] = new Array(recs.count);
      for (let i = 0; i < recs.count; i++)
        entries[i] = split.entry(recs, values, i, file, format, base + recs.line[i]);
      base += r.lines;
      if (entries.length > 0) yield entries;
    }
  } finally {
    await Promise.allSettled(pending.filter(Boolean));
  }
}

/**
 * Streams every file through `onEvent` in timestamp order: each file is read batch by batch and
 * the heads of all files are merged, so memory holds one batch a file, never a whole file.
 * Entries outside since/until are skipped. Malformed lines are counted with file and line.
 */
export async function readLogs(
  files: readonly string[],
  onEvent: (e: AuditEvent) => void,
  opts: ReadOptions = {},
  /** Receives the split reader's entries (already inside since/until, and counted). */
  onEntry: (e: Timed) => void = () => undefined
): Promise<ReadStats> {
  const stats = emptyStats();
  const progress = () => opts.onBytes?.(stats.bytes);
  const sources = await Promise.all(
    files.map(async (f, order) => {
      const format = await splitFormat(f, opts);
      if (format) stats.formats[f] = format;
      return {
        it: format
          ? splitEntries(f, format, opts.split!, stats, progress)
          : (fileEvents(f, opts, stats, progress) as AsyncGenerator<Timed[]>),
        split: format !== undefined,
        order,
        buf: [] as Timed[],
        i: 0,
        done: false
      };
    })
  );
  const refill = async (s: (typeof sources)[number]) => {
    while (!s.done && s.i >= s.buf.length) {
      const r = await s.it.next();
      if (r.done) s.done = true;
      else {
        s.buf = r.value;
        s.i = 0;
      }
    }
  };
  try {
    await Promise.all(sources.map(refill));
    const since = opts.since ?? -Infinity;
    const until = opts.until ?? Infinity;
    for (;;) {
      let best: (typeof sources)[number] | undefined;
      for (const s of sources) {
        if (s.i < s.buf.length && (!best || s.buf[s.i].time < best.buf[best.i].time)) best = s;
      }
      if (!best) break;
      // Drain the chosen file while it stays the oldest (one comparison per event in the common
      // case). Equal times go to the file named first, however the files' batches fall.
      let other = Infinity;
      let otherFirst = false;
      for (const s of sources) {
        if (s === best || s.i >= s.buf.length) continue;
        const t = s.buf[s.i].time;
        if (t < other || (t === other && s.order < best.order)) {
          other = t;
          otherFirst = s.order < best.order;
        }
      }
      while (
        best.i < best.buf.length &&
        (best.buf[best.i].time < other || (best.buf[best.i].time === other && !otherFirst))
      ) {
        const e = best.buf[best.i++];
        if (best.split) {
          onEntry(e);
          continue;
        }
        if (e.time < since || e.time > until) continue;
        stats.events++;
        onEvent(e as AuditEvent);
      }
      if (best.i >= best.buf.length) await refill(best);
    }
  } finally {
    // A failure in one file stops the others' readers (and their workers' segments) too.
    await Promise.allSettled(sources.map(s => s.it.return(undefined)));
  }
  return stats;
}
