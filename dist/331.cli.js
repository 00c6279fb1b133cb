export const id = 331;
export const ids = [331];
export const modules = {

/***/ 9351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ unknownFromMissing),
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   L5: () => (/* binding */ unknown),
/* harmony export */   R8: () => (/* binding */ warn),
/* harmony export */   Yf: () => (/* binding */ DIMENSIONS),
/* harmony export */   Zr: () => (/* binding */ checkFactory),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   hH: () => (/* binding */ notApplicable),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   qH: () => (/* binding */ defineCheck)
/* harmony export */ });
/* unused harmony export ALL_DEPLOYMENTS */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);

/** Report sections, in the order the report prints them. */
const DIMENSIONS = [
    'Network Security',
    'Authentication & SSO',
    'Authentication',
    'Authorization',
    'Data Protection',
    'Encryption',
    'Audit Logging',
    'Backup & Recovery',
    'Patch Management',
    'Configuration',
    'Cluster Configuration'
];
/** Declares a check; the identity function exists to type the metadata and the facts together. */
function defineCheck(check) {
    return check;
}
/** Deployments a check applies to unless its metadata says otherwise. */
const ALL_DEPLOYMENTS = ['self-hosted', 'cloud'];
/**
 * The check factory of one engine (definePostgresCheck, defineCockroachCheck, defineCouchbaseCheck):
 * binds the facts type and the id prefix, defaults appliesTo, and hands `evaluate` the attestation
 * lookup bound to the check's own id.
 */
function checkFactory(prefix) {
    return definition => {
        const { id } = definition.meta;
        // The type already demands the prefix; this catches a cast or a computed id at load time.
        if (!id.startsWith(`${prefix}/`))
            throw new Error(`Check id ${id} does not start with ${prefix}/.`);
        const meta = { ...definition.meta, appliesTo: definition.meta.appliesTo ?? ALL_DEPLOYMENTS };
        return {
            meta,
            evaluate: (facts, ctx) => definition.evaluate(facts, {
                ...ctx,
                attestation: () => {
                    // The baseline loader refuses attestations for checks not marked attestable, so a check
                    // that reads one without the mark could never receive it: a defect, not a verdict.
                    if (!meta.attestable)
                        throw new Error(`${id} reads an attestation but is not marked attestable.`);
                    return ctx.attestation(id);
                }
            })
        };
    };
}
function make(status) {
    return (detail, object, condition) => {
        const f = { status, detail };
        if (object !== undefined)
            f.object = object;
        if (condition !== undefined)
            f.condition = condition;
        return f;
    };
}
const pass = make('PASS');
const warn = make('WARN');
const fail = make('FAIL');
const info = make('INFO');
const notApplicable = make('N/A');
const unknown = make('UNKNOWN');
/**
 * UNKNOWN for a fact that is missing, with its reason and fix; a fact lost to a fault keeps the
 * audit incomplete (the gate fails closed), a missing privilege does not.
 */
function unknownFromMissing(fact, object) {
    const reason = fact.fix ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .msg */ .ab) `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(fact.reason)} Fix: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(fact.fix)}` : fact.reason;
    return {
        status: 'UNKNOWN',
        detail: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .msg */ .ab) `Could not be evaluated: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(reason)}`,
        ...(object !== undefined ? { object } : {}),
        ...(fact.fault ? { incomplete: true } : {})
    };
}


/***/ }),

/***/ 7532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ need),
/* harmony export */   Ce: () => (/* binding */ explainMissing),
/* harmony export */   TZ: () => (/* binding */ MissingFactError),
/* harmony export */   UQ: () => (/* binding */ faulted),
/* harmony export */   Vt: () => (/* binding */ mapFact),
/* harmony export */   Yq: () => (/* binding */ missingFacts),
/* harmony export */   hU: () => (/* binding */ unavailable),
/* harmony export */   qC: () => (/* binding */ available),
/* harmony export */   ve: () => (/* binding */ NotApplicableError),
/* harmony export */   zR: () => (/* binding */ notApplicableHere)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);

function available(value) {
    return { ok: true, value };
}
const asText = (t) => (typeof t === 'string' ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .msg */ .ab) `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(t)}` : t);
/** A missing fact. Plain strings are our own words; build reasons that quote system text with `msg`. */
function unavailable(reason, fix) {
    return fix === undefined
        ? { ok: false, reason: asText(reason) }
        : { ok: false, reason: asText(reason), fix: asText(fix) };
}
/**
 * A fact lost to a fault (the session dropped, a timeout, a 5xx): unlike a missing privilege this
 * makes the audit incomplete, which fails the gate whatever --fail-on says.
 */
function faulted(reason, fix) {
    return fix === undefined
        ? { ok: false, reason: asText(reason), fault: true }
        : { ok: false, reason: asText(reason), fix: asText(fix), fault: true };
}
/**
 * A fact that does not exist on this target by design (a Community Edition refusal, a feature of a
 * later version): checks that need it report N/A with the reason, never UNKNOWN or FAIL.
 */
function notApplicableHere(reason) {
    return { ok: false, reason: asText(reason), notApplicable: true };
}
/** Thrown by `need()` for a fact that does not apply here; the runner makes it N/A. */
class NotApplicableError extends Error {
    reason;
    constructor(reason) {
        super(reason.text);
        this.reason = reason;
        this.name = 'NotApplicableError';
    }
}
/** A missing fact's reason followed by ` Fix: ...` when a fix is known. */
function explainMissing(reason, fix) {
    return fix ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .msg */ .ab) `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(reason)} Fix: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(fix)}` : reason;
}
/** Transforms a collected value; a missing fact stays missing with its reason and fix. */
function mapFact(fact, f) {
    return fact.ok ? available(f(fact.value)) : fact;
}
/**
 * The report's "Not Evaluated" list: each missing fact with its reason and fix. Facts that do not
 * apply to the target are not missing and are left out.
 */
function missingFacts(entries) {
    const out = [];
    for (const [fact, f] of entries) {
        if (!f.ok && !f.notApplicable)
            out.push({
                fact,
                reason: explainMissing(f.reason, f.fix),
                ...(f.fault ? { fault: true } : {})
            });
    }
    return out;
}
/** Thrown by `need()` inside a check; the check runner turns it into an UNKNOWN finding. */
class MissingFactError extends Error {
    reason;
    fix;
    object;
    fault;
    constructor(reason, fix, object, fault = false) {
        super(reason.text);
        this.reason = reason;
        this.fix = fix;
        this.object = object;
        this.fault = fault;
        this.name = 'MissingFactError';
    }
}
/** Unwraps a fact or aborts the check with UNKNOWN naming why the fact is missing. */
function need(fact, object) {
    if (fact.ok)
        return fact.value;
    if (fact.notApplicable)
        throw new NotApplicableError(fact.reason);
    throw new MissingFactError(fact.reason, fact.fix, object, fact.fault === true);
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

/***/ 6000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ userAuditEffect)
/* harmony export */ });
/* harmony import */ var _license_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(524);
/* harmony import */ var _releases_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4409);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7862);



/**
 * Whether sql.log.user_audit can take effect on this cluster, by code era and licence (reference
 * section 3): newest code (v24.3+) and CockroachDB Cloud need no licence; CCL-era code audits only
 * while the licence passes License.Check. `rolesOnly`: v23.2 matches role memberships only.
 */
function userAuditEffect(facts, ctx) {
    const cloudVersion = facts.cloud.cluster.ok ? facts.cloud.cluster.value.version : undefined;
    const era = (0,_releases_js__WEBPACK_IMPORTED_MODULE_0__/* .crdbEra */ .Y3)(facts.version.ok ? facts.version.value.tag : cloudVersion);
    if (ctx.deployment === 'cloud')
        return {
            effective: true,
            why: 'CockroachDB Cloud clusters carry an Enterprise licence',
            rolesOnly: era.auditRolesOnly
        };
    if (era.licenceGated === false)
        return { effective: true, why: 'no licence is needed since v24.3', rolesOnly: false };
    const lic = facts.license;
    if (!lic.ok) {
        return {
            effective: 'maybe',
            why: `this release needs a valid enterprise licence for role-based audit logging and it could not be read (${lic.reason.text.replace(/\.$/, '')})`,
            rolesOnly: era.auditRolesOnly
        };
    }
    const org = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .settingIfKnown */ .JJ)(facts, 'cluster.organization');
    const r = (0,_license_js__WEBPACK_IMPORTED_MODULE_2__/* .cclLicenceAccepted */ .t)(lic.value, ctx.auditedAt, facts.clusterId, org);
    const versionNote = era.licenceGated === 'unknown'
        ? ' (the version is unknown; releases before v24.3 need a valid licence)'
        : '';
    return { effective: r.accepted, why: `${r.why}${versionNote}`, rolesOnly: era.auditRolesOnly };
}


/***/ }),

/***/ 9130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2020);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(482);
/* harmony import */ var _audit_effect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6000);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7862);
/* harmony import */ var _user_audit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3222);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(982);
/* harmony import */ var _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2257);









/**
 * PASS when role-based audit (sql.log.user_audit) covers every admin member; WARN when only the
 * hidden admin audit is on (or user audit misses admins); FAIL when neither audits anything.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_5__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/audit-logging',
        title: 'Audit logging',
        dimension: 'Audit Logging',
        family: 'audit-logging',
        description: 'Every statement of every admin member is audited (sql.log.user_audit, or at least sql.log.admin_audit.enabled).',
        rationale: 'Without statement audit of admin members, what a privileged account did (data read, grants, drops) leaves no record, so misuse or a stolen admin credential cannot be detected or investigated.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: "SET CLUSTER SETTING sql.log.user_audit = 'admin ALL'; (add rows for sensitive roles; before v24.3 keep a valid enterprise licence for this cluster), and route the SENSITIVE_ACCESS channel to durable storage or a SIEM.",
            link: 'https://www.cockroachlabs.com/docs/stable/role-based-audit-logging'
        },
        frameworks: _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_6__/* .AUDIT_LOGGING_CONTROLS */ .hu
    },
    evaluate(facts, ctx) {
        const value = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(facts, 'sql.log.user_audit');
        const parsed = (0,_user_audit_js__WEBPACK_IMPORTED_MODULE_7__/* .parseUserAudit */ .Iy)(value);
        const effect = (0,_audit_effect_js__WEBPACK_IMPORTED_MODULE_3__/* .userAuditEffect */ .A)(facts, ctx);
        const rules = parsed.ok && effect.effective !== false ? parsed.rules : [];
        let uncovered = [];
        if (rules.length) {
            const users = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.users);
            const canLogin = (0,_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .sqlLoginFilter */ .O$)(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
            const admins = (0,_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .adminMembers */ .n)(users, canLogin).map(a => a.name);
            uncovered = admins.filter(a => !(0,_user_audit_js__WEBPACK_IMPORTED_MODULE_7__/* .auditDecision */ .aV)(rules, a, (0,_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .membershipView */ .CW)(users, a), effect.rolesOnly).audited);
            if (uncovered.length === 0 && effect.effective === true) {
                return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .msg */ .ab) `sql.log.user_audit audits every admin member (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .valueList */ .Q0)(admins)}).`)];
            }
            if (uncovered.length === 0) {
                return [
                    (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .msg */ .ab) `sql.log.user_audit would audit every admin member (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .valueList */ .Q0)(admins)}), but it may have no effect: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .raw */ .lS)(effect.why)}.`)
                ];
            }
        }
        if (parsed.ok && parsed.rules.length && effect.effective === false) {
            const adminOn = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .isTrue */ .Hn)((0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(facts, 'sql.log.admin_audit.enabled'));
            const text = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .msg */ .ab) `sql.log.user_audit has no effect on this release: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .raw */ .lS)(effect.why)}${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .raw */ .lS)(adminOn ? '; only sql.log.admin_audit.enabled audits admins' : ', and admin audit is off')}.`;
            return [adminOn ? (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)(text) : (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(text)];
        }
        const adminAudit = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .isTrue */ .Hn)((0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(facts, 'sql.log.admin_audit.enabled'));
        if (adminAudit) {
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)(rules.length
                    ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .msg */ .ab) `Only sql.log.admin_audit.enabled audits admins fully; sql.log.user_audit misses ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .valueList */ .Q0)(uncovered)}.`
                    : (0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .msg */ .ab) `Only sql.log.admin_audit.enabled is on (a hidden, undocumented setting); sql.log.user_audit is ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .raw */ .lS)(parsed.ok ? 'empty' : 'invalid')}.`)
            ];
        }
        if (!parsed.ok)
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .msg */ .ab) `sql.log.user_audit does not parse (${parsed.error}), so every node audits nothing, and admin audit is off.`)
            ];
        if (rules.length === 0)
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .msg */ .ab) `sql.log.user_audit is empty and sql.log.admin_audit.enabled is off: no statement is audited.`)
            ];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .msg */ .ab) `sql.log.user_audit does not audit ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .raw */ .lS)(uncovered.length === 1 ? 'admin member' : 'admin members')} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .valueList */ .Q0)(uncovered)}, and admin audit is off.`)
        ];
    }
}));


/***/ }),

/***/ 2077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(982);
/* harmony import */ var _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2257);





/** CMEK on Advanced with the Advanced Security add-on; INFO where the plan cannot use it. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/cmek',
        // The no-addon case cannot be read from the Cloud API: a person attests it.
        attestable: true,
        title: 'Customer-managed encryption keys',
        dimension: 'Encryption',
        family: 'cmek',
        appliesTo: ['cloud'],
        description: 'Advanced clusters with the Advanced Security add-on encrypt data with a customer-managed key (CMEK).',
        rationale: "Without a customer-managed key, the cluster's data stays readable by whoever controls the provider-managed keys, and the organization cannot revoke access to its data by revoking its own key.",
        verify: 'Whether the organization has the Advanced Security add-on (the Cloud Console billing page); attest no-addon only with that evidence.',
        outcomes: ['PASS', 'FAIL', 'INFO'],
        remediation: {
            text: 'Create a KMS key, grant the cluster principal access and enable CMEK (POST /api/v1/clusters/{id}/cmek or the Console); requires Advanced with the Advanced Security add-on. Without the add-on, attest it in the baseline (check crdb/cmek, status INFO, evidence no-addon).',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/cmek'
        },
        frameworks: _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__/* .AT_REST_CONTROLS */ .Q2
    },
    evaluate(facts, ctx) {
        const cluster = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.cloud.cluster);
        if (cluster.plan !== 'ADVANCED') {
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `CMEK needs the Advanced plan with the Advanced Security add-on; this cluster is ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(cluster.plan)}.`)
            ];
        }
        const cmek = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.cloud.cmek);
        if (cmek.status === 'NOT_CONFIGURED') {
            // A 404 from /cmek: no CMEK configuration exists. Whether the Advanced Security add-on is
            // enabled cannot be read from this endpoint; a person may attest that it is not (no-addon).
            const a = ctx.attestation();
            if (a.state === 'active' && (a.attestation.status === 'INFO' || a.attestation.status === 'N/A'))
                return [
                    (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `CMEK was never configured (404); attested that the cluster has no Advanced Security add-on (no-addon) by ${a.attestation.attestedBy} (${a.attestation.evidence}), valid until ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(a.attestation.expires)}.`)
                ];
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `CMEK was never configured on this Advanced cluster (the Cloud API answers 404 for /cmek): data is encrypted with keys Cockroach Labs manages.${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(a.state === 'expired' ? ' The no-addon attestation expired.' : '')}`)
            ];
        }
        const regions = cmek.regions.length
            ? ` (${cmek.regions.map(r => `${r.region} ${r.status}`).join(', ')})`
            : '';
        if (['ENABLED', 'ROTATING', 'ENABLING'].includes(cmek.status))
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `CMEK is ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(cmek.status)}${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(regions)}.`)];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `CMEK is ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(cmek.status)}${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(regions)}: data is encrypted with keys Cockroach Labs manages.`)
        ];
    }
}));


/***/ }),

/***/ 6638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7862);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(982);





/** PASS with SQL JWT login (with issuers) or DB Console OIDC (with a provider); FAIL with neither. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/database-sso',
        title: 'Database SSO (JWT / OIDC)',
        dimension: 'Authentication & SSO',
        family: 'database-sso',
        description: 'SQL users sign in with JWTs from the identity provider, or the DB Console with OIDC.',
        rationale: 'SQL users with local passwords are managed outside the identity provider, so MFA, central offboarding and password policy do not apply to database access.',
        outcomes: ['PASS', 'FAIL'],
        remediation: {
            text: 'SET CLUSTER SETTING server.jwt_authentication.enabled = true and server.jwt_authentication.issuers.configuration; for the DB Console, server.oidc_authentication.enabled with provider_url, client_id and client_secret.',
            link: 'https://www.cockroachlabs.com/docs/stable/sso-sql'
        },
        frameworks: { 'SOC 2': ['CC6.1'], 'ISO 27001': ['8.5'], HIPAA: ['164.312(d)'] }
    },
    evaluate(facts) {
        const s = facts.settings;
        const get = (n) => s[n];
        const val = (n) => (get(n)?.ok ? get(n).value : undefined);
        const jwt = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .isTrue */ .Hn)(val('server.jwt_authentication.enabled')) &&
            (val('server.jwt_authentication.issuers.configuration') ?? '').trim() !== '';
        const oidc = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .isTrue */ .Hn)(val('server.oidc_authentication.enabled')) &&
            (val('server.oidc_authentication.provider_url') ?? '').trim() !== '';
        const which = [
            jwt && 'JWT for SQL logins',
            oidc && `OIDC for the DB Console (${val('server.oidc_authentication.provider_url')})`
        ].filter(Boolean);
        if (which.length)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Single sign-on is configured: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(which.join('; '))}.`)];
        // Not configured, as far as the readable settings tell: any unreadable one makes it UNKNOWN.
        for (const n of [
            'server.jwt_authentication.enabled',
            'server.jwt_authentication.issuers.configuration',
            'server.oidc_authentication.enabled',
            'server.oidc_authentication.provider_url'
        ]) {
            const f = get(n);
            if (f && !f.ok)
                (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(f);
        }
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Neither JWT login for SQL nor OIDC for the DB Console is configured: every login is a password or certificate managed in the cluster.`)
        ];
    }
}));


/***/ }),

/***/ 982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCockroachCheck)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);

/** A CockroachDB check: id `crdb/<name>`, evaluated on CrdbFacts (SQL and Cloud API). */
const defineCockroachCheck = (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .checkFactory */ .Zr)('crdb');


/***/ }),

/***/ 8980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(982);




/** GET /api/v1/clusters/{id} delete_protection: ENABLED PASS; DISABLED WARN. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/delete-protection',
        title: 'Delete protection',
        dimension: 'Backup & Recovery',
        appliesTo: ['cloud'],
        description: 'The Cloud cluster has delete protection enabled.',
        rationale: 'Without delete protection one API call or Console click by a compromised or mistaken administrator destroys the cluster and its data.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'Enable delete protection on the cluster (PATCH /api/v1/clusters/{id} with delete_protection ENABLED, or the Console).',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/cluster-management'
        },
        frameworks: { 'SOC 2': ['A1.2'], 'ISO 27001': ['8.13'] }
    },
    evaluate(facts) {
        const cluster = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.cloud.cluster);
        const dp = cluster.deleteProtection;
        if (!dp)
            (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)((0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .unavailable */ .hU)('The Cloud API did not return delete_protection for this cluster.'));
        if (dp === 'ENABLED')
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `Delete protection is ENABLED.`)];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `Delete protection is ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(dp)}: one API call or Console click deletes the cluster and its managed backups.`)
        ];
    }
}));


/***/ }),

/***/ 3576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   L: () => (/* binding */ HBA_SETTING)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _hba_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6334);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7862);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(982);





const HBA_SETTING = 'server.host_based_authentication.configuration';
/**
 * First-match HBA review. Never prints an ldapbindpasswd value (the parser masks it). A value that
 * reads <redacted> is UNKNOWN (the collector turns it into a missing fact).
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/hba',
        title: 'Host-based authentication',
        dimension: 'Network Security',
        family: 'hba-empty',
        description: 'The HBA configuration restricts who may connect from where, with strong methods, and has no trust rule for remote addresses.',
        rationale: 'A permissive HBA lets clients connect from any address, with weak methods or with trust, so a reachable port plus a user name can be enough to get in.',
        outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
        remediation: {
            text: "SET CLUSTER SETTING server.host_based_authentication.configuration = 'hostssl all all 10.0.0.0/8 cert-scram-sha-256 ...'; restrict by address and user, never trust remote hosts, prefer cert or scram methods.",
            link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authentication#authentication-configuration'
        },
        frameworks: { 'PCI DSS': ['1', '8'], 'SOC 2': ['CC6.1', 'CC6.6'], 'ISO 27001': ['8.5', '8.20'] }
    },
    evaluate(facts, ctx) {
        const value = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)(facts, HBA_SETTING);
        if (value.trim() === '') {
            const defaults = ctx.deployment === 'cloud'
                ? 'host all all all password'
                : 'host all root all cert-password, host all all all cert-password, local all all password';
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `The HBA configuration is empty, so the defaults apply (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(defaults)}): any address may try any user.`, undefined, 'empty')
            ];
        }
        const parsed = (0,_hba_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCrdbHba */ .UB)(value);
        if (!parsed.ok)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `The HBA configuration does not parse: ${parsed.error}.`)];
        if ((0,_hba_js__WEBPACK_IMPORTED_MODULE_1__/* .isDefaultConfiguration */ .cN)(parsed.rules)) {
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `The HBA configuration spells out the defaults (host all all all cert-password, local all all password): any address may try any user.`, undefined, 'empty')
            ];
        }
        // Without --accept-sql-without-tls (or --insecure) a secure node refuses non-TLS TCP before HBA.
        const nodes = facts.nodeArgs.ok ? facts.nodeArgs.value : undefined;
        const plainNodes = nodes?.filter(n => n.args.some(a => /^--(accept-sql-without-tls|insecure)(=true)?$/.test(a)));
        const plainSql = nodes === undefined ? 'unknown' : plainNodes.length > 0;
        const eff = (0,_hba_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveRules */ .Dl)(parsed.rules);
        const findings = [];
        if (eff.builtInRoot) {
            findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)(eff.rootLocal
                ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `The first rule is ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(_hba_js__WEBPACK_IMPORTED_MODULE_1__/* .ROOT_LOCAL_RULE */ .Gm)}: newer releases then limit root to IPv4 loopback, but releases without that exception still put ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(_hba_js__WEBPACK_IMPORTED_MODULE_1__/* .ROOT_RULE */ ._w)} in front, so root may log in from any address with a certificate or password.`
                : (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `CockroachDB puts ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(_hba_js__WEBPACK_IMPORTED_MODULE_1__/* .ROOT_RULE */ ._w)} in front of these rules: root can log in from any address with a certificate or password, whatever the rules below say.`));
        }
        eff.rules.forEach((r, i) => {
            if (r.lineNumber === 0)
                return;
            const where = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Rule at line ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(String(r.lineNumber))} (${r.display})`;
            const shadow = (0,_hba_js__WEBPACK_IMPORTED_MODULE_1__/* .shadowedBy */ .NK)(eff.rules, i);
            if (shadow) {
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)(shadow.lineNumber === 0
                    ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(where)} can never match: it is shadowed by the built-in root rule (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(_hba_js__WEBPACK_IMPORTED_MODULE_1__/* .ROOT_RULE */ ._w)}).`
                    : (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(where)} can never match: line ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(String(shadow.lineNumber))} (${shadow.display}) matches first.`, r.display));
                return;
            }
            const remote = r.type !== 'local' && !(0,_hba_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopback */ .U9)(r.address);
            const bits = (0,_hba_js__WEBPACK_IMPORTED_MODULE_1__/* .prefixLength */ .BK)(r.address);
            if (r.method === 'trust' && remote) {
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(where)}: trust admits anyone who can reach the address, with no password.`, r.display));
            }
            else if ((r.method === 'password' || r.method === 'scram-sha-256') &&
                r.type !== 'hostssl' &&
                remote &&
                bits !== null &&
                bits <= 16 &&
                plainSql !== false) {
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)(plainSql === true
                    ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(where)}: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(r.method)} from a broad range, and nodes ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(plainNodes.map(n => `n${n.nodeId}`).join(', '))} accept SQL without TLS (--accept-sql-without-tls or --insecure): passwords may cross the network in clear (use hostssl or cert methods).`
                    : (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(where)}: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(r.method)} from a broad range without hostssl, and the node command lines could not be read to rule out --accept-sql-without-tls.`, r.display));
            }
        });
        const bad = findings.filter(f => f.status === 'FAIL' || f.status === 'WARN');
        if (bad.length === 0) {
            findings.unshift((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(parsed.rules.length === 1 ? '1 HBA rule restricts' : `${parsed.rules.length} HBA rules restrict`)} non-root users by address, user or method; no remote trust${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(plainSql === false ? '; non-TLS SQL connections are refused before HBA' : '')}.`));
        }
        return findings;
    }
}));


/***/ }),

/***/ 4468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7862);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(982);




/** PASS when external identities are mapped to SQL users (or auto-provisioned); FAIL otherwise. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/identity-map',
        title: 'Identity mapping',
        dimension: 'Authentication & SSO',
        description: 'External identities (certificates, JWT, LDAP) map to SQL users through server.identity_map.configuration or auto-provisioning.',
        rationale: 'Without an identity map, external identities (certificate subjects, JWT claims, LDAP names) map to SQL users by name alone, so an identity can land on an unintended or privileged user.',
        outcomes: ['PASS', 'FAIL'],
        remediation: {
            text: "SET CLUSTER SETTING server.identity_map.configuration = '<issuer> /^(.*)@example\\.com$ \\1'; or enable security.provisioning.ldap.enabled / security.provisioning.jwt.enabled to create users on first LDAP / JWT login.",
            link: 'https://www.cockroachlabs.com/docs/stable/sso-sql'
        },
        frameworks: { 'SOC 2': ['CC6.2'], 'ISO 27001': ['5.15'] }
    },
    evaluate(facts) {
        const provisioned = ['ldap', 'jwt'].filter(k => (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrue */ .Hn)((0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .settingIfKnown */ .JJ)(facts, `security.provisioning.${k}.enabled`)));
        if (provisioned.length) {
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(provisioned.map(k => k.toUpperCase()).join(' and '))} users are auto-provisioned (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(provisioned.map(k => `security.provisioning.${k}.enabled`).join(', '))}).`)
            ];
        }
        const map = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'server.identity_map.configuration');
        const lines = map
            .split('\n')
            .map(l => l.replace(/#.*/, '').trim())
            .filter(Boolean);
        if (lines.length)
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `server.identity_map.configuration maps identities (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(lines.length, 'rule'))}).`)
            ];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `server.identity_map.configuration is empty and no auto-provisioning is on: external identities must match SQL user names exactly.`)
        ];
    }
}));


/***/ }),

/***/ 7340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(982);
/* harmony import */ var _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2257);





/** Compliant: the Cloud IP allowlist only holds narrow CIDRs (never 0.0.0.0/0 or ::/0). */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/ip-allowlist',
        title: 'IP allowlist',
        dimension: 'Network Security',
        family: 'open-network',
        appliesTo: ['cloud'],
        description: 'The IP allowlist holds only narrow CIDR ranges; nothing is open to the whole internet.',
        rationale: 'A broad allowlist exposes the SQL and Console ports to the whole internet, leaving passwords as the only barrier against scanning and credential stuffing.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Remove 0.0.0.0/0 and other broad entries from the allowlist (Networking > IP Allowlist); list the egress IPs of your apps and VPN, or use private endpoints.',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/network-authorization'
        },
        frameworks: _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__/* .NETWORK_BOUNDARY_CONTROLS */ .r
    },
    evaluate(facts) {
        const entries = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.cloud.allowlist);
        const findings = [];
        for (const e of entries) {
            const cidr = `${e.cidrIp}/${e.cidrMask}`;
            const label = e.name ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `${cidr} (${e.name})` : (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `${cidr}`;
            const scope = [e.sql && 'SQL', e.ui && 'DB Console'].filter(Boolean).join(' and ') || 'nothing';
            if (e.cidrMask === 0)
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Allowlist entry ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(label)} opens ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(scope)} to the whole internet.`, cidr));
            else if (e.cidrIp.includes(':') ? e.cidrMask <= 48 : e.cidrMask <= 16) {
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Allowlist entry ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(label)} is a broad range for ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(scope)}.`, cidr));
            }
        }
        if (findings.length)
            return findings;
        if (entries.length === 0)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `The IP allowlist is empty: no public address may connect.`)];
        const narrowest = Math.min(...entries.map(e => e.cidrMask));
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(String(entries.length))} allowlist entr${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(entries.length === 1 ? 'y' : 'ies')}, none broader than /${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(String(narrowest))}.`)
        ];
    }
}));


/***/ }),

/***/ 6028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2020);
/* harmony import */ var _hba_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6334);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7862);
/* harmony import */ var _hba_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3576);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(982);






/** PASS only for ldapport=636 (the one port CockroachDB dials with TLS); WARN otherwise; INFO without LDAP. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_4__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/ldap',
        title: 'LDAP authentication',
        dimension: 'Authentication & SSO',
        description: 'LDAP logins, when configured in the HBA, reach the directory over LDAPS.',
        rationale: "LDAP logins over plain LDAP send users' passwords and the bind password across the network in clear, where anyone on the path can read them.",
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: 'Use ldapport=636 (LDAPS) in the HBA ldap rules, keep ldapbindpasswd out of logs (server.redact_sensitive_settings.enabled = true), and map users with server.identity_map.configuration.',
            link: 'https://www.cockroachlabs.com/docs/stable/ldap-authentication'
        },
        frameworks: { 'SOC 2': ['CC6.1'], 'ISO 27001': ['8.5'] }
    },
    evaluate(facts) {
        const parsed = (0,_hba_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCrdbHba */ .UB)((0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)(facts, _hba_js__WEBPACK_IMPORTED_MODULE_3__/* .HBA_SETTING */ .L));
        const rules = parsed.ok ? parsed.rules.filter(r => r.method === 'ldap') : [];
        if (rules.length === 0)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .msg */ .ab) `No HBA rule uses ldap: LDAP authentication is not configured.`)];
        return rules.map(r => {
            const line = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .raw */ .lS)(String(r.lineNumber));
            const server = r.options.ldapserver ?? '(no ldapserver)';
            const invalid = r.optionNames.filter(n => !LDAP_OPTIONS.has(n));
            if (invalid.length)
                return (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .msg */ .ab) `LDAP rule at line ${line} has options CockroachDB rejects (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .raw */ .lS)(invalid.join(', '))}): "invalid LDAP option provided in hba conf", so its logins fail.`, r.display);
            const port = r.options.ldapport;
            if (port === undefined)
                return (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .msg */ .ab) `LDAP rule at line ${line} has no ldapport, which CockroachDB requires ("ldap params in HBA conf missing ldap port"): its logins fail.`, r.display);
            // pkg/ccl/ldapccl/ldap_util.go dials ldaps:// only for port 636 and plain ldap:// (no StartTLS)
            // on every other port; older builds always dialled TLS. 636 is the one safe answer for both.
            if (port !== '636')
                return (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .msg */ .ab) `LDAP rule at line ${line} talks to ${server} on port ${port}: CockroachDB uses TLS only on port 636 and never StartTLS, so this release may send LDAP credentials in clear text; use ldapport=636.`, r.display);
            return (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .msg */ .ab) `LDAP rule at line ${line} uses LDAPS (${server} on port 636).`, r.display);
        });
    }
}));
/** The options CockroachDB's LDAP manager accepts (pkg/ccl/ldapccl). */
const LDAP_OPTIONS = new Set([
    'ldapserver',
    'ldapport',
    'ldapbasedn',
    'ldapbinddn',
    'ldapbindpasswd',
    'ldapsearchfilter',
    'ldapsearchattribute',
    'ldapgrouplistfilter'
]);


/***/ }),

/***/ 7398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(982);
/* harmony import */ var _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2257);





const REQUIRED = ['SESSIONS', 'USER_ADMIN', 'PRIVILEGES', 'SENSITIVE_ACCESS'];
/** Cloud log export ENABLED and not omitting the security channels. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/log-export',
        title: 'Log export',
        dimension: 'Audit Logging',
        appliesTo: ['cloud'],
        description: 'Cloud log export is enabled and ships the SESSIONS, USER_ADMIN, PRIVILEGES and SENSITIVE_ACCESS channels.',
        rationale: "Without log export, session, privilege and sensitive-access events stay inside the managed service, beyond the SIEM's alerting and retention, and are lost for investigations.",
        outcomes: ['PASS', 'WARN', 'N/A'],
        remediation: {
            text: 'Enable log export to CloudWatch, Cloud Logging or Azure Log Analytics (POST /api/v1/clusters/{id}/logexport) without omitting the security channels.',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/export-logs'
        },
        frameworks: _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOGGING_CONTROLS */ .hu
    },
    evaluate(facts) {
        const cluster = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.cloud.cluster);
        if (cluster.plan === 'BASIC')
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .notApplicable */ .hH)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Basic clusters cannot export logs; log export needs Standard or Advanced.`)];
        const le = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.cloud.logExport);
        if (le.status !== 'ENABLED')
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Log export is ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(le.status)}: no audit trail reaches a SIEM.`)];
        const omitted = REQUIRED.filter(c => le.omittedChannels.includes(c));
        if (omitted.length)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Log export to ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(le.type ?? '?')} omits ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(omitted.join(', '))}.`)];
        // Audit events on SENSITIVE_ACCESS and SESSIONS are logged at INFO: a group that routes them
        // with min_level WARNING or above drops every one of them.
        const dropping = (le.groups ?? []).flatMap(g => ['WARNING', 'ERROR', 'FATAL'].includes(g.minLevel.toUpperCase())
            ? g.channels
                .filter(c => INFO_AUDIT.includes(c.toUpperCase()))
                .map(c => `${c} in group ${g.logName} (min_level ${g.minLevel})`)
            : []);
        if (dropping.length)
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Log export to ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(le.type ?? '?')} drops every audit event of ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(dropping.join(', '))}: those events are logged at INFO.`)
            ];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Log export to ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(le.type ?? '?')} is enabled with every security channel at INFO or below.`)
        ];
    }
}));
const INFO_AUDIT = ['SENSITIVE_ACCESS', 'SESSIONS'];


/***/ }),

/***/ 2966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(982);




/** The Cloud-managed backup configuration: PASS when on, INFO when off. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/managed-backups',
        title: 'Managed backups',
        dimension: 'Backup & Recovery',
        appliesTo: ['cloud'],
        description: 'CockroachDB Cloud managed backups are enabled with a frequency and retention that fit the recovery objectives.',
        rationale: 'Managed backups that are off, or too rare and too short-lived for the recovery objectives, leave data that cannot be restored to the point the business needs.',
        verify: 'That a restore from the managed backups has been tested and fits the recovery point and time objectives.',
        outcomes: ['PASS', 'INFO'],
        remediation: {
            text: 'Enable managed backups and set frequency and retention (PUT /api/v1/clusters/{id}/backups-config, or the Console Backup and Restore page).',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/managed-backups'
        },
        frameworks: { 'SOC 2': ['A1.2'], HIPAA: ['164.308(a)(7)'], 'ISO 27001': ['8.13'], GDPR: ['Art. 32'] }
    },
    evaluate(facts) {
        const b = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.cloud.backupsConfig);
        if (!b.enabled)
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `Managed backups are disabled; recovery depends on self-managed backup schedules (see crdb/backup-schedules).`)
            ];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `Managed backups run every ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(String(b.frequencyMinutes))} minutes and are kept ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(String(b.retentionDays))} days.`)
        ];
    }
}));


/***/ }),

/***/ 2969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7862);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(982);




/** scram-sha-256 PASS; crdb-bcrypt WARN. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/password-hashing',
        title: 'Password hashing',
        dimension: 'Authentication & SSO',
        description: 'New passwords are stored as SCRAM-SHA-256 (server.user_login.password_encryption).',
        rationale: "With bcrypt hashes the client must send its password to the server at every login, where SCRAM never sends it, so whoever can read a node's memory or terminate its TLS collects users' passwords.",
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: "SET CLUSTER SETTING server.user_login.password_encryption = 'scram-sha-256'; stored bcrypt hashes are upgraded at the next login.",
            link: 'https://www.cockroachlabs.com/docs/stable/security-reference/scram-authentication'
        },
        frameworks: { 'PCI DSS': ['8'], 'ISO 27001': ['8.5'] }
    },
    evaluate(facts) {
        const v = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'server.user_login.password_encryption');
        if (v === 'scram-sha-256')
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `Passwords are hashed with ${v}.`)];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `Passwords are hashed with ${v}: clients send the cleartext password at login (use scram-sha-256).`)
        ];
    }
}));


/***/ }),

/***/ 6307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7862);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7532);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(982);
/* harmony import */ var _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2257);






/** server.user_login.min_password_length: >=12 PASS, 8-11 WARN, <8 FAIL (the default is 1). */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/password-policy',
        title: 'Minimum password length',
        dimension: 'Authentication & SSO',
        family: 'password-policy',
        description: 'server.user_login.min_password_length is at least 12 and clients cannot bypass it with pre-hashed passwords.',
        rationale: 'Short passwords fall quickly to guessing, and pre-hashed passwords sent by clients bypass the length check altogether.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'SET CLUSTER SETTING server.user_login.min_password_length = 12; SET CLUSTER SETTING server.user_login.store_client_pre_hashed_passwords.enabled = false; both apply to new and changed passwords, so rotate existing ones.',
            link: 'https://www.cockroachlabs.com/docs/stable/cluster-settings'
        },
        frameworks: _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_4__/* .PASSWORD_POLICY_CONTROLS */ .mp
    },
    evaluate(facts, ctx) {
        const n = Number((0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'server.user_login.min_password_length'));
        const head = `server.user_login.min_password_length is ${n}`;
        // Pre-hashed passwords skip the length rule (cockroach pkg/security/password.go); default true.
        const preHashed = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .settingIfKnown */ .JJ)(facts, 'server.user_login.store_client_pre_hashed_passwords.enabled');
        if (n >= 12) {
            if (preHashed === undefined)
                (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .need */ .$B)(facts.settings['server.user_login.store_client_pre_hashed_passwords.enabled']);
            if ((0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrue */ .Hn)(preHashed)) {
                const text = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .raw */ .lS)(head)}, but server.user_login.store_client_pre_hashed_passwords.enabled is on: a client that sends an already hashed password bypasses the minimum length.`;
                return [ctx.environment === 'production' ? (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)(text) : (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)(text)];
            }
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .raw */ .lS)(head)}, and pre-hashed passwords are refused, so every new password is checked.`)
            ];
        }
        if (n >= 8)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .raw */ .lS)(head)}: below the 12 characters PCI DSS 8.3.6 asks for.`)];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .raw */ .lS)(head)}${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .raw */ .lS)(n <= 1 ? ' (the default)' : '')}: passwords of ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .raw */ .lS)(String(Math.max(n, 1)))} character${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .raw */ .lS)(n <= 1 ? '' : 's')} are accepted.`)
        ];
    }
}));


/***/ }),

/***/ 8609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(982);
/* harmony import */ var _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2257);





/** Private connectivity by plan: Advanced expects an available private endpoint connection. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/private-endpoints',
        title: 'Private endpoints',
        dimension: 'Network Security',
        family: 'private-endpoints',
        appliesTo: ['cloud'],
        description: 'Applications reach the cluster over a private endpoint (PrivateLink / Private Service Connect) rather than the internet.',
        rationale: 'Applications that reach the cluster over the internet expose its endpoint to anyone who can resolve it; the allowlist and passwords are then the only barrier.',
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: 'Create a private endpoint service for each region and connect your VPCs (Networking > Private endpoint); then remove public allowlist entries.',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/connect-to-your-cluster#establish-private-connectivity'
        },
        frameworks: _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__/* .NETWORK_BOUNDARY_CONTROLS */ .r
    },
    evaluate(facts) {
        const cluster = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.cloud.cluster);
        if (cluster.plan === 'BASIC')
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Private endpoints are not available on the Basic plan.`)];
        const pe = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.cloud.privateEndpoints);
        const availableConns = pe.connections.filter(c => c.status === 'STATUS_AVAILABLE');
        const egress = facts.cloud.egress.ok
            ? `; ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(facts.cloud.egress.value.endpoints.length, 'egress private endpoint')}`
            : '; egress endpoints unknown';
        const policy = cluster.egressTrafficPolicy
            ? `, egress traffic policy ${cluster.egressTrafficPolicy}`
            : '';
        const tail = `${egress}${policy}`;
        if (availableConns.length > 0) {
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(availableConns.length, 'private endpoint connection'))} available (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(availableConns.map(c => c.region).join(', '))})${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(tail)}.`)
            ];
        }
        const pending = pe.connections.length
            ? ` (${pe.connections.map(c => `${c.endpointId} ${c.status}`).join(', ')})`
            : '';
        if (cluster.plan === 'ADVANCED') {
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `No private endpoint connection is available${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(pending)}: clients reach the cluster over the internet${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(tail)}.`)
            ];
        }
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `No private endpoint connection${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(pending)}; private endpoints are available on the ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(cluster.plan)} plan${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(tail)}.`)
        ];
    }
}));


/***/ }),

/***/ 177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(982);




const DATA = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'ALL']);
const SYSTEM_SCHEMAS = new Set(['crdb_internal', 'information_schema', 'pg_catalog', 'pg_extension']);
/**
 * What CockroachDB grants public by default (pkg/sql/catalog/catpb/privilege.go): CONNECT on every
 * database, USAGE and CREATE on every `public` schema (CREATE while
 * sql.auth.public_schema_create_privilege.enabled is on, its default), USAGE on types and EXECUTE on
 * routines.
 */
function isDefault(g) {
    if (g.objectType === 'database' && g.privilege === 'CONNECT')
        return true;
    if (g.objectType === 'schema' &&
        g.schema === 'public' &&
        (g.privilege === 'USAGE' || g.privilege === 'CREATE'))
        return true;
    if (g.objectType === 'type' && g.privilege === 'USAGE')
        return true;
    if ((g.objectType === 'function' || g.objectType === 'routine') && g.privilege === 'EXECUTE')
        return true;
    return false;
}
/** In every database: FAIL for data privileges granted to public on objects; WARN for other non-default grants. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/public-privileges',
        title: 'Privileges granted to public',
        dimension: 'Authorization',
        description: 'No table, view or sequence grants data privileges to public, and public holds no privilege beyond the defaults.',
        rationale: 'Privileges granted to public are held by every SQL user, including ones created later, so any login can read or change the affected data.',
        outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
        remediation: {
            text: 'REVOKE ALL ON <object> FROM public; to remove the default CREATE on schema public: REVOKE CREATE ON SCHEMA public FROM public in each database and SET CLUSTER SETTING sql.auth.public_schema_create_privilege.enabled = false for new databases.',
            link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authorization#default-privileges'
        },
        frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.1'], 'ISO 27001': ['5.15'], HIPAA: ['164.312(a)(1)'] }
    },
    evaluate(facts) {
        // Virtual schemas and pg_temp_* (present while temporary tables exist) are not configuration.
        const grants = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.publicGrants).filter(g => !(g.schema && (SYSTEM_SCHEMAS.has(g.schema) || /^pg_temp_/.test(g.schema))));
        const findings = [];
        const byObject = new Map();
        for (const g of grants) {
            if (isDefault(g))
                continue;
            // External connections are cluster-wide and repeat in every database's SHOW GRANTS.
            const name = g.objectType === 'external_connection'
                ? (g.object ?? '')
                : [g.database, g.schema, g.object].filter(Boolean).join('.');
            const key = `${g.objectType}\u0000${name}`;
            const list = byObject.get(key) ?? [];
            if (!list.some(x => x.privilege === g.privilege))
                list.push(g);
            byObject.set(key, list);
        }
        for (const [key, gs] of byObject) {
            const [type, name] = key.split('\u0000');
            const privs = gs.map(g => g.privilege).sort();
            const dataPrivs = privs.filter(p => DATA.has(p));
            const isObject = !['database', 'schema', 'external_connection'].includes(type);
            if (isObject && dataPrivs.length) {
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(type)} ${name} grants ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(privs.join(', '))} to public: every user can read or change it.`, name));
            }
            else {
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(type.replace('_', ' '))} ${name} grants ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(privs.join(', '))} to public, beyond CockroachDB's default grants.`, name));
            }
        }
        if (findings.length)
            return findings;
        const dbs = new Set(grants.map(g => g.database)).size;
        const withCreate = [
            ...new Set(grants
                .filter(g => g.objectType === 'schema' && g.schema === 'public' && g.privilege === 'CREATE')
                .map(g => g.database))
        ].sort();
        const out = [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `public holds only CockroachDB's default grants in the ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(dbs, 'database'))} audited.`)
        ];
        if (withCreate.length)
            out.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `By default public may create objects in schema public (sql.auth.public_schema_create_privilege.enabled): ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .valueList */ .Q0)(withCreate)}; revoke it where only owners should create objects.`));
        return out;
    }
}));


/***/ }),

/***/ 7801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7862);
/* harmony import */ var _hba_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3576);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(982);
/* harmony import */ var _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2257);







/**
 * Secrets live inside settings: the LDAP bind password in the HBA text (`ldapbindpasswd=`), the
 * identity map. server.redact_sensitive_settings.enabled hides them from users with only
 * VIEWCLUSTERSETTING (pkg/settings/registry.go, masked.go); the docs' LDAP setup recommends it.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_4__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/sensitive-redaction',
        title: 'Redaction of sensitive settings',
        dimension: 'Cluster Configuration',
        description: 'server.redact_sensitive_settings.enabled is on when the HBA carries an LDAP bind password or an identity map is set.',
        rationale: 'Without redaction, anyone with VIEWCLUSTERSETTING can read the LDAP bind password and identity mapping secrets from the cluster settings.',
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: 'SET CLUSTER SETTING server.redact_sensitive_settings.enabled = true; so that VIEWCLUSTERSETTING holders no longer read the LDAP bind password.',
            link: 'https://www.cockroachlabs.com/docs/stable/cluster-settings#sensitive-settings'
        },
        frameworks: _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_5__/* .AUTHENTICATION_CONTROLS */ .Ad
    },
    evaluate(facts) {
        const on = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .isTrue */ .Hn)((0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.settings['server.redact_sensitive_settings.enabled']));
        if (on)
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_6__/* .msg */ .ab) `server.redact_sensitive_settings.enabled is on: sensitive settings read <redacted> for VIEWCLUSTERSETTING-only users.`)
            ];
        const hba = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.settings[_hba_js__WEBPACK_IMPORTED_MODULE_3__/* .HBA_SETTING */ .L]);
        const identity = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .settingIfKnown */ .JJ)(facts, 'server.identity_map.configuration') ?? '';
        const secrets = [
            /ldapbindpasswd=/i.test(hba) && 'the HBA text carries an LDAP bind password (ldapbindpasswd)',
            identity.trim() !== '' && 'server.identity_map.configuration is set'
        ].filter(Boolean);
        if (secrets.length)
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_6__/* .msg */ .ab) `server.redact_sensitive_settings.enabled is off while ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_6__/* .raw */ .lS)(secrets.join(' and '))}: every holder of VIEWCLUSTERSETTING can read them.`)
            ];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_6__/* .msg */ .ab) `server.redact_sensitive_settings.enabled is off; no LDAP bind password or identity map is set.`)
        ];
    }
}));


/***/ }),

/***/ 9457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7862);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(982);
/* harmony import */ var _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2257);





/** Connection and session events on the SESSIONS channel, the companion of SENSITIVE_ACCESS. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/session-logging',
        title: 'Session logging',
        dimension: 'Audit Logging',
        description: 'server.auth_log.sql_connections.enabled and server.auth_log.sql_sessions.enabled are both on.',
        rationale: 'Without connection and session logs, logins, failed attempts and their sources leave no trace, so credential attacks go unnoticed and incidents cannot be reconstructed.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'SET CLUSTER SETTING server.auth_log.sql_connections.enabled = true; SET CLUSTER SETTING server.auth_log.sql_sessions.enabled = true;',
            link: 'https://www.cockroachlabs.com/docs/stable/logging-use-cases#security-and-audit-monitoring'
        },
        frameworks: _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOGGING_CONTROLS */ .hu
    },
    evaluate(facts) {
        const conn = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrue */ .Hn)((0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'server.auth_log.sql_connections.enabled'));
        const sess = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrue */ .Hn)((0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'server.auth_log.sql_sessions.enabled'));
        if (conn && sess)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Connection and session events are logged (SESSIONS channel).`)];
        const off = [
            !conn && 'server.auth_log.sql_connections.enabled',
            !sess && 'server.auth_log.sql_sessions.enabled'
        ]
            .filter(Boolean)
            .join(' and ');
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(off)} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(off.includes(' and ') ? 'are' : 'is')} off: logins and sessions cannot be reconstructed from the logs.`)
        ];
    }
}));


/***/ }),

/***/ 4187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7862);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(982);
/* harmony import */ var _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2257);





/**
 * server.user_login.session_revival_token.enabled (hidden, default false): a session revival token
 * authenticates a new session with no password or certificate (cockroach
 * pkg/sql/session_revival_token.go). It exists for the Serverless SQL proxy; on a self-hosted
 * cluster it is a credential bypass.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/session-revival-token',
        title: 'Session revival tokens',
        dimension: 'Authentication & SSO',
        appliesTo: ['self-hosted'],
        description: 'server.user_login.session_revival_token.enabled is off, so no session starts without a credential.',
        rationale: 'A session revival token starts a new session with no password or certificate; the mechanism exists for the Serverless SQL proxy, and on a self-hosted cluster it is a way to log in without a credential.',
        outcomes: ['PASS', 'FAIL'],
        remediation: {
            text: 'SET CLUSTER SETTING server.user_login.session_revival_token.enabled = false;',
            link: 'https://www.cockroachlabs.com/docs/stable/cluster-settings'
        },
        frameworks: _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__/* .AUTHENTICATION_CONTROLS */ .Ad
    },
    evaluate(facts) {
        const on = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrue */ .Hn)((0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'server.user_login.session_revival_token.enabled'));
        return on
            ? [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `server.user_login.session_revival_token.enabled is on: a session revival token opens a new session without a password or certificate (meant only for CockroachDB's Serverless SQL proxy).`)
            ]
            : [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `server.user_login.session_revival_token.enabled is off (the default).`)];
    }
}));


/***/ }),

/***/ 7959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(982);
/* harmony import */ var _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2257);





/** Tables under ALTER TABLE ... EXPERIMENTAL_AUDIT (crdb_internal.tables audit_mode): evidence only. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/table-audit',
        title: 'Table-level audit',
        dimension: 'Audit Logging',
        description: 'Lists the tables whose reads and writes emit sensitive_table_access events (EXPERIMENTAL_AUDIT).',
        rationale: 'Tables holding regulated data without EXPERIMENTAL_AUDIT leave no record of who read or changed them.',
        verify: 'That the listed tables are the ones that hold regulated data.',
        outcomes: ['INFO'],
        remediation: {
            text: 'ALTER TABLE <table> EXPERIMENTAL_AUDIT SET READ WRITE; for tables holding regulated data, and route SENSITIVE_ACCESS to durable storage.',
            link: 'https://www.cockroachlabs.com/docs/stable/experimental-audit'
        },
        frameworks: _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_LOGGING_CONTROLS */ .hu
    },
    evaluate(facts) {
        const tables = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.auditedTables);
        if (tables.length === 0)
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `No table has EXPERIMENTAL_AUDIT: table-level audit events (sensitive_table_access) are not emitted.`)
            ];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(tables.length === 1 ? '1 table emits' : `${tables.length} tables emit`)} sensitive_table_access events: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .valueList */ .Q0)(tables.map(t => `${t.database}.${t.schema}.${t.table} (${t.mode})`))}.`)
        ];
    }
}));


/***/ }),

/***/ 4651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2020);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(482);
/* harmony import */ var _audit_effect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6000);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7862);
/* harmony import */ var _user_audit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3222);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(982);
/* harmony import */ var _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2257);









/**
 * Parses sql.log.user_audit with CockroachDB's rules and evaluates first-match for every user over
 * the real (nested) role memberships.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_5__/* .defineCockroachCheck */ .N)({
    meta: {
        id: 'crdb/user-audit-config',
        title: 'Role-based audit configuration',
        dimension: 'Audit Logging',
        description: 'sql.log.user_audit parses, every row can match, no admin member is exempted by an earlier NONE row, and, on releases before v24.3, a valid enterprise licence makes it effective.',
        rationale: 'A role-based audit configuration that does not parse, is shadowed by an earlier NONE row or needs a missing licence audits nothing while looking configured.',
        outcomes: ['FAIL', 'WARN', 'INFO'],
        remediation: {
            text: 'Order rows so that admin members meet an ALL row first, put "all ..." last, remove rows for roles that do not exist, and on releases before v24.3 keep a valid enterprise licence for this cluster installed.',
            link: 'https://www.cockroachlabs.com/docs/stable/role-based-audit-logging'
        },
        frameworks: _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_6__/* .AUDIT_LOGGING_CONTROLS */ .hu
    },
    evaluate(facts, ctx) {
        const value = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(facts, 'sql.log.user_audit');
        if (value.trim() === '')
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .msg */ .ab) `sql.log.user_audit is not set (see crdb/audit-logging).`)];
        const parsed = (0,_user_audit_js__WEBPACK_IMPORTED_MODULE_8__/* .parseUserAudit */ .Iy)(value);
        if (!parsed.ok) {
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .msg */ .ab) `sql.log.user_audit does not parse: ${parsed.error}. CockroachDB falls back to an empty configuration, so nothing is audited.`)
            ];
        }
        const users = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.users);
        const names = new Set(users.map(u => u.username));
        const findings = [];
        const effect = (0,_audit_effect_js__WEBPACK_IMPORTED_MODULE_3__/* .userAuditEffect */ .A)(facts, ctx);
        const canLogin = (0,_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .sqlLoginFilter */ .O$)(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
        const admins = new Set((0,_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .adminMembers */ .n)(users, canLogin).map(a => a.name));
        const decide = (name) => (0,_user_audit_js__WEBPACK_IMPORTED_MODULE_8__/* .auditDecision */ .aV)(parsed.rules, name, (0,_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .membershipView */ .CW)(users, name), effect.rolesOnly);
        for (const u of users.filter(x => canLogin(x))) {
            const d = decide(u.username);
            if (admins.has(u.username) && d.rule?.filter === 'NONE') {
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .msg */ .ab) `Admin member ${u.username} first matches line ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .raw */ .lS)(String(d.rule.lineNumber))} (${d.rule.role} NONE), so none of its statements are audited.`, u.username));
            }
        }
        for (const r of (0,_user_audit_js__WEBPACK_IMPORTED_MODULE_8__/* .unreachableRules */ .yY)(parsed.rules)) {
            findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .msg */ .ab) `Line ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .raw */ .lS)(String(r.lineNumber))} (${r.role} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .raw */ .lS)(r.filter)}) can never match: an earlier all row matches every user first.`, `line ${r.lineNumber}`));
        }
        for (const r of parsed.rules) {
            if (effect.rolesOnly &&
                r.role !== 'all' &&
                r.role !== 'admin' &&
                users.some(u => u.username === r.role) &&
                !users.some(u => u.memberOf.includes(r.role))) {
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .msg */ .ab) `Line ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .raw */ .lS)(String(r.lineNumber))} names user ${r.role} directly: v23.2 matches role memberships only, so it never audits that user (name a role the user belongs to).`, `line ${r.lineNumber}`));
            }
            if (r.role !== 'all' && !names.has(r.role)) {
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .msg */ .ab) `Line ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .raw */ .lS)(String(r.lineNumber))} names ${r.role}, which is no user or role.`, `line ${r.lineNumber}`));
            }
        }
        if (effect.effective === false)
            findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .msg */ .ab) `sql.log.user_audit has no effect on this release: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .raw */ .lS)(effect.why)}.`));
        else if (effect.effective === 'maybe')
            findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .msg */ .ab) `sql.log.user_audit may have no effect: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .raw */ .lS)(effect.why)}.`));
        if ((0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .isTrue */ .Hn)((0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .settingIfKnown */ .JJ)(facts, 'sql.log.user_audit.reduced_config.enabled'))) {
            findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .msg */ .ab) `sql.log.user_audit.reduced_config.enabled is on: the configuration is computed once per session; changes need new sessions.`));
        }
        const decisions = users
            .filter(x => canLogin(x))
            .map(u => {
            const d = decide(u.username);
            return `${u.username} ${d.audited ? 'audited' : 'not audited'}${d.rule ? ` (line ${d.rule.lineNumber} ${d.rule.role} ${d.rule.filter})` : ' (no row matches)'}`;
        });
        findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_7__/* .msg */ .ab) `Effective decisions: ${decisions.join('; ')}.`));
        return findings;
    }
}));


/***/ }),

/***/ 6334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ prefixLength),
/* harmony export */   Dl: () => (/* binding */ effectiveRules),
/* harmony export */   Gm: () => (/* binding */ ROOT_LOCAL_RULE),
/* harmony export */   NK: () => (/* binding */ shadowedBy),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   UB: () => (/* binding */ parseCrdbHba),
/* harmony export */   _w: () => (/* binding */ ROOT_RULE),
/* harmony export */   cN: () => (/* binding */ isDefaultConfiguration)
/* harmony export */ });
/* unused harmony export coversRoot */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5665);


const SECRET_OPTIONS = new Set(['ldapbindpasswd']);
const TYPES = new Set(['local', 'host', 'hostssl', 'hostnossl', 'loopback']);
class LineError extends Error {
}
function parseCrdbHba(value) {
    const scanned = (0,_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .scanSettingLines */ .NH)(value);
    if (!scanned.ok)
        return scanned;
    const { lines } = scanned;
    const rules = [];
    for (const line of lines) {
        try {
            rules.push(parseLine(line.lineNumber, line.fields));
        }
        catch (error) {
            if (error instanceof LineError)
                return { ok: false, error: `line ${line.lineNumber}: ${error.message}` };
            throw error;
        }
    }
    return { ok: true, rules };
}
function parseLine(lineNumber, f) {
    const fail = (m) => {
        throw new LineError(m);
    };
    let i = 0;
    if (f[i].length > 1)
        fail('multiple values specified for connection type');
    const type = f[i][0].value;
    if (!TYPES.has(type))
        fail(`unknown connection type: ${JSON.stringify(type)}`);
    if (++i >= f.length)
        fail('end-of-line before database specification');
    const databases = f[i];
    if (++i >= f.length)
        fail('end-of-line before role specification');
    const userTokens = f[i];
    let address = null;
    if (type !== 'local') {
        if (++i >= f.length)
            fail('end-of-line before IP address specification');
        if (f[i].length > 1)
            fail('multiple values specified for host address');
        const t = f[i][0];
        if (t.value === '')
            fail('cannot use empty string as address');
        if ((0,_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isKeyword */ .wb)(t, 'all'))
            address = 'all';
        else if ((0,_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isKeyword */ .wb)(t, 'samehost') || (0,_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isKeyword */ .wb)(t, 'samenet'))
            fail(`address specification ${t.value} is not yet supported`);
        else if (t.value.includes('/'))
            address = normaliseCidr(t.value) ?? fail(`invalid CIDR address: ${t.value}`);
        else if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(t.value)) {
            if (++i >= f.length)
                fail('end-of-line before netmask specification');
            if (f[i].length > 1)
                fail('multiple values specified for netmask');
            const maskText = f[i][0].value;
            const bits = maskBits(maskText);
            if (bits === null)
                fail(`invalid IP mask "${maskText}": address is not a mask`);
            if (((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(maskText) === 4) !== ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(t.value) === 4))
                fail('IP address and mask do not match');
            address = normaliseCidr(`${t.value}/${bits}`) ?? fail(`invalid IP mask "${maskText}"`);
        }
        else
            address = t.value; // a host name: the SET-time validator rejects it (hba-hostnames)
    }
    if (++i >= f.length)
        fail('end-of-line before authentication method');
    if (f[i].length > 1)
        fail('multiple values specified for authentication method');
    const method = f[i][0].value;
    if (method === '')
        fail('cannot use empty string as authentication method');
    const options = {};
    const optionNames = [];
    for (const field of f.slice(i + 1)) {
        for (let t = 0; t < field.length; t++) {
            const tok = field[t].value;
            const eq = tok.indexOf('=');
            const bad = `authentication option not in name=value format: ${tok}`;
            if (eq < 0)
                fail(bad);
            let v = tok.slice(eq + 1);
            if (v === '') {
                // `name=` takes its value from the next token of the same comma field.
                if (t + 1 === field.length)
                    fail(bad);
                v = field[++t].value;
            }
            const k = tok.slice(0, eq);
            optionNames.push(k);
            options[k] = SECRET_OPTIONS.has(k) ? '********' : v;
        }
    }
    const users = userTokens.map(t => t.value);
    const allUsers = userTokens.some(t => (0,_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .isKeyword */ .wb)(t, 'all'));
    const head = [
        type,
        databases.map(t => t.value).join(','),
        userTokens.map(t => (t.quoted ? `"${t.value}"` : t.value)).join(','),
        ...(address ? [address] : []),
        method
    ];
    const opts = optionNames.map(k => `${k}=${options[k]}`);
    return {
        lineNumber,
        type,
        databases: databases.map(t => t.value),
        users,
        allUsers,
        address,
        method,
        options,
        optionNames,
        display: [...head, ...opts].join(' ')
    };
}
/** Prefix bits of a dotted IPv4 netmask (all ones then all zeroes), or null when it is no mask. */
function maskBits(mask) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(mask) !== 4)
        return null;
    const bin = mask
        .split('.')
        .map(o => Number(o).toString(2).padStart(8, '0'))
        .join('');
    return /^1*0*$/.test(bin) ? (bin.indexOf('0') < 0 ? 32 : bin.indexOf('0')) : null;
}
/** `10.1.2.3/8` -> `10.0.0.0/8` (CockroachDB stores the network, like net.ParseCIDR). IPv6 kept as written. */
function normaliseCidr(cidr) {
    const [ip, bitsText] = cidr.split('/');
    const bits = Number(bitsText);
    const family = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(ip);
    if (!family || !/^\d+$/.test(bitsText) || bits > (family === 4 ? 32 : 128))
        return null;
    if (family === 6)
        return `${ip.toLowerCase()}/${bits}`;
    const n = ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
    const masked = bits === 0 ? 0 : Math.floor(n / 2 ** (32 - bits)) * 2 ** (32 - bits);
    const parts = [24, 16, 8, 0].map(s => Math.floor(masked / 2 ** s) % 256);
    return `${parts.join('.')}/${bits}`;
}
/** Prefix length of a CIDR, 0 for `all`, null for host names and `local`. */
function prefixLength(address) {
    if (!address)
        return null;
    if (address === 'all')
        return 0;
    const m = /\/(\d+)$/.exec(address);
    return m ? Number(m[1]) : null;
}
function isLoopback(address) {
    if (address === null)
        return false;
    const m = /^127\.\d+\.\d+\.\d+\/(\d+)$/.exec(address);
    return (m !== null && Number(m[1]) >= 8) || address === '::1/128';
}
/** The rule CockroachDB always puts first (cockroach pkg/sql/pgwire/hba_conf.go, rootEntry). */
const ROOT_RULE = 'host all root all cert-password';
/** Newest code only: this first rule replaces the mandatory one and limits root to IPv4 loopback. */
const ROOT_LOCAL_RULE = 'host all root 127.0.0.1/32 cert-password';
function sameRule(r, text) {
    const p = parseCrdbHba(text);
    if (!p.ok)
        return false;
    const e = p.rules[0];
    return (r.type === e.type &&
        r.databases.join(',') === e.databases.join(',') &&
        r.users.join(',') === e.users.join(',') &&
        r.allUsers === e.allUsers &&
        r.address === e.address &&
        r.method === e.method);
}
/**
 * The rules CockroachDB evaluates: the mandatory root rule in front unless the first configured
 * rule is equivalent to it. `rootLocal` says the first rule is the loopback alternative, which
 * only newer releases honour (older ones still put the mandatory rule in front).
 */
function effectiveRules(rules) {
    const first = rules[0];
    if (first && sameRule(first, ROOT_RULE))
        return { rules, builtInRoot: false, rootLocal: false };
    const root = parseCrdbHba(ROOT_RULE).rules[0];
    const rootRule = { ...root, lineNumber: 0, display: `${ROOT_RULE} (built in)` };
    return {
        rules: [rootRule, ...rules],
        builtInRoot: true,
        rootLocal: first !== undefined && sameRule(first, ROOT_LOCAL_RULE)
    };
}
/** The documented default configuration (DefaultHBAConfig), which the setting may also spell out. */
function isDefaultConfiguration(rules) {
    const rest = rules.length && sameRule(rules[0], ROOT_RULE) ? rules.slice(1) : rules;
    if (rest.length !== 2)
        return false;
    return sameRule(rest[0], 'host all all all cert-password') && sameRule(rest[1], 'local all all password');
}
/** True when the rule names root (the keyword all included). */
function coversRoot(r) {
    return r.allUsers || r.users.includes('root');
}
/**
 * A rule can never match when an earlier rule of a covering type matches the same users from a
 * covering address (first match wins). Only exact and `all` coverage is modelled; anything else is
 * treated as reachable (never wrongly reported as dead).
 */
function shadowedBy(rules, index) {
    const r = rules[index];
    for (const e of rules.slice(0, index)) {
        const typeCovers = e.type === r.type || (e.type === 'host' && (r.type === 'hostssl' || r.type === 'hostnossl'));
        const usersCover = e.allUsers || (!r.allUsers && r.users.every(u => e.users.includes(u)));
        const addrCovers = r.type === 'local'
            ? e.type === 'local'
            : e.address === 'all' ||
                (e.address === '0.0.0.0/0' && (r.address ?? '').includes('.')) ||
                e.address === r.address;
        if (typeCovers && usersCover && addrCovers)
            return e;
    }
    return undefined;
}


/***/ }),

/***/ 524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ decodeLicense),
/* harmony export */   t: () => (/* binding */ cclLicenceAccepted)
/* harmony export */ });
/**
 * Decodes an `enterprise.license` value locally, as cockroach pkg/ccl/utilccl/licenseccl/license.go
 * does: `crl-0-` then unpadded standard base64 of the License protobuf (license.proto:
 * 1 repeated bytes cluster_id (UUIDs), 2 int64 valid_until_unix_sec, 3 enum type, 4 string
 * organization_name). Newer builds add fields and types; unknown fields are skipped. The key is
 * never returned or printed.
 */
const TYPES = ['NonCommercial', 'Enterprise', 'Evaluation'];
function decodeLicense(value) {
    if (value === '')
        return { state: 'none' };
    if (!value.startsWith('crl-0-'))
        return { state: 'invalid' };
    const b64 = value.slice(6);
    if (!/^[A-Za-z0-9+/]*$/.test(b64))
        return { state: 'invalid' };
    const data = Buffer.from(b64, 'base64');
    const clusterIds = [];
    let validUntil = 0n;
    let type = 0;
    let organization = '';
    let pos = 0;
    const varint = () => {
        let result = 0n;
        let shift = 0n;
        for (;;) {
            if (pos >= data.length || shift > 63n)
                throw new Error('truncated varint');
            const byte = data[pos++];
            result |= BigInt(byte & 0x7f) << shift;
            if ((byte & 0x80) === 0)
                return result;
            shift += 7n;
        }
    };
    try {
        while (pos < data.length) {
            const key = Number(varint());
            const field = key >>> 3;
            const wire = key & 7;
            if (wire === 0) {
                const v = varint();
                if (field === 2)
                    validUntil = BigInt.asIntN(64, v);
                else if (field === 3)
                    type = Number(v);
            }
            else if (wire === 2) {
                const len = Number(varint());
                if (pos + len > data.length)
                    throw new Error('truncated field');
                const bytes = data.subarray(pos, pos + len);
                pos += len;
                if (field === 1)
                    clusterIds.push(uuid(bytes));
                else if (field === 4)
                    organization = bytes.toString('utf8');
            }
            else if (wire === 5)
                pos += 4;
            else if (wire === 1)
                pos += 8;
            else
                throw new Error('bad wire type');
        }
    }
    catch {
        return { state: 'invalid' };
    }
    return {
        state: 'present',
        type: TYPES[type] ?? `type ${type}`,
        validUntil: validUntil > 0n ? new Date(Number(validUntil) * 1000).toISOString() : null,
        organization,
        clusterIds
    };
}
function uuid(b) {
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
/**
 * Whether a CCL-era node accepts the licence for enterprise features (License.Check in the same
 * file): an end date in the past fails it (older builds let an Enterprise licence run past its date
 * as a grace period, so that case is `maybe`), and so does a cluster id list without this cluster
 * or, with no list, an organisation that differs from cluster.organization (case-insensitive).
 */
function cclLicenceAccepted(l, at, clusterId, organization) {
    if (l.state === 'none')
        return { accepted: false, why: 'no enterprise licence is installed' };
    if (l.state === 'invalid')
        return { accepted: false, why: 'enterprise.license does not decode as a licence' };
    if (l.validUntil && Date.parse(l.validUntil) < at.getTime()) {
        const day = l.validUntil.slice(0, 10);
        return l.type === 'Enterprise'
            ? {
                accepted: 'maybe',
                why: `the Enterprise licence expired on ${day} (some releases allow a grace period)`
            }
            : { accepted: false, why: `the ${l.type} licence expired on ${day}` };
    }
    if (l.clusterIds && l.clusterIds.length) {
        if (!clusterId)
            return { accepted: 'maybe', why: 'the cluster id could not be read to match the licence' };
        if (!l.clusterIds.includes(clusterId.toLowerCase()))
            return {
                accepted: false,
                why: `the licence is for ${l.clusterIds.length === 1 ? 'another cluster' : 'other clusters'}, not ${clusterId}`
            };
        return { accepted: true, why: 'the licence is valid for this cluster' };
    }
    if (organization === undefined)
        return { accepted: 'maybe', why: 'cluster.organization could not be read to match the licence' };
    if ((l.organization ?? '').toLowerCase() !== organization.toLowerCase())
        return {
            accepted: false,
            why: `the licence is for organization ${JSON.stringify(l.organization)}, cluster.organization is ${JSON.stringify(organization)}`
        };
    return { accepted: true, why: 'the licence is valid for this organization' };
}


/***/ }),

/***/ 4409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lh: () => (/* binding */ parseCrdbVersion),
/* harmony export */   Y3: () => (/* binding */ crdbEra),
/* harmony export */   fx: () => (/* binding */ CRDB_RELEASES),
/* harmony export */   l3: () => (/* binding */ supportFor)
/* harmony export */ });
const CRDB_RELEASES = {
    asOf: '2026-04-27',
    lines: [
        { line: '26.2', endOfMaintenance: '2027-04-27' },
        { line: '26.1', endOfMaintenance: '2026-08-02', innovation: true },
        { line: '25.4', endOfMaintenance: '2026-11-03' },
        { line: '25.3', endOfMaintenance: '2026-02-04', innovation: true },
        { line: '25.2', endOfMaintenance: '2026-05-12', ltsFromPatch: 10, ltsEndOfMaintenance: '2026-12-17' },
        { line: '25.1', endOfMaintenance: '2025-08-18', innovation: true },
        { line: '24.3', endOfMaintenance: '2025-11-18', ltsFromPatch: 12, ltsEndOfMaintenance: '2026-05-05' },
        { line: '24.2', endOfMaintenance: '2025-02-12', innovation: true },
        { line: '24.1', endOfMaintenance: '2025-05-20', ltsFromPatch: 6, ltsEndOfMaintenance: '2025-10-21' },
        { line: '23.2', endOfMaintenance: '2025-02-05', ltsFromPatch: 7, ltsEndOfMaintenance: '2025-07-08' }
    ]
};
/** `v25.2.4` or `CockroachDB CCL v25.2.4 (...)` -> { line: '25.2', release: '25.2.4', ... }. */
function parseCrdbVersion(v) {
    const m = /v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(v);
    if (!m)
        return null;
    return {
        line: `${m[1]}.${m[2]}`,
        release: `${m[1]}.${m[2]}.${m[3] ?? '0'}`,
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3] ?? 0)
    };
}
const atLeast = (v, major, minor) => v.major > major || (v.major === major && v.minor >= minor);
/**
 * Behaviour that depends on the code era. v24.3 (November 2024) moved the code to the CockroachDB
 * Software License: since then no feature is switched off for want of a licence
 * (pkg/ccl/utilccl/license_check.go). Before it ("CCL era"), role-based audit logging and LDAP need
 * a licence that passes License.Check, and v23.2's role-based audit matches role memberships only.
 * An unknown version is treated as the era with the stricter consequences for each question.
 */
function crdbEra(tag) {
    const v = tag ? parseCrdbVersion(tag) : null;
    if (!v)
        return { licenceGated: 'unknown', auditRolesOnly: false };
    return { licenceGated: !atLeast(v, 24, 3), auditRolesOnly: v.line === '23.2' };
}
/** The end of maintenance that applies to this exact release (LTS patch lines run longer). */
function supportFor(table, v) {
    const line = table.lines.find(l => l.line === v.line);
    if (!line)
        return undefined;
    const lts = line.ltsFromPatch !== undefined && v.patch >= line.ltsFromPatch;
    return { line, endOfMaintenance: lts ? line.ltsEndOfMaintenance : line.endOfMaintenance, lts };
}


/***/ }),

/***/ 482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ membershipView),
/* harmony export */   O$: () => (/* binding */ sqlLoginFilter),
/* harmony export */   g4: () => (/* binding */ belongsTo),
/* harmony export */   n: () => (/* binding */ adminMembers),
/* harmony export */   xF: () => (/* binding */ isUserNotRole)
/* harmony export */ });
/* unused harmony exports optionValue, membershipsOf */
/** The value of a role option (`VALID UNTIL=2026-01-01 00:00:00+00`), or undefined. */
function optionValue(u, name) {
    const o = u.options.find(x => x.toUpperCase().startsWith(`${name}=`));
    return o === undefined ? undefined : o.slice(name.length + 1);
}
const hasOption = (u, name) => u.options.some(o => o.toUpperCase() === name);
/**
 * Who can open a SQL session: not NOLOGIN, not NOSQLLOGIN (role option or system privilege), and
 * not past VALID UNTIL. A filter over SHOW USERS rows; pass the audit time and the system grants.
 */
function sqlLoginFilter(at, systemGrants = []) {
    const noSql = new Set(systemGrants.filter(g => g.privilege === 'NOSQLLOGIN').map(g => g.grantee));
    return u => {
        if (hasOption(u, 'NOLOGIN') || hasOption(u, 'NOSQLLOGIN') || noSql.has(u.username))
            return false;
        const until = optionValue(u, 'VALID UNTIL');
        if (until !== undefined && until !== '' && until.toUpperCase() !== 'NULL') {
            const t = Date.parse(until.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
            if (Number.isFinite(t) && t <= at.getTime())
                return false;
        }
        return true;
    };
}
/** True when the principal has no NOLOGIN option (a role-or-user distinction, not a login test). */
function isUserNotRole(u) {
    return !hasOption(u, 'NOLOGIN');
}
const reachCache = new WeakMap();
function reachOf(users) {
    let r = reachCache.get(users);
    if (!r) {
        const byName = new Map(users.map(u => [u.username, u]));
        const children = new Map();
        for (const u of byName.values()) {
            for (const role of u.memberOf) {
                const list = children.get(role) ?? [];
                list.push(u.username);
                children.set(role, list);
            }
        }
        r = { byName, children, members: new Map() };
        reachCache.set(users, r);
    }
    return r;
}
/** Every principal that reaches `role` (breadth-first over reversed member_of, each once). */
function membersOf(users, role) {
    const r = reachOf(users);
    let out = r.members.get(role);
    if (!out) {
        out = new Set();
        const queue = [role];
        for (let head = 0; head < queue.length; head++) {
            for (const child of r.children.get(queue[head]) ?? []) {
                if (out.has(child))
                    continue;
                out.add(child);
                queue.push(child);
            }
        }
        r.members.set(role, out);
    }
    return out;
}
/** Whether `name` belongs to `role`, directly or through nested roles; root is always in admin. */
function belongsTo(users, name, role) {
    if (role === 'admin' && name === 'root')
        return true;
    return membersOf(users, role).has(name);
}
/**
 * The roles a principal belongs to, as a lookup: what rule matching needs, without materialising
 * the whole closure for every user (memoized per role, so each role's members are found once).
 */
function membershipView(users, name) {
    return { has: role => belongsTo(users, name, role) };
}
/** Every role a principal belongs to, directly or through nested roles. */
function membershipsOf(users, name) {
    const { byName } = reachOf(users);
    const out = new Set();
    const stack = [...(byName.get(name)?.memberOf ?? [])];
    while (stack.length) {
        const r = stack.pop();
        if (out.has(r))
            continue;
        out.add(r);
        stack.push(...(byName.get(r)?.memberOf ?? []));
    }
    // root is always a member of admin, even where SHOW USERS does not say so.
    if (name === 'root')
        out.add('admin');
    return out;
}
/** Principals that are members of admin, through any depth of nesting; root counts. */
function adminMembers(users, canLogin = isUserNotRole) {
    const out = [];
    for (const u of users) {
        if (u.username === 'admin' || !canLogin(u))
            continue;
        if (!belongsTo(users, u.username, 'admin'))
            continue;
        const direct = u.memberOf.includes('admin') || u.username === 'root';
        out.push({
            name: u.username,
            via: direct ? null : (u.memberOf.find(r => r === 'admin' || belongsTo(users, r, 'admin')) ?? null)
        });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
}


/***/ }),

/***/ 5665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ scanSettingLines),
/* harmony export */   wb: () => (/* binding */ isKeyword)
/* harmony export */ });
/* unused harmony exports ScanError, scanLines */
class ScanError extends Error {
}
// [:cntrl:] in Go's RE2 is ASCII 0x00-0x1f and 0x7f.
const SKIP = /^[ \t\r,]*/;
const COMMENT = /^#.*$/;
// eslint-disable-next-line no-control-regex
const UNQUOTED = /^[^\u0000-\u001f\u007f ",]+,?/;
// eslint-disable-next-line no-control-regex
const QUOTED = /^"[^\u0000-\u001f\u007f"]*",?/;
const UNTERMINATED = /^"[^"]*$/;
const BAD_QUOTED = /^"[^"]*"/;
/** Go's %q for one character, as CockroachDB prints it in "unsupported character". */
function goQuote(c) {
    const named = {
        '\u0007': '\\a',
        '\b': '\\b',
        '\f': '\\f',
        '\n': '\\n',
        '\r': '\\r',
        '\t': '\\t',
        '\u000b': '\\v',
        '"': '\\"',
        '\\': '\\\\'
    };
    const code = c.codePointAt(0) ?? 0;
    const body = named[c] ?? (code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : c);
    return `"${body}"`;
}
function nextToken(buf) {
    let rest = buf;
    while (rest !== '') {
        const skipped = SKIP.exec(rest)[0];
        if (skipped) {
            rest = rest.slice(skipped.length);
            continue;
        }
        if (COMMENT.test(rest))
            return { rest: '', comma: false };
        let m = UNQUOTED.exec(rest);
        if (m) {
            const comma = m[0].endsWith(',');
            return {
                rest: rest.slice(m[0].length),
                token: { value: comma ? m[0].slice(0, -1) : m[0], quoted: false },
                comma
            };
        }
        m = QUOTED.exec(rest);
        if (m) {
            const comma = m[0].endsWith(',');
            const lexed = comma ? m[0].slice(0, -1) : m[0];
            return { rest: rest.slice(m[0].length), token: { value: lexed.slice(1, -1), quoted: true }, comma };
        }
        if (UNTERMINATED.test(rest))
            throw new ScanError('unterminated quoted string');
        if (BAD_QUOTED.test(rest))
            throw new ScanError('invalid characters in quoted string');
        throw new ScanError(`unsupported character: ${goQuote([...rest][0])}`);
    }
    return { rest: '', comma: false };
}
function scanLines(input) {
    const out = [];
    input.split('\n').forEach((line, i) => {
        const lineNumber = i + 1;
        const fields = [];
        let rest = line;
        try {
            while (rest !== '') {
                const field = [];
                for (;;) {
                    const n = nextToken(rest);
                    rest = n.rest;
                    // An empty unquoted token never occurs; an empty quoted one ("") is a real token.
                    if (!n.token)
                        break;
                    field.push(n.token);
                    if (!n.comma)
                        break;
                }
                if (field.length)
                    fields.push(field);
            }
        }
        catch (error) {
            if (error instanceof ScanError)
                throw new ScanError(`line ${lineNumber}: ${error.message}`);
            throw error;
        }
        if (fields.length)
            out.push({ lineNumber, text: line.trim(), fields });
    });
    return out;
}
/** scanLines as a result: the HBA and user-audit parsers report a scan error as their own. */
function scanSettingLines(input) {
    try {
        return { ok: true, lines: scanLines(input) };
    }
    catch (error) {
        if (error instanceof ScanError)
            return { ok: false, error: error.message };
        throw error;
    }
}
/** A keyword test as CockroachDB does it: only an unquoted token can be a keyword. */
function isKeyword(t, keyword) {
    return t !== undefined && !t.quoted && t.value === keyword;
}


/***/ }),

/***/ 7862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ isTrue),
/* harmony export */   JJ: () => (/* binding */ settingIfKnown),
/* harmony export */   Pe: () => (/* binding */ setting)
/* harmony export */ });
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7532);

/** A setting's value, or the check stops with UNKNOWN naming why it is missing. */
function setting(facts, name) {
    return (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .need */ .$B)(facts.settings[name]);
}
/** A setting's value when readable, else undefined (for checks that can decide without it). */
function settingIfKnown(facts, name) {
    const f = facts.settings[name];
    return f?.ok ? f.value : undefined;
}
const isTrue = (v) => v !== undefined && /^(true|on|t|1)$/i.test(v.trim());


/***/ }),

/***/ 3222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iy: () => (/* binding */ parseUserAudit),
/* harmony export */   aV: () => (/* binding */ auditDecision),
/* harmony export */   yY: () => (/* binding */ unreachableRules)
/* harmony export */ });
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5665);

/**
 * Parses the setting with CockroachDB's rules and error messages (pkg/sql/auditlogging/parser.go):
 * two fields a line, ALL/NONE filters, reserved names, duplicates. A value CockroachDB would reject
 * makes every node fall back to auditing nothing.
 */
function parseUserAudit(value) {
    if (value.trim() === '')
        return { ok: true, rules: [] };
    const scanned = (0,_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .scanSettingLines */ .NH)(value);
    if (!scanned.ok)
        return scanned;
    const { lines } = scanned;
    // Only the SET-time validator says "no entries"; a stored comment-only value parses to no rules.
    if (lines.length === 0)
        return { ok: true, rules: [] };
    const rules = [];
    const seen = new Set();
    for (const line of lines) {
        const fail = (m) => ({ ok: false, error: `line ${line.lineNumber}: ${m}` });
        if (line.fields.length > 2)
            return fail('too many fields specified');
        if (line.fields.length < 2)
            return fail('end-of-line before statement filter specification');
        const [roleField, filterField] = line.fields;
        if (roleField.length > 1)
            return fail('multiple values specified for role');
        if (filterField.length > 1)
            return fail('multiple values specified for statement filter');
        const role = roleField[0].value.toLowerCase();
        if (role === 'public' || role === 'none')
            return fail(`cannot use reserved role name: '${role}'`);
        if (role === 'node')
            return fail(`cannot use reserved username: 'node'`);
        if (role.startsWith('pg_'))
            return fail(`cannot use 'pg_' prefix in role name: '${role}'`);
        if (role.startsWith('crdb_internal_'))
            return fail(`cannot use 'crdb_internal_' prefix in role name: '${role}'`);
        // CockroachDB returns this one without the "line N:" wrap.
        if (seen.has(role))
            return { ok: false, error: `duplicate role listed: ${role}` };
        seen.add(role);
        const f = filterField[0].value.toUpperCase();
        if (f !== 'ALL' && f !== 'NONE') {
            return fail(`unknown statement filter: "${filterField[0].value}" (valid filters include: "ALL", "NONE")`);
        }
        rules.push({ lineNumber: line.lineNumber, role, filter: f });
    }
    return { ok: true, rules };
}
/**
 * First match in file order: a rule matches when its role is one of the user's (nested) role
 * memberships, `all`, or (except on early v23.2 builds, `rolesOnly`) the user's own name.
 */
function auditDecision(rules, user, memberships, rolesOnly = false) {
    for (const rule of rules) {
        if (rule.role === 'all' || (!rolesOnly && rule.role === user) || memberships.has(rule.role)) {
            return { user, audited: rule.filter === 'ALL', rule };
        }
    }
    return { user, audited: false };
}
/** Rules after an `all` rule can never match. */
function unreachableRules(rules) {
    const i = rules.findIndex(r => r.role === 'all');
    return i < 0 ? [] : rules.slice(i + 1);
}


/***/ }),

/***/ 7325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zl: () => (/* binding */ COUCHBASE_RELEASES),
/* harmony export */   Zq: () => (/* binding */ parseCouchbaseVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions)
/* harmony export */ });
const COUCHBASE_RELEASES = {
    asOf: '2026-05-18',
    lines: [
        { line: '8.0', released: '2025-10-21', endOfMaintenance: '2028-10-31', latest: '8.0.1' },
        { line: '7.6', released: '2024-03-25', endOfMaintenance: '2027-03-31', latest: '7.6.11' },
        { line: '7.2', released: '2023-06-01', endOfMaintenance: '2026-07-31', latest: '7.2.9' },
        { line: '7.1', released: '2022-05-10', endOfMaintenance: '2024-01-31', latest: '7.1.6' },
        { line: '7.0', released: '2021-07-29', endOfMaintenance: '2023-01-31', latest: '7.0.5' },
        { line: '6.6', released: '2020-08-12', endOfMaintenance: '2023-01-31', latest: '6.6.6' },
        { line: '6.5', released: '2020-01-21', endOfMaintenance: '2021-02-28', latest: '6.5.2' },
        { line: '6.0', released: '2018-10-31', endOfMaintenance: '2020-07-31', latest: '6.0.5' }
    ]
};
/** `7.6.2-3721-enterprise` -> { line: '7.6', patch: '7.6.2' }; null when unparsable. */
function parseCouchbaseVersion(v) {
    const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(v);
    if (!m)
        return null;
    return {
        line: `${m[1]}.${m[2]}`,
        release: `${m[1]}.${m[2]}.${m[3] ?? '0'}`,
        major: Number(m[1]),
        minor: Number(m[2])
    };
}
/** Compares dotted numeric versions: negative when a < b. */
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}


/***/ }),

/***/ 710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ needUnfilteredUserList),
/* harmony export */   Ux: () => (/* binding */ userLabel),
/* harmony export */   bn: () => (/* binding */ adminEquivalentRoles),
/* harmony export */   iI: () => (/* binding */ securityReaderRole),
/* harmony export */   iK: () => (/* binding */ adminOrSecurityRoles)
/* harmony export */ });
/* unused harmony exports FULL_ADMIN, SECURITY_ADMIN_ROLES, NEAR_ADMIN_ROLES */
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);


/**
 * The role that reads security settings, by version and edition: ro_admin on 7.6; on 8.0
 * Enterprise ro_security_admin (the upgrade gives it to every ro_admin user); Community Edition
 * 8.0 has no read-only security role at all, only Full Admin reads security there.
 */
function securityReaderRole(edition, compat80) {
    if (!compat80)
        return 'Read-Only Admin (ro_admin) role';
    if (edition === 'community')
        return 'Full Admin (admin) role: Community Edition 8.0 has no read-only role that reads security settings (ro_security_admin is Enterprise only)';
    return 'Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user';
}
/** Full Admin: the only true superuser. */
const FULL_ADMIN = 'admin';
/** Roles that manage security or users, and so can grant roles (7.6 and 8.0 ids). */
const SECURITY_ADMIN_ROLES = [
    'security_admin_local',
    'security_admin_external',
    'security_admin',
    'user_admin_local',
    'user_admin_external'
];
/** Roles close to Full Admin in reach (cluster_admin, eventing_admin with all bucket access, backup_admin). */
const NEAR_ADMIN_ROLES = ['cluster_admin', 'eventing_admin', 'backup_admin'];
const ADMIN_EQUIVALENT = new Set([FULL_ADMIN, ...SECURITY_ADMIN_ROLES, ...NEAR_ADMIN_ROLES]);
const ADMIN_OR_SECURITY = new Set([FULL_ADMIN, ...SECURITY_ADMIN_ROLES]);
/** The admin-equivalent roles a user or group holds, sorted. */
function adminEquivalentRoles(holder) {
    return [...new Set(holder.roles.map(r => r.role).filter(r => ADMIN_EQUIVALENT.has(r)))].sort();
}
/** Full Admin or security/user-admin roles (what cb/admin-users counts). */
function adminOrSecurityRoles(holder) {
    return [...new Set(holder.roles.map(r => r.role).filter(r => ADMIN_OR_SECURITY.has(r)))].sort();
}
function userLabel(u) {
    return `${u.name ?? u.id}/${u.domain}`;
}
/**
 * GET /settings/rbac/users and /groups drop, still with HTTP 200, every holder of a security role
 * (and on 8.0 of a user-admin role) unless the reader may see them (menelaus_web_rbac.erl
 * security_filter, user_admin_filter). Readers that see everything: admin; ro_admin on 7.6;
 * ro_security_admin on 8.0. With any other reader the list may be missing every admin, so a
 * check that counts admins must stop here: UNKNOWN naming the role to grant, never PASS.
 */
function needUnfilteredUserList(facts) {
    const me = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .need */ .$B)(facts.whoami);
    const full = facts.cluster.compat80 ? 'ro_security_admin' : 'ro_admin';
    if (me.roles.includes(FULL_ADMIN) || me.roles.includes(full))
        return;
    (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .need */ .$B)((0,_core_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .unavailable */ .hU)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .msg */ .ab) `the audit user ${me.id} holds ${me.roles.length ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(me.roles) : (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .msg */ .ab) `no role`}, for which GET /settings/rbac/users silently leaves out every holder of a security${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)(facts.cluster.compat80 ? ' or user-admin' : '')} role: administrators may be missing from the list.`, (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .msg */ .ab) `give the audit user the ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)(securityReaderRole(facts.cluster.edition, facts.cluster.compat80))}.`));
}


/***/ }),

/***/ 4306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GS: () => (/* binding */ checkCatalogue),
  cn: () => (/* binding */ describeCheck),
  Xm: () => (/* binding */ selectEngine)
});

// UNUSED EXPORTS: knownCheckIds

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/check.ts
var check = __webpack_require__(9351);
// EXTERNAL MODULE: ./src/core/facts.ts
var core_facts = __webpack_require__(7532);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/engines/postgres/settings.ts
var postgres_settings = __webpack_require__(5525);
// EXTERNAL MODULE: ./src/engines/postgres/checks/define.ts
var checks_define = __webpack_require__(5930);
// EXTERNAL MODULE: ./src/policy/control-sets.ts
var control_sets = __webpack_require__(2257);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/archiving.ts






/** Compliant: WAL archiving is on, has somewhere to go, and its last attempt succeeded. */
/* harmony default export */ const archiving = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/archiving',
        title: 'WAL archiving',
        dimension: 'Backup & Recovery',
        family: 'backups',
        description: 'archive_mode is on with an archive_command or archive_library, and archiving is not failing.',
        rationale: 'Without working WAL archiving, point-in-time recovery is impossible: data changed since the last base backup is lost after a failure, a bad migration or ransomware.',
        verify: 'That base backups exist alongside the archive and that a restore has been tested.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Set archive_mode = on and an archive_library or archive_command (e.g. pgBackRest, WAL-G); restart, then watch pg_stat_archiver.',
            link: 'https://www.postgresql.org/docs/current/continuous-archiving.html'
        },
        frameworks: control_sets/* BACKUP_CONTROLS */.AA
    },
    evaluate(facts) {
        const mode = (0,postgres_settings/* setting */.Pe)(facts, 'archive_mode').setting;
        const command = (0,postgres_settings/* setting */.Pe)(facts, 'archive_command').setting.trim();
        const all = (0,core_facts/* need */.$B)(facts.settings);
        // archive_library exists from PostgreSQL 15.
        const library = all.archive_library?.setting.trim() ?? '';
        const destination = library
            ? (0,core_text/* msg */.ab) `archive_library ${library}`
            : command && command !== '(disabled)'
                ? (0,core_text/* msg */.ab) `an archive_command`
                : undefined;
        if (mode === 'off') {
            if (!destination)
                return [
                    (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `archive_mode is off and no archive_command or archive_library is set: WAL is not archived, so point-in-time recovery is impossible.`)
                ];
            return [(0,check/* warn */.R8)((0,core_text/* msg */.ab) `archive_mode is off, so ${(0,core_text/* raw */.lS)(destination)} is never run: WAL is not archived.`)];
        }
        if (!destination) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `archive_mode is ${mode} but neither archive_command nor archive_library is set: WAL accumulates and is not archived.`)
            ];
        }
        const stats = (0,core_facts/* need */.$B)(facts.archiver);
        if (stats.lastFailedTime && (!stats.lastArchivedTime || stats.lastFailedTime > stats.lastArchivedTime)) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `WAL archiving is failing: the last failure (${(0,core_text/* raw */.lS)(stats.lastFailedTime)}) is newer than the last success (${(0,core_text/* raw */.lS)(stats.lastArchivedTime ?? 'never')}); ${(0,core_text/* raw */.lS)(String(stats.failedCount))} failures so far.`)
            ];
        }
        const last = stats.lastArchivedTime
            ? (0,core_text/* msg */.ab) `; last archived ${(0,core_text/* raw */.lS)(stats.lastArchivedTime)}`
            : (0,core_text/* msg */.ab) `; nothing archived yet`;
        return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `archive_mode is ${mode} with ${(0,core_text/* raw */.lS)(destination)}${(0,core_text/* raw */.lS)(last)}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/connection-limits.ts




/** Beyond this many direct connections a pooler is the usual answer (per-backend memory, contention). */
const HARD_CEILING = 500;
/**
 * Informational sizing. The host's RAM is not visible over SQL, so it is estimated from
 * shared_buffers (conventionally a quarter of RAM); WARN when every connection using one work_mem
 * would exceed twice that estimate, or beyond the hard ceiling.
 */
/* harmony default export */ const connection_limits = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/connection-limits',
        title: 'Connection limits',
        dimension: 'Configuration',
        description: 'max_connections is sane for the memory configured (a sizing hint, not a security control).',
        rationale: 'A max_connections far beyond what memory allows lets a connection storm exhaust the server, and no reserved superuser slots leaves no way in to fix it.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'Lower max_connections and put a pooler (PgBouncer) in front; keep superuser_reserved_connections above 0 for emergency access.',
            link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-MAX-CONNECTIONS'
        },
        frameworks: {}
    },
    evaluate(facts) {
        const max = Number((0,postgres_settings/* setting */.Pe)(facts, 'max_connections').setting);
        const reserved = (0,postgres_settings/* setting */.Pe)(facts, 'superuser_reserved_connections').setting;
        const sb = (0,postgres_settings/* setting */.Pe)(facts, 'shared_buffers');
        const wm = (0,postgres_settings/* setting */.Pe)(facts, 'work_mem');
        const sharedBytes = (0,postgres_settings/* settingBytes */.wU)(sb) ?? 0;
        const workBytes = (0,postgres_settings/* settingBytes */.wU)(wm) ?? 0;
        const summary = (0,core_text/* msg */.ab) `max_connections ${(0,core_text/* raw */.lS)(String(max))}, shared_buffers ${(0,core_text/* raw */.lS)((0,postgres_settings/* formatBytes */.z3)(sharedBytes))}, work_mem ${(0,core_text/* raw */.lS)((0,postgres_settings/* formatBytes */.z3)(workBytes))}, superuser_reserved_connections ${reserved}`;
        const estimatedRam = sharedBytes * 4;
        if (max > HARD_CEILING) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(summary)}: more than ${(0,core_text/* raw */.lS)(String(HARD_CEILING))} direct connections; use a connection pooler.`)
            ];
        }
        if (estimatedRam > 0 && max * workBytes > 2 * estimatedRam) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(summary)}: ${(0,core_text/* raw */.lS)(String(max))} connections × work_mem could use ${(0,core_text/* raw */.lS)((0,postgres_settings/* formatBytes */.z3)(max * workBytes))}, over twice the ~${(0,core_text/* raw */.lS)((0,postgres_settings/* formatBytes */.z3)(estimatedRam))} of RAM implied by shared_buffers.`)
            ];
        }
        return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(summary)}.`)];
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/connection-logging.ts
var connection_logging = __webpack_require__(4345);
// EXTERNAL MODULE: ./src/sqlwire/tls-probe.ts
var tls_probe = __webpack_require__(2499);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/crypto-posture.ts





/** Informational: what the TLS handshake negotiates, to track TLS 1.3, PQ readiness and key sizes. */
/* harmony default export */ const crypto_posture = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/crypto-posture',
        title: 'Cryptographic posture',
        dimension: 'Encryption',
        description: 'Reports the negotiated TLS version, cipher, key-exchange group, post-quantum support and key size.',
        rationale: 'Old TLS versions, weak ciphers and short keys lower the cost of decrypting captured traffic, and classical-only key exchange lets recorded sessions be decrypted later.',
        outcomes: ['INFO', 'N/A'],
        remediation: {
            text: "Prefer TLS 1.3 (ssl_min_protocol_version = 'TLSv1.3'), RSA 2048+ or ECDSA P-256+ keys, and an OpenSSL that offers X25519MLKEM768.",
            link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#RUNTIME-CONFIG-CONNECTION-SSL'
        },
        frameworks: { 'ISO 27001': ['8.24'] }
    },
    evaluate(facts) {
        const probe = (0,core_facts/* need */.$B)(facts.tls);
        if (!probe.offered)
            return [(0,check/* notApplicable */.hH)((0,core_text/* msg */.ab) `The server does not offer TLS (see pg/ssl).`)];
        const leaf = probe.chain[0];
        const key = leaf
            ? leaf.curve
                ? `${leaf.keyType.toUpperCase()} ${leaf.curve}`
                : `${leaf.keyType.toUpperCase()}${leaf.keyBits ? `-${leaf.keyBits}` : ''}`
            : 'no certificate';
        const weakKey = leaf && leaf.keyType === 'rsa' && (leaf.keyBits ?? 0) < 2048 ? ' (below RSA-2048)' : '';
        const pq = probe.postQuantumHybrid === 'untested'
            ? `not tested: ${probe.postQuantumNote ?? 'unsupported by this client'}`
            : probe.postQuantumHybrid;
        const ciphers = facts.settings.ok ? facts.settings.value.ssl_ciphers?.setting : undefined;
        const cipherSetting = ciphers !== undefined ? (0,core_text/* msg */.ab) `; ssl_ciphers ${ciphers}` : (0,core_text/* msg */.ab) ``;
        return [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `Negotiated ${probe.protocol ?? 'unknown'} with ${probe.cipher ?? 'unknown'}, key exchange ${probe.group ?? 'unknown'}; ${(0,core_text/* raw */.lS)(tls_probe/* PQ_HYBRID_GROUP */.jJ)} ${(0,core_text/* raw */.lS)(pq)}; server key ${key}${(0,core_text/* raw */.lS)(weakKey)}${(0,core_text/* raw */.lS)(cipherSetting)}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/encryption-at-rest.ts




const ID = 'pg/encryption-at-rest';
/**
 * PostgreSQL has no native encryption at rest, and no SQL view can prove disk or volume
 * encryption: only a person's attestation in the baseline file can settle it.
 */
/* harmony default export */ const encryption_at_rest = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/encryption-at-rest',
        attestable: true,
        title: 'Encryption at rest',
        dimension: 'Encryption',
        family: 'encryption-at-rest',
        description: 'Data files, WAL and backups are encrypted at rest (volume, filesystem or TDE), as attested.',
        rationale: 'PostgreSQL writes data files, WAL and backups in clear, so anyone with the disk, a snapshot or a backup reads every table, bypassing database permissions.',
        verify: "The encryption of the volume holding the data directory and WAL (e.g. LUKS status, the cloud disk's encryption setting) and of the backup storage; attach it as the attestation's evidence.",
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: `Encrypt the data directory's volume (LUKS, cloud disk encryption) and backups, then record an attestation for ${ID} in the baseline file with its evidence.`,
            link: 'https://www.postgresql.org/docs/current/encryption-options.html'
        },
        frameworks: control_sets/* AT_REST_CONTROLS */.Q2
    },
    evaluate(_facts, ctx) {
        const a = ctx.attestation();
        if (a.state === 'none') {
            return [
                (0,check/* unknown */.L5)((0,core_text/* msg */.ab) `PostgreSQL has no native encryption at rest and no SQL view shows disk encryption. Fix: attest it in the baseline file (attestations, check ${(0,core_text/* raw */.lS)(ID)}).`)
            ];
        }
        const { attestation: at } = a;
        const by = (0,core_text/* msg */.ab) `attested by ${at.attestedBy} (${at.evidence}), valid until ${(0,core_text/* raw */.lS)(at.expires)}`;
        if (a.state === 'expired') {
            return [
                (0,check/* unknown */.L5)((0,core_text/* msg */.ab) `The attestation expired: ${(0,core_text/* raw */.lS)(by)}. Fix: re-verify and renew it in the baseline file.`)
            ];
        }
        switch (at.status) {
            case 'PASS':
                return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Encryption at rest is in place, ${(0,core_text/* raw */.lS)(by)}.`)];
            case 'FAIL':
            case 'WARN':
                // WARN for "not enabled"; policy raises it to FAIL for PII/PHI or financial data.
                return [(0,check/* warn */.R8)((0,core_text/* msg */.ab) `Encryption at rest is not enabled, ${(0,core_text/* raw */.lS)(by)}.`, undefined, 'not-enabled')];
            default:
                return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `Encryption at rest: ${(0,core_text/* raw */.lS)(at.status)}, ${(0,core_text/* raw */.lS)(by)}.`)];
        }
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/per-database.ts
var per_database = __webpack_require__(2564);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/extensions.ts




/** Informational: extensions installed at an older version than the server's packages provide. */
/* harmony default export */ const extensions = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/extensions',
        title: 'Outdated extensions',
        dimension: 'Patch Management',
        description: 'Every installed extension is at the default version the server provides.',
        rationale: 'Extensions left at an older version than the server ships may keep bugs and vulnerabilities that the installed update already fixes.',
        outcomes: ['PASS', 'INFO'],
        remediation: {
            text: 'ALTER EXTENSION <name> UPDATE; in each listed database after reading the extension release notes.',
            link: 'https://www.postgresql.org/docs/current/sql-alterextension.html'
        },
        frameworks: {}
    },
    evaluate(facts) {
        const outdated = new Map();
        let installed = 0;
        const unknowns = (0,per_database/* forEachDatabase */.U)(facts, db => db.extensions, (db, exts) => {
            for (const e of exts) {
                installed++;
                if (e.defaultVersion === null || e.defaultVersion === e.version)
                    continue;
                const key = `${e.name}@${e.version}`;
                const entry = outdated.get(key) ?? {
                    version: e.version,
                    available: e.defaultVersion,
                    databases: []
                };
                entry.databases.push(db.name);
                outdated.set(key, entry);
            }
        });
        const findings = [...outdated.entries()].map(([key, e]) => {
            const name = key.slice(0, key.lastIndexOf('@'));
            return (0,check/* info */.pq)((0,core_text/* msg */.ab) `Extension ${name} ${e.version} can be updated to ${e.available} in ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(e.databases, 10))}.`, name);
        });
        if (findings.length === 0 && unknowns.length === 0) {
            findings.push((0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(installed === 1 ? 'The 1 installed extension is' : `All ${installed} installed extensions are`)} at the version the server provides.`));
        }
        return [...findings, ...unknowns];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/grant-option.ts




/** Compliant: only owners can pass privileges on; nobody else holds WITH GRANT OPTION. */
/* harmony default export */ const grant_option = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/grant-option',
        title: 'WITH GRANT OPTION',
        dimension: 'Authorization',
        description: 'No role other than the owner holds a privilege WITH GRANT OPTION.',
        rationale: 'A role holding a privilege WITH GRANT OPTION can hand it on to anyone, so access spreads beyond what the owner reviewed.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'REVOKE GRANT OPTION FOR <privilege> ON <object> FROM <role>; let owners or a dedicated admin role grant access.',
            link: 'https://www.postgresql.org/docs/current/sql-revoke.html'
        },
        frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.3'], 'ISO 27001': ['8.2'] }
    },
    evaluate(facts) {
        const findings = [];
        let databases = 0;
        const unknowns = (0,per_database/* forEachDatabase */.U)(facts, db => db.grantOptions, (db, grants) => {
            databases++;
            for (const g of grants) {
                const objectName = g.objectType === 'schema' ? `${db.name}.${g.name}` : `${db.name}.${g.schema}.${g.name}`;
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Role ${g.grantee} holds ${(0,core_text/* raw */.lS)(g.privileges.join(', '))} WITH GRANT OPTION on ${(0,core_text/* raw */.lS)(g.objectType)} ${objectName} owned by ${g.owner}.`, `${objectName}:${g.grantee}`));
            }
        });
        if (findings.length === 0 && unknowns.length === 0) {
            return [
                (0,check/* pass */.IX)((0,core_text/* msg */.ab) `No role other than an owner holds a grant option in ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(databases, 'database'))} audited.`)
            ];
        }
        return [...findings, ...unknowns];
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/hba.ts
var hba = __webpack_require__(2972);
// EXTERNAL MODULE: ./src/engines/postgres/checks/listen-addresses.ts
var listen_addresses = __webpack_require__(315);
// EXTERNAL MODULE: ./src/engines/postgres/checks/log-line-prefix.ts
var log_line_prefix = __webpack_require__(7963);
// EXTERNAL MODULE: ./src/engines/postgres/checks/log-statement.ts
var log_statement = __webpack_require__(7983);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/md5-hashes.ts




/** Compliant: no login role still has an MD5 password hash stored. */
/* harmony default export */ const md5_hashes = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/md5-hashes',
        title: 'Stored MD5 password hashes',
        dimension: 'Authentication',
        description: 'No login role has an MD5 password hash in pg_authid.',
        rationale: 'MD5 password hashes are weak and, in md5 authentication, work as the password itself, so a leaked hash is a working login.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: "With password_encryption = 'scram-sha-256', reset each listed role's password (ALTER ROLE ... PASSWORD) so it is stored as SCRAM.",
            link: 'https://www.postgresql.org/docs/current/auth-password.html'
        },
        frameworks: { 'PCI DSS': ['8'], 'ISO 27001': ['5.17'] }
    },
    evaluate(facts) {
        const kinds = (0,core_facts/* need */.$B)(facts.passwords);
        const logins = (0,core_facts/* need */.$B)(facts.roles).filter(r => r.canLogin);
        const md5 = logins.filter(r => kinds[r.name] === 'md5');
        if (md5.length === 0)
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `No login role has an MD5 password hash stored.`)];
        return md5.map(r => (0,check/* warn */.R8)((0,core_text/* msg */.ab) `Login role ${r.name} has an MD5 password hash stored.`, r.name));
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/password-encryption.ts
var password_encryption = __webpack_require__(156);
// EXTERNAL MODULE: ./src/engines/postgres/hba.ts
var postgres_hba = __webpack_require__(7834);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/password-expiry.ts





/** A rule applies to a role when its user list names it, `all`, or a +group (membership not resolved here). */
function ruleMayApply(rule, role) {
    return rule.users.some(u => u === 'all' || u === role.name || u.startsWith('+'));
}
/**
 * VALID UNTIL only limits password authentication. A login role whose validity has passed but that a
 * non-password rule (trust, peer, cert, ldap, ...) still admits can log in anyway.
 */
/* harmony default export */ const password_expiry = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/password-expiry',
        title: 'Password expiry',
        dimension: 'Authentication',
        description: 'Expired login roles cannot log in through non-password methods; password roles carry a VALID UNTIL.',
        rationale: 'VALID UNTIL only stops password logins, so an expired role can still sign in through trust, peer, cert or ldap rules.',
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: 'Set VALID UNTIL on password logins that should expire; for expired roles also ALTER ROLE ... NOLOGIN, because VALID UNTIL does not stop trust, peer, cert or ldap logins.',
            link: 'https://www.postgresql.org/docs/current/sql-createrole.html'
        },
        frameworks: { 'PCI DSS': ['8'], 'SOC 2': ['CC6.2', 'CC6.3'], 'ISO 27001': ['5.17'] }
    },
    evaluate(facts, ctx) {
        const roles = (0,core_facts/* need */.$B)(facts.roles).filter(r => r.canLogin);
        const findings = [];
        const now = ctx.auditedAt.getTime();
        const expired = roles.filter(r => r.validUntil !== null && Date.parse(r.validUntil) <= now);
        if (expired.length > 0) {
            const rules = (0,core_facts/* need */.$B)(facts.hba);
            const shadowed = (0,postgres_hba/* findShadowing */.sC)(rules);
            const nonPassword = rules.filter(r => r.error === null &&
                !shadowed.has(r) &&
                r.method !== 'reject' &&
                !postgres_hba/* PASSWORD_METHODS */.xU.has(r.method ?? ''));
            for (const role of expired) {
                const via = nonPassword.filter(r => ruleMayApply(r, role));
                if (via.length > 0) {
                    findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Login role ${role.name} expired on ${(0,core_text/* raw */.lS)(role.validUntil.slice(0, 10))} but can still log in through non-password rules (${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(via.map(r => `${(0,postgres_hba/* ruleLocation */.eK)(r)} ${r.method}`), 5))}).`, role.name));
                }
            }
        }
        if (facts.passwords.ok) {
            const kinds = facts.passwords.value;
            const noExpiry = roles.filter(r => r.validUntil === null && kinds[r.name] && kinds[r.name] !== 'none');
            if (noExpiry.length > 0) {
                findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(noExpiry.length, 'login role'))} ${(0,core_text/* raw */.lS)(noExpiry.length === 1 ? 'has' : 'have')} a password and no VALID UNTIL: ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(noExpiry.map(r => r.name)))}.`));
            }
        }
        else {
            findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `Which login roles have passwords is unknown: ${(0,core_text/* raw */.lS)(facts.passwords.reason)}`));
        }
        if (findings.every(f => f.status !== 'WARN')) {
            findings.unshift((0,check/* pass */.IX)((0,core_text/* msg */.ab) `No expired login role can still log in through a non-password rule.`));
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/password-policy.ts







const POLICY_LIBRARIES = ['passwordcheck', 'credcheck'];
/** Compliant: password complexity is enforced by passwordcheck or credcheck wherever passwords are used. */
/* harmony default export */ const password_policy = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/password-policy',
        title: 'Password complexity policy',
        dimension: 'Authentication',
        family: 'password-policy',
        description: 'passwordcheck or credcheck is preloaded when any host rule authenticates with a password.',
        rationale: 'Without a password-check module, roles can be given short or trivial passwords, which fall to guessing wherever a host rule accepts passwords.',
        outcomes: ['PASS', 'FAIL', 'N/A'],
        remediation: {
            text: 'Add passwordcheck (or credcheck, with a 12-character minimum) to shared_preload_libraries and restart; or move logins to SSO/certificates.',
            link: 'https://www.postgresql.org/docs/current/passwordcheck.html'
        },
        frameworks: control_sets/* PASSWORD_POLICY_CONTROLS */.mp
    },
    evaluate(facts) {
        const libs = (0,postgres_settings/* libraryTokens */.uJ)((0,postgres_settings/* setting */.Pe)(facts, 'shared_preload_libraries').setting);
        const loaded = POLICY_LIBRARIES.filter(l => libs.includes(l));
        if (loaded.length > 0)
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(loaded.join(' and '))} is preloaded and enforces password rules.`)];
        const rules = (0,core_facts/* need */.$B)(facts.hba);
        const shadowed = (0,postgres_hba/* findShadowing */.sC)(rules);
        const passwordRules = rules.filter(r => r.error === null && (0,postgres_hba/* isHostRule */.D5)(r) && !shadowed.has(r) && postgres_hba/* PASSWORD_METHODS */.xU.has(r.method ?? ''));
        if (passwordRules.length === 0) {
            return [
                (0,check/* notApplicable */.hH)((0,core_text/* msg */.ab) `No host rule in pg_hba authenticates with a password, so a password policy does not apply.`)
            ];
        }
        return [
            (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `Neither passwordcheck nor credcheck is preloaded, yet ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(passwordRules.length, 'host rule'))} ${(0,core_text/* raw */.lS)(passwordRules.length === 1 ? 'accepts' : 'accept')} passwords (${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(passwordRules.map(postgres_hba/* ruleLocation */.eK), 5))}).`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/pgaudit.ts
var pgaudit = __webpack_require__(2737);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/pgcrypto.ts




/** Informational: where application-level encryption (pgcrypto) is available. */
/* harmony default export */ const pgcrypto = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/pgcrypto',
        title: 'pgcrypto availability',
        dimension: 'Encryption',
        description: 'Reports the databases where pgcrypto is installed for application-level encryption.',
        rationale: 'Without column encryption where sensitive values need it, anyone who can read the tables or the backups reads those values in clear.',
        verify: 'Which databases hold columns that must be encrypted at the application level.',
        outcomes: ['INFO'],
        remediation: {
            text: 'CREATE EXTENSION pgcrypto in databases that must encrypt columns; keep keys outside the database.',
            link: 'https://www.postgresql.org/docs/current/pgcrypto.html'
        },
        frameworks: { 'PCI DSS': ['3'], 'ISO 27001': ['8.24'] }
    },
    evaluate(facts) {
        const withIt = [];
        const without = [];
        const unknowns = (0,per_database/* forEachDatabase */.U)(facts, db => db.extensions, (db, exts) => (exts.some(e => e.name === 'pgcrypto') ? withIt : without).push(db.name));
        const total = withIt.length + without.length;
        const summary = withIt.length === 0
            ? (0,check/* info */.pq)((0,core_text/* msg */.ab) `pgcrypto is installed in none of ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(total, 'database'))} audited.`)
            : (0,check/* info */.pq)((0,core_text/* msg */.ab) `pgcrypto is installed in ${(0,core_text/* raw */.lS)(String(withIt.length))} of ${(0,core_text/* raw */.lS)(String(total))} databases: ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(withIt))}.`);
        return [summary, ...unknowns];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/port.ts




/** Informational: the default port is the first one scanners try; a custom port is a small extra. */
/* harmony default export */ const port = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/port',
        title: 'Server port',
        dimension: 'Network Security',
        description: 'The server listens on a non-default port (a minor hardening; network controls matter more).',
        rationale: 'The default port is the first one scanners try, so a reachable server on 5432 draws more automated attacks.',
        outcomes: ['PASS', 'INFO'],
        remediation: {
            text: 'Optionally move the server off 5432 (port setting) and restrict reachability with firewalls.',
            link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-PORT'
        },
        frameworks: {}
    },
    evaluate(facts) {
        const port = (0,postgres_settings/* setting */.Pe)(facts, 'port').setting;
        if (port === '5432')
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `The server uses the default port 5432.`)];
        return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `The server uses port ${port}, not the default 5432.`)];
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/privileged-roles.ts + 1 modules
var privileged_roles = __webpack_require__(8576);
// EXTERNAL MODULE: ./src/engines/postgres/checks/public-grants.ts
var public_grants = __webpack_require__(3594);
// EXTERNAL MODULE: ./src/engines/postgres/checks/public-schema.ts
var public_schema = __webpack_require__(3550);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/replication.ts





/** Informational inventory of replication; WARN when replication may travel unencrypted off-host. */
/* harmony default export */ const replication = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/replication',
        title: 'Replication',
        dimension: 'Backup & Recovery',
        description: 'Replication connections from remote hosts are only accepted over TLS (hostssl).',
        rationale: 'Replication over plain connections streams the whole database, and the replication credential, across the network in clear.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'Use hostssl (not host) for replication rules in pg_hba.conf and sslmode=verify-full in primary_conninfo.',
            link: 'https://www.postgresql.org/docs/current/warm-standby.html#STREAMING-REPLICATION-AUTHENTICATION'
        },
        frameworks: { 'SOC 2': ['A1.2', 'CC6.7'], 'ISO 27001': ['8.13'] }
    },
    evaluate(facts) {
        const findings = [];
        const repl = (0,core_facts/* need */.$B)(facts.replication);
        let publications = 0;
        if (facts.databases.ok)
            for (const db of facts.databases.value)
                if (db.publications.ok)
                    publications += db.publications.value.length;
        const activeSlots = repl.slots.filter(s => s.active).length;
        findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(repl.senders.length, 'streaming replica'))} connected, ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(repl.slots.length, 'replication slot'))} (${(0,core_text/* raw */.lS)(String(activeSlots))} active), ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(publications, 'publication'))}.`));
        const rules = (0,core_facts/* need */.$B)(facts.hba);
        const shadowed = (0,postgres_hba/* findShadowing */.sC)(rules);
        for (const rule of rules) {
            if (rule.error !== null || shadowed.has(rule) || rule.method === 'reject')
                continue;
            if (!rule.databases.includes('replication') || !(0,postgres_hba/* acceptsPlaintext */.bB)(rule))
                continue;
            if ((0,postgres_hba/* isLocalOnly */.we)((0,postgres_hba/* parseAddress */.or)(rule)))
                continue;
            const text = (0,postgres_hba/* describeRule */.IO)(rule);
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Replication rule at ${(0,core_text/* raw */.lS)((0,postgres_hba/* ruleLocation */.eK)(rule))} (${text}) accepts non-TLS connections from remote addresses.`, text));
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/row-level-security.ts





/** Informational: where row-level security is used, and who bypasses it. */
/* harmony default export */ const row_level_security = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/row-level-security',
        title: 'Row-level security',
        dimension: 'Data Protection',
        description: 'Reports tables with RLS enabled or forced, and roles with BYPASSRLS.',
        rationale: 'Tables shared by tenants or holding sensitive rows without row-level security rely on every query to filter correctly, and roles with BYPASSRLS skip the policies.',
        verify: 'Which tables hold multi-tenant or sensitive rows that need policies.',
        outcomes: ['INFO'],
        remediation: {
            text: 'Use ALTER TABLE ... ENABLE (and FORCE) ROW LEVEL SECURITY with policies for multi-tenant or sensitive tables.',
            link: 'https://www.postgresql.org/docs/current/ddl-rowsecurity.html'
        },
        frameworks: { 'PCI DSS': ['7'], GDPR: ['Art. 5(1)(f)'] }
    },
    evaluate(facts) {
        const enabled = [];
        let forced = 0;
        const unknowns = (0,per_database/* forEachDatabase */.U)(facts, db => db.rowLevelSecurity, (db, rls) => {
            enabled.push(...rls.enabled.map(t => `${db.name}.${t}`));
            forced += rls.forced.length;
        });
        const bypass = (0,core_facts/* need */.$B)(facts.roles)
            .filter(r => r.bypassRls && !r.superuser)
            .map(r => r.name);
        const tables = enabled.length === 0
            ? (0,core_text/* msg */.ab) `No table has row-level security enabled`
            : (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(enabled.length, 'table'))} ${(0,core_text/* raw */.lS)(enabled.length === 1 ? 'has' : 'have')} row-level security enabled (${(0,core_text/* raw */.lS)(String(forced))} forced): ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(enabled, 10))}`;
        const bypassText = bypass.length === 0
            ? (0,core_text/* msg */.ab) `no non-superuser role has BYPASSRLS`
            : (0,core_text/* msg */.ab) `roles with BYPASSRLS: ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(bypass))}`;
        return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(tables)}; ${(0,core_text/* raw */.lS)(bypassText)}.`), ...unknowns];
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/security-definer.ts
var security_definer = __webpack_require__(6581);
// EXTERNAL MODULE: ./src/engines/postgres/checks/ssl.ts
var ssl = __webpack_require__(3031);
;// CONCATENATED MODULE: ./src/judgements/admin-count.ts


/**
 * How many accounts hold full control: 1-2 PASS, 3-5 WARN, 6 or more FAIL. Zero is PASS too (no
 * login holds it; the engine's own break-glass account is judged elsewhere).
 */
function judgeAdminCount(count, head) {
    if (count <= 2)
        return (0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}.`);
    if (count <= 5)
        return (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}; keep it to two.`);
    return (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}; six or more make every account a path to full control.`);
}

;// CONCATENATED MODULE: ./src/engines/postgres/checks/superusers.ts





/** Compliant: one or two superuser roles (1-2 PASS, 3-5 WARN, 6+ FAIL). */
/* harmony default export */ const superusers = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/superusers',
        title: 'Superuser count',
        dimension: 'Authorization',
        family: 'admin-count',
        description: 'At most two roles have SUPERUSER.',
        rationale: "A superuser bypasses every permission and can run OS commands as the server's user, so every extra superuser is one more credential whose theft is a full compromise.",
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'ALTER ROLE ... NOSUPERUSER for roles that do not need it; grant predefined roles (pg_monitor, pg_read_all_data, ...) instead.',
            link: 'https://www.postgresql.org/docs/current/predefined-roles.html'
        },
        frameworks: control_sets/* ADMIN_COUNT_CONTROLS */.Rp
    },
    evaluate(facts) {
        const supers = (0,core_facts/* need */.$B)(facts.roles)
            .filter(r => r.superuser)
            .map(r => r.name);
        const n = supers.length;
        return [
            judgeAdminCount(n, (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(n))} ${(0,core_text/* raw */.lS)(n === 1 ? 'role has' : 'roles have')} SUPERUSER: ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(supers))}`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/judgements/certificate-expiry.ts


/** ≤ 30 days left: FAIL; ≤ 90 days: WARN (the CockroachDB audit document's ladder, for every engine). */
const CERT_FAIL_DAYS = 30;
const CERT_WARN_DAYS = 90;
const DAY = 86_400_000;
/**
 * Whole days left until `validTo`, rounded down (as `openssl x509 -checkend` counts): a
 * certificate valid for 30 days and 23 hours has 30 days left. Negative once expired.
 */
function daysLeft(validTo, now) {
    return Math.floor((Date.parse(validTo) - now.getTime()) / DAY);
}
/**
 * The certificate expiry ladder, in one sentence shape for every engine:
 * "<label> expired on <date>." or "<label> expires on <date>, in N days."
 */
function judgeCertificateExpiry(label, validTo, now, object) {
    const expiresAt = Date.parse(validTo);
    const date = new Date(expiresAt).toISOString().slice(0, 10);
    if (expiresAt <= now.getTime())
        return (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} expired on ${(0,core_text/* raw */.lS)(date)}.`, object);
    const days = daysLeft(validTo, now);
    const detail = (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} expires on ${(0,core_text/* raw */.lS)(date)}, in ${(0,core_text/* raw */.lS)(String(days))} ${(0,core_text/* raw */.lS)(days === 1 ? 'day' : 'days')}.`;
    if (days <= CERT_FAIL_DAYS)
        return (0,check/* fail */.fJ)(detail, object);
    if (days <= CERT_WARN_DAYS)
        return (0,check/* warn */.R8)(detail, object);
    return (0,check/* pass */.IX)(detail, object);
}

;// CONCATENATED MODULE: ./src/engines/postgres/checks/tls.ts





/** Compliant: every certificate the server serves is valid for more than 90 more days. */
/* harmony default export */ const tls = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/tls',
        title: 'Server certificate expiry',
        dimension: 'Encryption',
        description: 'Every certificate served in the TLS handshake is valid for more than 90 days.',
        rationale: 'A certificate that expires stops every client that verifies it; a short-lived one forces a rushed renewal.',
        outcomes: ['PASS', 'WARN', 'FAIL', 'N/A'],
        remediation: {
            text: 'Renew the certificate (ssl_cert_file) before it expires and reload; automate renewal.',
            link: 'https://www.postgresql.org/docs/current/ssl-tcp.html#SSL-CERTIFICATE-CREATION'
        },
        frameworks: { 'PCI DSS': ['4'], HIPAA: ['164.312(e)(1)'], 'ISO 27001': ['8.24'] }
    },
    evaluate(facts, ctx) {
        const probe = (0,core_facts/* need */.$B)(facts.tls);
        if (!probe.offered)
            return [(0,check/* notApplicable */.hH)((0,core_text/* msg */.ab) `The server does not offer TLS, so no certificate is served (see pg/ssl).`)];
        if (probe.chain.length === 0)
            return [(0,check/* fail */.fJ)((0,core_text/* msg */.ab) `The server completed a TLS handshake without presenting a certificate.`)];
        return probe.chain.map((cert) => judgeCertificateExpiry((0,core_text/* msg */.ab) `Certificate ${cert.subject}${(0,core_text/* raw */.lS)(cert.source === 'served' ? '' : ' (chain)')}`, cert.validTo, ctx.auditedAt, cert.subject));
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/tls-version.ts
var tls_version = __webpack_require__(4697);
// EXTERNAL MODULE: ./src/engines/postgres/checks/untrusted-languages.ts
var untrusted_languages = __webpack_require__(7205);
// EXTERNAL MODULE: ./src/engines/postgres/releases.ts
var releases = __webpack_require__(5613);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/version.ts




/** Compliant: the major version is supported and runs the latest minor release of the shipped table. */
/* harmony default export */ const version = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/version',
        title: 'PostgreSQL version',
        dimension: 'Patch Management',
        description: 'The server runs a supported major version at its latest minor release (per the dated release table).',
        rationale: 'A major version past end of support or an old minor release lacks security fixes, so known vulnerabilities stay open.',
        outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
        remediation: {
            text: 'Apply the latest minor release (a binary update and restart); plan a major upgrade (pg_upgrade) before end of support.',
            link: 'https://www.postgresql.org/support/versioning/'
        },
        frameworks: { 'PCI DSS': ['1'], 'ISO 27001': ['8.20'] }
    },
    evaluate(facts, ctx) {
        const { major, minor } = (0,releases/* splitVersionNum */.df)(facts.server.versionNum);
        const table = facts.releases;
        const version = `${major}.${minor}`;
        const dated = (0,core_text/* msg */.ab) `release table of ${(0,core_text/* raw */.lS)(table.asOf)}`;
        const entry = table.majors.find(m => m.major === major);
        const newest = Math.max(...table.majors.map(m => m.major));
        if (!entry) {
            if (major > newest)
                return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is newer than the ${(0,core_text/* raw */.lS)(dated)} knows.`)];
            return [
                (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is out of support (major ${(0,core_text/* raw */.lS)(String(major))} predates the ${(0,core_text/* raw */.lS)(dated)}).`)
            ];
        }
        const today = ctx.auditedAt.toISOString().slice(0, 10);
        if (entry.endOfLife <= today) {
            return [
                (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is out of support since ${(0,core_text/* raw */.lS)(entry.endOfLife)} (${(0,core_text/* raw */.lS)(dated)}).`)
            ];
        }
        if (minor < entry.latestMinor) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is behind the latest minor release ${(0,core_text/* raw */.lS)(`${major}.${entry.latestMinor}`)} (${(0,core_text/* raw */.lS)(dated)}); support ends ${(0,core_text/* raw */.lS)(entry.endOfLife)}.`)
            ];
        }
        return [
            (0,check/* pass */.IX)((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is the latest minor release of a supported major (${(0,core_text/* raw */.lS)(dated)}); support ends ${(0,core_text/* raw */.lS)(entry.endOfLife)}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/index.ts






























const postgresChecks = [
    archiving,
    connection_limits,
    connection_logging/* default */.A,
    crypto_posture,
    encryption_at_rest,
    extensions,
    grant_option,
    hba/* default */.A,
    listen_addresses/* default */.A,
    log_line_prefix/* default */.A,
    log_statement/* default */.A,
    md5_hashes,
    password_encryption/* default */.A,
    password_expiry,
    password_policy,
    pgaudit/* default */.A,
    pgcrypto,
    port,
    privileged_roles/* default */.A,
    public_grants/* default */.A,
    public_schema/* default */.A,
    replication,
    row_level_security,
    security_definer/* default */.A,
    ssl/* default */.A,
    superusers,
    tls,
    tls_version/* default */.A,
    untrusted_languages/* default */.A,
    version
];

;// CONCATENATED MODULE: ./src/core/observed.ts
const known = (value, items, note) => ({
    value,
    ...(items ? { items: [...items] } : {}),
    ...(note ? { note } : {})
});
const unknownValue = (reason) => ({ unknown: reason });

// EXTERNAL MODULE: ./src/engines/postgres/pgaudit.ts
var postgres_pgaudit = __webpack_require__(6999);
;// CONCATENATED MODULE: ./src/engines/postgres/observed.ts




function scopeOf(o) {
    if (o.role && o.database)
        return `role ${o.role} in database ${o.database}`;
    if (o.role)
        return `role ${o.role}`;
    return `database ${o.database ?? '?'}`;
}
/**
 * What this server records, for detection coverage: the pgaudit classes in force (empty when the
 * library is not really loaded: in shared_preload_libraries *and* its settings in pg_settings),
 * pgaudit.role, connection logging, log_statement and log_line_prefix, and the per-role and
 * per-database pgaudit.log overrides.
 */
function observedPostgres(facts) {
    if (!facts.settings.ok) {
        const reason = (0,core_facts/* explainMissing */.Ce)(facts.settings.reason, facts.settings.fix).text;
        const names = ['shared_preload_libraries', 'pgaudit.log', 'pgaudit.role', 'log_connections'];
        return {
            settings: Object.fromEntries([...names, 'log_disconnections', 'log_statement', 'log_line_prefix'].map(n => [
                n,
                unknownValue(reason)
            ]))
        };
    }
    const all = facts.settings.value;
    const invisible = (name) => unknownValue(facts.server.canReadAllSettings
        ? `the setting ${name} does not exist on this server version`
        : `the setting ${name} is not visible to ${facts.server.currentUser} (GRANT pg_read_all_settings)`);
    const settings = {};
    const plain = (name, as = v => v) => {
        const row = all[name];
        settings[name] = row ? known(as(row.setting)) : invisible(name);
    };
    const spl = all.shared_preload_libraries;
    if (!spl) {
        settings.shared_preload_libraries = invisible('shared_preload_libraries');
        settings['pgaudit.log'] = invisible('shared_preload_libraries');
        settings['pgaudit.role'] = invisible('shared_preload_libraries');
    }
    else {
        const tokens = (0,postgres_settings/* libraryTokens */.uJ)(spl.setting);
        settings.shared_preload_libraries = known(spl.setting, tokens);
        const row = all['pgaudit.log'];
        if (!tokens.includes('pgaudit')) {
            settings['pgaudit.log'] = known('', [], 'pgaudit is not in shared_preload_libraries');
            settings['pgaudit.role'] = known('', [], 'pgaudit is not in shared_preload_libraries');
        }
        else if (!row && !facts.server.canReadAllSettings) {
            settings['pgaudit.log'] = invisible('pgaudit.log');
            settings['pgaudit.role'] = invisible('pgaudit.role');
        }
        else if (!row) {
            const note = 'pgaudit is listed in shared_preload_libraries but not loaded';
            settings['pgaudit.log'] = known('', [], note);
            settings['pgaudit.role'] = known('', [], note);
        }
        else {
            settings['pgaudit.log'] = known(row.setting, [...(0,postgres_pgaudit/* expandPgauditLog */.Br)(row.setting).classes]);
            plain('pgaudit.role');
        }
    }
    plain('log_connections', postgres_settings/* connectionsLogged */.mw);
    plain('log_disconnections', postgres_settings/* isOn */.Mp);
    plain('log_statement');
    plain('log_line_prefix');
    const overrides = [];
    if (facts.roleSettings.ok && settings['pgaudit.log'] && 'value' in settings['pgaudit.log'])
        for (const o of facts.roleSettings.value) {
            const value = o.settings['pgaudit.log'];
            if (value === undefined)
                continue;
            const e = (0,postgres_pgaudit/* expandPgauditLog */.Br)(value);
            // PostgreSQL ignores an override with an invalid class: the global value stays in force.
            if (e.invalid.length > 0)
                continue;
            overrides.push({ setting: 'pgaudit.log', scope: scopeOf(o), value, items: [...e.classes] });
        }
    return { settings, ...(overrides.length > 0 ? { overrides } : {}) };
}

;// CONCATENATED MODULE: ./src/engines/postgres/engine.ts


/**
 * The PostgreSQL engine: its collector and its checks. `handoff` is the connection `--engine auto`
 * opened to choose the engine, reused as the main session's.
 */
function postgresEngine(hooks = {}, handoff) {
    return {
        id: 'postgres',
        displayName: 'PostgreSQL',
        checks: postgresChecks,
        // The collector (and the driver) load when an audit of this engine runs.
        collect: async (env) => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(327)]).then(__webpack_require__.bind(__webpack_require__, 1327))).collectPostgres(env, hooks, handoff),
        observed: observedPostgres
    };
}

// EXTERNAL MODULE: ./src/engines/couchbase/roles.ts
var couchbase_roles = __webpack_require__(710);
;// CONCATENATED MODULE: ./src/engines/couchbase/checks/define.ts

/** A Couchbase Server check: id `cb/<name>`, evaluated on CbFacts (REST API). */
const defineCouchbaseCheck = (0,check/* checkFactory */.Zr)('cb');

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/admin-users.ts







/**
 * Groups whose admin roles reach every member of an LDAP group: members are not in the user list.
 * An unreadable LDAP setting or group list is UNKNOWN (on Enterprise), never "no such path".
 */
function ldapAdminGroups(facts) {
    if (facts.cluster.edition === 'community')
        return [];
    // Without LDAP authorization, ldap_group_ref grants nothing.
    if (!(0,core_facts/* need */.$B)(facts.ldap).authorizationEnabled)
        return [];
    return (0,core_facts/* need */.$B)(facts.groups).filter(g => g.ldapGroupRef && (0,couchbase_roles/* adminOrSecurityRoles */.iK)(g).length > 0);
}
/**
 * SAML assertions that may carry admin rights: roles from rolesAttribute, or groups from
 * groupsAttribute mapped to Couchbase groups that hold admin roles (inferred from
 * menelaus_web_saml.erl params()). Null when SAML grants none.
 */
function samlRoleGrant(facts) {
    if (facts.cluster.edition === 'community')
        return null;
    const s = (0,core_facts/* need */.$B)(facts.saml);
    if (!s.enabled)
        return null;
    if (s.rolesAttribute)
        return { attribute: 'rolesAttribute', value: s.rolesAttribute, note: '' };
    if (s.groupsAttribute && (0,core_facts/* need */.$B)(facts.groups).some(g => (0,couchbase_roles/* adminOrSecurityRoles */.iK)(g).length > 0))
        return {
            attribute: 'groupsAttribute',
            value: s.groupsAttribute,
            note: ' (mapped to groups that hold admin roles)'
        };
    return null;
}
/**
 * Users with Full Admin or a security/user-admin role: 1-2 PASS, 3-5 WARN, 6+ FAIL. Only users
 * stored in Couchbase are listed, and the list is silently filtered for readers without the
 * right role, so the check first makes sure the audit user sees everything, then adds the admin
 * paths the list cannot show: LDAP groups mapped to admin roles and SAML role attributes. The
 * built-in administrator (rest_creds) is never listed and always exists.
 */
/* harmony default export */ const admin_users = (defineCouchbaseCheck({
    meta: {
        id: 'cb/admin-users',
        title: 'Administrative users',
        dimension: 'Authorization',
        family: 'admin-count',
        description: 'At most two users hold Full Admin or a security-admin role, and no LDAP group or SAML assertion grants one.',
        rationale: 'Full Admin and security-admin roles control users, certificates, auditing and all data, so every extra holder, and every LDAP group or SAML assertion that confers one, is another path to full compromise.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Give people narrower roles (cluster_admin, bucket_admin, ro_security_admin) and keep Full Admin/security admin to a break-glass pair; map LDAP groups and SAML roles to narrow roles only; review the list each quarter.',
            link: 'https://docs.couchbase.com/server/current/learn/security/roles.html'
        },
        frameworks: control_sets/* ADMIN_COUNT_CONTROLS */.Rp
    },
    evaluate(facts) {
        (0,couchbase_roles/* needUnfilteredUserList */.Ew)(facts);
        const users = (0,core_facts/* need */.$B)(facts.users);
        const admins = users
            .map(u => ({
            label: `${u.id} (${u.domain}: ${(0,couchbase_roles/* adminOrSecurityRoles */.iK)(u).join(', ')})`,
            roles: (0,couchbase_roles/* adminOrSecurityRoles */.iK)(u)
        }))
            .filter(a => a.roles.length > 0)
            .map(a => a.label)
            .sort();
        const findings = [];
        for (const g of ldapAdminGroups(facts)) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Group ${g.id} grants ${(0,core_text/* valueList */.Q0)((0,couchbase_roles/* adminOrSecurityRoles */.iK)(g))} to every member of LDAP group ${g.ldapGroupRef ?? ''}: they are admins without being listed in /settings/rbac/users, and their number is unknown here.`, `group:${g.id}`));
        }
        const saml = samlRoleGrant(facts);
        if (saml) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `SAML is on with ${(0,core_text/* raw */.lS)(saml.attribute)} ${saml.value}${(0,core_text/* raw */.lS)(saml.note)}: the identity provider decides each user's roles, Full Admin included, and none of those users is listed.`, 'saml'));
        }
        const n = admins.length;
        const list = n ? (0,core_text/* msg */.ab) `: ${(0,core_text/* valueList */.Q0)(admins)}` : (0,core_text/* msg */.ab) ``;
        const head = (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(n))} stored user${(0,core_text/* raw */.lS)(n === 1 ? '' : 's')} hold${(0,core_text/* raw */.lS)(n === 1 ? 's' : '')} Full Admin or a security-admin role${(0,core_text/* raw */.lS)(list)}`;
        const builtin = ' (plus the built-in administrator, which is never listed)';
        findings.push(judgeAdminCount(n, (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}${(0,core_text/* raw */.lS)(builtin)}`));
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/audit-enabled.ts





/** Compliant: auditd is on, so every node writes an audit log. */
/* harmony default export */ const audit_enabled = (defineCouchbaseCheck({
    meta: {
        id: 'cb/audit-enabled',
        title: 'Auditing enabled',
        dimension: 'Audit Logging',
        family: 'audit-logging',
        description: 'Auditing (auditdEnabled) is on, so each node writes an audit log of security-relevant events.',
        rationale: 'With auditing off, logins, role changes and administrative actions leave no record, so misuse cannot be detected or investigated.',
        outcomes: ['PASS', 'FAIL'],
        remediation: {
            text: "Enable auditing (Security > Audit, or POST /settings/audit auditdEnabled=true) and ship each node's audit.log to your log platform.",
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-auditing.html'
        },
        frameworks: control_sets/* AUDIT_LOGGING_CONTROLS */.hu
    },
    evaluate(facts) {
        const audit = (0,core_facts/* need */.$B)(facts.audit);
        if (!audit.auditdEnabled) {
            return [
                (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `Auditing is off (auditdEnabled false): no node records logins, role changes or data access.`)
            ];
        }
        return [
            (0,check/* pass */.IX)(audit.logPath
                ? (0,core_text/* msg */.ab) `Auditing is on (auditdEnabled true); each node writes to ${audit.logPath}.`
                : (0,core_text/* msg */.ab) `Auditing is on (auditdEnabled true).`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/audit-exclusions.ts







/**
 * Compliant: no administrator is excluded from auditing. Internal service users (`@eventing`,
 * `@cbq-engine`, ...) are listed for information; their exclusion is common practice. The GET
 * shows a local entry only while that user exists, so only external/unknown entries can name
 * users that are not stored; those may still be admins through LDAP groups or SAML.
 */
/* harmony default export */ const audit_exclusions = (defineCouchbaseCheck({
    meta: {
        id: 'cb/audit-exclusions',
        title: 'Users excluded from auditing',
        dimension: 'Audit Logging',
        description: 'No user with an admin-equivalent role is in the audit disabledUsers list.',
        rationale: 'Events of users on the disabledUsers list are not audited, so an administrator on it acts without a trace.',
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: 'Remove administrators, and external users whose roles come from LDAP or SAML, from the list of users whose events are not audited (Security > Audit > Ignore events from these users).',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-auditing.html'
        },
        frameworks: control_sets/* AUDIT_LOGGING_CONTROLS */.hu
    },
    evaluate(facts) {
        const audit = (0,core_facts/* need */.$B)(facts.audit);
        if (audit.disabledUsers.length === 0)
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `No user is excluded from auditing.`)];
        const findings = [];
        const people = audit.disabledUsers.filter(u => !u.name.startsWith('@'));
        if (people.length)
            (0,couchbase_roles/* needUnfilteredUserList */.Ew)(facts);
        const users = people.length ? (0,core_facts/* need */.$B)(facts.users) : [];
        const externalPaths = people.some(u => u.domain !== 'local')
            ? ldapAdminGroups(facts).length > 0 || samlRoleGrant(facts) !== null
            : false;
        for (const excluded of audit.disabledUsers) {
            const label = (0,couchbase_roles/* userLabel */.Ux)(excluded);
            if (excluded.name.startsWith('@')) {
                findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `Internal service user ${excluded.name} is excluded from auditing.`, label));
                continue;
            }
            const user = users.find(u => u.id === excluded.name && u.domain === excluded.domain);
            const roles = user ? (0,couchbase_roles/* adminEquivalentRoles */.bn)(user) : [];
            if (roles.length > 0) {
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `User ${excluded.name} (${excluded.domain}) holds ${(0,core_text/* valueList */.Q0)(roles)} yet is excluded from auditing: its actions leave no audit record.`, label));
            }
            else if (excluded.domain !== 'local' && externalPaths) {
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `User ${excluded.name} (${excluded.domain}) is excluded from auditing; its roles may come from an LDAP group or a SAML assertion that grants admin rights, which the stored user list cannot show.`, label));
            }
            else {
                findings.push((0,check/* info */.pq)(user
                    ? (0,core_text/* msg */.ab) `User ${excluded.name} (${excluded.domain}) is excluded from auditing; it holds no admin-equivalent role.`
                    : (0,core_text/* msg */.ab) `User ${excluded.name} (${excluded.domain}) is excluded from auditing; it is not a stored user and no LDAP group or SAML attribute grants admin rights.`, label));
            }
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/audit-rotation.ts





/** What compliance frameworks are taken to ask for at least (90 days of audit history). */
const RETENTION_DAYS = 90;
function duration(seconds) {
    if (seconds % 86400 === 0)
        return `${seconds / 86400} d`;
    if (seconds % 3600 === 0)
        return `${seconds / 3600} h`;
    return `${Math.round(seconds / 60)} min`;
}
function size(bytes) {
    return bytes % 1048576 === 0 ? `${bytes / 1048576} MiB` : `${bytes} bytes`;
}
/**
 * Informational rotation and pruning; WARN on pruning shorter than compliance retention. The
 * server refuses a rotateInterval outside 900-604800 s (menelaus_web_audit.erl), so time-based
 * rotation is always on; rotateSize 0 (7.6 only; 8.0's minimum is 1 MiB) means no size limit.
 * logPath is left out of the GET when the path is set per node.
 */
/* harmony default export */ const audit_rotation = (defineCouchbaseCheck({
    meta: {
        id: 'cb/audit-rotation',
        title: 'Audit log rotation and pruning',
        dimension: 'Audit Logging',
        description: 'Audit logs are not pruned sooner than the retention a named compliance framework asks for (90 days).',
        rationale: 'Audit logs pruned sooner than the retention a framework demands destroy the evidence an investigation or auditor needs.',
        verify: 'That rotated audit files are shipped off the node and kept for the required retention.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'Set pruneAge to 0 or at least 90 days (129600 minutes) when a compliance framework applies, and ship rotated files off the node.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-auditing.html'
        },
        frameworks: control_sets/* AUDIT_LOGGING_CONTROLS */.hu
    },
    evaluate(facts, ctx) {
        const a = (0,core_facts/* need */.$B)(facts.audit);
        const interval = a.rotateInterval;
        const bytes = a.rotateSize;
        const prune = a.pruneAge ?? 0;
        const every = interval ? `every ${duration(interval)}` : 'at an unreported interval';
        const sizeText = bytes === null ? '' : bytes === 0 ? ' (no size limit)' : ` or at ${size(bytes)}`;
        const where = a.logPath ? ` into ${a.logPath}` : ' into a log path set per node';
        const summary = `rotates ${every}${sizeText}${where}; pruned ${prune ? `after ${duration(prune * 60)}` : 'never'}`;
        if (ctx.compliance.length > 0 && prune > 0 && prune < RETENTION_DAYS * 1440) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `Audit log ${(0,core_text/* raw */.lS)(summary)}: shorter than the ${(0,core_text/* raw */.lS)(String(RETENTION_DAYS))} days of history the named compliance framework asks for, unless the files are shipped elsewhere first.`)
            ];
        }
        return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `Audit log ${(0,core_text/* raw */.lS)(summary)}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/ca-upload.ts




/**
 * Compliant (EE): trusted CAs can be loaded from the node itself only (allowNonLocalCACertUpload
 * false, changeable from localhost only). Community Edition cannot load CAs at all: N/A.
 */
/* harmony default export */ const ca_upload = (defineCouchbaseCheck({
    meta: {
        id: 'cb/ca-upload',
        title: 'Remote CA upload',
        dimension: 'Encryption',
        description: 'allowNonLocalCACertUpload is false, so a trusted CA cannot be added over the network.',
        rationale: 'If a CA can be uploaded over the network, anyone with a security-admin credential can add a CA they control and mint certificates the cluster trusts for client authentication.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'On a node, from localhost: POST /settings/security allowNonLocalCACertUpload=false.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
        },
        frameworks: { 'PCI DSS': ['4'], 'SOC 2': ['CC6.1'] }
    },
    evaluate(facts) {
        const s = (0,core_facts/* need */.$B)(facts.security);
        if (facts.cluster.edition === 'community') {
            (0,core_facts/* need */.$B)((0,core_facts/* notApplicableHere */.zR)((0,core_text/* msg */.ab) `Community Edition cannot load trusted CAs (Enterprise Edition only).`));
        }
        if (s.allowNonLocalCACertUpload === true)
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `allowNonLocalCACertUpload is true: anyone with security-admin rights can add a trusted CA over the network and have certificates it signs accepted.`)
            ];
        if (s.allowNonLocalCACertUpload === false)
            return [
                (0,check/* pass */.IX)((0,core_text/* msg */.ab) `Trusted CAs can be loaded from the node itself only (allowNonLocalCACertUpload false).`)
            ];
        (0,core_facts/* need */.$B)((0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `GET /settings/security did not report allowNonLocalCACertUpload.`));
        return [];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/certificates.ts






const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\]|::1)(:\d+)?$/;
/**
 * Pairs each certificate with its node. /pools/default/certificates is read from replicated
 * config and names a loopback-named node 127.0.0.1:8091, while /pools/default shows the address
 * the request arrived on: match by name first, then a loopback-named certificate with the one
 * node left unmatched.
 */
function pairCertificates(certs, nodes) {
    const used = new Set();
    const pairs = certs.map(cert => {
        const node = nodes.find(n => n.hostname === cert.node) ?? null;
        if (node)
            used.add(node);
        return { cert, node };
    });
    const left = nodes.filter(n => !used.has(n));
    const loopback = pairs.filter(p => !p.node && LOOPBACK.test(p.cert.node));
    if (left.length === 1 && loopback.length === 1)
        loopback[0].node = left[0];
    return pairs;
}
/** Per node: FAIL within 30 days of expiry (or expired), WARN within 90 or self-signed in production (EE). */
/* harmony default export */ const certificates = (defineCouchbaseCheck({
    meta: {
        id: 'cb/certificates',
        title: 'Node certificates',
        dimension: 'Encryption',
        description: 'Every node serves a CA-signed certificate valid for more than 90 days.',
        rationale: 'A self-signed or soon-expiring node certificate leaves clients either unable to verify the server (inviting man-in-the-middle) or failing to connect when it expires.',
        outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
        remediation: {
            text: 'Upload a CA-signed certificate chain and key per node (Enterprise Edition: Security > Certificates, or POST /node/controller/reloadCertificate) before expiry; replace the self-signed "generated" certificate in production.',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-server-certificates.html'
        },
        frameworks: control_sets/* TRANSIT_CONTROLS */.lb
    },
    evaluate(facts, ctx) {
        const certs = (0,core_facts/* need */.$B)(facts.certificates);
        const ce = facts.cluster.edition === 'community';
        const findings = [];
        const pairs = pairCertificates(certs, facts.cluster.nodes);
        for (const { cert: c, node } of pairs) {
            const object = node?.hostname ?? c.node;
            const expires = Date.parse(c.expires);
            if (Number.isNaN(expires)) {
                findings.push((0,check/* unknown */.L5)((0,core_text/* msg */.ab) `Node ${c.node} reports an unreadable expiry ${c.expires}.`, object));
                continue;
            }
            const date = new Date(expires).toISOString().slice(0, 10);
            const state = node && node.clusterMembership !== 'active' ? `, node ${node.clusterMembership}` : '';
            const what = (0,core_text/* msg */.ab) `Node ${object} certificate ${c.subject} (${c.type}${(0,core_text/* raw */.lS)(state)})`;
            const byExpiry = judgeCertificateExpiry(what, c.expires, ctx.auditedAt, object);
            if (byExpiry.status !== 'PASS')
                findings.push(byExpiry);
            else if (c.type === 'generated' && ce) {
                // Uploading certificates is Enterprise only (handle_reload_certificate): nothing to fix here.
                findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what)} is the self-signed certificate Couchbase generated; Community Edition cannot replace it (certificate upload is Enterprise Edition only). Expires ${(0,core_text/* raw */.lS)(date)}.`, object));
            }
            else if (c.type === 'generated' && ctx.environment === 'production') {
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what)} is the self-signed certificate Couchbase generated: clients cannot verify the node. Expires ${(0,core_text/* raw */.lS)(date)}.`, object));
            }
            else
                findings.push(byExpiry);
        }
        // The list comes from replicated config and covers every node; a node missing from it is a surprise.
        for (const n of facts.cluster.nodes) {
            if (!pairs.some(p => p.node === n)) {
                findings.push((0,check/* unknown */.L5)((0,core_text/* msg */.ab) `Node ${n.hostname} (${n.status}) has no entry in /pools/default/certificates.`, n.hostname));
            }
        }
        if (findings.length === 0)
            findings.push((0,check/* unknown */.L5)((0,core_text/* msg */.ab) `No node reported a certificate.`));
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/client-cert-auth.ts




/**
 * Informational: whether clients may log in with X.509 certificates and how a certificate
 * becomes a user (prefixes). `mandatory` refuses password logins on TLS ports; 8.0 adds `hybrid`.
 */
/* harmony default export */ const client_cert_auth = (defineCouchbaseCheck({
    meta: {
        id: 'cb/client-cert-auth',
        title: 'Client certificate authentication',
        dimension: 'Authentication & SSO',
        description: 'Reports the client certificate authentication state and the rules that map a certificate to a user.',
        rationale: 'Loose certificate-to-user mapping rules let any certificate the trusted CAs issued sign in as a Couchbase user derived from its fields.',
        verify: 'That each prefix rule maps only certificates your CA issues for Couchbase users.',
        outcomes: ['INFO'],
        remediation: {
            text: 'Review GET /settings/clientCertAuth: with enable or mandatory, make sure each prefix rule maps only certificates your CA issues for Couchbase users.',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-client-certificates.html'
        },
        frameworks: {}
    },
    evaluate(facts) {
        const c = (0,core_facts/* need */.$B)(facts.clientCertAuth);
        if (c.state === 'disable')
            return [
                (0,check/* info */.pq)((0,core_text/* msg */.ab) `Client certificate authentication is off (state disable): clients log in with passwords.`)
            ];
        const rules = c.prefixes.map(p => `${p.path} prefix "${p.prefix}" delimiter "${p.delimiter}"`);
        return [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `Client certificate authentication is ${c.state}; a certificate becomes a user by ${rules.length ? rules.join('; ') : 'no rule (no certificate maps to a user)'}${(0,core_text/* raw */.lS)(c.state === 'mandatory' ? '; clients without a certificate are refused on TLS ports' : '')}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/encryption-at-rest.ts





/** Buckets that keep data on disk; a key is refused for the others (memcached, ephemeral). */
const PERSISTENT = new Set(['membase', 'couchbase']);
/**
 * Compliant (8.0 Enterprise): every persistent bucket has an encryption key and its data is
 * fully encrypted, and cluster configuration, logs and audit logs are encrypted. Bucket data is
 * configured per bucket (encryptionAtRestKeyId, -1 = off); the cluster-wide settings cover
 * config, logs and audit only, so they never prove the data is encrypted. Data left unencrypted
 * is a WARN with condition `not-enabled`, which the policy raises to FAIL for PII/PHI or
 * financial data. Before 8.0 and on Community Edition (which cannot enable it): N/A.
 */
/* harmony default export */ const checks_encryption_at_rest = (defineCouchbaseCheck({
    meta: {
        id: 'cb/encryption-at-rest',
        title: 'Encryption at rest',
        dimension: 'Encryption',
        family: 'encryption-at-rest',
        description: 'Couchbase 8.0+ native encryption at rest is on for every persistent bucket (fully encrypted) and for configuration, logs and audit logs.',
        rationale: "Without native encryption at rest, anyone with access to the data files, configuration, logs or a backup of the node's disk reads them directly.",
        verify: 'Before 8.0 (no native encryption): whether the data, configuration and log volumes of every node are encrypted.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'Create an encryption key (Security > Encryption at Rest), set encryptionAtRestKeyId on every persistent bucket, enable encryption for config, log and audit (POST /settings/security/encryptionAtRest), then force re-encryption of existing data.',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-native-encryption-at-rest.html'
        },
        frameworks: control_sets/* AT_REST_CONTROLS */.Q2
    },
    evaluate(facts) {
        const e = (0,core_facts/* need */.$B)(facts.encryptionAtRest);
        const buckets = (0,core_facts/* need */.$B)(facts.buckets).filter(b => PERSISTENT.has(b.bucketType));
        const findings = [];
        const off = buckets.filter(b => b.encryptionAtRestKeyId === null || b.encryptionAtRestKeyId === -1);
        const partial = buckets.filter(b => !off.includes(b) && b.dataStatus !== 'encrypted');
        if (off.length) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(off.length))} of ${(0,core_text/* raw */.lS)(String(buckets.length))} persistent bucket${(0,core_text/* raw */.lS)(buckets.length === 1 ? '' : 's')} store data unencrypted (encryptionAtRestKeyId -1): ${(0,core_text/* valueList */.Q0)(off.map(b => b.name))}.`, 'buckets', 'not-enabled'));
        }
        for (const b of partial) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Bucket ${b.name} has an encryption key, but its data is ${b.dataStatus ?? 'of unknown status'}: data written before the key was set is not yet re-encrypted.`, `bucket:${b.name}`));
        }
        const parts = [
            ['configuration', e.config],
            ['logs', e.log],
            ['audit logs', e.audit]
        ];
        const describe = parts.map(([k, t]) => `${k} ${t.method}`).join(', ');
        const cfgOff = parts.filter(([, t]) => t.method === 'disabled').map(([k]) => k);
        const cfgPartial = parts.filter(([, t]) => t.method !== 'disabled' && t.dataStatus && t.dataStatus !== 'encrypted');
        if (cfgOff.length) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Encryption at rest is off for ${(0,core_text/* raw */.lS)(cfgOff.join(', '))} (${(0,core_text/* raw */.lS)(describe)}).`, 'cluster', 'not-enabled'));
        }
        else if (cfgPartial.length) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Encryption at rest is on (${(0,core_text/* raw */.lS)(describe)}), but ${(0,core_text/* raw */.lS)(cfgPartial.map(([k, t]) => `${k} are ${t.dataStatus}`).join(', '))}.`, 'cluster'));
        }
        if (findings.length)
            return findings;
        return [
            (0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(buckets.length ? `All ${buckets.length} persistent bucket${buckets.length === 1 ? ' is' : 's are'} fully encrypted` : 'No persistent bucket exists')}; ${(0,core_text/* raw */.lS)(describe)}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/external-auth.ts




/**
 * Compliant: users authenticate through LDAP (over TLS) or SAML, so joiners and leavers are managed
 * centrally. Community Edition has neither: N/A there.
 */
/* harmony default export */ const external_auth = (defineCouchbaseCheck({
    meta: {
        id: 'cb/external-auth',
        title: 'External authentication (LDAP/SAML)',
        dimension: 'Authentication & SSO',
        family: 'sso',
        description: 'LDAP (with TLS or StartTLS), SAML single sign-on or saslauthd (PAM) authentication is enabled.',
        rationale: 'Local Couchbase users are managed outside the directory, so MFA, central offboarding and password policy do not apply to them.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Configure LDAP with encryption TLS or StartTLSExtension and certificate validation (Security > LDAP), or SAML for the console; map directory groups to Couchbase roles.',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-ldap.html'
        },
        frameworks: {
            'SOC 2': ['CC6.2', 'CC6.3'],
            HIPAA: ['164.312(d)'],
            'ISO 27001': ['5.15', '8.5'],
            'PCI DSS': ['8']
        }
    },
    evaluate(facts) {
        if (facts.cluster.edition === 'community') {
            // Read through need() so that an Enterprise refusal reads as N/A with its own words.
            (0,core_facts/* need */.$B)(facts.ldap);
        }
        const auth = (0,core_facts/* need */.$B)(facts.authSettings);
        if (auth.ldapEnabled) {
            const ldap = (0,core_facts/* need */.$B)(facts.ldap);
            if (ldap.encryption === 'None') {
                return [
                    (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `LDAP authentication is on with encryption None${(0,core_text/* raw */.lS)(ldap.port ? ` (port ${ldap.port})` : '')}: user passwords reach the directory in clear.`, 'ldap')
                ];
            }
            if (ldap.serverCertValidation === false) {
                return [
                    (0,check/* warn */.R8)((0,core_text/* msg */.ab) `LDAP authentication is on with encryption ${ldap.encryption}, but server certificate validation is off: a man in the middle can collect the passwords users type.`, 'ldap')
                ];
            }
            return [
                (0,check/* pass */.IX)((0,core_text/* msg */.ab) `LDAP authentication is on with encryption ${ldap.encryption}${(0,core_text/* raw */.lS)(auth.samlEnabled ? '; SAML is on too' : '')}.`)
            ];
        }
        if (auth.samlEnabled)
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `SAML single sign-on is on for the console.`)];
        if (auth.saslauthdAuthEnabled)
            return [
                (0,check/* pass */.IX)((0,core_text/* msg */.ab) `saslauthd (PAM) authentication is on: passwords are checked by the host's directory.`)
            ];
        return [
            (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `Neither LDAP, SAML nor saslauthd is enabled: every user is a local account managed by hand.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/hsts.ts




/**
 * Compliant (EE): the console sends Strict-Transport-Security (responseHeaders), so browsers
 * never fall back to plain HTTP. Community Edition cannot set response headers (ee_only_settings
 * leaves responseHeaders out of the GET): N/A there.
 */
/* harmony default export */ const hsts = (defineCouchbaseCheck({
    meta: {
        id: 'cb/hsts',
        title: 'HTTP Strict Transport Security',
        dimension: 'Network Security',
        description: 'The REST API and console send a Strict-Transport-Security header with a max-age.',
        rationale: 'Without HSTS, a browser can be downgraded to plain HTTP on the first visit, exposing administrator credentials and session cookies.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'POST /settings/security responseHeaders=\'{"Strict-Transport-Security":"max-age=31536000;includeSubDomains"}\' (Enterprise Edition).',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-hsts.html'
        },
        frameworks: { 'PCI DSS': ['4'], 'SOC 2': ['CC6.7'] }
    },
    evaluate(facts) {
        const s = (0,core_facts/* need */.$B)(facts.security);
        if (facts.cluster.edition === 'community' && !s.responseHeadersPresent) {
            (0,core_facts/* need */.$B)((0,core_facts/* notApplicableHere */.zR)((0,core_text/* msg */.ab) `Community Edition cannot set response headers (HSTS is Enterprise Edition only).`));
        }
        if (!s.hsts)
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `No Strict-Transport-Security header is set (responseHeaders is empty): browsers may be downgraded to plain HTTP.`)
            ];
        if (!/max-age=\d*[1-9]/.test(s.hsts))
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `Strict-Transport-Security is ${s.hsts}: without a positive max-age browsers do not keep HTTPS.`)
            ];
        return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Strict-Transport-Security is ${s.hsts}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/log-redaction.ts




/** Compliant (EE): collected log bundles redact user data (logRedactionLevel partial). CE: N/A. */
/* harmony default export */ const log_redaction = (defineCouchbaseCheck({
    meta: {
        id: 'cb/log-redaction',
        title: 'Log redaction',
        dimension: 'Data Protection',
        description: 'logRedactionLevel is partial, so collected logs (cbcollect_info) carry no user data in clear.',
        rationale: 'Without log redaction, log bundles collected for support carry user data (keys, documents, user names) in clear to whoever receives them.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'POST /settings/logRedaction logRedactionLevel=partial (Enterprise Edition); redact again when sending bundles to support.',
            link: 'https://docs.couchbase.com/server/current/manage/manage-logging/manage-logging.html'
        },
        frameworks: { GDPR: ['Art. 32'], 'ISO 27001': ['8.15'] }
    },
    evaluate(facts) {
        const level = (0,core_facts/* need */.$B)(facts.logRedaction);
        if (level === 'partial')
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Log redaction is partial: user data in collected logs is hashed.`)];
        return [
            (0,check/* warn */.R8)((0,core_text/* msg */.ab) `logRedactionLevel is ${level}: log bundles collected for support carry document keys and user names in clear.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/node-encryption.ts





/**
 * Compliant: node-to-node encryption on every node with level `all` or `strict`. The setting
 * `clusterEncryptionLevel` only exists once every node has encryption on.
 */
/* harmony default export */ const node_encryption = (defineCouchbaseCheck({
    meta: {
        id: 'cb/node-encryption',
        title: 'Node-to-node encryption',
        dimension: 'Encryption',
        family: 'encryption-in-transit',
        description: 'Node-to-node encryption is on for every node with clusterEncryptionLevel all or strict.',
        rationale: 'Without node-to-node encryption, replication and internal traffic cross the network in clear, so anyone on the path reads data and credentials.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'couchbase-cli node-to-node-encryption --enable on every node, then couchbase-cli setting-security --cluster-encryption-level all (or strict to also refuse non-TLS client ports).',
            link: 'https://docs.couchbase.com/server/current/manage/manage-nodes/apply-node-to-node-encryption.html'
        },
        frameworks: control_sets/* TRANSIT_CONTROLS */.lb
    },
    evaluate(facts) {
        if (facts.cluster.edition === 'community') {
            return [
                (0,check/* notApplicable */.hH)((0,core_text/* msg */.ab) `Community Edition has no node-to-node encryption (an Enterprise Edition feature).`)
            ];
        }
        const s = (0,core_facts/* need */.$B)(facts.security);
        const level = s.clusterEncryptionLevel;
        if (level === 'strict' || level === 'all') {
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Node-to-node encryption is on for every node, clusterEncryptionLevel ${level}.`)];
        }
        if (level === 'control') {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `clusterEncryptionLevel is control: only cluster-management traffic is encrypted; data (KV, DCP, index) travels between nodes in clear.`)
            ];
        }
        const off = facts.cluster.nodes.filter(n => n.nodeEncryption === false).map(n => n.hostname);
        return [
            (0,check/* fail */.fJ)(off.length
                ? (0,core_text/* msg */.ab) `Node-to-node encryption is off on ${(0,core_text/* valueList */.Q0)(off)}, so clusterEncryptionLevel is not set: inter-node traffic travels in clear.`
                : (0,core_text/* msg */.ab) `clusterEncryptionLevel is not set (node-to-node encryption is not on for every node): inter-node traffic travels in clear.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/password-hash.ts




/**
 * Compliant: new local passwords are hashed with argon2id or PBKDF2-HMAC-SHA512, not the
 * deprecated SHA-1 (menelaus_web_settings.erl passwordHashAlg, default argon2id).
 */
/* harmony default export */ const password_hash = (defineCouchbaseCheck({
    meta: {
        id: 'cb/password-hash',
        title: 'Password hash algorithm',
        dimension: 'Authentication & SSO',
        description: 'passwordHashAlg is argon2id or pbkdf2-hmac-sha512, not SHA-1.',
        rationale: 'SHA-1 password hashes are fast to brute-force, so a leaked user database quickly yields working passwords.',
        outcomes: ['PASS', 'FAIL', 'INFO'],
        remediation: {
            text: 'POST /settings/security passwordHashAlg=argon2id; existing hashes are migrated as users log in (allowHashMigrationDuringAuth) or when passwords change.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
        },
        frameworks: { 'PCI DSS': ['8'], 'SOC 2': ['CC6.1'], 'ISO 27001': ['8.24'] }
    },
    evaluate(facts) {
        const alg = (0,core_facts/* need */.$B)(facts.security).passwordHashAlg;
        if (alg === null)
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `passwordHashAlg is not reported by this version (it exists from 7.6).`)];
        if (alg === 'SHA-1')
            return [
                (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `passwordHashAlg is SHA-1 (deprecated): a stolen hash file of local users can be cracked fast.`)
            ];
        return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Local passwords are hashed with ${alg}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/password-policy.ts





/** Compliant: local passwords need at least 12 characters (PCI DSS 8.3.6). */
/* harmony default export */ const checks_password_policy = (defineCouchbaseCheck({
    meta: {
        id: 'cb/password-policy',
        title: 'Password policy',
        dimension: 'Authentication & SSO',
        family: 'password-policy',
        description: 'The password policy requires at least 12 characters for local users.',
        rationale: 'Short local passwords fall quickly to guessing and credential stuffing against the REST API and console.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'POST /settings/passwordPolicy minLength=12 (and enforce character classes); existing passwords are checked on their next change.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-set-password-policy.html'
        },
        frameworks: control_sets/* PASSWORD_POLICY_CONTROLS */.mp
    },
    evaluate(facts) {
        const p = (0,core_facts/* need */.$B)(facts.passwordPolicy);
        const classes = [
            p.enforceUppercase && 'uppercase',
            p.enforceLowercase && 'lowercase',
            p.enforceDigits && 'digits',
            p.enforceSpecialChars && 'special characters'
        ].filter((c) => Boolean(c));
        const enforced = classes.length ? `enforces ${classes.join(', ')}` : 'enforces no character class';
        const detail = `Minimum password length ${p.minLength}; ${enforced}`;
        if (p.minLength >= 12)
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(detail)}.`)];
        if (p.minLength >= 8)
            return [(0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(detail)}: below the 12 characters PCI DSS 8.3.6 asks for.`)];
        return [
            (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(detail)}: ${(0,core_text/* raw */.lS)(p.minLength === 0 ? 'empty passwords are allowed' : 'far below 12 characters')}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/plaintext-ports.ts





/**
 * Compliant: clusterEncryptionLevel strict, which makes ns_server bind every non-TLS client port
 * to loopback (misc:disable_non_ssl_ports) and disables the eventing debugger. Below strict (or
 * with node-to-node encryption off, or on Community Edition which has no strict level), clients
 * can use KV 11210, query 8093, REST 8091 and the eventing debugger 9140 in plain text.
 */
/* harmony default export */ const plaintext_ports = (defineCouchbaseCheck({
    meta: {
        id: 'cb/plaintext-ports',
        title: 'Plain-text client ports',
        dimension: 'Network Security',
        family: 'encryption-in-transit',
        description: 'clusterEncryptionLevel is strict, so no client port accepts plain text from other hosts.',
        rationale: 'While client ports accept plain text, applications can connect without TLS and send credentials and data in clear.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'Move clients to the TLS ports (11207, 18093, 18091), then couchbase-cli setting-security --cluster-encryption-level strict (Enterprise Edition, node-to-node encryption on every node).',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-tls.html'
        },
        frameworks: control_sets/* TRANSIT_CONTROLS */.lb
    },
    evaluate(facts) {
        const level = (0,core_facts/* need */.$B)(facts.security).clusterEncryptionLevel;
        if (level === 'strict')
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `clusterEncryptionLevel is strict: non-TLS client ports listen on loopback only.`)];
        const why = facts.cluster.edition === 'community'
            ? 'Community Edition has no strict level'
            : level
                ? `clusterEncryptionLevel is ${level}`
                : 'node-to-node encryption is not on for every node, so clusterEncryptionLevel cannot be strict';
        return [
            (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(why)}: clients can use KV 11210, query 8093, REST 8091 and the eventing debugger 9140 in plain text, passwords included.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/query-audit.ts





/**
 * The SQL++ statement events of couchbase/query etc/audit_descriptor.json, used only when GET
 * /settings/audit/descriptors cannot be read: every one ships "enabled": false. 7.6 (trinity)
 * has 28672-28688, functions 28706-28708, scope/collection DDL 28713-28719, transactions
 * 28720-28725 and sequences 28734-28736; 8.0 (morpheus) adds CREATE/ALTER/DROP USER 28738-28740
 * and BUCKET 28741-28743.
 */
const STATEMENTS_76 = [
    [28672, 'SELECT'],
    [28673, 'EXPLAIN'],
    [28674, 'PREPARE'],
    [28675, 'INFER'],
    [28676, 'INSERT'],
    [28677, 'UPSERT'],
    [28678, 'DELETE'],
    [28679, 'UPDATE'],
    [28680, 'MERGE'],
    [28681, 'CREATE INDEX'],
    [28682, 'DROP INDEX'],
    [28683, 'ALTER INDEX'],
    [28684, 'BUILD INDEX'],
    [28685, 'GRANT ROLE'],
    [28686, 'REVOKE ROLE'],
    [28687, 'UNRECOGNIZED'],
    [28688, 'CREATE PRIMARY INDEX'],
    [28706, 'CREATE FUNCTION'],
    [28707, 'DROP FUNCTION'],
    [28708, 'EXECUTE FUNCTION'],
    [28713, 'CREATE SCOPE'],
    [28714, 'DROP SCOPE'],
    [28715, 'CREATE COLLECTION'],
    [28716, 'DROP COLLECTION'],
    [28717, 'FLUSH COLLECTION'],
    [28718, 'UPDATE STATISTICS'],
    [28719, 'ADVISE'],
    [28720, 'START TRANSACTION'],
    [28721, 'COMMIT TRANSACTION'],
    [28722, 'ROLLBACK TRANSACTION'],
    [28723, 'ROLLBACK TRANSACTION TO SAVEPOINT'],
    [28724, 'SET TRANSACTION ISOLATION'],
    [28725, 'SAVEPOINT'],
    [28734, 'CREATE SEQUENCE'],
    [28735, 'ALTER SEQUENCE'],
    [28736, 'DROP SEQUENCE']
];
const STATEMENTS_80 = [
    ...STATEMENTS_76,
    [28738, 'CREATE USER'],
    [28739, 'ALTER USER'],
    [28740, 'DROP USER'],
    [28741, 'CREATE BUCKET'],
    [28742, 'ALTER BUCKET'],
    [28743, 'DROP BUCKET']
];
/** The statements the running version can audit: from its descriptors, else the table above. */
function statementEvents(facts) {
    if (facts.auditDescriptors.ok) {
        const events = facts.auditDescriptors.value
            .filter(d => d.module === 'n1ql' && / statement$/.test(d.name))
            .map(d => [d.id, d.name.replace(/ statement$/, '')]);
        if (events.length)
            return { events, source: 'its audit descriptors' };
    }
    return {
        events: facts.cluster.compat80 ? STATEMENTS_80 : STATEMENTS_76,
        source: `the ${facts.cluster.compat80 ? '8.0' : '7.6'} event list shipped with db-posture (the descriptors could not be read)`
    };
}
const named = (events) => events.map(([id, name]) => `${id} ${name}`).join(', ');
/**
 * Compliant: every SQL++ statement event of the running version is audited; they ship disabled
 * even when auditing is on. Other modules' filterable events still off are listed per module.
 */
/* harmony default export */ const query_audit = (defineCouchbaseCheck({
    meta: {
        id: 'cb/query-audit',
        title: 'SQL++ statement auditing',
        dimension: 'Audit Logging',
        family: 'audit-logging',
        description: 'Every SQL++ statement audit event of the running version (data, DDL, GRANT/REVOKE, functions, transactions, sequences; on 8.0 user and bucket DDL) is enabled.',
        rationale: 'SQL++ statement events that are disabled leave reads, writes and privilege changes through the query service unrecorded.',
        outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
        remediation: {
            text: 'Remove the SQL++ statement events from the disabled list (Security > Audit > Query and Index Service, or POST /settings/audit disabled=...): at least SELECT, INSERT, UPSERT, DELETE, UPDATE, MERGE, GRANT/REVOKE ROLE, the DDL, function and transaction statements, and on 8.0 CREATE/ALTER/DROP USER and BUCKET.',
            link: 'https://docs.couchbase.com/server/current/audit-event-reference/audit-event-reference.html'
        },
        frameworks: control_sets/* AUDIT_LOGGING_CONTROLS */.hu
    },
    evaluate(facts) {
        const audit = (0,core_facts/* need */.$B)(facts.audit);
        if (!audit.auditdEnabled) {
            return [
                (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `Auditing is off, so no SQL++ statement (SELECT, INSERT, UPDATE, DELETE, ...) is audited.`)
            ];
        }
        const { events, source } = statementEvents(facts);
        const disabled = new Set(audit.disabled);
        const off = events.filter(([id]) => disabled.has(id));
        const findings = [];
        if (off.length === events.length) {
            findings.push((0,check/* fail */.fJ)((0,core_text/* msg */.ab) `All ${(0,core_text/* raw */.lS)(String(off.length))} SQL++ statement events (per ${(0,core_text/* raw */.lS)(source)}) are disabled, the default even with auditing on: no SELECT, INSERT, UPDATE, DELETE or GRANT is audited.`));
        }
        else if (off.length > 0) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(off.length))} of ${(0,core_text/* raw */.lS)(String(events.length))} SQL++ statement events (per ${(0,core_text/* raw */.lS)(source)}) are disabled: ${(0,core_text/* raw */.lS)(named(off))}.`));
        }
        else {
            findings.push((0,check/* pass */.IX)((0,core_text/* msg */.ab) `All ${(0,core_text/* raw */.lS)(String(events.length))} SQL++ statement events (per ${(0,core_text/* raw */.lS)(source)}) are audited.`));
        }
        // Every other filterable event still off, by module: for the reviewer, not a verdict.
        if (facts.auditDescriptors.ok) {
            const statementIds = new Set(events.map(([id]) => id));
            const byModule = new Map();
            for (const d of facts.auditDescriptors.value) {
                if (statementIds.has(d.id) || !disabled.has(d.id))
                    continue;
                byModule.set(d.module, [...(byModule.get(d.module) ?? []), d]);
            }
            for (const [module, ds] of [...byModule].sort(([a], [b]) => a.localeCompare(b))) {
                const shown = ds
                    .slice(0, 8)
                    .map(d => `${d.id} ${d.name}`)
                    .join(', ');
                findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `Module ${module}: ${(0,core_text/* raw */.lS)(String(ds.length))} filterable event${(0,core_text/* raw */.lS)(ds.length === 1 ? ' is' : 's are')} off (${shown}${(0,core_text/* raw */.lS)(ds.length > 8 ? ', ...' : '')}).`, `module:${module}`));
            }
        }
        return findings;
    }
}));
/** Every SQL++ statement event of 7.6 and 8.0 (id, name), for tools that read reports (detection coverage). */
const STATEMENT_EVENTS = [
    ...new Map([...STATEMENTS_76, ...STATEMENTS_80].map(e => [e[0], e])).values()
].sort((a, b) => a[0] - b[0]);

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/query-curl.ts




/**
 * Compliant: SQL++ CURL() may reach only the listed URLs (all_access false). With all_access
 * true a query_external_access user can make the query service fetch any URL (SSRF).
 */
/* harmony default export */ const query_curl = (defineCouchbaseCheck({
    meta: {
        id: 'cb/query-curl',
        title: 'SQL++ CURL() allowlist',
        dimension: 'Network Security',
        description: 'The query CURL() allowlist does not allow every URL (all_access false).',
        rationale: 'A CURL() allowlist open to every URL lets a query reach internal services and cloud metadata endpoints (server-side request forgery) or send data out.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'POST /settings/querySettings/curlAllowlist with all_access false and only the URLs queries need in allowed_urls; grant query_external_access sparingly.',
            link: 'https://docs.couchbase.com/server/current/n1ql/n1ql-language-reference/curl.html'
        },
        frameworks: { 'SOC 2': ['CC6.6'], 'ISO 27001': ['8.20'] }
    },
    evaluate(facts) {
        const c = (0,core_facts/* need */.$B)(facts.curlAllowlist);
        if (c.allAccess)
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `The CURL() allowlist has all_access true: SQL++ queries can fetch any URL the query nodes reach, internal services included.`)
            ];
        return [
            (0,check/* pass */.IX)(c.allowedUrls.length
                ? (0,core_text/* msg */.ab) `CURL() may reach only ${(0,core_text/* raw */.lS)(String(c.allowedUrls.length))} allowed URL prefix${(0,core_text/* raw */.lS)(c.allowedUrls.length === 1 ? '' : 'es')}: ${(0,core_text/* valueList */.Q0)(c.allowedUrls)}.`
                : (0,core_text/* msg */.ab) `CURL() may reach no URL (all_access false, no allowed URL).`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/couchbase/releases.ts
var couchbase_releases = __webpack_require__(7325);
;// CONCATENATED MODULE: ./src/engines/couchbase/checks/tls-version.ts






const STRONG = new Set(['tlsv1.2', 'tlsv1.3']);
/**
 * Compliant: the global and every per-service tlsMinVersion are TLS 1.2 or 1.3. From 7.6 on the
 * server refuses lower values and deletes stored ones on upgrade (ns_ssl_services_setup.erl
 * config_upgrade_to_76), so a FAIL is only possible on older releases. Community Edition leaves
 * the TLS keys out of the GET: it cannot set them and the built-in minimum TLS 1.2 applies.
 */
/* harmony default export */ const checks_tls_version = (defineCouchbaseCheck({
    meta: {
        id: 'cb/tls-version',
        title: 'Minimum TLS version',
        dimension: 'Encryption',
        description: 'tlsMinVersion is tlsv1.2 or tlsv1.3 globally and for every service that overrides it (xdcr included on 8.0).',
        rationale: 'TLS 1.0 and 1.1 have known weaknesses and lack modern ciphers, so connections that negotiate them can be downgraded or decrypted.',
        outcomes: ['PASS', 'FAIL'],
        remediation: {
            text: 'POST /settings/security tlsMinVersion=tlsv1.2 (and remove lower per-service overrides under /settings/security/<service>); upgrade to 7.6 or later, which refuses anything below TLS 1.2.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
        },
        frameworks: control_sets/* TRANSIT_CONTROLS */.lb
    },
    evaluate(facts) {
        const s = (0,core_facts/* need */.$B)(facts.security);
        if (facts.cluster.edition === 'community' && s.tlsMinVersion === null) {
            return [
                (0,check/* pass */.IX)((0,core_text/* msg */.ab) `Community Edition cannot set tlsMinVersion (the key is Enterprise only); the built-in minimum TLS 1.2 applies to every service.`)
            ];
        }
        const global = s.tlsMinVersion ?? 'tlsv1.2';
        const v = (0,couchbase_releases/* parseCouchbaseVersion */.Zq)(facts.cluster.version);
        const from76 = v !== null && (v.major > 7 || (v.major === 7 && v.minor >= 6));
        const findings = [];
        if (!STRONG.has(global))
            findings.push((0,check/* fail */.fJ)((0,core_text/* msg */.ab) `The cluster-wide tlsMinVersion is ${global}: TLS 1.0/1.1 are broken protocol versions${(0,core_text/* raw */.lS)(from76 ? ' (a 7.6+ node refuses this value: the cluster is mid-upgrade)' : '')}.`, 'global'));
        for (const [service, sv] of Object.entries(s.services)) {
            if (sv.tlsMinVersion && !STRONG.has(sv.tlsMinVersion)) {
                findings.push((0,check/* fail */.fJ)((0,core_text/* msg */.ab) `Service ${service} overrides tlsMinVersion to ${sv.tlsMinVersion}.`, service));
            }
        }
        if (findings.length)
            return findings;
        const overrides = Object.entries(s.services).filter(([, sv]) => sv.tlsMinVersion);
        return [
            (0,check/* pass */.IX)(overrides.length
                ? (0,core_text/* msg */.ab) `tlsMinVersion is ${global} cluster-wide; ${(0,core_text/* raw */.lS)(overrides.map(([k, sv]) => `${k} ${sv.tlsMinVersion}`).join(', '))}.`
                : (0,core_text/* msg */.ab) `tlsMinVersion is ${global} cluster-wide; no service overrides it.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/trusted-cas.ts






/**
 * Per trusted CA (EE): FAIL when expired or within 30 days of notAfter, WARN within 90 or when
 * the server itself warns (expires_soon, expired). Node certificates can be valid while their CA
 * is not. Community Edition has no trusted-CA store: N/A.
 */
/* harmony default export */ const trusted_cas = (defineCouchbaseCheck({
    meta: {
        id: 'cb/trusted-cas',
        title: 'Trusted CA expiry',
        dimension: 'Encryption',
        description: 'Every trusted CA certificate is valid for more than 90 days.',
        rationale: 'When a trusted CA expires, every certificate it signed stops validating and node or client connections fail; a renewal under time pressure invites mistakes.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Load the renewed CA (POST /node/controller/loadTrustedCAs on each node) and re-issue node and client certificates from it before the old CA expires; then remove the old CA.',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-server-certificates.html'
        },
        frameworks: control_sets/* TRANSIT_CONTROLS */.lb
    },
    evaluate(facts, ctx) {
        const cas = (0,core_facts/* need */.$B)(facts.trustedCAs);
        const findings = [];
        for (const ca of cas) {
            const at = Date.parse(ca.notAfter);
            const what = (0,core_text/* msg */.ab) `Trusted CA ${ca.subject} (${ca.type})`;
            if (Number.isNaN(at)) {
                (0,core_facts/* need */.$B)((0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `Trusted CA ${ca.subject} reports an unreadable notAfter ${ca.notAfter}.`), ca.subject);
            }
            const serverWarns = ca.warnings.filter(w => w === 'expired' || w === 'expires_soon');
            const byExpiry = judgeCertificateExpiry(what, ca.notAfter, ctx.auditedAt, ca.subject);
            // The server's own expires_soon/expired warning (its threshold is configurable) never reads as PASS.
            if (byExpiry.status === 'PASS' && serverWarns.length)
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(byExpiry.detail)} The server warns ${(0,core_text/* raw */.lS)(serverWarns.join(', '))}.`, ca.subject));
            else
                findings.push(byExpiry);
        }
        if (findings.length === 0)
            findings.push((0,check/* pass */.IX)((0,core_text/* msg */.ab) `No trusted CA is loaded beyond none: nothing can expire.`));
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/ui-over-http.ts




/**
 * Compliant: the web console is not reachable over plain HTTP from other hosts. With
 * clusterEncryptionLevel strict, ns_server binds its non-TLS listener (8091) to loopback
 * (menelaus_web.erl get_addr, misc:disable_non_ssl_ports), whatever disableUIOverHttp says.
 */
/* harmony default export */ const ui_over_http = (defineCouchbaseCheck({
    meta: {
        id: 'cb/ui-over-http',
        title: 'Web console over HTTP',
        dimension: 'Network Security',
        description: 'disableUIOverHttp is true, or clusterEncryptionLevel strict binds port 8091 to loopback, so administrators log in over HTTPS only.',
        rationale: 'A web console reachable over HTTP lets administrators sign in with passwords and session cookies sent in clear.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'POST /settings/security disableUIOverHttp=true (the console stays on https://host:18091), or set clusterEncryptionLevel strict.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
        },
        frameworks: { 'PCI DSS': ['4'], 'SOC 2': ['CC6.7'], 'ISO 27001': ['8.20'] }
    },
    evaluate(facts) {
        const s = (0,core_facts/* need */.$B)(facts.security);
        if (s.disableUIOverHttp === true)
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `The web console is served over HTTPS only (disableUIOverHttp true).`)];
        if (s.clusterEncryptionLevel === 'strict') {
            return [
                (0,check/* pass */.IX)((0,core_text/* msg */.ab) `clusterEncryptionLevel is strict, so port 8091 listens on loopback only: other hosts reach the console over HTTPS only (disableUIOverHttp false matters only on the node itself).`)
            ];
        }
        return [
            (0,check/* warn */.R8)((0,core_text/* msg */.ab) `The web console is served over plain HTTP on port 8091 (disableUIOverHttp false): administrator passwords can cross the network unencrypted.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/ui-session-timeout.ts





/** The longest idle console session taken as acceptable (PCI DSS 8.2.8 asks for 15 minutes). */
const MAX_SECONDS = 3600;
/** Compliant: the console logs idle sessions out within an hour. uiSessionTimeout is absent when unset. */
/* harmony default export */ const ui_session_timeout = (defineCouchbaseCheck({
    meta: {
        id: 'cb/ui-session-timeout',
        title: 'Console session timeout',
        dimension: 'Authentication & SSO',
        description: 'uiSessionTimeout is set to at most 3600 seconds, so idle console sessions end.',
        rationale: 'Console sessions that never time out stay usable on an unattended or shared machine and extend the life of a stolen session cookie.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'POST /settings/security uiSessionTimeout=900 (seconds; 60-1000000), or Security > Other Settings > Console idle timeout.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
        },
        frameworks: control_sets/* AUTHENTICATION_CONTROLS */.Ad
    },
    evaluate(facts) {
        const t = (0,core_facts/* need */.$B)(facts.security).uiSessionTimeout;
        if (t === null)
            return [(0,check/* warn */.R8)((0,core_text/* msg */.ab) `uiSessionTimeout is not set: an idle console session never times out.`)];
        if (t > MAX_SECONDS)
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `uiSessionTimeout is ${(0,core_text/* raw */.lS)(String(t))} s: idle console sessions last longer than ${(0,core_text/* raw */.lS)(String(MAX_SECONDS))} s.`)
            ];
        return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Idle console sessions end after ${(0,core_text/* raw */.lS)(String(t))} s (uiSessionTimeout).`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/version.ts




/** INFO version and edition; WARN when the release line is past its end of maintenance. */
/* harmony default export */ const checks_version = (defineCouchbaseCheck({
    meta: {
        id: 'cb/version',
        title: 'Couchbase Server version',
        dimension: 'Cluster Configuration',
        description: 'The release line is still maintained (per the release table shipped with db-posture).',
        rationale: 'A release line that is no longer maintained receives no security fixes, so known vulnerabilities stay open.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'Upgrade to a maintained release line (online upgrade node by node, or swap rebalance) and keep to its latest maintenance release.',
            link: 'https://docs.couchbase.com/server/current/install/upgrade.html'
        },
        // Patch management maps to no control in the framework table of policy.md.
        frameworks: {}
    },
    evaluate(facts, ctx) {
        const c = facts.cluster;
        const edition = c.edition === 'enterprise' ? 'Enterprise Edition' : 'Community Edition';
        const v = (0,couchbase_releases/* parseCouchbaseVersion */.Zq)(c.version);
        const asOf = facts.releases.asOf;
        if (!v)
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `Couchbase Server ${c.version} (${(0,core_text/* raw */.lS)(edition)}): the version cannot be parsed.`)];
        const versions = [
            ...new Set(c.nodes.map(n => (0,couchbase_releases/* parseCouchbaseVersion */.Zq)(n.version)?.release).filter(Boolean))
        ];
        const mixed = versions.length > 1 ? `; nodes run ${versions.join(', ')} (mixed-version cluster)` : '';
        const line = facts.releases.lines.find(l => l.line === v.line);
        const head = `Couchbase Server ${v.release} ${edition}${mixed}`;
        if (!line) {
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: the ${(0,core_text/* raw */.lS)(v.line)} line is not in the release table of ${(0,core_text/* raw */.lS)(asOf)}.`)];
        }
        const today = ctx.auditedAt.toISOString().slice(0, 10);
        if (line.endOfMaintenance < today) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: the ${(0,core_text/* raw */.lS)(v.line)} line left maintenance on ${(0,core_text/* raw */.lS)(line.endOfMaintenance)} (release table of ${(0,core_text/* raw */.lS)(asOf)}).`)
            ];
        }
        const behind = (0,couchbase_releases/* compareVersions */.Zy)(v.release, line.latest) < 0 ? `; ${line.latest} is the latest ${v.line} release` : '';
        return [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: maintained until ${(0,core_text/* raw */.lS)(line.endOfMaintenance)}${(0,core_text/* raw */.lS)(behind)} (release table of ${(0,core_text/* raw */.lS)(asOf)}).`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/index.ts






















/** Every cb/* check, sorted by id (the report groups them by dimension). */
const couchbaseChecks = [
    admin_users,
    audit_enabled,
    audit_exclusions,
    audit_rotation,
    ca_upload,
    certificates,
    client_cert_auth,
    checks_encryption_at_rest,
    external_auth,
    hsts,
    log_redaction,
    node_encryption,
    password_hash,
    checks_password_policy,
    plaintext_ports,
    query_audit,
    query_curl,
    checks_tls_version,
    trusted_cas,
    ui_over_http,
    ui_session_timeout,
    checks_version
];

;// CONCATENATED MODULE: ./src/engines/couchbase/observed.ts


/** What the cluster audits, for detection coverage: auditing on or off and every disabled event id. */
function observedCouchbase(facts) {
    if (!facts.audit.ok) {
        const reason = (0,core_facts/* explainMissing */.Ce)(facts.audit.reason, facts.audit.fix).text;
        return { settings: { 'audit.enabled': unknownValue(reason), 'audit.disabled': unknownValue(reason) } };
    }
    const a = facts.audit.value;
    const ids = [...a.disabled].sort((x, y) => x - y).map(String);
    return {
        settings: {
            'audit.enabled': known(a.auditdEnabled),
            'audit.disabled': known(ids.join(','), ids)
        }
    };
}

;// CONCATENATED MODULE: ./src/engines/couchbase/engine.ts


/** The Couchbase Server engine: a REST collector (GET only) and its checks. */
function couchbaseEngine() {
    return {
        id: 'couchbase',
        displayName: 'Couchbase Server',
        checks: couchbaseChecks,
        // The collector (and its client) load when an audit of this engine runs.
        collect: async (env) => (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(530)]).then(__webpack_require__.bind(__webpack_require__, 3530))).collectCouchbase(env),
        observed: observedCouchbase
    };
}

// EXTERNAL MODULE: ./src/sqlwire/endpoint.ts
var endpoint = __webpack_require__(1108);
// EXTERNAL MODULE: ./src/engines/cockroachdb/roles.ts
var cockroachdb_roles = __webpack_require__(482);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/define.ts
var cockroachdb_checks_define = __webpack_require__(982);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/admin-users.ts






/** Login members of admin, through nested roles, root included: 1-2 PASS, 3-5 WARN, 6+ FAIL. */
/* harmony default export */ const checks_admin_users = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/admin-users',
        title: 'Admin role members',
        dimension: 'Authorization',
        family: 'admin-count',
        description: 'At most two login users are members of admin, directly or through nested roles.',
        rationale: 'Every member of admin can read and change all data, grant itself anything and drop the cluster, so each extra member is one more credential whose theft is a full compromise.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'REVOKE admin FROM <user> (and from roles that carry it); give people narrower roles and system privileges; keep root for break-glass use.',
            link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authorization#admin-role'
        },
        frameworks: control_sets/* ADMIN_COUNT_CONTROLS */.Rp
    },
    evaluate(facts, ctx) {
        // NOSQLLOGIN, NOLOGIN and expired VALID UNTIL accounts cannot use SQL: they are not counted.
        const canLogin = (0,cockroachdb_roles/* sqlLoginFilter */.O$)(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
        const admins = (0,cockroachdb_roles/* adminMembers */.n)((0,core_facts/* need */.$B)(facts.users), canLogin);
        const labels = admins.map(a => (a.via ? `${a.name} (through ${a.via})` : a.name));
        const head = (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(admins.length))} login user${(0,core_text/* raw */.lS)(admins.length === 1 ? ' is a member' : 's are members')} of admin: ${(0,core_text/* valueList */.Q0)(labels)}`;
        return [judgeAdminCount(admins.length, head)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/api-keys.ts




/** A Cloud API key older than this should have been rotated. */
const MAX_AGE_DAYS = 90;
/** Cloud API keys (GET /api/v1/api-keys): WARN for each key created more than 90 days ago. */
/* harmony default export */ const api_keys = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/api-keys',
        title: 'Cloud API key age',
        dimension: 'Authentication & SSO',
        appliesTo: ['cloud'],
        description: `Every CockroachDB Cloud API key was created within the last ${MAX_AGE_DAYS} days.`,
        rationale: 'A Cloud API key is a bearer secret for a service account with no expiry of its own; the older it is, the more copies of it sit in CI variables, laptops and logs, and the longer a leaked one keeps working.',
        verify: 'Who uses each listed key, and whether it can be rotated without an outage.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'Create a new key for the service account, switch its users over, then delete the old key (Cloud Console > Organization > Access Management > Service Accounts).',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/managing-access#api-access'
        },
        frameworks: { 'SOC 2': ['CC6.1'], 'PCI DSS': ['8'], 'ISO 27001': ['5.17'] }
    },
    evaluate(facts, ctx) {
        const keys = (0,core_facts/* need */.$B)(facts.cloud.apiKeys);
        const cutoff = ctx.auditedAt.getTime() - MAX_AGE_DAYS * 86_400_000;
        const findings = [];
        for (const k of keys) {
            const created = Date.parse(k.createdAt);
            if (!Number.isFinite(created) || created < cutoff) {
                const age = Number.isFinite(created)
                    ? `${Math.floor((ctx.auditedAt.getTime() - created) / 86_400_000)} days ago`
                    : 'at an unknown time';
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `API key ${k.name} (service account ${k.serviceAccountId}) was created ${(0,core_text/* raw */.lS)(age)}: rotate it.`, k.id));
            }
        }
        if (findings.length)
            return findings;
        return [
            (0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* plural */.LS)(keys.length, 'API key'))}, each created within the last ${(0,core_text/* raw */.lS)(String(MAX_AGE_DAYS))} days.`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/audit-logging.ts
var audit_logging = __webpack_require__(9130);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/backup-schedules.ts





/** A run that should have started more than this long ago is overdue. */
const OVERDUE_MS = 24 * 3600 * 1000;
/**
 * Self-hosted: FAIL without a backup schedule; WARN for paused, failing or overdue schedules. Cloud:
 * INFO (managed backups exist). Never prints the storage URI's credentials (the collector removes them).
 */
/* harmony default export */ const backup_schedules = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/backup-schedules',
        title: 'Backup schedules',
        dimension: 'Backup & Recovery',
        family: 'backups',
        description: 'An active backup schedule exists, is not paused or failing, and runs on time.',
        rationale: 'Without a backup schedule that runs and succeeds, data lost to a bad migration, deletion or ransomware cannot be restored, and paused or failing schedules give that false comfort silently.',
        verify: 'That the backup destination holds recent backups and that a restore has been tested.',
        outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
        remediation: {
            text: "CREATE SCHEDULE ... FOR BACKUP INTO 's3://...?AUTH=implicit' RECURRING '@hourly' FULL BACKUP '@daily' WITH SCHEDULE OPTIONS first_run = 'now'; RESUME paused schedules and fix failing ones.",
            link: 'https://www.cockroachlabs.com/docs/stable/create-schedule-for-backup'
        },
        frameworks: control_sets/* BACKUP_CONTROLS */.AA
    },
    evaluate(facts, ctx) {
        const schedules = (0,core_facts/* need */.$B)(facts.schedules).filter(s => s.isBackup);
        if (ctx.deployment === 'cloud') {
            return [
                (0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* plural */.LS)(schedules.length, 'self-managed backup schedule'))}; CockroachDB Cloud also takes managed backups (see crdb/managed-backups).`)
            ];
        }
        if (schedules.length === 0)
            return [(0,check/* fail */.fJ)((0,core_text/* msg */.ab) `No backup schedule exists: the cluster is not backed up by CockroachDB.`)];
        const findings = [];
        for (const s of schedules) {
            const label = (0,core_text/* msg */.ab) `Schedule ${s.label} (${(0,core_text/* raw */.lS)(s.recurrence)})`;
            const job = s.lastJob;
            if (s.status === 'PAUSED' && s.state && /^Waiting for initial backup to complete$/i.test(s.state))
                findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} waits for its full backup's first run (${s.state}).`, s.label));
            else if (s.status === 'PAUSED')
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} is paused${(0,core_text/* raw */.lS)(s.state ? `: ${s.state}` : '')}.`, s.label));
            else if (job && /^(failed|canceled|reverting)$/i.test(job.status))
                // ACTIVE with on_execution_failure = RETRY_SCHED keeps a failing schedule running.
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} is active but its last run (${(0,core_text/* raw */.lS)(job.created.slice(0, 16).replace('T', ' '))}) ended ${(0,core_text/* raw */.lS)(job.status)}${(0,core_text/* raw */.lS)(job.error ? `: ${job.error}` : '')}.`, s.label));
            else if (s.state && /error|fail/i.test(s.state))
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} reports ${s.state}.`, s.label));
            else if (s.nextRun && Date.parse(s.nextRun) < ctx.auditedAt.getTime() - OVERDUE_MS) {
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} should have run on ${(0,core_text/* raw */.lS)(s.nextRun.slice(0, 16).replace('T', ' '))} and has not.`, s.label));
            }
            else
                findings.push((0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} is active; next run ${(0,core_text/* raw */.lS)(s.nextRun ? s.nextRun.slice(0, 16).replace('T', ' ') : 'unknown')}; ${(0,core_text/* raw */.lS)(job
                    ? `last run ${job.created.slice(0, 16).replace('T', ' ')} ${job.status}`
                    : job === null
                        ? 'no run is visible (none yet, or the auditor lacks VIEWJOB)'
                        : 'its runs could not be read')}.`, s.label));
        }
        return findings;
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/hba.ts
var cockroachdb_hba = __webpack_require__(6334);
// EXTERNAL MODULE: ./src/engines/cockroachdb/settings.ts
var cockroachdb_settings = __webpack_require__(7862);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/hba.ts
var checks_hba = __webpack_require__(3576);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/client-certificates.ts








/**
 * Certificate logins (HBA methods cert, cert-password, cert-scram-sha-256; the built-in root rule
 * and the default configuration use cert-password): revocation checking (security.ocsp.mode,
 * default off) and the subject / SAN requirements (security.client_cert.subject_required.enabled,
 * .san_required.enabled from v26.2).
 */
/* harmony default export */ const client_certificates = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/client-certificates',
        title: 'Client certificate checks',
        dimension: 'Authentication & SSO',
        appliesTo: ['self-hosted'],
        description: 'Certificate logins check revocation (security.ocsp.mode strict) and require a certificate subject or SAN mapping.',
        rationale: 'Without revocation checks a revoked or stolen client certificate keeps logging in until it expires, and without a subject mapping any certificate the CA ever signed can claim a SQL user by its common name.',
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: "SET CLUSTER SETTING security.ocsp.mode = 'strict'; SET CLUSTER SETTING security.client_cert.subject_required.enabled = true; (and security.client_cert.san_required.enabled on v26.2+), then set SUBJECT role options.",
            link: 'https://www.cockroachlabs.com/docs/stable/manage-certs-revoke-ocsp'
        },
        frameworks: control_sets/* AUTHENTICATION_CONTROLS */.Ad
    },
    evaluate(facts) {
        // The built-in root rule (cert-password) always allows certificate logins.
        const hba = (0,cockroachdb_settings/* settingIfKnown */.JJ)(facts, checks_hba/* HBA_SETTING */.L);
        const parsed = hba ? (0,cockroachdb_hba/* parseCrdbHba */.UB)(hba) : undefined;
        const methods = parsed?.ok
            ? [...new Set(parsed.rules.map(r => r.method).filter(m => m.startsWith('cert')))]
            : [];
        const mode = (0,core_facts/* need */.$B)(facts.settings['security.ocsp.mode']).toLowerCase();
        const subject = (0,cockroachdb_settings/* isTrue */.Hn)((0,cockroachdb_settings/* settingIfKnown */.JJ)(facts, 'security.client_cert.subject_required.enabled'));
        const san = (0,cockroachdb_settings/* isTrue */.Hn)((0,cockroachdb_settings/* settingIfKnown */.JJ)(facts, 'security.client_cert.san_required.enabled'));
        const used = `certificate logins (${methods.length ? methods.join(', ') : 'cert-password in the built-in root rule'})`;
        const findings = [];
        if (mode === 'strict')
            findings.push((0,check/* pass */.IX)((0,core_text/* msg */.ab) `security.ocsp.mode is strict: revoked client certificates are refused for ${(0,core_text/* raw */.lS)(used)}.`));
        else if (mode === 'lax')
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `security.ocsp.mode is lax: a certificate whose OCSP responder cannot be reached is still accepted for ${(0,core_text/* raw */.lS)(used)}.`));
        else
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `security.ocsp.mode is ${(0,core_text/* raw */.lS)(mode)}: revoked client certificates keep working for ${(0,core_text/* raw */.lS)(used)}.`));
        findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `Certificate subject required: ${(0,core_text/* raw */.lS)(subject ? 'yes' : 'no')}; SAN required: ${(0,core_text/* raw */.lS)(san ? 'yes' : (0,cockroachdb_settings/* settingIfKnown */.JJ)(facts, 'security.client_cert.san_required.enabled') === undefined ? 'unknown (v26.2+ setting)' : 'no')}.`));
        return findings;
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/cmek.ts
var cmek = __webpack_require__(2077);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/console-admins.ts





const ADMIN_ROLES = new Set(['ORG_ADMIN', 'CLUSTER_ADMIN']);
/** Cloud Console users holding ORG_ADMIN or CLUSTER_ADMIN (GET /api/v1/roles): 1-2 / 3-5 / 6+. */
/* harmony default export */ const console_admins = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/console-admins',
        title: 'Cloud Console administrators',
        dimension: 'Authorization',
        family: 'admin-count',
        appliesTo: ['cloud'],
        description: 'At most two Cloud Console users hold ORG_ADMIN or CLUSTER_ADMIN.',
        rationale: 'ORG_ADMIN and CLUSTER_ADMIN can change network access, users and backups and delete clusters, so every extra holder is another Console account whose compromise controls the data.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Give people CLUSTER_DEVELOPER or CLUSTER_OPERATOR_WRITER instead of ORG_ADMIN / CLUSTER_ADMIN in the Cloud Console (Access Management), keeping two administrators.',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/authorization'
        },
        frameworks: control_sets/* PRIVILEGED_ACCESS_CONTROLS */.WZ
    },
    evaluate(facts) {
        const grants = (0,core_facts/* need */.$B)(facts.cloud.consoleRoles);
        const admins = grants
            .filter(g => g.roles.some(r => ADMIN_ROLES.has(r.name)))
            .map(g => `${g.userId} (${[...new Set(g.roles.filter(r => ADMIN_ROLES.has(r.name)).map(r => r.name))].join(', ')})`)
            .sort();
        const head = (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(admins.length))} Cloud Console user${(0,core_text/* raw */.lS)(admins.length === 1 ? ' holds' : 's hold')} ORG_ADMIN or CLUSTER_ADMIN: ${(0,core_text/* valueList */.Q0)(admins)}`;
        return [judgeAdminCount(admins.length, head)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/attested.ts


/**
 * Shared by checks that no API can answer (Console SSO, SCIM): UNKNOWN until a person attests the
 * state in the baseline file; an expired attestation is UNKNOWN again. `id` only names the check
 * in the message: the lookup is bound to the running check.
 */
function fromAttestation(id, ctx, what, missing) {
    const a = ctx.attestation();
    if (a.state === 'none')
        return [
            (0,check/* unknown */.L5)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(missing)} Fix: attest it in the baseline file (attestations, check ${(0,core_text/* raw */.lS)(id)}).`)
        ];
    const at = a.attestation;
    const by = (0,core_text/* msg */.ab) `attested by ${at.attestedBy} (${at.evidence}), valid until ${(0,core_text/* raw */.lS)(at.expires)}`;
    if (a.state === 'expired')
        return [
            (0,check/* unknown */.L5)((0,core_text/* msg */.ab) `The attestation expired: ${(0,core_text/* raw */.lS)(by)}. Fix: re-verify and renew it in the baseline file.`)
        ];
    switch (at.status) {
        case 'PASS':
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what.PASS)}, ${(0,core_text/* raw */.lS)(by)}.`)];
        case 'WARN':
            return [(0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what.WARN)}, ${(0,core_text/* raw */.lS)(by)}.`)];
        case 'FAIL':
            return [(0,check/* fail */.fJ)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what.FAIL)}, ${(0,core_text/* raw */.lS)(by)}.`)];
        default:
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `Attested ${(0,core_text/* raw */.lS)(at.status)}, ${(0,core_text/* raw */.lS)(by)}.`)];
    }
}

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/console-sso.ts



const console_sso_ID = 'crdb/console-sso';
/** Cloud Console single sign-on: no API exposes it, so only an attestation settles it. */
/* harmony default export */ const console_sso = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/console-sso',
        attestable: true,
        title: 'Cloud Console SSO',
        dimension: 'Authentication & SSO',
        family: 'sso',
        appliesTo: ['cloud'],
        description: 'Cloud Console sign-in goes through the organization SSO (SAML/OIDC) and is enforced for every member.',
        rationale: "Console members who sign in with local passwords escape the identity provider's MFA, offboarding and session policy, so a leaver or a phished password keeps control-plane access.",
        verify: 'In the Cloud Console, Organization > Authentication: SSO configured and required for all members; attach a screenshot or the audit log entry as evidence.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Configure Cloud Organization SSO (Organization > Authentication), require it for all members, then record an attestation in the baseline file with the evidence.',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/configure-cloud-org-sso'
        },
        frameworks: {
            'SOC 2': ['CC6.1', 'CC6.2'],
            'ISO 27001': ['5.15', '8.5'],
            HIPAA: ['164.312(d)'],
            'PCI DSS': ['8']
        }
    },
    evaluate(_facts, ctx) {
        return fromAttestation(console_sso_ID, ctx, {
            PASS: 'Console SSO is enforced',
            WARN: 'Console SSO is enabled but not enforced',
            FAIL: 'Console SSO is not configured'
        }, (0,core_text/* msg */.ab) `No Cloud API exposes the Console SSO configuration.`);
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/crypto-posture.ts





/** INFO only: what the SQL port negotiates, the server key, and --tls-cipher-suites when set. */
/* harmony default export */ const checks_crypto_posture = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/crypto-posture',
        title: 'Cryptographic posture',
        dimension: 'Encryption',
        description: 'TLS 1.3 with AEAD ciphers, a strong server key and, where available, a post-quantum hybrid key exchange.',
        rationale: 'Older TLS versions, non-AEAD ciphers and weak server keys lower the cost of decrypting or tampering with captured traffic, and classical-only key exchange lets recorded sessions be decrypted later.',
        outcomes: ['INFO'],
        remediation: {
            text: 'Keep TLS 1.3, RSA-2048+/ECDSA P-256+ node keys, and restrict suites with cockroach start --tls-cipher-suites (v25.2+) when policy asks.',
            link: 'https://www.cockroachlabs.com/docs/stable/authentication#supported-cipher-suites'
        },
        frameworks: { 'ISO 27001': ['8.24'], 'PCI DSS': ['4'] }
    },
    evaluate(facts, ctx) {
        const tls = (0,core_facts/* need */.$B)(facts.tls);
        if (!tls.offered)
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `The SQL port offers no TLS (see crdb/tls).`)];
        const leaf = tls.chain[0];
        const key = leaf
            ? `${leaf.keyType}${leaf.curve ? ` ${leaf.curve}` : leaf.keyBits ? ` ${leaf.keyBits} bits` : ''}`
            : 'unknown';
        const pq = tls.postQuantumHybrid === 'untested'
            ? `${tls_probe/* PQ_HYBRID_GROUP */.jJ} not tested${tls.postQuantumNote ? ` (${tls.postQuantumNote})` : ''}`
            : `${tls_probe/* PQ_HYBRID_GROUP */.jJ} ${tls.postQuantumHybrid}`;
        const suites = facts.nodeArgs.ok
            ? facts.nodeArgs.value.flatMap(n => n.args.filter(a => a.startsWith('--tls-cipher-suites')))
            : [];
        const suiteText = ctx.deployment === 'cloud'
            ? ''
            : !facts.nodeArgs.ok
                ? '; cipher-suite flags unknown (node command lines unreadable)'
                : suites.length
                    ? `; ${[...new Set(suites)].join(' ')}`
                    : '; no --tls-cipher-suites (CockroachDB defaults)';
        return [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `Negotiated ${(0,core_text/* raw */.lS)(tls.protocol ?? '?')} with ${(0,core_text/* raw */.lS)(tls.cipher ?? '?')}, key exchange ${(0,core_text/* raw */.lS)(tls.group ?? '?')}; ${(0,core_text/* raw */.lS)(pq)}; server key ${(0,core_text/* raw */.lS)(key)}${(0,core_text/* raw */.lS)(suiteText)}.`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/database-sso.ts
var database_sso = __webpack_require__(6638);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/db-console-sessions.ts






/** Longest DB Console session the check accepts without a finding (the default is 168 hours). */
const MAX_HOURS = 12;
/** `168:00:00`, `168h0m0s`, `12h`, `30m`, `1 day` -> hours; NaN when not a duration. */
function durationHours(v) {
    const t = v.trim();
    let m = /^(?:(\d+) days? )?(\d+):(\d\d):(\d\d(?:\.\d+)?)$/.exec(t);
    if (m)
        return Number(m[1] ?? 0) * 24 + Number(m[2]) + Number(m[3]) / 60 + Number(m[4]) / 3600;
    m = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(t);
    if (m && t !== '')
        return Number(m[1] ?? 0) + Number(m[2] ?? 0) / 60 + Number(m[3] ?? 0) / 3600;
    return Number.NaN;
}
/** DB Console sessions: lifetime (server.web_session.timeout) and HSTS (server.hsts.enabled). */
/* harmony default export */ const db_console_sessions = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/db-console-sessions',
        title: 'DB Console sessions',
        dimension: 'Authentication & SSO',
        appliesTo: ['self-hosted'],
        description: `DB Console sessions last at most ${MAX_HOURS} hours and the console sends HSTS.`,
        rationale: 'Long-lived DB Console sessions widen the window in which a stolen session cookie works, and without HSTS a browser can be downgraded to plain HTTP and leak it.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: "SET CLUSTER SETTING server.web_session.timeout = '12h'; SET CLUSTER SETTING server.hsts.enabled = true;",
            link: 'https://www.cockroachlabs.com/docs/stable/cluster-settings'
        },
        frameworks: control_sets/* AUTHENTICATION_CONTROLS */.Ad
    },
    evaluate(facts) {
        const raw_ = (0,core_facts/* need */.$B)(facts.settings['server.web_session.timeout']);
        const hours = durationHours(raw_);
        const hsts = (0,cockroachdb_settings/* isTrue */.Hn)((0,core_facts/* need */.$B)(facts.settings['server.hsts.enabled']));
        const findings = [];
        if (!Number.isFinite(hours))
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `server.web_session.timeout reads ${raw_}, which is not a duration this check understands.`));
        else if (hours > MAX_HOURS)
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `server.web_session.timeout is ${(0,core_text/* raw */.lS)(raw_)} (${(0,core_text/* raw */.lS)(String(Math.round(hours)))} hours${(0,core_text/* raw */.lS)(hours === 168 ? ', the default' : '')}): a stolen DB Console cookie stays valid that long.`));
        if (!hsts)
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `server.hsts.enabled is off: browsers may reach the DB Console over plain HTTP first.`));
        if (findings.length)
            return findings;
        return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `DB Console sessions last ${(0,core_text/* raw */.lS)(raw_)} and HSTS is on.`)];
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/delete-protection.ts
var delete_protection = __webpack_require__(8980);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/egress-policy.ts





/**
 * GET /api/v1/clusters/{id} egress_traffic_policy: DEFAULT_DENY PASS; ALLOW_ALL WARN (backups,
 * changefeeds and exports may reach any destination); others INFO. Advanced only.
 */
/* harmony default export */ const egress_policy = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/egress-policy',
        title: 'Egress traffic policy',
        dimension: 'Network Security',
        appliesTo: ['cloud'],
        description: 'Advanced clusters deny outbound traffic by default and allow only listed destinations.',
        rationale: 'With outbound traffic open, a compromised account can copy data out through BACKUP, EXPORT or changefeeds to any destination it chooses.',
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: 'Set the egress traffic policy to DEFAULT_DENY and add egress rules for the backup, changefeed and export destinations you use.',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/egress-perimeter-controls'
        },
        frameworks: control_sets/* NETWORK_BOUNDARY_CONTROLS */.r
    },
    evaluate(facts) {
        const cluster = (0,core_facts/* need */.$B)(facts.cloud.cluster);
        if (cluster.plan !== 'ADVANCED')
            return [
                (0,check/* info */.pq)((0,core_text/* msg */.ab) `Egress perimeter controls need the Advanced plan; this cluster is ${(0,core_text/* raw */.lS)(cluster.plan)}.`)
            ];
        const p = cluster.egressTrafficPolicy;
        if (!p)
            (0,core_facts/* need */.$B)((0,core_facts/* unavailable */.hU)('The Cloud API did not return egress_traffic_policy for this cluster.'));
        if (p === 'DEFAULT_DENY')
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Egress traffic policy is DEFAULT_DENY: only listed destinations are reachable.`)];
        if (p === 'ALLOW_ALL')
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `Egress traffic policy is ALLOW_ALL: backups, changefeeds and exports may send data to any destination (inferred from the policy's meaning).`)
            ];
        return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `Egress traffic policy is ${(0,core_text/* raw */.lS)(p)}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/encryption-at-rest.ts





/**
 * Every store encrypted (kv_store_status properties.encrypted, or --enterprise-encryption on every
 * node). "Not enabled" is a WARN with condition `not-enabled`: the policy raises it to FAIL for
 * PII/PHI or financial data.
 */
/* harmony default export */ const cockroachdb_checks_encryption_at_rest = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/encryption-at-rest',
        title: 'Encryption at rest',
        dimension: 'Encryption',
        family: 'encryption-at-rest',
        appliesTo: ['self-hosted'],
        description: 'Every node runs Enterprise encryption at rest (--enterprise-encryption) with a real key, not key=plain.',
        rationale: 'Without encryption at rest, anyone who gets a disk, snapshot or store directory reads the data directly, bypassing every database permission.',
        verify: "When the volumes are encrypted instead: the disk or volume encryption of every node's store, the evidence for a waiver of this finding.",
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'Start every node with --enterprise-encryption=path=<store>,key=<aes key file>,old-key=plain and rotate keys with rotation-period; or encrypt the volumes and waive this finding in the baseline with that evidence (no API shows volume encryption).',
            link: 'https://www.cockroachlabs.com/docs/stable/encryption'
        },
        frameworks: control_sets/* AT_REST_CONTROLS */.Q2
    },
    evaluate(facts) {
        // properties.encrypted is true whenever an encryption environment exists, key=plain included
        // (pkg/storage computeStoreProperties), so the key type must come from the node command lines.
        const nodes = (0,core_facts/* need */.$B)(facts.nodeArgs);
        const stores = facts.stores.ok ? facts.stores.value : undefined;
        const plain = [];
        const without = [];
        for (const n of nodes) {
            const specs = encryptionSpecs(n.args);
            if (specs.length === 0)
                without.push(`n${n.nodeId}`);
            else if (specs.some(s => (s.key ?? '').toLowerCase() === 'plain' || s.key === undefined))
                plain.push(`n${n.nodeId}`);
        }
        const unencryptedStores = (stores ?? [])
            .filter(s => s.encrypted === false)
            .map(s => `n${s.nodeId}/s${s.storeId}`);
        const findings = [];
        if (plain.length)
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Nodes ${(0,core_text/* raw */.lS)(plain.join(', '))} run --enterprise-encryption with key=plain (or no key): their stores are written in plaintext although kv_store_status reports encrypted = true.`, undefined, 'not-enabled'));
        if (without.length)
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Nodes ${(0,core_text/* raw */.lS)(without.join(', '))} start without --enterprise-encryption: their stores are not encrypted by CockroachDB.`, undefined, 'not-enabled'));
        if (unencryptedStores.length && !findings.length)
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Stores ${(0,core_text/* raw */.lS)(unencryptedStores.join(', '))} report encrypted = false.`, undefined, 'not-enabled'));
        if (findings.length)
            return findings;
        if (nodes.length === 0)
            (0,core_facts/* need */.$B)(facts.stores);
        return [
            (0,check/* pass */.IX)((0,core_text/* msg */.ab) `Every node (${(0,core_text/* raw */.lS)(String(nodes.length))}) starts with --enterprise-encryption and an AES key (not key=plain)${(0,core_text/* raw */.lS)(stores ? `; ${stores.length === 1 ? '1 store reports' : `${stores.length} stores report`} encrypted = true` : '')}.`)
        ];
    }
}));
/** The path=/key= specs of every --enterprise-encryption flag (`--flag=spec` or `--flag spec`). */
function encryptionSpecs(args) {
    const out = [];
    args.forEach((a, i) => {
        let spec;
        if (a.startsWith('--enterprise-encryption='))
            spec = a.slice('--enterprise-encryption='.length);
        else if (a === '--enterprise-encryption')
            spec = args[i + 1];
        if (spec === undefined)
            return;
        const fields = Object.fromEntries(spec.split(',').map(kv => {
            const eq = kv.indexOf('=');
            return eq < 0 ? [kv, ''] : [kv.slice(0, eq).trim(), kv.slice(eq + 1).trim()];
        }));
        out.push({
            ...(fields.path !== undefined ? { path: fields.path } : {}),
            ...(fields.key !== undefined ? { key: fields.key } : {})
        });
    });
    return out;
}

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/identity-map.ts
var identity_map = __webpack_require__(4468);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/ip-allowlist.ts
var ip_allowlist = __webpack_require__(7340);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/ldap.ts
var ldap = __webpack_require__(6028);
// EXTERNAL MODULE: ./src/engines/cockroachdb/license.ts
var license = __webpack_require__(524);
// EXTERNAL MODULE: ./src/engines/cockroachdb/releases.ts
var cockroachdb_releases = __webpack_require__(4409);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/license.ts







/**
 * The enterprise licence, decoded locally (never printed). v24.3+ switches nothing off but
 * throttles connections without a valid licence past the 7-day grace period
 * (pkg/ccl/utilccl/license_check.go, newest); before v24.3 an invalid licence (expired, other
 * organization or cluster: License.Check) turns enterprise features such as role-based audit
 * logging off.
 */
/* harmony default export */ const checks_license = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/license',
        title: 'Enterprise licence',
        dimension: 'Cluster Configuration',
        appliesTo: ['self-hosted'],
        description: 'A valid enterprise licence for this cluster is installed.',
        rationale: 'Before v24.3 an invalid licence switches enterprise features such as role-based audit logging off while they still look configured; from v24.3 on the cluster throttles connections once the grace period ends.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: "SET CLUSTER SETTING enterprise.license = '<key>'; with a licence for this organization (cluster.organization) that has not expired.",
            link: 'https://www.cockroachlabs.com/docs/stable/licensing-faqs'
        },
        frameworks: {}
    },
    evaluate(facts, ctx) {
        const lic = (0,core_facts/* need */.$B)(facts.license);
        const era = (0,cockroachdb_releases/* crdbEra */.Y3)(facts.version.ok ? facts.version.value.tag : undefined);
        const effect = era.licenceGated === false
            ? 'connections are throttled once the 7-day grace period is over'
            : 'enterprise features such as role-based audit logging are switched off';
        const r = (0,license/* cclLicenceAccepted */.t)(lic, ctx.auditedAt, facts.clusterId, (0,cockroachdb_settings/* settingIfKnown */.JJ)(facts, 'cluster.organization'));
        if (r.accepted === true) {
            const until = lic.validUntil ? `runs until ${lic.validUntil.slice(0, 10)}` : 'has no end date';
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `The installed ${(0,core_text/* raw */.lS)(lic.type ?? '')} licence ${(0,core_text/* raw */.lS)(until)}: ${(0,core_text/* raw */.lS)(r.why)}.`)];
        }
        return [
            (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(r.why.charAt(0).toUpperCase() + r.why.slice(1))}${(0,core_text/* raw */.lS)(r.accepted === 'maybe' ? '' : `: ${effect}`)}.`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/log-export.ts
var log_export = __webpack_require__(7398);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/managed-backups.ts
var managed_backups = __webpack_require__(2966);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/password-hashing.ts
var password_hashing = __webpack_require__(2969);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/password-policy.ts
var cockroachdb_checks_password_policy = __webpack_require__(6307);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/private-endpoints.ts
var private_endpoints = __webpack_require__(8609);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/public-privileges.ts
var public_privileges = __webpack_require__(177);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/scim.ts



const scim_ID = 'crdb/scim';
/** SCIM provisioning from the identity provider: attestation only (no read API). */
/* harmony default export */ const scim = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/scim',
        attestable: true,
        title: 'SCIM provisioning',
        dimension: 'Authentication & SSO',
        family: 'scim',
        appliesTo: ['cloud'],
        description: 'Cloud organization members are provisioned and deprovisioned by the identity provider over SCIM 2.0.',
        rationale: 'Without SCIM, people who leave or change teams keep their Cloud organization membership until someone removes them by hand, and access reviews drift from the directory.',
        verify: 'In the identity provider: SCIM provisioning to CockroachDB Cloud enabled, with the last successful sync; attach it as evidence.',
        outcomes: ['PASS', 'FAIL'],
        remediation: {
            text: 'Enable SCIM provisioning with an ORG_ADMIN service account token in your identity provider, then record an attestation in the baseline file.',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/configure-scim-provisioning'
        },
        frameworks: { 'SOC 2': ['CC6.2', 'CC6.3'], 'ISO 27001': ['5.15'] }
    },
    evaluate(_facts, ctx) {
        return fromAttestation(scim_ID, ctx, {
            PASS: 'SCIM provisioning is enabled and connected',
            WARN: 'SCIM provisioning is partly set up',
            FAIL: 'SCIM provisioning is not set up'
        }, (0,core_text/* msg */.ab) `No Cloud API exposes whether SCIM provisioning is connected.`);
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/sensitive-redaction.ts
var sensitive_redaction = __webpack_require__(7801);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/session-logging.ts
var session_logging = __webpack_require__(9457);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/session-revival-token.ts
var session_revival_token = __webpack_require__(4187);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/system-privileges.ts






/**
 * Privileges that give cluster-wide control, reach outside the cluster or expose other users'
 * secrets and SQL (reference 2.4): held as a system privilege or as a role option alike.
 */
const POWERFUL = new Set([
    'ALL',
    'MODIFYCLUSTERSETTING',
    'MODIFYSQLCLUSTERSETTING',
    'CREATEROLE',
    'CREATELOGIN',
    'EXTERNALIOIMPLICITACCESS',
    'REPAIRCLUSTER',
    'REPAIRCLUSTERMETADATA',
    'MANAGEVIRTUALCLUSTER',
    'BACKUP',
    'RESTORE',
    'VIEWSYSTEMTABLE',
    'VIEWACTIVITY',
    'VIEWDEBUG',
    'REPLICATION',
    'BYPASSRLS',
    'CONTROLJOB'
]);
/** What the least-privilege audit login is told to hold (README): not findings on that login. */
const AUDITOR_READS = new Set(['VIEWCLUSTERSETTING', 'VIEWCLUSTERMETADATA', 'VIEWSYSTEMTABLE', 'VIEWJOB']);
/** Role options that are privileges (pkg/sql/roleoption): CockroachDB honours them like system grants. */
const PRIVILEGE_OPTIONS = new Set([
    'CREATEROLE',
    'CREATELOGIN',
    'CREATEDB',
    'CONTROLJOB',
    'CONTROLCHANGEFEED',
    'VIEWACTIVITY',
    'VIEWACTIVITYREDACTED',
    'CANCELQUERY',
    'MODIFYCLUSTERSETTING',
    'MODIFYSQLCLUSTERSETTING',
    'VIEWCLUSTERSETTING',
    'VIEWCLUSTERMETADATA',
    'VIEWDEBUG',
    'REPLICATION',
    'BYPASSRLS'
]);
/**
 * WARN for non-admin holders of a powerful privilege, whether SHOW SYSTEM GRANTS lists it or SHOW
 * USERS shows it as a role option (SHOW SYSTEM GRANTS lists neither role options nor inherited
 * grants); a role's holding is reported with the login users who inherit it. INFO otherwise.
 */
/* harmony default export */ const system_privileges = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/system-privileges',
        title: 'System privileges',
        dimension: 'Authorization',
        description: 'Powerful system privileges and privilege-granting role options are held only by members of admin.',
        rationale: 'System privileges and role options held outside admin (CREATEROLE, MODIFYCLUSTERSETTING and the like) let those users raise their own access or weaken cluster security without being administrators on paper.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'REVOKE SYSTEM <privilege> FROM <grantee>; or ALTER ROLE <name> WITH NO<OPTION>; grant VIEWCLUSTERSETTING / VIEWCLUSTERMETADATA / VIEWACTIVITYREDACTED for read-only needs instead.',
            link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authorization#supported-privileges'
        },
        frameworks: control_sets/* PRIVILEGED_ACCESS_CONTROLS */.WZ
    },
    evaluate(facts, ctx) {
        const grants = (0,core_facts/* need */.$B)(facts.systemGrants);
        const users = (0,core_facts/* need */.$B)(facts.users);
        const canLogin = (0,cockroachdb_roles/* sqlLoginFilter */.O$)(ctx.auditedAt, grants);
        const admins = new Set(['admin', 'root', ...(0,cockroachdb_roles/* adminMembers */.n)(users, canLogin).map(a => a.name)]);
        const held = [
            ...grants.map(g => ({
                holder: g.grantee,
                privilege: g.privilege,
                grantable: g.grantable,
                source: 'system privilege'
            })),
            ...users.flatMap(u => u.options
                .map(o => o.toUpperCase())
                .filter(o => PRIVILEGE_OPTIONS.has(o))
                .map(o => ({ holder: u.username, privilege: o, grantable: false, source: 'role option' })))
        ];
        const findings = [];
        const rest = [];
        for (const h of held) {
            if (admins.has(h.holder))
                continue;
            // The read privileges the README asks for the audit login are expected there.
            if (!POWERFUL.has(h.privilege) || (h.holder === facts.auditLogin && AUDITOR_READS.has(h.privilege))) {
                rest.push(`${h.holder} ${h.privilege}`);
                continue;
            }
            const holder = users.find(u => u.username === h.holder);
            const inheritors = users
                .filter(u => u.username !== h.holder && canLogin(u) && (0,cockroachdb_roles/* belongsTo */.g4)(users, u.username, h.holder))
                .map(u => u.username);
            const isRole = holder !== undefined && !canLogin(holder);
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(isRole ? 'Role' : 'User')} ${h.holder} holds ${(0,core_text/* raw */.lS)(h.privilege)} as a ${(0,core_text/* raw */.lS)(h.source)}${(0,core_text/* raw */.lS)(h.grantable ? ' WITH GRANT OPTION' : '')} without being a member of admin${(0,core_text/* raw */.lS)(inheritors.length ? `; login members (who inherit system privileges through the role): ${inheritors.join(', ')}` : '')}.`, `${h.holder}:${h.privilege}`));
        }
        if (findings.length)
            return findings;
        return [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* plural */.LS)(grants.length, 'system grant'))} and role options checked; non-admin holders hold only limited privileges${(0,core_text/* raw */.lS)(rest.length ? ` (${rest.join(', ')})` : '')}.`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/table-audit.ts
var table_audit = __webpack_require__(7959);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/tls.ts






const byExpiry = judgeCertificateExpiry;
/** Cloud: enforced. Self-hosted: no --insecure, TLS offered, certificates served (and in --certs-dir) not near expiry. */
/* harmony default export */ const checks_tls = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/tls',
        title: 'TLS and certificates',
        dimension: 'Encryption',
        family: 'encryption-in-transit',
        description: 'SQL connections require TLS and every certificate is valid for more than 90 days.',
        rationale: 'Without required TLS, credentials and data cross the network in clear; a certificate that expires stops every client that verifies it.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Never run --insecure or --accept-sql-without-tls; rotate node and client certificates (cockroach cert create-node ...) before they expire and reload them with SIGHUP.',
            link: 'https://www.cockroachlabs.com/docs/stable/rotate-certificates'
        },
        frameworks: control_sets/* TRANSIT_CONTROLS */.lb
    },
    evaluate(facts, ctx) {
        if (ctx.deployment === 'cloud')
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `CockroachDB Cloud enforces TLS on every SQL connection.`)];
        const findings = [];
        if (facts.nodeArgs.ok) {
            for (const n of facts.nodeArgs.value) {
                const flag = n.args.find(a => a === '--insecure' || a.startsWith('--insecure=') || a.startsWith('--accept-sql-without-tls'));
                if (flag && flag !== '--insecure=false')
                    findings.push((0,check/* fail */.fJ)((0,core_text/* msg */.ab) `Node n${(0,core_text/* raw */.lS)(String(n.nodeId))} runs with ${flag}: SQL clients may connect without TLS.`, `n${n.nodeId}`));
            }
        }
        const tls = (0,core_facts/* need */.$B)(facts.tls);
        if (!tls.offered) {
            findings.push((0,check/* fail */.fJ)((0,core_text/* msg */.ab) `The SQL port does not offer TLS: the cluster runs insecure.`));
            return findings;
        }
        const leaf = tls.chain[0];
        if (leaf)
            findings.push(byExpiry((0,core_text/* msg */.ab) `The served certificate ${leaf.subject}`, leaf.validTo, ctx.auditedAt, leaf.subject));
        if (facts.certFiles) {
            for (const c of (0,core_facts/* need */.$B)(facts.certFiles))
                findings.push(byExpiry((0,core_text/* msg */.ab) `Certificate file ${c.file} (${c.subject})`, c.notAfter, ctx.auditedAt, c.file));
        }
        return findings;
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/user-audit-config.ts
var user_audit_config = __webpack_require__(4651);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/users-roles.ts





const STALE_DAYS = 90;
/** Inventory (INFO); WARN for login users not seen for 90+ days where v25.3+ records last logins. */
/* harmony default export */ const users_roles = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/users-roles',
        title: 'Users and roles',
        dimension: 'Authorization',
        description: 'Every login user is in use; dormant accounts are removed.',
        rationale: 'Dormant login users are credentials nobody watches: their passwords are not rotated and their use by an attacker goes unnoticed.',
        verify: 'With the owners: whether each dormant user is still needed.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'DROP USER (or ALTER USER ... NOLOGIN) accounts unused for 90 days; review role memberships each quarter.',
            link: 'https://www.cockroachlabs.com/docs/stable/show-users'
        },
        frameworks: { 'SOC 2': ['CC6.2', 'CC6.3'], 'ISO 27001': ['5.15'], 'PCI DSS': ['8'] }
    },
    evaluate(facts, ctx) {
        const users = (0,core_facts/* need */.$B)(facts.users);
        const canLogin = (0,cockroachdb_roles/* sqlLoginFilter */.O$)(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
        const logins = users.filter(u => canLogin(u));
        const roles = users.filter(u => !(0,cockroachdb_roles/* isUserNotRole */.xF)(u));
        const blocked = users.filter(u => (0,cockroachdb_roles/* isUserNotRole */.xF)(u) && !canLogin(u));
        const withOptions = users.filter(u => u.options.some(o => o.toUpperCase() !== 'NOLOGIN'));
        const memberships = users.reduce((n, u) => n + u.memberOf.length, 0);
        const findings = [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(users.length))} principals: ${(0,core_text/* raw */.lS)(String(logins.length))} can log in (${(0,core_text/* valueList */.Q0)(logins.map(u => u.username))}), ${(0,core_text/* raw */.lS)(String(roles.length))} are roles${(0,core_text/* raw */.lS)(blocked.length ? `, ${blocked.length} cannot use SQL (NOSQLLOGIN or VALID UNTIL passed)` : '')}; ${(0,core_text/* raw */.lS)(String(memberships))} memberships; ${(0,core_text/* raw */.lS)(String(withOptions.length))} with role options.`)
        ];
        const cutoff = ctx.auditedAt.getTime() - STALE_DAYS * 86400000;
        for (const u of logins) {
            if (u.lastLogin && Date.parse(u.lastLogin) < cutoff) {
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Login user ${u.username} was last seen on ${(0,core_text/* raw */.lS)(u.lastLogin.slice(0, 10))}, over ${(0,core_text/* raw */.lS)(String(STALE_DAYS))} days ago.`, u.username));
            }
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/version.ts





/** INFO version, plan, regions, provider, nodes; WARN when the release line is out of support. */
/* harmony default export */ const cockroachdb_checks_version = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/version',
        title: 'CockroachDB version',
        dimension: 'Cluster Configuration',
        description: 'The release line is still supported (per the release table shipped with db-posture).',
        rationale: 'A release line past its support date receives no security fixes, so known vulnerabilities stay open.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'Upgrade to a supported release (rolling upgrade, then finalize); on Cloud, accept or schedule the offered upgrade.',
            link: 'https://www.cockroachlabs.com/docs/releases/release-support-policy'
        },
        frameworks: {}
    },
    evaluate(facts, ctx) {
        const cluster = facts.cloud.cluster.ok ? facts.cloud.cluster.value : undefined;
        const tag = facts.version.ok ? facts.version.value.tag : cluster?.version;
        if (!tag)
            (0,core_facts/* need */.$B)(facts.version);
        const v = (0,cockroachdb_releases/* parseCrdbVersion */.Lh)(tag);
        const parts = [`CockroachDB ${tag}`];
        if (cluster) {
            parts.push(`${cluster.plan} on ${cluster.cloudProvider}`);
            parts.push(`regions ${cluster.regions.map(r => `${r.name}${r.nodeCount ? ` (${r.nodeCount} nodes)` : ''}`).join(', ') || 'none'}`);
        }
        else if (facts.nodeArgs.ok)
            parts.push((0,core_text/* plural */.LS)(facts.nodeArgs.value.length, 'node'));
        const head = parts.join(', ');
        const asOf = facts.releases.asOf;
        const support = v ? (0,cockroachdb_releases/* supportFor */.l3)(facts.releases, v) : undefined;
        if (!v || !support)
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: the release line is not in the release table of ${(0,core_text/* raw */.lS)(asOf)}.`)];
        const kind = support.lts
            ? ` (LTS from ${v.line}.${support.line.ltsFromPatch})`
            : support.line.innovation
                ? ' (innovation release)'
                : '';
        if (support.endOfMaintenance < ctx.auditedAt.toISOString().slice(0, 10)) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: v${(0,core_text/* raw */.lS)(v.release)}${(0,core_text/* raw */.lS)(kind)} left maintenance support on ${(0,core_text/* raw */.lS)(support.endOfMaintenance)} (release table of ${(0,core_text/* raw */.lS)(asOf)}).`)
            ];
        }
        return [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: v${(0,core_text/* raw */.lS)(v.release)}${(0,core_text/* raw */.lS)(kind)} is supported until ${(0,core_text/* raw */.lS)(support.endOfMaintenance)} (release table of ${(0,core_text/* raw */.lS)(asOf)}).`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/index.ts



































/** Every crdb/* check, sorted by id (the report groups them by dimension). */
const cockroachChecks = [
    checks_admin_users,
    api_keys,
    audit_logging/* default */.A,
    backup_schedules,
    client_certificates,
    cmek/* default */.A,
    console_admins,
    console_sso,
    checks_crypto_posture,
    database_sso/* default */.A,
    db_console_sessions,
    delete_protection/* default */.A,
    egress_policy,
    cockroachdb_checks_encryption_at_rest,
    checks_hba/* default */.A,
    identity_map/* default */.A,
    ip_allowlist/* default */.A,
    ldap/* default */.A,
    checks_license,
    log_export/* default */.A,
    managed_backups/* default */.A,
    password_hashing/* default */.A,
    cockroachdb_checks_password_policy/* default */.A,
    private_endpoints/* default */.A,
    public_privileges/* default */.A,
    scim,
    sensitive_redaction/* default */.A,
    session_logging/* default */.A,
    session_revival_token/* default */.A,
    system_privileges,
    table_audit/* default */.A,
    checks_tls,
    user_audit_config/* default */.A,
    users_roles,
    cockroachdb_checks_version
];

// EXTERNAL MODULE: ./src/engines/cockroachdb/user-audit.ts
var user_audit = __webpack_require__(3222);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/observed.ts




/** The security channels a log sink must carry for the built-in rules (logging-use-cases). */
const SECURITY_CHANNELS = ['SESSIONS', 'USER_ADMIN', 'PRIVILEGES', 'SENSITIVE_ACCESS'];
const why = (f) => (0,core_facts/* explainMissing */.Ce)(f.reason, f.fix).text;
function channels(facts) {
    const le = facts.cloud.logExport;
    const each = (v) => Object.fromEntries(SECURITY_CHANNELS.map(c => [c, v(c)]));
    if (!le.ok) {
        // Self-hosted nodes take their sinks from --log / logs.yaml, which SQL cannot read.
        const reason = le.notApplicable
            ? 'the logging configuration of self-hosted nodes (--log or --log-config-file) cannot be read over SQL'
            : why(le);
        return each(() => unknownValue(reason));
    }
    const e = le.value;
    if (e.status !== 'ENABLED')
        return each(() => known(false, undefined, `log export is ${e.status}`));
    return each(c => {
        if (e.omittedChannels.includes(c))
            return known(false, undefined, `the log export omits ${c}`);
        // Audit events are logged at INFO: a group that routes the channel at WARNING or above drops them.
        const dropping = (e.groups ?? []).find(g => g.channels.some(x => x.toUpperCase() === c) &&
            ['WARNING', 'ERROR', 'FATAL'].includes(g.minLevel.toUpperCase()) &&
            (c === 'SESSIONS' || c === 'SENSITIVE_ACCESS'));
        if (dropping)
            return known(false, undefined, `log export group ${dropping.logName} routes ${c} at min_level ${dropping.minLevel}, which drops its INFO events`);
        return known(true);
    });
}
/**
 * The roles `sql.log.user_audit` audits, first match in file order: a role whose first rule is
 * ALL; `all` when an `all ALL` rule is reached; `-role` for a role an earlier NONE rule exempts
 * from it. (A user is audited through any role it is a member of; the rules name roles.)
 */
function auditedRoles(rules) {
    const out = [];
    const seen = new Set();
    for (const r of rules) {
        if (r.role === 'all') {
            if (r.filter === 'ALL')
                out.push('all');
            break;
        }
        if (seen.has(r.role))
            continue;
        seen.add(r.role);
        out.push(r.filter === 'ALL' ? r.role : `-${r.role}`);
    }
    return out;
}
/**
 * What the cluster records, for detection coverage: the session and admin audit switches,
 * sql.log.user_audit with the roles it audits (none when CockroachDB would reject the value), and
 * which security channels reach a sink.
 */
function observedCockroach(facts) {
    const settings = {};
    const bool = (name) => {
        const f = facts.settings[name];
        settings[name] = !f
            ? unknownValue(`${name} was not read`)
            : f.ok
                ? known((0,cockroachdb_settings/* isTrue */.Hn)(f.value))
                : unknownValue(why(f));
    };
    bool('server.auth_log.sql_sessions.enabled');
    bool('server.auth_log.sql_connections.enabled');
    bool('sql.log.admin_audit.enabled');
    const ua = facts.settings['sql.log.user_audit'];
    if (!ua)
        settings['sql.log.user_audit'] = unknownValue('sql.log.user_audit was not read');
    else if (!ua.ok)
        settings['sql.log.user_audit'] = unknownValue(why(ua));
    else {
        const parsed = (0,user_audit/* parseUserAudit */.Iy)(ua.value);
        settings['sql.log.user_audit'] = parsed.ok
            ? known(ua.value, auditedRoles(parsed.rules))
            : known(ua.value, [], `it does not parse (${parsed.error}), so nodes audit nothing`);
    }
    return { settings, channels: channels(facts) };
}

;// CONCATENATED MODULE: ./src/engines/cockroachdb/engine.ts


/**
 * The CockroachDB engine: SQL and Cloud API collectors and the crdb/* checks. `handoff` is the
 * connection `--engine auto` chose the engine on (the collector verifies it before any read).
 */
function cockroachEngine(handoff) {
    return {
        id: 'cockroachdb',
        displayName: 'CockroachDB',
        checks: cockroachChecks,
        // The collector (and its client) load when an audit of this engine runs.
        collect: async (env) => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(942), __webpack_require__.e(604)]).then(__webpack_require__.bind(__webpack_require__, 604))).collectCockroach(env, handoff),
        observed: observedCockroach
    };
}

// EXTERNAL MODULE: ./src/scan/sql/scan-checks.ts
var scan_checks = __webpack_require__(3227);
// EXTERNAL MODULE: ./src/scan/terraform/checks/aws-backup-retention.ts
var aws_backup_retention = __webpack_require__(3205);
// EXTERNAL MODULE: ./src/scan/terraform/checks/aws-deletion-protection.ts
var aws_deletion_protection = __webpack_require__(6452);
// EXTERNAL MODULE: ./src/scan/terraform/checks/aws-public-access.ts
var aws_public_access = __webpack_require__(8148);
// EXTERNAL MODULE: ./src/scan/terraform/checks/aws-storage-encrypted.ts
var aws_storage_encrypted = __webpack_require__(9550);
// EXTERNAL MODULE: ./src/scan/terraform/checks/crdb-network-visibility.ts
var crdb_network_visibility = __webpack_require__(5553);
// EXTERNAL MODULE: ./src/scan/terraform/checks/crdb-plan.ts
var crdb_plan = __webpack_require__(4399);
// EXTERNAL MODULE: ./src/scan/terraform/checks/gcp-authorized-networks.ts
var gcp_authorized_networks = __webpack_require__(6354);
// EXTERNAL MODULE: ./src/scan/terraform/checks/gcp-backups.ts
var gcp_backups = __webpack_require__(4154);
// EXTERNAL MODULE: ./src/scan/terraform/checks/gcp-ssl-mode.ts
var gcp_ssl_mode = __webpack_require__(4547);
// EXTERNAL MODULE: ./src/scan/terraform/checks/literal-password.ts
var literal_password = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/scan/terraform/checks/pg-role-privileges.ts
var pg_role_privileges = __webpack_require__(1196);
// EXTERNAL MODULE: ./src/scan/terraform/checks/rds-force-ssl.ts
var rds_force_ssl = __webpack_require__(9496);
;// CONCATENATED MODULE: ./src/scan/terraform/checks/index.ts












/** The Terraform-only checks (ids tf/*), for the baseline loader and the README catalogue. */
const TERRAFORM_CHECKS = [
    aws_backup_retention/* default */.A.meta,
    aws_deletion_protection/* default */.A.meta,
    aws_public_access/* default */.A.meta,
    aws_storage_encrypted/* default */.A.meta,
    crdb_network_visibility/* default */.A.meta,
    crdb_plan/* default */.A.meta,
    gcp_authorized_networks/* default */.A.meta,
    gcp_backups/* default */.A.meta,
    gcp_ssl_mode/* default */.A.meta,
    literal_password/* default */.A.meta,
    pg_role_privileges/* default */.A.meta,
    rds_force_ssl/* default */.A.meta
];

;// CONCATENATED MODULE: ./src/scan/catalogue.ts


/**
 * The checks only `db-posture scan` reports (tf/*, scan/*); the others it reports are live checks
 * under their own ids. A repository keeps one baseline file for the audit and the scan, so the
 * baseline loader must accept waivers for these ids wherever it reads that file.
 */
const SCAN_ONLY_CHECKS = [
    ...TERRAFORM_CHECKS,
    scan_checks/* SQL_PASSWORD */.fX,
    scan_checks/* SUPERUSER_ROLE */.WK,
    scan_checks/* SCHEMA_CREATE */.vQ,
    scan_checks/* C_FUNCTION */.vy,
    scan_checks/* CRDB_GRANT_ADMIN */.d3,
    scan_checks/* PARSE */.Os
];

;// CONCATENATED MODULE: ./src/engines/index.ts









const ALL_META = [...postgresChecks, ...couchbaseChecks, ...cockroachChecks].map(c => c.meta);
const CHECK_META = new Map(ALL_META.map(m => [m.id, m]));
/** The metadata of a check this build knows (SARIF rule descriptions). */
function describeCheck(id) {
    return CHECK_META.get(id);
}
/** Every check id this build knows (baseline files may only name these). */
function knownCheckIds() {
    return new Set(CHECK_META.keys());
}
/** What the baseline loader needs to know about this build's checks. */
function checkCatalogue() {
    return {
        // One baseline file serves the audit and the scan: waivers for scan-only checks (target scan)
        // are valid in it, and match no audit finding.
        knownCheckIds: new Set([...knownCheckIds(), ...SCAN_ONLY_CHECKS.map(m => m.id)]),
        attestableCheckIds: new Set(ALL_META.filter(m => m.attestable).map(m => m.id))
    };
}
/**
 * Chooses the engine before anything is collected, so an engine's check list is fixed before its
 * collector runs. On a connection string with `--engine auto`, the product comes from the startup
 * exchange of a connection pinned for PostgreSQL (CockroachDB reports crdb_version), which the
 * PostgreSQL collector then uses as its main session: no extra connection or statement; Cloud API credentials alone
 * mean CockroachDB Cloud; a Couchbase URL means Couchbase.
 */
async function selectEngine(options, redactor, hooks = {}) {
    if (options.couchbaseUrl && options.url) {
        throw new errors/* UsageError */.eb(`Give either ${label(options, 'url')} (PostgreSQL/CockroachDB) or --couchbase-url, not both: one audit has one target.`);
    }
    if (options.engine === 'couchbase' || (options.couchbaseUrl && options.engine === 'auto')) {
        if (!options.couchbaseUrl)
            throw new errors/* UsageError */.eb('The couchbase engine needs --couchbase-url (http://host:8091 or https://host:18091).');
        return couchbaseEngine();
    }
    if (options.engine === 'cockroachdb')
        return cockroachEngine();
    if (options.engine === 'postgres')
        return postgresEngine(hooks);
    // Cloud API credentials only make sense for CockroachDB Cloud, with or without a connection string.
    if (options.cloudApiKey && options.cloudClusterId)
        return cockroachEngine();
    if (!options.url)
        throw new errors/* UsageError */.eb(`No connection string: pass ${label(options, 'url')}.`);
    const ep = (0,endpoint/* parseEndpoint */.Bk)(options.url, redactor, label(options, 'url'));
    const { chooseSqlEngine } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(946)]).then(__webpack_require__.bind(__webpack_require__, 3946));
    const { engine, handoff } = await chooseSqlEngine(ep, { connectTimeoutMs: options.connectTimeoutMs, statementTimeoutMs: options.statementTimeoutMs }, redactor);
    return (engine === 'cockroachdb' ? cockroachEngine(handoff) : postgresEngine(hooks, handoff));
}
/** How the user gave the connection string: `--url`, `DB_POSTURE_URL` or an action input. */
function label(options, _key) {
    return options.urlSource ?? '--url';
}


/***/ }),

/***/ 4345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5525);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5930);




/** Compliant: both log_connections and log_disconnections are on. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .definePostgresCheck */ .V)({
    meta: {
        id: 'pg/connection-logging',
        title: 'Connection logging',
        dimension: 'Audit Logging',
        description: 'log_connections and log_disconnections are both on.',
        rationale: 'Without connection logs, logins, their sources and brute-force attempts leave no trace, so credential attacks go unnoticed.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'ALTER SYSTEM SET log_connections = on; ALTER SYSTEM SET log_disconnections = on; reload.',
            link: 'https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-CONNECTIONS'
        },
        frameworks: { 'PCI DSS': ['10'], 'SOC 2': ['CC7.2'], HIPAA: ['164.312(b)'], 'ISO 27001': ['8.15'] }
    },
    evaluate(facts) {
        const conn = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'log_connections').setting;
        const disc = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'log_disconnections').setting;
        const missing = [
            !(0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .connectionsLogged */ .mw)(conn) && 'log_connections',
            !(0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .isOn */ .Mp)(disc) && 'log_disconnections'
        ].filter(Boolean);
        if (missing.length === 0)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `log_connections and log_disconnections are on.`)];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(missing.join(' and '))} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(missing.length === 1 ? 'is' : 'are')} off (log_connections ${conn}, log_disconnections ${disc}): sessions cannot be reconstructed from the logs.`)
        ];
    }
}));


/***/ }),

/***/ 5930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ definePostgresCheck)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);

/** A PostgreSQL check: id `pg/<name>`, evaluated on PgFacts. */
const definePostgresCheck = (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .checkFactory */ .Zr)('pg');


/***/ }),

/***/ 2972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _hba_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7834);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5930);





/**
 * Compliant: every reachable pg_hba rule restricts who may connect, from where, and with a strong
 * method over TLS. Rules are evaluated as PostgreSQL does (first match wins), so a rule that can never
 * match is reported as shadowed instead of being judged.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .definePostgresCheck */ .V)({
    meta: {
        id: 'pg/hba',
        title: 'Client authentication (pg_hba)',
        dimension: 'Network Security',
        family: 'hba-empty',
        description: 'No trust or clear-text password on host rules, no md5/ident, no broad or any-address password rules, and remote connections require TLS.',
        rationale: 'Trust, clear-text password, md5 or ident rules, broad address ranges and plain-text remote connections let attackers log in without a credential, read passwords off the wire, or brute-force from anywhere.',
        outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
        remediation: {
            text: 'Use hostssl rules with scram-sha-256 (or cert) for named databases, users and narrow CIDRs; use peer for local connections; end with an explicit reject.',
            link: 'https://www.postgresql.org/docs/current/auth-pg-hba-conf.html'
        },
        frameworks: {
            'PCI DSS': ['1', '8'],
            'SOC 2': ['CC6.1', 'CC6.6'],
            'ISO 27001': ['8.5', '8.20'],
            HIPAA: ['164.312(d)']
        }
    },
    evaluate(facts) {
        const rules = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.hba);
        const shadowed = (0,_hba_js__WEBPACK_IMPORTED_MODULE_2__/* .findShadowing */ .sC)(rules);
        const findings = [];
        let active = 0;
        for (const rule of rules) {
            const where = (0,_hba_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleLocation */ .eK)(rule);
            const text = (0,_hba_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRule */ .IO)(rule);
            if (rule.error !== null) {
                // An unparseable rule has no identity but its place in the file.
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Rule at ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(where)} cannot be parsed and is ignored: ${rule.error}.`, where));
                continue;
            }
            const first = shadowed.get(rule);
            if (first) {
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Rule at ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(where)} (${text}) can never match: the rule at ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)((0,_hba_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleLocation */ .eK)(first))} (${(0,_hba_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRule */ .IO)(first)}) matches first.`, text));
                continue;
            }
            active++;
            const method = rule.method ?? '';
            if (method === 'reject')
                continue;
            const addr = (0,_hba_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAddress */ .or)(rule);
            const host = (0,_hba_js__WEBPACK_IMPORTED_MODULE_2__/* .isHostRule */ .D5)(rule);
            const local = (0,_hba_js__WEBPACK_IMPORTED_MODULE_2__/* .isLocalOnly */ .we)(addr);
            const fails = [];
            const warns = [];
            // trust over TCP is FAIL even on loopback: every process on the host (any OS user, any
            // container sharing the network namespace) connects as any listed role, superusers included.
            if (host && method === 'trust') {
                fails.push(local
                    ? 'trust over TCP lets every process on the host connect as the listed roles with no credential'
                    : 'trust admits anyone who can reach the address, with no password');
            }
            if (host && method === 'password' && (0,_hba_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptsPlaintext */ .bB)(rule) && !local) {
                fails.push('password sends the password in clear text over connections without TLS');
            }
            if (rule.type === 'local' && method === 'trust') {
                warns.push('trust lets any local OS user connect as the listed roles without a password');
            }
            if (host && method === 'md5')
                warns.push('md5 is a weak challenge-response (use scram-sha-256)');
            if (host && method === 'ident')
                warns.push("ident trusts the client host's ident server");
            if (host && (0,_hba_js__WEBPACK_IMPORTED_MODULE_2__/* .isAnyAddress */ .J1)(addr) && _hba_js__WEBPACK_IMPORTED_MODULE_2__/* .PASSWORD_METHODS */ .xU.has(method))
                warns.push('password logins are accepted from any address');
            else if (host && (0,_hba_js__WEBPACK_IMPORTED_MODULE_2__/* .isBroad */ .t1)(addr) && addr.kind === 'cidr')
                warns.push(`the range /${addr.prefix} is very broad`);
            if (host && (0,_hba_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptsPlaintext */ .bB)(rule) && !local && method !== 'trust') {
                warns.push('remote connections without TLS are accepted (use hostssl)');
            }
            if (fails.length === 0 && warns.length === 0)
                continue;
            const reasons = [...fails, ...warns].join('; ');
            const detail = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Rule at ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(where)} (${text}): ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(reasons)}.`;
            findings.push(fails.length > 0 ? (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(detail, text) : (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)(detail, text));
        }
        if (!findings.some(f => f.status === 'FAIL' || f.status === 'WARN')) {
            findings.unshift((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(active === 1 ? 'The 1 reachable pg_hba rule restricts' : `All ${active} reachable pg_hba rules restrict`)} connections by address, user or method.`));
        }
        return findings;
    }
}));


/***/ }),

/***/ 315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5525);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5930);
/* harmony import */ var _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2257);





const WILDCARDS = new Set(['*', '0.0.0.0', '::']);
/** Compliant: the server listens only on localhost or on named addresses, never on every interface. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .definePostgresCheck */ .V)({
    meta: {
        id: 'pg/listen-addresses',
        title: 'Listen addresses',
        dimension: 'Network Security',
        description: 'listen_addresses names localhost or specific addresses rather than every interface.',
        rationale: 'Listening on every interface exposes the server on networks it was never meant to serve, leaving pg_hba and passwords as the only barrier.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: "Set listen_addresses to the addresses clients use (ALTER SYSTEM SET listen_addresses = '10.0.0.5'; restart).",
            link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-LISTEN-ADDRESSES'
        },
        frameworks: _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__/* .NETWORK_BOUNDARY_CONTROLS */ .r
    },
    evaluate(facts) {
        const value = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'listen_addresses').setting;
        const tokens = value
            .split(',')
            .map(t => t.trim())
            .filter(Boolean);
        const wild = tokens.filter(t => WILDCARDS.has(t));
        if (wild.length > 0) {
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `listen_addresses is ${value}: the server accepts TCP connections on every interface.`)
            ];
        }
        if (tokens.length === 0)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `listen_addresses is empty: only Unix-socket connections are accepted.`)];
        return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `listen_addresses is ${value}: the server listens only on named addresses.`)];
    }
}));


/***/ }),

/***/ 7963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5525);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5930);




const NEEDED = [
    { what: 'time (%t, %m or %n)', escapes: ['%t', '%m', '%n'] },
    { what: 'user (%u)', escapes: ['%u'] },
    { what: 'database (%d)', escapes: ['%d'] },
    { what: 'client (%h or %r)', escapes: ['%h', '%r'] },
    { what: 'process or session (%p or %c)', escapes: ['%p', '%c'] }
];
/** Escapes present in a prefix; `%%` is a literal percent, and `%-10u` style padding is allowed. */
function escapesIn(prefix) {
    const found = new Set();
    for (const m of prefix.matchAll(/%(-?\d*)([a-zA-Z%])/g))
        if (m[2] !== '%')
            found.add(`%${m[2]}`);
    return found;
}
/** Compliant: every log line says when, who, where from, which database and which session. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .definePostgresCheck */ .V)({
    meta: {
        id: 'pg/log-line-prefix',
        title: 'Log line prefix',
        dimension: 'Audit Logging',
        description: 'log_line_prefix carries time, user, database, client and process/session (or logs go to csvlog/jsonlog).',
        rationale: 'Log lines without time, user, database and client cannot be tied to who did what from where, so logs are of little use in an investigation.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: "ALTER SYSTEM SET log_line_prefix = '%m [%p] %q%u@%d from %h '; reload.",
            link: 'https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-LINE-PREFIX'
        },
        frameworks: { 'PCI DSS': ['10'], 'SOC 2': ['CC7.2'], 'ISO 27001': ['8.15'], HIPAA: ['164.312(b)'] }
    },
    evaluate(facts) {
        const destinations = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'log_destination')
            .setting.split(',')
            .map(d => d.trim());
        const structured = destinations.filter(d => d === 'csvlog' || d === 'jsonlog');
        const prefix = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'log_line_prefix').setting;
        const found = escapesIn(prefix);
        const missing = NEEDED.filter(n => !n.escapes.some(e => found.has(e))).map(n => n.what);
        if (missing.length === 0)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `log_line_prefix ${prefix} records time, user, database, client and process.`)];
        if (structured.length > 0 && destinations.every(d => d === 'csvlog' || d === 'jsonlog')) {
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `Logs go to ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(structured.join(' and '))}, which record time, user, database, client and process in every entry.`)
            ];
        }
        return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `log_line_prefix ${prefix} lacks ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(missing.join(', '))}.`)];
    }
}));


/***/ }),

/***/ 7983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5525);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5930);




/** Compliant: at least DDL statements are logged. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .definePostgresCheck */ .V)({
    meta: {
        id: 'pg/log-statement',
        title: 'Statement logging',
        dimension: 'Audit Logging',
        description: 'log_statement is ddl, mod or all.',
        rationale: 'With log_statement none, schema changes and data modifications leave no record in the server log.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: "ALTER SYSTEM SET log_statement = 'ddl'; reload (use pgaudit for finer, structured auditing).",
            link: 'https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-STATEMENT'
        },
        frameworks: { 'PCI DSS': ['10'], 'SOC 2': ['CC7.2'], 'ISO 27001': ['8.15'] }
    },
    evaluate(facts) {
        const value = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'log_statement').setting;
        if (['ddl', 'mod', 'all'].includes(value))
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `log_statement is ${value}.`)];
        return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `log_statement is ${value}: schema changes are not logged.`)];
    }
}));


/***/ }),

/***/ 156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5525);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5930);




/** Compliant: new passwords are stored as SCRAM-SHA-256 verifiers. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .definePostgresCheck */ .V)({
    meta: {
        id: 'pg/password-encryption',
        title: 'Password hashing',
        dimension: 'Authentication',
        description: 'password_encryption is scram-sha-256.',
        rationale: 'With md5 password encryption, new passwords are stored as MD5 hashes that are weak and replayable.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: "ALTER SYSTEM SET password_encryption = 'scram-sha-256'; reload, then have users reset their passwords.",
            link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-PASSWORD-ENCRYPTION'
        },
        frameworks: { 'PCI DSS': ['8'], 'ISO 27001': ['5.17'], HIPAA: ['164.312(d)'] }
    },
    evaluate(facts) {
        const value = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'password_encryption').setting;
        if (value === 'scram-sha-256')
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `password_encryption is scram-sha-256.`)];
        return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `password_encryption is ${value}: new passwords are stored as weak MD5 hashes.`)];
    }
}));


/***/ }),

/***/ 2737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _pgaudit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6999);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5525);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5930);






function overrideName(o) {
    if (o.role && o.database)
        return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `role ${o.role} in database ${o.database}`;
    if (o.role)
        return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `role ${o.role}`;
    return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `database ${o.database ?? '?'}`;
}
function overrideObject(o) {
    return [o.role && `role:${o.role}`, o.database && `database:${o.database}`].filter(Boolean).join('@');
}
/**
 * Compliant: pgaudit is really loaded (exact token in shared_preload_libraries and its settings in
 * pg_settings), its effective classes cover ddl, write and role, no per-role or per-database
 * override lowers them, and bind parameters (possible secrets) are not logged.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .definePostgresCheck */ .V)({
    meta: {
        id: 'pg/pgaudit',
        title: 'pgaudit',
        dimension: 'Audit Logging',
        family: 'audit-logging',
        description: 'pgaudit is loaded and audits the ddl, write and role classes everywhere, without logging bind parameters.',
        rationale: 'Without pgaudit covering DDL, writes and role changes, privileged or malicious changes leave no structured audit trail, and logging bind parameters would copy sensitive values into the logs.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: "Add pgaudit to shared_preload_libraries and restart; ALTER SYSTEM SET pgaudit.log = 'ddl, write, role'; remove per-role/database overrides that lower it (ALTER ROLE ... RESET pgaudit.log); keep pgaudit.log_parameter off.",
            link: 'https://github.com/pgaudit/pgaudit/blob/main/README.md'
        },
        frameworks: {
            'PCI DSS': ['10'],
            'SOC 2': ['CC7.2'],
            HIPAA: ['164.312(b)'],
            'ISO 27001': ['8.15'],
            GDPR: ['Art. 32']
        }
    },
    evaluate(facts) {
        const spl = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)(facts, 'shared_preload_libraries');
        const tokens = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .libraryTokens */ .uJ)(spl.setting);
        const all = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.settings);
        const row = all['pgaudit.log'];
        if (!tokens.includes('pgaudit')) {
            const placeholder = facts.pgauditPlaceholder.ok ? facts.pgauditPlaceholder.value : null;
            const configured = placeholder
                ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) ` pgaudit.log is set to ${placeholder}, but without the library that value is an inert placeholder.`
                : (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) ``;
            const logToFile = tokens.includes('pgauditlogtofile')
                ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) ` (pgauditlogtofile is preloaded, but it only redirects pgaudit's output.)`
                : (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) ``;
            const logStatement = all.log_statement?.setting ?? 'none';
            if (['ddl', 'mod', 'all'].includes(logStatement)) {
                return [
                    (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `pgaudit is not in shared_preload_libraries; only log_statement = ${logStatement} records statements (no role class, no object auditing).${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(configured)}${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(logToFile)}`)
                ];
            }
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `pgaudit is not in shared_preload_libraries and log_statement is ${logStatement}: no audit trail of statements exists.${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(configured)}${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(logToFile)}`)
            ];
        }
        if (!row) {
            if (!facts.server.canReadAllSettings) {
                throw new _core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .MissingFactError */ .TZ((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `pgaudit is in shared_preload_libraries but its pgaudit.* settings are not visible to this login.`, (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `GRANT pg_read_all_settings TO ${facts.server.currentUser}.`);
            }
            const pending = spl.pendingRestart ? ' (a restart is pending)' : '';
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `pgaudit is listed in shared_preload_libraries but not loaded: pg_settings has no pgaudit.* rows${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(pending)}.`)
            ];
        }
        const findings = [];
        const global = (0,_pgaudit_js__WEBPACK_IMPORTED_MODULE_5__/* .expandPgauditLog */ .Br)(row.setting);
        const globalMissing = (0,_pgaudit_js__WEBPACK_IMPORTED_MODULE_5__/* .missingClasses */ .RU)(global.classes);
        if (globalMissing.length > 0) {
            findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `pgaudit.log is ${row.setting}: the ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(globalMissing.join(', '))} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(globalMissing.length === 1 ? 'class is' : 'classes are')} not audited.`, 'pgaudit.log'));
        }
        const param = all['pgaudit.log_parameter'];
        if (param && (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .isOn */ .Mp)(param.setting)) {
            findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `pgaudit.log_parameter is on: bind parameters, including secrets, are written to the logs.`, 'pgaudit.log_parameter'));
        }
        if (!facts.roleSettings.ok) {
            findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `Per-role and per-database overrides could not be read: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)((0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMissing */ .Ce)(facts.roleSettings.reason, facts.roleSettings.fix))}`, 'overrides'));
        }
        else {
            for (const o of facts.roleSettings.value) {
                const value = o.settings['pgaudit.log'];
                if (value !== undefined) {
                    const e = (0,_pgaudit_js__WEBPACK_IMPORTED_MODULE_5__/* .expandPgauditLog */ .Br)(value);
                    if (e.invalid.length > 0) {
                        findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `The pgaudit.log override ${value} for ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(overrideName(o))} has invalid classes ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .valueList */ .Q0)(e.invalid))}, so PostgreSQL ignores it.`, overrideObject(o)));
                    }
                    else {
                        const lowered = _pgaudit_js__WEBPACK_IMPORTED_MODULE_5__/* .REQUIRED_CLASSES */ .hP.filter(c => global.classes.has(c) && !e.classes.has(c));
                        if (lowered.length > 0) {
                            findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `The override pgaudit.log = ${value} for ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(overrideName(o))} stops auditing ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(lowered.join(', '))}.`, overrideObject(o)));
                        }
                    }
                }
                const p = o.settings['pgaudit.log_parameter'];
                if (p !== undefined && (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .isOn */ .Mp)(p)) {
                    findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `pgaudit.log_parameter is on for ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(overrideName(o))}: bind parameters reach the logs.`, overrideObject(o)));
                }
            }
        }
        if (findings.length === 0) {
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `pgaudit is loaded; pgaudit.log ${row.setting} covers ddl, write and role, no override lowers it, and log_parameter is off.`)
            ];
        }
        return findings;
    }
}));


/***/ }),

/***/ 8576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ privileged_roles)
});

// EXTERNAL MODULE: ./src/core/check.ts
var check = __webpack_require__(9351);
// EXTERNAL MODULE: ./src/core/facts.ts
var core_facts = __webpack_require__(7532);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/engines/postgres/roles.ts
/**
 * The role-membership graph: who can reach which role, directly or through nested grants.
 *
 * The roles and memberships come from the audited server, so their shape is the attacker's: a chain
 * thousands of roles deep must not make the audit quadratic. Reachability of a target is computed
 * once, backwards from the target over the reversed edges (linear in roles + memberships, cycles
 * visited once), and every later question about that target is answered by following the stored
 * next hop: O(length of the answer).
 */
class RoleGraph {
    byOid = new Map();
    parents = new Map();
    children = new Map();
    /** Per target name: each role that reaches it, with the next role on its chosen path. */
    towards = new Map();
    /** Per target name: each role's distance (in memberships) to it. */
    distances = new Map();
    /** Per target and k: the role k steps before the target on a role's chain. */
    anchors = new Map();
    constructor(roles, memberships) {
        for (const r of roles)
            this.byOid.set(r.oid, r);
        for (const m of memberships) {
            const up = this.parents.get(m.memberOid) ?? [];
            up.push(m.roleOid);
            this.parents.set(m.memberOid, up);
            const down = this.children.get(m.roleOid) ?? [];
            down.push(m.memberOid);
            this.children.set(m.roleOid, down);
        }
    }
    /**
     * The chain of roles from `member` up to `target` (exclusive of member), shortest first, or
     * undefined when `member` cannot reach it. Membership counts whether or not privileges are
     * inherited, because SET ROLE reaches them either way. Among several shortest chains the one
     * whose grants come first in pg_auth_members order is named (what a breadth-first search from
     * the member finds), so the detail text is stable from run to run.
     */
    pathTo(member, targetName) {
        const next = this.reachOf(targetName);
        // A role is not its own path (a search from it starts with it already seen).
        if (member.name === targetName || !next.has(member.oid))
            return undefined;
        const path = [];
        for (let at = next.get(member.oid); at != null; at = next.get(at) ?? null) {
            path.push(this.byOid.get(at).name);
            if (this.byOid.get(at).name === targetName)
                break;
        }
        return path;
    }
    /**
     * The roles between `member` and `target` (the chain without the target) as a finding names
     * them: all of them up to `keep` roles; for a longer chain the first and last few around the
     * number left out, so a chain thousands deep costs a walk along it, not a text that long.
     */
    chainTo(member, targetName, keep = 8) {
        const next = this.reachOf(targetName);
        if (member.name === targetName || !next.has(member.oid))
            return undefined;
        const dist = this.distances.get(targetName);
        const name = (oid) => this.byOid.get(oid).name;
        const walk = (from, steps) => {
            const out = [];
            for (let at = next.get(from) ?? null; at != null && out.length < steps; at = next.get(at) ?? null)
                out.push(at);
            return out;
        };
        // The roles between member and target: one per step of the distance but the last.
        const count = dist.get(member.oid) - 1;
        if (count <= keep)
            return { first: walk(member.oid, count).map(name), omitted: 0, last: [] };
        const lastKeep = Math.floor(keep / 2);
        const head = walk(member.oid, keep - lastKeep);
        // The last roles: the chain from the role lastKeep steps before the target, found through a
        // memo shared by every role whose chain passes there (so each role is stepped over once).
        const anchor = this.anchorOf(targetName, member.oid, lastKeep);
        const tail = [anchor, ...walk(anchor, lastKeep - 1)];
        return { first: head.map(name), omitted: count - head.length - tail.length, last: tail.map(name) };
    }
    /** The role `k` steps before the target on `from`'s chain (memoized per target and k). */
    anchorOf(targetName, from, k) {
        const key = `${k}\u0000${targetName}`;
        let memo = this.anchors.get(key);
        if (!memo)
            this.anchors.set(key, (memo = new Map()));
        const next = this.towards.get(targetName);
        const dist = this.distances.get(targetName);
        const walked = [];
        let at = from;
        while (!memo.has(at) && dist.get(at) > k) {
            walked.push(at);
            at = next.get(at);
        }
        const found = memo.get(at) ?? at;
        for (const w of walked)
            memo.set(w, found);
        memo.set(at, found);
        return found;
    }
    reachOf(targetName) {
        const cached = this.towards.get(targetName);
        if (cached)
            return cached;
        // Distances to the target, breadth-first over reversed memberships. Only known roles are
        // stepped through: a membership naming a role pg_roles did not list leads nowhere.
        const dist = new Map();
        const queue = [];
        for (const r of this.byOid.values()) {
            if (r.name === targetName) {
                dist.set(r.oid, 0);
                queue.push(r.oid);
            }
        }
        for (let head = 0; head < queue.length; head++) {
            const oid = queue[head];
            const d = dist.get(oid);
            for (const child of this.children.get(oid) ?? []) {
                if (dist.has(child) || !this.byOid.has(child))
                    continue;
                dist.set(child, d + 1);
                queue.push(child);
            }
        }
        // The next hop: the first parent (grant order) one step closer. Following it from any role
        // gives the lexicographically first shortest chain, the one a forward search would find.
        const next = new Map();
        for (const [oid, d] of dist) {
            if (d === 0) {
                next.set(oid, null);
                continue;
            }
            const hop = (this.parents.get(oid) ?? []).find(p => dist.get(p) === d - 1 && this.byOid.has(p));
            next.set(oid, hop ?? null);
        }
        this.towards.set(targetName, next);
        this.distances.set(targetName, dist);
        return next;
    }
}
/** Predefined roles (pg_*) are PostgreSQL's own and not audited as principals. */
function isPredefinedRole(name) {
    return name.startsWith('pg_');
}

// EXTERNAL MODULE: ./src/engines/postgres/checks/define.ts
var checks_define = __webpack_require__(5930);
// EXTERNAL MODULE: ./src/policy/control-sets.ts
var control_sets = __webpack_require__(2257);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/privileged-roles.ts






/** Membership in these is equivalent to superuser (run programs, read or write any server file). */
const SERVER_ACCESS_ROLES = ['pg_execute_server_program', 'pg_read_server_files', 'pg_write_server_files'];
/** Compliant: no non-superuser role holds CREATEROLE, BYPASSRLS, REPLICATION or server-access roles. */
/* harmony default export */ const privileged_roles = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/privileged-roles',
        title: 'Privileged roles',
        dimension: 'Authorization',
        description: 'No non-superuser role has CREATEROLE, BYPASSRLS or REPLICATION, or reaches pg_execute_server_program, pg_read_server_files or pg_write_server_files.',
        rationale: "CREATEROLE, BYPASSRLS, REPLICATION and the server-file and server-program roles let a non-superuser escalate, read all data or run commands as the server's OS user.",
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'ALTER ROLE ... NOCREATEROLE / NOBYPASSRLS / NOREPLICATION, and REVOKE pg_execute_server_program, pg_read_server_files and pg_write_server_files from application roles.',
            link: 'https://www.postgresql.org/docs/current/predefined-roles.html'
        },
        frameworks: control_sets/* PRIVILEGED_ACCESS_CONTROLS */.WZ
    },
    evaluate(facts) {
        const roles = (0,core_facts/* need */.$B)(facts.roles);
        const graph = new RoleGraph(roles, (0,core_facts/* need */.$B)(facts.memberships));
        const findings = [];
        for (const role of roles) {
            if (role.superuser || isPredefinedRole(role.name))
                continue;
            const reasons = [];
            const attributes = [
                role.createRole && 'CREATEROLE',
                role.bypassRls && 'BYPASSRLS',
                role.replication && 'REPLICATION'
            ].filter(Boolean);
            if (attributes.length)
                reasons.push((0,core_text/* msg */.ab) `has ${(0,core_text/* raw */.lS)(attributes.join(', '))}`);
            const serverAccess = [];
            for (const target of SERVER_ACCESS_ROLES) {
                // A chain of more than 8 roles is named by its first and last 4 (the audited party may
                // nest roles thousands deep; the finding stays readable and its cost bounded).
                const chain = graph.chainTo(role, target);
                if (!chain)
                    continue;
                const names = [
                    ...chain.first.map(p => (0,core_text/* msg */.ab) `${p}`),
                    ...(chain.omitted
                        ? [(0,core_text/* msg */.ab) `… ${(0,core_text/* raw */.lS)(String(chain.omitted))} more role${(0,core_text/* raw */.lS)(chain.omitted === 1 ? '' : 's')} …`]
                        : []),
                    ...chain.last.map(p => (0,core_text/* msg */.ab) `${p}`)
                ];
                serverAccess.push(names.length === 0
                    ? (0,core_text/* msg */.ab) `is a member of ${(0,core_text/* raw */.lS)(target)}`
                    : (0,core_text/* msg */.ab) `reaches ${(0,core_text/* raw */.lS)(target)} through ${(0,core_text/* raw */.lS)((0,core_text/* joinText */._V)(names, ' → '))}`);
            }
            reasons.push(...serverAccess);
            if (reasons.length === 0)
                continue;
            const detail = (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(role.canLogin ? 'Login role' : 'Role')} ${role.name} ${(0,core_text/* raw */.lS)((0,core_text/* joinText */._V)(reasons, '; '))}${(0,core_text/* raw */.lS)(serverAccess.length && role.canLogin ? ' (superuser-equivalent)' : '')}.`;
            findings.push(serverAccess.length && role.canLogin ? (0,check/* fail */.fJ)(detail, role.name) : (0,check/* warn */.R8)(detail, role.name));
        }
        if (findings.length === 0) {
            return [
                (0,check/* pass */.IX)((0,core_text/* msg */.ab) `No non-superuser role holds CREATEROLE, BYPASSRLS, REPLICATION or server file/program access.`)
            ];
        }
        return findings;
    }
}));


/***/ }),

/***/ 3594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _per_database_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2564);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5930);




const KIND_NAMES = {
    r: 'Table',
    p: 'Partitioned table',
    v: 'View',
    m: 'Materialized view',
    f: 'Foreign table'
};
/** Compliant: PUBLIC holds no data privilege on any application table or view. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .definePostgresCheck */ .V)({
    meta: {
        id: 'pg/public-grants',
        title: 'PUBLIC privileges on tables',
        dimension: 'Authorization',
        description: 'No application table or view grants SELECT, INSERT, UPDATE, DELETE or TRUNCATE to PUBLIC.',
        rationale: 'Privileges granted to PUBLIC are held by every role, including ones created later, so any login can read or change the table.',
        outcomes: ['PASS', 'FAIL'],
        remediation: {
            text: 'REVOKE ALL ON <table> FROM PUBLIC; grant the privileges to the roles that need them.',
            link: 'https://www.postgresql.org/docs/current/ddl-priv.html'
        },
        frameworks: {
            'PCI DSS': ['7'],
            'SOC 2': ['CC6.1'],
            'ISO 27001': ['5.15'],
            HIPAA: ['164.312(a)(1)'],
            GDPR: ['Art. 5(1)(f)']
        }
    },
    evaluate(facts) {
        const findings = [];
        let databases = 0;
        const unknowns = (0,_per_database_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachDatabase */ .U)(facts, db => db.publicGrants, (db, grants) => {
            databases++;
            for (const g of grants) {
                const name = `${db.name}.${g.schema}.${g.name}`;
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(KIND_NAMES[g.kind] ?? 'Relation')} ${name} grants ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(g.privileges.join(', '))} to PUBLIC.`, name));
            }
        });
        if (findings.length === 0 && unknowns.length === 0) {
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `No application table or view grants data privileges to PUBLIC in ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(databases, 'database'))} audited.`)
            ];
        }
        return [...findings, ...unknowns];
    }
}));


/***/ }),

/***/ 3550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _per_database_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2564);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5930);




/** Compliant: in no database may PUBLIC create objects in schema public (search-path hijack). */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .definePostgresCheck */ .V)({
    meta: {
        id: 'pg/public-schema',
        title: 'CREATE on schema public',
        dimension: 'Authorization',
        description: 'PUBLIC cannot CREATE in schema public in any database (the PostgreSQL 15+ default).',
        rationale: 'If every role may CREATE in schema public, any login can plant functions or operators that shadow built-ins and run with the rights of whoever calls them.',
        outcomes: ['PASS', 'FAIL'],
        remediation: {
            text: 'In each listed database: REVOKE CREATE ON SCHEMA public FROM PUBLIC; (also in template1 so new databases inherit it).',
            link: 'https://www.postgresql.org/docs/current/ddl-schemas.html#DDL-SCHEMAS-PATTERNS'
        },
        frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.1'], 'ISO 27001': ['5.15'] }
    },
    evaluate(facts) {
        const findings = [];
        let clean = 0;
        const unknowns = (0,_per_database_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachDatabase */ .U)(facts, db => db.publicSchemaCreate, (db, create) => {
            if (create) {
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `In database ${db.name}, PUBLIC may CREATE in schema public: any user can plant objects that shadow others' on the search_path.`, db.name));
            }
            else
                clean++;
        });
        if (findings.length === 0 && unknowns.length === 0) {
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `PUBLIC cannot CREATE in schema public in any of ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(clean, 'database'))} audited.`)
            ];
        }
        return [...findings, ...unknowns];
    }
}));


/***/ }),

/***/ 6581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _per_database_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2564);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5930);




/**
 * Compliant: every SECURITY DEFINER function outside extensions pins search_path, so a caller cannot
 * substitute objects that run with the owner's privileges.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .definePostgresCheck */ .V)({
    meta: {
        id: 'pg/security-definer',
        title: 'SECURITY DEFINER functions',
        dimension: 'Authorization',
        description: 'Every SECURITY DEFINER function not owned by an extension pins its search_path.',
        rationale: "A SECURITY DEFINER function without a pinned search_path can be made to call an attacker's objects, which then run with the owner's privileges.",
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: 'ALTER FUNCTION <fn> SET search_path = pg_catalog, <schema>, pg_temp; and revoke EXECUTE from PUBLIC where callers are known.',
            link: 'https://www.postgresql.org/docs/current/sql-createfunction.html#SQL-CREATEFUNCTION-SECURITY'
        },
        frameworks: { 'PCI DSS': ['7'], 'ISO 27001': ['8.2'] }
    },
    evaluate(facts) {
        const findings = [];
        const safe = [];
        const unknowns = (0,_per_database_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachDatabase */ .U)(facts, db => db.securityDefiners, (db, fns) => {
            for (const fn of fns) {
                const name = `${db.name}.${fn.schema}.${fn.name}(${fn.args})`;
                if (fn.extension === null && fn.searchPath === null) {
                    findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `SECURITY DEFINER function ${name} owned by ${fn.owner} does not pin search_path.`, name));
                }
                else
                    safe.push(name);
            }
        });
        if (findings.length === 0 && unknowns.length === 0) {
            findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `No SECURITY DEFINER function outside an extension lacks a pinned search_path.`));
        }
        if (safe.length > 0) {
            findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(safe.length, 'SECURITY DEFINER function'))} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(safe.length === 1 ? 'pins' : 'pin')} search_path or belong to an extension: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .valueList */ .Q0)(safe, 10))}.`));
        }
        return [...findings, ...unknowns];
    }
}));


/***/ }),

/***/ 3031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5525);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5930);
/* harmony import */ var _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2257);





/** Compliant: the server offers TLS (ssl = on). */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .definePostgresCheck */ .V)({
    meta: {
        id: 'pg/ssl',
        title: 'TLS enabled',
        dimension: 'Encryption',
        family: 'encryption-in-transit',
        description: 'ssl is on, so clients can encrypt connections.',
        rationale: 'With ssl off, clients cannot encrypt connections, so passwords and data cross the network in clear.',
        outcomes: ['PASS', 'FAIL'],
        remediation: {
            text: 'Install a server certificate and key, set ssl = on, and require TLS with hostssl rules in pg_hba.conf.',
            link: 'https://www.postgresql.org/docs/current/ssl-tcp.html'
        },
        frameworks: _policy_control_sets_js__WEBPACK_IMPORTED_MODULE_3__/* .TRANSIT_CONTROLS */ .lb
    },
    evaluate(facts) {
        const ssl = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'ssl').setting;
        if ((0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .isOn */ .Mp)(ssl))
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `ssl is on: the server accepts TLS connections.`)];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .msg */ .ab) `ssl is off: every connection, including passwords sent in clear text, travels unencrypted.`)
        ];
    }
}));


/***/ }),

/***/ 4697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5525);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5930);




/** Compliant: ssl_min_protocol_version is TLSv1.2 or TLSv1.3. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .definePostgresCheck */ .V)({
    meta: {
        id: 'pg/tls-version',
        title: 'Minimum TLS version',
        dimension: 'Encryption',
        description: 'ssl_min_protocol_version refuses TLS 1.0 and 1.1.',
        rationale: 'TLS 1.0 and 1.1 have known weaknesses, so clients that negotiate them can be downgraded or have their traffic decrypted.',
        outcomes: ['PASS', 'FAIL', 'N/A'],
        remediation: {
            text: "ALTER SYSTEM SET ssl_min_protocol_version = 'TLSv1.2' (or 'TLSv1.3' when every client supports it); reload.",
            link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-SSL-MIN-PROTOCOL-VERSION'
        },
        frameworks: { 'PCI DSS': ['4'], HIPAA: ['164.312(e)(1)'], 'ISO 27001': ['8.24'] }
    },
    evaluate(facts) {
        if (!(0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .isOn */ .Mp)((0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'ssl').setting)) {
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .notApplicable */ .hH)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `ssl is off, so no TLS version is negotiated (see pg/ssl).`)];
        }
        const min = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(facts, 'ssl_min_protocol_version').setting;
        if (min === 'TLSv1.2' || min === 'TLSv1.3')
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `ssl_min_protocol_version is ${min}.`)];
        const shown = min === '' ? 'empty (any version)' : min;
        return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `ssl_min_protocol_version is ${shown}: clients may negotiate TLS older than 1.2.`)];
    }
}));


/***/ }),

/***/ 7205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _per_database_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2564);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5930);




/** Compliant: no database has an untrusted procedural language (plperlu, plpython3u, ...) installed. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .definePostgresCheck */ .V)({
    meta: {
        id: 'pg/untrusted-languages',
        title: 'Untrusted procedural languages',
        dimension: 'Authorization',
        description: 'No database has an untrusted procedural language other than c/internal.',
        rationale: "Functions in an untrusted language run arbitrary code as the server's OS user, so whoever can create or replace them controls the host.",
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'DROP EXTENSION plperlu / plpython3u (or the language) where it is not needed: its functions run as the OS user of the server.',
            link: 'https://www.postgresql.org/docs/current/plperl-trusted.html'
        },
        frameworks: { 'ISO 27001': ['8.2'], 'PCI DSS': ['7'] }
    },
    evaluate(facts) {
        const findings = [];
        let databases = 0;
        const unknowns = (0,_per_database_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachDatabase */ .U)(facts, db => db.languages, (db, langs) => {
            databases++;
            // lanispl excludes the internal, c and sql languages already.
            const untrusted = langs
                .filter(l => !l.trusted && l.name !== 'c' && l.name !== 'internal')
                .map(l => l.name);
            if (untrusted.length > 0) {
                findings.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `Database ${db.name} has the untrusted languages ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .valueList */ .Q0)(untrusted))} installed.`, db.name));
            }
        });
        if (findings.length === 0 && unknowns.length === 0) {
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `None of ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(databases, 'database'))} audited has an untrusted procedural language.`)
            ];
        }
        return [...findings, ...unknowns];
    }
}));


/***/ }),

/***/ 7834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ isHostRule),
/* harmony export */   IO: () => (/* binding */ describeRule),
/* harmony export */   J1: () => (/* binding */ isAnyAddress),
/* harmony export */   bB: () => (/* binding */ acceptsPlaintext),
/* harmony export */   eK: () => (/* binding */ ruleLocation),
/* harmony export */   or: () => (/* binding */ parseAddress),
/* harmony export */   sC: () => (/* binding */ findShadowing),
/* harmony export */   t1: () => (/* binding */ isBroad),
/* harmony export */   we: () => (/* binding */ isLocalOnly),
/* harmony export */   xU: () => (/* binding */ PASSWORD_METHODS)
/* harmony export */ });
/* unused harmony export covers */
/* harmony import */ var _judgements_network_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6694);

const PASSWORD_METHODS = new Set(['password', 'md5', 'scram-sha-256']);
/** The network as a number, so that range containment (shadowing) is a shift and a compare. */
function toBigInt(c) {
    const bytes = c.address.toByteArray();
    const bits = c.family === 4 ? 32 : 128;
    const value = bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
    const shift = BigInt(bits - c.prefix);
    return (value >> shift) << shift;
}
/** Interprets a rule's address and netmask columns (CIDR parsing by ipaddr.js). */
function parseAddress(rule) {
    if (rule.type === 'local' || rule.address == null)
        return { kind: 'none' };
    const a = rule.address.trim();
    if (a === 'all')
        return { kind: 'all' };
    if (a === 'samehost')
        return { kind: 'samehost' };
    if (a === 'samenet')
        return { kind: 'samenet' };
    const cidr = (0,_judgements_network_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCidr */ .GN)(a, rule.netmask);
    if (!cidr)
        return { kind: 'hostname', text: a };
    const ipText = a.split('/')[0];
    return {
        kind: 'cidr',
        family: cidr.family,
        network: toBigInt(cidr),
        prefix: cidr.prefix,
        text: `${ipText}/${cidr.prefix}`,
        cidr
    };
}
/** Connections a rule can see only from the server itself (loopback or its own addresses). */
function isLocalOnly(addr) {
    if (addr.kind === 'none' || addr.kind === 'samehost')
        return true;
    return addr.kind === 'cidr' && (0,_judgements_network_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopback */ .U9)(addr.cidr);
}
/** `all`, 0.0.0.0/0 or ::/0: any client anywhere. */
function isAnyAddress(addr) {
    return addr.kind === 'all' || (addr.kind === 'cidr' && (0,_judgements_network_js__WEBPACK_IMPORTED_MODULE_0__/* .isAnyAddress */ .J1)(addr.cidr));
}
/** A range of a /16 (IPv4) or /32 (IPv6) or wider, including any-address. */
function isBroad(addr) {
    if (addr.kind === 'all')
        return true;
    return addr.kind === 'cidr' && (0,_judgements_network_js__WEBPACK_IMPORTED_MODULE_0__/* .isBroad */ .t1)(addr.cidr);
}
/** TCP rule types; `local` is the Unix socket. */
function isHostRule(rule) {
    return rule.type !== null && rule.type !== 'local';
}
/** A host rule that also accepts connections without TLS. */
function acceptsPlaintext(rule) {
    return rule.type === 'host' || rule.type === 'hostnossl' || rule.type === 'hostnogssenc';
}
function typeCovers(a, b) {
    if (a === b)
        return true;
    return a === 'host' && b !== 'local' && b !== null;
}
function databasesCover(a, b) {
    return b.every(t => a.includes(t) || (a.includes('all') && t !== 'replication'));
}
function usersCover(a, b) {
    return b.every(t => a.includes(t) || a.includes('all'));
}
function addressCovers(a, b) {
    if (a.kind === 'none' || b.kind === 'none')
        return a.kind === b.kind;
    if (a.kind === 'all')
        return true;
    if (a.kind === 'cidr' && b.kind === 'cidr') {
        if (a.family !== b.family || a.prefix > b.prefix)
            return false;
        const bits = BigInt((a.family === 4 ? 32 : 128) - a.prefix);
        return b.network >> bits === a.network >> bits;
    }
    if (a.kind === 'hostname' && b.kind === 'hostname')
        return a.text === b.text;
    return a.kind === b.kind;
}
/** True when every connection rule `b` could match is already matched by the earlier rule `a`. */
function covers(a, b) {
    return (typeCovers(a.type, b.type) &&
        databasesCover(a.databases, b.databases) &&
        usersCover(a.users, b.users) &&
        addressCovers(parseAddress(a), parseAddress(b)));
}
/** For each rule, the earlier rule that shadows it (so it can never match), if any. */
function findShadowing(rules) {
    const valid = rules.filter(r => r.error === null);
    const out = new Map();
    valid.forEach((rule, i) => {
        const earlier = valid.slice(0, i).find(prev => covers(prev, rule));
        if (earlier)
            out.set(rule, earlier);
    });
    return out;
}
/** The rule as it would be written in pg_hba.conf, used as the finding's object. */
function describeRule(rule) {
    const addr = parseAddress(rule);
    const address = addr.kind === 'cidr' ? addr.text : addr.kind === 'none' ? '' : (rule.address ?? '');
    const parts = [
        rule.type ?? '?',
        rule.databases.join(','),
        rule.users.join(','),
        address,
        rule.method ?? '?'
    ];
    const opts = rule.options.length ? ` ${rule.options.join(' ')}` : '';
    return `${parts.filter(p => p !== '').join(' ')}${opts}`;
}
/** Where the rule lives: `line 12` or `file.conf line 12` when it comes from an included file. */
function ruleLocation(rule) {
    const file = rule.fileName ? rule.fileName.split('/').pop() : undefined;
    return file && file !== 'pg_hba.conf' ? `${file} line ${rule.lineNumber}` : `line ${rule.lineNumber}`;
}


/***/ }),

/***/ 2564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ forEachDatabase)
/* harmony export */ });
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7532);
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9351);


/**
 * Walks every audited database: databases whose fact is available go to `visit`; the others become
 * one UNKNOWN finding each, with the database as the object and the reason it is missing.
 */
function forEachDatabase(facts, select, visit) {
    const unknowns = [];
    for (const db of (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .need */ .$B)(facts.databases)) {
        const f = select(db);
        if (f.ok)
            visit(db, f.value);
        else {
            unknowns.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_1__/* .unknownFromMissing */ .H8)(f, db.name));
        }
    }
    return unknowns;
}


/***/ }),

/***/ 6999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ expandPgauditLog),
/* harmony export */   RU: () => (/* binding */ missingClasses),
/* harmony export */   hP: () => (/* binding */ REQUIRED_CLASSES)
/* harmony export */ });
/* unused harmony export PGAUDIT_CLASSES */
/**
 * pgaudit session-audit classes. `pgaudit.log` is a comma list processed left to right: a class
 * adds, `-class` removes, `all` adds every class, `none` clears. Names are case-insensitive.
 */
const PGAUDIT_CLASSES = ['read', 'write', 'function', 'role', 'ddl', 'misc', 'misc_set'];
/** Classes an audit trail needs at minimum (CIS: ddl, write; STIG adds role). */
const REQUIRED_CLASSES = ['ddl', 'write', 'role'];
function expandPgauditLog(value) {
    const classes = new Set();
    const invalid = [];
    for (const rawToken of value.split(',')) {
        let token = rawToken.trim().toLowerCase();
        if (!token)
            continue;
        const subtract = token.startsWith('-');
        if (subtract)
            token = token.slice(1).trim();
        let affected;
        if (token === 'all')
            affected = PGAUDIT_CLASSES;
        else if (token === 'none') {
            classes.clear();
            continue;
        }
        else if (PGAUDIT_CLASSES.includes(token))
            affected = [token];
        else {
            invalid.push(rawToken.trim());
            continue;
        }
        for (const c of affected) {
            if (subtract)
                classes.delete(c);
            else
                classes.add(c);
        }
    }
    return { classes, invalid };
}
function missingClasses(classes) {
    return REQUIRED_CLASSES.filter(c => !classes.has(c));
}


/***/ }),

/***/ 5613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ POSTGRES_RELEASES),
/* harmony export */   df: () => (/* binding */ splitVersionNum),
/* harmony export */   jU: () => (/* binding */ RELEASE_TABLE_STALE_DAYS)
/* harmony export */ });
const POSTGRES_RELEASES = {
    asOf: '2026-05-14',
    majors: [
        { major: 18, latestMinor: 4, endOfLife: '2030-11-14' },
        { major: 17, latestMinor: 10, endOfLife: '2029-11-08' },
        { major: 16, latestMinor: 14, endOfLife: '2028-11-09' },
        { major: 15, latestMinor: 18, endOfLife: '2027-11-11' },
        { major: 14, latestMinor: 23, endOfLife: '2026-11-12' },
        { major: 13, latestMinor: 23, endOfLife: '2025-11-13' },
        { major: 12, latestMinor: 22, endOfLife: '2024-11-21' },
        { major: 11, latestMinor: 22, endOfLife: '2023-11-09' },
        { major: 10, latestMinor: 23, endOfLife: '2022-11-10' }
    ]
};
/** Days after `asOf` beyond which the report warns that the table may miss newer releases. */
const RELEASE_TABLE_STALE_DAYS = 120;
/** Splits `server_version_num` (e.g. 170010) into major and minor (17, 10). 9.x is folded in too. */
function splitVersionNum(num) {
    if (num >= 100000)
        return { major: Math.floor(num / 10000), minor: num % 10000 };
    return { major: Math.floor(num / 10000) + (Math.floor(num / 100) % 100) / 10, minor: num % 100 };
}


/***/ }),

/***/ 5525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mp: () => (/* binding */ isOn),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   mw: () => (/* binding */ connectionsLogged),
/* harmony export */   uJ: () => (/* binding */ libraryTokens),
/* harmony export */   wU: () => (/* binding */ settingBytes),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);


/**
 * Reads one `pg_settings` row. A row the login cannot see makes the calling check UNKNOWN with the
 * grant that would reveal it; a row that does not exist on this version is UNKNOWN too.
 */
function setting(facts, name) {
    const all = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .need */ .$B)(facts.settings);
    const row = all[name];
    if (row)
        return row;
    if (!facts.server.canReadAllSettings) {
        throw new _core_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .MissingFactError */ .TZ((0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .msg */ .ab) `The setting ${name} is not visible to this login.`, (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .msg */ .ab) `GRANT pg_read_all_settings TO ${facts.server.currentUser}.`);
    }
    throw new _core_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .MissingFactError */ .TZ((0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .msg */ .ab) `The setting ${name} does not exist on this server version.`);
}
/** True for PostgreSQL's spellings of a true boolean setting. */
function isOn(value) {
    return ['on', 'true', 'yes', '1'].includes(value.trim().toLowerCase());
}
/**
 * Splits a library list (`shared_preload_libraries`) into exact tokens: `pgauditlogtofile` is not
 * `pgaudit`, and `$libdir/pgaudit` or `pgaudit.so` are.
 */
function libraryTokens(value) {
    return value
        .split(',')
        .map(t => t.trim().replace(/^"(.*)"$/, '$1'))
        .filter(Boolean)
        .map(t => t
        .replace(/^\$libdir\//, '')
        .replace(/\.so$/, '')
        .toLowerCase());
}
/** Formats a setting with its unit for detail text (e.g. `128MB`, `8kB` pages already resolved). */
function settingBytes(row) {
    const n = Number(row.setting);
    if (!Number.isFinite(n))
        return undefined;
    const unit = row.unit ?? '';
    const m = unit.match(/^(\d+)?\s*(B|kB|MB|GB|TB)$/);
    if (!m)
        return undefined;
    const mult = { B: 1, kB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 }[m[2]];
    return n * Number(m[1] ?? 1) * mult;
}
function formatBytes(bytes) {
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let i = 0;
    let v = bytes;
    while (v >= 1024 && i < units.length - 1 && v % 1024 === 0) {
        v /= 1024;
        i++;
    }
    return `${v}${units[i]}`;
}
/**
 * log_connections is a boolean up to PostgreSQL 17 and a list of aspects from 18 (receipt,
 * authentication, authorization, setup_durations, all); what matters is that authenticated and
 * authorized sessions are logged.
 */
function connectionsLogged(value) {
    const v = value.trim().toLowerCase();
    if (isOn(v) || v === 'all')
        return true;
    const aspects = v.split(',').map(s => s.trim());
    return aspects.includes('authentication') && aspects.includes('authorization');
}


/***/ }),

/***/ 6694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ parseCidr),
/* harmony export */   J1: () => (/* binding */ isAnyAddress),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   t1: () => (/* binding */ isBroad)
/* harmony export */ });
/* unused harmony export BROAD_PREFIX */
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);

/** IPv4 wider than /16, IPv6 wider than /32: "broad" for every engine. */
const BROAD_PREFIX = { 4: 16, 6: 32 };
/**
 * Parses `a.b.c.d/n`, `x::y/n`, a bare address (a host: /32 or /128), or an IPv4 address with a
 * dotted netmask. Anything else (host names, keywords) is undefined.
 */
function parseCidr(text, netmask) {
    const t = text.trim();
    try {
        let address;
        let prefix;
        if (t.includes('/')) {
            [address, prefix] = ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().parseCIDR(t);
        }
        else {
            address = ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().parse(t);
            prefix = address.kind() === 'ipv4' ? 32 : 128;
            if (netmask) {
                const mask = ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().parse(netmask.trim());
                const fromMask = mask.prefixLengthFromSubnetMask();
                if (fromMask === null || mask.kind() !== address.kind())
                    return undefined;
                prefix = fromMask;
            }
        }
        const family = address.kind() === 'ipv4' ? 4 : 6;
        const network = family === 4
            ? ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.networkAddressFromCIDR(`${address.toString()}/${prefix}`)
            : ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.networkAddressFromCIDR(`${address.toString()}/${prefix}`);
        return { family, prefix, address, text: `${network.toString()}/${prefix}` };
    }
    catch {
        return undefined;
    }
}
/** 0.0.0.0/0 or ::/0: any client anywhere. */
function isAnyAddress(c) {
    return c.prefix === 0;
}
/** Only the host itself: within 127.0.0.0/8 or ::1/128 (also as an IPv4-mapped address). */
function isLoopback(c) {
    const a = c.address.kind() === 'ipv6' && c.address.isIPv4MappedAddress()
        ? c.address.toIPv4Address()
        : c.address;
    if (a.kind() === 'ipv4') {
        const mappedPrefix = c.family === 6 ? c.prefix - 96 : c.prefix;
        return mappedPrefix >= 8 && a.range() === 'loopback';
    }
    return c.prefix === 128 && a.range() === 'loopback';
}
/** Wider than BROAD_PREFIX for its family (any-address included). */
function isBroad(c) {
    return c.prefix <= BROAD_PREFIX[c.family];
}


/***/ }),

/***/ 2257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ BACKUP_CONTROLS),
/* harmony export */   Ad: () => (/* binding */ AUTHENTICATION_CONTROLS),
/* harmony export */   Q2: () => (/* binding */ AT_REST_CONTROLS),
/* harmony export */   Rp: () => (/* binding */ ADMIN_COUNT_CONTROLS),
/* harmony export */   WZ: () => (/* binding */ PRIVILEGED_ACCESS_CONTROLS),
/* harmony export */   hu: () => (/* binding */ AUDIT_LOGGING_CONTROLS),
/* harmony export */   lb: () => (/* binding */ TRANSIT_CONTROLS),
/* harmony export */   mp: () => (/* binding */ PASSWORD_POLICY_CONTROLS),
/* harmony export */   r: () => (/* binding */ NETWORK_BOUNDARY_CONTROLS)
/* harmony export */ });
/**
 * Framework control sets that several checks cite alike. Check files name a set from here instead
 * of defining (and exporting) one for their neighbours to import.
 */
/** Audit logging: who did what, kept and reviewable. */
const AUDIT_LOGGING_CONTROLS = {
    'SOC 2': ['CC7.2'],
    HIPAA: ['164.312(b)'],
    'PCI DSS': ['10'],
    'ISO 27001': ['8.15'],
    GDPR: ['Art. 32']
};
/** Encryption in transit: TLS versions, certificates and plain-text ports. */
const TRANSIT_CONTROLS = {
    'PCI DSS': ['4'],
    HIPAA: ['164.312(e)(1)'],
    'SOC 2': ['CC6.7'],
    'ISO 27001': ['8.24'],
    GDPR: ['Art. 32']
};
/** Authentication of sessions and credentials: who may sign in, and for how long. */
const AUTHENTICATION_CONTROLS = {
    'SOC 2': ['CC6.1'],
    'PCI DSS': ['8'],
    'ISO 27001': ['8.5']
};
/** Encryption at rest: data files, keys and backups. */
const AT_REST_CONTROLS = {
    HIPAA: ['164.312(a)(2)(iv)'],
    'PCI DSS': ['3'],
    GDPR: ['Art. 32'],
    'ISO 27001': ['8.24']
};
/** Network boundary: who can reach the service, and where it can send data. */
const NETWORK_BOUNDARY_CONTROLS = {
    'PCI DSS': ['1'],
    'SOC 2': ['CC6.6'],
    'ISO 27001': ['8.20']
};
/** How many accounts hold full administrative power. */
const ADMIN_COUNT_CONTROLS = {
    'PCI DSS': ['7'],
    'SOC 2': ['CC6.1', 'CC6.3'],
    'ISO 27001': ['8.2'],
    HIPAA: ['164.312(a)(1)']
};
/** Privileges short of full administration that still raise access. */
const PRIVILEGED_ACCESS_CONTROLS = {
    'PCI DSS': ['7'],
    'SOC 2': ['CC6.1', 'CC6.3'],
    'ISO 27001': ['8.2']
};
/** Password strength for local users. */
const PASSWORD_POLICY_CONTROLS = {
    'PCI DSS': ['8.3.6'],
    'SOC 2': ['CC6.1'],
    'ISO 27001': ['5.17'],
    HIPAA: ['164.312(d)']
};
/** Backup and recovery. */
const BACKUP_CONTROLS = {
    'SOC 2': ['A1.2'],
    HIPAA: ['164.308(a)(7)'],
    'PCI DSS': ['12.10'],
    'ISO 27001': ['8.13'],
    GDPR: ['Art. 32']
};


/***/ }),

/***/ 3227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Os: () => (/* binding */ PARSE),
/* harmony export */   WK: () => (/* binding */ SUPERUSER_ROLE),
/* harmony export */   d3: () => (/* binding */ CRDB_GRANT_ADMIN),
/* harmony export */   fX: () => (/* binding */ SQL_PASSWORD),
/* harmony export */   vQ: () => (/* binding */ SCHEMA_CREATE),
/* harmony export */   vy: () => (/* binding */ C_FUNCTION)
/* harmony export */ });
/**
 * Judgements only a file can make (a secret in the text, one grant that the live checks see only as a
 * count or a catalogue state). Each has its own `scan/` id, documented in the README scan section;
 * where a live check means the same thing, the scan uses the live check's id and metadata instead.
 */
const SQL_PASSWORD = {
    id: 'scan/sql-password',
    title: 'Literal password in SQL',
    dimension: 'Authentication',
    appliesTo: ['self-hosted', 'cloud'],
    rationale: 'A password committed to the repository is readable by everyone with access to it and stays in the history after it is rotated out of the file.',
    description: 'No CREATE/ALTER ROLE or USER statement in the repository carries a literal PASSWORD (clear text or hash).',
    outcomes: ['PASS', 'FAIL'],
    remediation: {
        text: 'Remove the password from the file and rotate it; set passwords outside the repository (psql \\password, a secret manager, or a variable the migration tool injects).',
        link: 'https://www.postgresql.org/docs/current/sql-createrole.html'
    },
    frameworks: { 'PCI DSS': ['8'], 'SOC 2': ['CC6.1'], 'ISO 27001': ['5.17'] }
};
const SUPERUSER_ROLE = {
    id: 'scan/pg-superuser-role',
    title: 'SUPERUSER granted in SQL',
    dimension: 'Authorization',
    appliesTo: ['self-hosted', 'cloud'],
    rationale: "A superuser bypasses every permission check and can run operating-system commands as the server's user; a migration that creates one widens that power silently.",
    description: 'No CREATE/ALTER ROLE statement gives a role SUPERUSER (pg/superusers counts them live).',
    outcomes: ['PASS', 'WARN'],
    remediation: {
        text: 'Drop SUPERUSER from the statement; grant predefined roles (pg_monitor, pg_read_all_data, ...) or object privileges instead.',
        link: 'https://www.postgresql.org/docs/current/role-attributes.html'
    },
    frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.1', 'CC6.3'], 'ISO 27001': ['8.2'] }
};
const SCHEMA_CREATE = {
    id: 'scan/pg-schema-create',
    title: 'CREATE on schemas in SQL',
    dimension: 'Authorization',
    appliesTo: ['self-hosted', 'cloud'],
    rationale: 'A role that may create objects in a schema others search can plant functions and operators that run with the privileges of whoever calls them by an unqualified name.',
    description: 'No GRANT gives PUBLIC CREATE on a schema, and no GRANT gives a named role CREATE on schema public (pg/public-schema judges PUBLIC on schema public).',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
        text: 'Grant CREATE on an application schema owned by the migration role instead; keep schema public free of CREATE for everyone but its owner.',
        link: 'https://www.postgresql.org/docs/current/ddl-schemas.html#DDL-SCHEMAS-PATTERNS'
    },
    frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.1'], 'ISO 27001': ['5.15'] }
};
const C_FUNCTION = {
    id: 'scan/pg-c-function',
    title: 'C-language functions in SQL',
    dimension: 'Authorization',
    appliesTo: ['self-hosted', 'cloud'],
    rationale: 'A C-language function runs native code inside the server process with its full privileges; outside a reviewed extension it is arbitrary code execution.',
    description: 'No CREATE FUNCTION loads native code with LANGUAGE c outside an extension.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
        text: 'Ship native code as a reviewed extension (CREATE EXTENSION) rather than a CREATE FUNCTION ... LANGUAGE c in a migration.',
        link: 'https://www.postgresql.org/docs/current/xfunc-c.html'
    },
    frameworks: { 'ISO 27001': ['8.2'], 'PCI DSS': ['7'] }
};
const CRDB_GRANT_ADMIN = {
    id: 'scan/crdb-grant-admin',
    title: 'GRANT admin in SQL',
    dimension: 'Authorization',
    appliesTo: ['self-hosted', 'cloud'],
    rationale: 'Membership in admin gives full control of the cluster, including its users, settings and data; a grant in a script spreads that power without a review of who holds it.',
    description: 'No GRANT admin TO statement makes a user or role an admin (crdb/admin-users counts them live).',
    outcomes: ['PASS', 'WARN'],
    remediation: {
        text: 'Grant the system privileges or object privileges the role needs (GRANT SYSTEM ..., GRANT ... ON DATABASE) instead of admin.',
        link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authorization#admin-role'
    },
    frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.1', 'CC6.3'], 'ISO 27001': ['8.2'] }
};
/** The same id the configuration files use for a file that does not parse. */
const PARSE = {
    id: 'scan/parse',
    title: 'Configuration file parse',
    dimension: 'Configuration',
    appliesTo: ['self-hosted', 'cloud'],
    rationale: 'A file the scanner cannot parse was not judged, so a weakening it contains would pass unseen.',
    description: 'The file parses, so every statement in it was judged.',
    outcomes: ['INFO'],
    remediation: {
        text: 'Fix the syntax (the server would refuse it too), or exclude the file with --exclude if it is not SQL for the server.',
        link: 'https://www.postgresql.org/docs/current/sql-syntax.html'
    },
    frameworks: {}
};


/***/ }),

/***/ 3205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/** backup_retention_period: 0 turns automated backups (and point-in-time recovery) off. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCheck */ .qH)({
    meta: {
        id: 'tf/aws-backup-retention',
        title: 'RDS automated backups',
        dimension: 'Backup & Recovery',
        family: 'backups',
        appliesTo: ['cloud', 'self-hosted'],
        description: 'Automated backups are kept at least 7 days (backup_retention_period >= 7).',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        rationale: 'Without automated backups there is no point-in-time recovery: a bad migration, a deleted table or ransomware leaves only manual snapshots, if any.',
        remediation: {
            text: 'Set backup_retention_period to 7 or more days (up to 35).',
            link: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html'
        },
        frameworks: { 'SOC 2': ['A1.2'], HIPAA: ['164.308(a)(7)'], 'ISO 27001': ['8.13'] }
    },
    evaluate(facts) {
        const days = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.value);
        if (days <= 0)
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} keeps no automated backups (retention 0 days): no point-in-time recovery.`)
            ];
        if (days < 7)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} keeps automated backups ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(days, 'day'))}, less than 7.`)];
        return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} keeps automated backups ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(String(days))} days.`)];
    }
}));


/***/ }),

/***/ 6452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/** aws_db_instance / aws_rds_cluster deletion_protection (default false). */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCheck */ .qH)({
    meta: {
        id: 'tf/aws-deletion-protection',
        title: 'RDS deletion protection',
        dimension: 'Backup & Recovery',
        appliesTo: ['cloud', 'self-hosted'],
        description: 'The database has deletion protection enabled.',
        outcomes: ['PASS', 'WARN'],
        rationale: 'Without deletion protection one API call, console click or terraform destroy deletes the database.',
        remediation: {
            text: 'Set deletion_protection = true.',
            link: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection'
        },
        frameworks: { 'SOC 2': ['A1.2'], 'ISO 27001': ['8.13'] }
    },
    evaluate(facts) {
        return (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.value)
            ? [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} has deletion protection enabled.`)]
            : [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} has deletion protection disabled: one API call deletes the database.`)];
    }
}));


/***/ }),

/***/ 8148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/** aws_db_instance / aws_rds_cluster_instance publicly_accessible (default false). */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCheck */ .qH)({
    meta: {
        id: 'tf/aws-public-access',
        title: 'RDS public accessibility',
        dimension: 'Network Security',
        family: 'open-network',
        appliesTo: ['cloud', 'self-hosted'],
        description: 'The RDS instance has no public IP address (publicly_accessible false).',
        outcomes: ['PASS', 'WARN'],
        rationale: 'A publicly accessible instance has an internet-facing address; a security group mistake then exposes the database login to the whole internet.',
        remediation: {
            text: 'Set publicly_accessible = false and reach the database from inside the VPC (or through a bastion / VPN).',
            link: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html'
        },
        frameworks: { 'PCI DSS': ['1'], 'SOC 2': ['CC6.6'], 'ISO 27001': ['8.20'] }
    },
    evaluate(facts) {
        return (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.value)
            ? [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} is publicly accessible: it gets a public IP address and only its security groups stand between it and the internet.`)
            ]
            : [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} is not publicly accessible.`)];
    }
}));


/***/ }),

/***/ 9550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/** aws_db_instance / aws_rds_cluster storage_encrypted (default false). */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCheck */ .qH)({
    meta: {
        id: 'tf/aws-storage-encrypted',
        title: 'RDS storage encryption',
        dimension: 'Encryption',
        family: 'encryption-at-rest',
        appliesTo: ['cloud', 'self-hosted'],
        description: 'RDS storage, its snapshots and backups are encrypted with KMS (storage_encrypted true).',
        outcomes: ['PASS', 'FAIL'],
        rationale: 'Unencrypted storage leaves the data files, snapshots and backups readable to anyone who obtains a copy of the volume or a shared snapshot.',
        remediation: {
            text: 'Set storage_encrypted = true (and kms_key_id for a customer-managed key); an existing instance is encrypted by restoring an encrypted snapshot copy.',
            link: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'
        },
        frameworks: { HIPAA: ['164.312(a)(2)(iv)'], 'PCI DSS': ['3'], GDPR: ['Art. 32'], 'ISO 27001': ['8.24'] }
    },
    evaluate(facts) {
        return (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.value)
            ? [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} encrypts its storage.`)]
            : [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} does not encrypt its storage: data files, snapshots and backups are stored unencrypted.`, undefined, 'not-enabled')
            ];
    }
}));


/***/ }),

/***/ 5553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/**
 * cockroach_cluster dedicated.private_network_visibility: PRIVATE clusters have no public endpoint,
 * so an allowlist entry exposes nothing to the internet (the Cloud API's network_visibility).
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCheck */ .qH)({
    meta: {
        id: 'tf/crdb-network-visibility',
        title: 'Cluster network visibility',
        dimension: 'Network Security',
        appliesTo: ['cloud', 'self-hosted'],
        description: 'An Advanced cluster is created with private network visibility (no public endpoint).',
        outcomes: ['PASS', 'INFO', 'N/A'],
        rationale: 'A cluster with a public endpoint is reachable from the internet wherever the allowlist allows; one broad entry exposes the SQL port.',
        remediation: {
            text: 'Set dedicated { private_network_visibility = true } on the cockroach_cluster and connect clients over private endpoints.',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/network-authorization'
        },
        frameworks: { 'SOC 2': ['CC6.6'], 'ISO 27001': ['8.20'] }
    },
    evaluate(facts) {
        const v = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.value);
        if (v.plan !== 'ADVANCED')
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .notApplicable */ .hH)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `Network visibility is chosen only on Advanced clusters; ${facts.address} is ${v.plan}.`)
            ];
        if (v.private)
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} has private network visibility: the cluster has no public endpoint.`)
            ];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} has public network visibility: the IP allowlist alone decides who reaches the cluster from the internet.`)
        ];
    }
}));


/***/ }),

/***/ 4399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



const MISSING = {
    BASIC: 'CMEK, private endpoints and log export are not available on it',
    STANDARD: 'CMEK and private network visibility need the Advanced plan',
    ADVANCED: 'CMEK, private endpoints and log export are all available'
};
/** The cockroach_cluster plan: which Cloud security features the cluster can use at all. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCheck */ .qH)({
    meta: {
        id: 'tf/crdb-plan',
        title: 'Cluster plan',
        dimension: 'Cluster Configuration',
        appliesTo: ['cloud', 'self-hosted'],
        description: 'Evidence: the CockroachDB Cloud plan the cluster is created on, and what it rules out.',
        outcomes: ['INFO'],
        rationale: 'The plan decides which Cloud security controls exist at all: on a lower plan CMEK, private endpoints or log export cannot be turned on later without a migration.',
        remediation: {
            text: 'Choose the Advanced plan (dedicated {}) where CMEK, private network visibility or log export is required.',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/plan-your-cluster'
        },
        frameworks: {}
    },
    evaluate(facts) {
        const plan = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.value);
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} is on the ${plan} plan: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(MISSING[plan] ?? 'an unrecognised plan')}.`)
        ];
    }
}));


/***/ }),

/***/ 6354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _judgements_network_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6694);




/** Cloud SQL ip_configuration: public IP and the authorized networks that may reach it. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCheck */ .qH)({
    meta: {
        id: 'tf/gcp-authorized-networks',
        title: 'Cloud SQL authorized networks',
        dimension: 'Network Security',
        family: 'open-network',
        appliesTo: ['cloud', 'self-hosted'],
        description: 'The instance has no public IP, or its authorized networks are narrow (never 0.0.0.0/0).',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        rationale: "An authorized network of 0.0.0.0/0 lets every internet address reach the instance's public IP and try passwords.",
        remediation: {
            text: 'Remove 0.0.0.0/0 and other broad authorized_networks; use private IP (ipv4_enabled = false with private_network) or the Cloud SQL Auth Proxy.',
            link: 'https://cloud.google.com/sql/docs/postgres/authorize-networks'
        },
        frameworks: { 'PCI DSS': ['1'], 'SOC 2': ['CC6.6'], 'ISO 27001': ['8.20'] }
    },
    evaluate(facts) {
        const v = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.value);
        if (!v.publicIp)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `${facts.address} has no public IP address.`)];
        const out = [];
        for (const n of v.networks) {
            const c = (0,_judgements_network_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCidr */ .GN)(n);
            if (!c)
                out.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `${facts.address} authorizes ${n}, which is not an address range.`, n));
            else if ((0,_judgements_network_js__WEBPACK_IMPORTED_MODULE_2__/* .isAnyAddress */ .J1)(c))
                out.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `${facts.address} authorizes ${n}: the whole internet may connect to its public IP.`, n));
            else if ((0,_judgements_network_js__WEBPACK_IMPORTED_MODULE_2__/* .isBroad */ .t1)(c))
                out.push((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `${facts.address} authorizes the broad range ${n}.`, n));
        }
        if (out.length)
            return out;
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `${facts.address} has a public IP reachable only from ${String(v.networks.length)} narrow authorized network(s).`)
        ];
    }
}));


/***/ }),

/***/ 4154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/** Cloud SQL backup_configuration: automated backups and point-in-time recovery. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCheck */ .qH)({
    meta: {
        id: 'tf/gcp-backups',
        title: 'Cloud SQL automated backups',
        dimension: 'Backup & Recovery',
        family: 'backups',
        appliesTo: ['cloud', 'self-hosted'],
        description: 'Automated backups are enabled, with point-in-time recovery.',
        outcomes: ['PASS', 'WARN'],
        rationale: 'Without automated backups and point-in-time recovery, lost or corrupted data cannot be restored to a moment before the damage.',
        remediation: {
            text: 'Set settings { backup_configuration { enabled = true, point_in_time_recovery_enabled = true } }.',
            link: 'https://cloud.google.com/sql/docs/postgres/backup-recovery/backups'
        },
        frameworks: { 'SOC 2': ['A1.2'], HIPAA: ['164.308(a)(7)'], 'ISO 27001': ['8.13'] }
    },
    evaluate(facts) {
        const v = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.value);
        if (!v.enabled)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} has automated backups disabled.`)];
        if (!v.pitr)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} has automated backups but no point-in-time recovery.`)];
        return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} has automated backups with point-in-time recovery${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)('')}.`)];
    }
}));


/***/ }),

/***/ 4547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/** Cloud SQL ssl_mode (or the older require_ssl): whether connections without TLS are accepted. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCheck */ .qH)({
    meta: {
        id: 'tf/gcp-ssl-mode',
        title: 'Cloud SQL requires TLS',
        dimension: 'Encryption',
        family: 'encryption-in-transit',
        appliesTo: ['cloud', 'self-hosted'],
        description: 'ssl_mode is ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED.',
        outcomes: ['PASS', 'FAIL'],
        rationale: 'An instance that accepts unencrypted connections lets a client, or anyone between it and the database, send passwords and data in clear text.',
        remediation: {
            text: 'Set settings { ip_configuration { ssl_mode = "ENCRYPTED_ONLY" } } (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED).',
            link: 'https://cloud.google.com/sql/docs/postgres/configure-ssl-instance'
        },
        frameworks: { 'PCI DSS': ['4'], HIPAA: ['164.312(e)(1)'], 'SOC 2': ['CC6.7'], GDPR: ['Art. 32'] }
    },
    evaluate(facts) {
        const mode = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.value);
        if (mode === 'ENCRYPTED_ONLY' || mode === 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED')
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} accepts only TLS connections (ssl_mode ${mode}).`)];
        return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} accepts connections without TLS (ssl_mode ${mode}).`)];
    }
}));


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/**
 * A password written into the repository: a literal, a variable's literal default, or a plan file
 * holding it. The value itself is never read into any message.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCheck */ .qH)({
    meta: {
        id: 'tf/literal-password',
        title: 'Password committed to the repository',
        dimension: 'Authentication',
        appliesTo: ['cloud', 'self-hosted'],
        description: 'No database password is written in the configuration; it comes from a secret store or a variable without a default.',
        outcomes: ['PASS', 'FAIL'],
        rationale: 'A password in the repository is readable to everyone with read access and stays in the git history after it is removed.',
        remediation: {
            text: 'Rotate the password (it is in the git history), then take it from a secret manager, a random_password resource or a sensitive variable without a default.',
            link: 'https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output'
        },
        frameworks: { 'SOC 2': ['CC6.1'], 'PCI DSS': ['8'], 'ISO 27001': ['5.17'] }
    },
    evaluate(facts) {
        const v = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.value);
        if (v.literal)
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address}.${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(v.attr)} is a literal password ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(v.where)}: the secret is in the repository.`)
            ];
        return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address}.${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(v.attr)} comes from ${v.where}, not from the repository.`)];
    }
}));


/***/ }),

/***/ 1196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



const WHY = {
    superuser: 'SUPERUSER (bypasses every permission check)',
    create_role: 'CREATEROLE (can create roles and grant itself their memberships)',
    bypass_row_level_security: 'BYPASSRLS (ignores every row-level security policy)',
    replication: 'REPLICATION (can stream the whole cluster)'
};
/** postgresql_role: the attributes pg/superusers and pg/privileged-roles look for on a live server. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCheck */ .qH)({
    meta: {
        id: 'tf/pg-role-privileges',
        title: 'Role attributes',
        dimension: 'Authorization',
        family: 'admin-count',
        appliesTo: ['cloud', 'self-hosted'],
        description: 'A postgresql_role is created without SUPERUSER, CREATEROLE, BYPASSRLS or REPLICATION unless it is an administrator.',
        outcomes: ['PASS', 'WARN'],
        rationale: 'SUPERUSER, CREATEROLE, BYPASSRLS and REPLICATION give a role power over every object or every row; a compromised application role then compromises the whole server.',
        remediation: {
            text: 'Remove superuser/create_role/bypass_row_level_security/replication from application roles; keep them on the one or two administrator roles.',
            link: 'https://www.postgresql.org/docs/current/role-attributes.html'
        },
        frameworks: { 'SOC 2': ['CC6.3'], 'PCI DSS': ['7'], 'ISO 27001': ['8.2'] }
    },
    evaluate(facts) {
        const attrs = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.value);
        if (!attrs.length)
            return [(0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} has no superuser, createrole, bypassrls or replication attribute.`)];
        return attrs.map(a => (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .warn */ .R8)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} is created with ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(WHY[a] ?? a)}.`, a));
    }
}));


/***/ }),

/***/ 9496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



/** rds.force_ssl in an RDS / Aurora PostgreSQL parameter group: 1 refuses connections without TLS. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCheck */ .qH)({
    meta: {
        id: 'tf/rds-force-ssl',
        title: 'RDS requires TLS',
        dimension: 'Encryption',
        family: 'encryption-in-transit',
        appliesTo: ['cloud', 'self-hosted'],
        description: 'The parameter group sets rds.force_ssl to 1, so every client connection uses TLS.',
        outcomes: ['PASS', 'FAIL'],
        rationale: 'Without rds.force_ssl a client may connect without TLS, and its password and data cross the network in clear text.',
        remediation: {
            text: 'Add parameter { name = "rds.force_ssl" value = "1" } to the parameter group.',
            link: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html'
        },
        frameworks: { 'PCI DSS': ['4'], HIPAA: ['164.312(e)(1)'], 'SOC 2': ['CC6.7'], GDPR: ['Art. 32'] }
    },
    evaluate(facts) {
        const v = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_1__/* .need */ .$B)(facts.value);
        if (v.value.trim() === '1')
            return [
                (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .pass */ .IX)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} sets rds.force_ssl to 1 (${v.source}): connections without TLS are refused.`)
            ];
        return [
            (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${facts.address} has rds.force_ssl ${v.value} (${v.source}): clients may connect without TLS.`)
        ];
    }
}));


/***/ }),

/***/ 1108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ parseEndpoint),
/* harmony export */   tb: () => (/* binding */ describeWhere)
/* harmony export */ });
/* unused harmony export SSL_MODES */
/* harmony import */ var pg_connection_string__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(984);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


const EXPECTED = 'expected postgresql://user:password@host:port/database';
/**
 * Parses a connection string (postgres:// or postgresql:// URL) into a reusable client
 * configuration. `input` names where the user gave it (`--url`, `DB_POSTURE_URL`, input
 * `connection-string`); the value itself is never echoed because it carries the password.
 */
function parseEndpoint(url, redactor, input = '--url') {
    const bad = (problem) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Invalid ${input}: ${problem}; ${EXPECTED}.`);
    if (!/^postgres(ql)?:\/\//i.test(url))
        throw bad('it is not a postgres:// or postgresql:// URL');
    const asHttp = url.replace(/^postgres(ql)?:/i, 'http:');
    // The authority as typed: "user:pass@host:port". A port outside 1-65535 makes WHATWG URL throw
    // "Invalid URL", which would not tell the user what is wrong.
    const authority = asHttp.slice('http://'.length).split(/[/?#]/)[0];
    const encodeHint = 'it is not a well-formed URL (percent-encode special characters such as @, :, / or # in the user name and password)';
    // An unencoded "/", "?" or "#" in the password ends the authority early: the rest would be read
    // as host and port, and would echo part of the password.
    if (!authority.includes('@') && asHttp.indexOf('@') > 'http://'.length)
        throw bad(encodeHint);
    const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
    const portText = hostPort.match(/^(?:\[[^\]]*\]|[^:]*):(.*)$/)?.[1];
    if (portText !== undefined && portText !== '') {
        if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
            throw bad(`port ${JSON.stringify(redactor.scrub(portText))} is not a TCP port (1-65535)`);
        }
    }
    let u;
    try {
        u = new URL(asHttp);
    }
    catch {
        throw bad(encodeHint);
    }
    const mode = u.searchParams.get('sslmode');
    if (mode !== null && mode !== 'no-verify' && !SSL_MODES.includes(mode)) {
        throw bad(`sslmode ${JSON.stringify(redactor.scrub(mode))} is not one of ${SSL_MODES.join(', ')}`);
    }
    let parsed;
    try {
        // libpq's sslmode meanings (require = encrypt without verifying, verify-ca, verify-full), which
        // is what users of psql and every PostgreSQL tool expect; node-postgres alone would verify on
        // require. A user-supplied uselibpqcompat is dropped so the two settings cannot conflict.
        parsed = (0,pg_connection_string__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(normaliseSslMode(url, mode), { useLibpqCompat: true });
    }
    catch (error) {
        throw bad(redactor.scrub(error.message));
    }
    redactor.add(parsed.password ?? undefined);
    const host = parsed.host || 'localhost';
    const port = parsed.port ? Number(parsed.port) : 5432;
    const user = parsed.user || process.env.PGUSER || 'postgres';
    const database = parsed.database || user;
    const config = {
        host,
        port,
        user,
        database,
        ...(parsed.password != null ? { password: parsed.password } : {}),
        ...(parsed.ssl !== undefined ? { ssl: parsed.ssl } : {})
    };
    return { host, port, database, user, socket: host.startsWith('/'), config };
}
const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];
/**
 * Maps the two modes node-postgres cannot express: `allow` (libpq tries plaintext first) becomes
 * `disable`, and node-postgres's own `no-verify` becomes `require`. `prefer` encrypts without
 * falling back to plaintext.
 */
function normaliseSslMode(url, mode) {
    const mapped = mode === 'allow' ? 'disable' : mode === 'no-verify' ? 'require' : mode;
    let out = url.replace(/([?&])uselibpqcompat=[^&]*(&|$)/i, '$1');
    if (mapped !== mode)
        out = out.replace(/([?&])sslmode=[^&]*/, `$1sslmode=${mapped}`);
    return out.replace(/[?&]$/, '');
}
/** "host:port" or "socket /dir port N", for messages. */
function describeWhere(ep) {
    return ep.socket ? `socket ${ep.host} port ${ep.port}` : `${ep.host}:${ep.port}`;
}


/***/ }),

/***/ 2499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ probePostgresTls),
/* harmony export */   jJ: () => (/* binding */ PQ_HYBRID_GROUP)
/* harmony export */ });
/* unused harmony exports describeCertificate, clientSupportsGroup */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);



const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);
const PQ_HYBRID_GROUP = 'X25519MLKEM768';
/** Describes a DER/PEM certificate without trusting it. */
function describeCertificate(cert, source) {
    const key = cert.publicKey;
    const details = key.asymmetricKeyDetails ?? {};
    const curve = details.namedCurve;
    const curveBits = { prime256v1: 256, secp384r1: 384, secp521r1: 521 };
    return {
        subject: cert.subject.replace(/\n/g, ', '),
        issuer: cert.issuer.replace(/\n/g, ', '),
        validFrom: new Date(cert.validFrom).toISOString(),
        validTo: new Date(cert.validTo).toISOString(),
        selfSigned: cert.subject === cert.issuer && cert.checkIssued(cert),
        keyType: key.asymmetricKeyType ?? 'unknown',
        ...(details.modulusLength ? { keyBits: details.modulusLength } : {}),
        ...(curve ? { curve, keyBits: curveBits[curve] } : {}),
        fingerprint256: cert.fingerprint256,
        source
    };
}
/** Opens TCP, sends the PostgreSQL SSLRequest and resolves with the socket once 'S' arrives. */
function sslRequest(host, port, timeoutMs) {
    return new Promise((resolve, reject) => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_0___default().connect({ host, port });
        const timer = setTimeout(() => {
            socket.destroy();
            reject(new Error(`TLS probe timed out after ${timeoutMs} ms connecting to ${host}:${port}`));
        }, timeoutMs);
        socket.once('error', err => {
            clearTimeout(timer);
            reject(err);
        });
        socket.once('connect', () => socket.write(SSL_REQUEST));
        // A listener that accepts and closes must not hold the audit for the whole connect timeout.
        const closed = () => {
            clearTimeout(timer);
            reject(new Error(`the server at ${host}:${port} closed the connection before answering the SSLRequest`));
        };
        socket.once('close', closed);
        socket.once('data', data => {
            clearTimeout(timer);
            socket.removeListener('close', closed);
            socket.removeAllListeners('error');
            if (data[0] === 0x53)
                resolve(socket);
            else {
                socket.destroy();
                resolve(null);
            }
        });
    });
}
function handshake(host, port, timeoutMs, servername, ecdhCurve) {
    return sslRequest(host, port, timeoutMs).then(socket => new Promise((resolve, reject) => {
        if (!socket)
            return resolve(null);
        const timer = setTimeout(() => {
            secure.destroy();
            reject(new Error(`TLS handshake timed out after ${timeoutMs} ms`));
        }, timeoutMs);
        // The probe reads what the server serves; verification is the client's job, not ours.
        const secure = node_tls__WEBPACK_IMPORTED_MODULE_1___default().connect({
            socket,
            rejectUnauthorized: false,
            ...(servername && node_net__WEBPACK_IMPORTED_MODULE_0___default().isIP(servername) === 0 ? { servername } : {}),
            ...(ecdhCurve ? { ecdhCurve } : {})
        });
        secure.once('error', err => {
            clearTimeout(timer);
            secure.destroy();
            reject(err);
        });
        secure.once('close', () => {
            clearTimeout(timer);
            reject(new Error('the server closed the connection during the TLS handshake'));
        });
        secure.once('secureConnect', () => {
            clearTimeout(timer);
            const chain = [];
            const seen = new Set();
            let peer = secure.getPeerCertificate(true);
            while (peer && peer.raw && !seen.has(peer.fingerprint256)) {
                seen.add(peer.fingerprint256);
                chain.push(describeCertificate(new node_crypto__WEBPACK_IMPORTED_MODULE_2__.X509Certificate(peer.raw), chain.length === 0 ? 'served' : 'served chain'));
                peer = peer.issuerCertificate;
            }
            const eph = secure.getEphemeralKeyInfo();
            const result = {
                protocol: secure.getProtocol() ?? undefined,
                cipher: secure.getCipher()?.standardName ?? secure.getCipher()?.name,
                group: eph?.name ?? eph?.type,
                chain
            };
            secure.destroy();
            resolve(result);
        });
    }));
}
/**
 * Performs the PostgreSQL-style TLS handshake (SSLRequest, then TLS) and reports what the server
 * serves: version, cipher, key-exchange group, certificate chain, and whether the post-quantum
 * hybrid group is accepted (when this Node.js's OpenSSL can offer it).
 */
async function probePostgresTls(host, port, timeoutMs, servername) {
    const main = await handshake(host, port, timeoutMs, servername);
    if (!main)
        return { offered: false, chain: [], postQuantumHybrid: 'untested' };
    let postQuantumHybrid = 'untested';
    let postQuantumNote;
    if (!clientSupportsGroup(PQ_HYBRID_GROUP)) {
        postQuantumNote = `this Node.js (OpenSSL ${process.versions.openssl}) cannot offer ${PQ_HYBRID_GROUP}`;
    }
    else {
        try {
            const pq = await handshake(host, port, timeoutMs, servername, PQ_HYBRID_GROUP);
            postQuantumHybrid = pq ? 'accepted' : 'refused';
        }
        catch {
            postQuantumHybrid = 'refused';
        }
    }
    return {
        offered: true,
        ...(main.protocol ? { protocol: main.protocol } : {}),
        ...(main.cipher ? { cipher: main.cipher } : {}),
        ...(main.group ? { group: main.group } : {}),
        chain: main.chain,
        postQuantumHybrid,
        ...(postQuantumNote ? { postQuantumNote } : {})
    };
}
/** OpenSSL before 3.5 does not know the ML-KEM hybrid groups; creating a context tells. */
function clientSupportsGroup(group) {
    try {
        node_tls__WEBPACK_IMPORTED_MODULE_1___default().createSecureContext({ ecdhCurve: group });
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
