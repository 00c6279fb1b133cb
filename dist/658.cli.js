export const id = 658;
export const ids = [658];
export const modules = {

/***/ 4888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ blocksGate),
/* harmony export */   Mm: () => (/* binding */ blocksReportGate),
/* harmony export */   Y$: () => (/* binding */ blockingStatuses),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   pQ: () => (/* binding */ GATE_MODES)
/* harmony export */ });
/**
 * The gate levels, each naming what blocks besides expired waivers:
 * - `fail`: unwaived FAIL findings;
 * - `warn`: unwaived FAIL and WARN findings;
 * - `unknown`: unwaived FAIL and UNKNOWN findings (a missing privilege blocks too);
 * - `never`: nothing blocks (the report is still written).
 * An incomplete audit (a fault stopped a check) fails whatever the level: see `GateResult`.
 */
const FAIL_ON = ['fail', 'warn', 'unknown', 'never'];
/**
 * What blocks besides the level: `all` judges every finding; `new` (`--fail-on-new-only`, action
 * `gate: new`) only findings that are new or worse than in a reference report. Incomplete audits and
 * expired waivers fail in both modes; `new` without a reference falls back to `all`.
 */
const GATE_MODES = ['all', 'new'];
/**
 * True when this finding, as it stands after the baseline, blocks the gate at this level. With
 * `newOrWorse` (gate mode `new` with a reference), a finding that was already there at least as
 * severe does not block: it is reported as "existing".
 */
function blocksGate(f, failOn, newOrWorse) {
    if (failOn === 'never' || f.waiver?.state === 'active')
        return false;
    const atLevel = f.status === 'FAIL' ||
        (f.status === 'WARN' && failOn === 'warn') ||
        (f.status === 'UNKNOWN' && failOn === 'unknown');
    if (!atLevel)
        return false;
    return newOrWorse === undefined || newOrWorse(f.checkId ?? '', f.object);
}
/** The one gate question every renderer and the exit code ask of a finished report. */
function blocksReportGate(report, f) {
    return blocksGate(f, report.gate.failOn, report.gate.mode === 'new' ? report.newOrWorse : undefined);
}
/** The statuses a level blocks, for headings such as "Unwaived FAIL and WARN". */
function blockingStatuses(failOn) {
    if (failOn === 'never')
        return [];
    if (failOn === 'warn')
        return ['FAIL', 'WARN'];
    if (failOn === 'unknown')
        return ['FAIL', 'UNKNOWN'];
    return ['FAIL'];
}


/***/ }),

/***/ 9015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ policyText),
/* harmony export */   u: () => (/* binding */ policyMarkdown)
/* harmony export */ });
/** The markdown sentence after the finding: `*(downgraded from FAIL — development cluster)*`. */
function policyMarkdown(p) {
    switch (p.kind) {
        case 'raised':
            return `*(raised to ${p.to} — ${p.reason})*`;
        case 'downgraded':
            return `*(downgraded from ${p.from} — ${p.reason})*`;
        case 'locked':
            return `*(${p.reason} — cannot downgrade)*`;
    }
}
/** Plain text for SARIF messages and JUnit: `downgraded from FAIL to WARN (development cluster)`. */
function policyText(p) {
    switch (p.kind) {
        case 'raised':
            return `raised from ${p.from} to ${p.to} (${p.reason})`;
        case 'downgraded':
            return `downgraded from ${p.from} to ${p.to} (${p.reason})`;
        case 'locked':
            return `kept at ${p.to}, not downgraded (${p.reason})`;
    }
}


/***/ }),

/***/ 6092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cn: () => (/* binding */ reportCheckOf),
/* harmony export */   is: () => (/* binding */ checkIn),
/* harmony export */   oG: () => (/* binding */ reportChecks)
/* harmony export */ });
/** The report's entry for a check from its catalogue metadata. */
function reportCheckOf(meta) {
    return {
        id: meta.id,
        title: meta.title,
        dimension: meta.dimension,
        ...(meta.family !== undefined ? { family: meta.family } : {}),
        description: meta.description,
        rationale: meta.rationale,
        ...(meta.verify !== undefined ? { verify: meta.verify } : {}),
        remediation: meta.remediation,
        frameworks: meta.frameworks
    };
}
/** What a finding alone tells about its check, when no metadata is known for its id. */
function fromFinding(f) {
    return {
        id: f.checkId,
        title: f.title,
        dimension: f.dimension,
        remediation: f.remediation,
        frameworks: f.frameworks
    };
}
/**
 * One entry per check that produced a finding, sorted by id (a stable order for diffs of the JSON
 * report): from `known` when it knows the id, else from the finding itself.
 */
