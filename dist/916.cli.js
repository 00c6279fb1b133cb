export const id = 916;
export const ids = [916];
export const modules = {

/***/ 4066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kf: () => (/* binding */ parseBaselineDocument),
/* harmony export */   Y9: () => (/* binding */ decodeBaseline),
/* harmony export */   bV: () => (/* binding */ entryLine)
/* harmony export */ });
/* unused harmony exports describePlace, placeOf, fieldLine */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



/** `waivers[2] field "owner"` / `field "version"` / `top level`, as error messages name a place. */
function describePlace(p) {
    if (p.section !== undefined && p.index !== undefined)
        return `${p.section}[${p.index}]${p.field !== undefined ? ` field "${p.field}"` : ''}`;
    if (p.section !== undefined)
        return `field "${p.section}"`;
    return 'top level';
}
/**
 * Decodes the file's bytes as UTF-8, refusing any invalid byte: a lossy decode would change what a
 * reviewer approved (a U+FFFD in an owner or an object name) without anyone seeing it.
 */
function decodeBaseline(bytes, file) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const bad = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++)
        if (bytes[i] === 0x0a)
            line++;
    const place = placeAtLine(new TextDecoder('utf-8').decode(bytes), file, line);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Baseline file ${file} line ${line}: ${describePlace(place)}: byte 0x${bytes[bad].toString(16).padStart(2, '0')} is not valid UTF-8; save the file as UTF-8.`);
}
/** Offset of the byte that starts the first invalid UTF-8 sequence (one streaming pass). */
function firstInvalidByte(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let charStart = 0;
    for (let i = 0; i < bytes.length; i++) {
        const isContinuation = (bytes[i] & 0xc0) === 0x80;
        try {
            decoder.decode(bytes.subarray(i, i + 1), { stream: true });
        }
        catch {
            // The decoder notices a truncated sequence only at the byte after it: blame the sequence's lead.
            return !isContinuation && bytes[charStart] >= 0xc0 && charStart < i ? charStart : i;
        }
        if (!isContinuation)
            charStart = i;
    }
    return charStart;
}
function placeAtLine(source, file, line) {
    try {
        const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(source, { lineCounter: lines, prettyErrors: false });
        const offset = lines.lineStarts[line - 1] ?? 0;
        const lineEnd = lines.lineStarts[line] ?? source.length;
        return placeOf({ file, source, doc, lines }, offset, lineEnd);
    }
    catch {
        return {};
    }
}
/**
 * Parses the YAML, keeping the document (for line numbers, comments and order). Aliases are refused:
 * a reviewer must see every value where it applies, and an alias bomb would expand exponentially.
 */
function parseBaselineDocument(source, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(source, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = lines.linePos(e.pos[0]).line;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Baseline file ${file} is not valid YAML: ${e.message.split('\n')[0]} (line ${line}).`);
    }
    const parsed = { file, source, doc, lines };
    let aliasAt;
    (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR)(doc, {
        Alias(_, node) {
            aliasAt = node.range?.[0] ?? 0;
            return yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR.BREAK;
        }
    });
    if (aliasAt !== undefined) {
        const place = placeOf(parsed, aliasAt);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Baseline file ${file} line ${place.line}: ${describePlace(place)}: YAML aliases (*name) are not allowed; write the value out so that reviewers see it.`);
    }
    return parsed;
}
/** The entry and field that contain a source offset (the first node starting at or after it on the line). */
function placeOf(bd, offset, lineEnd = offset + 1) {
    const line = bd.lines.linePos(offset).line;
    const inside = (range) => !!range && range[0] < lineEnd && offset < Math.max(range[2] ?? range[1], range[0] + 1);
    const root = bd.doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root))
        return { line };
    for (const pair of root.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(pair) || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key))
            continue;
        const section = String(pair.key.value);
        const keyHit = inside(pair.key.range);
        const value = pair.value;
        if (keyHit && !value)
            return { section, line };
        if (!keyHit && !(value && 'range' in value && inside(value.range)))
            continue;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(value))
            return { section, line };
        for (const [index, item] of value.items.entries()) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(item) || !inside(item.range))
                continue;
            for (const field of item.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(field) || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(field.key))
                    continue;
                const valueRange = field.value && 'range' in field.value ? field.value.range : undefined;
                if (inside(field.key.range) || inside(valueRange))
                    return { section, index, field: String(field.key.value), line };
            }
            return { section, index, line };
        }
        return { section, line };
    }
    return { line };
}
/** The 1-based line where entry `index` of `section` starts, for messages and review links. */
function entryLine(bd, section, index) {
    const seq = bd.doc.get(section, true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(seq))
        return undefined;
    const item = seq.items[index];
    const range = item && typeof item === 'object' && 'range' in item ? item.range : undefined;
    return range ? bd.lines.linePos(range[0]).line : undefined;
}
/** The line of `field` in entry `index` of `section` (the entry's own line when the field is absent). */
function fieldLine(bd, section, index, field) {
    const seq = bd.doc.get(section, true);
    const item = isSeq(seq) ? seq.items[index] : undefined;
    if (isMap(item)) {
        for (const pair of item.items) {
            if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === field && pair.key.range)
                return bd.lines.linePos(pair.key.range[0]).line;
        }
    }
    return entryLine(bd, section, index);
}


/***/ }),

/***/ 2666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mz: () => (/* binding */ DEFAULT_BASELINE),
  oU: () => (/* binding */ loadBaseline),
  v6: () => (/* binding */ loadBaselineDocument),
  fR: () => (/* binding */ loadBaselineFor)
});

// UNUSED EXPORTS: parseBaseline, validateBaseline

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/input-file.ts
var input_file = __webpack_require__(7906);
// EXTERNAL MODULE: ./src/baseline/document.ts
var baseline_document = __webpack_require__(4066);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/baseline/schema.ts

const isoDate = schemas/* string */.YjP()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
    .refine(s => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'a real calendar date written YYYY-MM-DD'
});
/** YAML turns an unquoted 2026-12-31 into a Date; accept it as the same calendar day. */
const dateField = schemas/* preprocess */.vkY(v => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate);
const schema_text = schemas/* string */.YjP().trim().min(1, 'a non-empty text');
const waiverSchema = schemas/* object */.Ikc({
    check: schema_text,
    target: schema_text,
    object: schema_text.optional(),
    reason: schema_text,
    owner: schema_text,
    expires: dateField,
    ticket: schema_text.optional(),
    'approved-by': schema_text.optional()
})
    .strict();
const attestationSchema = schemas/* object */.Ikc({
    check: schema_text,
    target: schema_text,
    status: schemas/* enum */.k5n(['PASS', 'WARN', 'FAIL', 'INFO', 'N/A']),
    evidence: schema_text,
    'attested-by': schema_text,
    expires: dateField
})
    .strict();
const baselineFileSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    waivers: schemas/* array */.YOg(waiverSchema).default([]),
    attestations: schemas/* array */.YOg(attestationSchema).default([])
})
    .strict();

;// CONCATENATED MODULE: ./src/baseline/load.ts





/** Where the baseline file is looked for when none is named. */
const DEFAULT_BASELINE = '.github/db-posture-baseline.yml';
/**
 * Reads and validates the baseline file before anything connects. Every problem is a UsageError
 * naming the file, the entry and the field.
 */
function parseBaseline(source, file, opts) {
    return validateBaseline((0,baseline_document/* parseBaselineDocument */.Kf)(source, file), opts);
}
/** Validates a parsed baseline document (also used by the review and update commands). */
function validateBaseline(bd, opts) {
    const { doc, file } = bd;
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 0 }) ?? {};
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`Baseline file ${file} cannot be read as data: ${error.message}.`);
    }
    const parsed = baselineFileSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const [section, index, field] = issue.path;
        const where = typeof index === 'number'
            ? `${String(section)}[${index}]${field !== undefined ? ` field "${String(field)}"` : ''}`
            : section !== undefined
                ? `field "${String(section)}"`
                : 'top level';
        let problem = issue.message;
        if (issue.code === 'unrecognized_keys')
            problem = `unknown key ${issue.keys.map(k => `"${k}"`).join(', ')}`;
        else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message))
            problem = 'is required';
        else if (issue.code === 'invalid_value' && 'values' in issue)
            problem =
                issue.values.length === 1
                    ? `expected ${String(issue.values[0])}`
                    : `expected one of ${issue.values.join(', ')}`;
        else if (issue.code === 'too_small')
            problem = 'must not be empty';
        else
            problem = `expected ${issue.message}`;
        throw new errors/* UsageError */.eb(`Baseline file ${file}: ${where}: ${problem}.`);
    }
    const today = opts.now.toISOString().slice(0, 10);
    const horizonDays = opts.maxHorizonDays ?? 365;
    const horizon = new Date(opts.now.getTime() + horizonDays * 86400000).toISOString().slice(0, 10);
    const entries = [
        ...parsed.data.waivers.map((w, i) => ({ section: 'waivers', i, check: w.check, expires: w.expires })),
        ...parsed.data.attestations.map((a, i) => ({
            section: 'attestations',
            i,
            check: a.check,
            expires: a.expires
        }))
    ];
    for (const e of entries) {
        if (!opts.knownCheckIds.has(e.check)) {
            throw new errors/* UsageError */.eb(`Baseline file ${file}: ${e.section}[${e.i}] field "check": unknown check id "${e.check}".`);
        }
        if (e.section === 'attestations' && !opts.attestableCheckIds.has(e.check)) {
            throw new errors/* UsageError */.eb(`Baseline file ${file}: attestations[${e.i}] field "check": ${e.check} takes no attestation (it reads the server itself); attestable checks: ${[...opts.attestableCheckIds].sort().join(', ')}.`);
        }
        if (e.expires > horizon) {
            throw new errors/* UsageError */.eb(`Baseline file ${file}: ${e.section}[${e.i}] field "expires": ${e.expires} is more than ${horizonDays} days after ${today} (latest allowed ${horizon}).`);
        }
    }
    rejectDuplicates(bd, 'waivers', parsed.data.waivers.map(w => [w.check, w.target, w.object]), 'check, target and object');
    rejectDuplicates(bd, 'attestations', parsed.data.attestations.map(a => [a.check, a.target]), 'check and target');
    const attestations = parsed.data.attestations.map(a => ({
        check: a.check,
        target: a.target,
        status: a.status,
        evidence: a.evidence,
        attestedBy: a['attested-by'],
        expires: a.expires
    }));
    // Each waiver keeps the line its entry starts on, so a waived SARIF result can point at it.
    const waivers = parsed.data.waivers.map((w, i) => {
        const line = (0,baseline_document/* entryLine */.bV)(bd, 'waivers', i);
        return line !== undefined ? { ...w, line } : w;
    });
    return { file, waivers, attestations, failOnStale: opts.failOnStale ?? false };
}
/**
 * Two entries for the same finding (or the same attested check) would make the outcome depend on
 * their order, and a reviewer could approve one while the other applies: refuse them.
 */
function rejectDuplicates(bd, section, keys, what) {
    const first = new Map();
    keys.forEach((parts, i) => {
        const key = JSON.stringify(parts.map(p => p ?? null));
        const earlier = first.get(key);
        if (earlier === undefined) {
            first.set(key, i);
            return;
        }
        const at = (n) => {
            const line = (0,baseline_document/* entryLine */.bV)(bd, section, n);
            return `${section}[${n}]${line !== undefined ? ` (line ${line})` : ''}`;
        };
        const shown = parts.filter(p => p !== undefined).map(p => JSON.stringify(p));
        throw new errors/* UsageError */.eb(`Baseline file ${bd.file}: ${at(i)} field "check": the same ${what} (${shown.join(', ')}) as ${at(earlier)}; keep one entry per finding.`);
    });
}
/** Loads the baseline the audit options name (or the default one, when it exists). */
function loadBaselineFor(options, catalogue, now) {
    return loadBaseline(options.baseline ?? DEFAULT_BASELINE, options.baselineExplicit, {
        ...catalogue,
        now,
        failOnStale: options.failOnStale,
        maxHorizonDays: options.maxWaiverDays
    });
}
/**
 * Loads the baseline file. A missing file is fine when the path is the default one; when the user
 * named the file explicitly it is a usage error.
 */
async function loadBaseline(file, explicit, opts) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(file);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !explicit)
            return undefined;
        throw new errors/* UsageError */.eb(`Baseline file ${file} cannot be read (${code ?? 'error'}): expected a readable YAML file${code === 'ENOENT' ? '; create it or omit --baseline' : ''}.`);
    }
    return parseBaseline((0,baseline_document/* decodeBaseline */.Y9)(bytes, file), file, opts);
}
/**
 * Reads and validates a baseline file and keeps its document (line numbers, comments, order).
 * `horizonDays` may be raised for a review, which flags a too-distant expiry instead of refusing it.
 */
async function loadBaselineDocument(file, input, opts) {
    const bytes = await (0,input_file/* readInputFile */.j)(file, input, 'a db-posture baseline file (YAML)');
    const document = (0,baseline_document/* parseBaselineDocument */.Kf)((0,baseline_document/* decodeBaseline */.Y9)(bytes, file), file);
    return { baseline: validateBaseline(document, opts), document };
}


/***/ }),

/***/ 1349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ attestationLookup),
/* harmony export */   z: () => (/* binding */ noAttestations)
/* harmony export */ });
const noAttestations = () => ({ state: 'none' });
/**
 * Builds the lookup: an exact target match wins over `*`; an attestation whose expiry date has been
 * reached is reported as expired so the check can say so.
 */
function attestationLookup(attestations, targetName, auditedAt) {
    const today = auditedAt.toISOString().slice(0, 10);
    return checkId => {
        const candidates = attestations.filter(a => a.check === checkId && (a.target === targetName || a.target === '*'));
        const chosen = candidates.find(a => a.target === targetName) ?? candidates[0];
        if (!chosen)
            return { state: 'none' };
        return chosen.expires <= today
            ? { state: 'expired', attestation: chosen }
            : { state: 'active', attestation: chosen };
    };
}


/***/ }),

/***/ 8476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ evaluateCheck),
  J: () => (/* binding */ runChecks)
});

// EXTERNAL MODULE: ./src/core/facts.ts
var core_facts = __webpack_require__(7532);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(5009);
// EXTERNAL MODULE: ./src/policy/families.ts
var families = __webpack_require__(1432);
// EXTERNAL MODULE: ./src/core/vocabulary.ts
var vocabulary = __webpack_require__(7063);
;// CONCATENATED MODULE: ./src/policy/apply.ts



/**
 * Adjusts a production verdict to the audit context. Order: data sensitivity may raise, then the
 * environment may lower (WARN/FAIL only, never up) unless a named framework locks the family.
 */
function applyPolicy(meta, finding, ctx) {
    const family = meta.family;
    let status = finding.status;
    const notes = [];
    if (!family)
        return { status };
    for (const rule of families/* SENSITIVITY_RAISES */.ao) {
        if (rule.family === family &&
            rule.condition === finding.condition &&
            status === rule.from &&
            rule.sensitivities.includes(ctx.dataSensitivity)) {
            notes.push({
                kind: 'raised',
                from: status,
                to: rule.to,
                reason: `${vocabulary/* SENSITIVITY_NAMES */.Xu[ctx.dataSensitivity]} data`
            });
            status = rule.to;
        }
    }
    const outcome = () => (notes.length ? { status, policy: notes } : { status });
    if (status !== 'WARN' && status !== 'FAIL')
        return outcome();
    const target = families/* ENVIRONMENT_DOWNGRADES */.Pw[family]?.[ctx.environment];
    if (target && (0,core_status/* isMoreSevere */.Yl)(status, target)) {
        // Canonical framework order, whatever order the user named them in.
        const lockedBy = Object.keys(families/* COMPLIANCE_LOCKS */.nb)
            .filter(c => ctx.compliance.includes(c) && families/* COMPLIANCE_LOCKS */.nb[c].includes(family))
            .map(c => vocabulary/* COMPLIANCE_NAMES */.lk[c]);
        if (lockedBy.length > 0) {
            notes.push({ kind: 'locked', from: status, to: status, reason: `${lockedBy.join(', ')} compliance` });
        }
        else {
            notes.push({ kind: 'downgraded', from: status, to: target, reason: `${ctx.environment} cluster` });
            status = target;
        }
    }
    return outcome();
}

;// CONCATENATED MODULE: ./src/pipeline/run-checks.ts



/**
 * Runs one check in isolation and returns its raw findings. Applicability, missing facts and
 * defects are all turned into findings here, so that one check can never stop the others and a
 * check that throws is never read as a PASS.
 */
function evaluateCheck(check, facts, ctx) {
    if (!check.meta.appliesTo.includes(ctx.deployment)) {
        return [
            {
                status: 'N/A',
                detail: (0,core_text/* msg */.ab) `Does not apply to ${(0,core_text/* raw */.lS)(ctx.deployment)} deployments.`
            }
        ];
    }
    try {
        const findings = check.evaluate(facts, ctx);
        if (findings.length === 0) {
            return [
                {
                    status: 'UNKNOWN',
                    detail: (0,core_text/* msg */.ab) `The check produced no verdict (a defect in db-posture).`,
                    incomplete: true
                }
            ];
        }
        return findings;
    }
    catch (error) {
        if (error instanceof core_facts/* NotApplicableError */.ve)
            return [{ status: 'N/A', detail: error.reason }];
        if (error instanceof core_facts/* MissingFactError */.TZ) {
            return [
                {
                    status: 'UNKNOWN',
                    detail: (0,core_text/* msg */.ab) `Could not be evaluated: ${(0,core_text/* raw */.lS)((0,core_facts/* explainMissing */.Ce)(error.reason, error.fix))}`,
                    ...(error.object ? { object: error.object } : {}),
                    ...(error.fault ? { incomplete: true } : {})
                }
            ];
        }
        const message = error instanceof Error ? error.message : String(error);
        return [
            {
                status: 'UNKNOWN',
                detail: (0,core_text/* msg */.ab) `The check failed with an internal error: ${message}`,
                incomplete: true
            }
        ];
    }
}
/**
 * Evaluates every check and applies the severity policy to each finding. With `timings`, each
 * check's evaluation time in milliseconds is recorded by check id (the JUnit `time` attributes).
 */
function runChecks(checks, facts, ctx, timings) {
    const findings = [];
    for (const check of checks) {
        const started = performance.now();
        const raws = evaluateCheck(check, facts, ctx);
        timings?.set(check.meta.id, (timings.get(check.meta.id) ?? 0) + performance.now() - started);
        for (const rf of raws) {
            const policy = applyPolicy(check.meta, rf, ctx);
            const f = {
                checkId: check.meta.id,
                title: check.meta.title,
                dimension: check.meta.dimension,
                status: policy.status,
                rawStatus: rf.status,
                detail: rf.detail,
                remediation: check.meta.remediation,
                frameworks: check.meta.frameworks,
                ...(rf.object !== undefined ? { object: rf.object } : {}),
                ...(rf.incomplete ? { incomplete: true } : {}),
                ...(policy.policy ? { policy: policy.policy } : {})
            };
            findings.push(f);
        }
    }
    return findings;
}


/***/ }),

/***/ 1432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pw: () => (/* binding */ ENVIRONMENT_DOWNGRADES),
/* harmony export */   ao: () => (/* binding */ SENSITIVITY_RAISES),
/* harmony export */   nb: () => (/* binding */ COMPLIANCE_LOCKS)
/* harmony export */ });
/* harmony import */ var _core_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7063);


/**
 * What a production WARN/FAIL of the family becomes in each non-production environment
 * (policy.md, "Environment downgrades"). Families absent here are never downgraded.
 */
const ENVIRONMENT_DOWNGRADES = {
    'open-network': { development: 'WARN', sandbox: 'WARN' },
    'private-endpoints': { development: 'INFO', sandbox: 'INFO' },
    'hba-empty': { development: 'INFO', sandbox: 'INFO' },
    sso: { development: 'INFO', sandbox: 'INFO' },
    scim: { development: 'INFO', sandbox: 'INFO' },
    'database-sso': { development: 'INFO', sandbox: 'INFO' },
    'admin-count': { development: 'WARN', sandbox: 'WARN' },
    cmek: { development: 'WARN', sandbox: 'WARN' },
    'encryption-at-rest': { development: 'WARN', sandbox: 'WARN' },
    'audit-logging': { development: 'WARN', sandbox: 'INFO' },
    backups: { development: 'WARN', sandbox: 'INFO' }
};
/** Families whose production status a named framework keeps (policy.md, "Compliance overrides"). */
const COMPLIANCE_LOCKS = {
    soc2: ['sso', 'audit-logging', 'admin-count', 'password-policy'],
    hipaa: [
        'sso',
        'cmek',
        'encryption-at-rest',
        'audit-logging',
        'encryption-in-transit',
        'password-policy',
        'backups'
    ],
    'pci-dss': [
        'open-network',
        'hba-empty',
        'cmek',
        'encryption-at-rest',
        'audit-logging',
        'admin-count',
        'password-policy',
        'backups'
    ],
    iso27001: ['sso', 'audit-logging', 'admin-count'],
    gdpr: ['audit-logging', 'cmek', 'encryption-at-rest', 'encryption-in-transit']
};
/**
 * Data sensitivity raises selected outcomes (policy.md, "Data sensitivity"): an encryption-at-rest
 * WARN for "not enabled" is a FAIL when the data is PII/PHI or financial.
 */
const SENSITIVITY_RAISES = [
    {
        family: 'encryption-at-rest',
        condition: 'not-enabled',
        from: 'WARN',
        to: 'FAIL',
        sensitivities: ['pii-phi', 'financial']
    }
];


/***/ }),

/***/ 2998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ renderJunit),
/* harmony export */   f: () => (/* binding */ xmlEscape)
/* harmony export */ });
/* harmony import */ var _core_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4888);
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_policy_annotation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9015);
/* harmony import */ var _core_report_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6092);




/** XML 1.0 text: the five escapes, and characters XML cannot carry at all removed. */
function xmlEscape(s) {
    return (s
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;'));
}
/** Seconds with 3 decimals from whole milliseconds (viewers such as dorny show "NaNms" without one). */
const seconds = (ms) => (ms / 1000).toFixed(3);
/**
 * Whole milliseconds per finding: each check's measured evaluation time, rounded once, shared
 * among its findings (one evaluation produced them all; the first ones take the remainder), so a
 * suite's time is exactly the sum of its cases and the check's total is kept. 0 without timing.
 */
function caseMillis(report) {
    const out = new Map();
    const checkMs = report.timing?.checkMs;
    const byCheck = new Map();
    for (const f of report.findings) {
        const list = byCheck.get(f.checkId);
        if (list)
            list.push(f);
        else
            byCheck.set(f.checkId, [f]);
    }
    for (const [id, list] of byCheck) {
        const measured = checkMs?.get(id);
        const total = measured !== undefined && Number.isFinite(measured) ? Math.max(0, Math.round(measured)) : 0;
        const each = Math.floor(total / list.length);
        const rest = total - each * list.length;
        list.forEach((f, i) => out.set(f, each + (i < rest ? 1 : 0)));
    }
    return out;
}
/**
 * JUnit XML for CI systems that show test reports (GitLab, Jenkins, dorny/test-reporter): one test
 * suite per dimension (and one for the baseline's expired waivers), one test case per finding. A
 * finding that blocks the gate is a failure, N/A and UNKNOWN are skipped (with the reason),
 * everything else passes with its detail in system-out. Expired waivers are failures of their own,
 * so the JUnit view and the exit code agree. Every test case has a unique classname + name (two
 * findings of one check on the same object get `#2`, `#3`), so viewers never merge them. Times are
 * the measured check evaluations (caseMillis); the test suites' total adds the fact collection.
 */
function renderJunit(report) {
    const target = report.target.name;
    const suites = new Map();
    const suite = (name) => {
        let s = suites.get(name);
        if (!s)
            suites.set(name, (s = { name, cases: [], ms: 0, tests: 0, failures: 0, skipped: 0 }));
        return s;
    };
    const seen = new Map();
    const millis = caseMillis(report);
    const open = (classname, base, ms = 0) => {
        const id = `${classname}\u0000${base}`;
        const n = (seen.get(id) ?? 0) + 1;
        seen.set(id, n);
        const name = n === 1 ? base : `${base} #${n}`;
        return `    <testcase classname="${xmlEscape(classname)}" name="${xmlEscape(name)}" time="${seconds(ms)}">`;
    };
    // Report order; a dimension this build does not know (a merged report) goes last, never lost.
    const known = new Set(_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .DIMENSIONS */ .Yf);
    const order = [..._core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .DIMENSIONS */ .Yf, ...new Set(report.findings.map(f => f.dimension).filter(d => !known.has(d)))];
    for (const dimension of order) {
        for (const f of report.findings) {
            if (f.dimension !== dimension)
                continue;
            const s = suite(dimension);
            s.tests++;
            const ms = millis.get(f) ?? 0;
            s.ms += ms;
            const tag = open(`db-posture.${target}.${f.checkId}`, f.object !== undefined ? `${f.checkId} [${f.object}]` : f.checkId, ms);
            const notes = [
                ...(f.policy ?? []).map(p => `Policy: ${(0,_core_policy_annotation_js__WEBPACK_IMPORTED_MODULE_2__/* .policyText */ .M)(p)}.`),
                ...(f.annotation ? [f.annotation] : [])
            ];
            const detail = `[${f.status}] ${f.title}: ${f.detail.text}${notes.length ? `\n${notes.join('\n')}` : ''}`;
            if ((0,_core_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .blocksReportGate */ .Mm)(report, f) || f.incomplete) {
                s.failures++;
                const expired = f.waiver?.state === 'expired' ? ` (waiver by ${f.waiver.owner} expired ${f.waiver.expires})` : '';
                // The fix, the risk and what to verify by hand, from the report's entry for the check.
                const check = (0,_core_report_check_js__WEBPACK_IMPORTED_MODULE_1__/* .checkIn */ .is)(report.checks, f.checkId);
                const body = [
                    detail,
                    `Remediation: ${f.remediation.text} ${f.remediation.link}`,
                    ...(check?.rationale ? [`Why: ${check.rationale}`] : []),
                    ...(check?.verify ? [`Verify by hand: ${check.verify}`] : [])
                ].join('\n');
                s.cases.push(tag, `      <failure type="${f.status}" message="${xmlEscape(`${f.title}${expired}`)}">${xmlEscape(body)}</failure>`, '    </testcase>');
            }
            else if (f.status === 'N/A' || f.status === 'UNKNOWN') {
                s.skipped++;
                s.cases.push(tag, `      <skipped message="${xmlEscape(detail)}"/>`, '    </testcase>');
            }
            else {
                const waived = f.waiver?.state === 'active'
                    ? `\nWaived by ${f.waiver.owner} until ${f.waiver.expires}: ${f.waiver.reason}`
                    : '';
                s.cases.push(tag, `      <system-out>${xmlEscape(detail + waived)}</system-out>`, '    </testcase>');
            }
        }
    }
    if (report.gate.failOn !== 'never') {
        for (const w of report.baseline.expired) {
            const s = suite('Baseline');
            s.tests++;
            s.failures++;
            s.cases.push(open(`db-posture.${target}.baseline`, `expired waiver ${w.check}${w.object !== undefined ? ` [${w.object}]` : ''}`), `      <failure type="expired-waiver" message="${xmlEscape(`Waiver by ${w.owner} expired on ${w.expires}`)}">${xmlEscape(w.reason)}</failure>`, '    </testcase>');
        }
    }
    const all = [...suites.values()];
    const sum = (k) => all.reduce((n, s) => n + s[k], 0);
    const stamp = report.context.auditedAt.slice(0, 19);
    // The whole run: collection plus every check's unrounded time (sub-millisecond checks add up).
    const finite = (ms) => (ms !== undefined && Number.isFinite(ms) ? Math.max(0, ms) : 0);
    const totalMs = report.timing
        ? Math.round(finite(report.timing.collectMs) +
            [...report.timing.checkMs.values()].reduce((n, ms) => n + finite(ms), 0))
        : 0;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="db-posture" tests="${sum('tests')}" failures="${sum('failures')}" errors="0" skipped="${sum('skipped')}" time="${seconds(totalMs)}">`,
        ...all.flatMap(s => [
            `  <testsuite name="${xmlEscape(`db-posture ${target} · ${s.name}`)}" tests="${s.tests}" failures="${s.failures}" errors="0" skipped="${s.skipped}" time="${seconds(s.ms)}" timestamp="${stamp}">`,
            ...s.cases,
            '  </testsuite>'
        ]),
        '</testsuites>',
        ''
    ].join('\n');
}


/***/ })

};
