export const id = 515;
export const ids = [515];
export const modules = {

/***/ 5515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HUNT_HELP: () => (/* binding */ HUNT_HELP),
  huntCommand: () => (/* binding */ huntCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/detect/jobs.ts

/** The most threads a hunt takes (`--jobs`, action input `hunt-jobs`). */
const MAX_JOBS = 32;
/**
 * Threads by default. The main thread also merges what the workers match and runs the
 * correlations, so on 2 cores a second thread only bought 10% (1 GB bench: 2.45 s against 2.7 s)
 * for 35% more CPU and twice the memory: one thread there.
 */
function defaultJobs(cores) {
    return cores >= 3 ? Math.min(cores, 4) : 1;
}
/**
 * A thread count as the user wrote it (none: defaultJobs for this machine's cores), or undefined
 * when it is not a whole number from 1 to MAX_JOBS.
 */
function parseJobs(text) {
    if (text === undefined)
        return defaultJobs(external_node_os_default().availableParallelism());
    const t = text.trim();
    if (!/^\d+$/.test(t))
        return undefined;
    const n = Number(t);
    return n >= 1 && n <= MAX_JOBS ? n : undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/detect/builtin.ts
var detect_builtin = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/detect/coverage.ts
var coverage = __webpack_require__(8069);
// EXTERNAL MODULE: ./src/detect/event.ts
var detect_event = __webpack_require__(8163);
// EXTERNAL MODULE: ./src/detect/output/coverage-text.ts
var coverage_text = __webpack_require__(6335);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./src/detect/parsers/index.ts + 2 modules
var detect_parsers = __webpack_require__(6510);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/detect/rules/load.ts
var load = __webpack_require__(4747);
;// CONCATENATED MODULE: ./src/detect/output/hunt-report.ts





const eventSchema = schemas/* object */.Ikc({
    time: schemas/* string */.YjP(),
    file: schemas/* string */.YjP(),
    line: schemas/* number */.aig().int(),
    format: schemas/* string */.YjP(),
    node: schemas/* string */.YjP().optional(),
    channel: schemas/* string */.YjP().optional(),
    eventType: schemas/* string */.YjP().optional(),
    user: schemas/* string */.YjP().optional(),
    sourceIp: schemas/* string */.YjP().optional(),
    statement: schemas/* string */.YjP().optional(),
    object: schemas/* string */.YjP().optional(),
    outcome: schemas/* enum */.k5n(['success', 'failure']).optional()
})
    .strict();
/**
 * The hunt's JSON output, version 1: `schema/hunt.schema.json` is generated from this and a test
 * fails when the two drift.
 */
const huntReportSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(1),
    tool: schemas/* object */.Ikc({ name: schemas/* literal */.euz('db-posture'), version: schemas/* string */.YjP() }).strict(),
    generatedAt: schemas/* string */.YjP(),
    window: schemas/* object */.Ikc({ since: schemas/* string */.YjP().optional(), until: schemas/* string */.YjP().optional() }).strict(),
    input: schemas/* object */.Ikc({
        files: schemas/* array */.YOg(schemas/* object */.Ikc({ file: schemas/* string */.YjP(), format: schemas/* string */.YjP() }).strict()),
        events: schemas/* number */.aig().int(),
        bytes: schemas/* number */.aig().int(),
        malformedLines: schemas/* number */.aig().int(),
        malformed: schemas/* array */.YOg(schemas/* object */.Ikc({ file: schemas/* string */.YjP(), line: schemas/* number */.aig().int(), reason: schemas/* string */.YjP() }).strict())
    })
        .strict(),
    rules: schemas/* number */.aig().int(),
    detections: schemas/* array */.YOg(schemas/* object */.Ikc({
        ruleId: schemas/* string */.YjP(),
        title: schemas/* string */.YjP(),
        severity: schemas/* enum */.k5n(['informational', 'low', 'medium', 'high', 'critical']),
        product: schemas/* string */.YjP(),
        kind: schemas/* enum */.k5n(['detection', 'correlation']),
        tags: schemas/* array */.YOg(schemas/* string */.YjP()),
        time: schemas/* string */.YjP(),
        first: schemas/* string */.YjP(),
        group: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
        eventCount: schemas/* number */.aig().int(),
        events: schemas/* array */.YOg(eventSchema)
    })
        .strict()),
    coverage: schemas/* array */.YOg(schemas/* object */.Ikc({
        ruleId: schemas/* string */.YjP(),
        status: schemas/* enum */.k5n(['covered', 'blind', 'unverified', 'partial']),
        reasons: schemas/* array */.YOg(schemas/* string */.YjP())
    })
        .strict())
        .optional()
})
    .strict();
const iso = (t) => new Date(t).toISOString();
function eventJson(e) {
    const o = { time: iso(e.time), file: e.file, line: e.line, format: e.format };
    for (const k of [
        'node',
        'channel',
        'eventType',
        'user',
        'sourceIp',
        'statement',
        'object',
        'outcome'
    ])
        if (e[k] !== undefined)
            o[k] = e[k];
    return o;
}
function huntJson(detections, input, cov) {
    return {
        schemaVersion: 1,
        tool: { name: version/* TOOL */.j.name, version: version/* TOOL */.j.version },
        generatedAt: input.now.toISOString(),
        window: {
            ...(input.since !== undefined ? { since: iso(input.since) } : {}),
            ...(input.until !== undefined ? { until: iso(input.until) } : {})
        },
        input: {
            files: input.files,
            events: input.events,
            bytes: input.bytes,
            malformedLines: input.malformedCount,
            malformed: input.malformed.map(m => ({ ...m }))
        },
        rules: input.rules,
        detections: detections.map(d => ({
            ruleId: d.rule.doc.id,
            title: d.rule.doc.title,
            severity: d.rule.doc.severity,
            product: (0,load/* ruleProduct */.Kp)(d.rule),
            kind: d.rule.kind,
            tags: d.rule.doc.tags ?? [],
            time: iso(d.time),
            first: iso(d.first),
            ...(d.group ? { group: { ...d.group } } : {}),
            eventCount: d.eventCount,
            events: d.events.map(eventJson)
        })),
        ...(cov
            ? { coverage: cov.map(c => ({ ruleId: c.rule.doc.id, status: c.status, reasons: c.reasons })) }
            : {})
    };
}
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'informational'];
function clip(s, n = 300) {
    return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
/** Markdown: a table of detections, then each with its evidence; every log value in a code span. */
function huntMarkdown(report, coverageSection) {
    const out = ['# db-posture hunt', ''];
    const inp = report.input;
    out.push(`Replayed ${inp.events} events from ${inp.files.length} file${inp.files.length === 1 ? '' : 's'} (${(inp.bytes / 1e6).toFixed(1)} MB) through ${report.rules} rules: **${report.detections.length} detection${report.detections.length === 1 ? '' : 's'}**.`);
    if (report.window.since || report.window.until)
        out.push('', `Window: ${report.window.since ?? 'start'} to ${report.window.until ?? 'end'}.`);
    if (inp.malformedLines > 0) {
        out.push('', `**${inp.malformedLines} malformed line${inp.malformedLines === 1 ? '' : 's'}** were skipped:`, '');
        for (const m of inp.malformed.slice(0, 20))
            out.push(`- ${(0,core_text/* codeSpan */.SS)(`${m.file}:${m.line}`)}: ${(0,core_text/* escapeStatic */.gH)(m.reason)}`);
        if (inp.malformed.length > 20 || inp.malformedLines > inp.malformed.length)
            out.push(`- … and ${inp.malformedLines - Math.min(20, inp.malformed.length)} more`);
    }
    out.push('');
    if (coverageSection)
        out.push(coverageSection);
    if (report.detections.length === 0) {
        out.push('No rule fired.', '');
        return out.join('\n');
    }
    const sorted = [...report.detections].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || (a.time < b.time ? -1 : 1));
    out.push('## Detections', '', '| Severity | Rule | Time (UTC) | Group | Events |', '|---|---|---|---|---|');
    for (const d of sorted) {
        const group = d.group
            ? Object.entries(d.group)
                .map(([k, v]) => `${(0,core_text/* escapeStatic */.gH)(k)}=${(0,core_text/* codeSpan */.SS)(v)}`)
                .join(' ')
            : '';
        out.push(`| ${d.severity} | ${(0,core_text/* codeSpan */.SS)(d.ruleId)} ${(0,core_text/* escapeStatic */.gH)(d.title).replace(/\|/g, '\\|')} | ${d.time} | ${group} | ${d.eventCount} |`);
    }
    out.push('', '## Evidence', '');
    sorted.forEach(d => {
        out.push(`### ${(0,core_text/* escapeStatic */.gH)(d.title)} (${(0,core_text/* codeSpan */.SS)(d.ruleId)}, ${d.severity})`, '');
        out.push(`${d.first === d.time ? d.time : `${d.first} to ${d.time}`}; ${d.eventCount} event${d.eventCount === 1 ? '' : 's'}${d.events.length < d.eventCount ? ` (the last ${d.events.length} shown)` : ''}.`, '');
        for (const e of d.events) {
            const bits = [
                e.eventType && `event ${(0,core_text/* codeSpan */.SS)(e.eventType)}`,
                e.user && `user ${(0,core_text/* codeSpan */.SS)(e.user)}`,
                e.sourceIp && `from ${(0,core_text/* codeSpan */.SS)(e.sourceIp)}`,
                e.object && `object ${(0,core_text/* codeSpan */.SS)(e.object)}`,
                e.statement && `statement ${(0,core_text/* codeSpan */.SS)(clip(e.statement))}`
            ].filter(Boolean);
            out.push(`- ${e.time} ${(0,core_text/* codeSpan */.SS)(`${e.file}:${e.line}`)}: ${bits.join(', ')}`);
        }
        out.push('');
    });
    return out.join('\n');
}
const SARIF_LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    informational: 'note'
};
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    informational: '1.0'
};
/** SARIF 2.1.0: one result per detection, located at the log line that completed it. */
function huntSarif(report, rulesMeta) {
    const ids = [...new Set(report.detections.map(d => d.ruleId))].sort();
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: version/* TOOL */.j.name,
                        version: version/* TOOL */.j.version,
                        informationUri: version/* TOOL */.j.url,
                        rules: ids.map(id => {
                            const d = report.detections.find(x => x.ruleId === id);
                            const meta = rulesMeta.get(id);
                            return {
                                id,
                                name: id,
                                shortDescription: { text: d.title },
                                fullDescription: { text: meta?.description ?? d.title },
                                defaultConfiguration: { level: SARIF_LEVEL[d.severity] },
                                properties: {
                                    tags: ['security', 'detection', ...d.tags],
                                    'security-severity': SECURITY_SEVERITY[d.severity]
                                }
                            };
                        })
                    }
                },
                automationDetails: { id: 'db-posture/hunt/' },
                results: report.detections.slice(0, 5000).map(d => {
                    const last = d.events[d.events.length - 1];
                    const group = d.group
                        ? ` (${Object.entries(d.group)
                            .map(([k, v]) => `${k}=${v}`)
                            .join(', ')})`
                        : '';
                    return {
                        ruleId: d.ruleId,
                        ruleIndex: ids.indexOf(d.ruleId),
                        level: SARIF_LEVEL[d.severity],
                        message: {
                            text: clip(`${d.title}${group}: ${(0,core_text/* plural */.LS)(d.eventCount, 'event')} ${d.first} to ${d.time}`, 1000)
                        },
                        locations: last
                            ? [
                                {
                                    physicalLocation: {
                                        artifactLocation: { uri: last.file.split('\\').join('/') },
                                        region: { startLine: last.line }
                                    }
                                }
                            ]
                            : [],
                        partialFingerprints: {
                            detection: (0,external_node_crypto_.createHash)('sha256')
                                .update(`${d.ruleId}\u0000${JSON.stringify(d.group ?? {})}\u0000${d.time}`)
                                .digest('hex')
                        }
                    };
                })
            }
        ]
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/detect/read.ts
var detect_read = __webpack_require__(559);
// EXTERNAL MODULE: ./src/detect/replay.ts + 1 modules
var detect_replay = __webpack_require__(6226);
// EXTERNAL MODULE: ./src/detect/rules/literals.ts
var literals = __webpack_require__(8103);
;// CONCATENATED MODULE: ./src/detect/hunt.ts










