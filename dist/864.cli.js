export const id = 864;
export const ids = [864];
export const modules = {

/***/ 471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qp: () => (/* binding */ applyBaseline),
/* harmony export */   xz: () => (/* binding */ emptyBaselineOutcome)
/* harmony export */ });
/* unused harmony exports EXPIRY_WARNING_DAYS, waiverMatches */
/* harmony import */ var _diff_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7193);

const EXPIRY_WARNING_DAYS = 14;
function emptyBaselineOutcome() {
    return { stale: [], expiringSoon: [], expired: [], failOnStale: false };
}
/** Exact key match: check id, target (or `*`), and object (both absent, or equal). */
function waiverMatches(w, f, target) {
    return w.check === f.checkId && (w.target === target || w.target === '*') && w.object === f.object;
}
/**
 * Returns the findings with waived ones marked (they stay in the report; the input is not
 * changed), and lists expired, stale and soon-expiring waivers. An expired waiver no longer
 * waives: its finding counts again. Linear in findings + waivers: the WARN/FAIL findings are
 * indexed once by their exact key (check id, object).
 */
function applyBaseline(findings, baseline, target, now) {
    if (!baseline)
        return { findings, outcome: emptyBaselineOutcome() };
    const today = now.toISOString().slice(0, 10);
    const soon = new Date(now.getTime() + EXPIRY_WARNING_DAYS * 86400000).toISOString().slice(0, 10);
    const stale = [];
    const expired = [];
    const expiringSoon = [];
    const marks = new Map();
    const waivable = (0,_diff_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .indexByKey */ .X)(findings.filter(f => f.status === 'FAIL' || f.status === 'WARN'), f => (0,_diff_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .findingKey */ .f)(f.checkId, f.object));
    for (const w of baseline.waivers) {
        if (w.target !== target && w.target !== '*')
            continue;
        const matched = waivable.get((0,_diff_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .findingKey */ .f)(w.check, w.object));
        if (!matched) {
            stale.push(w);
            continue;
        }
        const state = w.expires <= today ? 'expired' : 'active';
        for (const f of matched) {
            // An exact-target waiver wins over a `*` one for the same finding; among equals the last wins.
            if (marks.has(f) && w.target === '*')
                continue;
            marks.set(f, {
                reason: w.reason,
                owner: w.owner,
                expires: w.expires,
                state,
                ...(w.line !== undefined ? { line: w.line } : {})
            });
        }
        if (state === 'expired')
            expired.push(w);
        else if (w.expires <= soon)
            expiringSoon.push(w);
    }
    return {
        findings: findings.map(f => {
            const m = marks.get(f);
            return m ? { ...f, waiver: m } : f;
        }),
        outcome: { file: baseline.file, stale, expiringSoon, expired, failOnStale: baseline.failOnStale }
    };
}


/***/ }),

/***/ 8648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VD: () => (/* binding */ parseAuditOptions)
});

// UNUSED EXPORTS: COMPLIANCE, DEPLOYMENTS, ENGINES, ENVIRONMENTS, FAIL_ON, FORMATS, OPTION_NAMES, OPTION_SURFACES, SENSITIVITIES, auditOptionsSchema, inputNameOf

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var classic_schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/coerce.js


function string(params) {
    return core._coercedString(schemas.ZodString, params);
}
function number(params) {
    return api/* _coercedNumber */.qG(classic_schemas/* ZodNumber */.rSt, params);
}
function coerce_boolean(params) {
    return core._coercedBoolean(schemas.ZodBoolean, params);
}
function bigint(params) {
    return core._coercedBigint(schemas.ZodBigInt, params);
}
function date(params) {
    return core._coercedDate(schemas.ZodDate, params);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/gate.ts
var gate = __webpack_require__(4888);
// EXTERNAL MODULE: ./src/core/vocabulary.ts
var vocabulary = __webpack_require__(7063);
;// CONCATENATED MODULE: ./src/core/options.ts






/** `--engine` accepts the engines and `auto` (detect from the target). */
const ENGINES = ['auto', ...vocabulary/* ENGINES */.ug];
/** `--deployment` accepts the deployments and `auto` (from the host or the Cloud API). */
const DEPLOYMENTS = ['auto', ...vocabulary/* DEPLOYMENT_VALUES */.JC];
/** A comma-separated list (flag or action input) or an array, trimmed, empties dropped. */
const csv = (values) => classic_schemas/* preprocess */.vkY(v => typeof v === 'string'
    ? v
        .split(',')
        .map(s => s.trim().toLowerCase())
        .filter(Boolean)
    : v, classic_schemas/* array */.YOg(classic_schemas/* enum */.k5n(values)));
/**
 * The one typed description of an audit, built by the CLI from flags and by the action from
 * inputs. Keys map to the flag and input names in `OPTION_SURFACES`.
 */
const auditOptionsSchema = classic_schemas/* object */.Ikc({
    engine: classic_schemas/* enum */.k5n(ENGINES).default('auto'),
    url: classic_schemas/* string */.YjP().min(1).optional(),
    /** How the user gave the connection string, for messages: `--url`, `DB_POSTURE_URL`, `input connection-string`. */
    urlSource: classic_schemas/* string */.YjP().min(1).optional(),
    deployment: classic_schemas/* enum */.k5n(DEPLOYMENTS).default('auto'),
    environment: classic_schemas/* enum */.k5n(vocabulary/* ENVIRONMENTS */.ju).default('production'),
    compliance: csv(vocabulary/* COMPLIANCE */.YA).default([]),
    dataSensitivity: classic_schemas/* enum */.k5n(vocabulary/* SENSITIVITIES */.A9).default('internal'),
    name: classic_schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'letters, digits, ".", "_" or "-" (at most 63, starting alphanumeric)')
        .optional(),
    baseline: classic_schemas/* string */.YjP().min(1).optional(),
    /** True when the baseline path was given explicitly: then a missing file is an error. */
    baselineExplicit: classic_schemas/* boolean */.zMY().default(false),
    formats: csv(vocabulary/* FORMATS */.hR)
        .pipe(classic_schemas/* array */.YOg(classic_schemas/* enum */.k5n(vocabulary/* FORMATS */.hR)).min(1))
        .default(['markdown', 'json']),
    outDir: classic_schemas/* string */.YjP().min(1).default('reports'),
    failOn: classic_schemas/* enum */.k5n(gate/* FAIL_ON */.d$).default('fail'),
    /** A reference JSON report (`--compare-to`): the Since section, change marks and `gate: new`. */
    compareTo: classic_schemas/* string */.YjP().min(1).optional(),
    /** `new` (`--fail-on-new-only`): only findings new or worse than in the reference block. */
    gate: classic_schemas/* enum */.k5n(gate/* GATE_MODES */.pQ).default('all'),
    failOnStale: classic_schemas/* preprocess */.vkY(v => (typeof v === 'string' ? v.trim().toLowerCase() : v), classic_schemas/* union */.KCZ([classic_schemas/* boolean */.zMY(), classic_schemas/* enum */.k5n(['true', 'false'])]))
        .default(false)
        .transform(v => v === true || v === 'true'),
    /** Longest a waiver or attestation may run, in days from today. */
    maxWaiverDays: number().int().min(1).max(3650).default(365),
    concurrency: number().int().min(1).max(32).default(4),
    connectTimeoutMs: number().int().min(100).max(600000).default(10000),
    statementTimeoutMs: number().int().min(10).max(600000).default(15000),
    cloudApiKey: classic_schemas/* string */.YjP().min(1).optional(),
    cloudClusterId: classic_schemas/* string */.YjP().min(1).optional(),
    /** The Cloud API base URL; only changed for tests and private endpoints. */
    cloudApiUrl: classic_schemas/* string */.YjP().url().default('https://cockroachlabs.cloud'),
    /** A CockroachDB certs directory whose certificates crdb/tls also judges. */
    certsDir: classic_schemas/* string */.YjP().min(1).optional(),
    couchbaseUrl: classic_schemas/* string */.YjP().min(1).optional(),
    couchbaseUsername: classic_schemas/* string */.YjP().min(1).optional(),
    couchbasePassword: classic_schemas/* string */.YjP().min(1).optional(),
    couchbaseCaFile: classic_schemas/* string */.YjP().min(1).optional()
})
    .strict();
