export const id = 864;
export const ids = [864];
export const modules = {

/***/ 88163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ LOG_FORMATS),
/* harmony export */   S$: () => (/* binding */ jsonObjectLine),
/* harmony export */   ag: () => (/* binding */ fieldValue),
/* harmony export */   zv: () => (/* binding */ PRODUCTS)
/* harmony export */ });
/* unused harmony export NORMALIZED_FIELDS */
/** The products a rule's logsource can name, as Sigma spells them. */
const PRODUCTS = ['cockroachdb', 'postgresql', 'couchbase'];
/** Every log format a parser reads; `auto` picks one per file from its first entry. */
const LOG_FORMATS = [
    'crdb-v2',
    'crdb-json',
    'crdb-json-compact',
    'pg-stderr',
    'pg-csvlog',
    'pg-jsonlog',
    'couchbase-audit'
];
/** The normalized fields as rules address them. */
const NORMALIZED_FIELDS = {
    'db.time': (e) => new Date(e.time).toISOString(),
    'db.product': (e) => e.product,
    'db.format': (e) => e.format,
    'db.node': (e) => e.node,
    'db.channel': (e) => e.channel,
    'db.event_type': (e) => e.eventType,
    'db.user': (e) => e.user,
    'db.source_ip': (e) => e.sourceIp,
    'db.statement': (e) => e.statement,
    'db.tag': (e) => e.tag,
    'db.object': (e) => e.object,
    'db.outcome': (e) => e.outcome
};
/**
 * A field's value: `db.*` names the normalized fields, anything else is a dotted path into the
 * vendor fields (`real_userid.user`, `audit.class`, `envelope.channel`). A key that itself holds
 * a dot is found too (Couchbase and CockroachDB tags never nest deeper than one level).
 */
function fieldValue(event, field) {
    let read = readers.get(field);
    if (!read) {
        read = fieldReader(field);
        if (readers.size < 10000)
            readers.set(field, read);
    }
    return read(event);
}
/** Compiled readers by field name: rules name few fields, and read them for every event. */
const readers = new Map();
function fieldReader(field) {
    const normalized = NORMALIZED_FIELDS[field];
    if (normalized && Object.hasOwn(NORMALIZED_FIELDS, field))
        return normalized;
    const parts = field.split('.');
    if (parts.length === 1)
        return e => (Object.hasOwn(e.fields, field) ? e.fields[field] : undefined);
    return e => {
        const fields = e.fields;
        if (Object.hasOwn(fields, field))
            return fields[field];
        let value = fields;
        for (const part of parts) {
            if (value === null || typeof value !== 'object' || Array.isArray(value))
                return undefined;
            if (!Object.hasOwn(value, part))
                return undefined;
            value = value[part];
        }
        return value;
    };
}
/**
 * One line of a JSON-lines log as an object, or undefined after reporting it as malformed
 * ("not a JSON object": not JSON, or JSON that is not an object).
 */
function jsonObjectLine(text, line, sink) {
    let o;
    try {
        o = JSON.parse(text);
    }
    catch {
        sink.malformed(line, 'not a JSON object');
        return undefined;
    }
    if (o === null || typeof o !== 'object' || Array.isArray(o)) {
        sink.malformed(line, 'not a JSON object');
        return undefined;
    }
    return o;
}


/***/ }),

/***/ 66789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ ONE_PER_LINE),
/* harmony export */   OG: () => (/* binding */ cutRegions),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   uo: () => (/* binding */ LineReader)
/* harmony export */ });
const SLICE = 64 * 1024;
const PRODUCT_OF = {
    'crdb-v2': 'cockroachdb',
    'crdb-json': 'cockroachdb',
    'crdb-json-compact': 'cockroachdb',
    'pg-stderr': 'postgresql',
    'pg-csvlog': 'postgresql',
    'pg-jsonlog': 'postgresql',
    'couchbase-audit': 'couchbase'
};
/** Formats with exactly one entry per line: the only ones a line prefilter may skip in. */
const ONE_PER_LINE = new Set([
    'crdb-json',
    'crdb-json-compact',
    'pg-jsonlog',
    'couchbase-audit'
]);
/** Formats whose lines name the payload's event type as `"EventType":"…"`. */
const TYPED = new Set(['crdb-json', 'crdb-json-compact']);
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
    re;
    end = -2;
    from = 0;
    constructor(re) {
        this.re = re;
    }
    reset() {
        this.end = -2;
    }
    /** The end of the first match at or after the line start `pos` (-1: none). */
    find(text, pos) {
        if (this.end === -1 && this.from <= pos)
            return -1;
        if (this.end > pos)
            return this.end;
        this.re.lastIndex = pos;
        this.from = pos;
        this.end = this.re.test(text) ? this.re.lastIndex : -1;
        return this.end;
    }
}
/** The next `"EventType":"` at or after a position (-1: none): TYPE_KEY's matches, checked. */
class TypeKeys {
    at = -2;
    from = 0;
    reset() {
        this.at = -2;
    }
    next(text, pos) {
        if (this.at === -1 && this.from <= pos)
            return -1;
        if (this.at >= pos)
            return this.at;
        TYPE_KEY.lastIndex = pos;
        this.from = pos;
        // TYPE_KEY has a fixed length, so its end gives its start.
        this.at = TYPE_KEY.test(text) ? TYPE_KEY.lastIndex - TYPE_KEY_SEARCHED.length : -1;
        return this.at;
    }
    find(text, pos) {
        for (let at = this.next(text, pos + 2); at !== -1; at = this.next(text, at + 1)) {
            if (text.charCodeAt(at - 1) === 69 && text.charCodeAt(at - 2) === 34)
                return at - 2;
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
function unmarkedAscii(latin, pos, end) {
    const line = latin.slice(pos, end);
    if (!NON_ASCII.test(line))
        return line;
    const stripped = line.replace(LATIN1_MARKERS, '');
    return NON_ASCII.test(stripped) ? undefined : stripped;
}
/** Does one of the regexes match in the line from `pos` to its newline `nl`? */
function anyWithin(hits, text, pos, nl) {
    for (const h of hits) {
        const end = h.find(text, pos);
        if (end !== -1 && end <= nl)
            return true;
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
class LineReader {
    collector;
    stats;
    opts;
    /** The number of the last line read. */
    lineNo = 0;
    /** The file offset of the region being read (the regions of a file follow each other). */
    offset;
    sliceOffset = 0;
    decided = false;
    plans;
    /** Whether lines may be skipped at all (a literal prefilter or type plans apply). */
    prefiltered = false;
    /** CockroachDB formats: redaction markers may be dropped before parsing. */
    markers = false;
    hits = new Map();
    keys = new TypeKeys();
    /**
     * JSON `\u` escapes. A literal can hide behind one (`grant\u005frole` is grant_role once
     * parsed): a line that holds an escape is never skipped for lacking a literal.
     */
    escapes = new NextHit(/\\u/g);
    anyHits;
    constructor(collector, stats, opts, 
    /** A format decided before (a worker's range of a sniffed file): no line is sniffed. */
    format, 
    /** Where the first region starts in the file. */
    start = 0) {
        this.collector = collector;
        this.stats = stats;
        this.opts = opts;
        this.offset = start;
        if (format)
            this.use(collector.decideAs(format));
    }
    use(format) {
        this.decided = true;
        const filter = ONE_PER_LINE.has(format) ? this.opts.prefilter?.get(PRODUCT_OF[format]) : undefined;
        if (TYPED.has(format) && this.opts.prefilter?.has('cockroachdb'))
            this.plans = this.opts.typePlans;
        this.markers = TYPED.has(format);
        // No literals for the product: only type plans (if any) can skip a line.
        if (filter)
            this.anyHits = this.hitsOf([filter]);
        this.prefiltered = this.anyHits !== undefined || this.plans !== undefined;
    }
    hitsOf(plan) {
        let h = this.hits.get(plan);
        if (!h)
            this.hits.set(plan, (h = plan.map(re => new NextHit(re))));
        return h;
    }
    /** A line the prefilter passed over: counted as skipped, or as malformed if it is no object. */
    passOver(latin, pos, end) {
        if (end <= pos)
            return;
        let s = pos;
        while (s < end && latin.charCodeAt(s) === 32)
            s++;
        // A blank line counts for nothing; anything else must at least look like an object.
        if (s < end) {
            if (latin.charCodeAt(s) === 123 && latin.charCodeAt(end - 1) === 125)
                this.stats.skipped++;
            else
                this.collector.malformed(this.lineNo, 'not a JSON object');
        }
    }
    full(region) {
        if (this.collector.wantsPlace) {
            // A worker needs each line's place: cut at the bytes.
            for (let pos = 0; pos < region.length;) {
                const nl = region.indexOf(10, pos);
                const end = nl > pos && region[nl - 1] === 13 ? nl - 1 : nl;
                this.collector.feed(region.toString('utf8', pos, end), ++this.lineNo, this.sliceOffset + pos, end - pos);
                pos = nl + 1;
            }
            return;
        }
        const lines = region.toString('utf8').split('\n');
        lines.pop();
        for (const l of lines)
            this.collector.feed(l.endsWith('\r') ? l.slice(0, -1) : l, ++this.lineNo);
    }
    /**
     * The prefiltered read of one slice. Each line is parsed when its plan says so: with
     * typePlans (CockroachDB json), the plan of the type the line names; otherwise, and for a line
     * whose type cannot be read simply, whether it holds one of the product's literals. A line
     * with a JSON escape is never skipped for lacking a literal.
     */
    filtered(region) {
        const latin = region.toString('latin1');
        for (const list of this.hits.values())
            for (const h of list)
                h.reset();
        this.keys.reset();
        this.escapes.reset();
        const escaped = [this.escapes];
        const typeOf = this.plans;
        let pos = 0;
        while (pos < latin.length) {
            const nl = latin.indexOf('\n', pos);
            this.lineNo++;
            let end = nl;
            if (end > pos && latin.charCodeAt(end - 1) === 13)
                end--;
            const plan = typeOf ? this.typePlan(latin, pos, end, nl, typeOf) : undefined;
            let parse;
            if (plan === 'parse')
                parse = true;
            else if (plan === 'skip')
                parse = false;
            else {
                // A line of a type with literals, or one whose type is unknown: the product's literals,
                // if it has any (else every such line is parsed).
                const literal = plan
                    ? anyWithin(this.hitsOf(plan), latin, pos, nl)
                    : !this.anyHits || anyWithin(this.anyHits, latin, pos, nl);
                parse = literal || anyWithin(escaped, latin, pos, nl);
            }
            if (parse)
                this.collector.feed((this.markers ? unmarkedAscii(latin, pos, end) : undefined) ?? region.toString('utf8', pos, end), this.lineNo, this.sliceOffset + pos, end - pos);
            else
                this.passOver(latin, pos, end);
            pos = nl + 1;
        }
    }
    /** The plan of the one type a line names as `"EventType":"…"`, or undefined (none, several, odd). */
    typePlan(latin, pos, end, nl, typeOf) {
        const keys = this.keys;
        const key = keys.find(latin, pos);
        if (key === -1 || key >= nl)
            return undefined;
        const again = keys.find(latin, key + 1);
        if (again !== -1 && again < nl)
            return undefined;
        const from = key + TYPE_KEY_TEXT.length;
        let q = from;
        for (; q < end; q++) {
            const c = latin.charCodeAt(q);
            // [A-Za-z0-9_]: a type with anything else (escapes, markers) is left to the untyped path.
            if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95))
                break;
        }
        return q < end && latin.charCodeAt(q) === 34 ? this.planOf(latin, from, q, typeOf) : undefined;
    }
    // The last few types seen, most recent first: a log holds few, and comparing in place spares
    // a string and a map lookup per line (measured 40 ms per 257 MB).
    recentTypes = [];
    recentPlans = [];
    planOf(text, from, to, typeOf) {
        const types = this.recentTypes;
        const length = to - from;
        for (let i = 0; i < types.length; i++) {
            if (types[i].length === length && text.startsWith(types[i], from))
                return this.recentPlans[i];
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
    region(buf) {
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
            if (this.prefiltered)
                this.filtered(slice);
            else
                this.full(slice);
            from = end;
        }
    }
}
/**
 * The first line of `buf` that is not blank, where it starts and how many blank lines come
 * before it; undefined when every complete line is blank. Only complete lines count.
 */
function firstLine(buf) {
    let blanks = 0;
    for (let from = 0; from < buf.length;) {
        const nl = buf.indexOf(10, from);
        if (nl === -1)
            return undefined;
        const line = buf.toString('utf8', from, nl).replace(/\r$/, '');
        if (line.trim() !== '')
            return { line, at: from, blanks };
        blanks++;
        from = nl + 1;
    }
    return undefined;
}
function countLines(buf) {
    let n = 0;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1))
        n++;
    return n;
}
/**
 * Cuts one chunk into a region of complete lines. The partial line at a chunk's end (`rest`,
 * returned) is copied (chunks may share one buffer) and completed by the next chunk's first line,
 * alone: the rest of that chunk is processed where it lies. At the end of input, a rest still
 * left is a last line without a newline: the caller gives it one.
 */
function cutRegions(chunk, rest, region) {
    let from = 0;
    if (rest) {
        const nl = chunk.indexOf(10);
        if (nl === -1)
            return Buffer.concat([rest, chunk]);
        region(Buffer.concat([rest, chunk.subarray(0, nl + 1)]));
        from = nl + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last < from)
        return from < chunk.length ? Buffer.from(chunk.subarray(from)) : undefined;
    region(chunk.subarray(from, last + 1));
    return last + 1 < chunk.length ? Buffer.from(chunk.subarray(last + 1)) : undefined;
}


/***/ }),

