import type { LogFormat, Product } from './event.js';
import type { EventCollector, ReadOptions, ReadStats } from './read.js';
import type { TypePlan } from './rules/literals.js';

const SLICE = 64 * 1024;

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
export const ONE_PER_LINE = new Set<LogFormat>([
  'crdb-json',
  'crdb-json-compact',
  'pg-jsonlog',
  'couchbase-audit'
]);
/** Formats whose lines name the payload's event type as `"EventType":"…"`. */
const TYPED = new Set<LogFormat>(['crdb-json', 'crdb-json-compact']);

/**
 * The payload's type key as CockroachDB writes it, `"EventType":"`. Inside a JSON string every
 * quote is escaped, so this text can only be a key; a line with none (spaced-out JSON, no payload)
 * or more than one takes the untyped prefilter. The search leaves out the leading `"E`: a regex
 * that starts with a quote stops at every quote (measured 170 ms over 257 MB, against 40 ms).
 */
const TYPE_KEY_SEARCHED = 'ventType":"';
const TYPE_KEY = /ventType":"/g;
const TYPE_KEY_TEXT = '"EventType":"';

/**
 * A regex's next match, remembered so that a region is searched once, found with test() (no
 * match object: measured a tenth of the prefilter's time). It answers with where the match ends:
 * it is only asked at line starts, and a match never holds a newline, so a match that ends after
 * a line start begins at or after it, and one that ends by a newline lies in that line.
 */
class NextHit {
  private end = -2;
  private from = 0;
  constructor(readonly re: RegExp) {}
  reset(): void {
    this.end = -2;
  }
  /** The end of the first match at or after the line start `pos` (-1: none). */
  find(text: string, pos: number): number {
    if (this.end === -1 && this.from <= pos) return -1;
    if (this.end > pos) return this.end;
    this.re.lastIndex = pos;
    this.from = pos;
    this.end = this.re.test(text) ? this.re.lastIndex : -1;
    return this.end;
  }
}

/** The next `"EventType":"` at or after a position (-1: none): TYPE_KEY's matches, checked. */
class TypeKeys {
  private at = -2;
  private from = 0;
  reset(): void {
    this.at = -2;
  }
  private next(text: string, pos: number): number {
    if (this.at === -1 && this.from <= pos) return -1;
    if (this.at >= pos) return this.at;
    TYPE_KEY.lastIndex = pos;
    this.from = pos;
    // TYPE_KEY has a fixed length, so its end gives its start.
    this.at = TYPE_KEY.test(text) ? TYPE_KEY.lastIndex - TYPE_KEY_SEARCHED.length : -1;
    return this.at;
  }
  find(text: string, pos: number): number {
    for (let at = this.next(text, pos + 2); at !== -1; at = this.next(text, at + 1)) {
      if (text.charCodeAt(at - 1) === 69 && text.charCodeAt(at - 2) === 34) return at - 2;
    }
    return -1;
  }
}

const NON_ASCII = /[\x80-\xff]/;
/** CockroachDB's redaction markers ‹ and › as their UTF-8 bytes read one char a byte. */
const LATIN1_MARKERS = /\xe2\x80[\xb9\xba]/g;

/**
 * A CockroachDB json line without its redaction markers, when that leaves only ASCII (then its
 * latin1 reading is its text, and the parser, which drops the markers anyway, gets a one-byte
 * string instead of a decoded two-byte one: measured 25% less time per kept line). Undefined
 * when the line holds other non-ASCII text: it is decoded as UTF-8.
 */
function unmarkedAscii(latin: string, pos: number, end: number): string | undefined {
  const line = latin.slice(pos, end);
  if (!NON_ASCII.test(line)) return line;
  const stripped = line.replace(LATIN1_MARKERS, '');
  return NON_ASCII.test(stripped) ? undefined : stripped;
}

/** Does one of the regexes match in the line from `pos` to its newline `nl`? */
function anyWithin(hits: readonly NextHit[], text: string, pos: number, nl: number): boolean {
  for (const h of hits) {
    const end = h.find(text, pos);
    if (end !== -1 && end <= nl) return true;
  }
  return false;
}

/**
 * Turns regions of complete lines into collector input, line by line, with the prefilters of
 * ReadOptions. Regions end at a newline, which never falls inside a UTF-8 sequence. With a
 * prefilter, a region is searched as latin1 (one char per byte, so ASCII literals and offsets
 * match the bytes) and only the lines that contain a literal are decoded as UTF-8 and parsed.
 * The file reader and the hunt's workers (which read byte ranges of one file) share it.
 */
