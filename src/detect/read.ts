import { stat } from 'node:fs/promises';
import type { AuditEvent, LineParser, LogFormat, MalformedLine, Product } from './event.js';
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
const SLICE = 64 * 1024;

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
    const format =
      this.opts.format && this.opts.format !== 'auto' ? this.opts.format : sniffFormat(firstLine);
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

const PRODUCT_OF: Record<LogFormat, Product> = {
  'crdb-v2': 'cockroachdb',
  'crdb-json': 'cockroachdb',
  'crdb-json-compact': 'cockroachdb',
  'pg-stderr': 'postgresql',
  'pg-csvlog': 'postgresql',
  'pg-jsonlog': 'postgresql',
  'couchbase-audit': 'couchbase'
};
/** Formats with exactly one entry per line: the only ones a line prefilter may skip in. */
const ONE_PER_LINE = new Set<LogFormat>(['crdb-json', 'crdb-json-compact', 'pg-jsonlog', 'couchbase-audit']);
/** Formats whose lines name the payload's event type as `"EventType":"…"`. */
const TYPED = new Set<LogFormat>(['crdb-json', 'crdb-json-compact']);

/**
 * The payload's type key as CockroachDB writes it, `"EventType":"`. Inside a JSON string every
 * quote is escaped, so this text can only be a key; a line with none (spaced-out JSON, no payload)
 * or more than one takes the untyped prefilter. The search leaves out the leading `"E`: a regex
 * that starts with a quote stops at every quote (measured 170 ms over 257 MB, against 40 ms).
 */
const TYPE_KEY = /ventType":"/g;
const TYPE_KEY_TEXT = '"EventType":"';

/** A regex's next match at or after a position, remembered so that a region is searched once. */
class NextHit {
  private at = -2;
  private from = 0;
  constructor(readonly re: RegExp) {}
  reset(): void {
    this.at = -2;
  }
  /** The first match at or after `pos` in `text` (-1: none). */
  find(text: string, pos: number): number {
    if (this.at === -1 && this.from <= pos) return -1;
    if (this.at >= pos) return this.at;
    this.re.lastIndex = pos;
    this.from = pos;
    this.at = this.re.exec(text)?.index ?? -1;
    return this.at;
  }
}

/** The next `"EventType":"` at or after a position (-1: none): TYPE_KEY's matches, checked. */
class TypeKeys {
  private readonly hits = new NextHit(TYPE_KEY);
  reset(): void {
    this.hits.reset();
  }
  find(text: string, pos: number): number {
    for (let at = this.hits.find(text, pos + 2); at !== -1; at = this.hits.find(text, at + 1)) {
      if (text.charCodeAt(at - 1) === 69 && text.charCodeAt(at - 2) === 34) return at - 2;
    }
    return -1;
  }
}

/** Does one of the regexes match between `pos` and `nl`? */
function anyWithin(hits: readonly NextHit[], text: string, pos: number, nl: number): boolean {
  for (const h of hits) {
    const at = h.find(text, pos);
    if (at !== -1 && at < nl) return true;
  }
  return false;
}

/**
 * Reads one file as complete lines, region by region (one await per chunk, never the whole
 * file). Regions end at a newline, which never falls inside a UTF-8 sequence. With a prefilter,
 * the region is searched as latin1 (one char per byte, so ASCII literals and offsets match the
 * bytes) and only the lines that contain a literal are decoded as UTF-8 and parsed.
 */
