export const id = 417;
export const ids = [417];
export const modules = {

/***/ 417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffCommand: () => (/* binding */ diffCommand),
  parseDiffFormats: () => (/* binding */ parseDiffFormats)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/diff/diff.ts
var diff_diff = __webpack_require__(2592);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(5009);
;// CONCATENATED MODULE: ./src/diff/json.ts


const json_status = schemas/* enum */.k5n(core_status/* STATUSES */.f);
const entry = schemas/* object */.Ikc({
    checkId: schemas/* string */.YjP(),
    object: schemas/* string */.YjP().optional(),
    title: schemas/* string */.YjP(),
    baseStatus: json_status.optional(),
    headStatus: json_status.optional(),
    detail: schemas/* string */.YjP(),
    direction: schemas/* enum */.k5n(['worse', 'better']).optional(),
    waived: schemas/* boolean */.zMY(),
    checkChange: schemas/* enum */.k5n(['appeared', 'vanished']).optional()
})
    .strict();
const side = schemas/* object */.Ikc({ auditedAt: schemas/* string */.YjP(), toolVersion: schemas/* string */.YjP(), file: schemas/* string */.YjP().optional() })
    .strict();
/**
 * The JSON diff, version 1 (`db-posture diff --format json`). `schema/diff.schema.json` is generated
 * from it (npm run schema) and a test fails when the two drift.
 */
const jsonDiffSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(1),
    kind: schemas/* literal */.euz('db-posture-diff'),
    target: schemas/* object */.Ikc({ engine: schemas/* enum */.k5n(['postgres', 'cockroachdb', 'couchbase']), name: schemas/* string */.YjP() }).strict(),
    base: side,
    head: side,
    counts: schemas/* object */.Ikc({
        new: schemas/* number */.aig().int(),
        resolved: schemas/* number */.aig().int(),
        changed: schemas/* number */.aig().int(),
        unchanged: schemas/* number */.aig().int(),
        newFail: schemas/* number */.aig().int(),
        newWarn: schemas/* number */.aig().int(),
        resolvedFail: schemas/* number */.aig().int()
    })
        .strict(),
    new: schemas/* array */.YOg(entry),
    resolved: schemas/* array */.YOg(entry),
    changed: schemas/* array */.YOg(entry),
    unchanged: schemas/* array */.YOg(entry),
    checks: schemas/* object */.Ikc({ appeared: schemas/* array */.YOg(schemas/* string */.YjP()), vanished: schemas/* array */.YOg(schemas/* string */.YjP()) }).strict()
})
    .strict();