/***/ 22044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ne: () => (/* binding */ openLog),
/* harmony export */   kF: () => (/* binding */ rangeChunks),
/* harmony export */   zy: () => (/* binding */ stringLines)
/* harmony export */ });
/* unused harmony export CHUNK_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);



/** Bytes a plain file is read in (ReadOptions.chunkBytes: tests use small ones). */
const CHUNK_BYTES = 1 << 20;
const CHUNK = CHUNK_BYTES;
/**
 * A plain file read chunk by chunk into two reused buffers (no allocation per chunk, unlike a read
 * stream): the next chunk is read while the consumer works on this one (without it, the reader
 * waited ~95 ms per 257 MB for the disk thread), so each chunk is valid only until the consumer
 * asks for the next one, and the consumer copies what it keeps.
 */
async function* reusedChunks(handle, counter, size, start = 0, end = Infinity) {
    const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
    let current = 0;
    let at = start;
    // Each read starts where the one before it ended (it is issued only once that one is done) and
    // ends at a multiple of the chunk size: a range of a file is cut into the same chunks as the
    // whole file is, so that events are put in time order within the same windows (see take()).
    const read = (buf) => {
        const length = Math.min(size - (at % size), end - at);
        return length <= 0 ? Promise.resolve({ bytesRead: 0 }) : handle.read(buf, 0, length, at);
    };
    let pending = read(buffers[0]);
    try {
        for (;;) {
            const { bytesRead } = await pending;
            pending = undefined;
            if (bytesRead === 0)
                return;
            at += bytesRead;
            const chunk = buffers[current].subarray(0, bytesRead);
            current ^= 1;
            pending = read(buffers[current]);
            counter.bytes += bytesRead;
            yield chunk;
        }
    }
    finally {
        // A consumer that stops early (an error) must not leave a read running on a closed handle.
        await pending?.catch(() => undefined);
        await handle.close();
    }
}
/** The bytes from `start` to `end` of a plain file, chunk by chunk (see reusedChunks). */
async function* rangeChunks(file, start, end, size = CHUNK) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    yield* reusedChunks(handle, { bytes: 0 }, size, start, end);
}
/**
 * Opens a log file for reading, gunzipping it when it starts with the gzip magic bytes. A plain
 * file's chunks share one buffer (see reusedChunks); gzip output is a stream of fresh buffers.
 */
async function openLog(file, size = CHUNK) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    const head = Buffer.alloc(2);
    let gzip = false;
    try {
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        gzip = bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    if (!gzip) {
        const counter = { bytes: 0 };
        return { stream: reusedChunks(handle, counter, size), bytesRead: () => counter.bytes };
    }
    await handle.close();
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: CHUNK });
    const bytesRead = () => raw.bytesRead;
    const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)();
    raw.on('error', e => gunzip.destroy(e));
    return { stream: raw.pipe(gunzip), bytesRead };
}
/** Lines of an in-memory log (inline rule tests). */
function* stringLines(text) {
    const lines = text.split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        yield [l.endsWith('\r') ? l.slice(0, -1) : l, i + 1];
    }
}


/***/ }),

/***/ 47383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ maskRecord)
/* harmony export */ });
/* unused harmony export maskPasswords */
/**
 * Passwords that reach logs in clear text: PostgreSQL's `log_statement` writes `CREATE ROLE ...
 * PASSWORD 'secret'` as typed, and SQL++ `CREATE USER ... PASSWORD "secret"` likewise. CockroachDB
 * and pgaudit already write `*****` / `<REDACTED>`; those are left as they are.
 */
// Only a quoted literal is a password value: SQL and SQL++ always quote it, and the prose of
// messages ("password authentication failed") never does.
const PASSWORD = /\b(PASSWORD\s+)((?:E|U&)?'(?:[^']|'')*'?|"(?:[^"\\]|\\.|"")*"?|\$([A-Za-z_]*)\$[\s\S]*?\$\3\$)/gi;
function maskPasswords(text) {
    if (!/password/i.test(text))
        return text;
    return text.replace(PASSWORD, (_all, lead) => `${lead}*****`);
}
/** Masks every string in a parsed record, in place, and returns it. */
function maskRecord(value) {
    if (typeof value === 'string')
        return maskPasswords(value);
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            value[i] = maskRecord(value[i]);
        return value;
    }
    if (value !== null && typeof value === 'object') {
        const o = value;
        for (const k of Object.keys(o)) {
            const v = o[k];
            if (typeof v === 'string') {
                if (v.length > 8 && /password/i.test(v))
                    o[k] = maskPasswords(v);
            }
            else if (v !== null && typeof v === 'object')
                maskRecord(v);
        }
    }
    return value;
}


/***/ }),

/***/ 76510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ createParser),
  O: () => (/* binding */ sniffFormat)
});

// EXTERNAL MODULE: ./src/detect/mask.ts
var detect_mask = __webpack_require__(47383);
;// CONCATENATED MODULE: ./src/detect/parsers/couchbase.ts

/** The module that writes an event id (ranges from the audit descriptors). */
function couchbaseModule(id) {
    if (id >= 28672 && id < 32768)
        return 'n1ql';
    if (id >= 20480 && id < 24576)
        return 'memcached';
    if (id >= 8192 && id < 12288)
        return 'ns_server';
    if (id >= 4096 && id < 8192)
        return 'auditd';
    return 'other';
}
const FAILURES = new Set([8193, 8264, 8275, 20481]);
const SUCCESSES = new Set([8192, 20485]);
/**
 * audit.log: one JSON object per line with a numeric `id`. ns_server and memcached write
 * `real_userid.source`, n1ql writes `real_userid.domain`; both are kept as written.
 */
class CouchbaseAuditParser {
    file;
    sink;
    format = 'couchbase-audit';
    constructor(file, sink) {
        this.file = file;
        this.sink = sink;
    }
    feed(text, line) {
        if (text.trim() === '')
            return;
        let o;
        try {
            o = JSON.parse(text);
        }
        catch {
            this.sink.malformed(line, 'not a JSON object');
            return;
        }
        if (o === null || typeof o !== 'object' || Array.isArray(o) || typeof o.id !== 'number') {
            this.sink.malformed(line, 'not a Couchbase audit record (no numeric id)');
            return;
        }
        const time = typeof o.timestamp === 'string' ? Date.parse(o.timestamp) : NaN;
        if (Number.isNaN(time)) {
            this.sink.malformed(line, 'Couchbase audit record without an ISO 8601 timestamp');
            return;
        }
        (0,detect_mask/* maskRecord */.W)(o);
        const id = o.id;
        const real = (o.real_userid ?? {});
        const remote = (o.remote ?? {});
        const identity = (o.identity ?? {});
        const s = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
        let outcome;
        if (FAILURES.has(id))
            outcome = 'failure';
        else if (SUCCESSES.has(id))
            outcome = 'success';
        else if (o.status === 'success')
            outcome = 'success';
        else if (typeof o.status === 'string' && o.status !== '')
            outcome = 'failure';
        this.sink.event({
            time,
            product: 'couchbase',
            format: this.format,
            node: s(o.node),
            channel: couchbaseModule(id),
            eventType: s(o.name) ?? String(id),
            user: s(real.user),
            sourceIp: s(remote.ip),
            statement: s(o.statement),
            object: s(identity.user) ?? s(o.bucket_name) ?? s(o.name_of_bucket),
            outcome,
            fields: o,
            file: this.file,
            line
        });
    }
    end() { }
}

// EXTERNAL MODULE: ./src/detect/event.ts
var detect_event = __webpack_require__(88163);
;// CONCATENATED MODULE: ./src/detect/parsers/cockroachdb.ts


/**
 * CockroachDB channel numbers as they appear in `N@` prefixes and `channel_numeric` (the order of
 * logging.md; SQL_SCHEMA = 5 follows from that order).
 */