export class LineReader {
  /** The number of the last line read. */
  lineNo = 0;
  /** The file offset of the region being read (the regions of a file follow each other). */
  private offset: number;
  private sliceOffset = 0;
  private decided = false;
  private plans: ((type: string) => TypePlan) | undefined;
  /** Whether lines may be skipped at all (a literal prefilter or type plans apply). */
  private prefiltered = false;
  /** CockroachDB formats: redaction markers may be dropped before parsing. */
  private markers = false;
  private readonly hits = new Map<readonly RegExp[], NextHit[]>();
  private readonly keys = new TypeKeys();
  /**
   * JSON `\u` escapes. A literal can hide behind one (`grant\u005frole` is grant_role once
   * parsed): a line that holds an escape is never skipped for lacking a literal.
   */
  private readonly escapes = new NextHit(/\\u/g);
  private anyHits: NextHit[] | undefined;

  constructor(
    private readonly collector: EventCollector,
    private readonly stats: ReadStats,
    private readonly opts: ReadOptions,
    /** A format decided before (a worker's range of a sniffed file): no line is sniffed. */
    format?: LogFormat,
    /** Where the first region starts in the file. */
    start = 0
  ) {
    this.offset = start;
    if (format) this.use(collector.decideAs(format));
  }

  private use(format: LogFormat): void {
    this.decided = true;
    const filter = ONE_PER_LINE.has(format) ? this.opts.prefilter?.get(PRODUCT_OF[format]) : undefined;
    if (TYPED.has(format) && this.opts.prefilter?.has('cockroachdb')) this.plans = this.opts.typePlans;
    this.markers = TYPED.has(format);
    // No literals for the product: only type plans (if any) can skip a line.
    if (filter) this.anyHits = this.hitsOf([filter]);
    this.prefiltered = this.anyHits !== undefined || this.plans !== undefined;
  }

  private hitsOf(plan: readonly RegExp[]): NextHit[] {
    let h = this.hits.get(plan);
    if (!h) this.hits.set(plan, (h = plan.map(re => new NextHit(re))));
    return h;
  }

  /** A line the prefilter passed over: counted as skipped, or as malformed if it is no object. */
  private passOver(latin: string, pos: number, end: number): void {
    if (end <= pos) return;
    let s = pos;
    while (s < end && latin.charCodeAt(s) === 32) s++;
    // A blank line counts for nothing; anything else must at least look like an object.
    if (s < end) {
      if (latin.charCodeAt(s) === 123 && latin.charCodeAt(end - 1) === 125) this.stats.skipped++;
      else this.collector.malformed(this.lineNo, 'not a JSON object');
    }
  }

  private full(region: Buffer): void {
    if (this.collector.wantsPlace) {
      // A worker needs each line's place: cut at the bytes.
      for (let pos = 0; pos < region.length;) {
        const nl = region.indexOf(10, pos);
        const end = nl > pos && region[nl - 1] === 13 ? nl - 1 : nl;
        this.collector.feed(
          region.toString('utf8', pos, end),
          ++this.lineNo,
          this.sliceOffset + pos,
          end - pos
        );
        pos = nl + 1;
      }
      return;
    }
    const lines = region.toString('utf8').split('\n');
    lines.pop();
    for (const l of lines) this.collector.feed(l.endsWith('\r') ? l.slice(0, -1) : l, ++this.lineNo);
  }

  /**
   * The prefiltered read of one slice. Each line is parsed when its plan says so: with
   * typePlans (CockroachDB json), the plan of the type the line names; otherwise, and for a line
   * whose type cannot be read simply, whether it holds one of the product's literals. A line
   * with a JSON escape is never skipped for lacking a literal.
   */
  private filtered(region: Buffer): void {
    const latin = region.toString('latin1');
    for (const list of this.hits.values()) for (const h of list) h.reset();
    this.keys.reset();
    this.escapes.reset();
    const escaped = [this.escapes];
    const typeOf = this.plans;
    let pos = 0;
    while (pos < latin.length) {
      const nl = latin.indexOf('\n', pos);
      this.lineNo++;
      let end = nl;
      if (end > pos && latin.charCodeAt(end - 1) === 13) end--;
      const plan = typeOf ? this.typePlan(latin, pos, end, nl, typeOf) : undefined;
      let parse: boolean;
      if (plan === 'parse') parse = true;
      else if (plan === 'skip') parse = false;
      else {
        // A line of a type with literals, or one whose type is unknown: the product's literals,
        // if it has any (else every such line is parsed).
        const literal = plan
          ? anyWithin(this.hitsOf(plan), latin, pos, nl)
          : !this.anyHits || anyWithin(this.anyHits, latin, pos, nl);
        parse = literal || anyWithin(escaped, latin, pos, nl);
      }
      if (parse)
        this.collector.feed(
          (this.markers ? unmarkedAscii(latin, pos, end) : undefined) ?? region.toString('utf8', pos, end),
          this.lineNo,
          this.sliceOffset + pos,
          end - pos
        );
      else this.passOver(latin, pos, end);
      pos = nl + 1;
    }
  }