function reportChecks(findings, known) {
    const byId = new Map();
    for (const f of findings) {
        if (!byId.has(f.checkId))
            byId.set(f.checkId, known(f.checkId) ?? fromFinding(f));
    }
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
const lookups = new WeakMap();
/** A report's entry for one check id (built once per report's list). */
function checkIn(checks, id) {
    let map = lookups.get(checks);
    if (!map)
        lookups.set(checks, (map = new Map(checks.map(c => [c.id, c]))));
    return map.get(id);
}


/***/ }),

/***/ 7063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ SENSITIVITIES),
/* harmony export */   Gw: () => (/* binding */ ENGINE_NAMES),
/* harmony export */   JC: () => (/* binding */ DEPLOYMENT_VALUES),
/* harmony export */   L1: () => (/* binding */ DEPLOYMENT_NAMES),
/* harmony export */   Xu: () => (/* binding */ SENSITIVITY_NAMES),
/* harmony export */   YA: () => (/* binding */ COMPLIANCE),
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   ju: () => (/* binding */ ENVIRONMENTS),
/* harmony export */   lk: () => (/* binding */ COMPLIANCE_NAMES),
/* harmony export */   ug: () => (/* binding */ ENGINES)
/* harmony export */ });
/* unused harmony exports FAMILIES, FRAMEWORK_NAMES */
/**
 * The product's words, once: every list a user can choose from and how the report names each value.
 * Options, policy, renderers and tests import these instead of spelling them again.
 */
const ENGINES = ['postgres', 'cockroachdb', 'couchbase'];
const ENGINE_NAMES = {
    postgres: 'PostgreSQL',
    cockroachdb: 'CockroachDB',
    couchbase: 'Couchbase Server'
};
const DEPLOYMENT_VALUES = ['cloud', 'self-hosted'];
const DEPLOYMENT_NAMES = {
    cloud: 'Cloud',
    'self-hosted': 'Self-hosted'
};
const ENVIRONMENTS = ['production', 'staging', 'development', 'sandbox'];
const COMPLIANCE = ['soc2', 'hipaa', 'pci-dss', 'iso27001', 'gdpr'];
const COMPLIANCE_NAMES = {
    soc2: 'SOC 2',
    hipaa: 'HIPAA',
    'pci-dss': 'PCI DSS',
    iso27001: 'ISO 27001',
    gdpr: 'GDPR'
};
const SENSITIVITIES = ['pii-phi', 'financial', 'internal', 'public'];
const SENSITIVITY_NAMES = {
    'pii-phi': 'PII/PHI',
    financial: 'financial',
    internal: 'internal',
    public: 'public'
};
const FORMATS = ['markdown', 'json', 'sarif', 'junit'];
/**
 * Check families named by policy.md; a check's family ties it to the policy rows in
 * src/policy/families.ts (the rows live there, the names here so that core/ needs no policy import).
 */
const FAMILIES = (/* unused pure expression or super */ null && ([
    'open-network',
    'private-endpoints',
    'hba-empty',
    'sso',
    'scim',
    'database-sso',
    'admin-count',
    'cmek',
    'encryption-at-rest',
    'audit-logging',
    'backups',
    'password-policy',
    'encryption-in-transit'
]));
/** The frameworks a finding may cite; their control catalogue is src/policy/frameworks.ts. */
const FRAMEWORK_NAMES = (/* unused pure expression or super */ null && (['SOC 2', 'HIPAA', 'PCI DSS', 'ISO 27001', 'GDPR']));


/***/ }),

