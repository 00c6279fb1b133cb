import { stat } from 'node:fs/promises';
import type { AuditEvent, LineParser, LogFormat, MalformedLine, Product } from './event.js';
import { cutRegions, LineReader } from './line-reader.js';
import { openLog } from './lines.js';
import { createParser, sniffFormat, type ParserOptions } from './parsers/index.js';
import type { TypePlan } from './rules/literals.js';

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

  constructor(
    private readonly file: string,
    private readonly opts: ParserOptions & { format?: LogFormat | 'auto' },
    private readonly stats: ReadStats
  ) {}

  get format(): LogFormat | undefined {
    return this.parser?.format;
  }

  /** Picks the parser from the first non-empty line (or the format the user named). */
  decide(firstLine: string): LogFormat {
    if (this.parser) return this.parser.format;
    return this.decideAs(
      this.opts.format && this.opts.format !== 'auto' ? this.opts.format : sniffFormat(firstLine)
    );
  }

  /** Uses a format decided elsewhere (a worker reading a range of a file the reader sniffed). */
  decideAs(format: LogFormat): LogFormat {
    if (this.parser) return this.parser.format;
    this.stats.formats[this.file] = format;
    this.parser = createParser(
      format,
      this.file,
      { event: e => this.events.push(e), malformed: (l, reason) => this.malformed(l, reason) },
      this.opts
    );
    return format;
  }

  malformed(line: number, reason: string): void {
    this.stats.malformedCount++;
    if (this.stats.malformed.length < MAX_MALFORMED_KEPT)
      this.stats.malformed.push({ file: this.file, line, reason });
  }

  feed(text: string, line: number): void {
    if (!this.parser) {
      if (text.trim() === '') return;
      this.decide(text);
    }
    this.parser!.feed(text, line);
  }

  end(): void {
    this.parser?.end();
  }

  /** Takes the events parsed so far, in time order. */
  take(): AuditEvent[] {
    const out = this.events;
    this.events = [];
    out.sort((a, b) => a.time - b.time);
    return out;
  }
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
  const { stream, bytesRead } = await openLog(file);
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
 * Streams every file through `onEvent` in timestamp order: each file is read batch by batch and
 * the heads of all files are merged, so memory holds one batch a file, never a whole file.
 * Entries outside since/until are skipped. Malformed lines are counted with file and line.
 */
export async function readLogs(
  files: readonly string[],
  onEvent: (e: AuditEvent) => void,
  opts: ReadOptions = {}
): Promise<ReadStats> {
  const stats = emptyStats();
  const progress = () => opts.onBytes?.(stats.bytes);
  const sources = files.map(f => ({
    it: fileEvents(f, opts, stats, progress),
    buf: [] as AuditEvent[],
    i: 0,
    done: false
  }));
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
  await Promise.all(sources.map(refill));
  const since = opts.since ?? -Infinity;
  const until = opts.until ?? Infinity;
  for (;;) {
    let best: (typeof sources)[number] | undefined;
    for (const s of sources) {
      if (s.i < s.buf.length && (!best || s.buf[s.i].time < best.buf[best.i].time)) best = s;
    }
    if (!best) break;
    // Drain the chosen file while it stays the oldest (one comparison per event in the common case).
    const other = sources.reduce(
      (m, s) => (s !== best && s.i < s.buf.length ? Math.min(m, s.buf[s.i].time) : m),
      Infinity
    );
    while (best.i < best.buf.length && best.buf[best.i].time <= other) {
      const e = best.buf[best.i++];
      if (e.time < since || e.time > until) continue;
      stats.events++;
      onEvent(e);
    }
    if (best.i >= best.buf.length) await refill(best);
  }
  return stats;
}