/**
 * Where each option is given: the flag of `db-posture audit` and the action input. An absent name
 * means the option is not on that surface; the reason is on the line (and
 * __tests__/docs/option-surfaces.test.ts holds action.yml, the flag table and --help to this table).
 */
const OPTION_SURFACES = {
    engine: { flag: 'engine', input: 'engine' },
    // A workflow passes a secret named for what it holds; the CLI keeps the short libpq-style word.
    url: { flag: 'url', input: 'connection-string' },
    // Derived: how the connection string was given (flag, DB_POSTURE_URL or input), for messages.
    urlSource: {},
    deployment: { flag: 'deployment', input: 'deployment' },
    environment: { flag: 'environment', input: 'environment' },
    compliance: { flag: 'compliance', input: 'compliance' },
    dataSensitivity: { flag: 'data-sensitivity', input: 'data-sensitivity' },
    name: { flag: 'name', input: 'name' },
    baseline: { flag: 'baseline', input: 'baseline' },
    // Derived: whether baseline was given (then a missing file is an error, not "no baseline").
    baselineExplicit: {},
    // The action always writes all four formats: the artifact, code scanning and test reporters use them.
    formats: { flag: 'format' },
    // `out` is the CLI's word for every command's destination; in a workflow out-dir is told apart
    // from the sarif-file and junit-file inputs, which are files.
    outDir: { flag: 'out', input: 'out-dir' },
    failOn: { flag: 'fail-on', input: 'fail-on' },
    compareTo: { flag: 'compare-to', input: 'compare-to' },
    // A switch on the command line (`new` is the only other mode); an input takes the mode's name.
    gate: { flag: 'fail-on-new-only', input: 'gate' },
    failOnStale: { flag: 'fail-on-stale', input: 'fail-on-stale' },
    maxWaiverDays: { flag: 'max-waiver-days', input: 'max-waiver-days' },
    concurrency: { flag: 'concurrency', input: 'concurrency' },
    // Same names, different units: milliseconds on the CLI, seconds in the action (action.yml says so).
    connectTimeoutMs: { flag: 'connect-timeout', input: 'connect-timeout' },
    statementTimeoutMs: { flag: 'statement-timeout', input: 'statement-timeout' },
    cloudApiKey: { flag: 'cloud-api-key', input: 'cloud-api-key' },
    cloudClusterId: { flag: 'cloud-cluster-id', input: 'cloud-cluster-id' },
    cloudApiUrl: { flag: 'cloud-api-url', input: 'cloud-api-url' },
    certsDir: { flag: 'certs-dir', input: 'certs-dir' },
    couchbaseUrl: { flag: 'couchbase-url', input: 'couchbase-url' },
    couchbaseUsername: { flag: 'couchbase-username', input: 'couchbase-username' },
    // No flag: a password on a command line lands in shell history and `ps`; the CLI reads
    // DB_POSTURE_COUCHBASE_PASSWORD.
    couchbasePassword: { input: 'couchbase-password' },
    couchbaseCaFile: { flag: 'couchbase-ca', input: 'couchbase-ca' }
};
/** The kebab-case name each option is known by in messages: its flag, else its input, else its key. */
const OPTION_NAMES = Object.fromEntries(Object.entries(OPTION_SURFACES).map(([key, s]) => [key, s.flag ?? s.input ?? key]));
/** The action input for a name from OPTION_NAMES (`url` -> `connection-string`, `out` -> `out-dir`). */
function inputNameOf(name) {
    const entry = Object.values(OPTION_SURFACES).find(s => s.flag === name || s.input === name);
    return entry?.input ?? name;
}
const SECRET_KEYS = new Set(['url', 'cloudApiKey', 'couchbasePassword']);
/** What each option expects, in our words (zod's own wording never reaches the user). */
const EXPECTED = {
    engine: `one of ${ENGINES.join(', ')}`,
    deployment: `one of ${DEPLOYMENTS.join(', ')}`,
    environment: `one of ${vocabulary/* ENVIRONMENTS */.ju.join(', ')}`,
    compliance: `a comma-separated list of ${vocabulary/* COMPLIANCE */.YA.join(', ')}`,
    dataSensitivity: `one of ${vocabulary/* SENSITIVITIES */.A9.join(', ')}`,
    name: 'letters, digits, ".", "_" or "-" (at most 63, starting alphanumeric)',
    formats: `a comma-separated list of at least one of ${vocabulary/* FORMATS */.hR.join(', ')}`,
    outDir: 'a directory path',
    failOn: `one of ${gate/* FAIL_ON */.d$.join(', ')}`,
    failOnStale: 'true or false',
    compareTo: 'a JSON report file from db-posture audit',
    gate: `one of ${gate/* GATE_MODES */.pQ.join(', ')}`,
    maxWaiverDays: 'a whole number of days from 1 to 3650',
    concurrency: 'a whole number from 1 to 32',
    connectTimeoutMs: 'milliseconds, a whole number from 100 to 600000',
    statementTimeoutMs: 'milliseconds, a whole number from 10 to 600000',
    cloudApiUrl: 'an https:// (or http:// for a local test) URL',
    baseline: 'a file path',
    certsDir: 'a directory path',
    couchbaseCaFile: 'a PEM file path'
};
/**
 * Validates raw options. A bad value is a UsageError naming the option, the value (never for
 * secrets) and what was expected.
 * @param label how an option is named to the user: `--environment` (CLI) or `input environment`.
 */