function toJsonDiff(diff) {
    return { schemaVersion: 1, kind: 'db-posture-diff', ...diff };
}
function renderJsonDiff(diff) {
    return `${JSON.stringify(toJsonDiff(diff), null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/diff/markdown.ts
var markdown = __webpack_require__(5326);
// EXTERNAL MODULE: ./src/diff/report-input.ts
var report_input = __webpack_require__(5204);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/diff-command.ts









const DIFF_FLAGS = {
    base: { type: 'string' },
    head: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
const FORMATS = { markdown: 'md', json: 'json' };
/** `--format markdown,json`: a non-empty list of known formats, each once. */
function parseDiffFormats(value) {
    if (value === undefined)
        return ['markdown'];
    const items = value.split(',').map(s => s.trim());
    const bad = items.find(s => !(s in FORMATS));
    if (items.every(s => s === '') || bad !== undefined)
        throw new errors/* UsageError */.eb(`--format ${JSON.stringify(value)}: expected a comma list of markdown, json${bad ? ` (not ${JSON.stringify(bad)})` : ''}.`);
    return [...new Set(items)];
}
/** Checks --out before any report is read, so that a bad path costs nothing. */
async function checkOutDir(out) {
    const found = await (0,promises_.stat)(out).then(st => ({ isDirectory: st.isDirectory(), code: undefined }), (e) => ({ isDirectory: false, code: e.code ?? 'error' }));
    if (found.code === 'ENOENT' || found.isDirectory)
        return;
    throw new errors/* UsageError */.eb(found.code
        ? `--out ${out} cannot be used (${found.code}): expected a directory.`
        : `--out ${out} is a file: expected a directory for the diff files.`);
}
/**
 * `db-posture diff --base <report.json> --head <report.json>`: what changed between two audits of
 * one target. Information only: it exits 0 whatever changed (the gate belongs to `audit`).
 */
async function diffCommand(args, io) {
    const flags = (0,cli_args/* parseFlags */.bQ)(args, DIFF_FLAGS, 'diff');
    if (flags.help) {
        io.stdout.write(help/* HELP */._);
        return errors/* EXIT */.dc.OK;
    }
    const base = flags.base;
    const head = flags.head;
    if (!base || !head)
        throw new errors/* UsageError */.eb(`db-posture diff needs --base <report.json> and --head <report.json> (JSON reports of two audits of one target); missing ${!base ? '--base' : '--head'}.`);
    const formats = parseDiffFormats(flags.format);
    const out = flags.out;
    if (!out && formats.length > 1)
        throw new errors/* UsageError */.eb(`--format ${formats.join(',')} without --out: give --out <dir> for several formats, or one format for stdout.`);
    if (out)
        await checkOutDir(out);
    const diff = (0,diff_diff/* diffReports */.fH)(await (0,report_input/* readReportFile */.$h)(base, '--base'), await (0,report_input/* readReportFile */.$h)(head, '--head'), {
        base,
        head
    });
    const render = { markdown: () => (0,markdown/* renderMarkdownDiff */.LU)(diff), json: () => renderJsonDiff(diff) };
    if (!out) {
        io.stdout.write(render[formats[0]]());
        return errors/* EXIT */.dc.OK;
    }
    await (0,promises_.mkdir)(out, { recursive: true });
    const stem = `diff-${diff.target.name.replace(/[^A-Za-z0-9._-]/g, '_')}-${diff.base.auditedAt.slice(0, 10)}-to-${diff.head.auditedAt.slice(0, 10)}`;
    for (const f of formats) {
        const file = external_node_path_default().join(out, `${stem}.${FORMATS[f]}`);
        try {
            await (0,promises_.writeFile)(file, render[f](), { flag: 'wx' });
        }
        catch (error) {
            const code = error.code;
            throw new errors/* UsageError */.eb(code === 'EEXIST'
                ? `--out ${out}: ${file} exists; the diff never overwrites a file (remove it or choose another --out).`
                : `--out ${out}: ${file} cannot be written (${code}).`);
        }
        io.stdout.write(`wrote ${file}\n`);
    }
    return errors/* EXIT */.dc.OK;
}


/***/ }),

/***/ 7906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ readInputFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Reads a file the user named (a report, a baseline): a file that cannot be read is a usage error
 * naming the input as given, the path, the system's code and what was expected there.
 */
async function readInputFile(file, input, expected) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${input} ${file} cannot be read (${code}): expected ${expected}.`);
    }
}


/***/ }),

/***/ 5009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ emptySummary),
/* harmony export */   Yl: () => (/* binding */ isMoreSevere),
/* harmony export */   f: () => (/* binding */ STATUSES)
/* harmony export */ });
/** The six verdicts a finding can carry. */
const STATUSES = ['PASS', 'WARN', 'FAIL', 'INFO', 'N/A', 'UNKNOWN'];
/**
 * Severity order used when a status is lowered by policy: a downgrade may only move a finding
 * to a status of lower rank, never up.
 */
const SEVERITY_RANK = { FAIL: 3, WARN: 2, INFO: 1, PASS: 0, 'N/A': 0, UNKNOWN: 0 };
/** True when `a` is strictly more severe than `b` among FAIL > WARN > INFO. */
function isMoreSevere(a, b) {
    return SEVERITY_RANK[a] > SEVERITY_RANK[b];
}
/** Returns a zeroed count per status, in report order. */
function emptySummary() {
    return { PASS: 0, WARN: 0, FAIL: 0, INFO: 0, 'N/A': 0, UNKNOWN: 0 };
}


/***/ }),

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   MJ: () => (/* binding */ inertWords),
/* harmony export */   Q0: () => (/* binding */ valueList),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   _V: () => (/* binding */ joinText),
/* harmony export */   ab: () => (/* binding */ msg),
/* harmony export */   fd: () => (/* binding */ escapeProse),
/* harmony export */   gH: () => (/* binding */ escapeStatic),
/* harmony export */   lS: () => (/* binding */ raw),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
/** A value wrapped by `raw()` is trusted (authored by us) and interpolated without quoting. */
class Raw {
    value;
    constructor(value) {
        this.value = value;
    }
}
/**
 * Marks already-built text (e.g. a joined list of `msg` results) as safe to splice in as is. A plain
 * string is meant to be our own words; if it could act as markup anyway (a value from the target
 * that reached `raw` by mistake: `<img>`, `@org/team`, `[x](y)`, `www.`/`://` autolinks, emphasis),
 * its markdown is a code span, so no path from the target into markdown is ever live.
 */