const CHANNELS = [
    'DEV',
    'OPS',
    'HEALTH',
    'STORAGE',
    'SESSIONS',
    'SQL_SCHEMA',
    'USER_ADMIN',
    'PRIVILEGES',
    'SENSITIVE_ACCESS',
    'SQL_EXEC',
    'SQL_PERF',
    'SQL_INTERNAL_PERF',
    'TELEMETRY',
    'KV_DISTRIBUTION'
];
function channelName(n) {
    return CHANNELS[n] ?? `CHANNEL_${n}`;
}
/** Redactable sinks wrap sensitive values in ‹…›; rules match the values, not the markers. */
function stripMarkers(value) {
    if (typeof value === 'string')
        return (value.includes('‹') || value.includes('›') ? value.replace(/[‹›]/g, '') : value);
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            value[i] = stripMarkers(value[i]);
        return value;
    }
    if (value !== null && typeof value === 'object') {
        const o = value;
        for (const k of Object.keys(o))
            o[k] = stripMarkers(o[k]);
    }
    return value;
}
/** `10.0.0.7:51234`, `[::1]:52632`, `[::1]`, `10.0.0.7` → the address without port or brackets. */
function hostOf(address) {
    const a = address.trim();
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
    if (bracketed)
        return bracketed[1];
    const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(a);
    if (v4)
        return v4[1];
    return a;
}
/** Envelope timestamps: `"1643209564.684919189"` (seconds.nanos, a string) or a number of seconds. */
function envelopeTime(t) {
    if (typeof t === 'number')
        return t * 1000;
    if (typeof t !== 'string' || t === '')
        return NaN;
    // A hot path: no regex, no split.
    const dot = t.indexOf('.');
    const secs = Number(dot === -1 ? t : t.slice(0, dot));
    const frac = dot === -1 ? '' : t.slice(dot + 1);
    if (!Number.isInteger(secs) || (frac !== '' && !/^\d+$/.test(frac)))
        return NaN;
    return secs * 1000 + (frac === '' ? 0 : Number((frac + '00').slice(0, 3)));
}
/** Could the text hold a password literal? Masking walks the record, so ask the line first. */
const mayHoldPassword = (text) => /password/i.test(text);
const OBJECT_FIELDS = ['TableName', 'DatabaseName', 'SchemaName', 'TypeName', 'RoleName', 'SettingName'];
function str(v) {
    if (typeof v === 'string')
        return v === '' ? undefined : v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return undefined;
}
/** Builds the event from a structured payload (or a message) and its envelope. */
function crdbEvent(payload, envelope, format, time, file, line, mask = true) {
    // Both parsers hand over a payload they have just parsed: it becomes the fields, uncopied.
    const fields = payload ?? {};
    fields.envelope = envelope;
    if (mask)
        (0,detect_mask/* maskRecord */.W)(fields);
    const tags = (envelope.tags ?? {});
    const eventType = str(fields.EventType);
    const remote = str(fields.RemoteAddress) ?? str(tags.client);
    const ts = typeof fields.Timestamp === 'number' ? fields.Timestamp / 1e6 : time;
    let outcome;
    if (eventType === 'client_authentication_failed')
        outcome = 'failure';
    else if (eventType === 'client_authentication_ok')
        outcome = 'success';
    else if (str(fields.ErrorText) || (str(fields.SQLSTATE) && fields.SQLSTATE !== '00000'))
        outcome = 'failure';
    let object;
    for (const k of OBJECT_FIELDS) {
        object = str(fields[k]);
        if (object)
            break;
    }
    return {
        time: ts,
        product: 'cockroachdb',
        format,
        node: str(envelope.node_id) ?? str(tags.n),
        channel: str(envelope.channel),
        eventType,
        user: str(fields.User) ?? str(tags.user),
        sourceIp: remote ? hostOf(remote) : undefined,
        statement: str(fields.Statement),
        tag: str(fields.Tag),
        object,
        outcome,
        fields,
        file,
        line
    };
}
/** The short keys of json-compact and json-fluent-compact, mapped to the long ones. */
const COMPACT = {
    C: 'channel',
    sev: 'severity',
    c: 'channel_numeric',
    f: 'file',
    g: 'goroutine',
    l: 'line',
    n: 'entry_counter',
    r: 'redactable',
    s: 'severity_numeric',
    t: 'timestamp',
    N: 'node_id',
    x: 'cluster_id',
    q: 'instance_id',
    T: 'tenant_id'
};
/** json, json-fluent, json-compact and json-fluent-compact: one object a line. */
class CrdbJsonParser {
    format;
    file;
    sink;
    constructor(format, file, sink) {
        this.format = format;
        this.file = file;
        this.sink = sink;
    }
    feed(text, line) {
        if (text.trim() === '')
            return;
        // Markers are not JSON syntax, so they can only sit inside strings: removing them from the
        // text strips them from every value at once (far cheaper than walking the parsed record).
        const marked = text.includes('‹') || text.includes('›');
        const o = (0,detect_event/* jsonObjectLine */.S$)(marked ? text.replace(/[‹›]/g, '') : text, line, this.sink);
        if (!o)
            return;
        // Escaped markers (\u2039) survive the text pass; walk the record only then.
        const escaped = /\\u203[9aA]/.test(text);
        let envelope = o;
        if (this.format === 'crdb-json-compact' || (!('timestamp' in o) && 't' in o)) {
            envelope = {};
            for (const [k, v] of Object.entries(o))
                envelope[COMPACT[k] ?? k] = v;
        }
        const ev = envelope.event;
        let time = envelopeTime(envelope.timestamp);
        // Hand-written samples (rule tests) may carry only the event's own nanosecond Timestamp.
        if (Number.isNaN(time) && envelope.timestamp === undefined && typeof ev?.Timestamp === 'number')
            time = ev.Timestamp / 1e6;
        if (Number.isNaN(time)) {
            this.sink.malformed(line, 'no timestamp (expected CockroachDB json or json-compact)');
            return;
        }
        const event = envelope.event;
        delete envelope.event;
        if (escaped)
            stripMarkers(envelope);
        if (envelope.channel === undefined && typeof envelope.channel_numeric === 'number')
            envelope.channel = channelName(envelope.channel_numeric);
        const payload = event !== null && typeof event === 'object' && !Array.isArray(event)
            ? escaped
                ? stripMarkers(event)
                : event
            : undefined;
        this.sink.event(crdbEvent(payload, envelope, this.format, time, this.file, line, mayHoldPassword(text)));
    }
    end() { }
}
/** `I210323 21:53:58.304797 53299 4@util/log/event_log.go:32 ⋮ [tags] 52 =payload` */
const V2_PREFIX = /^([IWEFD])(\d\d)(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6}) (\d*) ?(?:(\d+)@)?(\S+):(\d+) (⋮)? ?/;
const SEVERITY = { I: 'INFO', W: 'WARNING', E: 'ERROR', F: 'FATAL', D: 'DEBUG' };
/** Reads the `[…]` tag block, where values in ‹…› may hold brackets (`client=‹[::1]:52632›`). */
function splitTags(rest) {
    if (!rest.startsWith('['))
        return undefined;
    let inMarker = false;
    for (let i = 1; i < rest.length; i++) {
        const ch = rest[i];
        if (ch === '‹')
            inMarker = true;
        else if (ch === '›')
            inMarker = false;
        else if (ch === ']' && !inMarker)
            return { tags: rest.slice(1, i), after: rest.slice(i + 1) };
    }
    return undefined;
}
function parseTags(tags) {
    const out = {};
    if (tags === '-' || tags === '')
        return out;
    let depth = false;
    let start = 0;
    const parts = [];
    for (let i = 0; i < tags.length; i++) {
        if (tags[i] === '‹')
            depth = true;
        else if (tags[i] === '›')
            depth = false;
        else if (tags[i] === ',' && !depth) {
            parts.push(tags.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(tags.slice(start));
    for (const p of parts) {
        const eq = p.indexOf('=');
        if (eq === -1) {
            // `n1` is the node tag; a bare name (`hostssl`) is a flag.
            const node = /^n(\d+)$/.exec(p);
            if (node)
                out.n = node[1];
            else
                out[p] = '';
        }
        else
            out[p.slice(0, eq)] = stripMarkers(p.slice(eq + 1));
    }
    return out;
}
/**
 * crdb-v2, the default file format since v21.1. A structured entry (`=`) carries the event as
 * JSON; a long entry is split over lines marked `|`, and a multi-line one over lines marked `+`,
 * so an entry is complete only when the next one starts.
 */
class CrdbV2Parser {
    file;
    sink;
    format = 'crdb-v2';
    pending;
    constructor(file, sink) {
        this.file = file;
        this.sink = sink;
    }
    feed(text, line) {
        if (text === '')
            return;
        const m = V2_PREFIX.exec(text);
        if (!m) {
            this.sink.malformed(line, 'not a crdb-v2 entry');
            return;
        }
        const split = splitTags(text.slice(m[0].length));
        const rest = split ? split.after : text.slice(m[0].length);
        const tail = /^ (\d+) ([ =!+|])?(.*)$/s.exec(rest) ?? /^ ?(\d*) ?([ =!+|])?(.*)$/s.exec(rest);
        if (!tail) {
            this.sink.malformed(line, 'crdb-v2 entry without a counter');
            return;
        }
        const [, counter, cont = ' ', body] = tail;
        if ((cont === '|' || cont === '+') && this.pending && this.pending.counter === counter) {
            this.pending.payload += cont === '+' ? `\n${body}` : body;
            return;
        }
        this.flush();
        const [, sev, yy, mo, dd, hh, mi, ss, us, goroutine, chan, srcFile, srcLine] = m;
        const time = Date.UTC(2000 + Number(yy), Number(mo) - 1, Number(dd), Number(hh), Number(mi), Number(ss)) +
            Number(us) / 1000;
        const channelNumeric = chan === undefined ? 0 : Number(chan);
        const envelope = {
            severity: SEVERITY[sev] ?? sev,
            channel: channelName(channelNumeric),
            channel_numeric: channelNumeric,
            goroutine: goroutine === '' ? undefined : Number(goroutine),
            file: srcFile,
            line: Number(srcLine),
            redactable: m[13] ? 1 : 0,
            entry_counter: counter === '' ? undefined : Number(counter),
            tags: split ? parseTags(split.tags) : {}
        };
        if (envelope.tags && envelope.tags.n)
            envelope.node_id = envelope.tags.n;
        this.pending = { envelope, time, structured: cont === '=', payload: body, counter, line };
    }
    flush() {
        const p = this.pending;
        this.pending = undefined;
        if (!p)
            return;
        if (p.structured) {
            let payload;
            try {
                payload = JSON.parse(p.payload);
            }
            catch {
                this.sink.malformed(p.line, 'structured crdb-v2 entry whose JSON payload does not parse');
                return;
            }
            if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
                this.sink.malformed(p.line, 'structured crdb-v2 entry whose payload is not an object');
                return;
            }
            this.sink.event(crdbEvent(stripMarkers(payload), p.envelope, 'crdb-v2', p.time, this.file, p.line));
        }
        else {
            p.envelope.message = stripMarkers(p.payload);
            this.sink.event(crdbEvent(undefined, p.envelope, 'crdb-v2', p.time, this.file, p.line));
        }
    }
    end() {
        this.flush();
    }
}

// EXTERNAL MODULE: ./src/detect/parsers/postgresql.ts + 1 modules
var postgresql = __webpack_require__(28787);
;// CONCATENATED MODULE: ./src/detect/parsers/index.ts



function createParser(format, file, sink, opts = {}) {
    switch (format) {
        case 'crdb-v2':
            return new CrdbV2Parser(file, sink);
        case 'crdb-json':
        case 'crdb-json-compact':
            return new CrdbJsonParser(format, file, sink);
        case 'pg-stderr':
            return new postgresql/* PgStderrParser */.Dq(opts.pgPrefix ?? postgresql/* DEFAULT_PREFIX */.Nf, file, sink);
        case 'pg-csvlog':
            return new postgresql/* PgCsvParser */.JR(file, sink);
        case 'pg-jsonlog':
            return new postgresql/* PgJsonParser */.Xb(file, sink);
        case 'couchbase-audit':
            return new CouchbaseAuditParser(file, sink);
    }
}
const CRDB_V2 = /^[IWEFD]\d{6} \d\d:\d\d:\d\d\.\d{6} /;
const PG_TIME_CSV = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}(?: \S+)?,/;
/**
 * The format of a file from its first non-empty line: JSON objects by their keys (CockroachDB's
 * envelope, Couchbase's numeric id, jsonlog's error_severity), crdb-v2 by its prefix, csvlog by
 * a time followed by a comma; anything else is PostgreSQL stderr.
 */
function sniffFormat(firstLine) {
    const t = firstLine.trimStart();
    if (t.startsWith('{')) {
        try {
            const o = JSON.parse(t);
            if (typeof o.id === 'number' && typeof o.timestamp === 'string')
                return 'couchbase-audit';
            if ('error_severity' in o || 'backend_type' in o || 'dbname' in o)
                return 'pg-jsonlog';
            if ('t' in o && 'g' in o && !('timestamp' in o))
                return 'crdb-json-compact';
            return 'crdb-json';
        }
        catch {
            return 'crdb-json';
        }
    }
    if (CRDB_V2.test(t))
        return 'crdb-v2';
    if (PG_TIME_CSV.test(t))
        return 'pg-csvlog';
    return 'pg-stderr';
}


/***/ }),

/***/ 28787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nf: () => (/* binding */ DEFAULT_PREFIX),
  JR: () => (/* binding */ PgCsvParser),
  Xb: () => (/* binding */ PgJsonParser),
  Dq: () => (/* binding */ PgStderrParser),
  wi: () => (/* binding */ compilePrefix)
});

// UNUSED EXPORTS: parsePgaudit, pgEvent, pgTime

// EXTERNAL MODULE: ./src/detect/event.ts
var detect_event = __webpack_require__(88163);
// EXTERNAL MODULE: ./src/detect/mask.ts
var mask = __webpack_require__(47383);
;// CONCATENATED MODULE: ./src/detect/parsers/csv.ts
/**
 * One CSV record (RFC 4180 quoting: `"` around fields, `""` inside them). Returns undefined while
 * a quoted field is still open, so the caller can append the next physical line and try again.
 */
function parseCsvRecord(text) {
    const out = [];
    let i = 0;
    const n = text.length;
    for (;;) {
        if (i < n && text[i] === '"') {
            let value = '';
            i++;
            for (;;) {
                const q = text.indexOf('"', i);
                if (q === -1)
                    return undefined;
                value += text.slice(i, q);
                if (text[q + 1] === '"') {
                    value += '"';
                    i = q + 2;
                }
                else {
                    i = q + 1;
                    break;
                }
            }
            out.push(value);
        }
        else {
            const comma = text.indexOf(',', i);
            const end = comma === -1 ? n : comma;
            out.push(text.slice(i, end));
            i = end;
        }
        if (i >= n)
            return out;
        if (text[i] !== ',') {
            // Text after a closing quote: not valid CSV, but keep it rather than lose the record.
            const comma = text.indexOf(',', i);
            out[out.length - 1] += text.slice(i, comma === -1 ? n : comma);
            if (comma === -1)
                return out;
            i = comma;
        }
        i++;
        if (i === n) {
            out.push('');
            return out;
        }
    }
}

;// CONCATENATED MODULE: ./src/detect/parsers/postgresql.ts