function parseAuditOptions(input, label = n => `--${n}`, 
/** Where a value came from when not from its flag or input, e.g. `{ cloudApiUrl: 'DB_POSTURE_CLOUD_API_URL' }`. */
sources = {}) {
    const result = auditOptionsSchema.safeParse(input);
    if (result.success) {
        const o = result.data;
        if (!o.url && !o.couchbaseUrl && !(o.cloudApiKey && o.cloudClusterId)) {
            throw new errors/* UsageError */.eb(`No target given: pass ${label('url')} (or DB_POSTURE_URL), ${label('couchbase-url')}, or ${label('cloud-api-key')} with ${label('cloud-cluster-id')}.`);
        }
        return o;
    }
    const issue = result.error.issues[0];
    const key = String(issue.path[0] ?? '');
    const name = OPTION_NAMES[key] ?? key;
    if (issue.code === 'unrecognized_keys') {
        throw new errors/* UsageError */.eb(`Unknown option ${issue.keys.map(k => label(k)).join(', ')}.`);
    }
    const raw = input[key];
    const shown = SECRET_KEYS.has(key) ? '(hidden)' : JSON.stringify(Array.isArray(raw) ? raw.join(',') : raw);
    let expected = EXPECTED[key] ?? 'a valid value';
    if (issue.code === 'invalid_value' && 'values' in issue && issue.path.length > 1) {
        expected = `one of ${issue.values.join(', ')}`;
    }
    const items = typeof raw === 'string'
        ? raw
            .split(',')
            .map(v => v.trim())
            .filter(Boolean)
        : raw;
    const element = issue.path.length > 1 && Array.isArray(items)
        ? ` (item ${JSON.stringify(items[Number(issue.path[1])] ?? '')})`
        : '';
    const where = sources[key] ?? label(name);
    throw new errors/* UsageError */.eb(`Invalid ${where} ${shown}${element}: expected ${expected}.`);
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

/***/ 7088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zO: () => (/* binding */ FULL_LAYOUT),
  xH: () => (/* binding */ gateReasons),
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: capList, changeMarkOf, remediationChecks, renderFindingGroups, renderGateLine, renderHeader, renderIncompleteBanner, renderSummaryTable

// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(5009);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/vocabulary.ts
var vocabulary = __webpack_require__(7063);
// EXTERNAL MODULE: ./src/core/gate.ts
var gate = __webpack_require__(4888);
// EXTERNAL MODULE: ./src/core/report-check.ts
var report_check = __webpack_require__(6092);
// EXTERNAL MODULE: ./src/diff/markdown.ts
var markdown = __webpack_require__(5326);
// EXTERNAL MODULE: ./src/core/policy-annotation.ts
var policy_annotation = __webpack_require__(9015);
;// CONCATENATED MODULE: ./src/report/groups.ts


/** The change mark shown after the status; PASS/INFO/N/A findings that did not move get none. */
const MARK_TEXT = {
    new: '*(new)*',
    worse: '*(worse)*',
    better: '*(better)*',
    changed: '*(changed)*',
    existing: '*(existing)*'
};
/** The finding's change mark relative to the reference report, or '' without one. */
function changeMarkOf(report, f) {
    const m = report.changeMark?.(f.checkId, f.object);
    return m ? (MARK_TEXT[m] ?? '') : '';
}
/** Status icons, for counts and group lines (colour-blind safe: the status word is always shown too). */
const STATUS_ICON = {
    PASS: '✅',
    WARN: '⚠️',
    FAIL: '❌',
    INFO: 'ℹ️',
    'N/A': '➖',
    UNKNOWN: '❔'
};
const WAIVED_ICON = '🔕';
/** FAIL, WARN, UNKNOWN first (what needs a person), then waived, then the rest. */
const KIND_RANK = {
    FAIL: 0,
    WARN: 1,
    UNKNOWN: 2,
    waived: 3,
    INFO: 4,
    PASS: 5,
    'N/A': 6
};
/** Severity within one verdict: the check's own verdict before policy, FAIL highest. */
const SEVERITY = { FAIL: 5, WARN: 4, UNKNOWN: 3, INFO: 2, PASS: 1, 'N/A': 0 };
/** True for the verdicts a reader must act on (these groups are never dropped to fit a budget). */
function isActionable(kind) {
    return kind === 'FAIL' || kind === 'WARN' || kind === 'UNKNOWN' || kind === 'waived';
}
/**
 * Groups the findings by check and verdict, ordered by verdict (FAIL, WARN, UNKNOWN, waived, INFO,
 * PASS, N/A), then by severity (raw verdict before policy; a fault before a missing privilege),
 * then by size and check id. Findings keep their report order inside a group.
 */
function groupByCheck(findings) {
    const groups = new Map();
    for (const f of findings) {
        const kind = f.waiver?.state === 'active' ? 'waived' : f.status;
        const key = `${f.checkId}\u0000${kind}\u0000${f.status}`;
        let entry = groups.get(key);
        if (!entry) {
            const list = [];
            entry = {
                g: { checkId: f.checkId, title: f.title, kind, status: f.status, findings: list },
                findings: list,
                severity: 0,
                faults: 0
            };
            groups.set(key, entry);
        }
        entry.findings.push(f);
        entry.severity = Math.max(entry.severity, SEVERITY[f.rawStatus]);
        if (f.incomplete)
            entry.faults++;
    }
    return [...groups.values()]
        .sort((a, b) => KIND_RANK[a.g.kind] - KIND_RANK[b.g.kind] ||
        SEVERITY[b.g.status] - SEVERITY[a.g.status] ||
        b.severity - a.severity ||
        b.faults - a.faults ||
        b.findings.length - a.findings.length ||
        (a.g.checkId < b.g.checkId ? -1 : a.g.checkId > b.g.checkId ? 1 : 0))
        .map(e => e.g);
}
/** `❌ **FAIL**`, `🔕 **waived FAIL**`. */
function groupLabel(g) {
    return g.kind === 'waived'
        ? `${WAIVED_ICON} **waived ${g.status}**`
        : `${STATUS_ICON[g.status]} **${g.status}**`;
}
/** The notes after a finding: policy sentences and the waiver state. */
function findingNotes(f) {
    const parts = [];
    if (f.annotation)
        parts.push((0,core_text/* escapeStatic */.gH)(f.annotation));
    for (const p of f.policy ?? [])
        parts.push((0,policy_annotation/* policyMarkdown */.u)(p));
    if (f.waiver?.state === 'active') {
        parts.push(`*(waived until ${f.waiver.expires} by ${(0,core_text/* codeSpan */.SS)(f.waiver.owner)}: ${(0,core_text/* codeSpan */.SS)(f.waiver.reason)})*`);
    }
    else if (f.waiver?.state === 'expired') {
        parts.push(`*(waiver by ${(0,core_text/* codeSpan */.SS)(f.waiver.owner)} expired on ${f.waiver.expires} — counts again)*`);
    }
    return parts.length ? ` ${parts.join(' ')}` : '';
}
/** One finding as a list item a reviewer can write a waiver from: check id, object key, detail. */
function renderFindingItem(report, f) {
    const mark = changeMarkOf(report, f);
    const object = f.object !== undefined ? ` · ${(0,core_text/* codeSpan */.SS)(f.object)}` : '';
    return `- ${(0,core_text/* codeSpan */.SS)(f.checkId)}${object}${mark ? ` ${mark}` : ''}: ${f.detail.markdown}${findingNotes(f)}`;
}
/**
 * A check's group: its line (verdict, id, title, count, the first objects) and, when it has more
 * than one finding, every finding in a `<details>` block, cut at `linesPerCheck` with a count of the
 * rest. A single finding is one line with its detail.
 */
function renderGroup(report, g, layout) {
    const n = g.findings.length;
    const title = (0,core_text/* escapeStatic */.gH)(g.title);
    if (n === 1) {
        const f = g.findings[0];
        const mark = changeMarkOf(report, f);
        const object = f.object !== undefined ? ` · ${(0,core_text/* codeSpan */.SS)(f.object)}` : '';
        return [
            `- ${groupLabel(g)} ${(0,core_text/* codeSpan */.SS)(g.checkId)}${object} · ${title}${mark ? ` ${mark}` : ''}: ${f.detail.markdown}${findingNotes(f)}`
        ];
    }
    const keys = g.findings.filter(f => f.object !== undefined).map(f => f.object);
    const named = keys.slice(0, layout.inline).map(core_text/* codeSpan */.SS);
    const rest = n - named.length;
    const objects = named.length ? `: ${named.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}` : '';
    const head = `- ${groupLabel(g)} ${(0,core_text/* codeSpan */.SS)(g.checkId)} · ${title} · ${n} findings${objects}`;
    if (layout.linesPerCheck <= 0)
        return [head];
    const shown = g.findings.slice(0, layout.linesPerCheck).map(f => renderFindingItem(report, f));
    const more = n > shown.length
        ? [
            `- …and ${n - shown.length} more ${(0,core_text/* codeSpan */.SS)(g.checkId)} ${n - shown.length === 1 ? 'finding' : 'findings'}: see the full report.`
        ]
        : [];
    return [
        head,
        '',
        `<details><summary>${n} findings of ${(0,core_text/* escapeStatic */.gH)(g.checkId)}</summary>`,
        '',
        ...shown,
        ...more,
        '',
        '</details>',
        ''
    ];
}
/** A paragraph for the quiet verdicts left out of a short view: `✅ 12 PASS · ➖ 2 N/A checks: …`. */
function quietCounts(groups) {
    const by = new Map();
    for (const g of groups)
        if (!isActionable(g.kind))
            by.set(g.status, (by.get(g.status) ?? 0) + 1);
    if (by.size === 0)
        return undefined;
    const parts = ['PASS', 'INFO', 'N/A']
        .filter(s => by.has(s))
        .map(s => `${STATUS_ICON[s]} ${by.get(s)} ${s}`);
    const total = [...by.values()].reduce((a, b) => a + b, 0);
    return `${parts.join(' · ')} ${total === 1 ? 'check' : 'checks'}: listed in the full report.`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts








function waiverLine(w) {
    const object = w.object !== undefined ? ` object ${(0,core_text/* codeSpan */.SS)(w.object)}` : '';
    return `- ${(0,core_text/* codeSpan */.SS)(w.check)} target ${(0,core_text/* codeSpan */.SS)(w.target)}${object}, owner ${(0,core_text/* codeSpan */.SS)(w.owner)}, expires ${w.expires}: ${(0,core_text/* codeSpan */.SS)(w.reason)}`;
}
/** The report header lines (shared by the full report and the summary renderers). */
function renderHeader(report) {
    const t = report.target;
    const c = report.context;
    const lines = [
        `# Security Audit Report — ${(0,core_text/* codeSpan */.SS)(t.name)}`,
        '',
        `**Date:** ${c.auditedAt.slice(0, 10)}`,
        `**Engine:** ${vocabulary/* ENGINE_NAMES */.Gw[t.engine]}`
    ];
    if (t.clusterId)
        lines.push(`**Cluster ID:** ${(0,core_text/* codeSpan */.SS)(t.clusterId)}`);
    if (t.plan)
        lines.push(`**Plan:** ${(0,core_text/* codeSpan */.SS)(t.plan)}`);
    if (t.version)
        lines.push(`**Version:** ${(0,core_text/* codeSpan */.SS)(t.version)}`);
    if (t.regions?.length)
        lines.push(`**Regions:** ${t.regions.map(core_text/* codeSpan */.SS).join(', ')}`);
    lines.push(`**Deployment:** ${vocabulary/* DEPLOYMENT_NAMES */.L1[t.deployment]}`);
    lines.push(`**Environment:** ${c.environment}`);
    lines.push(`**Compliance:** ${c.compliance.length ? c.compliance.map(x => vocabulary/* COMPLIANCE_NAMES */.lk[x]).join(', ') : '(none specified)'}`);
    lines.push(`**Data Sensitivity:** ${vocabulary/* SENSITIVITY_NAMES */.Xu[c.dataSensitivity]}`);
    for (const [label, value] of t.details) {
        // Engines also list their version among the details ("PostgreSQL Version"): show it once.
        if (t.version !== undefined && /version$/i.test(label) && value === t.version)
            continue;
        lines.push(`**${label}:** ${(0,core_text/* codeSpan */.SS)(value)}`);
    }
    // Two trailing spaces would be fragile; a blank-line-free block keeps every field on its own line.
    return lines.map((l, i) => (i >= 2 && l.startsWith('**') ? `${l}  ` : l));
}
/** What counts against the gate, e.g. ["3 unwaived FAIL", "1 expired waiver"]. */
function gateReasons(report) {
    const g = report.gate;
    const parts = [`${g.unwaivedFails} unwaived FAIL`];
    if (g.mode === 'new') {
        const blocking = report.findings.filter(f => (0,gate/* blocksReportGate */.Mm)(report, f)).length;
        parts[0] = `${blocking} new or worse unwaived ${g.failOn === 'fail' ? 'FAIL' : 'findings'} (${g.unwaivedFails} unwaived FAIL in all)`;
    }
    if (g.incomplete)
        parts.unshift(`${(0,core_text/* plural */.LS)(g.incomplete, 'check')} stopped by a fault (audit incomplete)`);
    if (g.failOn === 'warn')
        parts.push(`${g.unwaivedWarns} unwaived WARN`);
    if (g.failOn === 'unknown')
        parts.push(`${g.unwaivedUnknowns} unwaived UNKNOWN`);
    if (g.expiredWaivers)
        parts.push((0,core_text/* plural */.LS)(g.expiredWaivers, 'expired waiver'));
    if (report.baseline.failOnStale && g.staleWaivers)
        parts.push((0,core_text/* plural */.LS)(g.staleWaivers, 'stale waiver'));
    return parts;
}
function renderGateLine(report) {
    const g = report.gate;
    const parts = gateReasons(report);
    const verdict = g.incomplete
        ? 'FAILED (audit incomplete)'
        : g.failOn === 'never'
            ? 'not enforced (fail-on: never)'
            : g.passed
                ? 'PASSED'
                : 'FAILED';
    const since = report.comparison?.reference.context.auditedAt.slice(0, 10);
    const scope = g.mode === 'new' && since ? ` (new or worse since ${since} only)` : '';
    return `**Gate:** ${verdict}${scope} — ${parts.join(', ')}`;
}
/**
 * At the top of every report of an incomplete audit: a fault (not a privilege) stopped checks, so
 * the verdicts below are not the whole posture and the gate has failed closed.
 */
function renderIncompleteBanner(report) {
    const n = report.gate.incomplete;
    if (!n)
        return [];
    const faults = report.unavailable.filter(u => u.fault).slice(0, 5);
    return [
        `> **Audit incomplete:** ${n} ${n === 1 ? 'check' : 'checks'} could not be evaluated because of a fault (lost connection, timeout or server error), not a missing privilege. The gate fails closed; re-run the audit once the target is healthy.`,
        ...faults.map(u => `> - ${(0,core_text/* codeSpan */.SS)(u.fact)}: ${u.reason.markdown}`),
        ''
    ];
}
function renderSummaryTable(report) {
    const ref = report.comparison?.reference;
    if (ref) {
        // With a reference, a change column: this audit's count minus the reference's, per status.
        const before = new Map();
        for (const f of ref.findings)
            before.set(f.status, (before.get(f.status) ?? 0) + 1);
        const delta = (n) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
        return [
            '| Status | Count | Change |',
            '|--------|-------|--------|',
            ...core_status/* STATUSES */.f.map(s => `| ${s} | ${report.summary[s]} | ${delta(report.summary[s] - (before.get(s) ?? 0))} |`)
        ];
    }
    return [
        '| Status | Count |',
        '|--------|-------|',
        ...core_status/* STATUSES */.f.map(s => `| ${s} | ${report.summary[s]} |`)
    ];
}
const FULL_LAYOUT = {
    linesPerCheck: Number.POSITIVE_INFINITY,
    inline: 5,
    quiet: 'full',
    listCap: Number.POSITIVE_INFINITY
};
/** At most `cap` items, then a line saying how many more the full report has (`noun` singular). */
function capList(items, cap, noun) {
    if (items.length <= cap)
        return [...items];
    return [
        ...items.slice(0, cap),
        `- …and ${(0,core_text/* plural */.LS)(items.length - cap, `more ${noun}`)}: see the full report.`
    ];
}
/** The findings, one group per check and verdict (groups.ts), as the layout allows. */
function renderFindingGroups(report, layout, findings = report.findings) {
    const groups = groupByCheck(findings);
    const out = [];
    for (const g of groups) {
        const quiet = !isActionable(g.kind);
        if (quiet && layout.quiet === 'counts')
            continue;
        const lines = renderGroup(report, g, quiet && layout.quiet === 'lines' ? { linesPerCheck: 0, inline: layout.inline } : layout);
        // Check lines form one tight list; a details block (after a blank line) ends it, and the
        // next check line starts a new one. A blank line between two items would make the list loose.
        out.push(...lines);
    }
    if (layout.quiet === 'counts') {
        const counts = quietCounts(groups);
        if (counts) {
            if (out.length && out[out.length - 1] !== '')
                out.push('');
            out.push(counts);
        }
    }
    while (out[out.length - 1] === '')
        out.pop();
    return out;
}
/**
 * The full markdown report, in the structure of the CockroachDB audit skill's report format:
 * header, summary table, findings grouped by check (FAIL, WARN, UNKNOWN first), followed by what
 * could not be evaluated, the baseline state, remediation and notes.
 */
function renderMarkdown(report, layout = FULL_LAYOUT, extraSections = []) {
    const out = [
        ...renderHeader(report),
        '',
        ...renderIncompleteBanner(report),
        renderGateLine(report),
        '',
        ...(report.comparison ? [(0,markdown/* renderSinceSection */.m0)(report.comparison.diff).trimEnd(), ''] : []),
        '## Summary',
        '',
        ...renderSummaryTable(report),
        '',
        '## Findings'
    ];
    const groups = renderFindingGroups(report, layout);
    out.push('', ...(groups.length ? groups : ['No findings.']));
    if (report.unavailable.length > 0) {
        out.push('', '## Not Evaluated', '', 'Facts that could not be collected; the checks that need them report UNKNOWN.', '', ...capList(report.unavailable.map(u => `- ${(0,core_text/* codeSpan */.SS)(u.fact)}: ${u.reason.markdown}`), layout.listCap, 'fact'));
    }
    const b = report.baseline;
    if (b.expired.length || b.expiringSoon.length || b.stale.length) {
        out.push('', '## Baseline', '');
        if (b.file)
            out.push(`Baseline file: ${(0,core_text/* codeSpan */.SS)(b.file)}`, '');
        const list = (ws) => [
            ...capList(ws.map(waiverLine), layout.listCap, 'waiver'),
            ''
        ];
        if (b.expired.length)
            out.push(`**Expired waivers** (${b.expired.length}; no longer waive, the findings count again):`, '', ...list(b.expired));
        if (b.expiringSoon.length)
            out.push(`**Waivers expiring within 14 days** (${b.expiringSoon.length}):`, '', ...list(b.expiringSoon));
        if (b.stale.length)
            out.push(`**Stale waivers** (${b.stale.length}; match no finding, remove them):`, '', ...list(b.stale));
        while (out[out.length - 1] === '')
            out.pop();
    }
    const toFix = remediationChecks(report);
    if (toFix.length > 0) {
        out.push('', '## Remediation', '');
        for (const f of toFix) {
            out.push(`- **${f.checkId}** (${(0,core_text/* escapeStatic */.gH)(f.title)}): ${(0,core_text/* escapeStatic */.gH)(f.remediation.text)} [Reference](${f.remediation.link})`);
            // Why it matters, and what a person confirms by hand, under the fix (from the report's checks).
            const check = (0,report_check/* checkIn */.is)(report.checks, f.checkId);
            if (check?.rationale)
                out.push(`  - Why: ${(0,core_text/* escapeStatic */.gH)(check.rationale)}`);
            if (check?.verify)
                out.push(`  - Verify by hand: ${(0,core_text/* escapeStatic */.gH)(check.verify)}`);
        }
    }
    if (report.notes.length > 0) {
        out.push('', '## Notes', '', ...capList(report.notes.map(n => `- ${n.markdown}`), layout.listCap, 'note'));
    }
    // Sections rendered elsewhere (the "Detection coverage" of `--rules`), already escaped.
    for (const section of extraSections)
        out.push('', section.trimEnd());
    out.push('', '---', `*Generated by ${report.tool.name} ${report.tool.version} at ${report.context.auditedAt}. Read-only audit: nothing was written to the target.*`, '');
    return out.join('\n');
}
/** One finding per check with a FAIL or WARN, in group order (the checks a person must fix or waive). */
function remediationChecks(report) {
    const seen = new Map();
    for (const g of groupByCheck(report.findings)) {
        if (g.status !== 'FAIL' && g.status !== 'WARN')
            continue;
        if (!seen.has(g.checkId))
            seen.set(g.checkId, g.findings[0]);
    }
    return [...seen.values()];
}


/***/ }),