function raw(value) {
    return new Raw(typeof value === 'string' ? { text: value, markdown: inertWords(value) } : value);
}
/** Characters that never start markup in the middle of a GFM line. */
const PLAIN_WORDS = /^[\p{L}\p{N} ,.;:()'"/=+%?$–—…§_-]*$/u;
/** Our own words stay as they are; anything that could be live markdown becomes a code span. */
function inertWords(s) {
    const plain = PLAIN_WORDS.test(s) &&
        !/www\.|:\/\//i.test(s) &&
        // "_" is only safe between letters or digits (snake_case); "_x_" would be emphasis.
        !/(^|[^\p{L}\p{N}])_|_($|[^\p{L}\p{N}])/u.test(s);
    return plain ? s : codeSpan(s);
}
/**
 * A GFM table cell: every `|` must be escaped, even inside code spans (the table parser splits
 * cells before inline parsing and turns `\|` back into `|`). Only table cells need this; elsewhere
 * an escaped pipe would show as `\|`.
 */
function tableCell(markdown) {
    return markdown.replace(/\|/g, '\\|');
}
function isText(v) {
    return (typeof v === 'object' &&
        v !== null &&
        typeof v.text === 'string' &&
        typeof v.markdown === 'string' &&
        Object.keys(v).length === 2);
}
/**
 * Tagged template for finding details: `msg\`Role ${name} is a superuser.\``. Interpolated values
 * are treated as untrusted data.
 */
function msg(strings, ...values) {
    let text = strings[0];
    let markdown = escapeStatic(strings[0]);
    values.forEach((value, i) => {
        if (value instanceof Raw) {
            text += value.value.text;
            markdown += value.value.markdown;
        }
        else if (isText(value)) {
            // A Text was built by msg (its values already quoted): splice it in, never as "[object Object]".
            text += value.text;
            markdown += value.markdown;
        }
        else {
            const s = String(value);
            text += s;
            markdown += codeSpan(s);
        }
        text += strings[i + 1];
        markdown += escapeStatic(strings[i + 1]);
    });
    return { text, markdown };
}
/** Joins several texts with a separator (our own words). */
function joinText(items, separator = ', ') {
    return {
        text: items.map(i => i.text).join(separator),
        markdown: items.map(i => i.markdown).join(separator)
    };
}
/** A list of untrusted values, each quoted, joined with commas; long lists are cut with a count. */
function valueList(values, limit = 20) {
    const shown = values.slice(0, limit).map(v => msg `${v}`);
    const rest = values.length - shown.length;
    const joined = joinText(shown);
    return rest > 0 ? msg `${raw(joined)} and ${raw(String(rest))} more` : joined;
}
/** Renders an untrusted string as an inline code span that cannot break out of itself. */
function codeSpan(value) {
    // Control characters (newlines could end the list item) become visible escapes.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be caught
    const visible = value.replace(/[\u0000-\u001f\u007f]/g, c => c === '\n'
        ? '\\n'
        : c === '\r'
            ? '\\r'
            : c === '\t'
                ? '\\t'
                : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    // Pipes stay as they are: outside a table they are text; table cells go through tableCell().
    const safe = visible;
    if (safe === '')
        return '`""`';
    const longestRun = Math.max(0, ...(safe.match(/`+/g) ?? []).map(r => r.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = safe.startsWith('`') || safe.endsWith('`') || /^ .* $/.test(safe) ? ' ' : '';
    return `${fence}${pad}${safe}${pad}${fence}`;
}
/** Our own words may mention `<table>`-like placeholders; GitHub would treat them as HTML. */
function escapeStatic(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** "1 expired waiver", "3 expired waivers": a count with its noun, as a plain string (our own words). */
function plural(n, singular, several = `${singular}s`) {
    return `${n} ${n === 1 ? singular : several}`;
}
/** "1 database", "3 databases": a count with its noun (our own words), as Text. */
function count(n, singular, several = `${singular}s`) {
    const s = plural(n, singular, several);
    return { text: s, markdown: s };
}
/**
 * Prose that may come from input (a report read from disk) as markdown that renders as the same
 * words and nothing else: HTML escaped, the inline markup characters backslash-escaped (no
 * emphasis, code, link, image, table cell or strikethrough can start), newlines joined, and a
 * leading heading, list or quote marker escaped.
 */
function escapeProse(s) {
    const inline = escapeStatic(s.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]|~]/g, '\\$&'));
    // A heading, list item or block quote can only start the paragraph.
    return inline.replace(/^(\s*)([#+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}


/***/ }),

/***/ 2592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ isProblem),
/* harmony export */   fH: () => (/* binding */ diffReports)
/* harmony export */ });
/* unused harmony exports isWorse, newOrWorseKeys */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7193);


/** Statuses that ask someone to act (or to find out); PASS, INFO and N/A do not. */
const PROBLEMS = new Set(['FAIL', 'WARN', 'UNKNOWN']);
function isProblem(s) {
    return s !== undefined && PROBLEMS.has(s);
}
/** Order used to call a status change worse or better: FAIL > WARN > UNKNOWN > INFO > PASS = N/A. */
const RANK = { FAIL: 5, WARN: 4, UNKNOWN: 3, INFO: 2, PASS: 1, 'N/A': 1 };
/** True when the head status blocks at a level the base status did not reach (new or worse). */
function isWorse(base, head) {
    return base === undefined || RANK[head] > RANK[base];
}
const statusOrder = (e) => -RANK[e.headStatus ?? e.baseStatus ?? 'PASS'];
/**
 * Compares two audits of one target by finding identity (check id, object). Linear in the findings:
 * each side is indexed once. Reports of different targets or engines are a usage error.
 */
function diffReports(base, head, files = {}) {
    if (base.target.name !== head.target.name || base.target.engine !== head.target.engine) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`The reports are of different targets: base ${files.base ?? ''} audited ${JSON.stringify(base.target.name)} (${base.target.engine}), head ${files.head ?? ''} audited ${JSON.stringify(head.target.name)} (${head.target.engine}); a diff compares two audits of the same target and engine.`.replace(/  +/g, ' '));
    }
    const index = (r) => {
        const m = new Map();
        // A check may give several findings one key (pg/password-expiry: a PASS and an INFO, no object);
        // a waiver covers them all, so the key's most severe one stands for it (the first on a tie).
        for (const f of r.findings) {
            const k = (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .findingKey */ .f)(f.checkId, f.object);
            const seen = m.get(k);
            if (!seen || RANK[f.status] > RANK[seen.status])
                m.set(k, f);
        }
        return m;
    };
    const b = index(base);
    const h = index(head);
    const baseChecks = new Set(base.findings.map(f => f.checkId));
    const headChecks = new Set(head.findings.map(f => f.checkId));
    const appeared = [...headChecks].filter(c => !baseChecks.has(c)).sort();
    const vanished = [...baseChecks].filter(c => !headChecks.has(c)).sort();
    const out = { new: [], resolved: [], changed: [], unchanged: [] };
    const entry = (bf, hf) => {
        const f = (hf ?? bf);
        const bs = bf?.status;
        const hs = hf?.status;
        const direction = bs !== undefined && hs !== undefined && RANK[hs] !== RANK[bs]
            ? RANK[hs] > RANK[bs]
                ? 'worse'
                : 'better'
            : undefined;
        const checkChange = !baseChecks.has(f.checkId)
            ? 'appeared'
            : !headChecks.has(f.checkId)
                ? 'vanished'
                : undefined;
        return {
            checkId: f.checkId,
            ...(f.object !== undefined ? { object: f.object } : {}),
            title: f.title,
            ...(bs !== undefined ? { baseStatus: bs } : {}),
            ...(hs !== undefined ? { headStatus: hs } : {}),
            detail: f.detail,
            ...(direction ? { direction } : {}),
            waived: hf?.waiver?.state === 'active',
            ...(checkChange ? { checkChange } : {})
        };
    };
    const classify = (bs, hs) => {
        const bp = bs !== undefined && PROBLEMS.has(bs);
        const hp = hs !== undefined && PROBLEMS.has(hs);
        if (!bp && hp)
            return 'new';
        if (bp && !hp)
            return 'resolved';
        if (bs === undefined || hs === undefined)
            return undefined; // a PASS/INFO/N/A that came or went
        return bs === hs ? 'unchanged' : 'changed';
    };
    for (const [k, hf] of h) {
        const bf = b.get(k);
        const kind = classify(bf?.status, hf.status);
        if (kind)
            out[kind].push(entry(bf, hf));
    }
    for (const [k, bf] of b) {
        if (h.has(k))
            continue;
        const kind = classify(bf.status, undefined);
        if (kind)
            out[kind].push(entry(bf, undefined));
    }
    for (const list of Object.values(out))
        list.sort((x, y) => statusOrder(x) - statusOrder(y));
    const headIs = (e, s) => e.headStatus === s;
    const newOrWorse = [...out.new, ...out.changed.filter(e => e.direction === 'worse')];
    const side = (r, file) => ({
        auditedAt: r.context.auditedAt,
        toolVersion: r.tool.version,
        ...(file ? { file } : {})
    });
    return {
        target: { engine: head.target.engine, name: head.target.name },
        base: side(base, files.base),
        head: side(head, files.head),
        counts: {
            new: out.new.length,
            resolved: out.resolved.length,
            changed: out.changed.length,
            unchanged: out.unchanged.length,
            newFail: newOrWorse.filter(e => headIs(e, 'FAIL')).length,
            newWarn: newOrWorse.filter(e => headIs(e, 'WARN')).length,
            resolvedFail: [...out.resolved, ...out.changed].filter(e => e.baseStatus === 'FAIL' && e.headStatus !== 'FAIL').length
        },
        new: out.new,
        resolved: out.resolved,
        changed: out.changed,
        unchanged: out.unchanged,
        checks: { appeared, vanished }
    };
}
/**
 * Keys (see findingKey) of head findings that are new or worse than in the base: what a
 * `gate: new` audit lets block. `failOn` says whether WARNs count.
 */
function newOrWorseKeys(diff, failOn) {
    const blocking = (s) => s === 'FAIL' || (failOn === 'warn' && s === 'WARN');
    const keys = new Set();
    for (const e of [...diff.new, ...diff.changed]) {
        if (blocking(e.headStatus) && isWorse(e.baseStatus, e.headStatus))
            keys.add(findingKey(e.checkId, e.object));
    }
    return keys;
}


/***/ }),

/***/ 7193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ indexByKey),
/* harmony export */   f: () => (/* binding */ findingKey)
/* harmony export */ });
/**
 * The exact-match key of a finding within one target. An absent object and an empty one are
 * different keys (a waiver without `object` covers only the check's finding without object).
 */
function findingKey(checkId, object) {
    return object === undefined ? `${checkId}\u0000` : `${checkId}\u0000\u0001${object}`;
}
/** Groups items by their exact key in one pass (linear in the items). */
function indexByKey(items, key) {
    const index = new Map();
    for (const item of items) {
        const k = key(item);
        const bucket = index.get(k);
        if (bucket)
            bucket.push(item);
        else
            index.set(k, [item]);
    }
    return index;
}


/***/ }),

/***/ 5326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LU: () => (/* binding */ renderMarkdownDiff),
/* harmony export */   m0: () => (/* binding */ renderSinceSection)
/* harmony export */ });
/* unused harmony exports DIFF_LIST_LIMIT, diffHeadline */
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2592);


/** Entries listed per section before the rest is summarised (the JSON diff has them all). */
const DIFF_LIST_LIMIT = 100;
/** Dates and versions were validated when the report was read (report-input.ts): safe as they are. */
const day = (iso) => iso.slice(0, 10);
/** One finding of a diff. Every value from a report is a code span: a report file is not trusted. */
function line(e) {
    const status = e.baseStatus && e.headStatus
        ? `**${e.baseStatus} → ${e.headStatus}**`
        : e.headStatus
            ? `**${e.headStatus}**`
            : `~~${e.baseStatus}~~`;
    const object = e.object !== undefined ? ` ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.object)}` : '';
    const notes = [
        e.waived ? 'waived' : '',
        e.checkChange === 'appeared' ? 'new check' : e.checkChange === 'vanished' ? 'check removed' : ''
    ].filter(Boolean);
    return `- ${status} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.checkId)}${object}: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.detail)}${notes.length ? ` *(${notes.join(', ')})*` : ''}`;
}
function section(title, entries, limit) {
    if (entries.length === 0)
        return [];
    const shown = entries.slice(0, limit).map(line);
    const rest = entries.length - shown.length;
    return [
        `**${title} (${entries.length})**`,
        '',
        ...shown,
        ...(rest > 0 ? [`- … and ${rest} more in the JSON diff`] : []),
        ''
    ];
}
/** "+2 FAIL new, −3 resolved": the headline numbers, new ones first. */
function diffHeadline(diff) {
    const c = diff.counts;
    const parts = [`+${c.newFail} FAIL new`];
    if (c.newWarn)
        parts.push(`+${c.newWarn} WARN new`);
    parts.push(`−${c.resolved} resolved`);
    if (c.changed)
        parts.push(`${c.changed} changed`);
    parts.push(`${c.unchanged} unchanged`);
    return parts.join(', ');
}
/**
 * The "Since <date of the reference>" section: what the audit/PR comment and summary put at the
 * top when a reference report is given (`heading` sets its level).
 */
function renderSinceSection(diff, opts = {}) {
    const h = opts.heading ?? '##';
    const limit = opts.limit ?? DIFF_LIST_LIMIT;
    const lines = [
        `${h} Since ${day(diff.base.auditedAt)}`,
        '',
        `${diffHeadline(diff)} (reference: db-posture ${diff.base.toolVersion} audit of ${day(diff.base.auditedAt)}; this audit: ${day(diff.head.auditedAt)}).`,
        '',
        ...section('New', diff.new, limit),
        ...section('Worse or otherwise changed', diff.changed, limit),
        ...section('Resolved', diff.resolved, limit)
    ];
    if (diff.checks.appeared.length || diff.checks.vanished.length) {
        const list = (ids) => ids.map(_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS).join(', ');
        lines.push(`Checks ${[
            diff.checks.appeared.length ? `added: ${list(diff.checks.appeared)}` : '',
            diff.checks.vanished.length ? `removed: ${list(diff.checks.vanished)}` : ''
        ]
            .filter(Boolean)
            .join('; ')} (another db-posture version or engine).`, '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
/** `db-posture diff --format markdown`: the section above plus the unchanged problems. */
function renderMarkdownDiff(diff, limit = DIFF_LIST_LIMIT) {
    const unchangedProblems = diff.unchanged.filter(e => (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isProblem */ .AN)(e.headStatus));
    const lines = [
        `# db-posture diff: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(diff.target.name)} (${diff.target.engine})`,
        '',
        renderSinceSection(diff, { heading: '##', limit }).trimEnd(),
        ''
    ];
    if (unchangedProblems.length) {
        lines.push('<details><summary>Unchanged</summary>', '', ...section('Unchanged', unchangedProblems, limit), '</details>', '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}


/***/ }),