/** PostgreSQL's default log_line_prefix. */
const DEFAULT_PREFIX = '%m [%p] ';
const SEVERITIES = 'LOG|ERROR|FATAL|PANIC|WARNING|NOTICE|INFO|DEBUG[1-5]?|DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION';
const FOLLOW_UPS = {
    DETAIL: 'detail',
    HINT: 'hint',
    STATEMENT: 'statement',
    CONTEXT: 'context',
    QUERY: 'internal_query',
    LOCATION: 'location'
};
/** Each escape as a regex group and the jsonlog key its value goes to. */
const ESCAPES = {
    a: { re: '(.*?)', key: 'application_name' },
    u: { re: '(.*?)', key: 'user' },
    d: { re: '(.*?)', key: 'dbname' },
    r: { re: '(\\S*?)', key: 'remote' },
    h: { re: '(\\S*?)', key: 'remote_host' },
    b: { re: '(.*?)', key: 'backend_type' },
    p: { re: '(\\d+)', key: 'pid' },
    P: { re: '(\\d*)', key: 'leader_pid' },
    t: { re: '(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?: [A-Za-z0-9+:_/-]+)?)', key: 'timestamp' },
    m: { re: '(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}(?: [A-Za-z0-9+:_/-]+)?)', key: 'timestamp' },
    n: { re: '(\\d+\\.\\d+)', key: 'epoch' },
    i: { re: '(.*?)', key: 'ps' },
    e: { re: '([0-9A-Z]{5})', key: 'state_code' },
    c: { re: '([0-9a-f]+\\.[0-9a-f]+)', key: 'session_id' },
    l: { re: '(\\d+)', key: 'line_num' },
    s: { re: '(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?: [A-Za-z0-9+:_/-]+)?)', key: 'session_start' },
    v: { re: '(\\S*?)', key: 'vxid' },
    x: { re: '(\\d+)', key: 'txid' },
    Q: { re: '(-?\\d+)', key: 'query_id' }
};
/** Compiles a log_line_prefix into a regex; throws on an escape PostgreSQL does not have. */
function compilePrefix(prefix) {
    const keys = [];
    let re = '^';
    let optional = 0;
    const literal = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (let i = 0; i < prefix.length; i++) {
        const ch = prefix[i];
        if (ch !== '%') {
            re += literal(ch);
            continue;
        }
        const pad = /^-?\d+/.exec(prefix.slice(i + 1));
        if (pad)
            i += pad[0].length;
        const esc = prefix[++i];
        if (esc === undefined)
            throw new Error(`log_line_prefix ${JSON.stringify(prefix)} ends in a lone %`);
        if (esc === '%')
            re += '%';
        else if (esc === 'q') {
            // Non-session processes stop the prefix here: the rest is optional.
            re += '(?:';
            optional++;
        }
        else {
            const e = ESCAPES[esc];
            if (!e)
                throw new Error(`log_line_prefix ${JSON.stringify(prefix)} has an unknown escape %${esc}`);
            re += pad ? `\\s*${e.re}\\s*` : e.re;
            keys.push(e.key);
        }
    }
    re += ')?'.repeat(optional);
    re += `(${SEVERITIES}):  (.*)$`;
    return { regex: new RegExp(re, 's'), keys };
}
/** `2025-06-15 13:00:01.123 UTC` → epoch ms; time zones other than UTC/GMT or an offset are NaN. */
function pgTime(text) {
    const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?)(?: (\S+))?$/.exec(text.trim());
    if (!m)
        return NaN;
    const zone = m[3] ?? 'UTC';
    let offset;
    if (/^(?:UTC|GMT|Z|Etc\/UTC|UCT)$/i.test(zone))
        offset = 'Z';
    else {
        const o = /^([+-])(\d\d)(?::?(\d\d))?$/.exec(zone);
        if (!o)
            return NaN;
        offset = `${o[1]}${o[2]}:${o[3] ?? '00'}`;
    }
    return Date.parse(`${m[1]}T${m[2]}${offset}`);
}
/** What a server message says happened, for `db.event_type`. */
function classify(message) {
    if (message.startsWith('AUDIT: '))
        return {};
    let m = /^(?:password|[A-Za-z]+) authentication failed for user "((?:[^"]|"")*)"/.exec(message);
    if (m)
        return { type: 'authentication_failed', outcome: 'failure', user: m[1] };
    m =
        /^(?:no pg_hba\.conf entry|pg_hba\.conf rejects connection) for host "[^"]*", user "((?:[^"]|"")*)"/.exec(message);
    if (m)
        return { type: 'hba_rejected', outcome: 'failure', user: m[1] };
    m = /^connection authorized: user=(\S*)/.exec(message);
    if (m)
        return { type: 'connection_authorized', outcome: 'success', user: m[1] };
    if (message.startsWith('connection authenticated: '))
        return { type: 'connection_authenticated', outcome: 'success' };
    if (message.startsWith('connection received: '))
        return { type: 'connection_received' };
    if (message.startsWith('disconnection: '))
        return { type: 'disconnection' };
    if (/^(?:statement|execute [^:]*): /.test(message))
        return { type: 'statement' };
    if (message.startsWith('received SIGHUP'))
        return { type: 'config_reload' };
    if (/^parameter "[^"]+" changed to /.test(message))
        return { type: 'parameter_changed' };
    // A fast or smart shutdown ends with "shut down"; an immediate one only logs its request.
    if (message === 'database system is shut down' || message.startsWith('received immediate shutdown request'))
        return { type: 'shutdown' };
    if (/^received (?:fast|smart) shutdown request/.test(message))
        return { type: 'shutdown_requested' };
    if (message === 'database system is ready to accept connections')
        return { type: 'startup' };
    return {};
}
const AUDIT_COLUMNS = [
    'type',
    'statement_id',
    'substatement_id',
    'class',
    'command',
    'object_type',
    'object_name',
    'statement',
    'parameter'
];
/** pgaudit's CSV payload: `AUDIT: SESSION,5,1,ROLE,GRANT ROLE,,,GRANT x TO y,<not logged>`. */
function parsePgaudit(message) {
    if (!message.startsWith('AUDIT: '))
        return undefined;
    const cols = parseCsvRecord(message.slice(7));
    if (!cols || cols.length < 8)
        return undefined;
    const audit = {};
    AUDIT_COLUMNS.forEach((k, i) => {
        if (cols[i] !== undefined)
            audit[k] = cols[i];
    });
    // A statement with commas the CSV writer did not quote would spill into PARAMETER; rejoin it.
    if (cols.length > 9) {
        audit.statement = cols.slice(7, cols.length - 1).join(',');
        audit.parameter = cols[cols.length - 1];
    }
    return audit;
}
/** Builds the event from jsonlog-named fields (all three formats end up here). */
function pgEvent(fields, format, time, file, line) {
    const message = typeof fields.message === 'string' ? fields.message : '';
    const audit = parsePgaudit(message);
    if (audit)
        fields.audit = audit;
    (0,mask/* maskRecord */.W)(fields);
    const c = classify(message);
    const s = (v) => typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
    let statement;
    if (audit)
        statement = audit.statement;
    else if (c.type === 'statement')
        statement = fields.message.replace(/^(?:statement|execute [^:]*): /, '');
    else
        statement = s(fields.statement);
    return {
        time,
        product: 'postgresql',
        format,
        node: s(fields.node),
        channel: audit ? audit.class : undefined,
        eventType: audit ? audit.command : c.type,
        user: s(fields.user) ?? c.user,
        sourceIp: s(fields.remote_host),
        statement,
        tag: audit ? audit.command : s(fields.ps),
        object: audit ? s(audit.object_name) : undefined,
        outcome: c.outcome,
        fields,
        file,
        line
    };
}
function splitRemote(fields, remote) {
    // %r and csvlog's connection_from write host(port) and host:port.
    const m = /^(.*?)(?:\((\d+)\)|:(\d+))$/.exec(remote);
    if (m && m[1] !== '' && !m[1].endsWith(':')) {
        fields.remote_host = m[1];
        fields.remote_port = Number(m[2] ?? m[3]);
    }
    else if (remote !== '')
        fields.remote_host = remote;
}
/** stderr output with a given log_line_prefix; DETAIL/HINT/STATEMENT lines join their message. */
class PgStderrParser {
    file;
    sink;
    format = 'pg-stderr';
    pending;
    pattern;
    constructor(prefix, file, sink) {
        this.file = file;
        this.sink = sink;
        this.pattern = compilePrefix(prefix);
    }
    feed(text, line) {
        const m = this.pattern.regex.exec(text);
        if (!m) {
            if (this.pending && (text.startsWith('\t') || text.startsWith(' ') || text === '')) {
                const p = this.pending;
                p.fields[p.last] = `${p.fields[p.last]}\n${text.replace(/^\t/, '')}`;
            }
            else if (text !== '')
                this.sink.malformed(line, 'does not start with the log_line_prefix');
            return;
        }
        const values = {};
        this.pattern.keys.forEach((k, i) => {
            const v = m[i + 1];
            if (v !== undefined && v !== '' && values[k] === undefined)
                values[k] = v;
        });
        const severity = m[this.pattern.keys.length + 1];
        const body = m[this.pattern.keys.length + 2];
        const follow = FOLLOW_UPS[severity];
        if (follow) {
            if (this.pending) {
                this.pending.fields[follow] = body;
                this.pending.last = follow;
            }
            else
                this.sink.malformed(line, `${severity} line without the message it belongs to`);
            return;
        }
        this.flush();
        let time = NaN;
        if (typeof values.timestamp === 'string')
            time = pgTime(values.timestamp);
        else if (typeof values.epoch === 'string')
            time = Number(values.epoch) * 1000;
        if (Number.isNaN(time)) {
            this.sink.malformed(line, values.timestamp || values.epoch
                ? `time ${JSON.stringify(values.timestamp ?? values.epoch)} not understood (set log_timezone = 'UTC')`
                : 'the log_line_prefix has no time (%m, %t or %n)');
            return;
        }
        const fields = { ...values, error_severity: severity, message: body };
        delete fields.epoch;
        if (typeof fields.remote === 'string') {
            splitRemote(fields, fields.remote);
            delete fields.remote;
        }
        for (const k of ['pid', 'leader_pid', 'line_num', 'txid'])
            if (typeof fields[k] === 'string')
                fields[k] = Number(fields[k]);
        this.pending = { fields, time, line, last: 'message' };
    }
    flush() {
        const p = this.pending;
        this.pending = undefined;
        if (p)
            this.sink.event(pgEvent(p.fields, this.format, p.time, this.file, p.line));
    }
    end() {
        this.flush();
    }
}
/** csvlog columns in order, under their jsonlog names. */
const CSV_COLUMNS = [
    'timestamp',
    'user',
    'dbname',
    'pid',
    'connection_from',
    'session_id',
    'line_num',
    'ps',
    'session_start',
    'vxid',
    'txid',
    'error_severity',
    'state_code',
    'message',
    'detail',
    'hint',
    'internal_query',
    'internal_position',
    'context',
    'statement',
    'cursor_position',
    'location',
    'application_name',
    'backend_type',
    'leader_pid',
    'query_id'
];
const NUMERIC = new Set([
    'pid',
    'line_num',
    'txid',
    'internal_position',
    'cursor_position',
    'leader_pid',
    'query_id'
]);
/** csvlog: one CSV record per entry, which may span lines when a field holds newlines. */
class PgCsvParser {
    file;
    sink;
    format = 'pg-csvlog';
    buffer = '';
    start = 0;
    constructor(file, sink) {
        this.file = file;
        this.sink = sink;
    }
    feed(text, line) {
        if (this.buffer === '') {
            if (text === '')
                return;
            this.start = line;
            this.buffer = text;
        }
        else
            this.buffer += `\n${text}`;
        const cols = parseCsvRecord(this.buffer);
        if (!cols) {
            if (this.buffer.length > 1 << 24) {
                this.sink.malformed(this.start, 'csvlog record with an unterminated quote');
                this.buffer = '';
            }
            return;
        }
        this.buffer = '';
        if (cols.length < 23) {
            this.sink.malformed(this.start, `csvlog record with ${cols.length} columns (expected 23 to 26)`);
            return;
        }
        const fields = {};
        CSV_COLUMNS.forEach((k, i) => {
            const v = cols[i];
            if (v === undefined || v === '')
                return;
            fields[k] = NUMERIC.has(k) && /^-?\d+$/.test(v) ? Number(v) : v;
        });
        if (typeof fields.connection_from === 'string')
            splitRemote(fields, fields.connection_from);
        delete fields.connection_from;
        const time = pgTime(String(fields.timestamp ?? ''));
        if (Number.isNaN(time)) {
            this.sink.malformed(this.start, `time ${JSON.stringify(fields.timestamp ?? '')} not understood (set log_timezone = 'UTC')`);
            return;
        }
        this.sink.event(pgEvent(fields, this.format, time, this.file, this.start));
    }
    end() {
        if (this.buffer !== '')
            this.sink.malformed(this.start, 'csvlog record with an unterminated quote');
        this.buffer = '';
    }
}
/** jsonlog (PostgreSQL 15+): one object a line; unknown keys are kept, as the docs ask. */
class PgJsonParser {
    file;
    sink;
    format = 'pg-jsonlog';
    constructor(file, sink) {
        this.file = file;
        this.sink = sink;
    }
    feed(text, line) {
        if (text.trim() === '')
            return;
        const o = (0,detect_event/* jsonObjectLine */.S$)(text, line, this.sink);
        if (!o)
            return;
        const time = pgTime(String(o.timestamp ?? ''));
        if (Number.isNaN(time)) {
            this.sink.malformed(line, `time ${JSON.stringify(o.timestamp ?? '')} not understood (set log_timezone = 'UTC')`);
            return;
        }
        this.sink.event(pgEvent(o, this.format, time, this.file, line));
    }
    end() { }
}


/***/ }),

/***/ 80559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W1: () => (/* binding */ EventCollector),
/* harmony export */   bD: () => (/* binding */ emptyStats),
/* harmony export */   o_: () => (/* binding */ readLogs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _line_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66789);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22044);
/* harmony import */ var _parsers_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76510);




const MAX_MALFORMED_KEPT = 200;
/** Parses lines (from a file or a test) into events; shared by the file reader and inline tests. */
class EventCollector {
    file;
    opts;
    stats;
    keepPlace;
    parser;
    events = [];
    /** With keepPlace, where each event's line lies in the file (a worker sends it, not the line). */
    places = [];
    currentOffset = 0;
    currentLength = 0;
    constructor(file, opts, stats, keepPlace = false) {
        this.file = file;
        this.opts = opts;
        this.stats = stats;
        this.keepPlace = keepPlace;
    }
    /** Does the reader need to say where each line lies? */
    get wantsPlace() {
        return this.keepPlace;
    }
    get format() {
        return this.parser?.format;
    }
    /** Picks the parser from the first non-empty line (or the format the user named). */
    decide(line) {
        if (this.parser)
            return this.parser.format;
        return this.decideAs(formatFor(line, this.opts.format));
    }
    /** Uses a format decided elsewhere (a worker reading a range of a file the reader sniffed). */
    decideAs(format) {
        if (this.parser)
            return this.parser.format;
        this.stats.formats[this.file] = format;
        this.parser = (0,_parsers_index_js__WEBPACK_IMPORTED_MODULE_3__/* .createParser */ .C)(format, this.file, {
            event: e => {
                this.events.push(e);
                if (this.keepPlace)
                    this.places.push(this.currentOffset, this.currentLength);
            },
            malformed: (l, reason) => this.malformed(l, reason)
        }, this.opts);
        return format;
    }
    malformed(line, reason) {
        this.stats.malformedCount++;
        if (this.stats.malformed.length < MAX_MALFORMED_KEPT)
            this.stats.malformed.push({ file: this.file, line, reason });
    }
    /** One line; `offset` and `length` (bytes) say where it lies, for keepPlace. */
    feed(text, line, offset = 0, length = 0) {
        if (!this.parser) {
            if (text.trim() === '')
                return;
            this.decide(text);
        }
        this.currentOffset = offset;
        this.currentLength = length;
        this.parser.feed(text, line);
    }
    end() {
        this.parser?.end();
    }
    /** Takes the events parsed so far, in time order. */
    take() {
        const out = this.events;
        this.events = [];
        this.places = [];
        out.sort((a, b) => a.time - b.time);
        return out;
    }
    /** The same with each event's place in the file (keepPlace: offset and byte length). */
    takeWithPlace() {
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
function formatFor(line, named) {
    return named && named !== 'auto' ? named : (0,_parsers_index_js__WEBPACK_IMPORTED_MODULE_3__/* .sniffFormat */ .O)(line);
}
function emptyStats() {
    return { events: 0, skipped: 0, bytes: 0, malformed: [], malformedCount: 0, formats: {} };
}
/**
 * Reads one file as complete lines, region by region (one await per chunk, never the whole
 * file), yielding the events of each chunk in time order.
 */
async function* fileEvents(file, opts, stats, progress) {
    const { stream, bytesRead } = await (0,_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .openLog */ .Ne)(file, opts.chunkBytes);
    const collector = new EventCollector(file, opts, stats);
    const lines = new _line_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .LineReader */ .uo(collector, stats, opts);
    let counted = 0;
    let rest;
    for await (const chunk of stream) {
        rest = (0,_line_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .cutRegions */ .OG)(chunk, rest, buf => lines.region(buf));
        const read = bytesRead();
        stats.bytes += read - counted;
        counted = read;
        progress();
        const events = collector.take();
        if (events.length > 0)
            yield events;
    }
    if (rest)
        lines.region(Buffer.concat([rest, Buffer.from('\n')]));
    collector.end();
    const last = collector.take();
    if (last.length > 0)
        yield last;
    const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).size;
    if (size > counted)
        stats.bytes += size - counted;
}
/**
 * The format of a file worth splitting (plain, large, one entry a line), or undefined. The first
 * non-empty line decides, as it does for the file reader.
 */
async function splitFormat(file, opts) {
    const split = opts.split;
    if (!split || (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).size < split.minBytes)
        return undefined;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    try {
        const head = Buffer.alloc(64 * 1024);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b)
            return undefined;
        const first = (0,_line_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(head.subarray(0, bytesRead));
        if (!first)
            return undefined;
        const format = formatFor(first.line, opts.format);
        return _line_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .ONE_PER_LINE */ .C3.has(format) ? format : undefined;
    }
    finally {
        await handle.close();
    }
}
/**
 * Offsets that start a line, from 0 to the file's size: at each multiple of `step`, the start of
 * the line that holds that byte. A segment then begins with the line the whole-file reader
 * completes in that chunk, so both order the same events together.
 */
async function lineStarts(file, size, step) {
    const out = [0];
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    const buf = Buffer.allocUnsafe(64 * 1024);
    try {
        for (let x = step; x < size; x += step) {
            const floor = out[out.length - 1];
            let found = -1;
            for (let p = x; p > floor && found === -1;) {
                const from = Math.max(floor, p - buf.length);
                const { bytesRead } = await handle.read(buf, 0, p - from, from);
                const i = buf.subarray(0, bytesRead).lastIndexOf(10);
                if (i !== -1)
                    found = from + i;
                else
                    p = from;
            }
            // No newline since the last start: a line longer than a step.
            if (found !== -1 && found + 1 > floor && found + 1 < size)
                out.push(found + 1);
        }
    }
    finally {
        await handle.close();
    }
    out.push(size);
    return out;
}
/**
 * One large file read as segments by the split reader's workers, a few at a time, merged back in
 * file order: line numbers continue across segments, malformed lines and counts add up.
 */
async function* splitEntries(file, format, split, stats, progress) {
    const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).size;
    const starts = await lineStarts(file, size, split.segmentBytes);
    const tasks = starts.slice(0, -1).map((start, id) => ({ id, file, start, end: starts[id + 1], format }));
    const pending = [];
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
            const r = await pending[k];
            pending[k] = undefined;
            stats.skipped += r.skipped;
            stats.events += r.events;
            stats.malformedCount += r.malformedCount;
            for (const m of r.malformed)
                if (stats.malformed.length < MAX_MALFORMED_KEPT)
                    stats.malformed.push({ ...m, line: base + m.line });
            stats.bytes += tasks[k].end - tasks[k].start;
            progress();
            const recs = r.records;
            const values = JSON.parse(recs.values);
            const entries = new Array(recs.count);
            for (let i = 0; i < recs.count; i++)
                entries[i] = split.entry(recs, values, i, file, format, base + recs.line[i]);
            base += r.lines;
            if (entries.length > 0)
                yield entries;
        }
    }
    finally {
        await Promise.allSettled(pending.filter(Boolean));
    }
}
/**
 * Streams every file through `onEvent` in timestamp order: each file is read batch by batch and
 * the heads of all files are merged, so memory holds one batch a file, never a whole file.
 * Entries outside since/until are skipped. Malformed lines are counted with file and line.
 */