/***/ 7524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkNewOutputFile),
/* harmony export */   x: () => (/* binding */ checkOutputDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



/**
 * The nearest part of `p` that exists, or undefined for a path whose parent is a file. Reports are
 * written only after the audit, so every output path is checked before anything connects.
 */
function nearestExisting(p) {
    let current = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    for (;;) {
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(current);
            return { path: current, isDirectory: st.isDirectory() };
        }
        catch {
            // ENOENT or ENOTDIR (a component on the way is a file): walk up to what exists.
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
            if (parent === current)
                return { path: current, isDirectory: false };
            current = parent;
        }
    }
}
function writable(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Throws a UsageError unless `dir` is, or can be created as, a writable directory. */
function checkOutputDirectory(dir, input) {
    const shown = JSON.stringify(dir);
    const found = nearestExisting(dir);
    if (found.path === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir) && !found.isDirectory)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: it is an existing file; expected a directory for the reports.`);
    if (!found.isDirectory)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is a file, so no directory can be made under it; expected a directory for the reports.`);
    if (!writable(found.path))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is not writable by this user; expected a writable directory.`);
}
/** Throws a UsageError unless a new file can be written at `file` (it must not exist yet). */
function checkNewOutputFile(file, input) {
    const shown = JSON.stringify(file);
    const found = nearestExisting(file);
    if (found.path === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: the file exists and is never overwritten (it may hold reviewed entries); choose a new path.`);
    if (!found.isDirectory)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is a file, not a directory.`);
    if (found.path !== node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file)))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: the directory ${JSON.stringify(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file))} does not exist.`);
    if (!writable(found.path))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is not writable by this user.`);
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uw: () => (/* binding */ SARIF_RESULT_LIMIT),
/* harmony export */   WH: () => (/* binding */ renderSarif),
/* harmony export */   n5: () => (/* binding */ sharePerRule)
/* harmony export */ });
/* unused harmony exports findingFingerprint, ruleText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _diff_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5312);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3323);
/* harmony import */ var _core_policy_annotation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9015);
/* harmony import */ var _core_report_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6092);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);






/** GitHub keeps the first 5,000 results of a run by severity; we never send more. */
const SARIF_RESULT_LIMIT = 5000;
/**
 * How many results each rule keeps under `limit`: every rule with results keeps at least one (a
 * rule left without results would be closed as fixed by code scanning), and the room is shared
 * fairly: small rules keep all theirs, the largest split what is left evenly (water-filling).
 * When there are more rules than room (never, with this catalogue) the first `limit` keep one.
 */
function sharePerRule(counts, limit) {
    const share = new Map();
    const ordered = [...counts.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    let room = limit;
    ordered.forEach(([rule, n], i) => {
        const left = ordered.length - i;
        const fair = Math.max(room > 0 ? 1 : 0, Math.floor(room / left));
        const take = Math.min(n, fair);
        share.set(rule, take);
        room -= take;
    });
    // Rounding leaves a few slots: give them to the rules that were cut, largest first.
    for (const [rule, n] of ordered.reverse()) {
        if (room <= 0)
            break;
        const extra = Math.min(room, n - share.get(rule));
        share.set(rule, share.get(rule) + extra);
        room -= extra;
    }
    return share;
}
/** Trivy's scale: high for FAIL, medium for WARN, low for what could not be evaluated. */
const SECURITY_SEVERITY = { FAIL: '8.0', WARN: '5.5', UNKNOWN: '2.0' };
const LEVEL = {
    FAIL: 'error',
    WARN: 'warning',
    UNKNOWN: 'note'
};
const RANK = { FAIL: 0, WARN: 1, UNKNOWN: 2 };
/** A stable fingerprint from check, target and object: never from values or times. */
function findingFingerprint(checkId, target, object) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${checkId}\u0000${target}\u0000${object ?? ''}`)
        .digest('hex');
}
const clip = (s, n = 1024) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
/**
 * A rule's descriptions and help from the report's entry for the check: the condition and the
 * risk in fullDescription, the fix, the risk and what to verify by hand in help (the markdown
 * escaped: a report read from disk is input).
 */