/***/ 5312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CV: () => (/* binding */ compareToReference),
/* harmony export */   DK: () => (/* binding */ comparedToJson),
/* harmony export */   DO: () => (/* binding */ sarifBaselineStates),
/* harmony export */   Qu: () => (/* binding */ loadReference),
/* harmony export */   hc: () => (/* binding */ changeMarks)
/* harmony export */ });
/* unused harmony exports readReference, blocksUnderNewGate */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2794);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2592);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7193);
/* harmony import */ var _report_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5204);






/** Reads and validates the reference report (exit 2 naming `input` and the file on any problem). */
function readReference(file, input = '--compare-to') {
    return (0,_report_input_js__WEBPACK_IMPORTED_MODULE_4__/* .readReportFile */ .$h)(file, input);
}
/**
 * Reads the reference report before anything connects. What is known before connecting (an explicit
 * --name or --engine) is checked against it now; the target the server reports is checked after.
 */
async function loadReference(options, input) {
    if (!options.compareTo)
        return undefined;
    if (options.compareTo === 'auto' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)('auto'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${input} auto finds the reference in earlier GitHub Actions runs and works only in the action: expected a JSON report file from db-posture audit.`);
    const report = await readReference(options.compareTo, input);
    const t = report.target;
    const engineDiffers = options.engine !== 'auto' && options.engine !== t.engine;
    if ((options.name !== undefined && options.name !== t.name) || engineDiffers) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${input} ${options.compareTo} is an audit of ${JSON.stringify(t.name)} (${t.engine}), but this audit is of ${JSON.stringify(options.name ?? t.name)} (${engineDiffers ? options.engine : t.engine}): expected a JSON report of the same target and engine.`);
    }
    return { report, file: options.compareTo, input };
}
/** Diffs a finished audit against its reference (a different target or engine is a usage error). */
function compareToReference(report, reference, referenceFile) {
    const head = (0,_report_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toJsonReport */ .Ow)(report);
    return { reference, referenceFile, diff: (0,_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .diffReports */ .fH)(reference, head, { base: referenceFile }) };
}
/** `comparedTo` for the JSON report: the reference and the headline counts. */
function comparedToJson(c) {
    return {
        file: c.referenceFile,
        auditedAt: c.reference.context.auditedAt,
        toolVersion: c.reference.tool.version,
        ...c.diff.counts
    };
}
/**
 * Per finding of the audit: how it relates to the reference (the markdown's "change" column and
 * `gate: new`'s "existing" mark). Linear: the diff's entries are indexed once.
 */
function changeMarks(diff) {
    const marks = new Map();
    for (const e of diff.new)
        marks.set((0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .findingKey */ .f)(e.checkId, e.object), 'new');
    for (const e of diff.changed)
        marks.set((0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .findingKey */ .f)(e.checkId, e.object), e.direction === 'worse' ? 'worse' : e.direction === 'better' ? 'better' : 'changed');
    for (const e of diff.unchanged)
        marks.set((0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .findingKey */ .f)(e.checkId, e.object), (0,_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .isProblem */ .AN)(e.headStatus) ? 'existing' : 'unchanged');
    return (checkId, object) => marks.get((0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .findingKey */ .f)(checkId, object));
}
/**
 * `gate: new`: a finding blocks only when it is new or worse than in the reference; every other
 * FAIL is still reported (marked "existing"). Without a reference the caller falls back to `all`.
 */
function blocksUnderNewGate(diff, failOn) {
    const keys = newOrWorseKeys(diff, failOn);
    return (checkId, object) => keys.has(findingKey(checkId, object));
}
/** SARIF 2.1.0 `baselineState` of a present result, and the resolved ones to add as `absent`. */
function sarifBaselineStates(diff) {
    const marks = changeMarks(diff);
    return {
        stateOf: (checkId, object) => {
            const m = marks(checkId, object);
            return m === 'existing' || m === 'unchanged'
                ? 'unchanged'
                : m === undefined || m === 'new'
                    ? 'new'
                    : 'updated';
        },
        // Every resolved finding: one gone from the report and one now PASS/INFO/N/A alike have no
        // result in this run (SARIF results are FAIL/WARN/UNKNOWN only), so both are `absent`.
        absent: diff.resolved
    };
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


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ toJsonReport),
/* harmony export */   a3: () => (/* binding */ jsonReportSchema),
/* harmony export */   hF: () => (/* binding */ renderJson)
/* harmony export */ });
/* unused harmony export observedSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var _core_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5009);
/* harmony import */ var _core_gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4888);
/* harmony import */ var _diff_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5312);
/* harmony import */ var _core_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7063);