async function readLogs(files, onEvent, opts = {}, 
/** Receives the split reader's entries (already inside since/until, and counted). */
onEntry = () => undefined) {
    const stats = emptyStats();
    const progress = () => opts.onBytes?.(stats.bytes);
    const sources = await Promise.all(files.map(async (f, order) => {
        const format = await splitFormat(f, opts);
        if (format)
            stats.formats[f] = format;
        return {
            it: format
                ? splitEntries(f, format, opts.split, stats, progress)
                : fileEvents(f, opts, stats, progress),
            split: format !== undefined,
            order,
            buf: [],
            i: 0,
            done: false
        };
    }));
    const refill = async (s) => {
        while (!s.done && s.i >= s.buf.length) {
            const r = await s.it.next();
            if (r.done)
                s.done = true;
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
            let best;
            for (const s of sources) {
                if (s.i < s.buf.length && (!best || s.buf[s.i].time < best.buf[best.i].time))
                    best = s;
            }
            if (!best)
                break;
            // Drain the chosen file while it stays the oldest (one comparison per event in the common
            // case). Equal times go to the file named first, however the files' batches fall.
            let other = Infinity;
            let otherFirst = false;
            for (const s of sources) {
                if (s === best || s.i >= s.buf.length)
                    continue;
                const t = s.buf[s.i].time;
                if (t < other || (t === other && s.order < best.order)) {
                    other = t;
                    otherFirst = s.order < best.order;
                }
            }
            while (best.i < best.buf.length &&
                (best.buf[best.i].time < other || (best.buf[best.i].time === other && !otherFirst))) {
                const e = best.buf[best.i++];
                if (best.split) {
                    onEntry(e);
                    continue;
                }
                if (e.time < since || e.time > until)
                    continue;
                stats.events++;
                onEvent(e);
            }
            if (best.i >= best.buf.length)
                await refill(best);
        }
    }
    finally {
        // A failure in one file stops the others' readers (and their workers' segments) too.
        await Promise.allSettled(sources.map(s => s.it.return(undefined)));
    }
    return stats;
}


/***/ }),

/***/ 96226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ Replay)
});

// UNUSED EXPORTS: timespanMs

// EXTERNAL MODULE: ./src/detect/event.ts
var detect_event = __webpack_require__(88163);
// EXTERNAL MODULE: ./src/detect/rules/condition.ts
var condition = __webpack_require__(75782);
;// CONCATENATED MODULE: ./src/detect/rules/dispatch.ts


/**
 * Event-type dispatch: most rules name the event types they can match (`EventType: grant_role`,
 * `db.event_type: [...]`). A replay then evaluates, per event, only the rules whose types include
 * the event's, plus the rules that name none, instead of every rule of the product.
 */
const INDEX_FIELDS = ['EventType', 'db.event_type'];
/** Exact, case-insensitive values of `field` in one selection map (undefined: not constrained). */
function mapValues(m, field) {
    let out;
    for (const [key, value] of Object.entries(m)) {
        if (key !== field)
            continue; // any modifier (contains, startswith, re, cased ...) is not exact
        const list = Array.isArray(value) ? value : [value];
        const set = new Set();
        for (const v of list) {
            // null matches an absent field; wildcards match many values: neither can be indexed.
            if (v === null || v === undefined || typeof v === 'object')
                return undefined;
            const s = String(v);
            if (/(?<!\\)[*?]/.test(s) || s.includes('\\'))
                return undefined;
            set.add(s.toLowerCase());
        }
        out = set;
    }
    return out;
}
const inter = (a, b) => (!a ? b : !b ? a : new Set([...a].filter(x => b.has(x))));
const union = (a, b) => (!a || !b ? undefined : new Set([...a, ...b]));
/** The values of `field` every event the rule matches has, or undefined when it cannot say. */
function ruleFieldValues(rule, field) {
    const detection = rule.doc.detection;
    const parts = new Map();
    const ANY = new Set(['\u0000any']);
    const wrap = (v) => v ?? ANY;
    const unwrap = (v) => (v === ANY || v.has('\u0000any') ? undefined : v);
    for (const [name, sel] of Object.entries(detection)) {
        if (name === 'condition')
            continue;
        // A list of maps is OR; a list of plain values (keywords) says nothing about fields.
        const maps = Array.isArray(sel) ? sel : [sel];
        let v = new Set();
        for (const m of maps) {
            if (m === null || typeof m !== 'object' || Array.isArray(m)) {
                v = undefined;
                break;
            }
            v = union(v, mapValues(m, field));
            if (!v)
                break;
        }
        parts.set(name, wrap(v));
    }
    let out = new Set();
    for (const c of [detection.condition].flat()) {
        const folded = (0,condition/* foldCondition */.H)(c, parts, {
            and: (a, b) => wrap(inter(unwrap(a), unwrap(b))),
            or: (a, b) => wrap(union(unwrap(a), unwrap(b))),
            not: () => ANY,
            all: items => wrap(items.map(unwrap).reduce(inter, undefined)),
            any: items => wrap(items.map(unwrap).reduce((x, y) => union(x, y), new Set()))
        });
        out = union(out, unwrap(folded));
    }
    return out;
}
/** Per product: the rules to evaluate for an event, in the rules' original order. */
class RuleDispatch {
    rules;
    indexed = [];
    cache = new Map();
    constructor(rules) {
        this.rules = rules;
        for (const r of rules) {
            let entry;
            for (const f of INDEX_FIELDS) {
                const v = ruleFieldValues(r, f);
                if (v) {
                    entry = { field: f, values: v };
                    break;
                }
            }
            this.indexed.push(entry ?? { field: '', values: new Set() });
        }
    }
    /** The candidate rules for this event (a superset of those that match it). */
    candidates(e) {
        // Two index fields, spelled out: this runs once per kept event.
        const k0 = indexKey((0,detect_event/* fieldValue */.ag)(e, INDEX_FIELDS[0]));
        const k1 = indexKey((0,detect_event/* fieldValue */.ag)(e, INDEX_FIELDS[1]));
        // A non-string type (a number, a list) is not indexed: every rule is a candidate.
        if (k0 === undefined || k1 === undefined)
            return this.rules;
        const id = `${k0}\u0000${k1}`;
        let out = this.cache.get(id);
        if (!out) {
            const keys = [k0, k1];
            out = this.rules.filter((_, i) => {
                const x = this.indexed[i];
                if (!x.field)
                    return true;
                return x.values.has(keys[INDEX_FIELDS.indexOf(x.field)]);
            });
            if (this.cache.size < 10000)
                this.cache.set(id, out);
        }
        return out;
    }
}
/** An index field's value as a key: lowercased text, '' when absent, undefined when not text. */
function indexKey(v) {
    return typeof v === 'string' ? v.toLowerCase() : v === undefined || v === null ? '' : undefined;
}

;// CONCATENATED MODULE: ./src/detect/replay.ts