function ruleText(check) {
    const { text, link } = check.remediation;
    const why = check.rationale ? [`Why: ${check.rationale}`] : [];
    const verify = check.verify ? [`Verify by hand: ${check.verify}`] : [];
    const full = [check.description ?? check.title, ...(check.rationale ? [`Risk: ${check.rationale}`] : [])];
    return {
        shortDescription: { text: clip(check.title) },
        fullDescription: { text: clip(full.join(' ')) },
        help: {
            text: clip([`${text} ${link}`, ...why, ...verify].join('\n\n'), 4000),
            markdown: clip([
                (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeProse */ .fd)(text),
                ...(check.rationale ? [`**Why:** ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeProse */ .fd)(check.rationale)}`] : []),
                ...(check.verify ? [`**Verify by hand:** ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeProse */ .fd)(check.verify)}`] : []),
                `[Reference](${link})`
            ].join('\n\n'), 4000)
        },
        helpUri: link
    };
}
/**
 * SARIF 2.1.0 for code scanning: one run per target (category `db-posture/<target>`), a rule per
 * check with a result, one result per FAIL/WARN/UNKNOWN finding. Waived findings carry an accepted
 * external suppression with the waiver's reason, owner and expiry.
 */
function renderSarif(report, options) {
    const target = report.target.name;
    const uri = options.locationUri ?? `db-posture/${target}`;
    const relevant = report.findings
        .filter(f => RANK[f.status] !== undefined)
        .sort((a, b) => RANK[a.status] - RANK[b.status]);
    // With a reference report (`--compare-to`): SARIF 2.1.0 baselineState per result, and the
    // reference's resolved findings as `absent` results, which code scanning closes.
    const states = report.comparison ? (0,_diff_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .sarifBaselineStates */ .DO)(report.comparison.diff) : undefined;
    const absentAll = states?.absent ?? [];
    const ABSENT = 'absent:'; // rule ids never contain a colon
    // The cap is per rule (resolved results of a rule count as a rule of their own), never global.
    const counts = new Map();
    for (const f of relevant)
        counts.set(f.checkId, (counts.get(f.checkId) ?? 0) + 1);
    for (const e of absentAll)
        counts.set(`${ABSENT}${e.checkId}`, (counts.get(`${ABSENT}${e.checkId}`) ?? 0) + 1);
    const share = sharePerRule(counts, SARIF_RESULT_LIMIT);
    const taken = new Map();
    const take = (key) => {
        const n = taken.get(key) ?? 0;
        if (n >= (share.get(key) ?? 0))
            return false;
        taken.set(key, n + 1);
        return true;
    };
    const kept = relevant.filter(f => take(f.checkId));
    const absent = absentAll.filter(e => take(`${ABSENT}${e.checkId}`));
    const leftOut = new Map();
    for (const [key, n] of counts) {
        const cut = n - (share.get(key) ?? 0);
        const rule = key.startsWith(ABSENT) ? key.slice(ABSENT.length) : key;
        if (cut > 0)
            leftOut.set(rule, (leftOut.get(rule) ?? 0) + cut);
    }
    const dropped = relevant.length + absentAll.length - kept.length - absent.length;
    const worst = new Map();
    for (const f of kept)
        if (!worst.has(f.checkId))
            worst.set(f.checkId, f);
    const ruleIds = [...worst.keys()].sort();
    const rules = ruleIds.map(id => {
        const f = worst.get(id);
        // Every finding's check is in report.checks; a hand-built report without it keeps the finding's.
        const check = (0,_core_report_check_js__WEBPACK_IMPORTED_MODULE_3__/* .checkIn */ .is)(report.checks, id) ?? {
            id,
            title: f.title,
            dimension: f.dimension,
            remediation: f.remediation,
            frameworks: {}
        };
        return {
            id,
            name: id
                .replace(/[^A-Za-z0-9]+(.)/g, (_, c) => c.toUpperCase())
                .replace(/^./, c => c.toUpperCase()),
            ...ruleText(check),
            defaultConfiguration: { level: LEVEL[f.status] },
            properties: {
                tags: ['security', f.dimension, ...(check.family ? [check.family] : [])],
                precision: 'high',
                'security-severity': SECURITY_SEVERITY[f.status]
            }
        };
    });
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const engine = report.target.engine;
    // A waived result points at its waiver's line, when the results point at the baseline file.
    const atBaseline = options.locationUri !== undefined && options.locationUri === options.baselineUri;
    const location = (object, line = 1) => [
        {
            physicalLocation: { artifactLocation: { uri }, region: { startLine: atBaseline ? line : 1 } },
            logicalLocations: [
                {
                    fullyQualifiedName: `${engine}://${target}${object !== undefined ? `/${object}` : ''}`,
                    kind: 'resource'
                }
            ]
        }
    ];
    const fingerprints = (checkId, object) => {
        const fingerprint = findingFingerprint(checkId, target, object);
        return { primaryLocationLineHash: `${fingerprint.slice(0, 16)}:1`, 'dbPosture/v1': fingerprint };
    };
    const results = kept.map(f => {
        const where = f.object !== undefined ? ` (target ${target}, object ${f.object})` : ` (target ${target})`;
        return {
            ruleId: f.checkId,
            ruleIndex: index.get(f.checkId),
            level: LEVEL[f.status],
            message: {
                text: `${f.title}: ${f.detail.text}${where}${f.policy?.length ? `; policy: ${f.policy.map(_core_policy_annotation_js__WEBPACK_IMPORTED_MODULE_5__/* .policyText */ .M).join('; ')}` : ''}`
            },
            locations: location(f.object, f.waiver?.state === 'active' ? f.waiver.line : undefined),
            partialFingerprints: fingerprints(f.checkId, f.object),
            ...(states ? { baselineState: states.stateOf(f.checkId, f.object) } : {}),
            ...(f.waiver?.state === 'active'
                ? {
                    suppressions: [
                        {
                            kind: 'external',
                            status: 'accepted',
                            justification: `Waived by ${f.waiver.owner} until ${f.waiver.expires}: ${f.waiver.reason}`
                        }
                    ]
                }
                : {}),
            properties: {
                status: f.status,
                rawStatus: f.rawStatus,
                ...(f.annotation ? { annotation: f.annotation } : {}),
                ...(f.policy?.length ? { policy: f.policy.map(p => ({ ...p })) } : {})
            }
        };
    });
    for (const e of absent) {
        const was = e.baseStatus;
        results.push({
            ruleId: e.checkId,
            ...(index.has(e.checkId) ? { ruleIndex: index.get(e.checkId) } : {}),
            level: LEVEL[was] ?? 'note',
            message: {
                text: `Resolved since the reference audit (was ${was}${e.headStatus ? `, now ${e.headStatus}` : ''}): ${e.title}: ${e.detail}${e.object !== undefined ? ` (target ${target}, object ${e.object})` : ` (target ${target})`}`
            },
            locations: location(e.object),
            partialFingerprints: fingerprints(e.checkId, e.object),
            baselineState: 'absent',
            properties: { status: e.headStatus ?? 'absent', referenceStatus: was }
        });
    }
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        semanticVersion: report.tool.version,
                        informationUri: _core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL */ .j.url,
                        rules
                    }
                },
                automationDetails: { id: `db-posture/${target}/` },
                results,
                properties: {
                    target: { engine, name: target, deployment: report.target.deployment },
                    summary: report.summary,
                    auditedAt: report.context.auditedAt,
                    ...(report.comparison
                        ? {
                            comparedTo: {
                                file: report.comparison.referenceFile,
                                auditedAt: report.comparison.reference.context.auditedAt
                            }
                        }
                        : {}),
                    ...(dropped > 0
                        ? {
                            truncated: `${dropped} results left out (limit ${SARIF_RESULT_LIMIT}, shared per rule; every rule keeps at least one)`,
                            leftOutPerRule: Object.fromEntries([...leftOut.entries()].sort())
                        }
                        : {})
                }
            }
        ]
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}


/***/ })

};