const status = zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_core_status_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f);
const observedValue = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        value: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()]),
        items: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
        note: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional()
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ unknown: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }).strict()
]);
/** What the engine observed the cluster records (added in 0.2; detection coverage reads it). */
const observedSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    settings: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), observedValue),
    channels: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), observedValue).optional(),
    overrides: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        setting: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        scope: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        value: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        items: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional()
    })
        .strict())
        .optional()
})
    .strict();
const waiverEntry = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    check: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    target: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    object: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    reason: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    owner: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    expires: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
});
/**
 * The JSON report, version 1. This schema is the contract: `schema/report.schema.json` is generated
 * from it (npm run schema) and a test fails when the two drift.
 */
const jsonReportSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('db-posture'), version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }),
    target: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        engine: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_core_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .ENGINES */ .ug),
        deployment: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_core_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPLOYMENT_VALUES */ .JC),
        name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        clusterId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        plan: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        regions: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
        details: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP())
    }),
    context: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        environment: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_core_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .ENVIRONMENTS */ .ju),
        compliance: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_core_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .COMPLIANCE */ .YA)),
        dataSensitivity: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_core_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .SENSITIVITIES */ .A9),
        auditedAt: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    }),
    summary: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        PASS: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        WARN: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        FAIL: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        INFO: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        'N/A': zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        UNKNOWN: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
    }),
    findings: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        checkId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        dimension: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        status,
        rawStatus: status,
        object: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        detail: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        /** A free-text note from the producer (the config-file scan); policy changes are in `policy`. */
        annotation: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        /** What the environment / compliance / sensitivity policy did to the verdict (added in 0.2). */
        policy: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
            kind: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['downgraded', 'raised', 'locked']),
            from: status,
            to: status,
            reason: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        }))
            .optional(),
        remediation: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ text: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), link: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }),
        frameworks: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP())),
        /** UNKNOWN because of a fault (not a privilege): the audit is incomplete. */
        incomplete: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(true).optional(),
        /** Relative to the reference report (`--compare-to`); absent without one (added in 0.2). */
        change: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['new', 'worse', 'better', 'changed', 'unchanged', 'existing']).optional(),
        waiver: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
            reason: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
            owner: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
            expires: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
            state: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['active', 'expired']),
            /** The waiver's line in the baseline file (added in 0.2). */
            line: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive().optional()
        })
            .optional()
    })),
    /**
     * The metadata of every check that produced a finding, sorted by id (added in 0.2; absent in
     * older reports). description and rationale are absent when the producer had no metadata.
     */
    checks: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        dimension: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        family: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        rationale: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        verify: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        remediation: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ text: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), link: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }),
        frameworks: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()))
    })
        .strict())
        .optional(),
    notes: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    unavailable: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ fact: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), fault: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(true).optional() })),
    baseline: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        stale: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(waiverEntry),
        expiringSoon: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(waiverEntry),
        expired: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(waiverEntry)
    }),
    gate: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        passed: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        failOn: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_core_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON */ .d$),
        /** `new`: only findings new or worse than in the reference blocked (added in 0.2). */
        mode: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_core_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .GATE_MODES */ .pQ).optional(),
        unwaivedFails: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        unwaivedWarns: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        /** Added in 0.2; absent in older reports. */
        unwaivedUnknowns: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional(),
        expiredWaivers: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        staleWaivers: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        /** Checks stopped by a fault; any makes the audit incomplete (added in 0.2). */
        incomplete: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional()
    }),
    /** The reference report this audit was compared with (`--compare-to`; added in 0.2). */
    comparedTo: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        auditedAt: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        toolVersion: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        new: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        resolved: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        changed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        unchanged: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        newFail: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        newWarn: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        resolvedFail: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
    })
        .optional(),
    observed: observedSchema.optional()
})
    .strict();