const MAX_EVIDENCE = 20;
/** `5m` → milliseconds. */
function timespanMs(span) {
    const m = /^(\d+)([smhd])$/.exec(span);
    if (!m)
        throw new Error(`bad timespan ${span}`);
    return Number(m[1]) * { s: 1000, m: 60000, h: 3600000, d: 86400000 }[m[2]];
}
function groupValues(v) {
    if (v === undefined || v === null || v === '')
        return [''];
    if (Array.isArray(v))
        return v.length === 0 ? [''] : v.map(x => (typeof x === 'object' ? JSON.stringify(x) : String(x)));
    return [typeof v === 'object' ? JSON.stringify(v) : String(v)];
}
function evidence(signals) {
    const events = [];
    let count = 0;
    for (const s of signals) {
        events.push(...s.events);
        count += s.count;
    }
    events.sort((a, b) => a.time - b.time);
    return { events: events.slice(-MAX_EVIDENCE), count };
}
/** Windowed state of one correlation rule, per group-by key. */
class CorrelationState {
    rule;
    span;
    groups = new Map();
    lastPrune = 0;
    /** gap: the earliest time at which some key that is not yet reported falls silent. */
    nextDue = Infinity;
    constructor(rule) {
        this.rule = rule;
        this.span = timespanMs(rule.doc.correlation.timespan);
    }
    /** The field an input rule calls `name` (aliases map a group-by name per input rule). */
    fieldFor(name, input) {
        const alias = this.rule.doc.correlation.aliases?.[name];
        if (!alias)
            return name;
        const ref = this.rule.doc.correlation.rules[input];
        return alias[ref] ?? name;
    }
    /** The fields this correlation reads from the signals of one input (group-by, counted field). */
    fieldsRead(input) {
        const c = this.rule.doc.correlation;
        const names = [
            ...c['group-by'],
            ...(c.type === 'value_count' && c.condition?.field ? [c.condition.field] : [])
        ];
        return names.map(n => this.fieldFor(n, input));
    }
    /** Per input, the fields the group-by names read (computed once: feed runs per event). */
    groupFields = new Map();
    /**
     * A group's map key. Every key of one correlation has one value per group-by field, so with a
     * single field the value itself is unambiguous (and far cheaper than JSON, measured per event).
     */
    keyId(key) {
        return key.length === 1 ? key[0] : JSON.stringify(key);
    }
    feed(input, signal, fire) {
        const c = this.rule.doc.correlation;
        let fields = this.groupFields.get(input);
        if (!fields)
            this.groupFields.set(input, (fields = c['group-by'].map(g => this.fieldFor(g, input))));
        // Fan out over list values (CockroachDB grant_role Members), one group each.
        let keys;
        if (fields.length === 1) {
            const vals = groupValues(signal.get(fields[0]));
            keys = vals.length === 1 ? [vals] : vals.map(v => [v]);
        }
        else {
            keys = [[]];
            for (const f of fields) {
                const vals = groupValues(signal.get(f));
                keys = keys.flatMap(k => vals.map(v => [...k, v]));
            }
        }
        if (c.type === 'gap') {
            this.feedGap(signal, keys, fire);
            return;
        }
        for (const key of keys)
            this.feedGroup(input, signal, key, fire);
        if (signal.time - this.lastPrune > this.span * 4 && this.groups.size > 1000)
            this.prune(signal.time);
    }
    /**
     * Absence. A key whose next signal comes more than `timespan` after its previous one had a gap
     * in its time sequence; a key that stays silent for longer than `timespan` while another key
     * keeps logging (one node of a cluster) is reported as soon as another key's signal shows it,
     * once per silence. Keys are few (nodes, channels), and they are only scanned when one is due.
     */
    feedGap(signal, keys, fire) {
        const groupBy = this.rule.doc.correlation['group-by'];
        const t = signal.time;
        const groupOf = (key) => Object.fromEntries(groupBy.map((g, i) => [g, key[i]]));
        const emit = (key, before, after) => {
            const ev = evidence([before, after]);
            fire({ time: after.time, first: before.time, group: groupOf(key), events: ev.events, eventCount: 2 });
        };
        const own = keys.length === 1 ? undefined : new Set();
        let ownId = '';
        for (const key of keys) {
            const id = this.keyId(key);
            if (own)
                own.add(id);
            else
                ownId = id;
            const w = this.groups.get(id);
            if (!w) {
                this.groups.set(id, { items: [], last: signal, silent: false, key });
            }
            else {
                if (!w.silent && w.last && t - w.last.time > this.span)
                    emit(key, w.last, signal);
                w.last = signal;
                w.silent = false;
            }
            this.nextDue = Math.min(this.nextDue, t + this.span);
        }
        if (t <= this.nextDue)
            return;
        let due = Infinity;
        for (const [id, w] of this.groups) {
            if ((own ? own.has(id) : id === ownId) || w.silent || !w.last)
                continue;
            if (t - w.last.time > this.span) {
                w.silent = true;
                emit(w.key, w.last, signal);
            }
            else
                due = Math.min(due, w.last.time + this.span);
        }
        this.nextDue = Math.min(due, t + this.span);
    }
    /** Drops groups whose newest signal has left the window (memory stays bounded on long replays). */
    prune(now) {
        this.lastPrune = now;
        for (const [k, w] of this.groups) {
            const newest = w.items[w.items.length - 1]?.time ?? Math.max(...(w.chain ?? []).map(x => x ?? -Infinity));
            if (!(now - newest <= this.span))
                this.groups.delete(k);
        }
    }
    feedGroup(input, signal, key, fire) {
        const c = this.rule.doc.correlation;
        const id = this.keyId(key);
        let w = this.groups.get(id);
        if (!w) {
            w = { items: [] };
            this.groups.set(id, w);
        }
        const t = signal.time;
        // The group object is built only when the rule fires (most signals only update a window).
        const emit = (signals) => {
            const ev = evidence(signals);
            fire({
                time: t,
                first: Math.min(...signals.map(s => s.first)),
                group: Object.fromEntries(c['group-by'].map((g, i) => [g, key[i]])),
                events: ev.events,
                eventCount: ev.count
            });
        };
        const threshold = (n) => c.condition?.gte !== undefined ? n >= c.condition.gte : n > (c.condition?.gt ?? 0);
        switch (c.type) {
            case 'event_count': {
                w.items.push(signal);
                while (w.items.length > 0 && t - w.items[0].time > this.span)
                    w.items.shift();
                if (threshold(w.items.length)) {
                    emit(w.items);
                    w.items = [];
                }
                return;
            }
            case 'value_count': {
                const field = c.condition.field;
                const value = signal.get(this.fieldFor(field, input));
                if (value === undefined || value === null || value === '')
                    return;
                w.items.push(signal);
                while (w.items.length > 0 && t - w.items[0].time > this.span)
                    w.items.shift();
                const distinct = new Set(w.items.map(s => groupValues(s.get(this.fieldFor(field, input))).join('\u0000')));
                if (threshold(distinct.size)) {
                    emit(w.items);
                    w.items = [];
                }
                return;
            }
            case 'temporal': {
                w.items = w.items.filter(s => t - s.time <= this.span);
                w.items.push(Object.assign(Object.create(null), signal, { input }));
                const inputs = new Set(w.items.map(s => s.input));
                if (inputs.size === c.rules.length) {
                    emit(w.items);
                    w.items = [];
                }
                return;
            }
            case 'temporal_ordered': {
                const n = c.rules.length;
                w.chain ??= new Array(n).fill(undefined);
                w.chainEvidence ??= new Array(n).fill(undefined);
                const chain = w.chain;
                const proofs = w.chainEvidence;
                if (input === 0) {
                    chain[0] = signal.first;
                    proofs[0] = [signal];
                }
                else {
                    const start = chain[input - 1];
                    if (start !== undefined && t - start <= this.span) {
                        if (chain[input] === undefined || start >= chain[input]) {
                            chain[input] = start;
                            proofs[input] = [...proofs[input - 1], signal];
                        }
                    }
                }
                if (chain[n - 1] !== undefined) {
                    emit(proofs[n - 1]);
                    w.chain = undefined;
                    w.chainEvidence = undefined;
                }
                return;
            }
        }
    }
}
/**
 * Runs rules over events that arrive in time order. Detection rules fire per event; correlations
 * keep windowed state per group-by key. A rule referenced by a correlation reports on its own only
 * when that correlation says `generate: true` (Sigma's default is false).
 */
class Replay {
    onDetection;
    keep;
    byProduct = new Map();
    dispatch = new Map();
    consumers = new Map();
    silent = new Set();
    states = new Map();
    detections = [];
    /** Every detection rule the replay evaluates, in a fixed order (workers name rules by index). */
    detectionRules = [];
    /** Events seen, and events matched by at least one detection rule. */
    events = 0;
    matched = 0;
    constructor(rules, onDetection, keep = true) {
        this.onDetection = onDetection;
        this.keep = keep;
        const all = new Set();
        const generated = new Set();
        const visit = (r) => {
            if (all.has(r))
                return;
            all.add(r);
            if (r.kind === 'correlation')
                r.inputs.forEach(visit);
        };
        rules.forEach(visit);
        for (const r of all) {
            if (r.kind === 'detection') {
                this.detectionRules.push(r);
                const p = r.doc.logsource.product;
                if (!this.byProduct.has(p))
                    this.byProduct.set(p, []);
                this.byProduct.get(p).push(r);
            }
            else {
                const state = new CorrelationState(r);
                this.states.set(r, state);
                const generate = r.doc.correlation.generate;
                r.inputs.forEach((input, i) => {
                    if (!this.consumers.has(input))
                        this.consumers.set(input, []);
                    this.consumers.get(input).push({ state, input: i });
                    const ref = r.doc.correlation.rules[i];
                    if (generate === true || (Array.isArray(generate) && generate.includes(ref)))
                        generated.add(input);
                });
            }
        }
        for (const [p, list] of this.byProduct)
            this.dispatch.set(p, new RuleDispatch(list));
        // An input reports on its own only when a correlation that uses it says so (generate);
        // rules the caller did not ask for (pulled in as inputs) only feed their correlations.
        for (const r of all) {
            if ((this.consumers.has(r) && !generated.has(r)) || !rules.includes(r))
                this.silent.add(r);
        }
    }
    report(rule, d) {
        if (this.silent.has(rule))
            return;
        // Evidence from a worker is kept as its line until a detection needs the event.
        const events = d.events.some(isDeferred) ? d.events.map(resolveEvent) : d.events;
        const det = { rule, ...d, events };
        if (this.keep)
            this.detections.push(det);
        this.onDetection?.(det);
    }
    signal(rule, s) {
        for (const { state, input } of this.consumers.get(rule) ?? []) {
            state.feed(input, s, d => {
                this.report(state.rule, d);
                const group = d.group ?? {};
                this.signal(state.rule, {
                    time: d.time,
                    first: d.first,
                    get: f => group[f],
                    events: d.events,
                    count: d.eventCount
                });
            });
        }
    }
    /** The fields correlations read from the events a detection rule matches. */
    signalFields(rule) {
        const fields = new Set();
        for (const { state, input } of this.consumers.get(rule) ?? [])
            for (const f of state.fieldsRead(input))
                fields.add(f);
        return [...fields];
    }
    /** The detection rules an event matches. Stateless: a worker asks it for the main thread. */
    matching(event) {
        const rules = this.dispatch.get(event.product)?.candidates(event);
        const out = [];
        if (rules)
            for (const rule of rules)
                if (rule.match(event))
                    out.push(rule);
        return out;
    }
    push(event) {
        this.events++;
        const rules = this.matching(event);
        if (rules.length > 0)
            this.pushMatched(event.time, rules, f => (0,detect_event/* fieldValue */.ag)(event, f), event);
    }
    /**
     * An event and the detection rules it matched: each reports, and each correlation that reads
     * the rule takes the signal (`get` reads the fields signalFields names).
     */
    pushMatched(time, rules, get, event) {
        this.matched++;
        for (const rule of rules) {
            this.report(rule, { time, first: time, events: [event], eventCount: 1 });
            if (this.consumers.has(rule))
                this.signal(rule, { time, first: time, get, events: [event], count: 1 });
        }
    }
}
function isDeferred(e) {
    return typeof e.deferred === 'function';
}
function resolveEvent(e) {
    return isDeferred(e) ? e.deferred() : e;
}


/***/ }),

/***/ 75782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ foldCondition),
/* harmony export */   v: () => (/* binding */ compileCondition)
/* harmony export */ });
class ConditionError extends Error {
}
function tokenize(text) {
    const tokens = text.match(/\(|\)|[^\s()]+/g);
    if (!tokens)
        throw new ConditionError('the condition is empty');
    return tokens;
}
function globToRegex(glob) {
    return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}
/** Folds a condition over named parts; throws an Error whose message says what is wrong. */
function foldCondition(text, parts, alg) {
    const tokens = tokenize(text);
    let i = 0;
    const peek = () => tokens[i];
    const next = () => tokens[i++];
    function quantified(kind) {
        if (next() !== 'of')
            throw new ConditionError(`"${kind}" must be followed by "of"`);
        const target = next();
        if (target === undefined)
            throw new ConditionError(`"${kind} of" needs a selection pattern or "them"`);
        const re = target === 'them' ? /^(?!_)/ : globToRegex(target);
        const picked = [...parts.entries()].filter(([n]) => re.test(n)).map(([, p]) => p);
        if (picked.length === 0)
            throw new ConditionError(`"${kind} of ${target}" matches no selection`);
        return kind === 'all' ? alg.all(picked) : alg.any(picked);
    }
    function primary() {
        const t = next();
        if (t === undefined)
            throw new ConditionError('the condition ends too early');
        if (t === '(') {
            const inner = or();
            if (next() !== ')')
                throw new ConditionError('a "(" is not closed');
            return inner;
        }
        if (t === '1' || t === 'any' || t === 'all')
            return quantified(t === 'all' ? 'all' : '1');
        if (['and', 'or', ')', 'of', 'them'].includes(t))
            throw new ConditionError(`unexpected "${t}"`);
        if (t.includes('|'))
            throw new ConditionError('aggregation "|" is not supported: use a correlation rule');
        const p = parts.get(t);
        if (p === undefined)
            throw new ConditionError(`"${t}" is not a selection of this rule`);
        return p;
    }
    function not() {
        if (peek() === 'not') {
            next();
            return alg.not(not());
        }
        return primary();
    }
    function and() {
        let left = not();
        while (peek() === 'and') {
            next();
            left = alg.and(left, not());
        }
        return left;
    }
    function or() {
        let left = and();
        while (peek() === 'or') {
            next();
            left = alg.or(left, and());
        }
        return left;
    }
    const result = or();
    if (i < tokens.length) {
        if (tokens[i].startsWith('|'))
            throw new ConditionError('aggregation "|" is not supported: use a correlation rule');
        throw new ConditionError(`unexpected "${tokens[i]}"`);
    }
    return result;
}
/** Compiles a condition over named predicates. */
function compileCondition(text, selections) {
    return foldCondition(text, selections, {
        and: (a, b) => input => a(input) && b(input),
        or: (a, b) => input => a(input) || b(input),
        not: a => input => !a(input),
        all: items => input => items.every(p => p(input)),
        any: items => input => items.some(p => p(input))
    });
}


/***/ }),

/***/ 18103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WJ: () => (/* binding */ lineFilters)
/* harmony export */ });
/* unused harmony exports ruleLiterals, prefilters, typePlans */
/* harmony import */ var _condition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75782);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90802);


const TOKEN = /[A-Za-z0-9_.:-]+/g;
const MIN = 3;
/** Normalized fields computed from other text, per product; they have no raw literal. */
const DERIVED = new Set(['db.time', 'db.outcome', 'db.format', 'db.product']);
const DERIVED_BY_PRODUCT = {
    cockroachdb: new Set(['db.channel']),
    postgresql: new Set(['db.event_type', 'db.source_ip', 'db.node']),
    couchbase: new Set(['db.channel'])
};
function longestToken(text) {
    let best;
    for (const m of text.matchAll(TOKEN))
        if (!best || m[0].length > best.length)
            best = m[0];
    return best;
}
/** A literal run every match of the regex contains, when one can be proven simply. */
function regexLiteral(source) {
    // Alternation, classes or groups could make any run optional: give up rather than guess.
    if (/[|[(]/.test(source))
        return undefined;
    let best = '';
    let run = '';
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            if (run.length > best.length)
                best = run;
            run = '';
            i++;
            continue;
        }
        if (/[A-Za-z0-9_]/.test(c)) {
            // A quantifier after a character makes that character optional.
            const q = source[i + 1];
            if (q === '?' || q === '*' || q === '{') {
                if (run.length > best.length)
                    best = run;
                run = '';
                continue;
            }
            run += c;
        }
        else {
            if (run.length > best.length)
                best = run;
            run = '';
        }
    }
    if (run.length > best.length)
        best = run;
    return best.length >= MIN ? best : undefined;
}
/** The fields that name a CockroachDB event's type (the payload's own and the normalized one). */
const TYPE_FIELDS = new Set(['EventType', 'db.event_type']);
/** Could an event of this type pass this field test? (The rule's own predicate decides.) */
function typeAdmits(key, value, type) {
    const probe = {
        time: 0,
        product: 'cockroachdb',
        format: 'crdb-json',
        eventType: type === '' ? undefined : type,
        fields: { EventType: type },
        file: '',
        line: 0
    };
    try {
        return (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .compileFieldTest */ .aL)(key, value)(probe);
    }
    catch {
        return true;
    }
}
/**
 * Literals for one field test, or undefined when some value has none. With `type` (the event
 * type read from the raw line), a test of the type field is decided outright: passed, it says
 * nothing more (undefined); failed, the map cannot match (an empty set).
 */