  /** The plan of the one type a line names as `"EventType":"…"`, or undefined (none, several, odd). */
  private typePlan(
    latin: string,
    pos: number,
    end: number,
    nl: number,
    typeOf: (type: string) => TypePlan
  ): TypePlan | undefined {
    const keys = this.keys;
    const key = keys.find(latin, pos);
    if (key === -1 || key >= nl) return undefined;
    const again = keys.find(latin, key + 1);
    if (again !== -1 && again < nl) return undefined;
    const from = key + TYPE_KEY_TEXT.length;
    let q = from;
    for (; q < end; q++) {
      const c = latin.charCodeAt(q);
      // [A-Za-z0-9_]: a type with anything else (escapes, markers) is left to the untyped path.
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95)) break;
    }
    return q < end && latin.charCodeAt(q) === 34 ? this.planOf(latin, from, q, typeOf) : undefined;
  }

  // The last few types seen, most recent first: a log holds few, and comparing in place spares
  // a string and a map lookup per line (measured 40 ms per 257 MB).
  private readonly recentTypes: string[] = [];
  private readonly recentPlans: TypePlan[] = [];

  private planOf(text: string, from: number, to: number, typeOf: (type: string) => TypePlan): TypePlan {
    const types = this.recentTypes;
    const length = to - from;
    for (let i = 0; i < types.length; i++) {
      if (types[i].length === length && text.startsWith(types[i], from)) return this.recentPlans[i];
    }
    const type = text.slice(from, to);
    const plan = typeOf(type);
    types.unshift(type);
    this.recentPlans.unshift(plan);
    if (types.length > 8) {
      types.pop();
      this.recentPlans.pop();
    }
    return plan;
  }

  /** Reads a region of complete lines (it ends with a newline). */
  region(buf: Buffer): void {
    const base = this.offset;
    this.offset += buf.length;
    let from = 0;
    if (!this.decided) {
      // The first non-empty line decides the format (and so whether lines may be skipped).
      const first = firstLine(buf);
      if (!first) {
        this.lineNo += countLines(buf);
        return;
      }
      this.lineNo += first.blanks;
      from = first.at;
      this.use(this.collector.decide(first.line));
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
      this.sliceOffset = base + from;
      if (this.prefiltered) this.filtered(slice);
      else this.full(slice);
      from = end;
    }
  }
}

/**
 * The first line of `buf` that is not blank, where it starts and how many blank lines come
 * before it; undefined when every complete line is blank. Only complete lines count.
 */
export function firstLine(buf: Buffer): { line: string; at: number; blanks: number } | undefined {
  let blanks = 0;
  for (let from = 0; from < buf.length;) {
    const nl = buf.indexOf(10, from);
    if (nl === -1) return undefined;
    const line = buf.toString('utf8', from, nl).replace(/\r$/, '');
    if (line.trim() !== '') return { line, at: from, blanks };
    blanks++;
    from = nl + 1;
  }
  return undefined;
}

function countLines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * Cuts one chunk into a region of complete lines. The partial line at a chunk's end (`rest`,
 * returned) is copied (chunks may share one buffer) and completed by the next chunk's first line,
 * alone: the rest of that chunk is processed where it lies. At the end of input, a rest still
 * left is a last line without a newline: the caller gives it one.
 */
export function cutRegions(
  chunk: Buffer,
  rest: Buffer | undefined,
  region: (buf: Buffer) => void
): Buffer | undefined {
  let from = 0;
  if (rest) {
    const nl = chunk.indexOf(10);
    if (nl === -1) return Buffer.concat([rest, chunk]);
    region(Buffer.concat([rest, chunk.subarray(0, nl + 1)]));
    from = nl + 1;
  }
  const last = chunk.lastIndexOf(10);
  if (last < from) return from < chunk.length ? Buffer.from(chunk.subarray(from)) : undefined;
  region(chunk.subarray(from, last + 1));
  return last + 1 < chunk.length ? Buffer.from(chunk.subarray(last + 1)) : undefined;
}