const pickWaiver = (w) => ({
    check: w.check,
    target: w.target,
    ...(w.object !== undefined ? { object: w.object } : {}),
    reason: w.reason,
    owner: w.owner,
    expires: w.expires
});
/** Plain copies (the report's readonly arrays become fresh JSON arrays). */
function observedJson(o) {
    const values = (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [
        k,
        'unknown' in v
            ? { unknown: v.unknown }
            : {
                value: v.value,
                ...(v.items ? { items: [...v.items] } : {}),
                ...(v.note !== undefined ? { note: v.note } : {})
            }
    ]));
    return {
        settings: values(o.settings),
        ...(o.channels ? { channels: values(o.channels) } : {}),
        ...(o.overrides
            ? {
                overrides: o.overrides.map(x => ({
                    setting: x.setting,
                    scope: x.scope,
                    value: x.value,
                    ...(x.items ? { items: [...x.items] } : {})
                }))
            }
            : {})
    };
}
const plainFrameworks = (refs) => Object.fromEntries(Object.entries(refs).map(([k, v]) => [k, [...v]]));
/** Serialises a report to the versioned JSON shape (plain text details, no markdown). */
function toJsonReport(report) {
    const t = report.target;
    return {
        schemaVersion: 1,
        tool: { name: report.tool.name, version: report.tool.version },
        target: {
            engine: t.engine,
            deployment: t.deployment,
            name: t.name,
            ...(t.clusterId ? { clusterId: t.clusterId } : {}),
            ...(t.version ? { version: t.version } : {}),
            ...(t.plan ? { plan: t.plan } : {}),
            ...(t.regions ? { regions: [...t.regions] } : {}),
            details: Object.fromEntries(t.details)
        },
        context: { ...report.context, compliance: [...report.context.compliance] },
        summary: report.summary,
        findings: report.findings.map(f => ({
            checkId: f.checkId,
            title: f.title,
            dimension: f.dimension,
            status: f.status,
            rawStatus: f.rawStatus,
            ...(f.object !== undefined ? { object: f.object } : {}),
            detail: f.detail.text,
            ...(f.annotation ? { annotation: f.annotation } : {}),
            ...(f.policy?.length ? { policy: f.policy.map(p => ({ ...p })) } : {}),
            remediation: f.remediation,
            frameworks: plainFrameworks(f.frameworks),
            ...(f.incomplete ? { incomplete: true } : {}),
            ...(report.changeMark?.(f.checkId, f.object) ? { change: report.changeMark(f.checkId, f.object) } : {}),
            ...(f.waiver ? { waiver: { ...f.waiver } } : {})
        })),
        checks: report.checks.map(c => ({
            id: c.id,
            title: c.title,
            dimension: c.dimension,
            ...(c.family !== undefined ? { family: c.family } : {}),
            ...(c.description !== undefined ? { description: c.description } : {}),
            ...(c.rationale !== undefined ? { rationale: c.rationale } : {}),
            ...(c.verify !== undefined ? { verify: c.verify } : {}),
            remediation: { text: c.remediation.text, link: c.remediation.link },
            frameworks: plainFrameworks(c.frameworks)
        })),
        notes: report.notes.map(n => n.text),
        unavailable: report.unavailable.map(u => ({
            fact: u.fact,
            reason: u.reason.text,
            ...(u.fault ? { fault: true } : {})
        })),
        baseline: {
            ...(report.baseline.file ? { file: report.baseline.file } : {}),
            stale: report.baseline.stale.map(pickWaiver),
            expiringSoon: report.baseline.expiringSoon.map(pickWaiver),
            expired: report.baseline.expired.map(pickWaiver)
        },
        gate: { ...report.gate },
        ...(report.comparison ? { comparedTo: (0,_diff_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .comparedToJson */ .DK)(report.comparison) } : {}),
        ...(report.observed ? { observed: observedJson(report.observed) } : {})
    };
}
function renderJson(report) {
    return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}


/***/ })

};