function fieldLiterals(key, value, product, type) {
    const [field, ...mods] = key.split('|');
    if (type !== undefined && TYPE_FIELDS.has(field))
        return typeAdmits(key, value, type) ? undefined : new Set();
    if (DERIVED.has(field) || DERIVED_BY_PRODUCT[product].has(field))
        return undefined;
    if (field.startsWith('envelope.'))
        return undefined;
    if (mods.some(m => ['cidr', 'gt', 'gte', 'lt', 'lte', 'exists'].includes(m)))
        return undefined;
    const values = Array.isArray(value) ? value : [value];
    if (mods.includes('all')) {
        // Every value must be present: the best single one is enough.
        let best;
        for (const v of values) {
            const t = literalOf(v, mods);
            if (t && (!best || t.length > best.length))
                best = t;
        }
        return best ? new Set([best.toLowerCase()]) : undefined;
    }
    const out = new Set();
    for (const v of values) {
        const t = literalOf(v, mods);
        if (!t)
            return undefined;
        out.add(t.toLowerCase());
    }
    return out;
}
function literalOf(v, mods) {
    if (v === null || v === undefined)
        return undefined;
    const text = String(v);
    if (mods.includes('re'))
        return regexLiteral(text);
    // Wildcards split the value; any piece is necessary.
    const token = longestToken(text.replace(/(?<!\\)[*?]/g, ' '));
    return token && token.length >= 1 ? token : undefined;
}
/**
 * The better of two necessary sets: fewer literals first (one specific value such as Tag DELETE
 * beats a list of common event types), then longer ones.
 */
function better(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    const score = (s) => -s.size * 100 + Math.min(100, ...[...s].map(x => x.length));
    return score(a) >= score(b) ? a : b;
}
function union(a, b) {
    if (!a || !b)
        return undefined;
    return new Set([...a, ...b]);
}
function selectionLiterals(sel, product, type) {
    const maps = Array.isArray(sel) ? sel : [sel];
    let out = new Set();
    for (const m of maps) {
        let best;
        for (const [k, v] of Object.entries(m))
            best = better(best, fieldLiterals(k, v, product, type));
        out = union(out, best);
        if (!out)
            return undefined;
    }
    return out;
}
/**
 * Literals one of which every line the rule matches contains (undefined: any line may match; an
 * empty set: no line can). With `type`, for the lines of a CockroachDB event of that type only.
 */
function ruleLiterals(rule, type) {
    const product = rule.doc.logsource.product;
    const detection = rule.doc.detection;
    const parts = new Map();
    for (const [name, sel] of Object.entries(detection))
        if (name !== 'condition')
            parts.set(name, selectionLiterals(sel, product, type));
    // foldCondition needs a non-undefined marker for "every line".
    const ALL = new Set(['\u0000all']);
    const wrap = (l) => l ?? ALL;
    const unwrap = (l) => (l === ALL || l.has('\u0000all') ? undefined : l);
    const wrapped = new Map([...parts].map(([k, v]) => [k, wrap(v)]));
    const conditions = [detection.condition].flat();
    let out = new Set();
    for (const c of conditions) {
        const lits = (0,_condition_js__WEBPACK_IMPORTED_MODULE_1__/* .foldCondition */ .H)(c, wrapped, {
            and: (a, b) => wrap(better(unwrap(a), unwrap(b))),
            or: (a, b) => wrap(union(unwrap(a), unwrap(b))),
            not: () => ALL,
            all: items => wrap(items.map(unwrap).reduce(better, undefined)),
            any: items => wrap(items.map(unwrap).reduce((x, y) => union(x, y), new Set()))
        });
        out = union(out, unwrap(lits));
    }
    return out;
}
/** Every detection rule a set reads, correlations' inputs included. */
function detectionRules(rules) {
    const out = new Set();
    const visit = (r) => (r.kind === 'detection' ? out.add(r) : r.inputs.forEach(visit));
    rules.forEach(visit);
    return [...out];
}
/** The literals worth searching for (a literal that contains another is redundant). */
function keptLiterals(lits) {
    const sorted = [...lits].sort((a, b) => a.length - b.length);
    return sorted.filter((l, i) => !sorted.slice(0, i).some(s => l.includes(s)));
}
const escapeRe = (l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One case-insensitive, global regex for a set of literals. */
function literalRegex(lits) {
    if (lits.size === 0)
        return /(?!)/g;
    return new RegExp(keptLiterals(lits).map(escapeRe).join('|'), 'gi');
}
/**
 * The same as regexes to search side by side. V8 skips ahead through text (Boyer-Moore) only for
 * an alternation of up to two case-insensitive literals; measured over 257 MB, two of them take
 * 45 ms, three 170 ms. A few literals are therefore searched in pairs, many in one regex.
 */
function literalRegexes(lits) {
    const kept = keptLiterals(lits);
    if (kept.length > 6)
        return [literalRegex(lits)];
    const out = [];
    for (let i = 0; i < kept.length; i += 2)
        out.push(new RegExp(kept
            .slice(i, i + 2)
            .map(escapeRe)
            .join('|'), 'gi'));
    return out;
}
/** Per product, a case-insensitive regex a line must match to be worth parsing (or none). */
function prefilters(rules) {
    const byProduct = new Map();
    for (const r of detectionRules(rules)) {
        const p = r.doc.logsource.product;
        const lits = ruleLiterals(r);
        byProduct.set(p, byProduct.has(p) ? union(byProduct.get(p), lits) : lits);
    }
    const out = new Map();
    for (const [p, lits] of byProduct)
        out.set(p, lits ? literalRegex(lits) : undefined);
    return out;
}
/** The prefilters of a rule set as ReadOptions takes them (the hunt, its workers, tests). */
function lineFilters(rules) {
    return { prefilter: prefilters(rules), typePlans: typePlans(rules) };
}
const MAX_PLANS = 10000;
/**
 * CockroachDB's json formats name each event's type in the raw line (`"EventType":"grant_role"`),
 * so the prefilter can ask only the rules that can match that type for their literals: a
 * query_execute line is searched for the two literals of the rules that read statements, not
 * for the thirty of the whole pack. Plans are made on first sight of a type and kept.
 */
function typePlans(rules) {
    const crdb = detectionRules(rules).filter(r => r.doc.logsource.product === 'cockroachdb');
    if (crdb.length === 0)
        return undefined;
    const plans = new Map();
    return type => {
        let plan = plans.get(type);
        if (plan !== undefined)
            return plan;
        let lits = new Set();
        for (const r of crdb) {
            lits = union(lits, ruleLiterals(r, type));
            if (!lits)
                break;
        }
        plan = !lits ? 'parse' : lits.size === 0 ? 'skip' : literalRegexes(lits);
        if (plans.size < MAX_PLANS)
            plans.set(type, plan);
        return plan;
    };
}


/***/ }),

/***/ 4747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ loadRules),
/* harmony export */   Kp: () => (/* binding */ ruleProduct)
/* harmony export */ });
/* unused harmony exports PARSE_CACHE, parseRuleFile, cacheKey, buildParseCache */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90802);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66700);






/** Directories under a rule root that hold logs, not rules. */
const LOG_DIRS = new Set(['fixtures', 'goodlog', 'node_modules', '.git']);
async function ruleFiles(root) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(root);
    if (info.isFile())
        return [root];
    const out = [];
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(root, { withFileTypes: true })) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, entry.name);
        if (entry.isDirectory()) {
            if (!LOG_DIRS.has(entry.name))
                out.push(...(await ruleFiles(p)));
        }
        else if (/\.ya?ml$/.test(entry.name) && entry.name !== 'pack.yml')
            out.push(p);
    }
    return out.sort();
}
function zodMessage(error) {
    const issue = error.issues[0];
    const where = issue.path.length > 0 ? issue.path.join('.') : 'top level';
    if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys;
        return `unknown key${keys.length > 1 ? 's' : ''} ${keys.map(k => JSON.stringify(k)).join(', ')} at ${where}`;
    }
    if (issue.code === 'invalid_union') {
        const errors = issue.errors ?? [];
        // Report the branch that got furthest: the one whose first issue has the longest path.
        const best = errors
            .map(e => e[0])
            .filter(Boolean)
            .sort((a, b) => b.path.length - a.path.length)[0];
        if (best) {
            const inner = [...issue.path, ...best.path].join('.') || 'top level';
            if (best.code === 'unrecognized_keys')
                return `unknown key ${best.keys.map(k => JSON.stringify(k)).join(', ')} at ${inner}`;
            return `${inner}: ${best.message}`;
        }
    }
    return `${where}: ${issue.message}`;
}
const PARSE_CACHE = 'pack.cache.json';
const sha256 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
/** Parses one rule file's YAML stream into documents and their line numbers. */
function parseRuleFile(text) {
    const docsOut = [];
    const errors = [];
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_3__/* .LineCounter */ .HN();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseAllDocuments */ .hR)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (!Array.isArray(docs))
        return { docs: docsOut, errors: [{ line: 1, message: 'not a YAML stream' }] };
    for (const doc of docs) {
        const line = doc.contents?.range ? lc.linePos(doc.contents.range[0]).line : 1;
        if (doc.errors.length > 0) {
            const e = doc.errors[0];
            errors.push({ line: e.linePos?.[0]?.line ?? line, message: `YAML: ${e.message.split('\n')[0]}` });
            continue;
        }
        if (doc.contents === null)
            continue;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(doc.contents)) {
            errors.push({ line, message: 'a rule document must be a mapping' });
            continue;
        }
        const raw = doc.toJS();
        const tests = doc.getIn(['tests']);
        const testLines = [];
        if (tests && typeof tests === 'object' && 'items' in tests) {
            for (const item of tests.items)
                testLines.push(item.range ? lc.linePos(item.range[0]).line : line);
        }
        docsOut.push({ line, testLines, raw });
    }
    return { docs: docsOut, errors };
}
/** The key of a rule file in a pack's parse cache (POSIX separators, relative to the pack). */
function cacheKey(root, abs) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, abs).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}
/**
 * Builds a pack's parse cache from its rule files. Files with YAML errors are left out (they are
 * parsed, and reported, on every load). Documents are copied through JSON, as a load reads them.
 */
async function buildParseCache(root) {
    const files = {};
    for (const abs of await ruleFiles(root)) {
        const text = await readFile(abs, 'utf8');
        const parsed = parseRuleFile(text);
        if (parsed.errors.length > 0)
            continue;
        files[cacheKey(root, abs)] = {
            sha256: sha256(text),
            docs: JSON.parse(JSON.stringify(parsed.docs))
        };
    }
    return { version: 1, files };
}
async function cachedDocs(caches, root, abs, text) {
    if (!caches.has(root)) {
        let cache;
        try {
            const c = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, PARSE_CACHE), 'utf8'));
            if (c && c.version === 1 && c.files && typeof c.files === 'object')
                cache = c;
        }
        catch {
            // No cache (any user's rule folder), or an unreadable one: parse the YAML.
        }
        caches.set(root, cache);
    }
    const entry = caches.get(root)?.files[cacheKey(root, abs)];
    if (!entry || entry.sha256 !== sha256(text))
        return undefined;
    return { docs: entry.docs, errors: [] };
}
/**
 * Loads every rule under the given files and directories. Problems are collected, not thrown,
 * so one run reports them all: YAML errors, schema violations, bad selections or conditions,
 * duplicate ids, correlations naming rules that do not exist or that form a cycle.
 */
