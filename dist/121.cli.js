export const id = 121;
export const ids = [121,334];
export const modules = {

/***/ 8121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveHuntWorker: () => (/* binding */ serveHuntWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _replay_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6226);
/* harmony import */ var _rules_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4747);
/* harmony import */ var _rules_literals_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8103);
/* harmony import */ var _segment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4334);





/**
 * A hunt worker's life: load the rules as the main thread did, then read each segment it is
 * sent. The entry modules (src/cli.ts, src/main.ts) call it when started as a worker.
 */
async function serveHuntWorker(data) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    const post = (m) => port.postMessage(m);
    const set = await (0,_rules_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadRules */ .A7)(data.rules.paths, data.rules.cwd);
    if (set.errors.length > 0 || set.rules.map(r => r.doc.id).join('\n') !== data.ruleIds.join('\n')) {
        post({ kind: 'error', message: 'the rules changed while the hunt started' });
        return;
    }
    const ctx = (0,_segment_js__WEBPACK_IMPORTED_MODULE_4__.segmentContext)(new _replay_js__WEBPACK_IMPORTED_MODULE_1__/* .Replay */ .e(set.rules), {
        pgPrefix: data.pgPrefix,
        since: data.since,
        until: data.until,
        ...(0,_rules_literals_js__WEBPACK_IMPORTED_MODULE_3__/* .lineFilters */ .WJ)(set.rules)
    });
    port.on('message', (task) => {
        (0,_segment_js__WEBPACK_IMPORTED_MODULE_4__.scanSegment)(task, ctx).then(result => port.postMessage({ kind: 'result', result }, (0,_segment_js__WEBPACK_IMPORTED_MODULE_4__/* .transferables */ .H)(result.records)), (error) => post({ kind: 'error', message: error.code ?? error.message }));
    });
    post({ kind: 'ready' });
}


/***/ }),

/***/ 8103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WJ: () => (/* binding */ lineFilters)
/* harmony export */ });
/* unused harmony exports ruleLiterals, prefilters, typePlans */
/* harmony import */ var _condition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5782);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(802);


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

/***/ 4334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ transferables),
/* harmony export */   scanSegment: () => (/* binding */ scanSegment),
/* harmony export */   segmentContext: () => (/* binding */ segmentContext)
/* harmony export */ });
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8163);
/* harmony import */ var _line_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6789);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2044);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(559);




/** Builds PackedRecords one record at a time. */
class RecordPacker {
    time = [];
    line = [];
    offset = [];
    length = [];
    ruleStart = [0];
    rules = [];
    values = [];
    add(time, line, offset, length, rules, values) {
        this.time.push(time);
        this.line.push(line);
        this.offset.push(offset);
        this.length.push(length);
        this.rules.push(...rules);
        this.ruleStart.push(this.rules.length);
        this.values.push(values);
    }
    pack() {
        return {
            count: this.time.length,
            time: Float64Array.from(this.time),
            line: Float64Array.from(this.line),
            offset: Float64Array.from(this.offset),
            length: Float64Array.from(this.length),
            ruleStart: Uint32Array.from(this.ruleStart),
            rules: Uint32Array.from(this.rules),
            values: JSON.stringify(this.values)
        };
    }
}
/** The buffers a worker hands over with a result (they leave the worker). */
function transferables(p) {
    return [p.time, p.line, p.offset, p.length, p.ruleStart, p.rules].map(a => a.buffer);
}
function segmentContext(replay, read) {
    return {
        replay,
        read,
        index: new Map(replay.detectionRules.map((r, i) => [r, i])),
        fields: replay.detectionRules.map(r => replay.signalFields(r))
    };
}
/**
 * Reads one segment exactly as the file reader would read those lines, and keeps the events a
 * rule matches, time-ordered per chunk as the file reader orders them. Since/until apply here.
 */
async function scanSegment(task, ctx) {
    const stats = (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyStats */ .bD)();
    const collector = new _read_js__WEBPACK_IMPORTED_MODULE_3__/* .EventCollector */ .W1(task.file, ctx.read, stats, true);
    const lines = new _line_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .LineReader */ .uo(collector, stats, ctx.read, task.format, task.start);
    const { replay, index, fields } = ctx;
    const since = ctx.read.since ?? -Infinity;
    const until = ctx.read.until ?? Infinity;
    const records = new RecordPacker();
    let events = 0;
    const keep = ({ events: batch, offsets, lengths }) => {
        for (let k = 0; k < batch.length; k++) {
            const e = batch[k];
            if (e.time < since || e.time > until)
                continue;
            events++;
            const matched = replay.matching(e);
            if (matched.length === 0)
                continue;
            const r = matched.map(m => index.get(m));
            const v = {};
            for (const i of r)
                for (const f of fields[i])
                    if (!(f in v))
                        v[f] = (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldValue */ .ag)(e, f);
            records.add(e.time, e.line, offsets[k], lengths[k], r, v);
        }
    };
    let rest;
    for await (const chunk of (0,_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeChunks */ .kF)(task.file, task.start, task.end, ctx.read.chunkBytes)) {
        rest = (0,_line_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .cutRegions */ .OG)(chunk, rest, b => lines.region(b));
        keep(collector.takeWithPlace());
    }
    if (rest)
        lines.region(Buffer.concat([rest, Buffer.from('\n')]));
    collector.end();
    keep(collector.takeWithPlace());
    return {
        id: task.id,
        lines: lines.lineNo,
        events,
        skipped: stats.skipped,
        malformed: stats.malformed,
        malformedCount: stats.malformedCount,
        records: records.pack()
    };
}


/***/ })

};