const SEVERITIES = ['informational', 'low', 'medium', 'high', 'critical'];
/**
 * Log files from paths and globs, sorted and deduplicated. `label` names the input in errors
 * (`--logs`, `input hunt-logs`).
 */
async function expandLogs(patterns, label = '--logs') {
    const files = [];
    for (const p of patterns) {
        if ((0,external_node_fs_.existsSync)(p)) {
            if (!(0,external_node_fs_.statSync)(p).isFile())
                throw new errors/* UsageError */.eb(`${label} ${p} is a directory: name files or a glob (${p}/*.log).`);
            files.push(p);
            continue;
        }
        if (!/[*?[{]/.test(p))
            throw new errors/* UsageError */.eb(`${label} ${p} does not exist: expected a log file or a glob.`);
        const matched = (await (0,dist/* glob */.TI)(p, { onlyFiles: true, expandDirectories: false })).sort();
        if (matched.length === 0)
            throw new errors/* UsageError */.eb(`${label} ${p} matches no file.`);
        files.push(...matched);
    }
    return [...new Set(files)];
}
/** `--since 7d` or an ISO 8601 time → epoch ms. */
function parseTime(value, flag, now) {
    const age = /^(\d+)([mhd])$/.exec(value);
    if (age)
        return now.getTime() - Number(age[1]) * { m: 60000, h: 3600000, d: 86400000 }[age[2]];
    if (/^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$/.test(value)) {
        const t = Date.parse(/T|\s/.test(value) && !/(Z|[+-]\d\d:?\d\d)$/.test(value) ? `${value.replace(' ', 'T')}Z` : value);
        if (!Number.isNaN(t))
            return t;
    }
    throw new errors/* UsageError */.eb(`${flag} ${JSON.stringify(value)} is not a time: expected ISO 8601 (2025-06-15T13:00:00Z) or an age (90m, 36h, 7d).`);
}
/** Files from this size are split into segments for the workers. */
const SPLIT_MIN_BYTES = 32 * 1024 * 1024;
const SEGMENT_BYTES = 8 * 1024 * 1024;
/** The workers' reader, or undefined when the hunt runs in this thread. */
async function splitReader(o, replay, read) {
    const jobs = o.jobs ?? 1;
    if (jobs < 2 || !o.workerEntry || !o.rules.source)
        return undefined;
    const large = o.files.some(f => {
        try {
            return (0,external_node_fs_.statSync)(f).size >= SPLIT_MIN_BYTES;
        }
        catch {
            return false;
        }
    });
    if (!large)
        return undefined;
    const { HuntPool } = await __webpack_require__.e(/* import() */ 125).then(__webpack_require__.bind(__webpack_require__, 3125));
    const { scanSegment, segmentContext } = await __webpack_require__.e(/* import() */ 334).then(__webpack_require__.bind(__webpack_require__, 4334));
    // This thread reads segments too (matching is stateless: the hunt's own replay serves).
    const here = segmentContext(replay, read);
    const pool = await HuntPool.start(o.workerEntry, jobs - 1, {
        kind: 'db-posture-hunt-worker',
        rules: o.rules.source,
        ruleIds: o.rules.rules.map(r => r.doc.id),
        pgPrefix: o.pgPrefix,
        since: o.since,
        until: o.until
    }, task => scanSegment(task, here));
    if (!pool)
        return undefined;
    // Evidence is read again from the file, line by line, as detections need it.
    const parsers = new Map();
    const fds = new Map();
    const reparse = (file, format) => {
        let parse = parsers.get(file);
        if (!parse) {
            let got;
            const parser = (0,detect_parsers/* createParser */.C)(format, file, { event: e => (got = e), malformed: () => undefined }, { pgPrefix: o.pgPrefix });
            parse = (line, offset, length) => {
                const buf = Buffer.alloc(length);
                let fd = fds.get(file);
                if (fd === undefined)
                    fds.set(file, (fd = (0,external_node_fs_.openSync)(file, 'r')));
                (0,external_node_fs_.readSync)(fd, buf, 0, length, offset);
                got = undefined;
                parser.feed(buf.toString('utf8'), line);
                if (!got)
                    throw new Error(`${file}:${line} changed while the hunt read it`);
                return got;
            };
            parsers.set(file, parse);
        }
        return parse;
    };
    const split = {
        minBytes: SPLIT_MIN_BYTES,
        segmentBytes: SEGMENT_BYTES,
        lookahead: jobs * 2,
        run: task => pool.run(task),
        entry: (recs, values, i, file, format, line) => {
            const rules = [];
            for (let k = recs.ruleStart[i]; k < recs.ruleStart[i + 1]; k++)
                rules.push(replay.detectionRules[recs.rules[k]]);
            const read = reparse(file, format);
            return new WorkerMatch(recs.time[i], rules, values[i], () => read(line, recs.offset[i], recs.length[i]));
        }
    };
    return {
        split,
        threads: jobs,
        close: async () => {
            for (const fd of fds.values())
                (0,external_node_fs_.closeSync)(fd);
            await pool.close();
        }
    };
}
/** A worker's record on the main thread: the rules it matched, and its event kept as a line. */
class WorkerMatch {
    time;
    rules;
    get;
    /** Stands in for the event (see DeferredEvent) until a detection shows it. */
    event;
    constructor(time, rules, values, read) {
        this.time = time;
        this.rules = rules;
        this.get = f => values[f];
        let event;
        const deferred = { time, deferred: () => (event ??= read()) };
        this.event = deferred;
    }
}
/**
 * Replays the files through the rules in timestamp order (the CLI's `hunt` and the action's
 * `hunt-logs`). A file that cannot be read makes the hunt incomplete (TargetError, exit 3).
 */
async function hunt(o) {
    const detections = [];
    const replay = new detect_replay/* Replay */.e(o.rules.rules, d => detections.push(d), false);
    const started = performance.now();
    let stats;
    const read = {
        format: o.format ?? 'auto',
        pgPrefix: o.pgPrefix,
        ...(0,literals/* lineFilters */.WJ)(o.rules.rules),
        since: o.since,
        until: o.until,
        onBytes: bytes => o.onBytes?.(bytes, detections.length)
    };
    const workers = await splitReader(o, replay, read);
    try {
        stats = await (0,detect_read/* readLogs */.o_)(o.files, e => replay.push(e), { ...read, ...(workers ? { split: workers.split } : {}) }, e => {
            const m = e;
            replay.pushMatched(m.time, m.rules, m.get, m.event);
        });
    }
    catch (error) {
        const e = error;
        throw new errors/* TargetError */.I0(`a log file could not be read (${e.code ?? e.message}); the hunt is incomplete.`);
    }
    finally {
        await workers?.close();
    }
    const seconds = (performance.now() - started) / 1000;
    const cov = o.posture ? (0,coverage/* coverage */.vk)(o.rules.rules, o.posture) : undefined;
    const report = huntJson(detections, {
        files: o.files.map(f => ({ file: f, format: stats.formats[f] ?? 'empty' })),
        events: stats.events + stats.skipped,
        bytes: stats.bytes,
        malformedCount: stats.malformedCount,
        malformed: stats.malformed,
        rules: o.rules.rules.length,
        since: o.since,
        until: o.until,
        now: o.now
    }, cov);
    const rules = o.rules.rules;
    return {
        detections,
        stats,
        seconds,
        threads: workers?.threads ?? 1,
        ...(cov ? { coverage: cov } : {}),
        report,
        markdown: () => huntMarkdown(report, cov && o.posture ? (0,coverage_text/* coverageMarkdown */.w6)(cov, o.posture) : undefined),
        json: () => `${JSON.stringify(report, null, 2)}\n`,
        sarif: () => huntSarif(report, new Map(rules.map(r => [r.doc.id, { title: r.doc.title, description: r.doc.description, file: r.file }])))
    };
}
/** Detections at or above a severity (`never`: none count). */
function detectionsAtOrAbove(detections, failOn) {
    if (failOn === 'never')
        return 0;
    const floor = SEVERITIES.indexOf(failOn);
    return detections.filter(d => SEVERITIES.indexOf(d.rule.doc.severity) >= floor).length;
}

// EXTERNAL MODULE: ./src/detect/parsers/postgresql.ts + 1 modules
var postgresql = __webpack_require__(8787);
// EXTERNAL MODULE: ./src/detect/worker-entry.ts
var worker_entry = __webpack_require__(4904);
// EXTERNAL MODULE: ./src/cli/rules-command.ts + 2 modules
var rules_command = __webpack_require__(4303);
;// CONCATENATED MODULE: ./src/cli/hunt-command.ts














const HUNT_HELP = `db-posture hunt --logs <file|glob> [--logs ...] [options]
  Replays historical audit logs (CockroachDB crdb-v2/json/json-compact/json-fluent, PostgreSQL
  stderr/csvlog/jsonlog with pgaudit, Couchbase audit.log; gzip read directly) through the rules
  in timestamp order, with windowed state per group-by key, and writes the detections.
  --rules <dir|file>          rule directory (repeatable; default: the built-in pack)
  --log-format <f>            auto (default) | ${detect_event/* LOG_FORMATS */.CD.join(' | ')}
  --pg-prefix <prefix>        log_line_prefix of PostgreSQL stderr logs (default '%m [%p] ', or the
                              one recorded in --posture)
  --since <time>              ISO 8601 time (2025-06-15T00:00:00Z) or an age (90m, 36h, 7d)
  --until <time>              same forms
  --posture <report.json>     a db-posture audit JSON report: lists the rules blind on that cluster
  --format <list>             comma list of markdown, json, sarif (default: markdown,json)
  --out <dir>                 output directory (default: reports)
  --fail-on <severity>        exit 1 on a detection at or above: informational | low | medium |
                              high (default) | critical | never
  --jobs <n>                  threads that read log files of 32 MB or more, this one included
                              (default: the machine's cores, at most 4, on 3 cores or more;
                              else 1: no worker thread)
  --quiet                     no progress and no summary on the terminal
  Exit codes: 0 no detection at or above --fail-on, 1 there is one, 2 usage, 3 a log file could
  not be read.
`;
const FLAGS = {
    rules: { type: 'string', multiple: true },
    logs: { type: 'string', multiple: true },
    'log-format': { type: 'string' },
    'pg-prefix': { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    posture: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'fail-on': { type: 'string' },
    jobs: { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
const FORMATS = ['markdown', 'json', 'sarif'];
/** `db-posture hunt`: replay logs through rules and write the detections. */
async function huntCommand(argv, io) {
    const { values, positionals } = (0,rules_command.parseFlags)(argv, FLAGS, 'hunt');
    if (values.help) {
        io.stdout.write(HUNT_HELP);
        return errors/* EXIT */.dc.OK;
    }
    if (positionals.length > 0)
        throw new errors/* UsageError */.eb(`Unexpected argument for "db-posture hunt": ${positionals[0]}. Logs go after --logs.`);
    const now = io.now?.() ?? new Date();
    const logs = values.logs ?? [];
    if (logs.length === 0)
        throw new errors/* UsageError */.eb('db-posture hunt needs --logs <file|glob> (repeatable).');
    const format = values['log-format'] ?? 'auto';
    if (format !== 'auto' && !detect_event/* LOG_FORMATS */.CD.includes(format))
        throw new errors/* UsageError */.eb(`--log-format ${JSON.stringify(format)} is not a log format: expected auto, ${detect_event/* LOG_FORMATS */.CD.join(', ')}.`);
    const formats = (values.format ?? 'markdown,json').split(',').map(s => s.trim());
    for (const f of formats)
        if (!FORMATS.includes(f))
            throw new errors/* UsageError */.eb(`--format ${JSON.stringify(f)} is not an output format: expected a comma list of markdown, json, sarif.`);
    const failOn = values['fail-on'] ?? 'high';
    if (failOn !== 'never' && !SEVERITIES.includes(failOn))
        throw new errors/* UsageError */.eb(`--fail-on ${JSON.stringify(failOn)}: expected ${SEVERITIES.join(', ')} or never.`);
    const since = values.since ? parseTime(values.since, '--since', now) : undefined;
    const until = values.until ? parseTime(values.until, '--until', now) : undefined;
    if (since !== undefined && until !== undefined && since > until)
        throw new errors/* UsageError */.eb('--since is later than --until.');
    const posture = values.posture ? await (0,coverage/* loadPosture */.pP)(values.posture) : undefined;
    let pgPrefix = values['pg-prefix'];
    if (pgPrefix === undefined && posture) {
        const recorded = posture.facts.get('log_line_prefix');
        if (recorded?.known && typeof recorded.value === 'string')
            pgPrefix = recorded.value;
    }
    if (pgPrefix !== undefined) {
        try {
            (0,postgresql/* compilePrefix */.wi)(pgPrefix);
        }
        catch (e) {
            throw new errors/* UsageError */.eb(`--pg-prefix: ${e.message}.`);
        }
    }
    const jobsText = values.jobs;
    const jobs = parseJobs(jobsText);
    if (jobs === undefined)
        throw new errors/* UsageError */.eb(`--jobs ${JSON.stringify(jobsText)} is not a thread count: expected a whole number from 1 to ${MAX_JOBS}.`);
    const outDir = external_node_path_default().resolve(values.out ?? 'reports');
    const ruleDirs = values.rules ?? [];
    if (ruleDirs.length === 0) {
        const builtin = (0,detect_builtin/* builtinRulesDir */.E)();
        if (!builtin)
            throw new errors/* UsageError */.eb('--rules was not given and the built-in pack was not found.');
        ruleDirs.push(builtin);
    }
    const set = await (0,load/* loadRules */.A7)(ruleDirs);
    if (set.errors.length > 0) {
        const e = set.errors[0];
        throw new errors/* UsageError */.eb(`--rules: ${e.file}:${e.line}${e.rule ? ` ${e.rule}` : ''}: ${e.message}${set.errors.length > 1 ? ` (and ${set.errors.length - 1} more; run db-posture rules test)` : ''}.`);
    }
    const files = await expandLogs(logs);
    const quiet = Boolean(values.quiet);
    const interactive = !quiet && Boolean(io.stderr.isTTY);
    let drawn = 0;
    let result;
    try {
        result = await hunt({
            files,
            rules: set,
            now,
            ...(posture ? { posture } : {}),
            format: format,
            pgPrefix,
            since,
            until,
            jobs,
            workerEntry: (0,worker_entry/* workerEntry */.x)(),
            onBytes: (bytes, found) => {
                if (!interactive || performance.now() - drawn < 250)
                    return;
                drawn = performance.now();
                io.stderr.write(`\r\x1b[2Kdb-posture hunt: ${(bytes / 1e6).toFixed(0)} MB read, ${(0,core_text/* plural */.LS)(found, 'detection')}`);
            }
        });
    }
    finally {
        if (interactive && drawn > 0)
            io.stderr.write('\r\x1b[2K');
    }
    const { detections, stats, seconds } = result;
    const cov = result.coverage;
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const stamp = now.toISOString().slice(0, 10);
    const written = [];
    const put = async (ext, text) => {
        const file = external_node_path_default().join(outDir, `hunt-${stamp}.${ext}`);
        await (0,promises_.writeFile)(file, text);
        written.push(external_node_path_default().relative(process.cwd(), file) || file);
    };
    if (formats.includes('markdown'))
        await put('md', result.markdown());
    if (formats.includes('json'))
        await put('json', result.json());
    if (formats.includes('sarif'))
        await put('sarif', result.sarif());
    if (!quiet) {
        const lines = [
            `db-posture hunt: ${(0,core_text/* plural */.LS)(stats.events + stats.skipped, 'event')} from ${(0,core_text/* plural */.LS)(files.length, 'file')}, ${(stats.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (${(0,core_text/* plural */.LS)(result.threads, 'thread')}), ${(0,core_text/* plural */.LS)(set.rules.length, 'rule')}: ${(0,core_text/* plural */.LS)(detections.length, 'detection')}`
        ];
        if (stats.malformedCount > 0) {
            lines.push(`  ${(0,core_text/* plural */.LS)(stats.malformedCount, 'malformed line')} skipped, e.g.:`);
            for (const m of stats.malformed.slice(0, 5))
                lines.push(`    ${m.file}:${m.line}: ${m.reason}`);
        }
        for (const d of detections.slice(0, 50)) {
            const g = d.group
                ? ` ${Object.entries(d.group)
                    .map(([k, v]) => `${k}=${v}`)
                    .join(' ')}`
                : '';
            lines.push(`  [${d.rule.doc.severity}] ${d.rule.doc.id}${g} at ${new Date(d.time).toISOString()} (${(0,core_text/* plural */.LS)(d.eventCount, 'event')})`);
        }
        if (detections.length > 50)
            lines.push(`  … and ${detections.length - 50} more in the report`);
        if (cov && posture)
            lines.push((0,coverage_text/* coverageSummary */.rL)(cov, posture), ...(0,coverage_text/* coverageLines */.Uo)(cov).map(l => `  ${l}`));
        for (const w of written)
            lines.push(`  wrote ${w}`);
        io.stdout.write(`${lines.join('\n')}\n`);
    }
    return detectionsAtOrAbove(detections, failOn) > 0 ? errors/* EXIT */.dc.GATE_FAILED : errors/* EXIT */.dc.OK;
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


/***/ })

};