async function loadRules(paths, cwd = process.cwd()) {
    const errors = [];
    const files = [];
    const roots = [];
    for (const p of paths) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, p);
        try {
            files.push(...(await ruleFiles(abs)));
            roots.push(abs);
        }
        catch (e) {
            errors.push({
                file: p,
                line: 1,
                message: `cannot read ${p}: ${e.code ?? e.message}`
            });
        }
    }
    const pending = [];
    const caches = new Map();
    for (const abs of files) {
        const shown = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, abs) || abs;
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(abs, 'utf8');
        const root = roots.find(r => abs.startsWith(r + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)));
        const cached = root ? await cachedDocs(caches, root, abs, text) : undefined;
        const parsed = cached ?? parseRuleFile(text);
        for (const e of parsed.errors)
            errors.push({ file: shown, ...e });
        for (const d of parsed.docs)
            pending.push({ file: shown, dir: node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(abs), ...d });
    }
    const rules = [];
    const byKey = new Map();
    const seen = new Map();
    const valid = [];
    for (const p of pending) {
        const ruleId = typeof p.raw.id === 'string' ? p.raw.id : undefined;
        const schema = 'correlation' in p.raw ? _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .correlationRuleSchema */ .qX : _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .detectionRuleSchema */ .nF;
        const parsed = schema.safeParse(p.raw);
        if (!parsed.success) {
            errors.push({ file: p.file, line: p.line, rule: ruleId, message: zodMessage(parsed.error) });
            continue;
        }
        const d = parsed.data;
        const first = seen.get(d.id);
        if (first) {
            errors.push({
                file: p.file,
                line: p.line,
                rule: d.id,
                message: `duplicate id: also used at ${first.file}:${first.line}`
            });
            continue;
        }
        seen.set(d.id, { file: p.file, line: p.line });
        if (d.name) {
            const other = byKey.get(d.name);
            if (other && other.parsed.id !== d.id) {
                errors.push({
                    file: p.file,
                    line: p.line,
                    rule: d.id,
                    message: `duplicate name ${JSON.stringify(d.name)}: also used by ${other.parsed.id}`
                });
                continue;
            }
        }
        const entry = { ...p, parsed: d };
        byKey.set(d.id, entry);
        if (d.name)
            byKey.set(d.name, entry);
        valid.push(entry);
    }
    const built = new Map();
    const failed = new Set();
    function build(entry, trail) {
        const d = entry.parsed;
        const done = built.get(d.id);
        if (done)
            return done;
        if (failed.has(d.id))
            return undefined;
        const fail = (message) => {
            failed.add(d.id);
            errors.push({ file: entry.file, line: entry.line, rule: d.id, message });
            return undefined;
        };
        if (!('correlation' in d)) {
            const doc = d;
            let match;
            try {
                match = (0,_match_js__WEBPACK_IMPORTED_MODULE_4__/* .compileDetection */ .vH)(doc.detection);
            }
            catch (e) {
                return fail(e.message);
            }
            const rule = {
                kind: 'detection',
                doc,
                match,
                file: entry.file,
                dir: entry.dir,
                line: entry.line,
                testLines: entry.testLines
            };
            built.set(d.id, rule);
            return rule;
        }
        const doc = d;
        const c = doc.correlation;
        if (trail.includes(d.id))
            return fail(`correlation cycle: ${[...trail, d.id].join(' -> ')}`);
        if (c.type === 'value_count' && !c.condition?.field)
            return fail('correlation.condition.field: value_count counts the distinct values of a field; name it');
        if ((c.type === 'event_count' || c.type === 'value_count') && !c.condition)
            return fail(`correlation.condition: ${c.type} needs a threshold (gte: N)`);
        if (c.type === 'gap' && c.condition)
            return fail('correlation.condition: gap has no threshold (the timespan is the longest silence allowed)');
        if ((c.type === 'temporal' || c.type === 'temporal_ordered') && c.rules.length < 2)
            return fail(`correlation.rules: ${c.type} needs at least two rules`);
        const inputs = [];
        for (const ref of c.rules) {
            const target = byKey.get(ref);
            if (!target)
                return fail(`correlation.rules: no rule has id or name ${JSON.stringify(ref)}`);
            const r = build(target, [...trail, d.id]);
            if (!r)
                return fail(`correlation.rules: ${JSON.stringify(ref)} is itself invalid`);
            inputs.push(r);
        }
        if (Array.isArray(c.generate)) {
            for (const ref of c.generate)
                if (!c.rules.includes(ref))
                    return fail(`correlation.generate: ${JSON.stringify(ref)} is not one of correlation.rules`);
        }
        for (const [alias, map] of Object.entries(c.aliases ?? {})) {
            for (const ref of Object.keys(map))
                if (!c.rules.includes(ref))
                    return fail(`correlation.aliases.${alias}: ${JSON.stringify(ref)} is not one of correlation.rules`);
        }
        const rule = {
            kind: 'correlation',
            doc,
            inputs,
            file: entry.file,
            dir: entry.dir,
            line: entry.line,
            testLines: entry.testLines
        };
        built.set(d.id, rule);
        return rule;
    }
    for (const entry of valid) {
        const r = build(entry, []);
        if (r && !rules.includes(r))
            rules.push(r);
    }
    // Correlations resolve their inputs recursively, so keep the file order for the report.
    rules.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
    return {
        rules,
        errors,
        files: files.map(f => node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, f) || f),
        roots,
        source: { paths: [...paths], cwd }
    };
}
/** The product a rule reads: a correlation's is that of its first base rule. */
function ruleProduct(rule) {
    return rule.kind === 'detection' ? rule.doc.logsource.product : ruleProduct(rule.inputs[0]);
}


/***/ }),

/***/ 90802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aL: () => (/* binding */ compileFieldTest),
/* harmony export */   vH: () => (/* binding */ compileDetection)
/* harmony export */ });
/* unused harmony export compileSelection */
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88163);
/* harmony import */ var _condition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75782);



const MODIFIERS = new Set([
    'contains',
    'startswith',
    'endswith',
    're',
    'i',
    'm',
    's',
    'cidr',
    'all',
    'gt',
    'gte',
    'lt',
    'lte',
    'exists',
    'cased'
]);
/** Plain Sigma values are case-insensitive, with `*` and `?` wildcards (`\*` is a literal star). */
function wildcardRegex(value, flags) {
    if (!/(?<!\\)[*?]/.test(value))
        return undefined;
    let re = '';
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (c === '\\' && (value[i + 1] === '*' || value[i + 1] === '?' || value[i + 1] === '\\')) {
            re += `\\${value[++i]}`;
        }
        else if (c === '*')
            re += '[\\s\\S]*';
        else if (c === '?')
            re += '[\\s\\S]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`, flags);
}
function asStrings(v) {
    if (v === undefined || v === null)
        return [];
    if (Array.isArray(v))
        return v.flatMap(asStrings);
    if (typeof v === 'object')
        return [JSON.stringify(v)];
    return [String(v)];
}
/** One value test under the field's modifiers. */
function valueTest(raw, mods) {
    if (mods.has('exists')) {
        const want = raw === true || raw === 'true';
        return (_c, present) => present === want;
    }
    if (raw === null)
        return (c, present) => !present || c.every(s => s === '');
    const cased = mods.has('cased');
    if (mods.has('re')) {
        const flags = ['i', 'm', 's'].filter(f => mods.has(f)).join('');
        const re = new RegExp(String(raw), flags);
        return c => c.some(s => re.test(s));
    }
    if (mods.has('cidr')) {
        const range = ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().parseCIDR(String(raw));
        return c => c.some(s => {
            if (!ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().isValid(s))
                return false;
            let a = ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().parse(s);
            if (a.kind() === 'ipv6' && a.isIPv4MappedAddress())
                a = a.toIPv4Address();
            return a.kind() === range[0].kind() && a.match(range);
        });
    }
    for (const op of ['gt', 'gte', 'lt', 'lte']) {
        if (mods.has(op)) {
            const n = Number(raw);
            const cmp = {
                gt: (x) => x > n,
                gte: (x) => x >= n,
                lt: (x) => x < n,
                lte: (x) => x <= n
            }[op];
            return c => c.some(s => s.trim() !== '' && !Number.isNaN(Number(s)) && cmp(Number(s)));
        }
    }
    const text = String(raw);
    const norm = cased ? text : text.toLowerCase();
    const fold = (s) => (cased ? s : s.toLowerCase());
    if (mods.has('contains'))
        return c => c.some(s => fold(s).includes(norm));
    if (mods.has('startswith'))
        return c => c.some(s => fold(s).startsWith(norm));
    if (mods.has('endswith'))
        return c => c.some(s => fold(s).endsWith(norm));
    const wild = wildcardRegex(text, cased ? 's' : 'is');
    if (wild)
        return c => c.some(s => wild.test(s));
    return c => c.some(s => fold(s) === norm);
}
/** `Field|mod1|mod2: value(s)` → a predicate over events. Throws with a message on bad input. */
function compileFieldTest(key, value) {
    const [field, ...modList] = key.split('|');
    if (field === '')
        throw new Error(`"${key}": keyword searches (no field name) are not supported`);
    for (const m of modList)
        if (!MODIFIERS.has(m))
            throw new Error(`"${key}": unknown modifier "${m}"`);
    const mods = new Set(modList);
    if ((mods.has('i') || mods.has('m') || mods.has('s')) && !mods.has('re'))
        throw new Error(`"${key}": i, m and s only qualify re`);
    if (mods.has('cidr')) {
        for (const v of [value].flat()) {
            try {
                ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().parseCIDR(String(v));
            }
            catch {
                throw new Error(`"${key}": ${JSON.stringify(v)} is not a CIDR range`);
            }
        }
    }
    if (mods.has('re')) {
        for (const v of [value].flat()) {
            try {
                new RegExp(String(v));
            }
            catch (e) {
                throw new Error(`"${key}": ${JSON.stringify(v)} is not a valid regular expression (${e.message})`);
            }
        }
    }
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0)
        throw new Error(`"${key}": an empty list matches nothing`);
    const tests = values.map(v => valueTest(v, mods));
    const all = mods.has('all');
    return event => {
        const v = (0,_event_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldValue */ .ag)(event, field);
        const present = v !== undefined && v !== null;
        const candidates = asStrings(v);
        return all ? tests.every(t => t(candidates, present)) : tests.some(t => t(candidates, present));
    };
}
/** A selection: a map is AND over its fields, a list of maps is OR over them. */
function compileSelection(selection) {
    const maps = Array.isArray(selection) ? selection : [selection];
    const compiled = maps.map(m => {
        const tests = Object.entries(m).map(([k, v]) => compileFieldTest(k, v));
        if (tests.length === 0)
            throw new Error('an empty selection matches everything; name at least one field');
        return (e) => tests.every(t => t(e));
    });
    return compiled.length === 1 ? compiled[0] : e => compiled.some(t => t(e));
}
/** A detection block → one predicate (several conditions are OR-ed, as Sigma does). */
function compileDetection(detection) {
    const selections = new Map();
    for (const [name, sel] of Object.entries(detection)) {
        if (name === 'condition')
            continue;
        try {
            selections.set(name, compileSelection(sel));
        }
        catch (e) {
            throw new Error(`detection.${name}: ${e.message}`);
        }
    }
    const conditions = [detection.condition].flat();
    const compiled = conditions.map(c => {
        try {
            return (0,_condition_js__WEBPACK_IMPORTED_MODULE_2__/* .compileCondition */ .v)(c, selections);
        }
        catch (e) {
            throw new Error(`detection.condition ${JSON.stringify(c)}: ${e.message}`);
        }
    });
    return compiled.length === 1 ? compiled[0] : e => compiled.some(p => p(e));
}


/***/ }),

/***/ 66700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mS: () => (/* binding */ knownFpsSchema),
/* harmony export */   nF: () => (/* binding */ detectionRuleSchema),
/* harmony export */   qX: () => (/* binding */ correlationRuleSchema)
/* harmony export */ });
/* unused harmony exports requirementSchema, ruleTestSchema, ruleDocumentSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88163);


/**
 * The rule format: a strict subset of Sigma (detection and correlation documents) with our
 * metadata and Panther-style inline tests. Every object is strict, so a misspelt key is an error
 * that names the file, the rule and the key. `schema/detection-rule.schema.json` is generated
 * from this (npm run schema) and a test fails when the two drift.
 */
const id = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^(?:[a-z0-9][a-z0-9-]{2,79}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/, 'an id is lower-case letters, digits and dashes (3-80 characters) or a UUID');
const severity = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['informational', 'low', 'medium', 'high', 'critical']);
const timespan = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[1-9]\d*[smhd]$/, 'a timespan is a number and s, m, h or d (e.g. 5m)');
const scalar = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]);
const fieldValue = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([scalar, zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(scalar)]);
const selectionMap = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), fieldValue);
const selection = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([selectionMap, zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(selectionMap).min(1)]);
const requirementSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        setting: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        value: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()]),
        why: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        setting: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        includes: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]),
        why: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        setting: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        excludes: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]),
        why: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ setting: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), set: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(true), why: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ channel: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Z_]+$/), why: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).strict()
]);
const testLog = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J())]);
const ruleTestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    expect: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('match'), zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('no_match'), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0)]),
    log: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([testLog, zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(testLog).min(1)]).optional(),
    fixture: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_event_js__WEBPACK_IMPORTED_MODULE_0__/* .LOG_FORMATS */ .CD).optional(),
    pg_prefix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
})
    .strict()
    .refine(t => (t.log === undefined) !== (t.fixture === undefined), {
    message: 'a test has exactly one of log and fixture'
});
const metadata = {
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    id,
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[a-z0-9_][a-z0-9_-]*$/)
        .optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['stable', 'test', 'experimental', 'deprecated', 'unsupported']),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    references: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    author: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    date: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    modified: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    severity,
    category: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    owner: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^(?:attack\.(?:t\d{4}(?:\.\d{3})?|g\d{4}|s\d{4}|[a-z][a-z_-]*)|detection\.[a-z_-]+|cve\.\d{4}-\d+|db\.[a-z0-9_-]+)$/, 'tags are attack.tNNNN[.NNN], attack.<tactic>, detection.*, cve.* or db.*'))
        .optional(),
    falsepositives: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    requires: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(requirementSchema).optional(),
    tests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ruleTestSchema).optional()
};
const detectionRuleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...metadata,
    logsource: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        product: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_event_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCTS */ .zv),
        service: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        category: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        definition: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
    })
        .strict(),
    detection: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ condition: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1)]) })
        .catchall(selection)
})
    .strict();
const countCondition = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    gt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(),
    gte: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).optional(),
    field: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
})
    .strict()
    .refine(c => (c.gt === undefined) !== (c.gte === undefined), {
    message: 'a correlation condition has exactly one of gt and gte (replay is streaming: lt, lte, eq and neq need a window to close first)'
});
const correlationRuleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...metadata,
    correlation: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /**
         * Sigma's types, plus `gap` (our extension, for absence): a group-by key that logs nothing
         * for longer than `timespan`, either while another key keeps logging or until it resumes.
         */
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['event_count', 'value_count', 'temporal', 'temporal_ordered', 'gap']),
        rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1),
        'group-by': zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1),
        timespan,
        condition: countCondition.optional(),
        aliases: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())).optional(),
        /** Sigma's boolean, or (our extension) the referenced rules that also report on their own. */
        generate: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1)]).optional()
    })
        .strict()
})
    .strict();
/** Known false positives of the goodlog pass: `goodlog/known-fps.yml` beside the benign logs. */
const knownFpsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    /** How to read a corpus file when sniffing is not enough (a PostgreSQL log_line_prefix). */
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_event_js__WEBPACK_IMPORTED_MODULE_0__/* .LOG_FORMATS */ .CD).optional(),
        pg_prefix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
    })
        .strict())
        .optional(),
    known: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        line: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
        reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)
    })
        .strict())
})
    .strict();
/** For the generated JSON Schema: one rule document is either kind. */
const ruleDocumentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([detectionRuleSchema, correlationRuleSchema]);


/***/ })

};