async function* fileEvents(
  file: string,
  opts: ReadOptions,
  stats: ReadStats,
  progress: () => void
): AsyncGenerator<AuditEvent[]> {
  const { stream, bytesRead } = await openLog(file);
  const collector = new EventCollector(file, opts, stats);
  let counted = 0;
  let lineNo = 0;
  let decided = false;
  let filter: RegExp | undefined;

  const full = (region: Buffer, from: number) => {
    const lines = region.toString('utf8', from).split('\n');
    lines.pop();
    for (const l of lines) collector.feed(l.endsWith('\r') ? l.slice(0, -1) : l, ++lineNo);
  };
  const filtered = (region: Buffer, from: number, re: RegExp) => {
    const latin = region.toString('latin1');
    const next = (at: number) => {
      re.lastIndex = at;
      return re.exec(latin)?.index ?? -1;
    };
    let hit = next(from);
    let pos = from;
    while (pos < latin.length) {
      const nl = latin.indexOf('\n', pos);
      lineNo++;
      let end = nl;
      if (end > pos && latin.charCodeAt(end - 1) === 13) end--;
      if (hit !== -1 && hit < nl) {
        collector.feed(region.toString('utf8', pos, end), lineNo);
        hit = next(nl + 1);
      } else if (end > pos) {
        let s = pos;
        while (s < end && latin.charCodeAt(s) === 32) s++;
        // A blank line counts for nothing; anything else must at least look like an object.
        if (s < end) {
          if (latin.charCodeAt(s) === 123 && latin.charCodeAt(end - 1) === 125) stats.skipped++;
          else collector.malformed(lineNo, 'not a JSON object');
        }
      }
      pos = nl + 1;
    }
  };
  // The type-aware variant: each line's type picks the literals that matter for it.
  let plans: ((type: string) => TypePlan) | undefined;
  const hits = new Map<TypePlan | RegExp, NextHit[]>();
  const hitsOf = (plan: readonly RegExp[]) => {
    let h = hits.get(plan);
    if (!h) hits.set(plan, (h = plan.map(re => new NextHit(re))));
    return h;
  };
  const keys = new TypeKeys();
  let anyHits: NextHit[] | undefined;
  const typed = (region: Buffer, typeOf: (type: string) => TypePlan) => {
    const latin = region.toString('latin1');
    for (const list of hits.values()) for (const h of list) h.reset();
    keys.reset();
    let pos = 0;
    while (pos < latin.length) {
      const nl = latin.indexOf('\n', pos);
      lineNo++;
      let end = nl;
      if (end > pos && latin.charCodeAt(end - 1) === 13) end--;
      let plan: TypePlan | undefined;
      const key = keys.find(latin, pos);
      const again = key !== -1 && key < nl ? keys.find(latin, key + 1) : -1;
      if (key !== -1 && key < nl && (again === -1 || again > nl)) {
        const from = key + TYPE_KEY_TEXT.length;
        let q = from;
        for (; q < end; q++) {
          const c = latin.charCodeAt(q);
          // [A-Za-z0-9_]: a type with anything else (escapes, markers) is left to the untyped path.
          if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95)) break;
        }
        if (q < end && latin.charCodeAt(q) === 34) plan = typeOf(latin.slice(from, q));
      }
      let parse: boolean;
      if (plan === 'parse') parse = true;
      else if (plan === 'skip') parse = false;
      else if (plan) parse = anyWithin(hitsOf(plan), latin, pos, nl);
      else parse = !anyHits || anyWithin(anyHits, latin, pos, nl);
      if (parse) collector.feed(region.toString('utf8', pos, end), lineNo);
      else if (end > pos) {
        let s = pos;
        while (s < end && latin.charCodeAt(s) === 32) s++;
        if (s < end) {
          if (latin.charCodeAt(s) === 123 && latin.charCodeAt(end - 1) === 125) stats.skipped++;
          else collector.malformed(lineNo, 'not a JSON object');
        }
      }
      pos = nl + 1;
    }
  };
  const region = (buf: Buffer) => {
    let from = 0;
    if (!decided) {
      // The first non-empty line decides the format (and so whether lines may be skipped).
      while (from < buf.length) {
        const nl = buf.indexOf(10, from);
        const line = buf.toString('utf8', from, nl).replace(/\r$/, '');
        if (line.trim() !== '') {
          const format = collector.decide(line);
          decided = true;
          if (ONE_PER_LINE.has(format)) filter = opts.prefilter?.get(PRODUCT_OF[format]);
          if (TYPED.has(format) && opts.prefilter?.has('cockroachdb')) plans = opts.typePlans;
          if (plans && filter) anyHits = hitsOf([filter]);
          break;
        }
        lineNo++;
        from = nl + 1;
      }
      if (!decided) return;
    }
    // Decode in slices of about 64 KiB cut at newlines: strings that small are young-generation
    // garbage, while one string per 1 MiB chunk lands in the large-object space and forces full
    // collections (measured: fewer mark-compacts and a lower RSS).
    while (from < buf.length) {
      let end = buf.length;
      if (end - from > SLICE) {
        const nl = buf.indexOf(10, from + SLICE);
        end = nl === -1 ? buf.length : nl + 1;
      }
      const slice = buf.subarray(from, end);
      if (plans) typed(slice, plans);
      else if (filter) filtered(slice, 0, filter);
      else full(slice, 0);
      from = end;
    }
  };

  // The partial line at a chunk's end is copied (chunks may share one buffer) and completed by
  // the next chunk's first line, alone: the rest of that chunk is processed where it lies.
  let rest: Buffer | undefined;
  for await (const chunk of stream) {
    let from = 0;
    if (rest) {
      const nl = chunk.indexOf(10);
      if (nl === -1) {
        rest = Buffer.concat([rest, chunk]);
        continue;
      }
      region(Buffer.concat([rest, chunk.subarray(0, nl + 1)]));
      rest = undefined;
      from = nl + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last < from) {
      if (from < chunk.length) rest = Buffer.from(chunk.subarray(from));
      continue;
    }
    if (last + 1 < chunk.length) rest = Buffer.from(chunk.subarray(last + 1));
    region(chunk.subarray(from, last + 1));
    const read = bytesRead();
    stats.bytes += read - counted;
    counted = read;
    progress();
    const events = collector.take();
    if (events.length > 0) yield events;
  }
  if (rest) region(Buffer.concat([rest, Buffer.from('\n')]));
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
