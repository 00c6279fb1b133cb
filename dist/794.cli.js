export const id = 794;
export const ids = [794];
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

/***/ 4345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7906);
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
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7906);
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
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7906);
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
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7906);
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
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7906);
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
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7906);
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
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7906);
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
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7906);
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

/***/ 7906:
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


/***/ })

};
