export const id = 121;
export const ids = [121,334];
export const modules = {

/***/ 68121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveHuntWorker: () => (/* binding */ serveHuntWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _replay_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96226);
/* harmony import */ var _rules_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4747);
/* harmony import */ var _rules_literals_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18103);
/* harmony import */ var _segment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74334);





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

/***/ 74334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ transferables),
/* harmony export */   scanSegment: () => (/* binding */ scanSegment),
/* harmony export */   segmentContext: () => (/* binding */ segmentContext)
/* harmony export */ });
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88163);
/* harmony import */ var _line_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66789);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22044);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80559);




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