/***/ 5204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ readReportFile),
/* harmony export */   MM: () => (/* binding */ parseReport)
/* harmony export */ });
/* unused harmony export diffableReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_input_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7906);
/* harmony import */ var _core_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5009);




/**
 * The part of a JSON report (schemaVersion 1) a diff reads. Unknown keys are allowed on purpose: a
 * reference report may come from an older or newer db-posture that added fields, and a diff must
 * still compare the findings both share.
 */
const diffableReportSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('db-posture'), version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[0-9A-Za-z.+-]{1,64}$/) }),
    target: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        engine: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['postgres', 'cockroachdb', 'couchbase']),
        name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1)
    }),
    context: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        auditedAt: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
        compliance: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['soc2', 'hipaa', 'pci-dss', 'iso27001', 'gdpr'])).optional()
    }),
    findings: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        checkId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
        title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_core_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUSES */ .f),
        object: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        detail: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        waiver: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ state: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['active', 'expired']) }).optional()
    }))
});
/** Reads a JSON report for a diff; `input` is the flag or input as the user gave it (`--base`). */
async function readReportFile(file, input) {
    const source = (await (0,_core_input_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputFile */ .j)(file, input, 'a JSON report from db-posture audit')).toString('utf8');
    return parseReport(source, file, input);
}
/** Validates report text; the message never echoes the file's content (it may hold anything). */
function parseReport(source, file, input) {
    let data;
    try {
        data = JSON.parse(source);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${input} ${file} is not JSON: expected a JSON report from db-posture audit.`);
    }
    const parsed = diffableReportSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue.path.length ? issue.path.join('.') : 'top level';
        const problem = issue.code === 'invalid_type' && /received undefined/.test(issue.message)
            ? 'is missing'
            : issue.code === 'invalid_value' && 'values' in issue
                ? `expected ${issue.values.map(v => JSON.stringify(v)).join(' or ')}`
                : 'has the wrong type';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${input} ${file} is not a db-posture JSON report (schemaVersion 1): ${where} ${problem}.`);
    }
    return parsed.data;
}


/***/ })

};
