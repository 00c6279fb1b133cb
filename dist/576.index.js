export const id = 576;
export const ids = [576];
export const modules = {

/***/ 74079:
/***/ ((module) => {

function webpackEmptyContext(req) {
	var e = new Error("Cannot find module '" + req + "'");
	e.code = 'MODULE_NOT_FOUND';
	throw e;
}
webpackEmptyContext.keys = () => ([]);
webpackEmptyContext.resolve = webpackEmptyContext;
webpackEmptyContext.id = 74079;
module.exports = webpackEmptyContext;

/***/ }),

/***/ 40926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ mapBounded)
/* harmony export */ });
/** Runs `worker` over `items` with at most `limit` in flight, keeping the input order in the result. */
async function mapBounded(items, limit, worker) {
    const results = new Array(items.length);
    let next = 0;
    const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await worker(items[i], i);
        }
    });
    await Promise.all(runners);
    return results;
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I0: () => (/* binding */ TargetError),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/** Exit codes of the CLI and the action (documented in README.md). */
const EXIT = {
    /** The gate passed. */
    OK: 0,
    /** The gate failed: an unwaived FAIL (or WARN with fail-on warn), or an expired waiver. */
    GATE_FAILED: 1,
    /** Bad flag, input, or baseline file: nothing was audited. */
    USAGE: 2,
    /** The target could not be audited: unreachable, authentication failed, TLS refused. */
    TARGET: 3,
    /** A defect in db-posture itself. */
    INTERNAL: 4
};
/** A problem with what the user asked for: a flag, an input, a file. Exit code 2. */
class UsageError extends Error {
    exitCode = EXIT.USAGE;
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** The target could not be audited at all (connection, authentication, TLS). Exit code 3. */
class TargetError extends Error {
    exitCode = EXIT.TARGET;
    constructor(message) {
        super(message);
        this.name = 'TargetError';
    }
}


/***/ }),

/***/ 57532:
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
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);

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

/***/ 72020:
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

/***/ 44409:
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

/***/ 67325:
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

/***/ 60710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ needUnfilteredUserList),
/* harmony export */   Ux: () => (/* binding */ userLabel),
/* harmony export */   bn: () => (/* binding */ adminEquivalentRoles),
/* harmony export */   iI: () => (/* binding */ securityReaderRole),
/* harmony export */   iK: () => (/* binding */ adminOrSecurityRoles)
/* harmony export */ });
/* unused harmony exports FULL_ADMIN, SECURITY_ADMIN_ROLES, NEAR_ADMIN_ROLES */
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72020);


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

/***/ 12066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/attestation.ts
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

;// CONCATENATED MODULE: ./src/diff/identity.ts
/**
 * The exact-match key of a finding within one target. An absent object and an empty one are
 * different keys (a waiver without `object` covers only the check's finding without object).
 */
function identity_findingKey(checkId, object) {
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

;// CONCATENATED MODULE: ./src/baseline/apply.ts

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
    const waivable = indexByKey(findings.filter(f => f.status === 'FAIL' || f.status === 'WARN'), f => identity_findingKey(f.checkId, f.object));
    for (const w of baseline.waivers) {
        if (w.target !== target && w.target !== '*')
            continue;
        const matched = waivable.get(identity_findingKey(w.check, w.object));
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

// EXTERNAL MODULE: ./src/core/facts.ts
var core_facts = __webpack_require__(57532);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/core/status.ts
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

;// CONCATENATED MODULE: ./src/core/vocabulary.ts
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

;// CONCATENATED MODULE: ./src/policy/families.ts


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
    for (const rule of SENSITIVITY_RAISES) {
        if (rule.family === family &&
            rule.condition === finding.condition &&
            status === rule.from &&
            rule.sensitivities.includes(ctx.dataSensitivity)) {
            notes.push({
                kind: 'raised',
                from: status,
                to: rule.to,
                reason: `${SENSITIVITY_NAMES[ctx.dataSensitivity]} data`
            });
            status = rule.to;
        }
    }
    const outcome = () => (notes.length ? { status, policy: notes } : { status });
    if (status !== 'WARN' && status !== 'FAIL')
        return outcome();
    const target = ENVIRONMENT_DOWNGRADES[family]?.[ctx.environment];
    if (target && isMoreSevere(status, target)) {
        // Canonical framework order, whatever order the user named them in.
        const lockedBy = Object.keys(COMPLIANCE_LOCKS)
            .filter(c => ctx.compliance.includes(c) && COMPLIANCE_LOCKS[c].includes(family))
            .map(c => COMPLIANCE_NAMES[c]);
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

;// CONCATENATED MODULE: ./src/core/report-check.ts
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

;// CONCATENATED MODULE: ./src/core/version.ts
/** The product's own name and version, stamped into every report. */
const TOOL = {
    name: 'db-posture',
    version: '0.1.0',
    url: 'https://github.com/db-posture/db-posture'
};

;// CONCATENATED MODULE: ./src/core/gate.ts
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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
;// CONCATENATED MODULE: ./src/report/json.ts





const json_status = schemas/* enum */.k5n(STATUSES);
const observedValue = schemas/* union */.KCZ([
    schemas/* object */.Ikc({
        value: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* boolean */.zMY()]),
        items: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        note: schemas/* string */.YjP().optional()
    })
        .strict(),
    schemas/* object */.Ikc({ unknown: schemas/* string */.YjP() }).strict()
]);
/** What the engine observed the cluster records (added in 0.2; detection coverage reads it). */
const observedSchema = schemas/* object */.Ikc({
    settings: schemas/* record */.g1P(schemas/* string */.YjP(), observedValue),
    channels: schemas/* record */.g1P(schemas/* string */.YjP(), observedValue).optional(),
    overrides: schemas/* array */.YOg(schemas/* object */.Ikc({
        setting: schemas/* string */.YjP(),
        scope: schemas/* string */.YjP(),
        value: schemas/* string */.YjP(),
        items: schemas/* array */.YOg(schemas/* string */.YjP()).optional()
    })
        .strict())
        .optional()
})
    .strict();
const waiverEntry = schemas/* object */.Ikc({
    check: schemas/* string */.YjP(),
    target: schemas/* string */.YjP(),
    object: schemas/* string */.YjP().optional(),
    reason: schemas/* string */.YjP(),
    owner: schemas/* string */.YjP(),
    expires: schemas/* string */.YjP()
});
/**
 * The JSON report, version 1. This schema is the contract: `schema/report.schema.json` is generated
 * from it (npm run schema) and a test fails when the two drift.
 */
const json_jsonReportSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(1),
    tool: schemas/* object */.Ikc({ name: schemas/* literal */.euz('db-posture'), version: schemas/* string */.YjP() }),
    target: schemas/* object */.Ikc({
        engine: schemas/* enum */.k5n(ENGINES),
        deployment: schemas/* enum */.k5n(DEPLOYMENT_VALUES),
        name: schemas/* string */.YjP(),
        clusterId: schemas/* string */.YjP().optional(),
        version: schemas/* string */.YjP().optional(),
        plan: schemas/* string */.YjP().optional(),
        regions: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        details: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
    }),
    context: schemas/* object */.Ikc({
        environment: schemas/* enum */.k5n(ENVIRONMENTS),
        compliance: schemas/* array */.YOg(schemas/* enum */.k5n(COMPLIANCE)),
        dataSensitivity: schemas/* enum */.k5n(SENSITIVITIES),
        auditedAt: schemas/* string */.YjP()
    }),
    summary: schemas/* object */.Ikc({
        PASS: schemas/* number */.aig(),
        WARN: schemas/* number */.aig(),
        FAIL: schemas/* number */.aig(),
        INFO: schemas/* number */.aig(),
        'N/A': schemas/* number */.aig(),
        UNKNOWN: schemas/* number */.aig()
    }),
    findings: schemas/* array */.YOg(schemas/* object */.Ikc({
        checkId: schemas/* string */.YjP(),
        title: schemas/* string */.YjP(),
        dimension: schemas/* string */.YjP(),
        status: json_status,
        rawStatus: json_status,
        object: schemas/* string */.YjP().optional(),
        detail: schemas/* string */.YjP(),
        /** A free-text note from the producer (the config-file scan); policy changes are in `policy`. */
        annotation: schemas/* string */.YjP().optional(),
        /** What the environment / compliance / sensitivity policy did to the verdict (added in 0.2). */
        policy: schemas/* array */.YOg(schemas/* object */.Ikc({
            kind: schemas/* enum */.k5n(['downgraded', 'raised', 'locked']),
            from: json_status,
            to: json_status,
            reason: schemas/* string */.YjP()
        }))
            .optional(),
        remediation: schemas/* object */.Ikc({ text: schemas/* string */.YjP(), link: schemas/* string */.YjP() }),
        frameworks: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())),
        /** UNKNOWN because of a fault (not a privilege): the audit is incomplete. */
        incomplete: schemas/* literal */.euz(true).optional(),
        /** Relative to the reference report (`--compare-to`); absent without one (added in 0.2). */
        change: schemas/* enum */.k5n(['new', 'worse', 'better', 'changed', 'unchanged', 'existing']).optional(),
        waiver: schemas/* object */.Ikc({
            reason: schemas/* string */.YjP(),
            owner: schemas/* string */.YjP(),
            expires: schemas/* string */.YjP(),
            state: schemas/* enum */.k5n(['active', 'expired']),
            /** The waiver's line in the baseline file (added in 0.2). */
            line: schemas/* number */.aig().int().positive().optional()
        })
            .optional()
    })),
    /**
     * The metadata of every check that produced a finding, sorted by id (added in 0.2; absent in
     * older reports). description and rationale are absent when the producer had no metadata.
     */
    checks: schemas/* array */.YOg(schemas/* object */.Ikc({
        id: schemas/* string */.YjP(),
        title: schemas/* string */.YjP(),
        dimension: schemas/* string */.YjP(),
        family: schemas/* string */.YjP().optional(),
        description: schemas/* string */.YjP().optional(),
        rationale: schemas/* string */.YjP().optional(),
        verify: schemas/* string */.YjP().optional(),
        remediation: schemas/* object */.Ikc({ text: schemas/* string */.YjP(), link: schemas/* string */.YjP() }),
        frameworks: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()))
    })
        .strict())
        .optional(),
    notes: schemas/* array */.YOg(schemas/* string */.YjP()),
    unavailable: schemas/* array */.YOg(schemas/* object */.Ikc({ fact: schemas/* string */.YjP(), reason: schemas/* string */.YjP(), fault: schemas/* literal */.euz(true).optional() })),
    baseline: schemas/* object */.Ikc({
        file: schemas/* string */.YjP().optional(),
        stale: schemas/* array */.YOg(waiverEntry),
        expiringSoon: schemas/* array */.YOg(waiverEntry),
        expired: schemas/* array */.YOg(waiverEntry)
    }),
    gate: schemas/* object */.Ikc({
        passed: schemas/* boolean */.zMY(),
        failOn: schemas/* enum */.k5n(FAIL_ON),
        /** `new`: only findings new or worse than in the reference blocked (added in 0.2). */
        mode: schemas/* enum */.k5n(GATE_MODES).optional(),
        unwaivedFails: schemas/* number */.aig(),
        unwaivedWarns: schemas/* number */.aig(),
        /** Added in 0.2; absent in older reports. */
        unwaivedUnknowns: schemas/* number */.aig().optional(),
        expiredWaivers: schemas/* number */.aig(),
        staleWaivers: schemas/* number */.aig(),
        /** Checks stopped by a fault; any makes the audit incomplete (added in 0.2). */
        incomplete: schemas/* number */.aig().optional()
    }),
    /** The reference report this audit was compared with (`--compare-to`; added in 0.2). */
    comparedTo: schemas/* object */.Ikc({
        file: schemas/* string */.YjP(),
        auditedAt: schemas/* string */.YjP(),
        toolVersion: schemas/* string */.YjP(),
        new: schemas/* number */.aig(),
        resolved: schemas/* number */.aig(),
        changed: schemas/* number */.aig(),
        unchanged: schemas/* number */.aig(),
        newFail: schemas/* number */.aig(),
        newWarn: schemas/* number */.aig(),
        resolvedFail: schemas/* number */.aig()
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
        ...(report.comparison ? { comparedTo: comparedToJson(report.comparison) } : {}),
        ...(report.observed ? { observed: observedJson(report.observed) } : {})
    };
}
function renderJson(report) {
    return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/diff/diff.ts


/** Statuses that ask someone to act (or to find out); PASS, INFO and N/A do not. */
const PROBLEMS = new Set(['FAIL', 'WARN', 'UNKNOWN']);
function diff_isProblem(s) {
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
        throw new errors/* UsageError */.eb(`The reports are of different targets: base ${files.base ?? ''} audited ${JSON.stringify(base.target.name)} (${base.target.engine}), head ${files.head ?? ''} audited ${JSON.stringify(head.target.name)} (${head.target.engine}); a diff compares two audits of the same target and engine.`.replace(/  +/g, ' '));
    }
    const index = (r) => {
        const m = new Map();
        // A check may give several findings one key (pg/password-expiry: a PASS and an INFO, no object);
        // a waiver covers them all, so the key's most severe one stands for it (the first on a tie).
        for (const f of r.findings) {
            const k = identity_findingKey(f.checkId, f.object);
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
function diff_newOrWorseKeys(diff, failOn) {
    const blocking = (s) => s === 'FAIL' || (failOn === 'warn' && s === 'WARN');
    const keys = new Set();
    for (const e of [...diff.new, ...diff.changed]) {
        if (blocking(e.headStatus) && isWorse(e.baseStatus, e.headStatus))
            keys.add(findingKey(e.checkId, e.object));
    }
    return keys;
}

;// CONCATENATED MODULE: ./src/core/input-file.ts


/**
 * Reads a file the user named (a report, a baseline): a file that cannot be read is a usage error
 * naming the input as given, the path, the system's code and what was expected there.
 */
async function input_file_readInputFile(file, input, expected) {
    try {
        return await (0,promises_.readFile)(file);
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new errors/* UsageError */.eb(`${input} ${file} cannot be read (${code}): expected ${expected}.`);
    }
}

;// CONCATENATED MODULE: ./src/diff/report-input.ts




/**
 * The part of a JSON report (schemaVersion 1) a diff reads. Unknown keys are allowed on purpose: a
 * reference report may come from an older or newer db-posture that added fields, and a diff must
 * still compare the findings both share.
 */
const diffableReportSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(1),
    tool: schemas/* object */.Ikc({ name: schemas/* literal */.euz('db-posture'), version: schemas/* string */.YjP().regex(/^[0-9A-Za-z.+-]{1,64}$/) }),
    target: schemas/* object */.Ikc({
        engine: schemas/* enum */.k5n(['postgres', 'cockroachdb', 'couchbase']),
        name: schemas/* string */.YjP().min(1)
    }),
    context: schemas/* object */.Ikc({
        auditedAt: schemas/* string */.YjP().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
        compliance: schemas/* array */.YOg(schemas/* enum */.k5n(['soc2', 'hipaa', 'pci-dss', 'iso27001', 'gdpr'])).optional()
    }),
    findings: schemas/* array */.YOg(schemas/* object */.Ikc({
        checkId: schemas/* string */.YjP().min(1),
        title: schemas/* string */.YjP(),
        status: schemas/* enum */.k5n(STATUSES),
        object: schemas/* string */.YjP().optional(),
        detail: schemas/* string */.YjP(),
        waiver: schemas/* object */.Ikc({ state: schemas/* enum */.k5n(['active', 'expired']) }).optional()
    }))
});
/** Reads a JSON report for a diff; `input` is the flag or input as the user gave it (`--base`). */
async function readReportFile(file, input) {
    const source = (await input_file_readInputFile(file, input, 'a JSON report from db-posture audit')).toString('utf8');
    return parseReport(source, file, input);
}
/** Validates report text; the message never echoes the file's content (it may hold anything). */
function parseReport(source, file, input) {
    let data;
    try {
        data = JSON.parse(source);
    }
    catch {
        throw new errors/* UsageError */.eb(`${input} ${file} is not JSON: expected a JSON report from db-posture audit.`);
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
        throw new errors/* UsageError */.eb(`${input} ${file} is not a db-posture JSON report (schemaVersion 1): ${where} ${problem}.`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/diff/compare.ts






/** Reads and validates the reference report (exit 2 naming `input` and the file on any problem). */
function readReference(file, input = '--compare-to') {
    return readReportFile(file, input);
}
/**
 * Reads the reference report before anything connects. What is known before connecting (an explicit
 * --name or --engine) is checked against it now; the target the server reports is checked after.
 */
async function loadReference(options, input) {
    if (!options.compareTo)
        return undefined;
    if (options.compareTo === 'auto' && !(0,external_node_fs_.existsSync)('auto'))
        throw new errors/* UsageError */.eb(`${input} auto finds the reference in earlier GitHub Actions runs and works only in the action: expected a JSON report file from db-posture audit.`);
    const report = await readReference(options.compareTo, input);
    const t = report.target;
    const engineDiffers = options.engine !== 'auto' && options.engine !== t.engine;
    if ((options.name !== undefined && options.name !== t.name) || engineDiffers) {
        throw new errors/* UsageError */.eb(`${input} ${options.compareTo} is an audit of ${JSON.stringify(t.name)} (${t.engine}), but this audit is of ${JSON.stringify(options.name ?? t.name)} (${engineDiffers ? options.engine : t.engine}): expected a JSON report of the same target and engine.`);
    }
    return { report, file: options.compareTo, input };
}
/** Diffs a finished audit against its reference (a different target or engine is a usage error). */
function compareToReference(report, reference, referenceFile) {
    const head = toJsonReport(report);
    return { reference, referenceFile, diff: diffReports(reference, head, { base: referenceFile }) };
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
        marks.set(identity_findingKey(e.checkId, e.object), 'new');
    for (const e of diff.changed)
        marks.set(identity_findingKey(e.checkId, e.object), e.direction === 'worse' ? 'worse' : e.direction === 'better' ? 'better' : 'changed');
    for (const e of diff.unchanged)
        marks.set(identity_findingKey(e.checkId, e.object), diff_isProblem(e.headStatus) ? 'existing' : 'unchanged');
    return (checkId, object) => marks.get(identity_findingKey(checkId, object));
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

;// CONCATENATED MODULE: ./src/pipeline/report.ts







/** Counts, gate and report assembly (also used by tests on fixture findings). */
function buildReport(collected, options, now, findings, baseline, reference) {
    const all = assemble(collected, options, now, findings, baseline, 'all');
    const withoutReference = (extra = []) => {
        if (options.gate !== 'new' && extra.length === 0)
            return all;
        // gate: new without a reference (none given, or `compare-to: auto` found none) judges everything.
        return {
            ...all,
            notes: [
                ...all.notes,
                ...extra,
                ...(options.gate === 'new'
                    ? [
                        (0,core_text/* msg */.ab) `Gate mode new has no reference report to compare with, so every finding was judged (gate: all).`
                    ]
                    : [])
            ]
        };
    };
    if (!reference)
        return withoutReference();
    const ref = reference.report;
    if (ref.target.name !== collected.target.name || ref.target.engine !== collected.target.engine) {
        if (reference.auto)
            return withoutReference([
                (0,core_text/* msg */.ab) `The reference report compare-to auto found (${reference.file}) is an audit of ${ref.target.name} (${ref.target.engine}), not of this target: nothing was compared.`
            ]);
        throw new errors/* UsageError */.eb(`${reference.input} ${reference.file} is an audit of ${JSON.stringify(ref.target.name)} (${ref.target.engine}), but this audit is of ${JSON.stringify(collected.target.name)} (${collected.target.engine}): expected a JSON report of the same target and engine.`);
    }
    const comparison = compareToReference(all, ref, reference.file);
    const changeMark = changeMarks(comparison.diff);
    const newOrWorse = (checkId, object) => {
        const m = changeMark(checkId, object);
        return m === 'new' || m === 'worse';
    };
    const mode = options.gate === 'new' ? 'new' : 'all';
    const judged = assemble(collected, options, now, findings, baseline, mode, newOrWorse);
    return { ...judged, comparison, changeMark, newOrWorse };
}
function assemble(collected, options, now, findings, baseline, mode, newOrWorse) {
    const catalogue = options.catalogue;
    const summary = emptySummary();
    for (const f of findings)
        summary[f.status]++;
    const unwaived = (s) => findings.filter(f => f.status === s && f.waiver?.state !== 'active').length;
    const unwaivedFails = unwaived('FAIL');
    const unwaivedWarns = unwaived('WARN');
    const unwaivedUnknowns = unwaived('UNKNOWN');
    const expiredWaivers = baseline.expired.length;
    const incomplete = findings.filter(f => f.incomplete).length;
    const blocking = options.failOn === 'never'
        ? 0
        : findings.filter(f => blocksGate(f, options.failOn, mode === 'new' ? newOrWorse : undefined)).length +
            expiredWaivers;
    const staleBlocks = baseline.failOnStale ? baseline.stale.length : 0;
    return {
        tool: TOOL,
        target: collected.target,
        context: {
            environment: options.environment,
            compliance: options.compliance,
            dataSensitivity: options.dataSensitivity,
            auditedAt: now.toISOString()
        },
        summary,
        findings,
        checks: reportChecks(findings, id => {
            const meta = catalogue?.find(m => m.id === id);
            return meta ? reportCheckOf(meta) : undefined;
        }),
        notes: collected.notes,
        unavailable: collected.unavailable,
        baseline,
        gate: {
            passed: incomplete === 0 && blocking + (options.failOn === 'never' ? 0 : staleBlocks) === 0,
            failOn: options.failOn,
            mode,
            unwaivedFails,
            unwaivedWarns,
            unwaivedUnknowns,
            expiredWaivers,
            staleWaivers: baseline.stale.length,
            incomplete
        }
    };
}

;// CONCATENATED MODULE: ./src/pipeline/audit.ts




/**
 * The pipeline: collect facts once, evaluate every pure check, apply policy, then the baseline.
 * Rendering and publishing happen outside, on the returned report.
 */
async function runAudit(engine, options, deps) {
    const collectStarted = performance.now();
    const collected = await engine.collect({
        options,
        progress: deps.progress,
        redactor: deps.redactor,
        now: deps.now
    });
    const collectMs = performance.now() - collectStarted;
    deps.progress.step('evaluating checks');
    const attestations = deps.baseline?.attestations ?? [];
    const ctx = {
        auditedAt: deps.now,
        deployment: collected.target.deployment,
        environment: options.environment,
        dataSensitivity: options.dataSensitivity,
        compliance: options.compliance,
        targetName: collected.target.name,
        attestation: attestationLookup(attestations, collected.target.name, deps.now)
    };
    const checkMs = new Map();
    const judged = runChecks(engine.checks, collected.facts, ctx, checkMs);
    const { findings, outcome } = applyBaseline(judged, deps.baseline, collected.target.name, deps.now);
    const report = buildReport(collected, { ...options, catalogue: engine.checks.map(c => c.meta) }, deps.now, findings, outcome, deps.reference);
    const observed = observe(engine, collected.facts);
    const timed = { ...report, timing: { collectMs, checkMs } };
    return observed ? { ...timed, observed } : timed;
}
/**
 * The engine's observed block. A defect in it must not stop the audit; without the block,
 * detection coverage says "unknown" for every requirement, which is the fail-closed reading.
 */
function observe(engine, facts) {
    try {
        return engine.observed?.(facts);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/redact.ts
/**
 * Removes secrets from any text that leaves the process (errors, logs, reports). Secrets are
 * registered as they are parsed; the URL-encoded and decoded forms are both scrubbed, and any
 * `scheme://user:password@` userinfo is masked even when the password was never registered.
 */
class Redactor {
    secrets = new Set();
    /** Registers a secret (ignored when empty or too short to be meaningful). */
    add(secret) {
        if (!secret || secret.length < 3)
            return;
        this.secrets.add(secret);
        try {
            const decoded = decodeURIComponent(secret);
            if (decoded.length >= 3)
                this.secrets.add(decoded);
        }
        catch {
            // not URL-encoded
        }
        this.secrets.add(encodeURIComponent(secret));
    }
    /** Every registered secret, longest first. */
    list() {
        return [...this.secrets].sort((a, b) => b.length - a.length);
    }
    scrub(text) {
        // The documented placeholder "user:password@" is our own hint, not a credential.
        let out = text.replace(/([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)([^@\s/]*)@/gi, (m, head, pw) => (pw === 'password' && head.endsWith('//user:') ? m : `${head}***@`));
        for (const secret of this.list())
            out = out.split(secret).join('***');
        return out;
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/baseline/document.ts



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
function document_decodeBaseline(bytes, file) {
    if ((0,external_node_buffer_.isUtf8)(bytes))
        return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const bad = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++)
        if (bytes[i] === 0x0a)
            line++;
    const place = placeAtLine(new TextDecoder('utf-8').decode(bytes), file, line);
    throw new errors/* UsageError */.eb(`Baseline file ${file} line ${line}: ${describePlace(place)}: byte 0x${bytes[bad].toString(16).padStart(2, '0')} is not valid UTF-8; save the file as UTF-8.`);
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
        const lines = new dist/* LineCounter */.HN();
        const doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter: lines, prettyErrors: false });
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
function document_parseBaselineDocument(source, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = lines.linePos(e.pos[0]).line;
        throw new errors/* UsageError */.eb(`Baseline file ${file} is not valid YAML: ${e.message.split('\n')[0]} (line ${line}).`);
    }
    const parsed = { file, source, doc, lines };
    let aliasAt;
    (0,dist/* visit */.YR)(doc, {
        Alias(_, node) {
            aliasAt = node.range?.[0] ?? 0;
            return dist/* visit */.YR.BREAK;
        }
    });
    if (aliasAt !== undefined) {
        const place = placeOf(parsed, aliasAt);
        throw new errors/* UsageError */.eb(`Baseline file ${file} line ${place.line}: ${describePlace(place)}: YAML aliases (*name) are not allowed; write the value out so that reviewers see it.`);
    }
    return parsed;
}
/** The entry and field that contain a source offset (the first node starting at or after it on the line). */
function placeOf(bd, offset, lineEnd = offset + 1) {
    const line = bd.lines.linePos(offset).line;
    const inside = (range) => !!range && range[0] < lineEnd && offset < Math.max(range[2] ?? range[1], range[0] + 1);
    const root = bd.doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return { line };
    for (const pair of root.items) {
        if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key))
            continue;
        const section = String(pair.key.value);
        const keyHit = inside(pair.key.range);
        const value = pair.value;
        if (keyHit && !value)
            return { section, line };
        if (!keyHit && !(value && 'range' in value && inside(value.range)))
            continue;
        if (!(0,dist/* isSeq */.oP)(value))
            return { section, line };
        for (const [index, item] of value.items.entries()) {
            if (!(0,dist/* isMap */.jh)(item) || !inside(item.range))
                continue;
            for (const field of item.items) {
                if (!(0,dist/* isPair */.tO)(field) || !(0,dist/* isScalar */.jn)(field.key))
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
    if (!(0,dist/* isSeq */.oP)(seq))
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
    return validateBaseline(document_parseBaselineDocument(source, file), opts);
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
        const line = entryLine(bd, 'waivers', i);
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
            const line = entryLine(bd, section, n);
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
    return parseBaseline(document_decodeBaseline(bytes, file), file, opts);
}
/**
 * Reads and validates a baseline file and keeps its document (line numbers, comments, order).
 * `horizonDays` may be raised for a review, which flags a too-distant expiry instead of refusing it.
 */
async function loadBaselineDocument(file, input, opts) {
    const bytes = await readInputFile(file, input, 'a db-posture baseline file (YAML)');
    const document = parseBaselineDocument(decodeBaseline(bytes, file), file);
    return { baseline: validateBaseline(document, opts), document };
}

;// CONCATENATED MODULE: ./src/core/check.ts

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
    const reason = fact.fix ? (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(fact.reason)} Fix: ${(0,core_text/* raw */.lS)(fact.fix)}` : fact.reason;
    return {
        status: 'UNKNOWN',
        detail: (0,core_text/* msg */.ab) `Could not be evaluated: ${(0,core_text/* raw */.lS)(reason)}`,
        ...(object !== undefined ? { object } : {}),
        ...(fact.fault ? { incomplete: true } : {})
    };
}

;// CONCATENATED MODULE: ./src/engines/postgres/settings.ts


/**
 * Reads one `pg_settings` row. A row the login cannot see makes the calling check UNKNOWN with the
 * grant that would reveal it; a row that does not exist on this version is UNKNOWN too.
 */
function setting(facts, name) {
    const all = (0,core_facts/* need */.$B)(facts.settings);
    const row = all[name];
    if (row)
        return row;
    if (!facts.server.canReadAllSettings) {
        throw new core_facts/* MissingFactError */.TZ((0,core_text/* msg */.ab) `The setting ${name} is not visible to this login.`, (0,core_text/* msg */.ab) `GRANT pg_read_all_settings TO ${facts.server.currentUser}.`);
    }
    throw new core_facts/* MissingFactError */.TZ((0,core_text/* msg */.ab) `The setting ${name} does not exist on this server version.`);
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

;// CONCATENATED MODULE: ./src/engines/postgres/checks/define.ts

/** A PostgreSQL check: id `pg/<name>`, evaluated on PgFacts. */
const definePostgresCheck = checkFactory('pg');

;// CONCATENATED MODULE: ./src/policy/control-sets.ts
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

;// CONCATENATED MODULE: ./src/engines/postgres/checks/archiving.ts






/** Compliant: WAL archiving is on, has somewhere to go, and its last attempt succeeded. */
/* harmony default export */ const archiving = (definePostgresCheck({
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
        frameworks: BACKUP_CONTROLS
    },
    evaluate(facts) {
        const mode = setting(facts, 'archive_mode').setting;
        const command = setting(facts, 'archive_command').setting.trim();
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
                    fail((0,core_text/* msg */.ab) `archive_mode is off and no archive_command or archive_library is set: WAL is not archived, so point-in-time recovery is impossible.`)
                ];
            return [warn((0,core_text/* msg */.ab) `archive_mode is off, so ${(0,core_text/* raw */.lS)(destination)} is never run: WAL is not archived.`)];
        }
        if (!destination) {
            return [
                warn((0,core_text/* msg */.ab) `archive_mode is ${mode} but neither archive_command nor archive_library is set: WAL accumulates and is not archived.`)
            ];
        }
        const stats = (0,core_facts/* need */.$B)(facts.archiver);
        if (stats.lastFailedTime && (!stats.lastArchivedTime || stats.lastFailedTime > stats.lastArchivedTime)) {
            return [
                warn((0,core_text/* msg */.ab) `WAL archiving is failing: the last failure (${(0,core_text/* raw */.lS)(stats.lastFailedTime)}) is newer than the last success (${(0,core_text/* raw */.lS)(stats.lastArchivedTime ?? 'never')}); ${(0,core_text/* raw */.lS)(String(stats.failedCount))} failures so far.`)
            ];
        }
        const last = stats.lastArchivedTime
            ? (0,core_text/* msg */.ab) `; last archived ${(0,core_text/* raw */.lS)(stats.lastArchivedTime)}`
            : (0,core_text/* msg */.ab) `; nothing archived yet`;
        return [pass((0,core_text/* msg */.ab) `archive_mode is ${mode} with ${(0,core_text/* raw */.lS)(destination)}${(0,core_text/* raw */.lS)(last)}.`)];
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
/* harmony default export */ const connection_limits = (definePostgresCheck({
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
        const max = Number(setting(facts, 'max_connections').setting);
        const reserved = setting(facts, 'superuser_reserved_connections').setting;
        const sb = setting(facts, 'shared_buffers');
        const wm = setting(facts, 'work_mem');
        const sharedBytes = settingBytes(sb) ?? 0;
        const workBytes = settingBytes(wm) ?? 0;
        const summary = (0,core_text/* msg */.ab) `max_connections ${(0,core_text/* raw */.lS)(String(max))}, shared_buffers ${(0,core_text/* raw */.lS)(formatBytes(sharedBytes))}, work_mem ${(0,core_text/* raw */.lS)(formatBytes(workBytes))}, superuser_reserved_connections ${reserved}`;
        const estimatedRam = sharedBytes * 4;
        if (max > HARD_CEILING) {
            return [
                warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(summary)}: more than ${(0,core_text/* raw */.lS)(String(HARD_CEILING))} direct connections; use a connection pooler.`)
            ];
        }
        if (estimatedRam > 0 && max * workBytes > 2 * estimatedRam) {
            return [
                warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(summary)}: ${(0,core_text/* raw */.lS)(String(max))} connections × work_mem could use ${(0,core_text/* raw */.lS)(formatBytes(max * workBytes))}, over twice the ~${(0,core_text/* raw */.lS)(formatBytes(estimatedRam))} of RAM implied by shared_buffers.`)
            ];
        }
        return [info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(summary)}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/connection-logging.ts




/** Compliant: both log_connections and log_disconnections are on. */
/* harmony default export */ const connection_logging = (definePostgresCheck({
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
        const conn = setting(facts, 'log_connections').setting;
        const disc = setting(facts, 'log_disconnections').setting;
        const missing = [
            !connectionsLogged(conn) && 'log_connections',
            !isOn(disc) && 'log_disconnections'
        ].filter(Boolean);
        if (missing.length === 0)
            return [pass((0,core_text/* msg */.ab) `log_connections and log_disconnections are on.`)];
        return [
            warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(missing.join(' and '))} ${(0,core_text/* raw */.lS)(missing.length === 1 ? 'is' : 'are')} off (log_connections ${conn}, log_disconnections ${disc}): sessions cannot be reconstructed from the logs.`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/sqlwire/tls-probe.ts
var tls_probe = __webpack_require__(22499);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/crypto-posture.ts





/** Informational: what the TLS handshake negotiates, to track TLS 1.3, PQ readiness and key sizes. */
/* harmony default export */ const crypto_posture = (definePostgresCheck({
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
            return [notApplicable((0,core_text/* msg */.ab) `The server does not offer TLS (see pg/ssl).`)];
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
            info((0,core_text/* msg */.ab) `Negotiated ${probe.protocol ?? 'unknown'} with ${probe.cipher ?? 'unknown'}, key exchange ${probe.group ?? 'unknown'}; ${(0,core_text/* raw */.lS)(tls_probe/* PQ_HYBRID_GROUP */.jJ)} ${(0,core_text/* raw */.lS)(pq)}; server key ${key}${(0,core_text/* raw */.lS)(weakKey)}${(0,core_text/* raw */.lS)(cipherSetting)}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/encryption-at-rest.ts




const ID = 'pg/encryption-at-rest';
/**
 * PostgreSQL has no native encryption at rest, and no SQL view can prove disk or volume
 * encryption: only a person's attestation in the baseline file can settle it.
 */
/* harmony default export */ const encryption_at_rest = (definePostgresCheck({
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
        frameworks: AT_REST_CONTROLS
    },
    evaluate(_facts, ctx) {
        const a = ctx.attestation();
        if (a.state === 'none') {
            return [
                unknown((0,core_text/* msg */.ab) `PostgreSQL has no native encryption at rest and no SQL view shows disk encryption. Fix: attest it in the baseline file (attestations, check ${(0,core_text/* raw */.lS)(ID)}).`)
            ];
        }
        const { attestation: at } = a;
        const by = (0,core_text/* msg */.ab) `attested by ${at.attestedBy} (${at.evidence}), valid until ${(0,core_text/* raw */.lS)(at.expires)}`;
        if (a.state === 'expired') {
            return [
                unknown((0,core_text/* msg */.ab) `The attestation expired: ${(0,core_text/* raw */.lS)(by)}. Fix: re-verify and renew it in the baseline file.`)
            ];
        }
        switch (at.status) {
            case 'PASS':
                return [pass((0,core_text/* msg */.ab) `Encryption at rest is in place, ${(0,core_text/* raw */.lS)(by)}.`)];
            case 'FAIL':
            case 'WARN':
                // WARN for "not enabled"; policy raises it to FAIL for PII/PHI or financial data.
                return [warn((0,core_text/* msg */.ab) `Encryption at rest is not enabled, ${(0,core_text/* raw */.lS)(by)}.`, undefined, 'not-enabled')];
            default:
                return [info((0,core_text/* msg */.ab) `Encryption at rest: ${(0,core_text/* raw */.lS)(at.status)}, ${(0,core_text/* raw */.lS)(by)}.`)];
        }
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/per-database.ts


/**
 * Walks every audited database: databases whose fact is available go to `visit`; the others become
 * one UNKNOWN finding each, with the database as the object and the reason it is missing.
 */
function forEachDatabase(facts, select, visit) {
    const unknowns = [];
    for (const db of (0,core_facts/* need */.$B)(facts.databases)) {
        const f = select(db);
        if (f.ok)
            visit(db, f.value);
        else {
            unknowns.push(unknownFromMissing(f, db.name));
        }
    }
    return unknowns;
}

;// CONCATENATED MODULE: ./src/engines/postgres/checks/extensions.ts




/** Informational: extensions installed at an older version than the server's packages provide. */
/* harmony default export */ const extensions = (definePostgresCheck({
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
        const unknowns = forEachDatabase(facts, db => db.extensions, (db, exts) => {
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
            return info((0,core_text/* msg */.ab) `Extension ${name} ${e.version} can be updated to ${e.available} in ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(e.databases, 10))}.`, name);
        });
        if (findings.length === 0 && unknowns.length === 0) {
            findings.push(pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(installed === 1 ? 'The 1 installed extension is' : `All ${installed} installed extensions are`)} at the version the server provides.`));
        }
        return [...findings, ...unknowns];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/grant-option.ts




/** Compliant: only owners can pass privileges on; nobody else holds WITH GRANT OPTION. */
/* harmony default export */ const grant_option = (definePostgresCheck({
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
        const unknowns = forEachDatabase(facts, db => db.grantOptions, (db, grants) => {
            databases++;
            for (const g of grants) {
                const objectName = g.objectType === 'schema' ? `${db.name}.${g.name}` : `${db.name}.${g.schema}.${g.name}`;
                findings.push(warn((0,core_text/* msg */.ab) `Role ${g.grantee} holds ${(0,core_text/* raw */.lS)(g.privileges.join(', '))} WITH GRANT OPTION on ${(0,core_text/* raw */.lS)(g.objectType)} ${objectName} owned by ${g.owner}.`, `${objectName}:${g.grantee}`));
            }
        });
        if (findings.length === 0 && unknowns.length === 0) {
            return [
                pass((0,core_text/* msg */.ab) `No role other than an owner holds a grant option in ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(databases, 'database'))} audited.`)
            ];
        }
        return [...findings, ...unknowns];
    }
}));

// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __webpack_require__(48280);
var ipaddr_default = /*#__PURE__*/__webpack_require__.n(ipaddr);
;// CONCATENATED MODULE: ./src/judgements/network.ts

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
            [address, prefix] = ipaddr_default().parseCIDR(t);
        }
        else {
            address = ipaddr_default().parse(t);
            prefix = address.kind() === 'ipv4' ? 32 : 128;
            if (netmask) {
                const mask = ipaddr_default().parse(netmask.trim());
                const fromMask = mask.prefixLengthFromSubnetMask();
                if (fromMask === null || mask.kind() !== address.kind())
                    return undefined;
                prefix = fromMask;
            }
        }
        const family = address.kind() === 'ipv4' ? 4 : 6;
        const network = family === 4
            ? ipaddr_default().IPv4.networkAddressFromCIDR(`${address.toString()}/${prefix}`)
            : ipaddr_default().IPv6.networkAddressFromCIDR(`${address.toString()}/${prefix}`);
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

;// CONCATENATED MODULE: ./src/engines/postgres/hba.ts

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
    const cidr = parseCidr(a, rule.netmask);
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
    return addr.kind === 'cidr' && isLoopback(addr.cidr);
}
/** `all`, 0.0.0.0/0 or ::/0: any client anywhere. */
function hba_isAnyAddress(addr) {
    return addr.kind === 'all' || (addr.kind === 'cidr' && isAnyAddress(addr.cidr));
}
/** A range of a /16 (IPv4) or /32 (IPv6) or wider, including any-address. */
function hba_isBroad(addr) {
    if (addr.kind === 'all')
        return true;
    return addr.kind === 'cidr' && isBroad(addr.cidr);
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

;// CONCATENATED MODULE: ./src/engines/postgres/checks/hba.ts





/**
 * Compliant: every reachable pg_hba rule restricts who may connect, from where, and with a strong
 * method over TLS. Rules are evaluated as PostgreSQL does (first match wins), so a rule that can never
 * match is reported as shadowed instead of being judged.
 */
/* harmony default export */ const hba = (definePostgresCheck({
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
        const rules = (0,core_facts/* need */.$B)(facts.hba);
        const shadowed = findShadowing(rules);
        const findings = [];
        let active = 0;
        for (const rule of rules) {
            const where = ruleLocation(rule);
            const text = describeRule(rule);
            if (rule.error !== null) {
                // An unparseable rule has no identity but its place in the file.
                findings.push(info((0,core_text/* msg */.ab) `Rule at ${(0,core_text/* raw */.lS)(where)} cannot be parsed and is ignored: ${rule.error}.`, where));
                continue;
            }
            const first = shadowed.get(rule);
            if (first) {
                findings.push(info((0,core_text/* msg */.ab) `Rule at ${(0,core_text/* raw */.lS)(where)} (${text}) can never match: the rule at ${(0,core_text/* raw */.lS)(ruleLocation(first))} (${describeRule(first)}) matches first.`, text));
                continue;
            }
            active++;
            const method = rule.method ?? '';
            if (method === 'reject')
                continue;
            const addr = parseAddress(rule);
            const host = isHostRule(rule);
            const local = isLocalOnly(addr);
            const fails = [];
            const warns = [];
            // trust over TCP is FAIL even on loopback: every process on the host (any OS user, any
            // container sharing the network namespace) connects as any listed role, superusers included.
            if (host && method === 'trust') {
                fails.push(local
                    ? 'trust over TCP lets every process on the host connect as the listed roles with no credential'
                    : 'trust admits anyone who can reach the address, with no password');
            }
            if (host && method === 'password' && acceptsPlaintext(rule) && !local) {
                fails.push('password sends the password in clear text over connections without TLS');
            }
            if (rule.type === 'local' && method === 'trust') {
                warns.push('trust lets any local OS user connect as the listed roles without a password');
            }
            if (host && method === 'md5')
                warns.push('md5 is a weak challenge-response (use scram-sha-256)');
            if (host && method === 'ident')
                warns.push("ident trusts the client host's ident server");
            if (host && hba_isAnyAddress(addr) && PASSWORD_METHODS.has(method))
                warns.push('password logins are accepted from any address');
            else if (host && hba_isBroad(addr) && addr.kind === 'cidr')
                warns.push(`the range /${addr.prefix} is very broad`);
            if (host && acceptsPlaintext(rule) && !local && method !== 'trust') {
                warns.push('remote connections without TLS are accepted (use hostssl)');
            }
            if (fails.length === 0 && warns.length === 0)
                continue;
            const reasons = [...fails, ...warns].join('; ');
            const detail = (0,core_text/* msg */.ab) `Rule at ${(0,core_text/* raw */.lS)(where)} (${text}): ${(0,core_text/* raw */.lS)(reasons)}.`;
            findings.push(fails.length > 0 ? fail(detail, text) : warn(detail, text));
        }
        if (!findings.some(f => f.status === 'FAIL' || f.status === 'WARN')) {
            findings.unshift(pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(active === 1 ? 'The 1 reachable pg_hba rule restricts' : `All ${active} reachable pg_hba rules restrict`)} connections by address, user or method.`));
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/listen-addresses.ts





const WILDCARDS = new Set(['*', '0.0.0.0', '::']);
/** Compliant: the server listens only on localhost or on named addresses, never on every interface. */
/* harmony default export */ const listen_addresses = (definePostgresCheck({
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
        frameworks: NETWORK_BOUNDARY_CONTROLS
    },
    evaluate(facts) {
        const value = setting(facts, 'listen_addresses').setting;
        const tokens = value
            .split(',')
            .map(t => t.trim())
            .filter(Boolean);
        const wild = tokens.filter(t => WILDCARDS.has(t));
        if (wild.length > 0) {
            return [
                warn((0,core_text/* msg */.ab) `listen_addresses is ${value}: the server accepts TCP connections on every interface.`)
            ];
        }
        if (tokens.length === 0)
            return [pass((0,core_text/* msg */.ab) `listen_addresses is empty: only Unix-socket connections are accepted.`)];
        return [pass((0,core_text/* msg */.ab) `listen_addresses is ${value}: the server listens only on named addresses.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/log-line-prefix.ts




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
/* harmony default export */ const log_line_prefix = (definePostgresCheck({
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
        const destinations = setting(facts, 'log_destination')
            .setting.split(',')
            .map(d => d.trim());
        const structured = destinations.filter(d => d === 'csvlog' || d === 'jsonlog');
        const prefix = setting(facts, 'log_line_prefix').setting;
        const found = escapesIn(prefix);
        const missing = NEEDED.filter(n => !n.escapes.some(e => found.has(e))).map(n => n.what);
        if (missing.length === 0)
            return [pass((0,core_text/* msg */.ab) `log_line_prefix ${prefix} records time, user, database, client and process.`)];
        if (structured.length > 0 && destinations.every(d => d === 'csvlog' || d === 'jsonlog')) {
            return [
                pass((0,core_text/* msg */.ab) `Logs go to ${(0,core_text/* raw */.lS)(structured.join(' and '))}, which record time, user, database, client and process in every entry.`)
            ];
        }
        return [warn((0,core_text/* msg */.ab) `log_line_prefix ${prefix} lacks ${(0,core_text/* raw */.lS)(missing.join(', '))}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/log-statement.ts




/** Compliant: at least DDL statements are logged. */
/* harmony default export */ const log_statement = (definePostgresCheck({
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
        const value = setting(facts, 'log_statement').setting;
        if (['ddl', 'mod', 'all'].includes(value))
            return [pass((0,core_text/* msg */.ab) `log_statement is ${value}.`)];
        return [warn((0,core_text/* msg */.ab) `log_statement is ${value}: schema changes are not logged.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/md5-hashes.ts




/** Compliant: no login role still has an MD5 password hash stored. */
/* harmony default export */ const md5_hashes = (definePostgresCheck({
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
            return [pass((0,core_text/* msg */.ab) `No login role has an MD5 password hash stored.`)];
        return md5.map(r => warn((0,core_text/* msg */.ab) `Login role ${r.name} has an MD5 password hash stored.`, r.name));
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/password-encryption.ts




/** Compliant: new passwords are stored as SCRAM-SHA-256 verifiers. */
/* harmony default export */ const password_encryption = (definePostgresCheck({
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
        const value = setting(facts, 'password_encryption').setting;
        if (value === 'scram-sha-256')
            return [pass((0,core_text/* msg */.ab) `password_encryption is scram-sha-256.`)];
        return [warn((0,core_text/* msg */.ab) `password_encryption is ${value}: new passwords are stored as weak MD5 hashes.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/password-expiry.ts





/** A rule applies to a role when its user list names it, `all`, or a +group (membership not resolved here). */
function ruleMayApply(rule, role) {
    return rule.users.some(u => u === 'all' || u === role.name || u.startsWith('+'));
}
/**
 * VALID UNTIL only limits password authentication. A login role whose validity has passed but that a
 * non-password rule (trust, peer, cert, ldap, ...) still admits can log in anyway.
 */
/* harmony default export */ const password_expiry = (definePostgresCheck({
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
            const shadowed = findShadowing(rules);
            const nonPassword = rules.filter(r => r.error === null &&
                !shadowed.has(r) &&
                r.method !== 'reject' &&
                !PASSWORD_METHODS.has(r.method ?? ''));
            for (const role of expired) {
                const via = nonPassword.filter(r => ruleMayApply(r, role));
                if (via.length > 0) {
                    findings.push(warn((0,core_text/* msg */.ab) `Login role ${role.name} expired on ${(0,core_text/* raw */.lS)(role.validUntil.slice(0, 10))} but can still log in through non-password rules (${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(via.map(r => `${ruleLocation(r)} ${r.method}`), 5))}).`, role.name));
                }
            }
        }
        if (facts.passwords.ok) {
            const kinds = facts.passwords.value;
            const noExpiry = roles.filter(r => r.validUntil === null && kinds[r.name] && kinds[r.name] !== 'none');
            if (noExpiry.length > 0) {
                findings.push(info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(noExpiry.length, 'login role'))} ${(0,core_text/* raw */.lS)(noExpiry.length === 1 ? 'has' : 'have')} a password and no VALID UNTIL: ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(noExpiry.map(r => r.name)))}.`));
            }
        }
        else {
            findings.push(info((0,core_text/* msg */.ab) `Which login roles have passwords is unknown: ${(0,core_text/* raw */.lS)(facts.passwords.reason)}`));
        }
        if (findings.every(f => f.status !== 'WARN')) {
            findings.unshift(pass((0,core_text/* msg */.ab) `No expired login role can still log in through a non-password rule.`));
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/password-policy.ts







const POLICY_LIBRARIES = ['passwordcheck', 'credcheck'];
/** Compliant: password complexity is enforced by passwordcheck or credcheck wherever passwords are used. */
/* harmony default export */ const password_policy = (definePostgresCheck({
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
        frameworks: PASSWORD_POLICY_CONTROLS
    },
    evaluate(facts) {
        const libs = libraryTokens(setting(facts, 'shared_preload_libraries').setting);
        const loaded = POLICY_LIBRARIES.filter(l => libs.includes(l));
        if (loaded.length > 0)
            return [pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(loaded.join(' and '))} is preloaded and enforces password rules.`)];
        const rules = (0,core_facts/* need */.$B)(facts.hba);
        const shadowed = findShadowing(rules);
        const passwordRules = rules.filter(r => r.error === null && isHostRule(r) && !shadowed.has(r) && PASSWORD_METHODS.has(r.method ?? ''));
        if (passwordRules.length === 0) {
            return [
                notApplicable((0,core_text/* msg */.ab) `No host rule in pg_hba authenticates with a password, so a password policy does not apply.`)
            ];
        }
        return [
            fail((0,core_text/* msg */.ab) `Neither passwordcheck nor credcheck is preloaded, yet ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(passwordRules.length, 'host rule'))} ${(0,core_text/* raw */.lS)(passwordRules.length === 1 ? 'accepts' : 'accept')} passwords (${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(passwordRules.map(ruleLocation), 5))}).`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/pgaudit.ts
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

;// CONCATENATED MODULE: ./src/engines/postgres/checks/pgaudit.ts






function overrideName(o) {
    if (o.role && o.database)
        return (0,core_text/* msg */.ab) `role ${o.role} in database ${o.database}`;
    if (o.role)
        return (0,core_text/* msg */.ab) `role ${o.role}`;
    return (0,core_text/* msg */.ab) `database ${o.database ?? '?'}`;
}
function overrideObject(o) {
    return [o.role && `role:${o.role}`, o.database && `database:${o.database}`].filter(Boolean).join('@');
}
/**
 * Compliant: pgaudit is really loaded (exact token in shared_preload_libraries and its settings in
 * pg_settings), its effective classes cover ddl, write and role, no per-role or per-database
 * override lowers them, and bind parameters (possible secrets) are not logged.
 */
/* harmony default export */ const pgaudit = (definePostgresCheck({
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
        const spl = setting(facts, 'shared_preload_libraries');
        const tokens = libraryTokens(spl.setting);
        const all = (0,core_facts/* need */.$B)(facts.settings);
        const row = all['pgaudit.log'];
        if (!tokens.includes('pgaudit')) {
            const placeholder = facts.pgauditPlaceholder.ok ? facts.pgauditPlaceholder.value : null;
            const configured = placeholder
                ? (0,core_text/* msg */.ab) ` pgaudit.log is set to ${placeholder}, but without the library that value is an inert placeholder.`
                : (0,core_text/* msg */.ab) ``;
            const logToFile = tokens.includes('pgauditlogtofile')
                ? (0,core_text/* msg */.ab) ` (pgauditlogtofile is preloaded, but it only redirects pgaudit's output.)`
                : (0,core_text/* msg */.ab) ``;
            const logStatement = all.log_statement?.setting ?? 'none';
            if (['ddl', 'mod', 'all'].includes(logStatement)) {
                return [
                    warn((0,core_text/* msg */.ab) `pgaudit is not in shared_preload_libraries; only log_statement = ${logStatement} records statements (no role class, no object auditing).${(0,core_text/* raw */.lS)(configured)}${(0,core_text/* raw */.lS)(logToFile)}`)
                ];
            }
            return [
                fail((0,core_text/* msg */.ab) `pgaudit is not in shared_preload_libraries and log_statement is ${logStatement}: no audit trail of statements exists.${(0,core_text/* raw */.lS)(configured)}${(0,core_text/* raw */.lS)(logToFile)}`)
            ];
        }
        if (!row) {
            if (!facts.server.canReadAllSettings) {
                throw new core_facts/* MissingFactError */.TZ((0,core_text/* msg */.ab) `pgaudit is in shared_preload_libraries but its pgaudit.* settings are not visible to this login.`, (0,core_text/* msg */.ab) `GRANT pg_read_all_settings TO ${facts.server.currentUser}.`);
            }
            const pending = spl.pendingRestart ? ' (a restart is pending)' : '';
            return [
                fail((0,core_text/* msg */.ab) `pgaudit is listed in shared_preload_libraries but not loaded: pg_settings has no pgaudit.* rows${(0,core_text/* raw */.lS)(pending)}.`)
            ];
        }
        const findings = [];
        const global = expandPgauditLog(row.setting);
        const globalMissing = missingClasses(global.classes);
        if (globalMissing.length > 0) {
            findings.push(warn((0,core_text/* msg */.ab) `pgaudit.log is ${row.setting}: the ${(0,core_text/* raw */.lS)(globalMissing.join(', '))} ${(0,core_text/* raw */.lS)(globalMissing.length === 1 ? 'class is' : 'classes are')} not audited.`, 'pgaudit.log'));
        }
        const param = all['pgaudit.log_parameter'];
        if (param && isOn(param.setting)) {
            findings.push(warn((0,core_text/* msg */.ab) `pgaudit.log_parameter is on: bind parameters, including secrets, are written to the logs.`, 'pgaudit.log_parameter'));
        }
        if (!facts.roleSettings.ok) {
            findings.push(unknown((0,core_text/* msg */.ab) `Per-role and per-database overrides could not be read: ${(0,core_text/* raw */.lS)((0,core_facts/* explainMissing */.Ce)(facts.roleSettings.reason, facts.roleSettings.fix))}`, 'overrides'));
        }
        else {
            for (const o of facts.roleSettings.value) {
                const value = o.settings['pgaudit.log'];
                if (value !== undefined) {
                    const e = expandPgauditLog(value);
                    if (e.invalid.length > 0) {
                        findings.push(warn((0,core_text/* msg */.ab) `The pgaudit.log override ${value} for ${(0,core_text/* raw */.lS)(overrideName(o))} has invalid classes ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(e.invalid))}, so PostgreSQL ignores it.`, overrideObject(o)));
                    }
                    else {
                        const lowered = REQUIRED_CLASSES.filter(c => global.classes.has(c) && !e.classes.has(c));
                        if (lowered.length > 0) {
                            findings.push(warn((0,core_text/* msg */.ab) `The override pgaudit.log = ${value} for ${(0,core_text/* raw */.lS)(overrideName(o))} stops auditing ${(0,core_text/* raw */.lS)(lowered.join(', '))}.`, overrideObject(o)));
                        }
                    }
                }
                const p = o.settings['pgaudit.log_parameter'];
                if (p !== undefined && isOn(p)) {
                    findings.push(warn((0,core_text/* msg */.ab) `pgaudit.log_parameter is on for ${(0,core_text/* raw */.lS)(overrideName(o))}: bind parameters reach the logs.`, overrideObject(o)));
                }
            }
        }
        if (findings.length === 0) {
            return [
                pass((0,core_text/* msg */.ab) `pgaudit is loaded; pgaudit.log ${row.setting} covers ddl, write and role, no override lowers it, and log_parameter is off.`)
            ];
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/pgcrypto.ts




/** Informational: where application-level encryption (pgcrypto) is available. */
/* harmony default export */ const pgcrypto = (definePostgresCheck({
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
        const unknowns = forEachDatabase(facts, db => db.extensions, (db, exts) => (exts.some(e => e.name === 'pgcrypto') ? withIt : without).push(db.name));
        const total = withIt.length + without.length;
        const summary = withIt.length === 0
            ? info((0,core_text/* msg */.ab) `pgcrypto is installed in none of ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(total, 'database'))} audited.`)
            : info((0,core_text/* msg */.ab) `pgcrypto is installed in ${(0,core_text/* raw */.lS)(String(withIt.length))} of ${(0,core_text/* raw */.lS)(String(total))} databases: ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(withIt))}.`);
        return [summary, ...unknowns];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/port.ts




/** Informational: the default port is the first one scanners try; a custom port is a small extra. */
/* harmony default export */ const port = (definePostgresCheck({
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
        const port = setting(facts, 'port').setting;
        if (port === '5432')
            return [info((0,core_text/* msg */.ab) `The server uses the default port 5432.`)];
        return [pass((0,core_text/* msg */.ab) `The server uses port ${port}, not the default 5432.`)];
    }
}));

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

;// CONCATENATED MODULE: ./src/engines/postgres/checks/privileged-roles.ts






/** Membership in these is equivalent to superuser (run programs, read or write any server file). */
const SERVER_ACCESS_ROLES = ['pg_execute_server_program', 'pg_read_server_files', 'pg_write_server_files'];
/** Compliant: no non-superuser role holds CREATEROLE, BYPASSRLS, REPLICATION or server-access roles. */
/* harmony default export */ const privileged_roles = (definePostgresCheck({
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
        frameworks: PRIVILEGED_ACCESS_CONTROLS
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
            findings.push(serverAccess.length && role.canLogin ? fail(detail, role.name) : warn(detail, role.name));
        }
        if (findings.length === 0) {
            return [
                pass((0,core_text/* msg */.ab) `No non-superuser role holds CREATEROLE, BYPASSRLS, REPLICATION or server file/program access.`)
            ];
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/public-grants.ts




const KIND_NAMES = {
    r: 'Table',
    p: 'Partitioned table',
    v: 'View',
    m: 'Materialized view',
    f: 'Foreign table'
};
/** Compliant: PUBLIC holds no data privilege on any application table or view. */
/* harmony default export */ const public_grants = (definePostgresCheck({
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
        const unknowns = forEachDatabase(facts, db => db.publicGrants, (db, grants) => {
            databases++;
            for (const g of grants) {
                const name = `${db.name}.${g.schema}.${g.name}`;
                findings.push(fail((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(KIND_NAMES[g.kind] ?? 'Relation')} ${name} grants ${(0,core_text/* raw */.lS)(g.privileges.join(', '))} to PUBLIC.`, name));
            }
        });
        if (findings.length === 0 && unknowns.length === 0) {
            return [
                pass((0,core_text/* msg */.ab) `No application table or view grants data privileges to PUBLIC in ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(databases, 'database'))} audited.`)
            ];
        }
        return [...findings, ...unknowns];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/public-schema.ts




/** Compliant: in no database may PUBLIC create objects in schema public (search-path hijack). */
/* harmony default export */ const public_schema = (definePostgresCheck({
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
        const unknowns = forEachDatabase(facts, db => db.publicSchemaCreate, (db, create) => {
            if (create) {
                findings.push(fail((0,core_text/* msg */.ab) `In database ${db.name}, PUBLIC may CREATE in schema public: any user can plant objects that shadow others' on the search_path.`, db.name));
            }
            else
                clean++;
        });
        if (findings.length === 0 && unknowns.length === 0) {
            return [
                pass((0,core_text/* msg */.ab) `PUBLIC cannot CREATE in schema public in any of ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(clean, 'database'))} audited.`)
            ];
        }
        return [...findings, ...unknowns];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/replication.ts





/** Informational inventory of replication; WARN when replication may travel unencrypted off-host. */
/* harmony default export */ const replication = (definePostgresCheck({
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
        findings.push(info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(repl.senders.length, 'streaming replica'))} connected, ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(repl.slots.length, 'replication slot'))} (${(0,core_text/* raw */.lS)(String(activeSlots))} active), ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(publications, 'publication'))}.`));
        const rules = (0,core_facts/* need */.$B)(facts.hba);
        const shadowed = findShadowing(rules);
        for (const rule of rules) {
            if (rule.error !== null || shadowed.has(rule) || rule.method === 'reject')
                continue;
            if (!rule.databases.includes('replication') || !acceptsPlaintext(rule))
                continue;
            if (isLocalOnly(parseAddress(rule)))
                continue;
            const text = describeRule(rule);
            findings.push(warn((0,core_text/* msg */.ab) `Replication rule at ${(0,core_text/* raw */.lS)(ruleLocation(rule))} (${text}) accepts non-TLS connections from remote addresses.`, text));
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/row-level-security.ts





/** Informational: where row-level security is used, and who bypasses it. */
/* harmony default export */ const row_level_security = (definePostgresCheck({
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
        const unknowns = forEachDatabase(facts, db => db.rowLevelSecurity, (db, rls) => {
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
        return [info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(tables)}; ${(0,core_text/* raw */.lS)(bypassText)}.`), ...unknowns];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/security-definer.ts




/**
 * Compliant: every SECURITY DEFINER function outside extensions pins search_path, so a caller cannot
 * substitute objects that run with the owner's privileges.
 */
/* harmony default export */ const security_definer = (definePostgresCheck({
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
        const unknowns = forEachDatabase(facts, db => db.securityDefiners, (db, fns) => {
            for (const fn of fns) {
                const name = `${db.name}.${fn.schema}.${fn.name}(${fn.args})`;
                if (fn.extension === null && fn.searchPath === null) {
                    findings.push(warn((0,core_text/* msg */.ab) `SECURITY DEFINER function ${name} owned by ${fn.owner} does not pin search_path.`, name));
                }
                else
                    safe.push(name);
            }
        });
        if (findings.length === 0 && unknowns.length === 0) {
            findings.push(pass((0,core_text/* msg */.ab) `No SECURITY DEFINER function outside an extension lacks a pinned search_path.`));
        }
        if (safe.length > 0) {
            findings.push(info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(safe.length, 'SECURITY DEFINER function'))} ${(0,core_text/* raw */.lS)(safe.length === 1 ? 'pins' : 'pin')} search_path or belong to an extension: ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(safe, 10))}.`));
        }
        return [...findings, ...unknowns];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/ssl.ts





/** Compliant: the server offers TLS (ssl = on). */
/* harmony default export */ const ssl = (definePostgresCheck({
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
        frameworks: TRANSIT_CONTROLS
    },
    evaluate(facts) {
        const ssl = setting(facts, 'ssl').setting;
        if (isOn(ssl))
            return [pass((0,core_text/* msg */.ab) `ssl is on: the server accepts TLS connections.`)];
        return [
            fail((0,core_text/* msg */.ab) `ssl is off: every connection, including passwords sent in clear text, travels unencrypted.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/judgements/admin-count.ts


/**
 * How many accounts hold full control: 1-2 PASS, 3-5 WARN, 6 or more FAIL. Zero is PASS too (no
 * login holds it; the engine's own break-glass account is judged elsewhere).
 */
function judgeAdminCount(count, head) {
    if (count <= 2)
        return pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}.`);
    if (count <= 5)
        return warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}; keep it to two.`);
    return fail((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}; six or more make every account a path to full control.`);
}

;// CONCATENATED MODULE: ./src/engines/postgres/checks/superusers.ts





/** Compliant: one or two superuser roles (1-2 PASS, 3-5 WARN, 6+ FAIL). */
/* harmony default export */ const superusers = (definePostgresCheck({
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
        frameworks: ADMIN_COUNT_CONTROLS
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
        return fail((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} expired on ${(0,core_text/* raw */.lS)(date)}.`, object);
    const days = daysLeft(validTo, now);
    const detail = (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} expires on ${(0,core_text/* raw */.lS)(date)}, in ${(0,core_text/* raw */.lS)(String(days))} ${(0,core_text/* raw */.lS)(days === 1 ? 'day' : 'days')}.`;
    if (days <= CERT_FAIL_DAYS)
        return fail(detail, object);
    if (days <= CERT_WARN_DAYS)
        return warn(detail, object);
    return pass(detail, object);
}

;// CONCATENATED MODULE: ./src/engines/postgres/checks/tls.ts





/** Compliant: every certificate the server serves is valid for more than 90 more days. */
/* harmony default export */ const tls = (definePostgresCheck({
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
            return [notApplicable((0,core_text/* msg */.ab) `The server does not offer TLS, so no certificate is served (see pg/ssl).`)];
        if (probe.chain.length === 0)
            return [fail((0,core_text/* msg */.ab) `The server completed a TLS handshake without presenting a certificate.`)];
        return probe.chain.map((cert) => judgeCertificateExpiry((0,core_text/* msg */.ab) `Certificate ${cert.subject}${(0,core_text/* raw */.lS)(cert.source === 'served' ? '' : ' (chain)')}`, cert.validTo, ctx.auditedAt, cert.subject));
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/tls-version.ts




/** Compliant: ssl_min_protocol_version is TLSv1.2 or TLSv1.3. */
/* harmony default export */ const tls_version = (definePostgresCheck({
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
        if (!isOn(setting(facts, 'ssl').setting)) {
            return [notApplicable((0,core_text/* msg */.ab) `ssl is off, so no TLS version is negotiated (see pg/ssl).`)];
        }
        const min = setting(facts, 'ssl_min_protocol_version').setting;
        if (min === 'TLSv1.2' || min === 'TLSv1.3')
            return [pass((0,core_text/* msg */.ab) `ssl_min_protocol_version is ${min}.`)];
        const shown = min === '' ? 'empty (any version)' : min;
        return [fail((0,core_text/* msg */.ab) `ssl_min_protocol_version is ${shown}: clients may negotiate TLS older than 1.2.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/untrusted-languages.ts




/** Compliant: no database has an untrusted procedural language (plperlu, plpython3u, ...) installed. */
/* harmony default export */ const untrusted_languages = (definePostgresCheck({
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
        const unknowns = forEachDatabase(facts, db => db.languages, (db, langs) => {
            databases++;
            // lanispl excludes the internal, c and sql languages already.
            const untrusted = langs
                .filter(l => !l.trusted && l.name !== 'c' && l.name !== 'internal')
                .map(l => l.name);
            if (untrusted.length > 0) {
                findings.push(warn((0,core_text/* msg */.ab) `Database ${db.name} has the untrusted languages ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(untrusted))} installed.`, db.name));
            }
        });
        if (findings.length === 0 && unknowns.length === 0) {
            return [
                pass((0,core_text/* msg */.ab) `None of ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(databases, 'database'))} audited has an untrusted procedural language.`)
            ];
        }
        return [...findings, ...unknowns];
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/releases.ts
var releases = __webpack_require__(5613);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/version.ts




/** Compliant: the major version is supported and runs the latest minor release of the shipped table. */
/* harmony default export */ const version = (definePostgresCheck({
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
                return [info((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is newer than the ${(0,core_text/* raw */.lS)(dated)} knows.`)];
            return [
                fail((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is out of support (major ${(0,core_text/* raw */.lS)(String(major))} predates the ${(0,core_text/* raw */.lS)(dated)}).`)
            ];
        }
        const today = ctx.auditedAt.toISOString().slice(0, 10);
        if (entry.endOfLife <= today) {
            return [
                fail((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is out of support since ${(0,core_text/* raw */.lS)(entry.endOfLife)} (${(0,core_text/* raw */.lS)(dated)}).`)
            ];
        }
        if (minor < entry.latestMinor) {
            return [
                warn((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is behind the latest minor release ${(0,core_text/* raw */.lS)(`${major}.${entry.latestMinor}`)} (${(0,core_text/* raw */.lS)(dated)}); support ends ${(0,core_text/* raw */.lS)(entry.endOfLife)}.`)
            ];
        }
        return [
            pass((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is the latest minor release of a supported major (${(0,core_text/* raw */.lS)(dated)}); support ends ${(0,core_text/* raw */.lS)(entry.endOfLife)}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/index.ts






























const postgresChecks = [
    archiving,
    connection_limits,
    connection_logging,
    crypto_posture,
    encryption_at_rest,
    extensions,
    grant_option,
    hba,
    listen_addresses,
    log_line_prefix,
    log_statement,
    md5_hashes,
    password_encryption,
    password_expiry,
    password_policy,
    pgaudit,
    pgcrypto,
    port,
    privileged_roles,
    public_grants,
    public_schema,
    replication,
    row_level_security,
    security_definer,
    ssl,
    superusers,
    tls,
    tls_version,
    untrusted_languages,
    version
];

;// CONCATENATED MODULE: ./src/core/observed.ts
const known = (value, items, note) => ({
    value,
    ...(items ? { items: [...items] } : {}),
    ...(note ? { note } : {})
});
const unknownValue = (reason) => ({ unknown: reason });

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
        const tokens = libraryTokens(spl.setting);
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
            settings['pgaudit.log'] = known(row.setting, [...expandPgauditLog(row.setting).classes]);
            plain('pgaudit.role');
        }
    }
    plain('log_connections', connectionsLogged);
    plain('log_disconnections', isOn);
    plain('log_statement');
    plain('log_line_prefix');
    const overrides = [];
    if (facts.roleSettings.ok && settings['pgaudit.log'] && 'value' in settings['pgaudit.log'])
        for (const o of facts.roleSettings.value) {
            const value = o.settings['pgaudit.log'];
            if (value === undefined)
                continue;
            const e = expandPgauditLog(value);
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
        collect: async (env) => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(327)]).then(__webpack_require__.bind(__webpack_require__, 11327))).collectPostgres(env, hooks, handoff),
        observed: observedPostgres
    };
}

// EXTERNAL MODULE: ./src/engines/couchbase/roles.ts
var couchbase_roles = __webpack_require__(60710);
;// CONCATENATED MODULE: ./src/engines/couchbase/checks/define.ts

/** A Couchbase Server check: id `cb/<name>`, evaluated on CbFacts (REST API). */
const defineCouchbaseCheck = checkFactory('cb');

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
        frameworks: ADMIN_COUNT_CONTROLS
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
            findings.push(warn((0,core_text/* msg */.ab) `Group ${g.id} grants ${(0,core_text/* valueList */.Q0)((0,couchbase_roles/* adminOrSecurityRoles */.iK)(g))} to every member of LDAP group ${g.ldapGroupRef ?? ''}: they are admins without being listed in /settings/rbac/users, and their number is unknown here.`, `group:${g.id}`));
        }
        const saml = samlRoleGrant(facts);
        if (saml) {
            findings.push(warn((0,core_text/* msg */.ab) `SAML is on with ${(0,core_text/* raw */.lS)(saml.attribute)} ${saml.value}${(0,core_text/* raw */.lS)(saml.note)}: the identity provider decides each user's roles, Full Admin included, and none of those users is listed.`, 'saml'));
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
        frameworks: AUDIT_LOGGING_CONTROLS
    },
    evaluate(facts) {
        const audit = (0,core_facts/* need */.$B)(facts.audit);
        if (!audit.auditdEnabled) {
            return [
                fail((0,core_text/* msg */.ab) `Auditing is off (auditdEnabled false): no node records logins, role changes or data access.`)
            ];
        }
        return [
            pass(audit.logPath
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
        frameworks: AUDIT_LOGGING_CONTROLS
    },
    evaluate(facts) {
        const audit = (0,core_facts/* need */.$B)(facts.audit);
        if (audit.disabledUsers.length === 0)
            return [pass((0,core_text/* msg */.ab) `No user is excluded from auditing.`)];
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
                findings.push(info((0,core_text/* msg */.ab) `Internal service user ${excluded.name} is excluded from auditing.`, label));
                continue;
            }
            const user = users.find(u => u.id === excluded.name && u.domain === excluded.domain);
            const roles = user ? (0,couchbase_roles/* adminEquivalentRoles */.bn)(user) : [];
            if (roles.length > 0) {
                findings.push(warn((0,core_text/* msg */.ab) `User ${excluded.name} (${excluded.domain}) holds ${(0,core_text/* valueList */.Q0)(roles)} yet is excluded from auditing: its actions leave no audit record.`, label));
            }
            else if (excluded.domain !== 'local' && externalPaths) {
                findings.push(warn((0,core_text/* msg */.ab) `User ${excluded.name} (${excluded.domain}) is excluded from auditing; its roles may come from an LDAP group or a SAML assertion that grants admin rights, which the stored user list cannot show.`, label));
            }
            else {
                findings.push(info(user
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
        frameworks: AUDIT_LOGGING_CONTROLS
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
                warn((0,core_text/* msg */.ab) `Audit log ${(0,core_text/* raw */.lS)(summary)}: shorter than the ${(0,core_text/* raw */.lS)(String(RETENTION_DAYS))} days of history the named compliance framework asks for, unless the files are shipped elsewhere first.`)
            ];
        }
        return [info((0,core_text/* msg */.ab) `Audit log ${(0,core_text/* raw */.lS)(summary)}.`)];
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
                warn((0,core_text/* msg */.ab) `allowNonLocalCACertUpload is true: anyone with security-admin rights can add a trusted CA over the network and have certificates it signs accepted.`)
            ];
        if (s.allowNonLocalCACertUpload === false)
            return [
                pass((0,core_text/* msg */.ab) `Trusted CAs can be loaded from the node itself only (allowNonLocalCACertUpload false).`)
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
        frameworks: TRANSIT_CONTROLS
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
                findings.push(unknown((0,core_text/* msg */.ab) `Node ${c.node} reports an unreadable expiry ${c.expires}.`, object));
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
                findings.push(info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what)} is the self-signed certificate Couchbase generated; Community Edition cannot replace it (certificate upload is Enterprise Edition only). Expires ${(0,core_text/* raw */.lS)(date)}.`, object));
            }
            else if (c.type === 'generated' && ctx.environment === 'production') {
                findings.push(warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what)} is the self-signed certificate Couchbase generated: clients cannot verify the node. Expires ${(0,core_text/* raw */.lS)(date)}.`, object));
            }
            else
                findings.push(byExpiry);
        }
        // The list comes from replicated config and covers every node; a node missing from it is a surprise.
        for (const n of facts.cluster.nodes) {
            if (!pairs.some(p => p.node === n)) {
                findings.push(unknown((0,core_text/* msg */.ab) `Node ${n.hostname} (${n.status}) has no entry in /pools/default/certificates.`, n.hostname));
            }
        }
        if (findings.length === 0)
            findings.push(unknown((0,core_text/* msg */.ab) `No node reported a certificate.`));
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
                info((0,core_text/* msg */.ab) `Client certificate authentication is off (state disable): clients log in with passwords.`)
            ];
        const rules = c.prefixes.map(p => `${p.path} prefix "${p.prefix}" delimiter "${p.delimiter}"`);
        return [
            info((0,core_text/* msg */.ab) `Client certificate authentication is ${c.state}; a certificate becomes a user by ${rules.length ? rules.join('; ') : 'no rule (no certificate maps to a user)'}${(0,core_text/* raw */.lS)(c.state === 'mandatory' ? '; clients without a certificate are refused on TLS ports' : '')}.`)
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
        frameworks: AT_REST_CONTROLS
    },
    evaluate(facts) {
        const e = (0,core_facts/* need */.$B)(facts.encryptionAtRest);
        const buckets = (0,core_facts/* need */.$B)(facts.buckets).filter(b => PERSISTENT.has(b.bucketType));
        const findings = [];
        const off = buckets.filter(b => b.encryptionAtRestKeyId === null || b.encryptionAtRestKeyId === -1);
        const partial = buckets.filter(b => !off.includes(b) && b.dataStatus !== 'encrypted');
        if (off.length) {
            findings.push(warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(off.length))} of ${(0,core_text/* raw */.lS)(String(buckets.length))} persistent bucket${(0,core_text/* raw */.lS)(buckets.length === 1 ? '' : 's')} store data unencrypted (encryptionAtRestKeyId -1): ${(0,core_text/* valueList */.Q0)(off.map(b => b.name))}.`, 'buckets', 'not-enabled'));
        }
        for (const b of partial) {
            findings.push(warn((0,core_text/* msg */.ab) `Bucket ${b.name} has an encryption key, but its data is ${b.dataStatus ?? 'of unknown status'}: data written before the key was set is not yet re-encrypted.`, `bucket:${b.name}`));
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
            findings.push(warn((0,core_text/* msg */.ab) `Encryption at rest is off for ${(0,core_text/* raw */.lS)(cfgOff.join(', '))} (${(0,core_text/* raw */.lS)(describe)}).`, 'cluster', 'not-enabled'));
        }
        else if (cfgPartial.length) {
            findings.push(warn((0,core_text/* msg */.ab) `Encryption at rest is on (${(0,core_text/* raw */.lS)(describe)}), but ${(0,core_text/* raw */.lS)(cfgPartial.map(([k, t]) => `${k} are ${t.dataStatus}`).join(', '))}.`, 'cluster'));
        }
        if (findings.length)
            return findings;
        return [
            pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(buckets.length ? `All ${buckets.length} persistent bucket${buckets.length === 1 ? ' is' : 's are'} fully encrypted` : 'No persistent bucket exists')}; ${(0,core_text/* raw */.lS)(describe)}.`)
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
                    fail((0,core_text/* msg */.ab) `LDAP authentication is on with encryption None${(0,core_text/* raw */.lS)(ldap.port ? ` (port ${ldap.port})` : '')}: user passwords reach the directory in clear.`, 'ldap')
                ];
            }
            if (ldap.serverCertValidation === false) {
                return [
                    warn((0,core_text/* msg */.ab) `LDAP authentication is on with encryption ${ldap.encryption}, but server certificate validation is off: a man in the middle can collect the passwords users type.`, 'ldap')
                ];
            }
            return [
                pass((0,core_text/* msg */.ab) `LDAP authentication is on with encryption ${ldap.encryption}${(0,core_text/* raw */.lS)(auth.samlEnabled ? '; SAML is on too' : '')}.`)
            ];
        }
        if (auth.samlEnabled)
            return [pass((0,core_text/* msg */.ab) `SAML single sign-on is on for the console.`)];
        if (auth.saslauthdAuthEnabled)
            return [
                pass((0,core_text/* msg */.ab) `saslauthd (PAM) authentication is on: passwords are checked by the host's directory.`)
            ];
        return [
            fail((0,core_text/* msg */.ab) `Neither LDAP, SAML nor saslauthd is enabled: every user is a local account managed by hand.`)
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
                warn((0,core_text/* msg */.ab) `No Strict-Transport-Security header is set (responseHeaders is empty): browsers may be downgraded to plain HTTP.`)
            ];
        if (!/max-age=\d*[1-9]/.test(s.hsts))
            return [
                warn((0,core_text/* msg */.ab) `Strict-Transport-Security is ${s.hsts}: without a positive max-age browsers do not keep HTTPS.`)
            ];
        return [pass((0,core_text/* msg */.ab) `Strict-Transport-Security is ${s.hsts}.`)];
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
            return [pass((0,core_text/* msg */.ab) `Log redaction is partial: user data in collected logs is hashed.`)];
        return [
            warn((0,core_text/* msg */.ab) `logRedactionLevel is ${level}: log bundles collected for support carry document keys and user names in clear.`)
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
        frameworks: TRANSIT_CONTROLS
    },
    evaluate(facts) {
        if (facts.cluster.edition === 'community') {
            return [
                notApplicable((0,core_text/* msg */.ab) `Community Edition has no node-to-node encryption (an Enterprise Edition feature).`)
            ];
        }
        const s = (0,core_facts/* need */.$B)(facts.security);
        const level = s.clusterEncryptionLevel;
        if (level === 'strict' || level === 'all') {
            return [pass((0,core_text/* msg */.ab) `Node-to-node encryption is on for every node, clusterEncryptionLevel ${level}.`)];
        }
        if (level === 'control') {
            return [
                warn((0,core_text/* msg */.ab) `clusterEncryptionLevel is control: only cluster-management traffic is encrypted; data (KV, DCP, index) travels between nodes in clear.`)
            ];
        }
        const off = facts.cluster.nodes.filter(n => n.nodeEncryption === false).map(n => n.hostname);
        return [
            fail(off.length
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
            return [info((0,core_text/* msg */.ab) `passwordHashAlg is not reported by this version (it exists from 7.6).`)];
        if (alg === 'SHA-1')
            return [
                fail((0,core_text/* msg */.ab) `passwordHashAlg is SHA-1 (deprecated): a stolen hash file of local users can be cracked fast.`)
            ];
        return [pass((0,core_text/* msg */.ab) `Local passwords are hashed with ${alg}.`)];
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
        frameworks: PASSWORD_POLICY_CONTROLS
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
            return [pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(detail)}.`)];
        if (p.minLength >= 8)
            return [warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(detail)}: below the 12 characters PCI DSS 8.3.6 asks for.`)];
        return [
            fail((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(detail)}: ${(0,core_text/* raw */.lS)(p.minLength === 0 ? 'empty passwords are allowed' : 'far below 12 characters')}.`)
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
        frameworks: TRANSIT_CONTROLS
    },
    evaluate(facts) {
        const level = (0,core_facts/* need */.$B)(facts.security).clusterEncryptionLevel;
        if (level === 'strict')
            return [pass((0,core_text/* msg */.ab) `clusterEncryptionLevel is strict: non-TLS client ports listen on loopback only.`)];
        const why = facts.cluster.edition === 'community'
            ? 'Community Edition has no strict level'
            : level
                ? `clusterEncryptionLevel is ${level}`
                : 'node-to-node encryption is not on for every node, so clusterEncryptionLevel cannot be strict';
        return [
            warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(why)}: clients can use KV 11210, query 8093, REST 8091 and the eventing debugger 9140 in plain text, passwords included.`)
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
        frameworks: AUDIT_LOGGING_CONTROLS
    },
    evaluate(facts) {
        const audit = (0,core_facts/* need */.$B)(facts.audit);
        if (!audit.auditdEnabled) {
            return [
                fail((0,core_text/* msg */.ab) `Auditing is off, so no SQL++ statement (SELECT, INSERT, UPDATE, DELETE, ...) is audited.`)
            ];
        }
        const { events, source } = statementEvents(facts);
        const disabled = new Set(audit.disabled);
        const off = events.filter(([id]) => disabled.has(id));
        const findings = [];
        if (off.length === events.length) {
            findings.push(fail((0,core_text/* msg */.ab) `All ${(0,core_text/* raw */.lS)(String(off.length))} SQL++ statement events (per ${(0,core_text/* raw */.lS)(source)}) are disabled, the default even with auditing on: no SELECT, INSERT, UPDATE, DELETE or GRANT is audited.`));
        }
        else if (off.length > 0) {
            findings.push(warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(off.length))} of ${(0,core_text/* raw */.lS)(String(events.length))} SQL++ statement events (per ${(0,core_text/* raw */.lS)(source)}) are disabled: ${(0,core_text/* raw */.lS)(named(off))}.`));
        }
        else {
            findings.push(pass((0,core_text/* msg */.ab) `All ${(0,core_text/* raw */.lS)(String(events.length))} SQL++ statement events (per ${(0,core_text/* raw */.lS)(source)}) are audited.`));
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
                findings.push(info((0,core_text/* msg */.ab) `Module ${module}: ${(0,core_text/* raw */.lS)(String(ds.length))} filterable event${(0,core_text/* raw */.lS)(ds.length === 1 ? ' is' : 's are')} off (${shown}${(0,core_text/* raw */.lS)(ds.length > 8 ? ', ...' : '')}).`, `module:${module}`));
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
                warn((0,core_text/* msg */.ab) `The CURL() allowlist has all_access true: SQL++ queries can fetch any URL the query nodes reach, internal services included.`)
            ];
        return [
            pass(c.allowedUrls.length
                ? (0,core_text/* msg */.ab) `CURL() may reach only ${(0,core_text/* raw */.lS)(String(c.allowedUrls.length))} allowed URL prefix${(0,core_text/* raw */.lS)(c.allowedUrls.length === 1 ? '' : 'es')}: ${(0,core_text/* valueList */.Q0)(c.allowedUrls)}.`
                : (0,core_text/* msg */.ab) `CURL() may reach no URL (all_access false, no allowed URL).`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/couchbase/releases.ts
var couchbase_releases = __webpack_require__(67325);
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
        frameworks: TRANSIT_CONTROLS
    },
    evaluate(facts) {
        const s = (0,core_facts/* need */.$B)(facts.security);
        if (facts.cluster.edition === 'community' && s.tlsMinVersion === null) {
            return [
                pass((0,core_text/* msg */.ab) `Community Edition cannot set tlsMinVersion (the key is Enterprise only); the built-in minimum TLS 1.2 applies to every service.`)
            ];
        }
        const global = s.tlsMinVersion ?? 'tlsv1.2';
        const v = (0,couchbase_releases/* parseCouchbaseVersion */.Zq)(facts.cluster.version);
        const from76 = v !== null && (v.major > 7 || (v.major === 7 && v.minor >= 6));
        const findings = [];
        if (!STRONG.has(global))
            findings.push(fail((0,core_text/* msg */.ab) `The cluster-wide tlsMinVersion is ${global}: TLS 1.0/1.1 are broken protocol versions${(0,core_text/* raw */.lS)(from76 ? ' (a 7.6+ node refuses this value: the cluster is mid-upgrade)' : '')}.`, 'global'));
        for (const [service, sv] of Object.entries(s.services)) {
            if (sv.tlsMinVersion && !STRONG.has(sv.tlsMinVersion)) {
                findings.push(fail((0,core_text/* msg */.ab) `Service ${service} overrides tlsMinVersion to ${sv.tlsMinVersion}.`, service));
            }
        }
        if (findings.length)
            return findings;
        const overrides = Object.entries(s.services).filter(([, sv]) => sv.tlsMinVersion);
        return [
            pass(overrides.length
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
        frameworks: TRANSIT_CONTROLS
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
                findings.push(warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(byExpiry.detail)} The server warns ${(0,core_text/* raw */.lS)(serverWarns.join(', '))}.`, ca.subject));
            else
                findings.push(byExpiry);
        }
        if (findings.length === 0)
            findings.push(pass((0,core_text/* msg */.ab) `No trusted CA is loaded beyond none: nothing can expire.`));
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
            return [pass((0,core_text/* msg */.ab) `The web console is served over HTTPS only (disableUIOverHttp true).`)];
        if (s.clusterEncryptionLevel === 'strict') {
            return [
                pass((0,core_text/* msg */.ab) `clusterEncryptionLevel is strict, so port 8091 listens on loopback only: other hosts reach the console over HTTPS only (disableUIOverHttp false matters only on the node itself).`)
            ];
        }
        return [
            warn((0,core_text/* msg */.ab) `The web console is served over plain HTTP on port 8091 (disableUIOverHttp false): administrator passwords can cross the network unencrypted.`)
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
        frameworks: AUTHENTICATION_CONTROLS
    },
    evaluate(facts) {
        const t = (0,core_facts/* need */.$B)(facts.security).uiSessionTimeout;
        if (t === null)
            return [warn((0,core_text/* msg */.ab) `uiSessionTimeout is not set: an idle console session never times out.`)];
        if (t > MAX_SECONDS)
            return [
                warn((0,core_text/* msg */.ab) `uiSessionTimeout is ${(0,core_text/* raw */.lS)(String(t))} s: idle console sessions last longer than ${(0,core_text/* raw */.lS)(String(MAX_SECONDS))} s.`)
            ];
        return [pass((0,core_text/* msg */.ab) `Idle console sessions end after ${(0,core_text/* raw */.lS)(String(t))} s (uiSessionTimeout).`)];
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
            return [info((0,core_text/* msg */.ab) `Couchbase Server ${c.version} (${(0,core_text/* raw */.lS)(edition)}): the version cannot be parsed.`)];
        const versions = [
            ...new Set(c.nodes.map(n => (0,couchbase_releases/* parseCouchbaseVersion */.Zq)(n.version)?.release).filter(Boolean))
        ];
        const mixed = versions.length > 1 ? `; nodes run ${versions.join(', ')} (mixed-version cluster)` : '';
        const line = facts.releases.lines.find(l => l.line === v.line);
        const head = `Couchbase Server ${v.release} ${edition}${mixed}`;
        if (!line) {
            return [info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: the ${(0,core_text/* raw */.lS)(v.line)} line is not in the release table of ${(0,core_text/* raw */.lS)(asOf)}.`)];
        }
        const today = ctx.auditedAt.toISOString().slice(0, 10);
        if (line.endOfMaintenance < today) {
            return [
                warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: the ${(0,core_text/* raw */.lS)(v.line)} line left maintenance on ${(0,core_text/* raw */.lS)(line.endOfMaintenance)} (release table of ${(0,core_text/* raw */.lS)(asOf)}).`)
            ];
        }
        const behind = (0,couchbase_releases/* compareVersions */.Zy)(v.release, line.latest) < 0 ? `; ${line.latest} is the latest ${v.line} release` : '';
        return [
            info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: maintained until ${(0,core_text/* raw */.lS)(line.endOfMaintenance)}${(0,core_text/* raw */.lS)(behind)} (release table of ${(0,core_text/* raw */.lS)(asOf)}).`)
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
        collect: async (env) => (await __webpack_require__.e(/* import() */ 530).then(__webpack_require__.bind(__webpack_require__, 23530))).collectCouchbase(env),
        observed: observedCouchbase
    };
}

// EXTERNAL MODULE: ./src/sqlwire/endpoint.ts
var endpoint = __webpack_require__(51108);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/roles.ts
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

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/define.ts

/** A CockroachDB check: id `crdb/<name>`, evaluated on CrdbFacts (SQL and Cloud API). */
const defineCockroachCheck = checkFactory('crdb');

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/admin-users.ts






/** Login members of admin, through nested roles, root included: 1-2 PASS, 3-5 WARN, 6+ FAIL. */
/* harmony default export */ const checks_admin_users = (defineCockroachCheck({
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
        frameworks: ADMIN_COUNT_CONTROLS
    },
    evaluate(facts, ctx) {
        // NOSQLLOGIN, NOLOGIN and expired VALID UNTIL accounts cannot use SQL: they are not counted.
        const canLogin = sqlLoginFilter(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
        const admins = adminMembers((0,core_facts/* need */.$B)(facts.users), canLogin);
        const labels = admins.map(a => (a.via ? `${a.name} (through ${a.via})` : a.name));
        const head = (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(admins.length))} login user${(0,core_text/* raw */.lS)(admins.length === 1 ? ' is a member' : 's are members')} of admin: ${(0,core_text/* valueList */.Q0)(labels)}`;
        return [judgeAdminCount(admins.length, head)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/api-keys.ts




/** A Cloud API key older than this should have been rotated. */
const MAX_AGE_DAYS = 90;
/** Cloud API keys (GET /api/v1/api-keys): WARN for each key created more than 90 days ago. */
/* harmony default export */ const api_keys = (defineCockroachCheck({
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
                findings.push(warn((0,core_text/* msg */.ab) `API key ${k.name} (service account ${k.serviceAccountId}) was created ${(0,core_text/* raw */.lS)(age)}: rotate it.`, k.id));
            }
        }
        if (findings.length)
            return findings;
        return [
            pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* plural */.LS)(keys.length, 'API key'))}, each created within the last ${(0,core_text/* raw */.lS)(String(MAX_AGE_DAYS))} days.`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/license.ts
var license = __webpack_require__(524);
// EXTERNAL MODULE: ./src/engines/cockroachdb/releases.ts
var cockroachdb_releases = __webpack_require__(44409);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/settings.ts

/** A setting's value, or the check stops with UNKNOWN naming why it is missing. */
function settings_setting(facts, name) {
    return (0,core_facts/* need */.$B)(facts.settings[name]);
}
/** A setting's value when readable, else undefined (for checks that can decide without it). */
function settingIfKnown(facts, name) {
    const f = facts.settings[name];
    return f?.ok ? f.value : undefined;
}
const isTrue = (v) => v !== undefined && /^(true|on|t|1)$/i.test(v.trim());

;// CONCATENATED MODULE: ./src/engines/cockroachdb/audit-effect.ts



/**
 * Whether sql.log.user_audit can take effect on this cluster, by code era and licence (reference
 * section 3): newest code (v24.3+) and CockroachDB Cloud need no licence; CCL-era code audits only
 * while the licence passes License.Check. `rolesOnly`: v23.2 matches role memberships only.
 */
function userAuditEffect(facts, ctx) {
    const cloudVersion = facts.cloud.cluster.ok ? facts.cloud.cluster.value.version : undefined;
    const era = (0,cockroachdb_releases/* crdbEra */.Y3)(facts.version.ok ? facts.version.value.tag : cloudVersion);
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
    const org = settingIfKnown(facts, 'cluster.organization');
    const r = (0,license/* cclLicenceAccepted */.t)(lic.value, ctx.auditedAt, facts.clusterId, org);
    const versionNote = era.licenceGated === 'unknown'
        ? ' (the version is unknown; releases before v24.3 need a valid licence)'
        : '';
    return { effective: r.accepted, why: `${r.why}${versionNote}`, rolesOnly: era.auditRolesOnly };
}

;// CONCATENATED MODULE: ./src/engines/cockroachdb/scanner.ts
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

;// CONCATENATED MODULE: ./src/engines/cockroachdb/user-audit.ts

/**
 * Parses the setting with CockroachDB's rules and error messages (pkg/sql/auditlogging/parser.go):
 * two fields a line, ALL/NONE filters, reserved names, duplicates. A value CockroachDB would reject
 * makes every node fall back to auditing nothing.
 */
function parseUserAudit(value) {
    if (value.trim() === '')
        return { ok: true, rules: [] };
    const scanned = scanSettingLines(value);
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

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/audit-logging.ts









/**
 * PASS when role-based audit (sql.log.user_audit) covers every admin member; WARN when only the
 * hidden admin audit is on (or user audit misses admins); FAIL when neither audits anything.
 */
/* harmony default export */ const audit_logging = (defineCockroachCheck({
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
        frameworks: AUDIT_LOGGING_CONTROLS
    },
    evaluate(facts, ctx) {
        const value = settings_setting(facts, 'sql.log.user_audit');
        const parsed = parseUserAudit(value);
        const effect = userAuditEffect(facts, ctx);
        const rules = parsed.ok && effect.effective !== false ? parsed.rules : [];
        let uncovered = [];
        if (rules.length) {
            const users = (0,core_facts/* need */.$B)(facts.users);
            const canLogin = sqlLoginFilter(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
            const admins = adminMembers(users, canLogin).map(a => a.name);
            uncovered = admins.filter(a => !auditDecision(rules, a, membershipView(users, a), effect.rolesOnly).audited);
            if (uncovered.length === 0 && effect.effective === true) {
                return [pass((0,core_text/* msg */.ab) `sql.log.user_audit audits every admin member (${(0,core_text/* valueList */.Q0)(admins)}).`)];
            }
            if (uncovered.length === 0) {
                return [
                    warn((0,core_text/* msg */.ab) `sql.log.user_audit would audit every admin member (${(0,core_text/* valueList */.Q0)(admins)}), but it may have no effect: ${(0,core_text/* raw */.lS)(effect.why)}.`)
                ];
            }
        }
        if (parsed.ok && parsed.rules.length && effect.effective === false) {
            const adminOn = isTrue(settings_setting(facts, 'sql.log.admin_audit.enabled'));
            const text = (0,core_text/* msg */.ab) `sql.log.user_audit has no effect on this release: ${(0,core_text/* raw */.lS)(effect.why)}${(0,core_text/* raw */.lS)(adminOn ? '; only sql.log.admin_audit.enabled audits admins' : ', and admin audit is off')}.`;
            return [adminOn ? warn(text) : fail(text)];
        }
        const adminAudit = isTrue(settings_setting(facts, 'sql.log.admin_audit.enabled'));
        if (adminAudit) {
            return [
                warn(rules.length
                    ? (0,core_text/* msg */.ab) `Only sql.log.admin_audit.enabled audits admins fully; sql.log.user_audit misses ${(0,core_text/* valueList */.Q0)(uncovered)}.`
                    : (0,core_text/* msg */.ab) `Only sql.log.admin_audit.enabled is on (a hidden, undocumented setting); sql.log.user_audit is ${(0,core_text/* raw */.lS)(parsed.ok ? 'empty' : 'invalid')}.`)
            ];
        }
        if (!parsed.ok)
            return [
                fail((0,core_text/* msg */.ab) `sql.log.user_audit does not parse (${parsed.error}), so every node audits nothing, and admin audit is off.`)
            ];
        if (rules.length === 0)
            return [
                fail((0,core_text/* msg */.ab) `sql.log.user_audit is empty and sql.log.admin_audit.enabled is off: no statement is audited.`)
            ];
        return [
            warn((0,core_text/* msg */.ab) `sql.log.user_audit does not audit ${(0,core_text/* raw */.lS)(uncovered.length === 1 ? 'admin member' : 'admin members')} ${(0,core_text/* valueList */.Q0)(uncovered)}, and admin audit is off.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/backup-schedules.ts





/** A run that should have started more than this long ago is overdue. */
const OVERDUE_MS = 24 * 3600 * 1000;
/**
 * Self-hosted: FAIL without a backup schedule; WARN for paused, failing or overdue schedules. Cloud:
 * INFO (managed backups exist). Never prints the storage URI's credentials (the collector removes them).
 */
/* harmony default export */ const backup_schedules = (defineCockroachCheck({
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
        frameworks: BACKUP_CONTROLS
    },
    evaluate(facts, ctx) {
        const schedules = (0,core_facts/* need */.$B)(facts.schedules).filter(s => s.isBackup);
        if (ctx.deployment === 'cloud') {
            return [
                info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* plural */.LS)(schedules.length, 'self-managed backup schedule'))}; CockroachDB Cloud also takes managed backups (see crdb/managed-backups).`)
            ];
        }
        if (schedules.length === 0)
            return [fail((0,core_text/* msg */.ab) `No backup schedule exists: the cluster is not backed up by CockroachDB.`)];
        const findings = [];
        for (const s of schedules) {
            const label = (0,core_text/* msg */.ab) `Schedule ${s.label} (${(0,core_text/* raw */.lS)(s.recurrence)})`;
            const job = s.lastJob;
            if (s.status === 'PAUSED' && s.state && /^Waiting for initial backup to complete$/i.test(s.state))
                findings.push(info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} waits for its full backup's first run (${s.state}).`, s.label));
            else if (s.status === 'PAUSED')
                findings.push(warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} is paused${(0,core_text/* raw */.lS)(s.state ? `: ${s.state}` : '')}.`, s.label));
            else if (job && /^(failed|canceled|reverting)$/i.test(job.status))
                // ACTIVE with on_execution_failure = RETRY_SCHED keeps a failing schedule running.
                findings.push(warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} is active but its last run (${(0,core_text/* raw */.lS)(job.created.slice(0, 16).replace('T', ' '))}) ended ${(0,core_text/* raw */.lS)(job.status)}${(0,core_text/* raw */.lS)(job.error ? `: ${job.error}` : '')}.`, s.label));
            else if (s.state && /error|fail/i.test(s.state))
                findings.push(warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} reports ${s.state}.`, s.label));
            else if (s.nextRun && Date.parse(s.nextRun) < ctx.auditedAt.getTime() - OVERDUE_MS) {
                findings.push(warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} should have run on ${(0,core_text/* raw */.lS)(s.nextRun.slice(0, 16).replace('T', ' '))} and has not.`, s.label));
            }
            else
                findings.push(pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} is active; next run ${(0,core_text/* raw */.lS)(s.nextRun ? s.nextRun.slice(0, 16).replace('T', ' ') : 'unknown')}; ${(0,core_text/* raw */.lS)(job
                    ? `last run ${job.created.slice(0, 16).replace('T', ' ')} ${job.status}`
                    : job === null
                        ? 'no run is visible (none yet, or the auditor lacks VIEWJOB)'
                        : 'its runs could not be read')}.`, s.label));
        }
        return findings;
    }
}));

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/hba.ts


const SECRET_OPTIONS = new Set(['ldapbindpasswd']);
const TYPES = new Set(['local', 'host', 'hostssl', 'hostnossl', 'loopback']);
class LineError extends Error {
}
function parseCrdbHba(value) {
    const scanned = scanSettingLines(value);
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
        if (isKeyword(t, 'all'))
            address = 'all';
        else if (isKeyword(t, 'samehost') || isKeyword(t, 'samenet'))
            fail(`address specification ${t.value} is not yet supported`);
        else if (t.value.includes('/'))
            address = normaliseCidr(t.value) ?? fail(`invalid CIDR address: ${t.value}`);
        else if ((0,external_node_net_.isIP)(t.value)) {
            if (++i >= f.length)
                fail('end-of-line before netmask specification');
            if (f[i].length > 1)
                fail('multiple values specified for netmask');
            const maskText = f[i][0].value;
            const bits = maskBits(maskText);
            if (bits === null)
                fail(`invalid IP mask "${maskText}": address is not a mask`);
            if (((0,external_node_net_.isIP)(maskText) === 4) !== ((0,external_node_net_.isIP)(t.value) === 4))
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
    const allUsers = userTokens.some(t => isKeyword(t, 'all'));
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
    if ((0,external_node_net_.isIP)(mask) !== 4)
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
    const family = (0,external_node_net_.isIP)(ip);
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
function hba_isLoopback(address) {
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

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/hba.ts





const HBA_SETTING = 'server.host_based_authentication.configuration';
/**
 * First-match HBA review. Never prints an ldapbindpasswd value (the parser masks it). A value that
 * reads <redacted> is UNKNOWN (the collector turns it into a missing fact).
 */
/* harmony default export */ const checks_hba = (defineCockroachCheck({
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
        const value = settings_setting(facts, HBA_SETTING);
        if (value.trim() === '') {
            const defaults = ctx.deployment === 'cloud'
                ? 'host all all all password'
                : 'host all root all cert-password, host all all all cert-password, local all all password';
            return [
                warn((0,core_text/* msg */.ab) `The HBA configuration is empty, so the defaults apply (${(0,core_text/* raw */.lS)(defaults)}): any address may try any user.`, undefined, 'empty')
            ];
        }
        const parsed = parseCrdbHba(value);
        if (!parsed.ok)
            return [warn((0,core_text/* msg */.ab) `The HBA configuration does not parse: ${parsed.error}.`)];
        if (isDefaultConfiguration(parsed.rules)) {
            return [
                warn((0,core_text/* msg */.ab) `The HBA configuration spells out the defaults (host all all all cert-password, local all all password): any address may try any user.`, undefined, 'empty')
            ];
        }
        // Without --accept-sql-without-tls (or --insecure) a secure node refuses non-TLS TCP before HBA.
        const nodes = facts.nodeArgs.ok ? facts.nodeArgs.value : undefined;
        const plainNodes = nodes?.filter(n => n.args.some(a => /^--(accept-sql-without-tls|insecure)(=true)?$/.test(a)));
        const plainSql = nodes === undefined ? 'unknown' : plainNodes.length > 0;
        const eff = effectiveRules(parsed.rules);
        const findings = [];
        if (eff.builtInRoot) {
            findings.push(info(eff.rootLocal
                ? (0,core_text/* msg */.ab) `The first rule is ${(0,core_text/* raw */.lS)(ROOT_LOCAL_RULE)}: newer releases then limit root to IPv4 loopback, but releases without that exception still put ${(0,core_text/* raw */.lS)(ROOT_RULE)} in front, so root may log in from any address with a certificate or password.`
                : (0,core_text/* msg */.ab) `CockroachDB puts ${(0,core_text/* raw */.lS)(ROOT_RULE)} in front of these rules: root can log in from any address with a certificate or password, whatever the rules below say.`));
        }
        eff.rules.forEach((r, i) => {
            if (r.lineNumber === 0)
                return;
            const where = (0,core_text/* msg */.ab) `Rule at line ${(0,core_text/* raw */.lS)(String(r.lineNumber))} (${r.display})`;
            const shadow = shadowedBy(eff.rules, i);
            if (shadow) {
                findings.push(info(shadow.lineNumber === 0
                    ? (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(where)} can never match: it is shadowed by the built-in root rule (${(0,core_text/* raw */.lS)(ROOT_RULE)}).`
                    : (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(where)} can never match: line ${(0,core_text/* raw */.lS)(String(shadow.lineNumber))} (${shadow.display}) matches first.`, r.display));
                return;
            }
            const remote = r.type !== 'local' && !hba_isLoopback(r.address);
            const bits = prefixLength(r.address);
            if (r.method === 'trust' && remote) {
                findings.push(fail((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(where)}: trust admits anyone who can reach the address, with no password.`, r.display));
            }
            else if ((r.method === 'password' || r.method === 'scram-sha-256') &&
                r.type !== 'hostssl' &&
                remote &&
                bits !== null &&
                bits <= 16 &&
                plainSql !== false) {
                findings.push(warn(plainSql === true
                    ? (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(where)}: ${(0,core_text/* raw */.lS)(r.method)} from a broad range, and nodes ${(0,core_text/* raw */.lS)(plainNodes.map(n => `n${n.nodeId}`).join(', '))} accept SQL without TLS (--accept-sql-without-tls or --insecure): passwords may cross the network in clear (use hostssl or cert methods).`
                    : (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(where)}: ${(0,core_text/* raw */.lS)(r.method)} from a broad range without hostssl, and the node command lines could not be read to rule out --accept-sql-without-tls.`, r.display));
            }
        });
        const bad = findings.filter(f => f.status === 'FAIL' || f.status === 'WARN');
        if (bad.length === 0) {
            findings.unshift(pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(parsed.rules.length === 1 ? '1 HBA rule restricts' : `${parsed.rules.length} HBA rules restrict`)} non-root users by address, user or method; no remote trust${(0,core_text/* raw */.lS)(plainSql === false ? '; non-TLS SQL connections are refused before HBA' : '')}.`));
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/client-certificates.ts








/**
 * Certificate logins (HBA methods cert, cert-password, cert-scram-sha-256; the built-in root rule
 * and the default configuration use cert-password): revocation checking (security.ocsp.mode,
 * default off) and the subject / SAN requirements (security.client_cert.subject_required.enabled,
 * .san_required.enabled from v26.2).
 */
/* harmony default export */ const client_certificates = (defineCockroachCheck({
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
        frameworks: AUTHENTICATION_CONTROLS
    },
    evaluate(facts) {
        // The built-in root rule (cert-password) always allows certificate logins.
        const hba = settingIfKnown(facts, HBA_SETTING);
        const parsed = hba ? parseCrdbHba(hba) : undefined;
        const methods = parsed?.ok
            ? [...new Set(parsed.rules.map(r => r.method).filter(m => m.startsWith('cert')))]
            : [];
        const mode = (0,core_facts/* need */.$B)(facts.settings['security.ocsp.mode']).toLowerCase();
        const subject = isTrue(settingIfKnown(facts, 'security.client_cert.subject_required.enabled'));
        const san = isTrue(settingIfKnown(facts, 'security.client_cert.san_required.enabled'));
        const used = `certificate logins (${methods.length ? methods.join(', ') : 'cert-password in the built-in root rule'})`;
        const findings = [];
        if (mode === 'strict')
            findings.push(pass((0,core_text/* msg */.ab) `security.ocsp.mode is strict: revoked client certificates are refused for ${(0,core_text/* raw */.lS)(used)}.`));
        else if (mode === 'lax')
            findings.push(warn((0,core_text/* msg */.ab) `security.ocsp.mode is lax: a certificate whose OCSP responder cannot be reached is still accepted for ${(0,core_text/* raw */.lS)(used)}.`));
        else
            findings.push(warn((0,core_text/* msg */.ab) `security.ocsp.mode is ${(0,core_text/* raw */.lS)(mode)}: revoked client certificates keep working for ${(0,core_text/* raw */.lS)(used)}.`));
        findings.push(info((0,core_text/* msg */.ab) `Certificate subject required: ${(0,core_text/* raw */.lS)(subject ? 'yes' : 'no')}; SAN required: ${(0,core_text/* raw */.lS)(san ? 'yes' : settingIfKnown(facts, 'security.client_cert.san_required.enabled') === undefined ? 'unknown (v26.2+ setting)' : 'no')}.`));
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/cmek.ts





/** CMEK on Advanced with the Advanced Security add-on; INFO where the plan cannot use it. */
/* harmony default export */ const cmek = (defineCockroachCheck({
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
        frameworks: AT_REST_CONTROLS
    },
    evaluate(facts, ctx) {
        const cluster = (0,core_facts/* need */.$B)(facts.cloud.cluster);
        if (cluster.plan !== 'ADVANCED') {
            return [
                info((0,core_text/* msg */.ab) `CMEK needs the Advanced plan with the Advanced Security add-on; this cluster is ${(0,core_text/* raw */.lS)(cluster.plan)}.`)
            ];
        }
        const cmek = (0,core_facts/* need */.$B)(facts.cloud.cmek);
        if (cmek.status === 'NOT_CONFIGURED') {
            // A 404 from /cmek: no CMEK configuration exists. Whether the Advanced Security add-on is
            // enabled cannot be read from this endpoint; a person may attest that it is not (no-addon).
            const a = ctx.attestation();
            if (a.state === 'active' && (a.attestation.status === 'INFO' || a.attestation.status === 'N/A'))
                return [
                    info((0,core_text/* msg */.ab) `CMEK was never configured (404); attested that the cluster has no Advanced Security add-on (no-addon) by ${a.attestation.attestedBy} (${a.attestation.evidence}), valid until ${(0,core_text/* raw */.lS)(a.attestation.expires)}.`)
                ];
            return [
                fail((0,core_text/* msg */.ab) `CMEK was never configured on this Advanced cluster (the Cloud API answers 404 for /cmek): data is encrypted with keys Cockroach Labs manages.${(0,core_text/* raw */.lS)(a.state === 'expired' ? ' The no-addon attestation expired.' : '')}`)
            ];
        }
        const regions = cmek.regions.length
            ? ` (${cmek.regions.map(r => `${r.region} ${r.status}`).join(', ')})`
            : '';
        if (['ENABLED', 'ROTATING', 'ENABLING'].includes(cmek.status))
            return [pass((0,core_text/* msg */.ab) `CMEK is ${(0,core_text/* raw */.lS)(cmek.status)}${(0,core_text/* raw */.lS)(regions)}.`)];
        return [
            fail((0,core_text/* msg */.ab) `CMEK is ${(0,core_text/* raw */.lS)(cmek.status)}${(0,core_text/* raw */.lS)(regions)}: data is encrypted with keys Cockroach Labs manages.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/console-admins.ts





const ADMIN_ROLES = new Set(['ORG_ADMIN', 'CLUSTER_ADMIN']);
/** Cloud Console users holding ORG_ADMIN or CLUSTER_ADMIN (GET /api/v1/roles): 1-2 / 3-5 / 6+. */
/* harmony default export */ const console_admins = (defineCockroachCheck({
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
        frameworks: PRIVILEGED_ACCESS_CONTROLS
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
            unknown((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(missing)} Fix: attest it in the baseline file (attestations, check ${(0,core_text/* raw */.lS)(id)}).`)
        ];
    const at = a.attestation;
    const by = (0,core_text/* msg */.ab) `attested by ${at.attestedBy} (${at.evidence}), valid until ${(0,core_text/* raw */.lS)(at.expires)}`;
    if (a.state === 'expired')
        return [
            unknown((0,core_text/* msg */.ab) `The attestation expired: ${(0,core_text/* raw */.lS)(by)}. Fix: re-verify and renew it in the baseline file.`)
        ];
    switch (at.status) {
        case 'PASS':
            return [pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what.PASS)}, ${(0,core_text/* raw */.lS)(by)}.`)];
        case 'WARN':
            return [warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what.WARN)}, ${(0,core_text/* raw */.lS)(by)}.`)];
        case 'FAIL':
            return [fail((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what.FAIL)}, ${(0,core_text/* raw */.lS)(by)}.`)];
        default:
            return [info((0,core_text/* msg */.ab) `Attested ${(0,core_text/* raw */.lS)(at.status)}, ${(0,core_text/* raw */.lS)(by)}.`)];
    }
}

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/console-sso.ts



const console_sso_ID = 'crdb/console-sso';
/** Cloud Console single sign-on: no API exposes it, so only an attestation settles it. */
/* harmony default export */ const console_sso = (defineCockroachCheck({
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
/* harmony default export */ const checks_crypto_posture = (defineCockroachCheck({
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
            return [info((0,core_text/* msg */.ab) `The SQL port offers no TLS (see crdb/tls).`)];
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
            info((0,core_text/* msg */.ab) `Negotiated ${(0,core_text/* raw */.lS)(tls.protocol ?? '?')} with ${(0,core_text/* raw */.lS)(tls.cipher ?? '?')}, key exchange ${(0,core_text/* raw */.lS)(tls.group ?? '?')}; ${(0,core_text/* raw */.lS)(pq)}; server key ${(0,core_text/* raw */.lS)(key)}${(0,core_text/* raw */.lS)(suiteText)}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/database-sso.ts





/** PASS with SQL JWT login (with issuers) or DB Console OIDC (with a provider); FAIL with neither. */
/* harmony default export */ const database_sso = (defineCockroachCheck({
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
        const jwt = isTrue(val('server.jwt_authentication.enabled')) &&
            (val('server.jwt_authentication.issuers.configuration') ?? '').trim() !== '';
        const oidc = isTrue(val('server.oidc_authentication.enabled')) &&
            (val('server.oidc_authentication.provider_url') ?? '').trim() !== '';
        const which = [
            jwt && 'JWT for SQL logins',
            oidc && `OIDC for the DB Console (${val('server.oidc_authentication.provider_url')})`
        ].filter(Boolean);
        if (which.length)
            return [pass((0,core_text/* msg */.ab) `Single sign-on is configured: ${(0,core_text/* raw */.lS)(which.join('; '))}.`)];
        // Not configured, as far as the readable settings tell: any unreadable one makes it UNKNOWN.
        for (const n of [
            'server.jwt_authentication.enabled',
            'server.jwt_authentication.issuers.configuration',
            'server.oidc_authentication.enabled',
            'server.oidc_authentication.provider_url'
        ]) {
            const f = get(n);
            if (f && !f.ok)
                (0,core_facts/* need */.$B)(f);
        }
        return [
            fail((0,core_text/* msg */.ab) `Neither JWT login for SQL nor OIDC for the DB Console is configured: every login is a password or certificate managed in the cluster.`)
        ];
    }
}));

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
/* harmony default export */ const db_console_sessions = (defineCockroachCheck({
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
        frameworks: AUTHENTICATION_CONTROLS
    },
    evaluate(facts) {
        const raw_ = (0,core_facts/* need */.$B)(facts.settings['server.web_session.timeout']);
        const hours = durationHours(raw_);
        const hsts = isTrue((0,core_facts/* need */.$B)(facts.settings['server.hsts.enabled']));
        const findings = [];
        if (!Number.isFinite(hours))
            findings.push(warn((0,core_text/* msg */.ab) `server.web_session.timeout reads ${raw_}, which is not a duration this check understands.`));
        else if (hours > MAX_HOURS)
            findings.push(warn((0,core_text/* msg */.ab) `server.web_session.timeout is ${(0,core_text/* raw */.lS)(raw_)} (${(0,core_text/* raw */.lS)(String(Math.round(hours)))} hours${(0,core_text/* raw */.lS)(hours === 168 ? ', the default' : '')}): a stolen DB Console cookie stays valid that long.`));
        if (!hsts)
            findings.push(warn((0,core_text/* msg */.ab) `server.hsts.enabled is off: browsers may reach the DB Console over plain HTTP first.`));
        if (findings.length)
            return findings;
        return [pass((0,core_text/* msg */.ab) `DB Console sessions last ${(0,core_text/* raw */.lS)(raw_)} and HSTS is on.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/delete-protection.ts




/** GET /api/v1/clusters/{id} delete_protection: ENABLED PASS; DISABLED WARN. */
/* harmony default export */ const delete_protection = (defineCockroachCheck({
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
        const cluster = (0,core_facts/* need */.$B)(facts.cloud.cluster);
        const dp = cluster.deleteProtection;
        if (!dp)
            (0,core_facts/* need */.$B)((0,core_facts/* unavailable */.hU)('The Cloud API did not return delete_protection for this cluster.'));
        if (dp === 'ENABLED')
            return [pass((0,core_text/* msg */.ab) `Delete protection is ENABLED.`)];
        return [
            warn((0,core_text/* msg */.ab) `Delete protection is ${(0,core_text/* raw */.lS)(dp)}: one API call or Console click deletes the cluster and its managed backups.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/egress-policy.ts





/**
 * GET /api/v1/clusters/{id} egress_traffic_policy: DEFAULT_DENY PASS; ALLOW_ALL WARN (backups,
 * changefeeds and exports may reach any destination); others INFO. Advanced only.
 */
/* harmony default export */ const egress_policy = (defineCockroachCheck({
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
        frameworks: NETWORK_BOUNDARY_CONTROLS
    },
    evaluate(facts) {
        const cluster = (0,core_facts/* need */.$B)(facts.cloud.cluster);
        if (cluster.plan !== 'ADVANCED')
            return [
                info((0,core_text/* msg */.ab) `Egress perimeter controls need the Advanced plan; this cluster is ${(0,core_text/* raw */.lS)(cluster.plan)}.`)
            ];
        const p = cluster.egressTrafficPolicy;
        if (!p)
            (0,core_facts/* need */.$B)((0,core_facts/* unavailable */.hU)('The Cloud API did not return egress_traffic_policy for this cluster.'));
        if (p === 'DEFAULT_DENY')
            return [pass((0,core_text/* msg */.ab) `Egress traffic policy is DEFAULT_DENY: only listed destinations are reachable.`)];
        if (p === 'ALLOW_ALL')
            return [
                warn((0,core_text/* msg */.ab) `Egress traffic policy is ALLOW_ALL: backups, changefeeds and exports may send data to any destination (inferred from the policy's meaning).`)
            ];
        return [info((0,core_text/* msg */.ab) `Egress traffic policy is ${(0,core_text/* raw */.lS)(p)}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/encryption-at-rest.ts





/**
 * Every store encrypted (kv_store_status properties.encrypted, or --enterprise-encryption on every
 * node). "Not enabled" is a WARN with condition `not-enabled`: the policy raises it to FAIL for
 * PII/PHI or financial data.
 */
/* harmony default export */ const cockroachdb_checks_encryption_at_rest = (defineCockroachCheck({
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
        frameworks: AT_REST_CONTROLS
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
            findings.push(warn((0,core_text/* msg */.ab) `Nodes ${(0,core_text/* raw */.lS)(plain.join(', '))} run --enterprise-encryption with key=plain (or no key): their stores are written in plaintext although kv_store_status reports encrypted = true.`, undefined, 'not-enabled'));
        if (without.length)
            findings.push(warn((0,core_text/* msg */.ab) `Nodes ${(0,core_text/* raw */.lS)(without.join(', '))} start without --enterprise-encryption: their stores are not encrypted by CockroachDB.`, undefined, 'not-enabled'));
        if (unencryptedStores.length && !findings.length)
            findings.push(warn((0,core_text/* msg */.ab) `Stores ${(0,core_text/* raw */.lS)(unencryptedStores.join(', '))} report encrypted = false.`, undefined, 'not-enabled'));
        if (findings.length)
            return findings;
        if (nodes.length === 0)
            (0,core_facts/* need */.$B)(facts.stores);
        return [
            pass((0,core_text/* msg */.ab) `Every node (${(0,core_text/* raw */.lS)(String(nodes.length))}) starts with --enterprise-encryption and an AES key (not key=plain)${(0,core_text/* raw */.lS)(stores ? `; ${stores.length === 1 ? '1 store reports' : `${stores.length} stores report`} encrypted = true` : '')}.`)
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

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/identity-map.ts




/** PASS when external identities are mapped to SQL users (or auto-provisioned); FAIL otherwise. */
/* harmony default export */ const identity_map = (defineCockroachCheck({
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
        const provisioned = ['ldap', 'jwt'].filter(k => isTrue(settingIfKnown(facts, `security.provisioning.${k}.enabled`)));
        if (provisioned.length) {
            return [
                pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(provisioned.map(k => k.toUpperCase()).join(' and '))} users are auto-provisioned (${(0,core_text/* raw */.lS)(provisioned.map(k => `security.provisioning.${k}.enabled`).join(', '))}).`)
            ];
        }
        const map = settings_setting(facts, 'server.identity_map.configuration');
        const lines = map
            .split('\n')
            .map(l => l.replace(/#.*/, '').trim())
            .filter(Boolean);
        if (lines.length)
            return [
                pass((0,core_text/* msg */.ab) `server.identity_map.configuration maps identities (${(0,core_text/* raw */.lS)((0,core_text/* plural */.LS)(lines.length, 'rule'))}).`)
            ];
        return [
            fail((0,core_text/* msg */.ab) `server.identity_map.configuration is empty and no auto-provisioning is on: external identities must match SQL user names exactly.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/ip-allowlist.ts





/** Compliant: the Cloud IP allowlist only holds narrow CIDRs (never 0.0.0.0/0 or ::/0). */
/* harmony default export */ const ip_allowlist = (defineCockroachCheck({
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
        frameworks: NETWORK_BOUNDARY_CONTROLS
    },
    evaluate(facts) {
        const entries = (0,core_facts/* need */.$B)(facts.cloud.allowlist);
        const findings = [];
        for (const e of entries) {
            const cidr = `${e.cidrIp}/${e.cidrMask}`;
            const label = e.name ? (0,core_text/* msg */.ab) `${cidr} (${e.name})` : (0,core_text/* msg */.ab) `${cidr}`;
            const scope = [e.sql && 'SQL', e.ui && 'DB Console'].filter(Boolean).join(' and ') || 'nothing';
            if (e.cidrMask === 0)
                findings.push(fail((0,core_text/* msg */.ab) `Allowlist entry ${(0,core_text/* raw */.lS)(label)} opens ${(0,core_text/* raw */.lS)(scope)} to the whole internet.`, cidr));
            else if (e.cidrIp.includes(':') ? e.cidrMask <= 48 : e.cidrMask <= 16) {
                findings.push(warn((0,core_text/* msg */.ab) `Allowlist entry ${(0,core_text/* raw */.lS)(label)} is a broad range for ${(0,core_text/* raw */.lS)(scope)}.`, cidr));
            }
        }
        if (findings.length)
            return findings;
        if (entries.length === 0)
            return [pass((0,core_text/* msg */.ab) `The IP allowlist is empty: no public address may connect.`)];
        const narrowest = Math.min(...entries.map(e => e.cidrMask));
        return [
            pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(entries.length))} allowlist entr${(0,core_text/* raw */.lS)(entries.length === 1 ? 'y' : 'ies')}, none broader than /${(0,core_text/* raw */.lS)(String(narrowest))}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/ldap.ts






/** PASS only for ldapport=636 (the one port CockroachDB dials with TLS); WARN otherwise; INFO without LDAP. */
/* harmony default export */ const ldap = (defineCockroachCheck({
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
        const parsed = parseCrdbHba(settings_setting(facts, HBA_SETTING));
        const rules = parsed.ok ? parsed.rules.filter(r => r.method === 'ldap') : [];
        if (rules.length === 0)
            return [info((0,core_text/* msg */.ab) `No HBA rule uses ldap: LDAP authentication is not configured.`)];
        return rules.map(r => {
            const line = (0,core_text/* raw */.lS)(String(r.lineNumber));
            const server = r.options.ldapserver ?? '(no ldapserver)';
            const invalid = r.optionNames.filter(n => !LDAP_OPTIONS.has(n));
            if (invalid.length)
                return warn((0,core_text/* msg */.ab) `LDAP rule at line ${line} has options CockroachDB rejects (${(0,core_text/* raw */.lS)(invalid.join(', '))}): "invalid LDAP option provided in hba conf", so its logins fail.`, r.display);
            const port = r.options.ldapport;
            if (port === undefined)
                return warn((0,core_text/* msg */.ab) `LDAP rule at line ${line} has no ldapport, which CockroachDB requires ("ldap params in HBA conf missing ldap port"): its logins fail.`, r.display);
            // pkg/ccl/ldapccl/ldap_util.go dials ldaps:// only for port 636 and plain ldap:// (no StartTLS)
            // on every other port; older builds always dialled TLS. 636 is the one safe answer for both.
            if (port !== '636')
                return warn((0,core_text/* msg */.ab) `LDAP rule at line ${line} talks to ${server} on port ${port}: CockroachDB uses TLS only on port 636 and never StartTLS, so this release may send LDAP credentials in clear text; use ldapport=636.`, r.display);
            return pass((0,core_text/* msg */.ab) `LDAP rule at line ${line} uses LDAPS (${server} on port 636).`, r.display);
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

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/license.ts







/**
 * The enterprise licence, decoded locally (never printed). v24.3+ switches nothing off but
 * throttles connections without a valid licence past the 7-day grace period
 * (pkg/ccl/utilccl/license_check.go, newest); before v24.3 an invalid licence (expired, other
 * organization or cluster: License.Check) turns enterprise features such as role-based audit
 * logging off.
 */
/* harmony default export */ const checks_license = (defineCockroachCheck({
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
        const r = (0,license/* cclLicenceAccepted */.t)(lic, ctx.auditedAt, facts.clusterId, settingIfKnown(facts, 'cluster.organization'));
        if (r.accepted === true) {
            const until = lic.validUntil ? `runs until ${lic.validUntil.slice(0, 10)}` : 'has no end date';
            return [pass((0,core_text/* msg */.ab) `The installed ${(0,core_text/* raw */.lS)(lic.type ?? '')} licence ${(0,core_text/* raw */.lS)(until)}: ${(0,core_text/* raw */.lS)(r.why)}.`)];
        }
        return [
            warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(r.why.charAt(0).toUpperCase() + r.why.slice(1))}${(0,core_text/* raw */.lS)(r.accepted === 'maybe' ? '' : `: ${effect}`)}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/log-export.ts





const REQUIRED = ['SESSIONS', 'USER_ADMIN', 'PRIVILEGES', 'SENSITIVE_ACCESS'];
/** Cloud log export ENABLED and not omitting the security channels. */
/* harmony default export */ const log_export = (defineCockroachCheck({
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
        frameworks: AUDIT_LOGGING_CONTROLS
    },
    evaluate(facts) {
        const cluster = (0,core_facts/* need */.$B)(facts.cloud.cluster);
        if (cluster.plan === 'BASIC')
            return [notApplicable((0,core_text/* msg */.ab) `Basic clusters cannot export logs; log export needs Standard or Advanced.`)];
        const le = (0,core_facts/* need */.$B)(facts.cloud.logExport);
        if (le.status !== 'ENABLED')
            return [warn((0,core_text/* msg */.ab) `Log export is ${(0,core_text/* raw */.lS)(le.status)}: no audit trail reaches a SIEM.`)];
        const omitted = REQUIRED.filter(c => le.omittedChannels.includes(c));
        if (omitted.length)
            return [warn((0,core_text/* msg */.ab) `Log export to ${(0,core_text/* raw */.lS)(le.type ?? '?')} omits ${(0,core_text/* raw */.lS)(omitted.join(', '))}.`)];
        // Audit events on SENSITIVE_ACCESS and SESSIONS are logged at INFO: a group that routes them
        // with min_level WARNING or above drops every one of them.
        const dropping = (le.groups ?? []).flatMap(g => ['WARNING', 'ERROR', 'FATAL'].includes(g.minLevel.toUpperCase())
            ? g.channels
                .filter(c => INFO_AUDIT.includes(c.toUpperCase()))
                .map(c => `${c} in group ${g.logName} (min_level ${g.minLevel})`)
            : []);
        if (dropping.length)
            return [
                warn((0,core_text/* msg */.ab) `Log export to ${(0,core_text/* raw */.lS)(le.type ?? '?')} drops every audit event of ${(0,core_text/* raw */.lS)(dropping.join(', '))}: those events are logged at INFO.`)
            ];
        return [
            pass((0,core_text/* msg */.ab) `Log export to ${(0,core_text/* raw */.lS)(le.type ?? '?')} is enabled with every security channel at INFO or below.`)
        ];
    }
}));
const INFO_AUDIT = ['SENSITIVE_ACCESS', 'SESSIONS'];

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/managed-backups.ts




/** The Cloud-managed backup configuration: PASS when on, INFO when off. */
/* harmony default export */ const managed_backups = (defineCockroachCheck({
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
        const b = (0,core_facts/* need */.$B)(facts.cloud.backupsConfig);
        if (!b.enabled)
            return [
                info((0,core_text/* msg */.ab) `Managed backups are disabled; recovery depends on self-managed backup schedules (see crdb/backup-schedules).`)
            ];
        return [
            pass((0,core_text/* msg */.ab) `Managed backups run every ${(0,core_text/* raw */.lS)(String(b.frequencyMinutes))} minutes and are kept ${(0,core_text/* raw */.lS)(String(b.retentionDays))} days.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/password-hashing.ts




/** scram-sha-256 PASS; crdb-bcrypt WARN. */
/* harmony default export */ const password_hashing = (defineCockroachCheck({
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
        const v = settings_setting(facts, 'server.user_login.password_encryption');
        if (v === 'scram-sha-256')
            return [pass((0,core_text/* msg */.ab) `Passwords are hashed with ${v}.`)];
        return [
            warn((0,core_text/* msg */.ab) `Passwords are hashed with ${v}: clients send the cleartext password at login (use scram-sha-256).`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/password-policy.ts






/** server.user_login.min_password_length: >=12 PASS, 8-11 WARN, <8 FAIL (the default is 1). */
/* harmony default export */ const cockroachdb_checks_password_policy = (defineCockroachCheck({
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
        frameworks: PASSWORD_POLICY_CONTROLS
    },
    evaluate(facts, ctx) {
        const n = Number(settings_setting(facts, 'server.user_login.min_password_length'));
        const head = `server.user_login.min_password_length is ${n}`;
        // Pre-hashed passwords skip the length rule (cockroach pkg/security/password.go); default true.
        const preHashed = settingIfKnown(facts, 'server.user_login.store_client_pre_hashed_passwords.enabled');
        if (n >= 12) {
            if (preHashed === undefined)
                (0,core_facts/* need */.$B)(facts.settings['server.user_login.store_client_pre_hashed_passwords.enabled']);
            if (isTrue(preHashed)) {
                const text = (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}, but server.user_login.store_client_pre_hashed_passwords.enabled is on: a client that sends an already hashed password bypasses the minimum length.`;
                return [ctx.environment === 'production' ? warn(text) : pass(text)];
            }
            return [
                pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}, and pre-hashed passwords are refused, so every new password is checked.`)
            ];
        }
        if (n >= 8)
            return [warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: below the 12 characters PCI DSS 8.3.6 asks for.`)];
        return [
            fail((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}${(0,core_text/* raw */.lS)(n <= 1 ? ' (the default)' : '')}: passwords of ${(0,core_text/* raw */.lS)(String(Math.max(n, 1)))} character${(0,core_text/* raw */.lS)(n <= 1 ? '' : 's')} are accepted.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/private-endpoints.ts





/** Private connectivity by plan: Advanced expects an available private endpoint connection. */
/* harmony default export */ const private_endpoints = (defineCockroachCheck({
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
        frameworks: NETWORK_BOUNDARY_CONTROLS
    },
    evaluate(facts) {
        const cluster = (0,core_facts/* need */.$B)(facts.cloud.cluster);
        if (cluster.plan === 'BASIC')
            return [info((0,core_text/* msg */.ab) `Private endpoints are not available on the Basic plan.`)];
        const pe = (0,core_facts/* need */.$B)(facts.cloud.privateEndpoints);
        const availableConns = pe.connections.filter(c => c.status === 'STATUS_AVAILABLE');
        const egress = facts.cloud.egress.ok
            ? `; ${(0,core_text/* plural */.LS)(facts.cloud.egress.value.endpoints.length, 'egress private endpoint')}`
            : '; egress endpoints unknown';
        const policy = cluster.egressTrafficPolicy
            ? `, egress traffic policy ${cluster.egressTrafficPolicy}`
            : '';
        const tail = `${egress}${policy}`;
        if (availableConns.length > 0) {
            return [
                pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* plural */.LS)(availableConns.length, 'private endpoint connection'))} available (${(0,core_text/* raw */.lS)(availableConns.map(c => c.region).join(', '))})${(0,core_text/* raw */.lS)(tail)}.`)
            ];
        }
        const pending = pe.connections.length
            ? ` (${pe.connections.map(c => `${c.endpointId} ${c.status}`).join(', ')})`
            : '';
        if (cluster.plan === 'ADVANCED') {
            return [
                warn((0,core_text/* msg */.ab) `No private endpoint connection is available${(0,core_text/* raw */.lS)(pending)}: clients reach the cluster over the internet${(0,core_text/* raw */.lS)(tail)}.`)
            ];
        }
        return [
            info((0,core_text/* msg */.ab) `No private endpoint connection${(0,core_text/* raw */.lS)(pending)}; private endpoints are available on the ${(0,core_text/* raw */.lS)(cluster.plan)} plan${(0,core_text/* raw */.lS)(tail)}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/public-privileges.ts




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
/* harmony default export */ const public_privileges = (defineCockroachCheck({
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
        const grants = (0,core_facts/* need */.$B)(facts.publicGrants).filter(g => !(g.schema && (SYSTEM_SCHEMAS.has(g.schema) || /^pg_temp_/.test(g.schema))));
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
                findings.push(fail((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(type)} ${name} grants ${(0,core_text/* raw */.lS)(privs.join(', '))} to public: every user can read or change it.`, name));
            }
            else {
                findings.push(warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(type.replace('_', ' '))} ${name} grants ${(0,core_text/* raw */.lS)(privs.join(', '))} to public, beyond CockroachDB's default grants.`, name));
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
            pass((0,core_text/* msg */.ab) `public holds only CockroachDB's default grants in the ${(0,core_text/* raw */.lS)((0,core_text/* plural */.LS)(dbs, 'database'))} audited.`)
        ];
        if (withCreate.length)
            out.push(info((0,core_text/* msg */.ab) `By default public may create objects in schema public (sql.auth.public_schema_create_privilege.enabled): ${(0,core_text/* valueList */.Q0)(withCreate)}; revoke it where only owners should create objects.`));
        return out;
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/scim.ts



const scim_ID = 'crdb/scim';
/** SCIM provisioning from the identity provider: attestation only (no read API). */
/* harmony default export */ const scim = (defineCockroachCheck({
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

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/sensitive-redaction.ts







/**
 * Secrets live inside settings: the LDAP bind password in the HBA text (`ldapbindpasswd=`), the
 * identity map. server.redact_sensitive_settings.enabled hides them from users with only
 * VIEWCLUSTERSETTING (pkg/settings/registry.go, masked.go); the docs' LDAP setup recommends it.
 */
/* harmony default export */ const sensitive_redaction = (defineCockroachCheck({
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
        frameworks: AUTHENTICATION_CONTROLS
    },
    evaluate(facts) {
        const on = isTrue((0,core_facts/* need */.$B)(facts.settings['server.redact_sensitive_settings.enabled']));
        if (on)
            return [
                pass((0,core_text/* msg */.ab) `server.redact_sensitive_settings.enabled is on: sensitive settings read <redacted> for VIEWCLUSTERSETTING-only users.`)
            ];
        const hba = (0,core_facts/* need */.$B)(facts.settings[HBA_SETTING]);
        const identity = settingIfKnown(facts, 'server.identity_map.configuration') ?? '';
        const secrets = [
            /ldapbindpasswd=/i.test(hba) && 'the HBA text carries an LDAP bind password (ldapbindpasswd)',
            identity.trim() !== '' && 'server.identity_map.configuration is set'
        ].filter(Boolean);
        if (secrets.length)
            return [
                warn((0,core_text/* msg */.ab) `server.redact_sensitive_settings.enabled is off while ${(0,core_text/* raw */.lS)(secrets.join(' and '))}: every holder of VIEWCLUSTERSETTING can read them.`)
            ];
        return [
            info((0,core_text/* msg */.ab) `server.redact_sensitive_settings.enabled is off; no LDAP bind password or identity map is set.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/session-logging.ts





/** Connection and session events on the SESSIONS channel, the companion of SENSITIVE_ACCESS. */
/* harmony default export */ const session_logging = (defineCockroachCheck({
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
        frameworks: AUDIT_LOGGING_CONTROLS
    },
    evaluate(facts) {
        const conn = isTrue(settings_setting(facts, 'server.auth_log.sql_connections.enabled'));
        const sess = isTrue(settings_setting(facts, 'server.auth_log.sql_sessions.enabled'));
        if (conn && sess)
            return [pass((0,core_text/* msg */.ab) `Connection and session events are logged (SESSIONS channel).`)];
        const off = [
            !conn && 'server.auth_log.sql_connections.enabled',
            !sess && 'server.auth_log.sql_sessions.enabled'
        ]
            .filter(Boolean)
            .join(' and ');
        return [
            warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(off)} ${(0,core_text/* raw */.lS)(off.includes(' and ') ? 'are' : 'is')} off: logins and sessions cannot be reconstructed from the logs.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/session-revival-token.ts





/**
 * server.user_login.session_revival_token.enabled (hidden, default false): a session revival token
 * authenticates a new session with no password or certificate (cockroach
 * pkg/sql/session_revival_token.go). It exists for the Serverless SQL proxy; on a self-hosted
 * cluster it is a credential bypass.
 */
/* harmony default export */ const session_revival_token = (defineCockroachCheck({
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
        frameworks: AUTHENTICATION_CONTROLS
    },
    evaluate(facts) {
        const on = isTrue(settings_setting(facts, 'server.user_login.session_revival_token.enabled'));
        return on
            ? [
                fail((0,core_text/* msg */.ab) `server.user_login.session_revival_token.enabled is on: a session revival token opens a new session without a password or certificate (meant only for CockroachDB's Serverless SQL proxy).`)
            ]
            : [pass((0,core_text/* msg */.ab) `server.user_login.session_revival_token.enabled is off (the default).`)];
    }
}));

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
/* harmony default export */ const system_privileges = (defineCockroachCheck({
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
        frameworks: PRIVILEGED_ACCESS_CONTROLS
    },
    evaluate(facts, ctx) {
        const grants = (0,core_facts/* need */.$B)(facts.systemGrants);
        const users = (0,core_facts/* need */.$B)(facts.users);
        const canLogin = sqlLoginFilter(ctx.auditedAt, grants);
        const admins = new Set(['admin', 'root', ...adminMembers(users, canLogin).map(a => a.name)]);
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
                .filter(u => u.username !== h.holder && canLogin(u) && belongsTo(users, u.username, h.holder))
                .map(u => u.username);
            const isRole = holder !== undefined && !canLogin(holder);
            findings.push(warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(isRole ? 'Role' : 'User')} ${h.holder} holds ${(0,core_text/* raw */.lS)(h.privilege)} as a ${(0,core_text/* raw */.lS)(h.source)}${(0,core_text/* raw */.lS)(h.grantable ? ' WITH GRANT OPTION' : '')} without being a member of admin${(0,core_text/* raw */.lS)(inheritors.length ? `; login members (who inherit system privileges through the role): ${inheritors.join(', ')}` : '')}.`, `${h.holder}:${h.privilege}`));
        }
        if (findings.length)
            return findings;
        return [
            info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* plural */.LS)(grants.length, 'system grant'))} and role options checked; non-admin holders hold only limited privileges${(0,core_text/* raw */.lS)(rest.length ? ` (${rest.join(', ')})` : '')}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/table-audit.ts





/** Tables under ALTER TABLE ... EXPERIMENTAL_AUDIT (crdb_internal.tables audit_mode): evidence only. */
/* harmony default export */ const table_audit = (defineCockroachCheck({
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
        frameworks: AUDIT_LOGGING_CONTROLS
    },
    evaluate(facts) {
        const tables = (0,core_facts/* need */.$B)(facts.auditedTables);
        if (tables.length === 0)
            return [
                info((0,core_text/* msg */.ab) `No table has EXPERIMENTAL_AUDIT: table-level audit events (sensitive_table_access) are not emitted.`)
            ];
        return [
            info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(tables.length === 1 ? '1 table emits' : `${tables.length} tables emit`)} sensitive_table_access events: ${(0,core_text/* valueList */.Q0)(tables.map(t => `${t.database}.${t.schema}.${t.table} (${t.mode})`))}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/tls.ts






const byExpiry = judgeCertificateExpiry;
/** Cloud: enforced. Self-hosted: no --insecure, TLS offered, certificates served (and in --certs-dir) not near expiry. */
/* harmony default export */ const checks_tls = (defineCockroachCheck({
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
        frameworks: TRANSIT_CONTROLS
    },
    evaluate(facts, ctx) {
        if (ctx.deployment === 'cloud')
            return [pass((0,core_text/* msg */.ab) `CockroachDB Cloud enforces TLS on every SQL connection.`)];
        const findings = [];
        if (facts.nodeArgs.ok) {
            for (const n of facts.nodeArgs.value) {
                const flag = n.args.find(a => a === '--insecure' || a.startsWith('--insecure=') || a.startsWith('--accept-sql-without-tls'));
                if (flag && flag !== '--insecure=false')
                    findings.push(fail((0,core_text/* msg */.ab) `Node n${(0,core_text/* raw */.lS)(String(n.nodeId))} runs with ${flag}: SQL clients may connect without TLS.`, `n${n.nodeId}`));
            }
        }
        const tls = (0,core_facts/* need */.$B)(facts.tls);
        if (!tls.offered) {
            findings.push(fail((0,core_text/* msg */.ab) `The SQL port does not offer TLS: the cluster runs insecure.`));
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

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/user-audit-config.ts









/**
 * Parses sql.log.user_audit with CockroachDB's rules and evaluates first-match for every user over
 * the real (nested) role memberships.
 */
/* harmony default export */ const user_audit_config = (defineCockroachCheck({
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
        frameworks: AUDIT_LOGGING_CONTROLS
    },
    evaluate(facts, ctx) {
        const value = settings_setting(facts, 'sql.log.user_audit');
        if (value.trim() === '')
            return [info((0,core_text/* msg */.ab) `sql.log.user_audit is not set (see crdb/audit-logging).`)];
        const parsed = parseUserAudit(value);
        if (!parsed.ok) {
            return [
                fail((0,core_text/* msg */.ab) `sql.log.user_audit does not parse: ${parsed.error}. CockroachDB falls back to an empty configuration, so nothing is audited.`)
            ];
        }
        const users = (0,core_facts/* need */.$B)(facts.users);
        const names = new Set(users.map(u => u.username));
        const findings = [];
        const effect = userAuditEffect(facts, ctx);
        const canLogin = sqlLoginFilter(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
        const admins = new Set(adminMembers(users, canLogin).map(a => a.name));
        const decide = (name) => auditDecision(parsed.rules, name, membershipView(users, name), effect.rolesOnly);
        for (const u of users.filter(x => canLogin(x))) {
            const d = decide(u.username);
            if (admins.has(u.username) && d.rule?.filter === 'NONE') {
                findings.push(warn((0,core_text/* msg */.ab) `Admin member ${u.username} first matches line ${(0,core_text/* raw */.lS)(String(d.rule.lineNumber))} (${d.rule.role} NONE), so none of its statements are audited.`, u.username));
            }
        }
        for (const r of unreachableRules(parsed.rules)) {
            findings.push(warn((0,core_text/* msg */.ab) `Line ${(0,core_text/* raw */.lS)(String(r.lineNumber))} (${r.role} ${(0,core_text/* raw */.lS)(r.filter)}) can never match: an earlier all row matches every user first.`, `line ${r.lineNumber}`));
        }
        for (const r of parsed.rules) {
            if (effect.rolesOnly &&
                r.role !== 'all' &&
                r.role !== 'admin' &&
                users.some(u => u.username === r.role) &&
                !users.some(u => u.memberOf.includes(r.role))) {
                findings.push(warn((0,core_text/* msg */.ab) `Line ${(0,core_text/* raw */.lS)(String(r.lineNumber))} names user ${r.role} directly: v23.2 matches role memberships only, so it never audits that user (name a role the user belongs to).`, `line ${r.lineNumber}`));
            }
            if (r.role !== 'all' && !names.has(r.role)) {
                findings.push(warn((0,core_text/* msg */.ab) `Line ${(0,core_text/* raw */.lS)(String(r.lineNumber))} names ${r.role}, which is no user or role.`, `line ${r.lineNumber}`));
            }
        }
        if (effect.effective === false)
            findings.push(fail((0,core_text/* msg */.ab) `sql.log.user_audit has no effect on this release: ${(0,core_text/* raw */.lS)(effect.why)}.`));
        else if (effect.effective === 'maybe')
            findings.push(warn((0,core_text/* msg */.ab) `sql.log.user_audit may have no effect: ${(0,core_text/* raw */.lS)(effect.why)}.`));
        if (isTrue(settingIfKnown(facts, 'sql.log.user_audit.reduced_config.enabled'))) {
            findings.push(info((0,core_text/* msg */.ab) `sql.log.user_audit.reduced_config.enabled is on: the configuration is computed once per session; changes need new sessions.`));
        }
        const decisions = users
            .filter(x => canLogin(x))
            .map(u => {
            const d = decide(u.username);
            return `${u.username} ${d.audited ? 'audited' : 'not audited'}${d.rule ? ` (line ${d.rule.lineNumber} ${d.rule.role} ${d.rule.filter})` : ' (no row matches)'}`;
        });
        findings.push(info((0,core_text/* msg */.ab) `Effective decisions: ${decisions.join('; ')}.`));
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/users-roles.ts





const STALE_DAYS = 90;
/** Inventory (INFO); WARN for login users not seen for 90+ days where v25.3+ records last logins. */
/* harmony default export */ const users_roles = (defineCockroachCheck({
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
        const canLogin = sqlLoginFilter(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
        const logins = users.filter(u => canLogin(u));
        const roles = users.filter(u => !isUserNotRole(u));
        const blocked = users.filter(u => isUserNotRole(u) && !canLogin(u));
        const withOptions = users.filter(u => u.options.some(o => o.toUpperCase() !== 'NOLOGIN'));
        const memberships = users.reduce((n, u) => n + u.memberOf.length, 0);
        const findings = [
            info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(users.length))} principals: ${(0,core_text/* raw */.lS)(String(logins.length))} can log in (${(0,core_text/* valueList */.Q0)(logins.map(u => u.username))}), ${(0,core_text/* raw */.lS)(String(roles.length))} are roles${(0,core_text/* raw */.lS)(blocked.length ? `, ${blocked.length} cannot use SQL (NOSQLLOGIN or VALID UNTIL passed)` : '')}; ${(0,core_text/* raw */.lS)(String(memberships))} memberships; ${(0,core_text/* raw */.lS)(String(withOptions.length))} with role options.`)
        ];
        const cutoff = ctx.auditedAt.getTime() - STALE_DAYS * 86400000;
        for (const u of logins) {
            if (u.lastLogin && Date.parse(u.lastLogin) < cutoff) {
                findings.push(warn((0,core_text/* msg */.ab) `Login user ${u.username} was last seen on ${(0,core_text/* raw */.lS)(u.lastLogin.slice(0, 10))}, over ${(0,core_text/* raw */.lS)(String(STALE_DAYS))} days ago.`, u.username));
            }
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/version.ts





/** INFO version, plan, regions, provider, nodes; WARN when the release line is out of support. */
/* harmony default export */ const cockroachdb_checks_version = (defineCockroachCheck({
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
            return [info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: the release line is not in the release table of ${(0,core_text/* raw */.lS)(asOf)}.`)];
        const kind = support.lts
            ? ` (LTS from ${v.line}.${support.line.ltsFromPatch})`
            : support.line.innovation
                ? ' (innovation release)'
                : '';
        if (support.endOfMaintenance < ctx.auditedAt.toISOString().slice(0, 10)) {
            return [
                warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: v${(0,core_text/* raw */.lS)(v.release)}${(0,core_text/* raw */.lS)(kind)} left maintenance support on ${(0,core_text/* raw */.lS)(support.endOfMaintenance)} (release table of ${(0,core_text/* raw */.lS)(asOf)}).`)
            ];
        }
        return [
            info((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: v${(0,core_text/* raw */.lS)(v.release)}${(0,core_text/* raw */.lS)(kind)} is supported until ${(0,core_text/* raw */.lS)(support.endOfMaintenance)} (release table of ${(0,core_text/* raw */.lS)(asOf)}).`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/index.ts



































/** Every crdb/* check, sorted by id (the report groups them by dimension). */
const cockroachChecks = [
    checks_admin_users,
    api_keys,
    audit_logging,
    backup_schedules,
    client_certificates,
    cmek,
    console_admins,
    console_sso,
    checks_crypto_posture,
    database_sso,
    db_console_sessions,
    delete_protection,
    egress_policy,
    cockroachdb_checks_encryption_at_rest,
    checks_hba,
    identity_map,
    ip_allowlist,
    ldap,
    checks_license,
    log_export,
    managed_backups,
    password_hashing,
    cockroachdb_checks_password_policy,
    private_endpoints,
    public_privileges,
    scim,
    sensitive_redaction,
    session_logging,
    session_revival_token,
    system_privileges,
    table_audit,
    checks_tls,
    user_audit_config,
    users_roles,
    cockroachdb_checks_version
];

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
                ? known(isTrue(f.value))
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
        const parsed = parseUserAudit(ua.value);
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
        collect: async (env) => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(604)]).then(__webpack_require__.bind(__webpack_require__, 10604))).collectCockroach(env, handoff),
        observed: observedCockroach
    };
}

;// CONCATENATED MODULE: ./src/scan/sql/scan-checks.ts
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

;// CONCATENATED MODULE: ./src/scan/terraform/checks/aws-backup-retention.ts



/** backup_retention_period: 0 turns automated backups (and point-in-time recovery) off. */
/* harmony default export */ const aws_backup_retention = (defineCheck({
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
        const days = (0,core_facts/* need */.$B)(facts.value);
        if (days <= 0)
            return [
                fail((0,core_text/* msg */.ab) `${facts.address} keeps no automated backups (retention 0 days): no point-in-time recovery.`)
            ];
        if (days < 7)
            return [warn((0,core_text/* msg */.ab) `${facts.address} keeps automated backups ${(0,core_text/* raw */.lS)((0,core_text/* plural */.LS)(days, 'day'))}, less than 7.`)];
        return [pass((0,core_text/* msg */.ab) `${facts.address} keeps automated backups ${(0,core_text/* raw */.lS)(String(days))} days.`)];
    }
}));

;// CONCATENATED MODULE: ./src/scan/terraform/checks/aws-deletion-protection.ts



/** aws_db_instance / aws_rds_cluster deletion_protection (default false). */
/* harmony default export */ const aws_deletion_protection = (defineCheck({
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
        return (0,core_facts/* need */.$B)(facts.value)
            ? [pass((0,core_text/* msg */.ab) `${facts.address} has deletion protection enabled.`)]
            : [warn((0,core_text/* msg */.ab) `${facts.address} has deletion protection disabled: one API call deletes the database.`)];
    }
}));

;// CONCATENATED MODULE: ./src/scan/terraform/checks/aws-public-access.ts



/** aws_db_instance / aws_rds_cluster_instance publicly_accessible (default false). */
/* harmony default export */ const aws_public_access = (defineCheck({
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
        return (0,core_facts/* need */.$B)(facts.value)
            ? [
                warn((0,core_text/* msg */.ab) `${facts.address} is publicly accessible: it gets a public IP address and only its security groups stand between it and the internet.`)
            ]
            : [pass((0,core_text/* msg */.ab) `${facts.address} is not publicly accessible.`)];
    }
}));

;// CONCATENATED MODULE: ./src/scan/terraform/checks/aws-storage-encrypted.ts



/** aws_db_instance / aws_rds_cluster storage_encrypted (default false). */
/* harmony default export */ const aws_storage_encrypted = (defineCheck({
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
        return (0,core_facts/* need */.$B)(facts.value)
            ? [pass((0,core_text/* msg */.ab) `${facts.address} encrypts its storage.`)]
            : [
                fail((0,core_text/* msg */.ab) `${facts.address} does not encrypt its storage: data files, snapshots and backups are stored unencrypted.`, undefined, 'not-enabled')
            ];
    }
}));

;// CONCATENATED MODULE: ./src/scan/terraform/checks/crdb-network-visibility.ts



/**
 * cockroach_cluster dedicated.private_network_visibility: PRIVATE clusters have no public endpoint,
 * so an allowlist entry exposes nothing to the internet (the Cloud API's network_visibility).
 */
/* harmony default export */ const crdb_network_visibility = (defineCheck({
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
        const v = (0,core_facts/* need */.$B)(facts.value);
        if (v.plan !== 'ADVANCED')
            return [
                notApplicable((0,core_text/* msg */.ab) `Network visibility is chosen only on Advanced clusters; ${facts.address} is ${v.plan}.`)
            ];
        if (v.private)
            return [
                pass((0,core_text/* msg */.ab) `${facts.address} has private network visibility: the cluster has no public endpoint.`)
            ];
        return [
            info((0,core_text/* msg */.ab) `${facts.address} has public network visibility: the IP allowlist alone decides who reaches the cluster from the internet.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/scan/terraform/checks/crdb-plan.ts



const MISSING = {
    BASIC: 'CMEK, private endpoints and log export are not available on it',
    STANDARD: 'CMEK and private network visibility need the Advanced plan',
    ADVANCED: 'CMEK, private endpoints and log export are all available'
};
/** The cockroach_cluster plan: which Cloud security features the cluster can use at all. */
/* harmony default export */ const crdb_plan = (defineCheck({
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
        const plan = (0,core_facts/* need */.$B)(facts.value);
        return [
            info((0,core_text/* msg */.ab) `${facts.address} is on the ${plan} plan: ${(0,core_text/* raw */.lS)(MISSING[plan] ?? 'an unrecognised plan')}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/scan/terraform/checks/gcp-authorized-networks.ts




/** Cloud SQL ip_configuration: public IP and the authorized networks that may reach it. */
/* harmony default export */ const gcp_authorized_networks = (defineCheck({
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
        const v = (0,core_facts/* need */.$B)(facts.value);
        if (!v.publicIp)
            return [pass((0,core_text/* msg */.ab) `${facts.address} has no public IP address.`)];
        const out = [];
        for (const n of v.networks) {
            const c = parseCidr(n);
            if (!c)
                out.push(warn((0,core_text/* msg */.ab) `${facts.address} authorizes ${n}, which is not an address range.`, n));
            else if (isAnyAddress(c))
                out.push(fail((0,core_text/* msg */.ab) `${facts.address} authorizes ${n}: the whole internet may connect to its public IP.`, n));
            else if (isBroad(c))
                out.push(warn((0,core_text/* msg */.ab) `${facts.address} authorizes the broad range ${n}.`, n));
        }
        if (out.length)
            return out;
        return [
            pass((0,core_text/* msg */.ab) `${facts.address} has a public IP reachable only from ${String(v.networks.length)} narrow authorized network(s).`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/scan/terraform/checks/gcp-backups.ts



/** Cloud SQL backup_configuration: automated backups and point-in-time recovery. */
/* harmony default export */ const gcp_backups = (defineCheck({
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
        const v = (0,core_facts/* need */.$B)(facts.value);
        if (!v.enabled)
            return [warn((0,core_text/* msg */.ab) `${facts.address} has automated backups disabled.`)];
        if (!v.pitr)
            return [warn((0,core_text/* msg */.ab) `${facts.address} has automated backups but no point-in-time recovery.`)];
        return [pass((0,core_text/* msg */.ab) `${facts.address} has automated backups with point-in-time recovery${(0,core_text/* raw */.lS)('')}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/scan/terraform/checks/gcp-ssl-mode.ts



/** Cloud SQL ssl_mode (or the older require_ssl): whether connections without TLS are accepted. */
/* harmony default export */ const gcp_ssl_mode = (defineCheck({
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
        const mode = (0,core_facts/* need */.$B)(facts.value);
        if (mode === 'ENCRYPTED_ONLY' || mode === 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED')
            return [pass((0,core_text/* msg */.ab) `${facts.address} accepts only TLS connections (ssl_mode ${mode}).`)];
        return [fail((0,core_text/* msg */.ab) `${facts.address} accepts connections without TLS (ssl_mode ${mode}).`)];
    }
}));

;// CONCATENATED MODULE: ./src/scan/terraform/checks/literal-password.ts



/**
 * A password written into the repository: a literal, a variable's literal default, or a plan file
 * holding it. The value itself is never read into any message.
 */
/* harmony default export */ const literal_password = (defineCheck({
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
        const v = (0,core_facts/* need */.$B)(facts.value);
        if (v.literal)
            return [
                fail((0,core_text/* msg */.ab) `${facts.address}.${(0,core_text/* raw */.lS)(v.attr)} is a literal password ${(0,core_text/* raw */.lS)(v.where)}: the secret is in the repository.`)
            ];
        return [pass((0,core_text/* msg */.ab) `${facts.address}.${(0,core_text/* raw */.lS)(v.attr)} comes from ${v.where}, not from the repository.`)];
    }
}));

;// CONCATENATED MODULE: ./src/scan/terraform/checks/pg-role-privileges.ts



const WHY = {
    superuser: 'SUPERUSER (bypasses every permission check)',
    create_role: 'CREATEROLE (can create roles and grant itself their memberships)',
    bypass_row_level_security: 'BYPASSRLS (ignores every row-level security policy)',
    replication: 'REPLICATION (can stream the whole cluster)'
};
/** postgresql_role: the attributes pg/superusers and pg/privileged-roles look for on a live server. */
/* harmony default export */ const pg_role_privileges = (defineCheck({
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
        const attrs = (0,core_facts/* need */.$B)(facts.value);
        if (!attrs.length)
            return [pass((0,core_text/* msg */.ab) `${facts.address} has no superuser, createrole, bypassrls or replication attribute.`)];
        return attrs.map(a => warn((0,core_text/* msg */.ab) `${facts.address} is created with ${(0,core_text/* raw */.lS)(WHY[a] ?? a)}.`, a));
    }
}));

;// CONCATENATED MODULE: ./src/scan/terraform/checks/rds-force-ssl.ts



/** rds.force_ssl in an RDS / Aurora PostgreSQL parameter group: 1 refuses connections without TLS. */
/* harmony default export */ const rds_force_ssl = (defineCheck({
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
        const v = (0,core_facts/* need */.$B)(facts.value);
        if (v.value.trim() === '1')
            return [
                pass((0,core_text/* msg */.ab) `${facts.address} sets rds.force_ssl to 1 (${v.source}): connections without TLS are refused.`)
            ];
        return [
            fail((0,core_text/* msg */.ab) `${facts.address} has rds.force_ssl ${v.value} (${v.source}): clients may connect without TLS.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/scan/terraform/checks/index.ts












/** The Terraform-only checks (ids tf/*), for the baseline loader and the README catalogue. */
const TERRAFORM_CHECKS = [
    aws_backup_retention.meta,
    aws_deletion_protection.meta,
    aws_public_access.meta,
    aws_storage_encrypted.meta,
    crdb_network_visibility.meta,
    crdb_plan.meta,
    gcp_authorized_networks.meta,
    gcp_backups.meta,
    gcp_ssl_mode.meta,
    literal_password.meta,
    pg_role_privileges.meta,
    rds_force_ssl.meta
];

;// CONCATENATED MODULE: ./src/scan/catalogue.ts


/**
 * The checks only `db-posture scan` reports (tf/*, scan/*); the others it reports are live checks
 * under their own ids. A repository keeps one baseline file for the audit and the scan, so the
 * baseline loader must accept waivers for these ids wherever it reads that file.
 */
const SCAN_ONLY_CHECKS = [
    ...TERRAFORM_CHECKS,
    SQL_PASSWORD,
    SUPERUSER_ROLE,
    SCHEMA_CREATE,
    C_FUNCTION,
    CRDB_GRANT_ADMIN,
    PARSE
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
    const { chooseSqlEngine } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(946)]).then(__webpack_require__.bind(__webpack_require__, 43946));
    const { engine, handoff } = await chooseSqlEngine(ep, { connectTimeoutMs: options.connectTimeoutMs, statementTimeoutMs: options.statementTimeoutMs }, redactor);
    return (engine === 'cockroachdb' ? cockroachEngine(handoff) : postgresEngine(hooks, handoff));
}
/** How the user gave the connection string: `--url`, `DB_POSTURE_URL` or an action input. */
function label(options, _key) {
    return options.urlSource ?? '--url';
}

;// CONCATENATED MODULE: ./src/diff/markdown.ts


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
    const object = e.object !== undefined ? ` ${(0,core_text/* codeSpan */.SS)(e.object)}` : '';
    const notes = [
        e.waived ? 'waived' : '',
        e.checkChange === 'appeared' ? 'new check' : e.checkChange === 'vanished' ? 'check removed' : ''
    ].filter(Boolean);
    return `- ${status} ${(0,core_text/* codeSpan */.SS)(e.checkId)}${object}: ${(0,core_text/* codeSpan */.SS)(e.detail)}${notes.length ? ` *(${notes.join(', ')})*` : ''}`;
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
        const list = (ids) => ids.map(core_text/* codeSpan */.SS).join(', ');
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
    const unchangedProblems = diff.unchanged.filter(e => isProblem(e.headStatus));
    const lines = [
        `# db-posture diff: ${codeSpan(diff.target.name)} (${diff.target.engine})`,
        '',
        renderSinceSection(diff, { heading: '##', limit }).trimEnd(),
        ''
    ];
    if (unchangedProblems.length) {
        lines.push('<details><summary>Unchanged</summary>', '', ...section('Unchanged', unchangedProblems, limit), '</details>', '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}

;// CONCATENATED MODULE: ./src/core/policy-annotation.ts
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
        parts.push(policyMarkdown(p));
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
        `**Engine:** ${ENGINE_NAMES[t.engine]}`
    ];
    if (t.clusterId)
        lines.push(`**Cluster ID:** ${(0,core_text/* codeSpan */.SS)(t.clusterId)}`);
    if (t.plan)
        lines.push(`**Plan:** ${(0,core_text/* codeSpan */.SS)(t.plan)}`);
    if (t.version)
        lines.push(`**Version:** ${(0,core_text/* codeSpan */.SS)(t.version)}`);
    if (t.regions?.length)
        lines.push(`**Regions:** ${t.regions.map(core_text/* codeSpan */.SS).join(', ')}`);
    lines.push(`**Deployment:** ${DEPLOYMENT_NAMES[t.deployment]}`);
    lines.push(`**Environment:** ${c.environment}`);
    lines.push(`**Compliance:** ${c.compliance.length ? c.compliance.map(x => COMPLIANCE_NAMES[x]).join(', ') : '(none specified)'}`);
    lines.push(`**Data Sensitivity:** ${SENSITIVITY_NAMES[c.dataSensitivity]}`);
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
        const blocking = report.findings.filter(f => blocksReportGate(report, f)).length;
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
            ...STATUSES.map(s => `| ${s} | ${report.summary[s]} | ${delta(report.summary[s] - (before.get(s) ?? 0))} |`)
        ];
    }
    return [
        '| Status | Count |',
        '|--------|-------|',
        ...STATUSES.map(s => `| ${s} | ${report.summary[s]} |`)
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
        ...(report.comparison ? [renderSinceSection(report.comparison.diff).trimEnd(), ''] : []),
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
            const check = checkIn(report.checks, f.checkId);
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

;// CONCATENATED MODULE: ./src/report/fit.ts

/**
 * The layouts a budgeted view (job summary, PR comment) tries in turn until one fits. PASS/INFO/N/A
 * detail goes first, then every check's list of findings shrinks evenly (each check keeps the same
 * number of lines, so one check with 12,000 findings cannot crowd out the others), then the objects
 * named on each check's line. A FAIL, WARN or UNKNOWN check's line and the section headings stay.
 */
const SHRINK_STEPS = [
    FULL_LAYOUT,
    { ...FULL_LAYOUT, quiet: 'lines' },
    { ...FULL_LAYOUT, quiet: 'counts' },
    ...[10000, 3000, 1000, 300, 100, 30, 10, 3, 1].map((k) => ({
        linesPerCheck: k,
        inline: 5,
        quiet: 'counts',
        listCap: Math.max(k, 10)
    })),
    { linesPerCheck: 0, inline: 5, quiet: 'counts', listCap: 10 },
    { linesPerCheck: 0, inline: 3, quiet: 'counts', listCap: 5 },
    { linesPerCheck: 0, inline: 1, quiet: 'counts', listCap: 3 },
    { linesPerCheck: 0, inline: 0, quiet: 'counts', listCap: 1 }
];
/**
 * Renders with the first layout whose output fits `budget` (as `size` measures it). When even the
 * last does not (only a report with hundreds of failing checks or a tiny budget), the smallest
 * rendering is cut at a line boundary, with an open code fence closed, and `note` appended.
 */
function fitToBudget(render, size, budget, note, 
// Another view (the fleet summary) passes its own layouts.
steps = SHRINK_STEPS) {
    let text = '';
    for (const [i, layout] of steps.entries()) {
        text = render(layout, i > 0);
        if (size(text) <= budget)
            return { text, shortened: i > 0, cut: false };
    }
    const room = budget - size(note) - 8;
    let cut = text;
    while (cut.length > 0 && size(cut) > room)
        cut = cut.slice(0, Math.max(0, cut.length - Math.max(64, cut.length >> 4)));
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    if ((cut.match(/^```/gm) ?? []).length % 2 === 1)
        cut += '\n```';
    return { text: `${cut}\n\n${note}\n`, shortened: true, cut: true };
}

;// CONCATENATED MODULE: ./src/report/summary.ts



/** GitHub drops a step summary over 1 MiB entirely; stay well below it. */
const SUMMARY_BUDGET = 900 * 1024;
const bytes = (s) => Buffer.byteLength(s, 'utf8');
/** Where the full report is, said only as far as it is true (the upload may not have happened). */
function fullReportWhere(reportName, uploaded) {
    return uploaded
        ? `the full report is ${(0,core_text/* codeSpan */.SS)(reportName)} in the run's artifact`
        : `the full report is ${(0,core_text/* codeSpan */.SS)(reportName)} in the output directory (no artifact was uploaded)`;
}
/**
 * The job summary: the markdown report, shrunk to fit the budget by the layouts of fit.ts (quiet
 * detail first, then every check's finding list evenly), so every FAIL, WARN and UNKNOWN check and
 * every section heading (Baseline, Remediation, Notes) stays. A shortened summary says so at the top.
 */
function renderSummary(report, o) {
    const where = fullReportWhere(o.reportName, o.uploaded);
    const note = `> Shortened to fit a job summary: ${where}.`;
    return fitToBudget((layout, shortened) => {
        const md = renderMarkdown(report, layout, o.sections);
        if (!shortened)
            return md;
        // After the header block, before the gate line: seen before the lists it explains.
        const at = md.indexOf('\n**Gate:**');
        return at < 0 ? `${note}\n\n${md}` : `${md.slice(0, at)}\n${note}\n${md.slice(at)}`;
    }, bytes, o.budget ?? SUMMARY_BUDGET, `> The report is longer than a job summary allows; ${where}.`).text;
}
/**
 * Caps a free-form markdown report (the configuration scan's, the hunt's) under the job-summary
 * limit: it has no layouts to shrink through, so fitToBudget's last resort applies (cut at a line
 * boundary, an open code fence closed, a pointer to the full report). The audit report never takes
 * this path: renderSummary shrinks it by layout instead.
 */
function capSummary(markdown, 
/** Where the full report is, as fullReportWhere words it ("the full report is … in …"). */
fullReportWhere, budget = SUMMARY_BUDGET) {
    return fitToBudget(() => markdown, bytes, budget, `> The report is longer than a job summary allows; ${fullReportWhere}.`, [undefined]).text;
}

;// CONCATENATED MODULE: ./src/report/output-files.ts


/**
 * Picks the next free `security-audit-<name>-<date>-<seq>` base name in `dir` (the sequence counts
 * up within a day) and writes each file exclusively, so two runs never overwrite each other.
 */
async function writeReportFiles(dir, name, date, files) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const prefix = `security-audit-${name}-${date}-`;
    const existing = await (0,promises_.readdir)(dir).catch(() => []);
    let seq = 1;
    for (const f of existing) {
        if (!f.startsWith(prefix))
            continue;
        const n = Number(f.slice(prefix.length).split('.')[0]);
        if (Number.isInteger(n) && n >= seq)
            seq = n + 1;
    }
    for (;;) {
        const written = [];
        try {
            for (const f of files) {
                const file = external_node_path_default().join(dir, `${prefix}${seq}.${f.extension}`);
                await (0,promises_.writeFile)(file, f.content, { flag: 'wx' });
                written.push(file);
            }
            return written;
        }
        catch (error) {
            if (error.code !== 'EEXIST' || written.length > 0)
                throw error;
            seq++;
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/report/sarif.ts






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
const sarif_RANK = { FAIL: 0, WARN: 1, UNKNOWN: 2 };
/** A stable fingerprint from check, target and object: never from values or times. */
function findingFingerprint(checkId, target, object) {
    return (0,external_node_crypto_.createHash)('sha256')
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
                (0,core_text/* escapeProse */.fd)(text),
                ...(check.rationale ? [`**Why:** ${(0,core_text/* escapeProse */.fd)(check.rationale)}`] : []),
                ...(check.verify ? [`**Verify by hand:** ${(0,core_text/* escapeProse */.fd)(check.verify)}`] : []),
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
        .filter(f => sarif_RANK[f.status] !== undefined)
        .sort((a, b) => sarif_RANK[a.status] - sarif_RANK[b.status]);
    // With a reference report (`--compare-to`): SARIF 2.1.0 baselineState per result, and the
    // reference's resolved findings as `absent` results, which code scanning closes.
    const states = report.comparison ? sarifBaselineStates(report.comparison.diff) : undefined;
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
        const check = checkIn(report.checks, id) ?? {
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
                text: `${f.title}: ${f.detail.text}${where}${f.policy?.length ? `; policy: ${f.policy.map(policyText).join('; ')}` : ''}`
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
                        informationUri: TOOL.url,
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

;// CONCATENATED MODULE: ./src/report/junit.ts




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
    const known = new Set(DIMENSIONS);
    const order = [...DIMENSIONS, ...new Set(report.findings.map(f => f.dimension).filter(d => !known.has(d)))];
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
                ...(f.policy ?? []).map(p => `Policy: ${policyText(p)}.`),
                ...(f.annotation ? [f.annotation] : [])
            ];
            const detail = `[${f.status}] ${f.title}: ${f.detail.text}${notes.length ? `\n${notes.join('\n')}` : ''}`;
            if (blocksReportGate(report, f) || f.incomplete) {
                s.failures++;
                const expired = f.waiver?.state === 'expired' ? ` (waiver by ${f.waiver.owner} expired ${f.waiver.expires})` : '';
                // The fix, the risk and what to verify by hand, from the report's entry for the check.
                const check = checkIn(report.checks, f.checkId);
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

;// CONCATENATED MODULE: ./src/report/write.ts






/** File extension per format: `security-audit-<name>-<date>-<seq>.<ext>`. */
const FORMAT_EXTENSIONS = {
    markdown: 'md',
    json: 'json',
    sarif: 'sarif',
    junit: 'junit.xml'
};
/** The baseline file as a repository-relative path, when it lies inside the checkout. */
function sarifLocation(report, repositoryRoot) {
    const file = report.baseline.file;
    if (!file)
        return undefined;
    const rel = external_node_path_default().relative(repositoryRoot, external_node_path_default().resolve(repositoryRoot, file));
    if (rel === '' || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel.split((external_node_path_default()).sep).join('/');
}
/**
 * Renders the requested formats (scrubbed of secrets) and saves them side by side as
 * `<dir>/security-audit-<name>-<date>-<seq>.<ext>`, in one sequence number.
 */
async function writeReports(report, formats, dir, redactor, options = {}) {
    const render = {
        markdown: () => renderMarkdown(report, FULL_LAYOUT, options.markdownSections),
        json: () => renderJson(report),
        sarif: () => {
            const uri = sarifLocation(report, options.repositoryRoot ?? process.cwd());
            return renderSarif(report, uri ? { locationUri: uri, baselineUri: uri } : {});
        },
        junit: () => renderJunit(report)
    };
    const chosen = Object.keys(FORMAT_EXTENSIONS).filter(f => formats.includes(f));
    const rendered = chosen.map(format => ({
        format,
        extension: FORMAT_EXTENSIONS[format],
        content: redactor.scrub(render[format]())
    }));
    const files = await writeReportFiles(dir, report.target.name, report.context.auditedAt.slice(0, 10), rendered);
    const out = {};
    rendered.forEach((r, i) => (out[r.format] = { file: files[i], content: r.content }));
    return out;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(59663);
;// CONCATENATED MODULE: ./src/github/octokit.ts




/** How many times a rate-limited request is retried after waiting (as plugin-throttling's docs suggest). */
const RATE_LIMIT_RETRIES = 2;
function gitHubClient(o) {
    const maxWait = o.maxWaitSeconds ?? 60;
    const onLimit = (kind) => (retryAfter, options, octokit, retryCount) => {
        const what = `GitHub API ${String(options.method ?? '')} ${requestPath(octokit, options, o.apiUrl)} hit the ${kind} rate limit`;
        if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > maxWait) {
            o.log(`${what}; not waiting ${retryAfter} s (retried ${retryCount} times, longest wait ${maxWait} s).`);
            return false;
        }
        o.log(`${what}; waiting ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).`);
        return true;
    };
    const base = o.retryBaseMs ?? 1000;
    return (0,github/* getOctokit */.Q)(o.token, {
        baseUrl: o.apiUrl.replace(/\/$/, ''),
        userAgent: o.userAgent,
        request: { fetch: (0,http/* proxyAwareFetch */.Fm)(o.timeoutMs) },
        log: { debug: () => undefined, info: () => undefined, warn: o.log, error: o.log },
        retry: { retryAfterBaseValue: base },
        throttle: {
            retryAfterBaseValue: base,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary')
        }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** The request's path under the API, with its parameters filled in (/repos/acme/infra/issues/7/comments). */
function requestPath(octokit, options, apiUrl) {
    let url = String(options.url ?? '');
    try {
        url = octokit.request.endpoint.parse(options).url;
    }
    catch {
        // keep the template
    }
    const base = apiUrl.replace(/\/$/, '');
    return url.startsWith(base) ? url.slice(base.length) || '/' : url;
}
function errorStatus(error) {
    const s = error?.status;
    return typeof s === 'number' ? s : undefined;
}
/** True for GitHub's primary (remaining 0) and secondary rate limits, which are never a permission answer. */
function isRateLimit(error) {
    const e = error;
    if (e?.status !== 403 && e?.status !== 429)
        return false;
    return (e.response?.headers?.['x-ratelimit-remaining'] === '0' ||
        /rate limit/i.test(apiMessage(error)) ||
        e.status === 429);
}
/** GitHub's own message (`{"message": ...}`), without Octokit's appended documentation link. */
function apiMessage(error) {
    const e = error;
    const data = e?.response?.data;
    if (data && typeof data === 'object' && 'message' in data)
        return String(data.message);
    return String(e?.message ?? error);
}
/** "GitHub API POST /repos/o/r/issues/7/comments answered 403: message", with the path relative to the API. */
function describeRequestError(error, apiUrl) {
    const e = error;
    const url = e?.request?.url ?? '';
    const shown = url.startsWith(apiUrl) ? url.slice(apiUrl.replace(/\/$/, '').length) || '/' : url;
    const status = errorStatus(error);
    if (!e?.request)
        return `GitHub API call failed: ${e?.message ?? String(error)}`;
    // A network failure reaches Octokit as status 500 with our fetch's message (no response).
    if (status === undefined || !e.response)
        return `GitHub API ${e?.request?.method ?? ''} ${shown} failed: ${e?.message ?? String(error)}`;
    return `GitHub API ${e.request?.method ?? ''} ${shown} answered ${status}: ${apiMessage(error)}`;
}

;// CONCATENATED MODULE: ./src/github/action-client.ts



/**
 * The action's GitHub client: db-posture's user agent, and rate-limit waits and retries written to
 * the job log (scrubbed of secrets when a redactor is given). Every action module that calls GitHub
 * (comment, tracking issues, reference lookup, waiver review, scan) builds its client here.
 */
function actionGitHubClient(o) {
    return gitHubClient({
        token: o.token,
        apiUrl: o.apiUrl,
        userAgent: `${TOOL.name}/${TOOL.version}`,
        timeoutMs: o.timeoutMs,
        log: m => core.info(`db-posture: ${o.redactor ? o.redactor.scrub(m) : m}`)
    });
}

;// CONCATENATED MODULE: ./src/github/artifact.ts
/** Characters GitHub refuses in artifact names, plus anything unusual: replaced with "-". */
function artifactName(target, job, given) {
    const raw = given ?? ['db-posture', target, job].filter(Boolean).join('-');
    return raw.replace(/[":<>|*?\r\n\\/]/g, '-');
}
/**
 * Why an upload cannot work in this environment, or undefined when it can: the runtime variables
 * exist only inside node/container action steps on github.com (GitHub Enterprise Server is not
 * supported by @actions/artifact 6).
 */
function artifactUnavailable(env) {
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter(k => !env[k]);
    if (missing.length)
        return `the runner did not provide ${missing.join(' and ')}`;
    let host = 'github.com';
    try {
        host = new URL(env.GITHUB_SERVER_URL ?? 'https://github.com').hostname.toLowerCase();
    }
    catch {
        return `GITHUB_SERVER_URL ${JSON.stringify(env.GITHUB_SERVER_URL)} is not a URL`;
    }
    if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')) {
        return `GitHub Enterprise Server (${host}) does not support @actions/artifact 6`;
    }
    return undefined;
}
/** The real uploader: @actions/artifact, loaded only when an upload happens. */
const actionsArtifactUploader = {
    async upload(name, files, rootDirectory) {
        const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 111).then(__webpack_require__.bind(__webpack_require__, 40111));
        const client = new DefaultArtifactClient();
        const result = await client.uploadArtifact(name, [...files], rootDirectory);
        return result.id !== undefined ? { id: result.id } : {};
    }
};

;// CONCATENATED MODULE: ./src/github/context.ts

/** A new @actions/github Context (the class is not exported; the singleton's constructor is it). */
function freshContext() {
    const Ctor = Object.getPrototypeOf(github/* context */._).constructor;
    return new Ctor();
}
/**
 * The run as the runner's environment describes it now. @actions/github's `context` is read once at
 * import; a fresh Context re-reads GITHUB_* (tests run several events in one process).
 */
function readRunContext(c = freshContext()) {
    const eventName = c.eventName ?? '';
    let repository;
    try {
        const { owner, repo } = c.repo;
        if (owner && repo)
            repository = { owner, repo };
    }
    catch {
        // No GITHUB_REPOSITORY (a local run): no links, no comment.
    }
    const pr = c.payload.pull_request;
    const isPrEvent = eventName === 'pull_request' || eventName === 'pull_request_target';
    const headRepo = pr?.head?.repo?.full_name;
    const fullName = repository ? `${repository.owner}/${repository.repo}` : undefined;
    // The runner sets GITHUB_GRAPHQL_URL; without it, GHES (…/api/v3) serves GraphQL at …/api/graphql.
    const graphqlUrl = process.env.GITHUB_GRAPHQL_URL ||
        (/\/api\/v3\/?$/.test(c.apiUrl)
            ? c.apiUrl.replace(/\/api\/v3\/?$/, '/api/graphql')
            : `${c.apiUrl.replace(/\/$/, '')}/graphql`);
    return {
        eventName,
        ...(repository ? { repository } : {}),
        serverUrl: c.serverUrl.replace(/\/$/, ''),
        apiUrl: c.apiUrl.replace(/\/$/, ''),
        graphqlUrl,
        ...(Number.isFinite(c.runId) ? { runId: String(c.runId) } : {}),
        ...(c.job ? { job: c.job } : {}),
        ...(c.ref ? { ref: c.ref } : {}),
        ...(isPrEvent && typeof pr?.number === 'number'
            ? {
                pullRequest: {
                    number: pr.number,
                    // pull_request_target runs in the base repository with secrets and a writable token.
                    fromFork: eventName === 'pull_request' && !!headRepo && headRepo !== fullName,
                    ...(typeof pr.base?.ref === 'string' ? { baseRef: pr.base.ref } : {}),
                    ...(typeof pr.base?.sha === 'string' ? { baseSha: pr.base.sha } : {}),
                    ...(typeof pr.head?.sha === 'string' ? { headSha: pr.head.sha } : {})
                }
            }
            : {})
    };
}
function runUrl(ctx) {
    if (!ctx.repository || !ctx.runId)
        return undefined;
    return `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${ctx.runId}`;
}
function artifactUrl(ctx, artifactId) {
    const run = runUrl(ctx);
    return run ? `${run}/artifacts/${artifactId}` : undefined;
}

;// CONCATENATED MODULE: ./src/github/reference-report.ts












/** The `compare-to` value that asks the action to find the reference itself. */
const COMPARE_TO_AUTO = 'auto';
/** How many earlier successful runs are searched for the artifact (a run may have skipped the audit). */
const RUNS_SEARCHED = 10;
const actionsReferenceDownloader = {
    async download(artifactId, directory, findBy) {
        const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 111).then(__webpack_require__.bind(__webpack_require__, 40111));
        await new DefaultArtifactClient().downloadArtifact(artifactId, {
            path: directory,
            findBy: { ...findBy }
        });
    }
};
/**
 * The branch whose audits are the reference: a pull request's base branch, else the run's own branch
 * (push, schedule, workflow_dispatch). Undefined for a tag or a detached ref.
 */
function referenceBranch(ctx) {
    if (ctx.pullRequest)
        return ctx.pullRequest.baseRef;
    return ctx.ref?.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : undefined;
}
/** The artifact names this target's report could have: exact when a name is known, else a pattern. */
function artifactMatcher(o) {
    if (o.artifactNameInput !== undefined || o.targetName !== undefined) {
        const exact = artifactName(o.targetName ?? '', o.ctx.job, o.artifactNameInput);
        return { exact, test: n => n === exact, what: exact };
    }
    // Without the name input the target's name is known only once the server answers: any
    // db-posture-<target>-<job> artifact; the audit checks after collecting that it is this target.
    const job = artifactName('', o.ctx.job).replace(/^db-posture-/, '');
    const suffix = `-${job}`;
    return {
        test: n => n.startsWith('db-posture-') && n.endsWith(suffix) && n.length > 'db-posture-'.length + suffix.length,
        what: `db-posture-<target>${suffix}`
    };
}
/**
 * `compare-to: auto`: the report artifact for this target from the newest successful run of this
 * workflow on the reference branch (the base branch of a pull request; the run's own branch on
 * push and schedule), excluding this run. Only a successful run counts: a run whose gate failed or
 * whose audit was incomplete must not turn its findings into "existing" ones by having run once.
 * Never throws for what it finds: no reference is a notice, an unusable one a warning, and the
 * audit goes on without a comparison (gate: new then judges every finding).
 */
async function findReferenceReport(o) {
    const { ctx } = o;
    if (!ctx.repository || !ctx.runId)
        return {
            level: 'notice',
            reason: 'compare-to auto looks for earlier workflow runs, and this is not a GitHub Actions run (no GITHUB_REPOSITORY or GITHUB_RUN_ID)'
        };
    const branch = referenceBranch(ctx);
    if (!branch)
        return {
            level: 'notice',
            reason: `compare-to auto compares with earlier runs on the same branch, and this run is on ${JSON.stringify(ctx.ref ?? ctx.eventName)}, not a branch`
        };
    if (!o.token)
        return {
            level: 'warning',
            reason: 'compare-to auto needs the github-token input (with actions: read) to find earlier runs'
        };
    const { owner, repo } = ctx.repository;
    const gh = actionGitHubClient({
        token: o.token,
        apiUrl: ctx.apiUrl,
        timeoutMs: o.timeoutMs,
        redactor: o.redactor
    });
    const matcher = artifactMatcher(o);
    let runs;
    try {
        runs = await successfulRuns(gh, owner, repo, Number(ctx.runId), branch);
    }
    catch (error) {
        return { level: 'warning', reason: restProblem('list the workflow runs', error, ctx.apiUrl) };
    }
    const fullName = `${owner}/${repo}`;
    const candidates = runs
        // Pull request runs audit someone's change; a fork's branch may share the base branch's name.
        .filter(r => !r.event.startsWith('pull_request'))
        .filter(r => !r.head_repository?.full_name || r.head_repository.full_name === fullName)
        .slice(0, RUNS_SEARCHED);
    const where = `${ctx.pullRequest ? 'the base branch ' : 'branch '}${branch}`;
    for (const r of candidates) {
        let names;
        try {
            names = (await gh.rest.actions.listWorkflowRunArtifacts({
                owner,
                repo,
                run_id: r.id,
                per_page: 100,
                ...(matcher.exact ? { name: matcher.exact } : {})
            })).data.artifacts;
        }
        catch (error) {
            return {
                level: 'warning',
                reason: restProblem(`list the artifacts of run ${r.id}`, error, ctx.apiUrl)
            };
        }
        const usable = names.filter(a => !a.expired && matcher.test(a.name));
        const distinct = [...new Set(usable.map(a => a.name))];
        if (distinct.length > 1)
            return {
                level: 'notice',
                reason: `compare-to auto found ${distinct.length} artifacts named ${matcher.what} in run ${r.id} (${distinct.join(', ')}) and cannot tell which is this target's: set the name or artifact-name input`
            };
        // The newest upload of the name (a re-run attempt replaces the earlier one).
        const artifact = usable.sort((a, b) => b.id - a.id)[0];
        if (!artifact)
            continue;
        return downloadReference(o, gh, r.id, artifact);
    }
    return {
        level: 'notice',
        reason: candidates.length === 0
            ? `compare-to auto found no earlier successful run of this workflow on ${where}: nothing to compare with yet`
            : `compare-to auto found no unexpired artifact named ${matcher.what} in the last ${(0,core_text/* plural */.LS)(candidates.length, 'successful run')} of this workflow on ${where}: nothing to compare with`
    };
}
async function successfulRuns(gh, owner, repo, runId, branch) {
    // The workflow is this run's own (a reusable workflow's runs are its caller's).
    const current = await gh.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
    const { data } = await gh.rest.actions.listWorkflowRuns({
        owner,
        repo,
        workflow_id: current.data.workflow_id,
        branch,
        status: 'success',
        per_page: 30
    });
    // Newest first, as GitHub lists them; a re-run of this run keeps its id and is excluded too.
    return data.workflow_runs.filter(r => r.id !== runId);
}
async function downloadReference(o, gh, runId, artifact) {
    const { owner, repo } = o.ctx.repository;
    const dir = o.directory ??
        (await (0,promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), 'db-posture-reference-')));
    const label = `artifact ${artifact.name} of run ${runId}`;
    try {
        await o.downloader.download(artifact.id, dir, {
            token: o.token,
            workflowRunId: runId,
            repositoryOwner: owner,
            repositoryName: repo
        });
    }
    catch (error) {
        return {
            level: 'warning',
            reason: `compare-to auto could not download ${label}: ${o.redactor.scrub(error.message ?? String(error))}`
        };
    }
    const json = (await (0,promises_.readdir)(dir, { recursive: true }))
        .map(String)
        .filter(f => f.endsWith('.json'))
        .sort();
    if (json.length !== 1)
        return {
            level: 'warning',
            reason: `compare-to auto: ${label} holds ${json.length} JSON files, expected the one JSON report an audit uploads`
        };
    const link = artifactUrl({ ...o.ctx, runId: String(runId) }, artifact.id) ??
        `${runUrl({ ...o.ctx, runId: String(runId) })}`;
    try {
        const report = parseReport(await (0,promises_.readFile)(external_node_path_default().join(dir, json[0]), 'utf8'), `${label} (${json[0]})`, 'compare-to auto:');
        return {
            reference: { report, file: link, input: 'input compare-to', auto: true },
            runId,
            artifact: artifact.name
        };
    }
    catch (error) {
        if (!(error instanceof errors/* UsageError */.eb))
            throw error;
        return { level: 'warning', reason: `${error.message} It was not used as the reference.` };
    }
}
function restProblem(what, error, apiUrl) {
    const status = errorStatus(error);
    const hint = status === 403 || status === 404
        ? ' The workflow token needs `actions: read` (permissions: actions: read) to read earlier runs.'
        : '';
    return `compare-to auto could not ${what}: ${describeRequestError(error, apiUrl)}.${hint}`;
}
/**
 * The reference for this audit: `compare-to: auto` looked up (no reference is a notice, an unusable
 * one a warning, and the audit continues), any other value a file (exit 2 naming it when it is not
 * a report of this target), or none.
 */
async function resolveReference(options, lookup) {
    if (options.compareTo !== COMPARE_TO_AUTO)
        return loadReference(options, 'input compare-to');
    const found = await findReferenceReport({
        ...lookup,
        ...(options.name !== undefined ? { targetName: options.name } : {})
    });
    if ('reference' in found) {
        core.info(`db-posture: compare-to auto: comparing with ${found.artifact} of run ${found.runId} (audited ${found.reference.report.context.auditedAt}).`);
        return found.reference;
    }
    const fallback = options.gate === 'new' ? ' gate: new falls back to all: every finding is judged.' : '';
    const text = lookup.redactor.scrub(`db-posture: ${found.reason}${found.reason.endsWith('.') ? '' : '.'}${fallback}`);
    if (found.level === 'notice')
        core.notice(text);
    else
        core.warning(text);
    return undefined;
}
/** After the audit: a reference that auto found but that was of another target is said out loud. */
function reportUnusedReference(reference, compared, gate) {
    if (!reference?.auto || compared)
        return;
    const t = reference.report.target;
    core.warning(`db-posture: compare-to auto found ${reference.file}, an audit of ${JSON.stringify(t.name)} (${t.engine}), not of this target: nothing was compared.${gate === 'new' ? ' gate: new falls back to all: every finding is judged.' : ''}`);
}

;// CONCATENATED MODULE: ./src/policy/frameworks.ts
/**
 * Framework controls a finding may bear on (policy.md, "Framework references"). Checks cite controls
 * by these exact keys; the catalogue test rejects a reference that is not listed here.
 */
const FRAMEWORK_CONTROLS = {
    'SOC 2': {
        'CC6.1': 'Logical access security',
        'CC6.2': 'User registration and authorization',
        'CC6.3': 'Role-based access and removal',
        'CC6.6': 'Boundary protection',
        'CC6.7': 'Transmission encryption',
        'CC7.2': 'Monitoring for anomalies',
        'A1.2': 'Backup and recovery'
    },
    HIPAA: {
        '164.312(a)(1)': 'Access control',
        '164.312(a)(2)(iv)': 'Encryption and decryption',
        '164.312(b)': 'Audit controls',
        '164.312(d)': 'Person or entity authentication',
        '164.312(e)(1)': 'Transmission security',
        '164.308(a)(7)': 'Contingency plan'
    },
    'PCI DSS': {
        '1': 'Network security controls',
        '3': 'Protect stored account data',
        '4': 'Strong cryptography during transmission',
        '7': 'Restrict access by business need to know',
        '8': 'Identify users and authenticate access',
        '8.3.6': 'Passwords of at least 12 characters',
        '10': 'Log and monitor all access',
        '12.10': 'Incident response'
    },
    'ISO 27001': {
        '5.15': 'Access control',
        '5.17': 'Authentication information',
        '8.2': 'Privileged access rights',
        '8.5': 'Secure authentication',
        '8.13': 'Information backup',
        '8.15': 'Logging',
        '8.20': 'Networks security',
        '8.24': 'Use of cryptography'
    },
    GDPR: {
        'Art. 32': 'Security of processing',
        'Art. 5(1)(f)': 'Integrity and confidentiality'
    }
};
/** Display name of each `--compliance` value (kept in the vocabulary). */


;// CONCATENATED MODULE: ./src/baseline/review.ts





/** `@user` or `@org/team`, as GitHub spells handles (CODEOWNERS uses the same two forms). */
const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?$/;
/** Evidence a reviewer can follow: a link, a ticket key (SEC-1234) or an issue number (#123). */
const FOLLOWABLE = /https?:\/\/\S+|\b[A-Z][A-Z0-9]+-\d+\b|#\d+\b/;
const WAIVER_FIELDS = ['check', 'target', 'object', 'reason', 'owner', 'expires', 'ticket', 'approved-by'];
const ATTESTATION_FIELDS = ['check', 'target', 'status', 'evidence', 'attested-by', 'expires'];
function waiverRecord(w) {
    const r = {};
    for (const f of WAIVER_FIELDS) {
        const v = w[f];
        if (v !== undefined)
            r[f] = v;
    }
    return r;
}
function attestationRecord(a) {
    return {
        check: a.check,
        target: a.target,
        status: a.status,
        evidence: a.evidence,
        'attested-by': a.attestedBy,
        expires: a.expires
    };
}
const review_day = (d) => d.toISOString().slice(0, 10);
/**
 * Compares two versions of the baseline file entry by entry (waivers by check/target/object,
 * attestations by check/target) and flags what a reviewer must look at. Linear in the entries.
 */
function reviewBaseline(base, head, opts) {
    const today = review_day(opts.now);
    const latest = review_day(new Date(opts.now.getTime() + opts.maxWaiverDays * 86400000));
    const problems = opts.report
        ? new Set(opts.report.findings
            .filter(f => f.status === 'FAIL' || f.status === 'WARN')
            .map(f => identity_findingKey(f.checkId, f.object)))
        : undefined;
    const entries = [];
    const flagsFor = (section, rec, before) => {
        const flags = [];
        if (before && rec.expires > before.expires)
            flags.push({ kind: 'expiry-extended', from: before.expires, to: rec.expires });
        if (rec.expires > latest)
            flags.push({ kind: 'beyond-horizon', days: opts.maxWaiverDays, latest });
        if (rec.expires <= today)
            flags.push({ kind: 'already-expired' });
        if (rec.target === '*')
            flags.push({ kind: 'wildcard-target' });
        const family = opts.familyOf(rec.check);
        if (section === 'waivers' && family) {
            const frameworks = opts.compliance.filter(c => COMPLIANCE_LOCKS[c].includes(family));
            if (frameworks.length)
                flags.push({
                    kind: 'compliance-locked',
                    family,
                    frameworks: frameworks.map(c => COMPLIANCE_NAMES[c])
                });
        }
        if (section === 'attestations' && !FOLLOWABLE.test(rec.evidence))
            flags.push({ kind: 'weak-evidence' });
        if (section === 'waivers' && problems && opts.report) {
            const target = opts.report.target.name;
            if ((rec.target === target || rec.target === '*') && !problems.has(identity_findingKey(rec.check, rec.object)))
                flags.push({ kind: 'stale-on-arrival', target });
        }
        const who = section === 'waivers' ? 'owner' : 'attested-by';
        if (!HANDLE.test(rec[who]))
            flags.push({ kind: 'owner-not-handle', field: who, value: rec[who] });
        return flags;
    };
    const compare = (section, baseRecs, headRecs, key, fields) => {
        const baseIndex = indexByKey(baseRecs, key);
        const headKeys = new Set(headRecs.map(key));
        headRecs.forEach((rec, i) => {
            const before = baseIndex.get(key(rec))?.[0];
            const headLine = entryLine(head.document, section, i);
            const line = headLine !== undefined ? { headLine } : {};
            if (!before) {
                entries.push({
                    section,
                    change: 'added',
                    entry: rec,
                    fields: [],
                    flags: flagsFor(section, rec, undefined),
                    ...line
                });
                return;
            }
            const changed = fields
                .filter(f => before[f] !== rec[f])
                .map(f => ({
                field: f,
                ...(before[f] !== undefined ? { from: before[f] } : {}),
                ...(rec[f] !== undefined ? { to: rec[f] } : {})
            }));
            if (changed.length)
                entries.push({
                    section,
                    change: 'changed',
                    entry: rec,
                    fields: changed,
                    flags: flagsFor(section, rec, before),
                    ...line
                });
        });
        for (const rec of baseRecs)
            if (!headKeys.has(key(rec)))
                entries.push({ section, change: 'removed', entry: rec, fields: [], flags: [] });
    };
    const waiverKey = (r) => `${r.target}\u0000${identity_findingKey(r.check, r.object)}`;
    const attestationKey = (r) => `${r.target}\u0000${r.check}`;
    compare('waivers', (base?.baseline.waivers ?? []).map(waiverRecord), head.baseline.waivers.map(waiverRecord), waiverKey, WAIVER_FIELDS);
    compare('attestations', (base?.baseline.attestations ?? []).map(attestationRecord), head.baseline.attestations.map(attestationRecord), attestationKey, ATTESTATION_FIELDS);
    const count = (c) => entries.filter(e => e.change === c).length;
    return {
        ...(base ? { baseFile: base.baseline.file } : {}),
        headFile: head.baseline.file,
        entries,
        counts: {
            added: count('added'),
            removed: count('removed'),
            changed: count('changed'),
            flagged: entries.filter(e => e.flags.length > 0).length
        }
    };
}
/**
 * The review from file contents (the action reads both versions through the contents API): each
 * side is validated as the audit would (exit 2 naming the file), except that a too-distant expiry is
 * flagged instead of refused. `base` is absent when the pull request adds the file.
 */
function reviewBaselineSources(sources, catalogue, opts) {
    const load = (s) => {
        const document = document_parseBaselineDocument(s.text, s.file);
        return {
            document,
            baseline: validateBaseline(document, { ...catalogue, now: opts.now, maxHorizonDays: 1_000_000 })
        };
    };
    return reviewBaseline(sources.base ? load(sources.base) : undefined, load(sources.head), opts);
}

;// CONCATENATED MODULE: ./src/baseline/review-markdown.ts

/** What each flag asks the reviewer to check, in our words; values from the file are code spans. */
function describeFlag(f) {
    switch (f.kind) {
        case 'expiry-extended':
            return `expiry extended from ${(0,core_text/* codeSpan */.SS)(f.from)} to ${(0,core_text/* codeSpan */.SS)(f.to)}`;
        case 'beyond-horizon':
            return `expires more than ${f.days} days ahead (latest allowed ${(0,core_text/* codeSpan */.SS)(f.latest)}): the audit rejects the file`;
        case 'already-expired':
            return 'already expired: it waives nothing and the audit fails on it';
        case 'wildcard-target':
            return 'target `*`: applies to every audited target';
        case 'compliance-locked':
            return `family ${(0,core_text/* codeSpan */.SS)(f.family)} is locked by ${f.frameworks.join(', ')}: the framework does not let this status be downgraded`;
        case 'weak-evidence':
            return 'the evidence names no link, ticket key or issue number a reviewer can follow';
        case 'stale-on-arrival':
            return `matches no WARN/FAIL finding of ${(0,core_text/* codeSpan */.SS)(f.target)} in the report: stale on arrival`;
        case 'owner-not-handle':
            return `${f.field} ${(0,core_text/* codeSpan */.SS)(f.value)} is not a \`@user\` or \`@org/team\` handle`;
    }
}
function describeEntry(e) {
    const r = e.entry;
    const parts = [`${(0,core_text/* codeSpan */.SS)(r.check)} on ${(0,core_text/* codeSpan */.SS)(r.target)}`];
    if (r.object !== undefined)
        parts[0] += `, object ${(0,core_text/* codeSpan */.SS)(r.object)}`;
    if (e.section === 'waivers') {
        parts.push(`reason ${(0,core_text/* codeSpan */.SS)(r.reason)}`, `owner ${(0,core_text/* codeSpan */.SS)(r.owner)}`, `expires ${(0,core_text/* codeSpan */.SS)(r.expires)}`);
        if (r.ticket !== undefined)
            parts.push(`ticket ${(0,core_text/* codeSpan */.SS)(r.ticket)}`);
        if (r['approved-by'] !== undefined)
            parts.push(`approved by ${(0,core_text/* codeSpan */.SS)(r['approved-by'])}`);
    }
    else {
        parts.push(`status ${(0,core_text/* codeSpan */.SS)(r.status)}`, `evidence ${(0,core_text/* codeSpan */.SS)(r.evidence)}`, `attested by ${(0,core_text/* codeSpan */.SS)(r['attested-by'])}`, `expires ${(0,core_text/* codeSpan */.SS)(r.expires)}`);
    }
    return parts.join(' — ');
}
function renderEntry(e, opts) {
    const what = `${e.change[0].toUpperCase()}${e.change.slice(1)} ${e.section === 'waivers' ? 'waiver' : 'attestation'}`;
    const where = e.headLine !== undefined
        ? opts.lineLink
            ? ` ([line ${e.headLine}](${opts.lineLink(e.headLine)}))`
            : ` (line ${e.headLine})`
        : '';
    const lines = [`- **${what}**${where}: ${describeEntry(e)}`];
    for (const c of e.fields)
        lines.push(`  - ${(0,core_text/* codeSpan */.SS)(c.field)}: ${c.from !== undefined ? (0,core_text/* codeSpan */.SS)(c.from) : '*(absent)*'} → ${c.to !== undefined ? (0,core_text/* codeSpan */.SS)(c.to) : '*(absent)*'}`);
    for (const f of e.flags)
        lines.push(`  - ⚠️ ${describeFlag(f)}`);
    return lines;
}
/** The "Baseline changes" section of a pull request comment (and `db-posture baseline review`). */
function renderBaselineReview(review, opts = {}) {
    const c = review.counts;
    const limit = opts.limit ?? 200;
    const lines = [`${opts.heading ?? '##'} Baseline changes`, ''];
    if (review.entries.length === 0) {
        lines.push(`${(0,core_text/* codeSpan */.SS)(review.headFile)}: no waiver or attestation changed.`);
        return `${lines.join('\n')}\n`;
    }
    lines.push(`${(0,core_text/* codeSpan */.SS)(review.headFile)}: ${c.added} added, ${c.changed} changed, ${c.removed} removed; ${c.flagged} ${c.flagged === 1 ? 'needs' : 'need'} a closer look (⚠️).`, '');
    // Flagged entries first: they are what the reviewer must not miss when the list is long.
    const ordered = [
        ...review.entries.filter(e => e.flags.length),
        ...review.entries.filter(e => !e.flags.length)
    ];
    for (const e of ordered.slice(0, limit))
        lines.push(...renderEntry(e, opts));
    if (ordered.length > limit)
        lines.push(`- … and ${ordered.length - limit} more (run db-posture baseline review)`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/baseline/pull-request-review.ts




/** A URL path with each segment encoded (a file name may hold `#`, `?` or spaces). */
function encodePath(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
/**
 * The pull request comment's "Baseline changes" section, for the action to call when a pull request
 * touches the baseline file. Undefined when the file is the same on both sides (or on neither). A
 * malformed head version is a usage error naming the file and the commit; a malformed base version
 * is said at the top of the section (`baseProblem`), and the head's entries are listed as added.
 */
async function baselineChangesForPullRequest(input) {
    const [baseText, headText] = await Promise.all([input.read(input.baseSha), input.read(input.headSha)]);
    if (baseText === headText)
        return undefined;
    const at = (sha) => `${input.file} at ${sha.slice(0, 12)}`;
    // A deleted file removes every entry: review it as an empty baseline so that each removal is listed.
    const head = { text: headText ?? 'version: 1\n', file: at(input.headSha) };
    const catalogueOptions = {
        now: input.now,
        maxWaiverDays: input.maxWaiverDays,
        compliance: input.compliance,
        familyOf: input.familyOf,
        ...(input.report ? { report: input.report } : {})
    };
    let review;
    let baseProblem;
    try {
        review = reviewBaselineSources({ ...(baseText !== undefined ? { base: { text: baseText, file: at(input.baseSha) } } : {}), head }, input.catalogue, catalogueOptions);
    }
    catch (error) {
        if (!(error instanceof errors/* UsageError */.eb) || baseText === undefined)
            throw error;
        // Which side is malformed? The head alone still failing means the head (a usage error, as the
        // audit's own load says); else the base is, and the review lists the head's entries as added.
        review = reviewBaselineSources({ head }, input.catalogue, catalogueOptions);
        baseProblem = error.message;
    }
    const link = `${input.repositoryUrl}/blob/${input.headSha}/${encodePath(input.file)}`;
    let markdown = renderBaselineReview(review, {
        heading: '###',
        ...(headText !== undefined ? { lineLink: (line) => `${link}#L${line}` } : {})
    });
    if (baseProblem !== undefined) {
        // Right under the heading: the reviewer must know the "added" list is against nothing.
        const [heading, ...rest] = markdown.split('\n');
        markdown = [
            heading,
            '',
            `⚠️ The base version is not a valid baseline, so every entry of the head version is listed as added: ${(0,core_text/* codeSpan */.SS)(baseProblem)}`,
            ...rest
        ].join('\n');
    }
    return { review, markdown, ...(baseProblem !== undefined ? { baseProblem } : {}) };
}

;// CONCATENATED MODULE: ./src/github/baseline-changes.ts









/** The section is kept to this size so the comment's findings keep most of GitHub's 65,536 characters. */
const BASELINE_SECTION_BUDGET = 20000;
/** The baseline file as a path inside the repository (posix), or undefined when it lies outside. */
function repositoryPath(file, workspace) {
    const rel = external_node_path_default().relative(external_node_path_default().resolve(workspace), external_node_path_default().resolve(workspace, file));
    if (!rel || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel.split((external_node_path_default()).sep).join('/');
}
/** Cuts a long section at a whole line, saying where the rest is. */
function capSection(markdown, budget) {
    if (markdown.length <= budget)
        return markdown;
    const note = '\n- …and more changes: see the job summary, or run `db-posture baseline review`.';
    const cut = markdown.lastIndexOf('\n', budget - note.length);
    return `${markdown.slice(0, cut > 0 ? cut : 0)}${note}`;
}
/**
 * The "Baseline changes" section for a pull request that edits the baseline file: both versions
 * read through the contents API at the pull request's base and head commits, reviewed entry by
 * entry, line links to the head file. Undefined when this is not a pull request, or the file is
 * the same on both sides. A malformed base version is said in the section; an unreadable file
 * (no token, a refused read) gives a section that says the review is missing, never a silent gap.
 */
async function baselineChangesSection(o) {
    const pr = o.ctx.pullRequest;
    if (!pr || !o.ctx.repository || !o.options.baseline)
        return undefined;
    const file = repositoryPath(o.options.baseline, o.workspace);
    if (!file) {
        core.info(`db-posture: the baseline ${o.options.baseline} lies outside the repository; no baseline review in the comment.`);
        return undefined;
    }
    const missing = (why) => {
        const markdown = `### Baseline changes\n\nThe changes to ${(0,core_text/* codeSpan */.SS)(file)} could not be reviewed: ${(0,core_text/* codeSpan */.SS)(why)}.\n`;
        core.warning(`db-posture: baseline changes not reviewed: ${why}.`);
        return { markdown, comment: markdown };
    };
    if (!pr.baseSha || !pr.headSha)
        return missing('the pull request event names no base or head commit');
    if (!o.token)
        return missing('no github-token input to read the base and head versions');
    const { owner, repo } = o.ctx.repository;
    const gh = actionGitHubClient({
        token: o.token,
        apiUrl: o.ctx.apiUrl,
        timeoutMs: o.timeoutMs,
        redactor: o.redactor
    });
    const read = async (sha) => {
        try {
            const { data } = await gh.rest.repos.getContent({
                owner,
                repo,
                path: file,
                ref: sha,
                mediaType: { format: 'raw' }
            });
            if (typeof data !== 'string')
                throw new Error(`${file} at ${sha.slice(0, 12)} is not a file`);
            return data;
        }
        catch (error) {
            // Absent at that commit: the pull request adds (or deletes) the file.
            if (errorStatus(error) === 404)
                return undefined;
            throw error;
        }
    };
    const catalogue = checkCatalogue();
    try {
        const result = await baselineChangesForPullRequest({
            file,
            baseSha: pr.baseSha,
            headSha: pr.headSha,
            repositoryUrl: `${o.ctx.serverUrl}/${owner}/${repo}`,
            read,
            catalogue: {
                knownCheckIds: catalogue.knownCheckIds,
                attestableCheckIds: catalogue.attestableCheckIds
            },
            now: o.now,
            maxWaiverDays: o.options.maxWaiverDays,
            compliance: o.options.compliance,
            familyOf: id => describeCheck(id)?.family,
            report: toJsonReport(o.report)
        });
        if (!result)
            return undefined;
        if (result.baseProblem)
            core.warning(`db-posture: the base version of the baseline is malformed: ${result.baseProblem}`);
        const markdown = o.redactor.scrub(result.markdown);
        return { markdown, comment: capSection(markdown, BASELINE_SECTION_BUDGET) };
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb)
            return missing(o.redactor.scrub(error.message));
        return missing(o.redactor.scrub(describeRequestError(error, o.ctx.apiUrl)));
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
;// CONCATENATED MODULE: ./src/core/options.ts






/** `--engine` accepts the engines and `auto` (detect from the target). */
const options_ENGINES = ['auto', ...ENGINES];
/** `--deployment` accepts the deployments and `auto` (from the host or the Cloud API). */
const DEPLOYMENTS = ['auto', ...DEPLOYMENT_VALUES];
/** A comma-separated list (flag or action input) or an array, trimmed, empties dropped. */
const csv = (values) => schemas/* preprocess */.vkY(v => typeof v === 'string'
    ? v
        .split(',')
        .map(s => s.trim().toLowerCase())
        .filter(Boolean)
    : v, schemas/* array */.YOg(schemas/* enum */.k5n(values)));
/**
 * The one typed description of an audit, built by the CLI from flags and by the action from
 * inputs. Keys map to the flag and input names in `OPTION_SURFACES`.
 */
const auditOptionsSchema = schemas/* object */.Ikc({
    engine: schemas/* enum */.k5n(options_ENGINES).default('auto'),
    url: schemas/* string */.YjP().min(1).optional(),
    /** How the user gave the connection string, for messages: `--url`, `DB_POSTURE_URL`, `input connection-string`. */
    urlSource: schemas/* string */.YjP().min(1).optional(),
    deployment: schemas/* enum */.k5n(DEPLOYMENTS).default('auto'),
    environment: schemas/* enum */.k5n(ENVIRONMENTS).default('production'),
    compliance: csv(COMPLIANCE).default([]),
    dataSensitivity: schemas/* enum */.k5n(SENSITIVITIES).default('internal'),
    name: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'letters, digits, ".", "_" or "-" (at most 63, starting alphanumeric)')
        .optional(),
    baseline: schemas/* string */.YjP().min(1).optional(),
    /** True when the baseline path was given explicitly: then a missing file is an error. */
    baselineExplicit: schemas/* boolean */.zMY().default(false),
    formats: csv(FORMATS)
        .pipe(schemas/* array */.YOg(schemas/* enum */.k5n(FORMATS)).min(1))
        .default(['markdown', 'json']),
    outDir: schemas/* string */.YjP().min(1).default('reports'),
    failOn: schemas/* enum */.k5n(FAIL_ON).default('fail'),
    /** A reference JSON report (`--compare-to`): the Since section, change marks and `gate: new`. */
    compareTo: schemas/* string */.YjP().min(1).optional(),
    /** `new` (`--fail-on-new-only`): only findings new or worse than in the reference block. */
    gate: schemas/* enum */.k5n(GATE_MODES).default('all'),
    failOnStale: schemas/* preprocess */.vkY(v => (typeof v === 'string' ? v.trim().toLowerCase() : v), schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* enum */.k5n(['true', 'false'])]))
        .default(false)
        .transform(v => v === true || v === 'true'),
    /** Longest a waiver or attestation may run, in days from today. */
    maxWaiverDays: coerce/* number */.ai().int().min(1).max(3650).default(365),
    concurrency: coerce/* number */.ai().int().min(1).max(32).default(4),
    connectTimeoutMs: coerce/* number */.ai().int().min(100).max(600000).default(10000),
    statementTimeoutMs: coerce/* number */.ai().int().min(10).max(600000).default(15000),
    cloudApiKey: schemas/* string */.YjP().min(1).optional(),
    cloudClusterId: schemas/* string */.YjP().min(1).optional(),
    /** The Cloud API base URL; only changed for tests and private endpoints. */
    cloudApiUrl: schemas/* string */.YjP().url().default('https://cockroachlabs.cloud'),
    /** A CockroachDB certs directory whose certificates crdb/tls also judges. */
    certsDir: schemas/* string */.YjP().min(1).optional(),
    couchbaseUrl: schemas/* string */.YjP().min(1).optional(),
    couchbaseUsername: schemas/* string */.YjP().min(1).optional(),
    couchbasePassword: schemas/* string */.YjP().min(1).optional(),
    couchbaseCaFile: schemas/* string */.YjP().min(1).optional()
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
    engine: `one of ${options_ENGINES.join(', ')}`,
    deployment: `one of ${DEPLOYMENTS.join(', ')}`,
    environment: `one of ${ENVIRONMENTS.join(', ')}`,
    compliance: `a comma-separated list of ${COMPLIANCE.join(', ')}`,
    dataSensitivity: `one of ${SENSITIVITIES.join(', ')}`,
    name: 'letters, digits, ".", "_" or "-" (at most 63, starting alphanumeric)',
    formats: `a comma-separated list of at least one of ${FORMATS.join(', ')}`,
    outDir: 'a directory path',
    failOn: `one of ${FAIL_ON.join(', ')}`,
    failOnStale: 'true or false',
    compareTo: 'a JSON report file from db-posture audit',
    gate: `one of ${GATE_MODES.join(', ')}`,
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
function options_parseAuditOptions(input, label = n => `--${n}`, 
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

;// CONCATENATED MODULE: ./src/report/out-path.ts



/**
 * The nearest part of `p` that exists, or undefined for a path whose parent is a file. Reports are
 * written only after the audit, so every output path is checked before anything connects.
 */
function nearestExisting(p) {
    let current = external_node_path_default().resolve(p);
    for (;;) {
        try {
            const st = (0,external_node_fs_.statSync)(current);
            return { path: current, isDirectory: st.isDirectory() };
        }
        catch {
            // ENOENT or ENOTDIR (a component on the way is a file): walk up to what exists.
            const parent = external_node_path_default().dirname(current);
            if (parent === current)
                return { path: current, isDirectory: false };
            current = parent;
        }
    }
}
function writable(dir) {
    try {
        (0,external_node_fs_.accessSync)(dir, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
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
    if (found.path === external_node_path_default().resolve(dir) && !found.isDirectory)
        throw new errors/* UsageError */.eb(`Invalid ${input} ${shown}: it is an existing file; expected a directory for the reports.`);
    if (!found.isDirectory)
        throw new errors/* UsageError */.eb(`Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is a file, so no directory can be made under it; expected a directory for the reports.`);
    if (!writable(found.path))
        throw new errors/* UsageError */.eb(`Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is not writable by this user; expected a writable directory.`);
}
/** Throws a UsageError unless a new file can be written at `file` (it must not exist yet). */
function checkNewOutputFile(file, input) {
    const shown = JSON.stringify(file);
    const found = nearestExisting(file);
    if (found.path === path.resolve(file))
        throw new UsageError(`Invalid ${input} ${shown}: the file exists and is never overwritten (it may hold reviewed entries); choose a new path.`);
    if (!found.isDirectory)
        throw new UsageError(`Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is a file, not a directory.`);
    if (found.path !== path.dirname(path.resolve(file)))
        throw new UsageError(`Invalid ${input} ${shown}: the directory ${JSON.stringify(path.dirname(file))} does not exist.`);
    if (!writable(found.path))
        throw new UsageError(`Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is not writable by this user.`);
}

;// CONCATENATED MODULE: ./src/github/inputs.ts


/** An action input, or undefined when empty (the runner passes unset inputs as ""). */
function input(name) {
    const v = core.getInput(name);
    return v === '' ? undefined : v;
}
/** A true/false input; anything else is a usage error naming the input and the value. */
function booleanInput(name, fallback) {
    const v = input(name)?.trim().toLowerCase();
    if (v === undefined)
        return fallback;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new errors/* UsageError */.eb(`Invalid input ${name} ${JSON.stringify(input(name))}: expected true or false.`);
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts


/** The hidden marker that identifies our comment for one target. */
function commentMarker(target) {
    return `<!-- db-posture:${target} -->`;
}
const DIGEST = /<!-- db-posture-digest:([0-9a-f]{16}) -->/;
/**
 * A digest of what the comment says, without the per-run links: a re-run with the same findings
 * leaves the comment alone instead of bumping it with a new run link.
 */
function commentDigest(stableBody) {
    return (0,external_node_crypto_.createHash)('sha256').update(stableBody).digest('hex').slice(0, 16);
}
/** How the comment follows the audit, after marocchino/sticky-pull-request-comment's modes. */
const COMMENT_MODES = ['update', 'recreate', 'delete-when-clean', 'only-when-failing', 'off'];
/** True when GitHub answered (with an error status); false for a network failure or a defect. */
const answered = (error) => errorStatus(error) !== undefined && !!error.response;
/** REST shows bots as `name[bot]`, GraphQL as `name`: compare without the suffix. */
const normaliseLogin = (login) => login.replace(/\[bot\]$/, '').toLowerCase();
/**
 * The login that owns comments made with this token. GraphQL's viewer answers for user tokens, the
 * workflow token and GitHub App installation tokens alike (REST /user only for the first); it is
 * asked at GITHUB_GRAPHQL_URL because GHES serves GraphQL at /api/graphql, not under /api/v3.
 * Undefined when neither answers: then only comments by a bot account are candidates.
 */
async function tokenIdentity(gh, graphqlUrl) {
    try {
        // The object form: with a string query, Octokit would take `url` for a GraphQL variable.
        const r = await gh.graphql({
            query: 'query { viewer { login } }',
            ...(graphqlUrl ? { url: graphqlUrl } : {})
        });
        if (r.viewer?.login)
            return normaliseLogin(r.viewer.login);
    }
    catch (error) {
        if (!answered(error))
            throw error;
    }
    try {
        const r = await gh.rest.users.getAuthenticated();
        if (r.data.login)
            return normaliseLogin(r.data.login);
    }
    catch (error) {
        if (!answered(error))
            throw error;
    }
    return undefined;
}
/**
 * One comment per target on the pull request: found by its hidden marker and by its author being
 * the token's identity (someone quoting the marker cannot hijack it), then created, edited in
 * place, recreated or deleted as the mode says, and left alone when nothing changed. A refused
 * write (403/404) is `skipped` with the permission that fixes it; a rate limit that outlasted the
 * retries is `skipped` saying so, never as a permission problem.
 */
async function upsertStickyComment(gh, req) {
    const marker = commentMarker(req.target);
    const digest = commentDigest(req.body);
    const full = `${req.body}\n\n${req.links}\n\n${marker}\n<!-- db-posture-digest:${digest} -->\n`;
    const where = { owner: req.owner, repo: req.repo };
    try {
        const me = await tokenIdentity(gh, req.graphqlUrl);
        const comments = await gh.paginate(gh.rest.issues.listComments, {
            ...where,
            issue_number: req.issue,
            per_page: 100
        });
        const mine = comments.filter(c => {
            if (!c.body?.includes(marker) || !c.user?.login)
                return false;
            return me !== undefined ? normaliseLogin(c.user.login) === me : c.user.type === 'Bot';
        });
        const current = mine[0];
        const remove = async (list) => {
            for (const c of list)
                await gh.rest.issues.deleteComment({ ...where, comment_id: c.id });
        };
        if (req.mode === 'delete-when-clean' && req.passed) {
            if (!current)
                return { action: 'none', reason: 'the gate passed and there is no earlier comment to delete' };
            await remove(mine);
            return { action: 'deleted', id: current.id };
        }
        if (req.mode === 'only-when-failing' && req.passed && !current) {
            return { action: 'none', reason: 'the gate passed (comment: only-when-failing)' };
        }
        if (req.mode === 'recreate' && current) {
            await remove(mine);
        }
        else if (current) {
            const url = current.html_url ? { url: current.html_url } : {};
            if (DIGEST.exec(current.body ?? '')?.[1] === digest)
                return { action: 'unchanged', id: current.id, ...url };
            const r = await gh.rest.issues.updateComment({ ...where, comment_id: current.id, body: full });
            return { action: 'updated', id: r.data.id, ...(r.data.html_url ? { url: r.data.html_url } : {}) };
        }
        const r = await gh.rest.issues.createComment({ ...where, issue_number: req.issue, body: full });
        return { action: 'created', id: r.data.id, ...(r.data.html_url ? { url: r.data.html_url } : {}) };
    }
    catch (error) {
        const status = errorStatus(error);
        if (isRateLimit(error)) {
            return {
                action: 'skipped',
                reason: `${describeRequestError(error, req.apiUrl)}. GitHub kept rate-limiting the token after the waits; this is not a permissions problem, the next run will post it.`
            };
        }
        if (status === 403 || status === 404) {
            return {
                action: 'skipped',
                reason: `${describeRequestError(error, req.apiUrl)}. The token needs "pull-requests: write" (or "issues: write") to comment.`
            };
        }
        throw new Error(describeRequestError(error, req.apiUrl));
    }
}

;// CONCATENATED MODULE: ./src/fleet/github-issues.ts


/** A tracking-issue call the token may not make: the permission it needs, for one clear line. */
class IssuePermissionError extends Error {
}
/** A failed call as one line ("GitHub API POST /repos/o/r/issues answered 403: ..."), naming the permission when refused. */
async function permission(apiUrl, call) {
    try {
        return await call();
    }
    catch (error) {
        const status = errorStatus(error);
        const line = describeRequestError(error, apiUrl);
        if (status === 403 || status === 404) {
            throw new IssuePermissionError(`${line}. Tracking issues need "issues: write" in the workflow's permissions (and issues enabled on the repository).`);
        }
        throw new Error(line);
    }
}
/** The tracking-issue calls over the run's Octokit client (retry, throttling, proxy, deadline). */
function octokitIssueApi(gh, owner, repo, apiUrl, graphqlUrl) {
    const where = { owner, repo };
    const guard = (call) => permission(apiUrl, call);
    return {
        identity: async () => (await tokenIdentity(gh, graphqlUrl)) ?? 'github-actions',
        listOpenIssues: label => guard(async () => {
            const items = await gh.paginate(gh.rest.issues.listForRepo, {
                ...where,
                state: 'open',
                labels: label,
                per_page: 100
            });
            return items
                .filter(i => i.pull_request === undefined)
                .map((i) => ({
                number: i.number,
                title: i.title,
                body: i.body ?? '',
                ...(i.user?.login ? { author: i.user.login } : {}),
                ...(i.html_url ? { url: i.html_url } : {})
            }));
        }),
        createIssue: issue => guard(async () => {
            const r = await gh.rest.issues.create({
                ...where,
                title: issue.title,
                body: issue.body,
                labels: [...issue.labels],
                ...(issue.assignees.length ? { assignees: [...issue.assignees] } : {})
            });
            return { number: r.data.number, ...(r.data.html_url ? { url: r.data.html_url } : {}) };
        }),
        updateIssue: (number, patch) => guard(async () => {
            await gh.rest.issues.update({ ...where, issue_number: number, title: patch.title, body: patch.body });
        }),
        closeIssue: (number, comment) => guard(async () => {
            await gh.rest.issues.createComment({ ...where, issue_number: number, body: comment });
            await gh.rest.issues.update({
                ...where,
                issue_number: number,
                state: 'closed',
                state_reason: 'completed'
            });
        })
    };
}

;// CONCATENATED MODULE: ./src/fleet/tracking.ts


const DEFAULT_ISSUE_LABEL = 'db-posture';
/** GitHub refuses an issue body over 65,536 characters. */
const BODY_LIMIT = 60000;
function issueMarker(key) {
    return `<!-- db-posture-issue:${key} -->`;
}
const tracking_DIGEST = /<!-- db-posture-issue-digest:([0-9a-f]{16}) -->/;
const digestOf = (title, body) => (0,external_node_crypto_.createHash)('sha256').update(`${title}\u0000${body}`).digest('hex').slice(0, 16);
const normalise = (login) => login.replace(/\[bot\]$/, '').toLowerCase();
function fullBody(subject) {
    const body = subject.body.length > BODY_LIMIT
        ? `${subject.body.slice(0, subject.body.lastIndexOf('\n', BODY_LIMIT))}\n\n*(cut: the full report is in the run's artifact)*`
        : subject.body;
    return `${body}\n\n${issueMarker(subject.key)}\n<!-- db-posture-issue-digest:${digestOf(subject.title, subject.body)} -->\n`;
}
/**
 * Brings the tracking issues in line with the subjects' gates. Issues are found by marker and by
 * author (someone pasting the marker into their own issue cannot make us edit or close it).
 * A failing subject with an issue whose text is unchanged is left alone, so a nightly run that
 * finds the same problems does not notify everyone watching.
 */
async function trackIssues(api, subjects, options) {
    const label = options.labels[0] ?? DEFAULT_ISSUE_LABEL;
    const labels = options.labels.length ? options.labels : [DEFAULT_ISSUE_LABEL];
    const me = normalise(await api.identity());
    const open = (await api.listOpenIssues(label))
        .filter(i => i.author !== undefined && normalise(i.author) === me)
        .sort((a, b) => a.number - b.number);
    const outcomes = [];
    for (const subject of subjects) {
        const marker = issueMarker(subject.key);
        const existing = open.find(i => i.body.includes(marker));
        if (subject.failing) {
            const body = fullBody(subject);
            if (!existing) {
                const created = await api.createIssue({
                    title: subject.title,
                    body,
                    labels,
                    assignees: options.assignees
                });
                outcomes.push({
                    key: subject.key,
                    action: 'created',
                    number: created.number,
                    ...(created.url ? { url: created.url } : {})
                });
            }
            else if (tracking_DIGEST.exec(existing.body)?.[1] === digestOf(subject.title, subject.body)) {
                outcomes.push({ key: subject.key, action: 'unchanged', number: existing.number });
            }
            else {
                await api.updateIssue(existing.number, { title: subject.title, body });
                outcomes.push({ key: subject.key, action: 'updated', number: existing.number });
            }
        }
        else if (existing) {
            await api.closeIssue(existing.number, `The db-posture gate passes again${options.runUrl ? ` ([run](${options.runUrl}))` : ''}; closing this issue.`);
            outcomes.push({ key: subject.key, action: 'closed', number: existing.number });
        }
        else {
            outcomes.push({ key: subject.key, action: 'none' });
        }
    }
    return outcomes;
}
function linkLines(links) {
    const out = [];
    if (links.run)
        out.push(`[Workflow run](${links.run})`);
    if (links.report)
        out.push(`Full report: ${links.report.startsWith('http') ? `[artifact](${links.report})` : (0,core_text/* codeSpan */.SS)(links.report)}`);
    return out.length ? ['', out.join(' · ')] : [];
}
/**
 * The issue for one target: why its gate fails and the findings that block it. Every value from
 * the report is a code span (role names and details come from the audited system).
 */
function targetIssue(report, links = {}) {
    const failing = (report.gate.incomplete ?? 0) > 0 || (!report.gate.passed && report.gate.failOn !== 'never');
    const blocking = report.findings.filter(f => (f.status === 'FAIL' || (report.gate.failOn === 'warn' && f.status === 'WARN')) &&
        f.waiver?.state !== 'active');
    // An incomplete audit stays tracked even with fail-on never: a fault never closes an issue.
    const incomplete = (report.gate.incomplete ?? 0) > 0;
    const lines = [
        `The scheduled db-posture audit of ${(0,core_text/* codeSpan */.SS)(report.target.name)} (${report.target.engine}, ${report.context.environment}) fails its gate: ${report.gate.unwaivedFails} unwaived FAIL, ${(0,core_text/* plural */.LS)(report.gate.expiredWaivers, 'expired waiver')}${incomplete ? `, ${(0,core_text/* plural */.LS)(report.gate.incomplete ?? 0, 'check')} not evaluated because of a fault (the audit is incomplete)` : ''}.`,
        '',
        `Last audited: ${report.context.auditedAt.slice(0, 16).replace('T', ' ')} UTC. This issue is updated by each failing run and closed when the gate passes.`,
        '',
        '## Blocking findings',
        ''
    ];
    lines.push(...blockingLines(blocking));
    for (const w of report.baseline.expired)
        lines.push(`- Expired waiver: ${(0,core_text/* codeSpan */.SS)(w.check)}${w.object !== undefined ? ` on ${(0,core_text/* codeSpan */.SS)(w.object)}` : ''} (owner ${(0,core_text/* codeSpan */.SS)(w.owner)}, expired ${w.expires})`);
    lines.push(...linkLines(links));
    return {
        key: `target:${report.target.name}`,
        title: `db-posture: ${report.target.name} fails its security gate`,
        failing,
        body: lines.join('\n')
    };
}
/** Objects named on a check's line before the rest are counted (the report has them all). */
const OBJECTS_SHOWN = 5;
/**
 * One line per blocking check (never one per finding: 600 findings of one check must not push
 * another FAIL check out of the issue), in the report's check order, with the first objects.
 */
function blockingLines(blocking) {
    const byCheck = new Map();
    for (const f of blocking) {
        const key = `${f.status}\u0000${f.checkId}`;
        const list = byCheck.get(key);
        if (list)
            list.push(f);
        else
            byCheck.set(key, [f]);
    }
    const out = [];
    for (const list of byCheck.values()) {
        const f = list[0];
        if (list.length === 1) {
            out.push(`- [${f.status}] ${(0,core_text/* codeSpan */.SS)(f.checkId)}${f.object !== undefined ? ` on ${(0,core_text/* codeSpan */.SS)(f.object)}` : ''}: ${(0,core_text/* codeSpan */.SS)(f.detail)}`);
            continue;
        }
        const objects = list.filter(x => x.object !== undefined).map(x => x.object);
        const named = objects.slice(0, OBJECTS_SHOWN).map(core_text/* codeSpan */.SS);
        const rest = list.length - named.length;
        out.push(`- [${f.status}] ${(0,core_text/* codeSpan */.SS)(f.checkId)}: ${(0,core_text/* plural */.LS)(list.length, 'finding')}${named.length ? ` on ${named.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}` : ''}`);
    }
    return out;
}
/** The one issue for a fleet: which targets fail, are missing or outdated. */
function fleetIssue(fleet, links = {}) {
    const lines = [
        `The scheduled db-posture fleet audit fails: ${fleet.gate.reasons.join('; ') || 'no reason recorded'}.`,
        '',
        `Merged: ${fleet.generatedAt.slice(0, 16).replace('T', ' ')} UTC. This issue is updated by each failing run and closed when the fleet passes.`,
        ''
    ];
    const failed = fleet.targets.filter(t => t.gate === 'failed');
    if (failed.length) {
        lines.push('## Failing targets', '');
        for (const t of failed.slice(0, 300))
            lines.push(`- ${(0,core_text/* codeSpan */.SS)(t.name)}: ${t.unwaivedFails} unwaived FAIL, ${(0,core_text/* plural */.LS)(t.expiredWaivers, 'expired waiver')}`);
        if (failed.length > 300)
            lines.push(`- … and ${failed.length - 300} more`);
        lines.push('');
    }
    const gaps = [
        ...fleet.targets
            .filter(t => t.gate === 'incomplete')
            .map(t => `- ${(0,core_text/* codeSpan */.SS)(t.name)}: the audit was incomplete (a fault stopped a check)`),
        ...fleet.missing.map(m => `- ${(0,core_text/* codeSpan */.SS)(m.name)}: ${m.reason === 'audit-error' ? 'could not be audited' : 'no report'}`),
        ...fleet.targets
            .filter(t => t.outdated)
            .map(t => `- ${(0,core_text/* codeSpan */.SS)(t.name)}: report from ${t.auditedAt.slice(0, 10)} is outdated`)
    ];
    if (gaps.length)
        lines.push('## Incomplete, missing or outdated', '', ...gaps.slice(0, 300), '');
    const top = fleet.checks.filter(c => c.failing.length).slice(0, 10);
    if (top.length) {
        lines.push('## Checks failing on the most targets', '');
        for (const c of top)
            lines.push(`- ${(0,core_text/* codeSpan */.SS)(c.checkId)}: ${(0,core_text/* plural */.LS)(c.failing.length, 'target')}`);
    }
    lines.push(...linkLines(links));
    return {
        key: 'fleet',
        title: 'db-posture: the fleet fails its security gate',
        failing: !fleet.gate.passed,
        body: lines.join('\n')
    };
}

;// CONCATENATED MODULE: ./src/fleet/action-issue.ts






/** Issue labels/assignees inputs: comma lists, validated before anything runs. */
function issueSettings() {
    const list = (name) => (input(name) ?? '')
        .split(',')
        .map(s => s.trim())
        .filter(Boolean);
    const labels = list('issue-labels');
    const assignees = list('issue-assignees').map(a => a.replace(/^@/, ''));
    const bad = assignees.find(a => !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(a));
    if (bad !== undefined)
        throw new errors/* UsageError */.eb(`Invalid input issue-assignees ${JSON.stringify(input('issue-assignees'))} (item ${JSON.stringify(bad)}): expected GitHub user logins.`);
    const badLabel = labels.find(l => l.length > 50);
    if (badLabel !== undefined)
        throw new errors/* UsageError */.eb(`Invalid input issue-labels (item ${JSON.stringify(badLabel)}): expected labels of at most 50 characters.`);
    return { labels: labels.length ? labels : [DEFAULT_ISSUE_LABEL], assignees };
}
const restIssueApiFactory = (ctx, token) => octokitIssueApi(actionGitHubClient({ token, apiUrl: ctx.apiUrl, timeoutMs: 30000 }), ctx.repository.owner, ctx.repository.repo, ctx.apiUrl, ctx.graphqlUrl);
/**
 * Opens, updates or closes the tracking issues of a scheduled run. Pull-request runs are gated by
 * the comment instead and never open issues. A token that may not write issues fails the step with
 * the permission it needs (the reports are already published by then).
 */
async function publishIssues(subjects, ctx, token, factory, redactor, runUrl) {
    if (ctx.pullRequest) {
        core.info('db-posture: pull-request run: tracking issues are for scheduled runs; none was touched.');
        return;
    }
    if (!ctx.repository || !token) {
        core.setFailed('db-posture: issue: true needs the repository and a github-token with "issues: write".');
        return;
    }
    const settings = issueSettings();
    try {
        const outcomes = await trackIssues(factory(ctx, token), subjects, {
            ...settings,
            ...(runUrl ? { runUrl } : {})
        });
        for (const o of outcomes)
            if (o.action !== 'none')
                core.info(`db-posture: tracking issue for ${o.key} ${o.action} (#${o.number}).`);
    }
    catch (error) {
        const message = redactor.scrub(error.message ?? String(error));
        core.setFailed(error instanceof IssuePermissionError
            ? `db-posture: tracking issue not written: ${message}`
            : `db-posture: tracking issue failed: ${message}`);
    }
}

;// CONCATENATED MODULE: ./src/github/action-settings.ts









function readSecrets() {
    return {
        url: input('connection-string'),
        cloudApiKey: input('cloud-api-key'),
        couchbasePassword: input('couchbase-password') ?? process.env.DB_POSTURE_COUCHBASE_PASSWORD,
        token: input('github-token')
    };
}
const RUN_MODES = ['audit', 'merge', 'matrix'];
/** The mode input: audit one target (default), merge a fleet's reports, or emit a matrix. */
function readRunMode() {
    const given = input('mode') ?? 'audit';
    if (RUN_MODES.includes(given))
        return given;
    throw new errors/* UsageError */.eb(`Invalid input mode ${JSON.stringify(given)}: expected audit, merge or matrix.`);
}
/**
 * The job-summary input, read on its own before the other audit settings: it decides whether a
 * configuration error in any later input is also written to the job summary.
 */
function readJobSummary() {
    return booleanInput('job-summary', true);
}
/** The publishing inputs (comment, http-timeout, issue, artifact-name, sarif-file, junit-file). */
function readPublishSettings(jobSummary) {
    const comment = { mode: commentMode(), timeoutMs: httpTimeoutMs() };
    const issue = booleanInput('issue', false);
    if (issue)
        issueSettings();
    return {
        jobSummary,
        comment,
        issue,
        artifactName: input('artifact-name'),
        sarifFile: input('sarif-file'),
        junitFile: input('junit-file')
    };
}
/** A database to audit: a connection string, a Couchbase URL or a Cloud API key. */
function hasTarget(secrets) {
    return !!(secrets.url || input('couchbase-url') || secrets.cloudApiKey);
}
function readAuditSettings(secrets, ctx, jobSummary) {
    const publish = readPublishSettings(jobSummary);
    const { sarifFile, junitFile } = publish;
    if (!hasTarget(secrets)) {
        if (ctx.pullRequest?.fromFork) {
            // GitHub withholds secrets from fork pull requests by design: a neutral skip that says so.
            return {
                kind: 'skip',
                reason: 'this pull request comes from a fork, and GitHub passes no secrets to such runs',
                publish
            };
        }
        // Anywhere else an empty input is a renamed or unset secret: a green audit would be a lie.
        throw new errors/* UsageError */.eb(`No target: the connection-string input is empty on this ${ctx.eventName || 'local'} run (and so are couchbase-url and cloud-api-key). An unset or renamed secret gives an empty input; only pull requests from forks, which get no secrets, may skip.`);
    }
    const options = readOptions(secrets, ctx);
    // Every place a report goes is checked before anything connects.
    checkOutputDirectory(options.outDir, 'input out-dir');
    checkOutputFile(sarifFile, 'sarif-file');
    checkOutputFile(junitFile, 'junit-file');
    return { kind: 'audit', options, publish };
}
/** A timeout input in seconds (0.1 to 600), as milliseconds for the options. */
function secondsInput(name) {
    const v = input(name);
    if (v === undefined)
        return undefined;
    const n = Number(v.trim());
    if (!/^\d+(\.\d+)?$/.test(v.trim()) || n < 0.1 || n > 600) {
        throw new errors/* UsageError */.eb(`Invalid input ${name} ${JSON.stringify(v)}: expected seconds from 0.1 to 600.`);
    }
    return Math.round(n * 1000);
}
function readOptions(secrets, ctx) {
    const { url, cloudApiKey, couchbasePassword } = secrets;
    const baselinePath = input('baseline') ?? DEFAULT_BASELINE;
    return options_parseAuditOptions(Object.fromEntries(Object.entries({
        url,
        engine: input('engine'),
        deployment: input('deployment'),
        environment: input('environment'),
        compliance: input('compliance'),
        dataSensitivity: input('data-sensitivity'),
        name: input('name'),
        baseline: baselinePath,
        baselineExplicit: baselinePath !== DEFAULT_BASELINE,
        failOn: input('fail-on'),
        failOnStale: input('fail-on-stale'),
        compareTo: input('compare-to'),
        gate: input('gate'),
        maxWaiverDays: input('max-waiver-days'),
        concurrency: input('concurrency'),
        formats: ['markdown', 'json', 'sarif', 'junit'],
        connectTimeoutMs: secondsInput('connect-timeout'),
        statementTimeoutMs: secondsInput('statement-timeout'),
        outDir: input('out-dir') ?? external_node_path_default().join(process.env.RUNNER_TEMP ?? '.', 'db-posture', ctx.job ?? 'audit'),
        cloudApiKey,
        cloudClusterId: input('cloud-cluster-id'),
        cloudApiUrl: input('cloud-api-url') ?? process.env.DB_POSTURE_CLOUD_API_URL,
        certsDir: input('certs-dir'),
        couchbaseUrl: input('couchbase-url'),
        couchbaseUsername: input('couchbase-username'),
        couchbaseCaFile: input('couchbase-ca'),
        couchbasePassword
    }).filter(([, v]) => v !== undefined)), name => `input ${inputNameOf(name)}`, {
        ...(input('cloud-api-url') === undefined && process.env.DB_POSTURE_CLOUD_API_URL
            ? { cloudApiUrl: 'DB_POSTURE_CLOUD_API_URL' }
            : {}),
        ...(input('couchbase-password') === undefined && couchbasePassword
            ? { couchbasePassword: 'DB_POSTURE_COUCHBASE_PASSWORD' }
            : {})
    });
}
/** The comment input: a mode, or true/false as before (update/off). */
function commentMode() {
    const given = input('comment')?.trim().toLowerCase();
    if (given === undefined || given === 'true')
        return 'update';
    if (given === 'false')
        return 'off';
    if (COMMENT_MODES.includes(given))
        return given;
    throw new errors/* UsageError */.eb(`Invalid input comment ${JSON.stringify(input('comment'))}: expected one of ${COMMENT_MODES.join(', ')} (or true/false).`);
}
/** The http-timeout input: seconds per GitHub API request. */
function httpTimeoutMs() {
    const given = input('http-timeout');
    if (given === undefined)
        return 30000;
    const n = Number(given.trim());
    if (!/^\d+$/.test(given.trim()) || n < 1 || n > 600) {
        throw new errors/* UsageError */.eb(`Invalid input http-timeout ${JSON.stringify(given)}: expected whole seconds from 1 to 600.`);
    }
    return n * 1000;
}
/** A copy target (sarif-file, junit-file) must not be a directory, and its directory must be makeable. */
function checkOutputFile(file, name) {
    if (!file)
        return;
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_.statSync)(file).isDirectory();
    }
    catch {
        // does not exist yet: fine
    }
    if (isDirectory) {
        throw new errors/* UsageError */.eb(`Invalid input ${name} ${JSON.stringify(file)}: it is a directory; expected a file path.`);
    }
    checkOutputDirectory(external_node_path_default().dirname(external_node_path_default().resolve(file)), `input ${name} (its directory)`);
}
/** Flags that engines name in their messages, as the action inputs the user actually set. */
function asInputNames(message) {
    return message.replace(/--([a-z][a-z-]*)/g, (whole, flag) => {
        const input = FLAGS_AS_INPUTS.get(flag);
        return input ? `the ${input} input` : whole;
    });
}
/** Each audit flag that has an action input, with that input's name (`url` -> `connection-string`). */
const FLAGS_AS_INPUTS = new Map(Object.values(OPTION_SURFACES).flatMap(s => (s.flag && s.input ? [[s.flag, s.input]] : [])));

;// CONCATENATED MODULE: ./src/report/comment.ts









/** GitHub refuses comment bodies over 65,536 characters; leave room for links and markers. */
const COMMENT_BUDGET = 60000;
/** The comment never lists PASS/INFO/N/A checks, so the steps that only shrink those are skipped. */
const COMMENT_STEPS = SHRINK_STEPS.filter(l => l.quiet === 'counts');
/** How long the suggested waiver lasts: a quarter, well inside the default 365-day horizon. */
const WAIVER_SNIPPET_DAYS = 90;
function waiverItem(w) {
    const object = w.object !== undefined ? ` · ${(0,core_text/* codeSpan */.SS)(w.object)}` : '';
    return `- ${(0,core_text/* codeSpan */.SS)(w.check)}${object}: owner ${(0,core_text/* codeSpan */.SS)(w.owner)}, expires ${w.expires}`;
}
/** The first unwaived FAIL in group order: the one the "How to waive" snippet is written for. */
function firstUnwaivedFail(report) {
    return groupByCheck(shownFindings(report)).find(g => g.kind === 'FAIL')?.findings[0];
}
/**
 * The findings the comment lists. With `gate: new` a FAIL, WARN or UNKNOWN that was already there
 * does not block, so the comment leaves it to the full report and lists only what the pull request
 * changed (and every finding of an incomplete check).
 */
function shownFindings(report) {
    if (report.gate.mode !== 'new')
        return report.findings;
    return report.findings.filter(f => blocksReportGate(report, f) ||
        f.incomplete ||
        f.waiver?.state === 'active' ||
        !(f.status === 'FAIL' || f.status === 'WARN' || f.status === 'UNKNOWN'));
}
/**
 * The baseline entry that would waive `f`, as YAML the baseline loader accepts (a complete file:
 * the entry goes into the `waivers:` list of an existing one). Every value is a JSON string, which
 * YAML reads as the same string whatever it contains.
 */
function waiverSnippet(report, f) {
    const expires = new Date(Date.parse(report.context.auditedAt) + WAIVER_SNIPPET_DAYS * 86400000)
        .toISOString()
        .slice(0, 10);
    const q = (s) => JSON.stringify(s);
    return [
        'version: 1',
        'waivers:',
        `  - check: ${q(f.checkId)}`,
        `    target: ${q(report.target.name)}`,
        ...(f.object !== undefined ? [`    object: ${q(f.object)}`] : []),
        `    reason: ${q('Why this risk is accepted for now, and what will fix it')}`,
        `    owner: ${q('@your-org/your-team')}`,
        `    expires: ${expires}`
    ].join('\n');
}
/** A fenced block no content can close: the fence is longer than any backtick run inside. */
function fenced(info, body) {
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map(r => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [`${fence}${info}`, body, fence];
}
function renderHowToWaive(report) {
    const f = firstUnwaivedFail(report);
    if (!f)
        return [];
    const file = report.baseline.file ?? DEFAULT_BASELINE;
    const object = f.object !== undefined ? ` ${(0,core_text/* codeSpan */.SS)(f.object)}` : '';
    return [
        '',
        '#### How to waive',
        '',
        `A FAIL that is an accepted risk stops failing the gate once a reviewed waiver names its check and object. For ${(0,core_text/* codeSpan */.SS)(f.checkId)}${object}, add this entry to the \`waivers:\` list of ${(0,core_text/* codeSpan */.SS)(file)}:`,
        '',
        ...fenced('yaml', waiverSnippet(report, f))
    ];
}
function renderBaseline(report, layout) {
    const b = report.baseline;
    if (!b.expired.length && !b.expiringSoon.length && !b.stale.length)
        return [];
    const out = ['', '#### Baseline', ''];
    const part = (label, ws) => {
        if (!ws.length)
            return;
        out.push(label, '', ...capList(ws.map(waiverItem), layout.listCap, 'waiver'), '');
    };
    part(`**Expired waivers** (${b.expired.length}; they no longer waive, the findings count again):`, b.expired);
    part(`**Waivers expiring within 14 days** (${b.expiringSoon.length}):`, b.expiringSoon);
    part(`**Stale waivers** (${b.stale.length}; they match no finding, remove them):`, b.stale);
    out.pop();
    return out;
}
function renderRemediation(report, layout) {
    const checks = remediationChecks(report);
    if (!checks.length)
        return [];
    const out = ['', '#### Remediation', ''];
    const shown = layout.linesPerCheck > 0 ? checks : checks.slice(0, Math.max(layout.listCap, 10));
    for (const f of shown) {
        out.push(`<details><summary>${(0,core_text/* escapeStatic */.gH)(f.checkId)}: ${(0,core_text/* escapeStatic */.gH)(f.title)}</summary>`, '', `${(0,core_text/* escapeStatic */.gH)(f.remediation.text)} [Reference](${f.remediation.link})`, '', '</details>', '');
    }
    if (shown.length < checks.length)
        out.push(`- …and ${(0,core_text/* plural */.LS)(checks.length - shown.length, 'more check')}: see the full report.`, '');
    out.pop();
    return out;
}
/**
 * The pull-request comment: the gate, counts with icons, then one line per check (FAIL, WARN,
 * UNKNOWN, waived; each names the check id and the objects, the findings in `<details>`), a "How
 * to waive" snippet for the first unwaived FAIL, the baseline state, remediation per check and
 * notes. Over the budget it shrinks as the job summary does (fit.ts): every FAIL, WARN and UNKNOWN
 * check's line and every heading stay.
 */
function renderComment(report, budget = COMMENT_BUDGET) {
    const t = report.target;
    const render = (layout) => {
        const shown = shownFindings(report);
        const existing = report.findings.length - shown.length;
        const groups = renderFindingGroups(report, { ...layout, quiet: 'counts' }, shown);
        const out = [
            `### db-posture: ${(0,core_text/* codeSpan */.SS)(t.name)} (${ENGINE_NAMES[t.engine]}, ${report.context.environment})`,
            '',
            ...renderIncompleteBanner(report),
            renderGateLine(report),
            '',
            `| ${STATUSES.map(s => `${STATUS_ICON[s]} ${s}`).join(' | ')} |`,
            `|${STATUSES.map(() => '---').join('|')}|`,
            `| ${STATUSES.map(s => report.summary[s]).join(' | ')} |`,
            // The Since section stays short (its lists are capped) so the findings below keep the budget.
            ...(report.comparison
                ? ['', renderSinceSection(report.comparison.diff, { heading: '####', limit: 10 }).trimEnd()]
                : []),
            '',
            '#### Findings by check',
            '',
            ...(groups.length ? groups : ['No findings.']),
            ...(existing
                ? [
                    '',
                    `${existing} existing ${existing === 1 ? 'finding' : 'findings'} (there before, not worse) ${existing === 1 ? 'does' : 'do'} not block with gate: new and ${existing === 1 ? 'is' : 'are'} listed in the full report.`
                ]
                : []),
            ...renderHowToWaive(report),
            ...renderBaseline(report, layout),
            ...renderRemediation(report, layout),
            ...(report.notes.length
                ? [
                    '',
                    '#### Notes',
                    '',
                    ...capList(report.notes.map(n => `- ${n.markdown}`), layout.listCap, 'note')
                ]
                : [])
        ];
        return out.join('\n');
    };
    return fitToBudget(render, s => s.length, budget, '- …the comment is cut here to fit; see the full report.', COMMENT_STEPS).text.trimEnd();
}
/**
 * The per-run part of the comment, kept out of the "unchanged" comparison. The artifact is linked
 * only when the upload succeeded; otherwise the comment says where the report is instead.
 */
function renderCommentLinks(links) {
    const parts = [
        links.artifact
            ? `[Full report (artifact)](${links.artifact})`
            : links.uploaded
                ? `Full report: ${(0,core_text/* codeSpan */.SS)(links.report)} in the run's artifact`
                : `Full report: ${(0,core_text/* codeSpan */.SS)(links.report)} in the runner's output directory (no artifact was uploaded)`
    ];
    if (links.run)
        parts.push(`[Workflow run](${links.run})`);
    return parts.join(' · ');
}

;// CONCATENATED MODULE: ./src/github/publish-comment.ts




/**
 * Posts, updates or deletes the sticky comment on the run's pull request. Never fails the audit:
 * a fork, a missing token or a refused write is a notice or a warning; the summary and artifact
 * still hold the report.
 */
async function publishComment(report, ctx, o) {
    if (o.mode === 'off')
        return {};
    if (!ctx.pullRequest || !ctx.repository) {
        core.debug('db-posture: not a pull request run; no comment.');
        return {};
    }
    if (ctx.pullRequest.fromFork) {
        core.notice('db-posture: pull request from a fork: the workflow token is read-only, so no comment was posted.');
        return {};
    }
    if (!o.token) {
        core.warning('db-posture: no github-token input; the pull-request comment was skipped.');
        return {};
    }
    const gh = actionGitHubClient({
        token: o.token,
        apiUrl: ctx.apiUrl,
        timeoutMs: o.timeoutMs,
        redactor: o.redactor
    });
    try {
        const outcome = await upsertStickyComment(gh, {
            owner: ctx.repository.owner,
            repo: ctx.repository.repo,
            issue: ctx.pullRequest.number,
            target: report.target.name,
            body: o.redactor.scrub(o.extra
                ? `${renderComment(report, COMMENT_BUDGET - o.extra.length - 2)}\n\n${o.extra.trimEnd()}`
                : renderComment(report)),
            links: renderCommentLinks(o.links),
            mode: o.mode,
            passed: report.gate.passed && !o.extra,
            graphqlUrl: ctx.graphqlUrl,
            apiUrl: ctx.apiUrl
        });
        switch (outcome.action) {
            case 'skipped':
                core.warning(`db-posture: pull-request comment skipped: ${o.redactor.scrub(outcome.reason)}`);
                return {};
            case 'none':
                core.info(`db-posture: no pull-request comment: ${outcome.reason}.`);
                return {};
            case 'deleted':
                core.info(`db-posture: pull-request comment deleted (id ${outcome.id}): the gate passed.`);
                return {};
            default:
                core.info(`db-posture: pull-request comment ${outcome.action} (id ${outcome.id}).`);
                return { id: outcome.id, ...(outcome.url ? { url: outcome.url } : {}) };
        }
    }
    catch (error) {
        core.warning(`db-posture: pull-request comment failed: ${o.redactor.scrub(error.message)}`);
        return {};
    }
}

;// CONCATENATED MODULE: ./src/github/outputs.ts

function initialOutputs() {
    return {
        // audited-passed | audited-failed | skipped | error: what happened, before any count is read.
        result: 'error',
        passed: 'false',
        'fail-count': '0',
        'warn-count': '0',
        'unknown-count': '0',
        'unwaived-fail-count': '0',
        'stale-count': '0',
        'report-markdown': '',
        'report-json': '',
        'sarif-file': '',
        'junit-file': '',
        'artifact-id': '',
        'artifact-url': '',
        'comment-id': '',
        'comment-url': ''
    };
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core.setOutput(name, value);
}

;// CONCATENATED MODULE: ./src/github/job-summary.ts

/** Writes the job summary; a summary that cannot be written is a warning, never the step's failure. */
async function writeSummary(markdown) {
    try {
        await core.summary.addRaw(markdown).write();
    }
    catch (error) {
        core.warning(`db-posture: job summary not written: ${error.message}`);
    }
}
/**
 * Server and API text in a fenced code block: nothing in it can become markup, a link, an image or
 * a mention, however the audited party wrote it.
 */
function inertBlock(text) {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(r => r.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}text\n${text}\n${fence}`;
}

;// CONCATENATED MODULE: ./src/github/secrets.ts

/**
 * Registers every secret input with the runner's log masking and with the report redactor: the
 * connection string whole, its password as written (URL-encoded) and decoded, the key=value form's
 * password, the Cloud API key, the Couchbase password and the GitHub token.
 */
function registerSecrets(redactor, secrets) {
    for (const secret of secrets) {
        if (!secret)
            continue;
        redactor.add(secret);
        for (const password of connectionPasswords(secret))
            redactor.add(password);
    }
    for (const s of redactor.list())
        core.setSecret(s);
}
/** Passwords inside a connection string: URL userinfo and libpq's `password=` keyword. */
function connectionPasswords(value) {
    const out = [];
    const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(value.trim());
    if (m) {
        const userinfo = m[1];
        const colon = userinfo.indexOf(':');
        if (colon >= 0)
            out.push(userinfo.slice(colon + 1));
    }
    try {
        const pw = new URL(value).searchParams.get('password');
        if (pw)
            out.push(pw);
    }
    catch {
        // not a URL: the keyword form below
    }
    for (const k of value.matchAll(/(?:^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/gi)) {
        const v = k[1].startsWith("'") ? k[1].slice(1, -1).replace(/\\(.)/g, '$1') : k[1];
        out.push(v);
    }
    return out.filter(Boolean);
}

// EXTERNAL MODULE: ./src/core/bounded.ts
var bounded = __webpack_require__(40926);
;// CONCATENATED MODULE: ./src/fleet/schema.ts


/** The fleet report's own version; independent of the per-target report's schemaVersion. */
const FLEET_SCHEMA_VERSION = 1;
/**
 * A target's gate as its own report says: enforced and passed, enforced and failed, not enforced,
 * or incomplete (a fault stopped a check: the leg exited 3, whatever its fail-on level).
 */
const GATE_STATES = ['passed', 'failed', 'not-enforced', 'incomplete'];
const summary = schemas/* object */.Ikc(Object.fromEntries(STATUSES.map(s => [s, schemas/* number */.aig().int().min(0)])));
const fleetTarget = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    engine: schemas/* enum */.k5n(['postgres', 'cockroachdb', 'couchbase']),
    deployment: schemas/* enum */.k5n(['cloud', 'self-hosted']),
    environment: schemas/* enum */.k5n(['production', 'staging', 'development', 'sandbox']),
    compliance: schemas/* array */.YOg(schemas/* string */.YjP()),
    version: schemas/* string */.YjP().optional(),
    auditedAt: schemas/* string */.YjP(),
    /** Hours between the audit and the merge; negative when the report is from the future. */
    ageHours: schemas/* number */.aig(),
    /** Older than the merge's max age, or from the future: its verdict cannot stand for today. */
    outdated: schemas/* boolean */.zMY(),
    gate: schemas/* enum */.k5n(GATE_STATES),
    unwaivedFails: schemas/* number */.aig().int().min(0),
    waivedFails: schemas/* number */.aig().int().min(0),
    expiredWaivers: schemas/* number */.aig().int().min(0),
    summary,
    /** db-posture version and report schemaVersion that wrote the leg (mixed fleets show both). */
    toolVersion: schemas/* string */.YjP(),
    schemaVersion: schemas/* number */.aig().int(),
    /** The report file as given to merge (or the artifact it came from). */
    source: schemas/* string */.YjP(),
    /** Where a reader finds the leg's full report: a relative path or an artifact URL. */
    link: schemas/* string */.YjP().optional()
})
    .strict();
const checkRow = schemas/* object */.Ikc({
    checkId: schemas/* string */.YjP(),
    title: schemas/* string */.YjP(),
    dimension: schemas/* string */.YjP(),
    /** Targets with an unwaived FAIL of this check, by name. */
    failing: schemas/* array */.YOg(schemas/* string */.YjP()),
    /** Targets where every FAIL of this check is waived. */
    waived: schemas/* array */.YOg(schemas/* string */.YjP()),
    warning: schemas/* array */.YOg(schemas/* string */.YjP()),
    unknown: schemas/* array */.YOg(schemas/* string */.YjP())
})
    .strict();
const targetList = schemas/* array */.YOg(schemas/* object */.Ikc({ checkId: schemas/* string */.YjP(), targets: schemas/* array */.YOg(schemas/* string */.YjP()) }).strict());
const schema_fleetReportSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(FLEET_SCHEMA_VERSION),
    kind: schemas/* literal */.euz('db-posture-fleet'),
    tool: schemas/* object */.Ikc({ name: schemas/* literal */.euz('db-posture'), version: schemas/* string */.YjP() }).strict(),
    generatedAt: schemas/* string */.YjP(),
    maxAgeHours: schemas/* number */.aig(),
    summary: schemas/* object */.Ikc({
        targets: schemas/* number */.aig().int(),
        passed: schemas/* number */.aig().int(),
        failed: schemas/* number */.aig().int(),
        notEnforced: schemas/* number */.aig().int(),
        incomplete: schemas/* number */.aig().int(),
        missing: schemas/* number */.aig().int(),
        outdated: schemas/* number */.aig().int()
    })
        .strict(),
    gate: schemas/* object */.Ikc({
        passed: schemas/* boolean */.zMY(),
        /** True when a target has no report, an outdated one, or could not be audited. */
        incomplete: schemas/* boolean */.zMY(),
        reasons: schemas/* array */.YOg(schemas/* string */.YjP())
    })
        .strict(),
    targets: schemas/* array */.YOg(fleetTarget),
    missing: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        reason: schemas/* enum */.k5n(['no-report', 'audit-error']),
        detail: schemas/* string */.YjP()
    })
        .strict()),
    checks: schemas/* array */.YOg(checkRow),
    duplicates: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), kept: schemas/* string */.YjP(), superseded: schemas/* array */.YOg(schemas/* string */.YjP()) }).strict()),
    changes: schemas/* object */.Ikc({
        comparedTo: schemas/* object */.Ikc({ generatedAt: schemas/* string */.YjP(), source: schemas/* string */.YjP() }).strict(),
        addedTargets: schemas/* array */.YOg(schemas/* string */.YjP()),
        removedTargets: schemas/* array */.YOg(schemas/* string */.YjP()),
        gateChanges: schemas/* array */.YOg(schemas/* object */.Ikc({
            name: schemas/* string */.YjP(),
            from: schemas/* enum */.k5n([...GATE_STATES, 'missing']),
            to: schemas/* enum */.k5n([...GATE_STATES, 'missing'])
        })
            .strict()),
        newlyFailing: targetList,
        noLongerFailing: targetList
    })
        .strict()
        .optional(),
    notes: schemas/* array */.YOg(schemas/* string */.YjP())
})
    .strict();

;// CONCATENATED MODULE: ./src/fleet/load.ts







/** The report schema versions this merge reads. */
const READABLE_SCHEMA_VERSIONS = [1];
/** Legs' JSON reports carry this file name (see writeReportFiles). */
const REPORT_FILE = /^security-audit-.+\.json$/;
async function readJson(file, what) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const e = error;
        throw new errors/* UsageError */.eb(`${file}: cannot be read (${e.code ?? e.message}): expected ${what}.`);
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* UsageError */.eb(`${file}: is not JSON: expected ${what}.`);
    }
}
/**
 * Validates one leg's report. A file from another schema version is refused by name rather than
 * read as if it were version 1: its fields may mean something else.
 */
function load_parseReport(source, data) {
    const what = 'a JSON report written by db-posture audit';
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new errors/* UsageError */.eb(`${source}: is not ${what}.`);
    }
    const obj = data;
    if (obj.kind === 'db-posture-fleet') {
        throw new errors/* UsageError */.eb(`${source}: is a fleet report, not a leg's report: pass a previous fleet report with --compare-to.`);
    }
    if (!('schemaVersion' in obj))
        throw new errors/* UsageError */.eb(`${source}: has no schemaVersion: expected ${what}.`);
    if (!READABLE_SCHEMA_VERSIONS.includes(obj.schemaVersion)) {
        throw new errors/* UsageError */.eb(`${source}: schemaVersion ${JSON.stringify(obj.schemaVersion)} is not one this db-posture ${TOOL.version} reads (${READABLE_SCHEMA_VERSIONS.join(', ')}); merge with the db-posture version that wrote it or a newer one.`);
    }
    const parsed = json_jsonReportSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* UsageError */.eb(`${source}: is not ${what} (schemaVersion 1): ${issue.path.join('.') || 'top level'}: ${issue.message}.`);
    }
    return { source, report: parsed.data };
}
/** Reads and validates the named report files (file descriptors stay bounded). */
async function loadReports(files) {
    return (0,bounded/* mapBounded */.y)(files, 32, async (file) => load_parseReport(file, await readJson(file, 'a JSON report written by db-posture audit')));
}
/**
 * The legs' reports below a directory (downloaded artifacts nest one directory per leg):
 * `security-audit-*.json` files at any depth, in a stable order. Other files (markdown, SARIF,
 * the leg's own notes) are not reports and are left alone.
 */
async function findReportFiles(dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    }
    catch (error) {
        const e = error;
        throw new errors/* UsageError */.eb(`--from-dir ${dir}: cannot be read (${e.code ?? e.message}): expected a directory.`);
    }
    return entries
        .filter(e => e.isFile() && REPORT_FILE.test(e.name))
        .map(e => external_node_path_default().join(e.parentPath ?? e.path, e.name))
        .sort();
}
/** A previous fleet report for --compare-to. */
async function loadFleetReport(file, flag = '--compare-to') {
    const data = await readJson(file, 'a fleet JSON report written by db-posture merge');
    const parsed = fleetReportSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new UsageError(`${flag} ${file}: is not a db-posture fleet report (schemaVersion 1): ${issue.path.join('.') || 'top level'}: ${issue.message}.`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/fleet/merge.ts



/** Clocks on runners drift a little; a report a few minutes "ahead" is not from the future. */
const FUTURE_SKEW_HOURS = 0.25;
function gateOf(r) {
    if ((r.gate.incomplete ?? 0) > 0)
        return 'incomplete';
    if (r.gate.failOn === 'never')
        return 'not-enforced';
    return r.gate.passed ? 'passed' : 'failed';
}
/**
 * One report per target name. Duplicates are never merged silently: either an error naming every
 * file, or (policy latest) the newest audit wins and the others are listed in the fleet report.
 */
function dedupe(legs, policy) {
    const byName = new Map();
    for (const leg of legs) {
        const list = byName.get(leg.report.target.name);
        if (list)
            list.push(leg);
        else
            byName.set(leg.report.target.name, [leg]);
    }
    const kept = [];
    const duplicates = [];
    for (const [name, list] of byName) {
        if (list.length === 1) {
            kept.push(list[0]);
            continue;
        }
        if (policy === 'error') {
            throw new errors/* UsageError */.eb(`Target ${JSON.stringify(name)} has ${list.length} reports: ${list.map(l => l.source).join(', ')}. Give each leg a unique name, or pass --duplicates latest to keep the newest audit.`);
        }
        const sorted = [...list].sort((a, b) => b.report.context.auditedAt.localeCompare(a.report.context.auditedAt) ||
            a.source.localeCompare(b.source));
        kept.push(sorted[0]);
        duplicates.push({ name, kept: sorted[0].source, superseded: sorted.slice(1).map(l => l.source) });
    }
    return { kept, duplicates };
}
function targetRow(leg, options) {
    const r = leg.report;
    const audited = Date.parse(r.context.auditedAt);
    const ageHours = Number.isFinite(audited) ? (options.now.getTime() - audited) / 3_600_000 : Infinity;
    let waivedFails = 0;
    for (const f of r.findings)
        if (f.status === 'FAIL' && f.waiver?.state === 'active')
            waivedFails++;
    const link = options.linkFor?.(leg.source);
    return {
        name: r.target.name,
        engine: r.target.engine,
        deployment: r.target.deployment,
        environment: r.context.environment,
        compliance: [...r.context.compliance],
        ...(r.target.version !== undefined ? { version: r.target.version } : {}),
        auditedAt: r.context.auditedAt,
        ageHours: Number.isFinite(ageHours) ? Math.round(ageHours * 10) / 10 : -1,
        outdated: !Number.isFinite(ageHours) || ageHours > options.maxAgeHours || ageHours < -FUTURE_SKEW_HOURS,
        gate: gateOf(r),
        unwaivedFails: r.gate.unwaivedFails,
        waivedFails,
        expiredWaivers: r.gate.expiredWaivers,
        summary: { ...r.summary },
        toolVersion: r.tool.version,
        schemaVersion: r.schemaVersion,
        source: leg.source,
        ...(link ? { link } : {})
    };
}
/** Per check: which targets fail it (unwaived), have it waived, warn, or could not evaluate it. */
function checkRows(legs) {
    const rows = new Map();
    for (const { report } of legs) {
        const name = report.target.name;
        for (const f of report.findings) {
            if (f.status !== 'FAIL' && f.status !== 'WARN' && f.status !== 'UNKNOWN')
                continue;
            let acc = rows.get(f.checkId);
            if (!acc) {
                acc = {
                    row: {
                        checkId: f.checkId,
                        title: f.title,
                        dimension: f.dimension,
                        failing: [],
                        waived: [],
                        warning: [],
                        unknown: []
                    },
                    failing: new Set(),
                    waived: new Set(),
                    warning: new Set(),
                    unknown: new Set()
                };
                rows.set(f.checkId, acc);
            }
            if (f.status === 'FAIL')
                (f.waiver?.state === 'active' ? acc.waived : acc.failing).add(name);
            else if (f.status === 'WARN')
                acc.warning.add(name);
            else
                acc.unknown.add(name);
        }
    }
    const out = [];
    for (const acc of rows.values()) {
        // A target with one unwaived FAIL of the check is failing it, whatever else is waived there.
        for (const n of acc.failing)
            acc.waived.delete(n);
        const sorted = (s) => [...s].sort();
        out.push({
            ...acc.row,
            failing: sorted(acc.failing),
            waived: sorted(acc.waived),
            warning: sorted(acc.warning),
            unknown: sorted(acc.unknown)
        });
    }
    return out.sort((a, b) => b.failing.length - a.failing.length ||
        b.warning.length - a.warning.length ||
        b.unknown.length - a.unknown.length ||
        a.checkId.localeCompare(b.checkId));
}
function changes(targets, missing, checks, previous) {
    const prev = previous.report;
    const state = new Map();
    for (const t of targets)
        state.set(t.name, t.gate);
    for (const m of missing)
        state.set(m.name, 'missing');
    const prevState = new Map();
    for (const t of prev.targets)
        prevState.set(t.name, t.gate);
    for (const m of prev.missing)
        prevState.set(m.name, 'missing');
    const gateChanges = [];
    for (const [name, to] of state) {
        const from = prevState.get(name);
        if (from !== undefined && from !== to)
            gateChanges.push({ name, from, to });
    }
    const failingNow = new Map(checks.map(c => [c.checkId, new Set(c.failing)]));
    const failingBefore = new Map(prev.checks.map(c => [c.checkId, new Set(c.failing)]));
    const present = new Set(targets.map(t => t.name));
    const diff = (a, b, onlyPresent) => {
        const out = [];
        for (const [checkId, names] of a) {
            const other = b.get(checkId) ?? new Set();
            // A target that has no report now did not fix anything: it is reported as missing instead.
            const delta = [...names].filter(n => !other.has(n) && (!onlyPresent || present.has(n))).sort();
            if (delta.length)
                out.push({ checkId, targets: delta });
        }
        return out.sort((x, y) => y.targets.length - x.targets.length || x.checkId.localeCompare(y.checkId));
    };
    const sortedDiff = (a, b) => [...a].filter(n => !b.has(n)).sort();
    return {
        comparedTo: { generatedAt: prev.generatedAt, source: previous.source },
        addedTargets: sortedDiff(state.keys(), new Set(prevState.keys())),
        removedTargets: sortedDiff(prevState.keys(), new Set(state.keys())),
        gateChanges: gateChanges.sort((a, b) => a.name.localeCompare(b.name)),
        newlyFailing: diff(failingNow, failingBefore, false),
        noLongerFailing: diff(failingBefore, failingNow, true)
    };
}
/**
 * Merges the legs' reports into one fleet report. The fleet gate fails when any enforced target
 * failed, and the fleet is incomplete (which also fails) when an expected target has no report,
 * could not be audited, or its report is outdated: a verdict nobody measured is never a pass.
 */
function mergeReports(legs, options) {
    const { kept, duplicates } = dedupe(legs, options.duplicates);
    const targets = kept.map(l => targetRow(l, options)).sort((a, b) => a.name.localeCompare(b.name));
    const present = new Set(targets.map(t => t.name));
    const missing = [];
    const errored = new Set();
    for (const e of options.errors ?? []) {
        if (present.has(e.name) || errored.has(e.name))
            continue;
        errored.add(e.name);
        missing.push({ name: e.name, reason: 'audit-error', detail: e.detail });
    }
    for (const name of options.expected ?? []) {
        if (present.has(name) || errored.has(name))
            continue;
        missing.push({ name, reason: 'no-report', detail: 'no report was found for this target' });
    }
    missing.sort((a, b) => a.name.localeCompare(b.name));
    const checks = checkRows(kept);
    const count = (g) => targets.filter(t => t.gate === g).length;
    const failed = count('failed');
    const outdated = targets.filter(t => t.outdated).length;
    const incompleteLegs = count('incomplete');
    const reasons = [];
    if (failed)
        reasons.push(`${failed} target${failed === 1 ? '' : 's'} failed ${failed === 1 ? 'its' : 'their'} gate`);
    if (incompleteLegs)
        reasons.push(`${incompleteLegs} target${incompleteLegs === 1 ? "'s audit was" : "s' audits were"} incomplete (a fault stopped a check)`);
    const noReport = missing.filter(m => m.reason === 'no-report').length;
    const auditErrors = missing.length - noReport;
    if (auditErrors)
        reasons.push(`${auditErrors} target${auditErrors === 1 ? '' : 's'} could not be audited`);
    if (noReport)
        reasons.push(`${noReport} expected target${noReport === 1 ? ' has' : 's have'} no report`);
    if (outdated)
        reasons.push(`${outdated} report${outdated === 1 ? ' is' : 's are'} older than ${options.maxAgeHours} h or dated in the future`);
    if (targets.length === 0 && missing.length === 0)
        reasons.push('no report was given');
    const notes = [];
    const versions = [...new Set(targets.map(t => t.toolVersion))].sort();
    if (versions.length > 1)
        notes.push(`The legs were written by different db-posture versions: ${versions.join(', ')}.`);
    for (const d of duplicates)
        notes.push(`Target ${d.name} had ${d.superseded.length + 1} reports; kept the newest (${d.kept}).`);
    const report = {
        schemaVersion: FLEET_SCHEMA_VERSION,
        kind: 'db-posture-fleet',
        tool: { name: TOOL.name, version: TOOL.version },
        generatedAt: options.now.toISOString(),
        maxAgeHours: options.maxAgeHours,
        summary: {
            targets: targets.length + missing.length,
            passed: count('passed'),
            failed,
            notEnforced: count('not-enforced'),
            incomplete: incompleteLegs,
            missing: missing.length,
            outdated
        },
        gate: {
            passed: reasons.length === 0,
            incomplete: incompleteLegs > 0 ||
                missing.length > 0 ||
                outdated > 0 ||
                (targets.length === 0 && missing.length === 0),
            reasons
        },
        targets,
        missing,
        checks,
        duplicates,
        ...(options.previous ? { changes: changes(targets, missing, checks, options.previous) } : {}),
        notes
    };
    return { report, kept: [...kept].sort((a, b) => a.report.target.name.localeCompare(b.report.target.name)) };
}
/** The exit code for a fleet: 3 when incomplete, 1 when a target failed, else 0. */
function fleetExitCode(report) {
    if (report.gate.incomplete)
        return 3;
    return report.gate.passed ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/fleet/markdown.ts


const markdown_ENGINE_NAMES = {
    postgres: 'PostgreSQL',
    cockroachdb: 'CockroachDB',
    couchbase: 'Couchbase Server'
};
const GATE_LABEL = {
    passed: 'PASS',
    failed: '**FAIL**',
    'not-enforced': 'not enforced',
    incomplete: '**INCOMPLETE**'
};
/** Names listed per check before the list is cut with a count (the JSON has them all). */
const NAMES_SHOWN = 20;
const FLEET_FULL_LAYOUT = {
    passedRows: true,
    targetRows: Number.POSITIVE_INFINITY,
    names: NAMES_SHOWN,
    listCap: Number.POSITIVE_INFINITY
};
/** The layouts the fleet job summary tries in turn until one fits. */
const FLEET_SHRINK_STEPS = [
    FLEET_FULL_LAYOUT,
    { ...FLEET_FULL_LAYOUT, passedRows: false },
    { passedRows: false, targetRows: 10000, names: 10, listCap: 300 },
    { passedRows: false, targetRows: 3000, names: 5, listCap: 100 },
    { passedRows: false, targetRows: 1000, names: 3, listCap: 30 },
    { passedRows: false, targetRows: 300, names: 1, listCap: 10 },
    { passedRows: false, targetRows: 100, names: 0, listCap: 10 },
    { passedRows: false, targetRows: 0, names: 0, listCap: 3 }
];
/** A table row; every cell's pipes are escaped (code spans included: GFM splits cells first). */
const row = (cells) => `| ${cells.map(core_text/* tableCell */.xR).join(' | ')} |`.replace(/ {2,}\|/g, ' |');
const when = (iso) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
function names(list, shownAtMost = NAMES_SHOWN) {
    if (shownAtMost <= 0 && list.length)
        return (0,core_text/* plural */.LS)(list.length, 'target');
    const shown = list.slice(0, shownAtMost).map(core_text/* codeSpan */.SS).join(', ');
    return list.length > shownAtMost ? `${shown} and ${list.length - shownAtMost} more` : shown;
}
/** At most `cap` list items, then one saying how many more the full report has. */
function capped(items, cap, noun) {
    if (items.length <= cap)
        return [...items];
    return [...items.slice(0, cap), `- …and ${(0,core_text/* plural */.LS)(items.length - cap, noun)}: see the full report.`];
}
/**
 * A link target that stays a link: only http(s) URLs and relative paths, percent-encoded so that
 * spaces, parentheses and angle brackets in a path cannot end it.
 */
function safeLink(link) {
    if (/^https?:\/\//i.test(link)) {
        try {
            return new URL(link).href.replace(/[()<>]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
        }
        catch {
            return undefined;
        }
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//'))
        return undefined;
    return link
        .split('/')
        .map(s => encodeURIComponent(s))
        .join('/')
        .replace(/[()]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function audited(t, maxAgeHours) {
    if (!t.outdated)
        return when(t.auditedAt);
    if (t.ageHours < 0)
        return `${when(t.auditedAt)} ⚠ in the future`;
    return `${when(t.auditedAt)} ⚠ ${Math.round(t.ageHours)} h old (max ${maxAgeHours} h)`;
}
function title(id, fileTitle, options) {
    const meta = options.describe(id);
    return meta ? (0,core_text/* escapeStatic */.gH)(meta.title) : (0,core_text/* codeSpan */.SS)(fileTitle);
}
/**
 * The fleet report in GitHub-flavoured markdown. Every name, version and title read from the legs'
 * files is a code span (a leg's file is input like any other), so nothing in it becomes markup,
 * a link or a mention.
 */
function renderFleetMarkdown(report, options, layout = FLEET_FULL_LAYOUT, 
/** A line put right after the gate line (the summary's "shortened" note). */
afterGate) {
    const s = report.summary;
    const mixed = new Set(report.targets.map(t => t.toolVersion)).size > 1;
    const lines = [
        '# Fleet Security Report',
        '',
        `**Generated:** ${when(report.generatedAt)} UTC  `,
        `**Targets:** ${s.targets} (${s.passed} passed, ${s.failed} failed, ${s.notEnforced} not enforced, ${s.incomplete} incomplete, ${s.missing} missing, ${s.outdated} outdated)  `,
        `**Max report age:** ${report.maxAgeHours} h`,
        '',
        report.gate.passed
            ? '**Fleet gate: PASSED**'
            : `**Fleet gate: ${report.gate.incomplete ? 'INCOMPLETE' : 'FAILED'}**: ${report.gate.reasons.join('; ')}.`,
        '',
        ...(afterGate !== undefined ? [afterGate, ''] : []),
        '## Targets',
        '',
        `| Target | Engine | Environment | Gate | FAIL | WARN | UNKNOWN | Audited |${mixed ? ' db-posture |' : ''} Report |`,
        `|---|---|---|---|---:|---:|---:|---|${mixed ? '---|' : ''}---|`
    ];
    const quiet = (t) => t.gate === 'passed' && !t.outdated;
    const listed = report.targets.filter(t => layout.passedRows || !quiet(t));
    const hiddenPassed = report.targets.length - listed.length;
    let room = layout.targetRows;
    for (const t of listed) {
        if (room-- <= 0)
            break;
        const engine = `${markdown_ENGINE_NAMES[t.engine] ?? (0,core_text/* codeSpan */.SS)(t.engine)}${t.version !== undefined ? ` ${(0,core_text/* codeSpan */.SS)(t.version)}` : ''}`;
        const fails = t.waivedFails ? `${t.unwaivedFails} (+${t.waivedFails} waived)` : String(t.unwaivedFails);
        const href = t.link !== undefined ? safeLink(t.link) : undefined;
        const report_ = href ? `[report](${href})` : (0,core_text/* codeSpan */.SS)(t.source.split(/[\\/]/).pop() ?? t.source);
        lines.push(row([
            (0,core_text/* codeSpan */.SS)(t.name),
            engine,
            t.environment,
            `${GATE_LABEL[t.gate]}${t.expiredWaivers ? ` (${(0,core_text/* plural */.LS)(t.expiredWaivers, 'expired waiver')})` : ''}`,
            fails,
            String(t.summary.WARN),
            String(t.summary.UNKNOWN),
            audited(t, report.maxAgeHours),
            ...(mixed ? [(0,core_text/* codeSpan */.SS)(t.toolVersion)] : []),
            report_
        ]));
    }
    for (const m of report.missing) {
        if (room-- <= 0)
            break;
        const label = `**${m.reason === 'audit-error' ? 'NOT AUDITED' : 'MISSING'}**`;
        lines.push(row([(0,core_text/* codeSpan */.SS)(m.name), '', '', label, '', '', '', '', ...(mixed ? [''] : []), (0,core_text/* codeSpan */.SS)(m.detail)]));
    }
    const hiddenOther = listed.length +
        report.missing.length -
        Math.min(listed.length + report.missing.length, Math.max(0, layout.targetRows));
    if (hiddenPassed || hiddenOther) {
        const parts = [
            ...(hiddenPassed ? [`${(0,core_text/* plural */.LS)(hiddenPassed, 'target')} that passed`] : []),
            ...(hiddenOther ? [`${(0,core_text/* plural */.LS)(hiddenOther, 'more target')}`] : [])
        ];
        lines.push('', `${parts.join(' and ')}: listed in the full report.`);
    }
    const failing = report.checks.filter(c => c.failing.length || c.warning.length || c.unknown.length);
    lines.push('', '## Checks by number of failing targets', '');
    if (failing.length === 0)
        lines.push('No check fails, warns or is unknown on any target.');
    else {
        lines.push('| Check | Title | FAIL on | Targets failing | WARN on | UNKNOWN on | Waived on |', '|---|---|---:|---|---:|---:|---:|');
        for (const c of failing) {
            lines.push(row([
                (0,core_text/* codeSpan */.SS)(c.checkId),
                title(c.checkId, c.title, options),
                String(c.failing.length),
                names(c.failing, layout.names),
                String(c.warning.length),
                String(c.unknown.length),
                String(c.waived.length)
            ]));
        }
    }
    const outdated = report.targets.filter(t => t.outdated);
    if (report.missing.length || outdated.length) {
        lines.push('', '## Missing and outdated reports', '');
        const items = [
            ...report.missing.map(m => `- ${(0,core_text/* codeSpan */.SS)(m.name)}: ${m.reason === 'audit-error' ? 'could not be audited' : 'no report'}: ${(0,core_text/* codeSpan */.SS)(m.detail)}`),
            ...outdated.map(t => t.ageHours < 0
                ? `- ${(0,core_text/* codeSpan */.SS)(t.name)}: the report is dated ${t.auditedAt}, in the future (check the runner's clock)`
                : `- ${(0,core_text/* codeSpan */.SS)(t.name)}: the report from ${when(t.auditedAt)} is ${Math.round(t.ageHours)} h old (max ${report.maxAgeHours} h)`)
        ];
        lines.push(...capped(items, layout.listCap, 'target'));
    }
    const ch = report.changes;
    if (ch) {
        lines.push('', `## Changes since the fleet report of ${when(ch.comparedTo.generatedAt)}`, '');
        const n = layout.names;
        const on = (targets) => `${(0,core_text/* plural */.LS)(targets.length, 'target')}${n > 0 ? ` (${names(targets, n)})` : ''}`;
        const items = [];
        if (ch.addedTargets.length)
            items.push(`- New targets: ${names(ch.addedTargets, Math.max(n, 1))}`);
        if (ch.removedTargets.length)
            items.push(`- Targets no longer in the fleet: ${names(ch.removedTargets, Math.max(n, 1))}`);
        for (const g of ch.gateChanges)
            items.push(`- ${(0,core_text/* codeSpan */.SS)(g.name)}: gate ${g.from} → ${g.to}`);
        for (const c of ch.newlyFailing)
            items.push(`- Newly failing: ${(0,core_text/* codeSpan */.SS)(c.checkId)} on ${on(c.targets)}`);
        for (const c of ch.noLongerFailing)
            items.push(`- No longer failing: ${(0,core_text/* codeSpan */.SS)(c.checkId)} on ${on(c.targets)}`);
        lines.push(...(items.length ? capped(items, layout.listCap, 'change') : ['Nothing changed.']));
    }
    if (report.duplicates.length || mixed) {
        lines.push('', '## Notes', '');
        lines.push(...capped(report.duplicates.map(d => `- Target ${(0,core_text/* codeSpan */.SS)(d.name)} had ${d.superseded.length + 1} reports; kept the newest (${(0,core_text/* codeSpan */.SS)(d.kept)}), left out ${d.superseded.map(core_text/* codeSpan */.SS).join(', ')}.`), layout.listCap, 'duplicate'));
        if (mixed) {
            const versions = [...new Set(report.targets.map(t => t.toolVersion))].sort();
            lines.push(`- The legs were written by different db-posture versions: ${versions.map(core_text/* codeSpan */.SS).join(', ')}.`);
        }
    }
    lines.push('', `*Merged by db-posture ${(0,core_text/* escapeStatic */.gH)(report.tool.version)}.*`, '');
    return lines.join('\n');
}
/** GitHub drops a step summary over 1 MiB entirely; the same budget as the single-target summary. */
const FLEET_SUMMARY_BUDGET = 900 * 1024;
/**
 * The fleet job summary: the fleet report shrunk by FLEET_SHRINK_STEPS until it fits (never a
 * blind cut that could lose the checks table below a long targets table). A shortened summary says
 * so after the gate line, and where the full report is, as far as that is true.
 */
function renderFleetSummary(report, options) {
    const where = options.uploaded
        ? `the full report is ${(0,core_text/* codeSpan */.SS)(options.reportName)} in the run's artifact`
        : `the full report is ${(0,core_text/* codeSpan */.SS)(options.reportName)} in the output directory (no artifact was uploaded)`;
    return fitToBudget((layout, shortened) => renderFleetMarkdown(report, options, layout, shortened ? `> Shortened to fit a job summary: ${where}.` : undefined), s => Buffer.byteLength(s, 'utf8'), options.budget ?? FLEET_SUMMARY_BUDGET, `> The report is longer than a job summary allows; ${where}.`, FLEET_SHRINK_STEPS).text;
}

;// CONCATENATED MODULE: ./src/fleet/sarif.ts





/**
 * A leg's JSON report as the in-memory report the per-target renderers take. Details come back as
 * plain text; their markdown form is a code span, since the file is input. The checks' metadata is
 * the report's own `checks`; a report written before it had them gets `describe`'s (this build's
 * catalogue), and an id this build does not know keeps what its findings carry.
 */
function fromJsonReport(r, describe = () => undefined) {
    const recorded = new Map((r.checks ?? []).map(c => [c.id, c]));
    const findings = r.findings.map(f => ({
        checkId: f.checkId,
        title: f.title,
        dimension: f.dimension,
        status: f.status,
        rawStatus: f.rawStatus,
        ...(f.object !== undefined ? { object: f.object } : {}),
        detail: { text: f.detail, markdown: (0,core_text/* codeSpan */.SS)(f.detail) },
        ...(f.annotation !== undefined ? { annotation: f.annotation } : {}),
        ...(f.policy !== undefined ? { policy: f.policy } : {}),
        remediation: f.remediation,
        frameworks: f.frameworks,
        ...(f.waiver ? { waiver: f.waiver } : {})
    }));
    return {
        tool: { ...TOOL, version: r.tool.version },
        target: {
            engine: r.target.engine,
            deployment: r.target.deployment,
            name: r.target.name,
            ...(r.target.clusterId !== undefined ? { clusterId: r.target.clusterId } : {}),
            ...(r.target.version !== undefined ? { version: r.target.version } : {}),
            ...(r.target.plan !== undefined ? { plan: r.target.plan } : {}),
            ...(r.target.regions !== undefined ? { regions: r.target.regions } : {}),
            details: Object.entries(r.target.details)
        },
        context: r.context,
        summary: r.summary,
        findings,
        checks: reportChecks(findings, id => {
            const own = recorded.get(id);
            if (own)
                return own;
            const meta = describe(id);
            return meta ? reportCheckOf(meta) : undefined;
        }),
        notes: r.notes.map(n => ({ text: n, markdown: (0,core_text/* codeSpan */.SS)(n) })),
        unavailable: r.unavailable.map(u => ({
            fact: u.fact,
            reason: { text: u.reason, markdown: (0,core_text/* codeSpan */.SS)(u.reason) }
        })),
        baseline: { ...emptyBaselineOutcome(), ...(r.baseline.file ? { file: r.baseline.file } : {}) },
        gate: {
            ...r.gate,
            mode: r.gate.mode ?? 'all',
            unwaivedUnknowns: r.gate.unwaivedUnknowns ?? 0,
            incomplete: r.gate.incomplete ?? 0
        }
    };
}
const fleet_sarif_RANK = { error: 0, warning: 1, note: 2 };
const STATUS_RANK = { FAIL: 0, WARN: 1, UNKNOWN: 2 };
/**
 * How many results each (rule, target) pair keeps under `limit`: the room is shared per rule first
 * (every rule with results keeps at least one, as in the single-target SARIF), then each rule's
 * share among its targets, so that a rule failing on 20 targets keeps a result on every one of
 * them (a target left without its result would have that alert closed as fixed).
 */
function sharePerRuleAndTarget(counts, limit) {
    const perRule = new Map([...counts].map(([rule, legs]) => [rule, [...legs.values()].reduce((a, b) => a + b, 0)]));
    const ruleShare = sharePerRule(perRule, limit);
    const out = new Map();
    for (const [rule, legs] of counts) {
        const byLeg = sharePerRule(new Map([...legs].map(([leg, n]) => [String(leg).padStart(9, '0'), n])), ruleShare.get(rule) ?? 0);
        out.set(rule, new Map([...byLeg].map(([leg, n]) => [Number(leg), n])));
    }
    return out;
}
/**
 * SARIF 2.1.0 for the whole fleet in one run (category `db-posture/fleet`): code scanning takes at
 * most 20 runs per file, so one run per target would not upload past 20 targets. Each result is
 * the leg's own result (same message, logical location naming the target, same fingerprint).
 * The run keeps at most 5,000 results, as code scanning shows no more, shared per rule and then
 * per target (sharePerRuleAndTarget): every rule, and every target a rule has findings on, keeps
 * at least one result; within a pair, the most severe findings in report order.
 */
function renderFleetSarif(legs, options) {
    const limit = options.limit ?? SARIF_RESULT_LIMIT;
    // Choose the results from the JSON first, so that only the findings that make the cut are
    // rendered: a large fleet renders far fewer.
    const chosen = [];
    const counts = new Map();
    legs.forEach((leg, i) => leg.report.findings.forEach((f, j) => {
        const rank = STATUS_RANK[f.status];
        if (rank === undefined)
            return;
        chosen.push({ leg: i, finding: j, rank, rule: f.checkId });
        const byLeg = counts.get(f.checkId) ?? new Map();
        byLeg.set(i, (byLeg.get(i) ?? 0) + 1);
        counts.set(f.checkId, byLeg);
    }));
    chosen.sort((a, b) => a.rank - b.rank || a.leg - b.leg || a.finding - b.finding);
    const total = chosen.length;
    const share = sharePerRuleAndTarget(counts, limit);
    const taken = new Map();
    const keep = new Map();
    const leftOut = new Map();
    for (const c of chosen) {
        const key = `${c.rule}\u0000${c.leg}`;
        const n = taken.get(key) ?? 0;
        if (n >= (share.get(c.rule)?.get(c.leg) ?? 0)) {
            leftOut.set(c.rule, (leftOut.get(c.rule) ?? 0) + 1);
            continue;
        }
        taken.set(key, n + 1);
        const set = keep.get(c.leg) ?? new Set();
        set.add(c.finding);
        keep.set(c.leg, set);
    }
    const rules = new Map();
    const results = [];
    legs.forEach((leg, i) => {
        const wanted = keep.get(i);
        if (!wanted)
            return;
        // The leg's renderer keeps all of them: they are already within the fleet's share.
        const report = fromJsonReport({ ...leg.report, findings: leg.report.findings.filter((_, j) => wanted.has(j)) }, options.describe);
        const sarif = JSON.parse(renderSarif(report, { locationUri: `db-posture/${leg.report.target.name}` }));
        const run = sarif.runs[0];
        for (const rule of run.tool.driver.rules)
            if (!rules.has(rule.id))
                rules.set(rule.id, rule);
        results.push(...run.results);
    });
    // Stable sort: by severity, then in target order as merged.
    const ordered = results
        .map((r, i) => ({ r, i }))
        .sort((a, b) => (fleet_sarif_RANK[a.r.level ?? 'note'] ?? 3) - (fleet_sarif_RANK[b.r.level ?? 'note'] ?? 3) || a.i - b.i)
        .map(x => x.r);
    const kept = ordered;
    const ruleIds = [...new Set(kept.map(r => r.ruleId))].sort();
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    for (const r of kept)
        r.ruleIndex = index.get(r.ruleId);
    const category = options.category ?? 'db-posture/fleet/';
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL.name,
                        semanticVersion: TOOL.version,
                        informationUri: TOOL.url,
                        rules: ruleIds.map(id => rules.get(id))
                    }
                },
                automationDetails: { id: category },
                results: kept,
                properties: {
                    targets: legs.map(l => l.report.target.name),
                    ...(total > kept.length
                        ? {
                            truncated: `${total - kept.length} results left out (limit ${limit}, shared per rule and target; every rule keeps at least one result on every target it has findings on, while the limit allows)`,
                            leftOutPerRule: Object.fromEntries([...leftOut.entries()].sort())
                        }
                        : {})
                }
            }
        ]
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/fleet/write.ts




const write_FLEET_FORMATS = ['markdown', 'json', 'sarif'];
const EXTENSION = { markdown: 'md', json: 'json', sarif: 'sarif' };
function renderFleetJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/**
 * Writes `<dir>/fleet-report-<YYYY-MM-DD>.<ext>` for each format (scrubbed of any registered
 * secret). A fleet report of the same day is replaced: it is a view of the legs, not a record.
 */
async function writeFleetReports(report, kept, formats, dir, redactor, describe) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const render = {
        markdown: () => renderFleetMarkdown(report, { describe }),
        json: () => renderFleetJson(report),
        sarif: () => renderFleetSarif(kept, { describe })
    };
    const out = {};
    for (const format of write_FLEET_FORMATS.filter(f => formats.includes(f))) {
        const file = external_node_path_default().join(dir, `fleet-report-${report.generatedAt.slice(0, 10)}.${EXTENSION[format]}`);
        const content = redactor.scrub(render[format]());
        await (0,promises_.writeFile)(file, content);
        out[format] = { file, content };
    }
    return out;
}

;// CONCATENATED MODULE: ./src/fleet/options.ts


/**
 * A report age: `48h`, `2d`, `90m`, or a bare number of hours. Anything else is a usage error
 * naming the flag (or input) and the value.
 */
function parseMaxAge(value, label) {
    if (value === undefined)
        return 48;
    const m = /^\s*(\d+(?:\.\d+)?)\s*(m|h|d)?\s*$/i.exec(value);
    const n = m
        ? Number(m[1]) * { m: 1 / 60, h: 1, d: 24 }[(m[2] ?? 'h').toLowerCase()]
        : NaN;
    if (!Number.isFinite(n) || n <= 0 || n > 24 * 366) {
        throw new errors/* UsageError */.eb(`Invalid ${label} ${JSON.stringify(value)}: expected a duration such as 48h, 2d or 90m (at most 366 days).`);
    }
    return n;
}
function parseFleetFormats(value, label) {
    if (value === undefined)
        return ['markdown', 'json'];
    const items = value
        .split(',')
        .map(s => s.trim().toLowerCase())
        .filter(Boolean);
    const bad = items.find(i => !FLEET_FORMATS.includes(i));
    if (bad !== undefined || items.length === 0) {
        throw new UsageError(`Invalid ${label} ${JSON.stringify(value)}${bad !== undefined ? ` (item ${JSON.stringify(bad)})` : ''}: expected a comma list of ${FLEET_FORMATS.join(', ')}.`);
    }
    return items;
}
function parseChoice(value, label, choices, fallback) {
    if (value === undefined)
        return fallback;
    const v = value.trim().toLowerCase();
    if (!choices.includes(v)) {
        throw new errors/* UsageError */.eb(`Invalid ${label} ${JSON.stringify(value)}: expected one of ${choices.join(', ')}.`);
    }
    return v;
}

;// CONCATENATED MODULE: ./src/fleet/targets.ts




/** Keys a target (or `defaults`) may have, and what each holds. */
const PLAIN_KEYS = [
    'engine',
    'deployment',
    'environment',
    'compliance',
    'data-sensitivity',
    'cloud-cluster-id',
    'cloud-api-url',
    'certs-dir',
    'couchbase-url',
    'couchbase-username',
    'couchbase-ca',
    'baseline',
    'fail-on'
];
/** `<x>-env` names the environment variable that holds secret x. */
const SECRET_ENV_KEYS = {
    'url-env': 'url',
    'cloud-api-key-env': 'cloudApiKey',
    'couchbase-password-env': 'couchbasePassword'
};
/** Secret values the file must never hold, and the key to use instead. */
const REFUSED = {
    url: 'url-env',
    'connection-string': 'url-env',
    'cloud-api-key': 'cloud-api-key-env',
    'couchbase-password': 'couchbase-password-env',
    password: 'url-env or couchbase-password-env'
};
const KNOWN = new Set(['name', ...PLAIN_KEYS, ...Object.keys(SECRET_ENV_KEYS)]);
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** GitHub runs at most 256 jobs per matrix. */
const MATRIX_LIMIT = 256;
function targets_fail(file, where, problem) {
    throw new errors/* UsageError */.eb(`Targets file ${file}: ${where}: ${problem}.`);
}
function readSettings(file, where, value, allowName) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        targets_fail(file, where, 'expected a mapping');
    const out = {};
    for (const [key, v] of Object.entries(value)) {
        if (key in REFUSED)
            targets_fail(file, where, `key "${key}" would put a secret in the file; name the environment variable that holds it with ${REFUSED[key]}`);
        if (!KNOWN.has(key) || (key === 'name' && !allowName))
            targets_fail(file, where, `unknown key "${key}"`);
        if (key === 'compliance' && Array.isArray(v)) {
            if (!v.every(x => typeof x === 'string'))
                targets_fail(file, where, 'compliance: expected a list of names');
            out[key] = v;
            continue;
        }
        if (typeof v === 'number' || typeof v === 'boolean') {
            out[key] = String(v);
            continue;
        }
        if (typeof v !== 'string' || v === '')
            targets_fail(file, where, `${key}: expected a non-empty string`);
        if (key in SECRET_ENV_KEYS && !ENV_NAME.test(v))
            targets_fail(file, where, `${key} ${JSON.stringify(v)}: expected an environment variable name such as PROD_DB_URL`);
        if (key === 'couchbase-url' && /^[a-z][a-z0-9+.-]*:\/\/[^/@]*@/i.test(v))
            targets_fail(file, where, 'couchbase-url carries credentials; use couchbase-username and couchbase-password-env');
        out[key] = v;
    }
    return out;
}
/** Parses and validates a targets file's text; every problem names the file, entry and line. */
function parseTargets(source, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const at = e.linePos?.[0]?.line ?? (e.pos?.[0] !== undefined ? lines.linePos(e.pos[0]).line : undefined);
        throw new errors/* UsageError */.eb(`Targets file ${file}${at ? ` line ${at}` : ''} is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const data = (doc.toJS() ?? {});
    if (typeof data !== 'object' || Array.isArray(data))
        targets_fail(file, 'top level', 'expected a mapping with version and targets');
    for (const key of Object.keys(data))
        if (!['version', 'defaults', 'targets'].includes(key))
            targets_fail(file, 'top level', `unknown key "${key}"`);
    if (data.version !== 1)
        targets_fail(file, 'field "version"', `expected 1, found ${JSON.stringify(data.version)}`);
    const defaults = data.defaults === undefined ? {} : readSettings(file, 'defaults', data.defaults, false);
    if (!Array.isArray(data.targets) || data.targets.length === 0)
        targets_fail(file, 'field "targets"', 'expected a non-empty list of targets');
    const seq = doc.get('targets', true);
    const lineOf = (i) => {
        const node = (0,dist/* isSeq */.oP)(seq) ? seq.items[i] : undefined;
        const offset = node && ((0,dist/* isMap */.jh)(node) || 'range' in node) ? node.range?.[0] : undefined;
        return offset !== undefined ? lines.linePos(offset).line : undefined;
    };
    const seen = new Map();
    const targets = data.targets.map((raw, index) => {
        const line = lineOf(index);
        const rawName = raw?.name;
        const where = `targets[${index}]${typeof rawName === 'string' ? ` (${rawName})` : ''}${line ? ` line ${line}` : ''}`;
        const own = readSettings(file, where, raw, true);
        const name = own.name;
        if (typeof name !== 'string')
            targets_fail(file, where, 'name is required');
        if (!NAME.test(name))
            targets_fail(file, where, `name ${JSON.stringify(name)}: expected letters, digits, ".", "_" or "-" (at most 63, starting alphanumeric)`);
        if (name.toLowerCase() === 'fleet')
            targets_fail(file, where, 'name "fleet" is reserved: the leg artifact db-posture-fleet would clash with the fleet report\'s');
        const before = seen.get(name);
        if (before !== undefined)
            targets_fail(file, where, `name ${JSON.stringify(name)} is also used by targets[${before}]; each target needs its own name`);
        seen.set(name, index);
        const { name: _name, ...rest } = own;
        void _name;
        return { index, ...(line ? { line } : {}), name, settings: { ...defaults, ...rest } };
    });
    return { file, targets };
}
async function loadTargets(file, flag = '--targets') {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const e = error;
        throw new errors/* UsageError */.eb(`${flag} ${file}: cannot be read (${e.code ?? e.message}): expected a targets file (YAML).`);
    }
    return parseTargets(text, file);
}
/**
 * A target's AuditOptions: its settings, its secrets read from the environment variables it names,
 * and the command's common options. A variable that is unset or empty is a usage error naming the
 * entry and the variable (never its value), raised before anything connects.
 */
function targetOptions(targets, entry, env, common) {
    const where = `targets[${entry.index}] (${entry.name})${entry.line ? ` line ${entry.line}` : ''}`;
    const raw = { ...common, name: entry.name };
    const sources = {};
    const camel = {
        engine: 'engine',
        deployment: 'deployment',
        environment: 'environment',
        compliance: 'compliance',
        'data-sensitivity': 'dataSensitivity',
        'cloud-cluster-id': 'cloudClusterId',
        'cloud-api-url': 'cloudApiUrl',
        'certs-dir': 'certsDir',
        'couchbase-url': 'couchbaseUrl',
        'couchbase-username': 'couchbaseUsername',
        'couchbase-ca': 'couchbaseCaFile',
        baseline: 'baseline',
        'fail-on': 'failOn'
    };
    for (const [key, value] of Object.entries(entry.settings)) {
        if (key in SECRET_ENV_KEYS) {
            const secret = env[value];
            if (!secret)
                targets_fail(targets.file, where, `${key} names ${value}, which is not set (or empty) in the environment`);
            const option = SECRET_ENV_KEYS[key];
            raw[option] = secret;
            sources[option] = `${key} ${value}`;
        }
        else {
            raw[camel[key]] = value;
        }
    }
    if (entry.settings.baseline !== undefined)
        raw.baselineExplicit = true;
    return parseAuditOptions(raw, name => `${targets.file} ${where} ${name}`, sources);
}
/**
 * The `strategy.matrix` a workflow fans out from: one leg per target with its non-secret
 * settings and the names of its secret variables (a leg reads `secrets[matrix.url_env]`), and a
 * unique artifact name per leg.
 */
function toMatrix(targets, options = {}) {
    let list = targets.targets;
    if (options.shard) {
        const { index, count } = options.shard;
        const size = Math.ceil(list.length / count);
        list = list.slice((index - 1) * size, index * size);
    }
    if (list.length > MATRIX_LIMIT) {
        throw new errors/* UsageError */.eb(`Targets file ${targets.file} has ${list.length} targets${options.shard ? ' in this shard' : ''}; a GitHub Actions matrix runs at most ${MATRIX_LIMIT} jobs. Split it with --shard 1/${Math.ceil(list.length / MATRIX_LIMIT)} (one matrix job per shard).`);
    }
    return {
        include: list.map(t => {
            const leg = { name: t.name };
            for (const [key, value] of Object.entries(t.settings))
                leg[key.replace(/-/g, '_')] = Array.isArray(value) ? value.join(',') : value;
            leg.artifact_name = `db-posture-${t.name}`;
            return leg;
        })
    };
}
/** `2/5` -> { index: 2, count: 5 }; a usage error otherwise. */
function parseShard(value) {
    if (value === undefined)
        return undefined;
    const m = /^(\d+)\/(\d+)$/.exec(value.trim());
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count)
        throw new errors/* UsageError */.eb(`Invalid --shard ${JSON.stringify(value)}: expected i/n with 1 <= i <= n, such as 1/3.`);
    return { index, count };
}

;// CONCATENATED MODULE: ./src/fleet/action-merge.ts



















const actionsArtifactDownloader = {
    async list() {
        const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 111).then(__webpack_require__.bind(__webpack_require__, 40111));
        // latest: a re-run leg replaces its earlier artifact of the same name.
        return (await new DefaultArtifactClient().listArtifacts({ latest: true })).artifacts;
    },
    async download(id, directory) {
        const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 111).then(__webpack_require__.bind(__webpack_require__, 40111));
        await new DefaultArtifactClient().downloadArtifact(id, { path: directory });
    }
};
/**
 * `mode: merge`: downloads every leg's artifact of this run (names starting with
 * `artifact-prefix`), merges their reports into the fleet report, writes the fleet job summary,
 * uploads the fleet report, optionally tracks issues, and fails when the fleet does.
 */
async function runMergeAction(deps, token, redactor) {
    // Every input is validated before the first download.
    const prefix = input('artifact-prefix') ?? 'db-posture-';
    const fleetName = input('artifact-name') ?? 'db-posture-fleet';
    const maxAgeHours = parseMaxAge(input('max-age'), 'input max-age');
    const duplicates = parseChoice(input('duplicates'), 'input duplicates', ['error', 'latest'], 'error');
    const failOn = parseChoice(input('fail-on'), 'input fail-on', ['fail', 'never'], 'fail');
    const issue = booleanInput('issue', false);
    const scope = parseChoice(input('issue-scope'), 'input issue-scope', ['fleet', 'target'], 'fleet');
    if (issue)
        issueSettings();
    const jobSummary = booleanInput('job-summary', true);
    const targetsFile = input('targets');
    const expected = targetsFile
        ? (await loadTargets(targetsFile, 'input targets')).targets.map(t => t.name)
        : undefined;
    const ctx = readRunContext();
    const why = artifactUnavailable(process.env);
    if (why)
        throw new errors/* UsageError */.eb(`mode merge downloads the legs' artifacts, but ${why}.`);
    const legsDir = await (0,promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), 'db-posture-legs-'));
    const artifacts = (await deps.downloader.list())
        .filter(a => a.name.startsWith(prefix) && a.name !== fleetName)
        .sort((a, b) => a.name.localeCompare(b.name));
    core.info(`db-posture: merging ${(0,core_text/* plural */.LS)(artifacts.length, 'leg artifact')} named ${prefix}*`);
    const dirOf = new Map();
    await (0,bounded/* mapBounded */.y)(artifacts, 4, async (a) => {
        // One directory per artifact: two legs' files never collide, and each report keeps its link.
        const dir = external_node_path_default().join(legsDir, String(a.id));
        await (0,promises_.mkdir)(dir, { recursive: true });
        await deps.downloader.download(a.id, dir);
        dirOf.set(dir, a.id);
    });
    const files = await findReportFiles(legsDir);
    const legs = await loadReports(files);
    const linkFor = (source) => {
        const id = dirOf.get(external_node_path_default().join(legsDir, external_node_path_default().relative(legsDir, source).split((external_node_path_default()).sep)[0]));
        return id !== undefined ? artifactUrl(ctx, id) : undefined;
    };
    const { report, kept } = mergeReports(legs, {
        now: deps.now(),
        maxAgeHours,
        duplicates,
        ...(expected ? { expected } : {}),
        linkFor
    });
    if (artifacts.length === 0)
        core.warning(`db-posture: no artifact of this run is named ${prefix}*: did the legs run with artifact-name ${prefix}<target>?`);
    const outDir = external_node_path_default().resolve(input('out-dir') ?? external_node_path_default().join(process.env.RUNNER_TEMP ?? '.', 'db-posture', 'fleet'));
    const written = await writeFleetReports(report, kept, ['markdown', 'json', 'sarif'], outDir, redactor, describeCheck);
    core.setOutput('report-markdown', written.markdown.file);
    core.setOutput('report-json', written.json.file);
    const sarifTarget = input('sarif-file');
    if (sarifTarget) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(sarifTarget)), { recursive: true });
        await (0,promises_.writeFile)(external_node_path_default().resolve(sarifTarget), written.sarif.content);
    }
    core.setOutput('sarif-file', sarifTarget ? external_node_path_default().resolve(sarifTarget) : written.sarif.file);
    core.setOutput('failed-targets', String(report.summary.failed));
    core.setOutput('missing-targets', String(report.summary.missing));
    core.setOutput('passed', String(report.gate.passed));
    let uploaded = false;
    try {
        const { id } = await deps.uploader.upload(fleetName, Object.values(written).map(w => w.file), outDir);
        core.info(`db-posture: uploaded artifact ${fleetName}${id !== undefined ? ` (id ${id})` : ''}`);
        uploaded = true;
    }
    catch (error) {
        core.warning(`db-posture: fleet artifact ${fleetName} could not be uploaded: ${error.message}`);
    }
    if (jobSummary) {
        try {
            await core.summary
                .addRaw(
            // Shrunk by layout (passed rows first, then name lists), never cut blindly: every
            // failing check's row stays.
            redactor.scrub(renderFleetSummary(report, {
                describe: describeCheck,
                reportName: external_node_path_default().basename(written.markdown.file),
                uploaded
            })))
                .write();
        }
        catch (error) {
            core.warning(`db-posture: job summary not written: ${error.message}`);
        }
    }
    if (issue) {
        const subjects = scope === 'fleet'
            ? [fleetIssue(report, { ...(runUrl(ctx) ? { run: runUrl(ctx) } : {}) })]
            : kept.map(l => targetIssue(l.report, { ...(runUrl(ctx) ? { run: runUrl(ctx) } : {}) }));
        await publishIssues(subjects, ctx, token, deps.issues, redactor, runUrl(ctx));
    }
    const code = fleetExitCode(report);
    if (code === 3 || (code === 1 && failOn === 'fail')) {
        core.setFailed(`db-posture fleet ${code === 3 ? 'incomplete' : 'gate failed'}: ${report.gate.reasons.join('; ')}.`);
    }
}

;// CONCATENATED MODULE: ./src/fleet/action-matrix.ts





/**
 * `mode: matrix`: the targets file as the JSON a later job's `strategy.matrix` takes
 * (`fromJSON(needs.<job>.outputs.matrix)`), so a workflow fans out without running the CLI itself.
 */
async function runMatrixAction() {
    const file = input('targets');
    if (!file)
        throw new errors/* UsageError */.eb('mode matrix needs the targets input (a targets file in the checkout).');
    const shardInput = input('shard');
    let shard;
    try {
        shard = parseShard(shardInput);
    }
    catch {
        throw new errors/* UsageError */.eb(`Invalid input shard ${JSON.stringify(shardInput)}: expected i/n with 1 <= i <= n, such as 1/3.`);
    }
    const matrix = toMatrix(await loadTargets(file, 'input targets'), shard ? { shard } : {});
    core.setOutput('matrix', JSON.stringify(matrix));
    core.info(`db-posture: matrix of ${(0,core_text/* plural */.LS)(matrix.include.length, 'leg')} from ${file}${shardInput ? ` (shard ${shardInput})` : ''}`);
}

// EXTERNAL MODULE: ./src/detect/rules/load.ts
var load = __webpack_require__(4747);
;// CONCATENATED MODULE: ./src/detect/coverage.ts




const ENGINE_PRODUCT = {
    postgres: 'postgresql',
    cockroachdb: 'cockroachdb',
    couchbase: 'couchbase'
};
function toFact(v) {
    if ('unknown' in v)
        return { known: false, reason: v.unknown };
    return {
        known: true,
        value: v.value,
        ...(v.items ? { items: v.items } : {}),
        ...(v.note !== undefined ? { note: v.note } : {})
    };
}
/**
 * The facts of the report's `observed` block: settings by name, channels as `channel:<NAME>`,
 * and for each class a per-role or per-database override drops, the scopes it drops it for.
 */
function observedFacts(o, facts, partial) {
    for (const [name, v] of Object.entries(o.settings))
        facts.set(name, toFact(v));
    for (const [name, v] of Object.entries(o.channels ?? {}))
        facts.set(`channel:${name}`, toFact(v));
    for (const ov of o.overrides ?? []) {
        const global = facts.get(ov.setting);
        if (!global?.known || !global.items)
            continue;
        const kept = new Set((ov.items ?? []).map(s => s.toLowerCase()));
        for (const item of global.items) {
            const cls = item.toLowerCase();
            if (kept.has(cls))
                continue;
            const key = `${ov.setting}:${cls}`;
            partial.set(key, [...(partial.get(key) ?? []), ov.scope]);
        }
    }
}
/** Reads `--posture report.json`: a db-posture JSON report (schemaVersion 1). */
async function loadPosture(file, flag = '--posture') {
    let data;
    try {
        data = JSON.parse(await readFile(file, 'utf8'));
    }
    catch (error) {
        const e = error;
        throw new UsageError(`${flag} ${file} cannot be read as JSON (${e.code ?? e.message}): expected a JSON report from db-posture audit.`);
    }
    const parsed = jsonReportSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new UsageError(`${flag} ${file} is not a db-posture JSON report (schemaVersion 1): ${issue.path.join('.') || 'top level'}: ${issue.message}.`);
    }
    return postureFacts(parsed.data);
}
function postureFacts(report) {
    const facts = new Map();
    const partial = new Map();
    const product = ENGINE_PRODUCT[report.target.engine];
    if (report.observed)
        observedFacts(report.observed, facts, partial);
    return { product, target: report.target.name, facts, partial, legacy: !report.observed };
}
function show(v) {
    if (v.note && v.value === '')
        return `empty (${v.note})`;
    if (typeof v.value === 'boolean')
        return String(v.value);
    return v.value === ''
        ? 'empty'
        : JSON.stringify(v.value).replace(/^"|"$/g, '') + (v.note ? ` (${v.note})` : '');
}
function factFor(req, facts) {
    if ('channel' in req)
        return { key: `channel:${req.channel}`, fact: facts.facts.get(`channel:${req.channel}`) };
    return { key: req.setting, fact: facts.facts.get(req.setting) };
}
function evaluate(req, facts) {
    const { key, fact } = factFor(req, facts);
    const what = 'channel' in req ? `the ${req.channel} channel reaches a log sink` : key;
    const why = req.why ?? ('channel' in req ? `${req.channel} events are not collected` : 'its events are not written');
    const unless = `${why} unless ${'channel' in req ? what : describe(req)}`;
    if (facts.legacy)
        return {
            ok: undefined,
            reason: `${unless}; the posture report has no observed settings (written before db-posture recorded them): audit again to establish ${what}`
        };
    if (!fact)
        return { ok: undefined, reason: `${unless}; the posture report does not establish ${what}` };
    if (!fact.known)
        return {
            ok: undefined,
            reason: `${unless}; the posture report does not establish ${what}: ${fact.reason.replace(/\.$/, '')}`
        };
    if ('channel' in req)
        return {
            ok: fact.value === true,
            reason: `${why}: ${fact.note ?? `the log sinks do not carry ${req.channel}`}`
        };
    if ('value' in req) {
        const want = String(req.value).toLowerCase();
        const have = String(fact.value).toLowerCase();
        return { ok: want === have, reason: `${why}: ${key} is ${show(fact)}` };
    }
    if ('includes' in req) {
        const items = (fact.items ?? []).map(s => s.toLowerCase());
        const want = String(req.includes).toLowerCase();
        // `all` covers every item but those listed as `-item` (sql.log.user_audit: `all ALL` after a
        // NONE rule for a role).
        const ok = items.includes(want) || (items.includes('all') && !items.includes(`-${want}`));
        const partialFor = ok ? facts.partial.get(`${key}:${want}`) : undefined;
        return { ok, reason: `${why}: ${key} is ${show(fact)}, without ${req.includes}`, partialFor };
    }
    if ('excludes' in req) {
        const items = (fact.items ?? []).map(String);
        return { ok: !items.includes(String(req.excludes)), reason: `${why}: ${key} includes ${req.excludes}` };
    }
    return { ok: fact.value !== '' && fact.value !== false, reason: `${why}: ${key} is ${show(fact)}` };
}
function describe(req) {
    if ('channel' in req)
        return `the ${req.channel} channel is collected`;
    if ('value' in req)
        return `${req.setting} = ${req.value}`;
    if ('includes' in req)
        return `${req.setting} includes ${req.includes}`;
    if ('excludes' in req)
        return `${req.setting} excludes ${req.excludes}`;
    return `${req.setting} is set`;
}
/** All requirements of a rule: its own plus, for a correlation, those of every input. */
function requirementsOf(rule) {
    const own = rule.doc.requires ?? [];
    if (rule.kind === 'detection')
        return own;
    return [...own, ...rule.inputs.flatMap(requirementsOf)];
}
/** Coverage of every rule for the report's product (rules for other products are left out). */
function coverage(rules, facts) {
    const out = [];
    for (const rule of rules) {
        if ((0,load/* ruleProduct */.Kp)(rule) !== facts.product)
            continue;
        const seen = new Set();
        const blind = [];
        const unknown = [];
        const partial = [];
        for (const req of requirementsOf(rule)) {
            const key = JSON.stringify(req);
            if (seen.has(key))
                continue;
            seen.add(key);
            const r = evaluate(req, facts);
            if (r.ok === false)
                blind.push(r.reason);
            else if (r.ok === undefined)
                unknown.push(r.reason);
            else if (r.partialFor)
                partial.push(`overrides stop ${describe(req).replace(/^.* includes /, '')} auditing for ${r.partialFor.join(', ')}`);
        }
        if (blind.length > 0)
            out.push({ rule, status: 'blind', reasons: blind });
        else if (unknown.length > 0)
            out.push({ rule, status: 'unverified', reasons: unknown });
        else if (partial.length > 0)
            out.push({ rule, status: 'partial', reasons: partial });
        else
            out.push({ rule, status: 'covered', reasons: [] });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detect/output/coverage-text.ts

/** `crdb-brute-force: SESSIONS events are not emitted: server.auth_log.sql_sessions.enabled is false` */
function coverageLines(cov) {
    const lines = [];
    for (const c of cov) {
        if (c.status === 'covered')
            continue;
        for (const r of c.reasons)
            lines.push(`${c.status === 'blind' ? 'BLIND' : c.status === 'partial' ? 'PARTIAL' : 'UNVERIFIED'} ${c.rule.doc.id}: ${r}`);
    }
    return lines;
}
function coverageSummary(cov, facts) {
    const n = (s) => cov.filter(c => c.status === s).length;
    return `detection coverage on ${facts.target} (${facts.product}): ${n('covered')} covered, ${n('blind')} blind, ${n('partial')} partial, ${n('unverified')} unverified of ${cov.length} rules`;
}
/** The "Detection coverage" section for a markdown report (audit or hunt). */
function coverageMarkdown(cov, facts) {
    // Reasons quote server values (pgaudit.log, sql.log.user_audit, role names) and the target name:
    // anything that is not plain words becomes a code span, so none of it can become live markdown.
    const out = ['## Detection coverage', '', (0,core_text/* inertWords */.MJ)(`${coverageSummary(cov, facts)}.`), ''];
    const notCovered = cov.filter(c => c.status !== 'covered');
    if (notCovered.length === 0) {
        out.push('Every rule for this engine has the events it needs.', '');
        return out.join('\n');
    }
    out.push('| Rule | Coverage | Why |', '|---|---|---|');
    for (const c of notCovered)
        out.push(`| ${(0,core_text/* codeSpan */.SS)(c.rule.doc.id)} | ${c.status} | ${c.reasons.map(r => (0,core_text/* tableCell */.xR)((0,core_text/* inertWords */.MJ)(r))).join('<br>')} |`);
    out.push('');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/detect/audit-coverage.ts





/**
 * Rules for the audit's "Detection coverage" section (`audit --rules <dir>`, the action's `rules`
 * input). Read before anything connects: a broken rule file is a usage error (exit 2) naming the
 * input, the file and the line, and costs no audit.
 */
async function loadCoverageRules(dirs, input) {
    const set = await loadRules(dirs);
    if (set.errors.length > 0) {
        const e = set.errors[0];
        const more = set.errors.length > 1 ? ` (and ${set.errors.length - 1} more; run db-posture rules test)` : '';
        throw new UsageError(`${input} ${dirs.join(', ')}: ${e.file}:${e.line}${e.rule ? ` ${e.rule}` : ''}: ${e.message}${more}; expected valid detection rules.`);
    }
    return set.rules;
}
/** Coverage of the rules on the audited cluster, read from the report's own observed block. */
function auditCoverage(report, rules) {
    const facts = postureFacts(toJsonReport(report));
    const cov = coverage(rules, facts);
    return { facts, coverage: cov, markdown: coverageMarkdown(cov, facts) };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/detect/builtin.ts



/** The shipped rule pack's folder name; pack.yml marks it. */
const PACK = 'detections';
/**
 * Where the built-in rule pack lives: the package's top-level detections/ folder, found by walking
 * up from this module (src/detect/ in a checkout, dist/ in the bundle). The walk keeps the path
 * out of the bundler's static asset analysis, which would otherwise copy the folder into dist/.
 */
function builtinRulesDir() {
    let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const candidate = external_node_path_default().join(dir, PACK);
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(candidate, 'pack.yml')))
            return candidate;
        const up = external_node_path_default().dirname(dir);
        if (up === dir)
            break;
        dir = up;
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/detect/parsers/index.ts + 2 modules
var detect_parsers = __webpack_require__(76510);
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
        tool: { name: TOOL.name, version: TOOL.version },
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
function hunt_report_clip(s, n = 300) {
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
                e.statement && `statement ${(0,core_text/* codeSpan */.SS)(hunt_report_clip(e.statement))}`
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
const hunt_report_SECURITY_SEVERITY = {
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
                        name: TOOL.name,
                        version: TOOL.version,
                        informationUri: TOOL.url,
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
                                    'security-severity': hunt_report_SECURITY_SEVERITY[d.severity]
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
                            text: hunt_report_clip(`${d.title}${group}: ${(0,core_text/* plural */.LS)(d.eventCount, 'event')} ${d.first} to ${d.time}`, 1000)
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
var detect_read = __webpack_require__(80559);
// EXTERNAL MODULE: ./src/detect/replay.ts + 1 modules
var detect_replay = __webpack_require__(96226);
// EXTERNAL MODULE: ./src/detect/rules/literals.ts
var literals = __webpack_require__(18103);
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
        const matched = (await (0,tinyglobby_dist/* glob */.TI)(p, { onlyFiles: true, expandDirectories: false })).sort();
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
    const { HuntPool } = await __webpack_require__.e(/* import() */ 125).then(__webpack_require__.bind(__webpack_require__, 23125));
    const { scanSegment, segmentContext } = await __webpack_require__.e(/* import() */ 334).then(__webpack_require__.bind(__webpack_require__, 74334));
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
    const cov = o.posture ? coverage(o.rules.rules, o.posture) : undefined;
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
        markdown: () => huntMarkdown(report, cov && o.posture ? coverageMarkdown(cov, o.posture) : undefined),
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
var postgresql = __webpack_require__(28787);
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

// EXTERNAL MODULE: ./src/detect/worker-entry.ts
var worker_entry = __webpack_require__(74904);
// EXTERNAL MODULE: ./src/detect/lines.ts
var lines = __webpack_require__(22044);
// EXTERNAL MODULE: ./src/detect/rules/schema.ts
var schema = __webpack_require__(66700);
;// CONCATENATED MODULE: ./src/detect/rule-tests.ts









function logLines(test) {
    const items = Array.isArray(test.log) ? test.log : [test.log];
    return items.map(i => (typeof i === 'string' ? i.replace(/\n$/, '') : JSON.stringify(i))).join('\n');
}
/** Replays events through the rule (and any rule it correlates) and counts its own detections. */
function countDetections(rule, events) {
    const replay = new detect_replay/* Replay */.e([rule]);
    for (const e of [...events].sort((a, b) => a.time - b.time))
        replay.push(e);
    return replay.detections.filter(d => d.rule === rule);
}
function verdict(expect, n) {
    if (expect === 'match')
        return n >= 1 ? undefined : 'expected a match, got none';
    if (expect === 'no_match')
        return n === 0 ? undefined : `expected no match, got ${n} detection${n === 1 ? '' : 's'}`;
    return n === expect ? undefined : `expected ${expect} detection${expect === 1 ? '' : 's'}, got ${n}`;
}
async function runTest(rule, test, line) {
    const product = (0,load/* ruleProduct */.Kp)(rule);
    const base = {
        rule,
        name: test.name,
        line,
        kind: test.fixture ? 'fixture' : 'inline'
    };
    let events = [];
    const stats = (0,detect_read/* emptyStats */.bD)();
    const opts = { format: test.format, pgPrefix: test.pg_prefix };
    if (test.fixture) {
        const file = external_node_path_default().resolve(rule.dir, test.fixture);
        try {
            const got = [];
            const s = await (0,detect_read/* readLogs */.o_)([file], e => got.push(e), opts);
            Object.assign(stats, s);
            events = got;
        }
        catch (e) {
            return {
                ...base,
                passed: false,
                detections: 0,
                message: `fixture ${test.fixture} cannot be read (${e.code ?? e.message})`
            };
        }
    }
    else {
        const c = new detect_read/* EventCollector */.W1(`${rule.file}:${line}`, opts, stats);
        for (const [text, n] of (0,lines/* stringLines */.zy)(logLines(test)))
            c.feed(text, n);
        c.end();
        events = c.take();
    }
    if (stats.malformedCount > 0) {
        const m = stats.malformed[0];
        return {
            ...base,
            passed: false,
            detections: 0,
            message: `the test log has ${(0,core_text/* plural */.LS)(stats.malformedCount, 'malformed line')}; line ${m.line}: ${m.reason}`
        };
    }
    if (events.length === 0)
        return { ...base, passed: false, detections: 0, message: 'the test log has no entries' };
    const foreign = events.find(e => e.product !== product);
    if (foreign)
        return {
            ...base,
            passed: false,
            detections: 0,
            message: `the test log was read as ${foreign.format}, but the rule reads ${product} logs (set format on the test)`
        };
    const n = countDetections(rule, events).length;
    const problem = verdict(test.expect, n);
    return { ...base, passed: problem === undefined, detections: n, message: problem ?? '' };
}
/** Runs every inline test and fixture; a rule without a positive and a negative test fails too. */
async function runRuleTests(set) {
    const results = [];
    for (const rule of set.rules) {
        const tests = rule.doc.tests ?? [];
        for (let i = 0; i < tests.length; i++)
            results.push(await runTest(rule, tests[i], rule.testLines[i] ?? rule.line));
        const positive = tests.some(t => t.expect === 'match' || (typeof t.expect === 'number' && t.expect > 0));
        const negative = tests.some(t => t.expect === 'no_match' || t.expect === 0);
        if (!positive || !negative) {
            const missing = [!positive && 'one that must match', !negative && 'one that must not']
                .filter(Boolean)
                .join(' and ');
            results.push({
                rule,
                kind: 'coverage-of-tests',
                name: 'has positive and negative tests',
                line: rule.line,
                passed: false,
                detections: 0,
                message: `the rule needs tests: ${missing}`
            });
        }
    }
    return results;
}
async function listFiles(dir) {
    const out = [];
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return out;
    }
    for (const e of entries) {
        const p = external_node_path_default().join(dir, e.name);
        if (e.isDirectory())
            out.push(...(await listFiles(p)));
        else if (e.name !== 'known-fps.yml')
            out.push(p);
    }
    return out.sort();
}
/**
 * The goodlog pass (Sigma's negative baseline): every rule over the benign corpus in each root's
 * goodlog/ folder. A detection fails the rule unless goodlog/known-fps.yml lists it by rule, file
 * (relative to goodlog/) and the line of the event that completed it.
 */
async function runGoodlog(set, cwd = process.cwd()) {
    const results = [];
    const errors = [];
    const allFiles = [];
    let events = 0;
    let malformed = 0;
    for (const root of set.roots) {
        const dir = external_node_path_default().join(root, 'goodlog');
        const files = await listFiles(dir);
        if (files.length === 0)
            continue;
        allFiles.push(...files.map(f => external_node_path_default().relative(cwd, f)));
        const known = new Map();
        const readAs = new Map();
        const fpFile = external_node_path_default().join(dir, 'known-fps.yml');
        let text;
        try {
            text = await (0,promises_.readFile)(fpFile, 'utf8');
        }
        catch {
            // No known false positives: every hit fails.
        }
        if (text !== undefined) {
            const parsed = schema/* knownFpsSchema */.mS.safeParse((0,dist/* parse */.qg)(text));
            if (!parsed.success) {
                const issue = parsed.error.issues[0];
                errors.push({
                    file: external_node_path_default().relative(cwd, fpFile),
                    line: 1,
                    message: `${issue.path.join('.') || 'top level'}: ${issue.message}`
                });
            }
            else {
                for (const k of parsed.data.known)
                    known.set(`${k.rule}\u0000${k.file}\u0000${k.line}`, k.reason);
                for (const f of parsed.data.files ?? [])
                    readAs.set(f.file, { format: f.format, pgPrefix: f.pg_prefix });
            }
        }
        // Each file is replayed on its own: the corpus files are unrelated captures.
        for (const file of files) {
            const rel = external_node_path_default().relative(dir, file);
            const replay = new detect_replay/* Replay */.e(set.rules);
            const stats = await (0,detect_read/* readLogs */.o_)([file], e => replay.push(e), readAs.get(rel.split((external_node_path_default()).sep).join('/')) ?? {});
            events += stats.events;
            malformed += stats.malformedCount;
            for (const m of stats.malformed.slice(0, 5))
                errors.push({
                    file: external_node_path_default().relative(cwd, file),
                    line: m.line,
                    message: `goodlog corpus line is malformed: ${m.reason}`
                });
            for (const d of replay.detections) {
                const last = d.events[d.events.length - 1];
                const key = `${d.rule.doc.id}\u0000${rel}\u0000${last?.line ?? 0}`;
                if (known.has(key))
                    continue;
                results.push({
                    rule: d.rule,
                    kind: 'goodlog',
                    name: `goodlog ${rel}:${last?.line ?? 0}`,
                    line: d.rule.line,
                    passed: false,
                    detections: 1,
                    message: `fired on the benign corpus at ${external_node_path_default().relative(cwd, file)}:${last?.line ?? 0}; fix the rule or list it in goodlog/known-fps.yml with a reason`
                });
            }
        }
        for (const rule of set.rules)
            if (!results.some(r => r.rule === rule && r.kind === 'goodlog'))
                results.push({
                    rule,
                    kind: 'goodlog',
                    name: 'goodlog',
                    line: rule.line,
                    passed: true,
                    detections: 0,
                    message: ''
                });
    }
    return { results, files: allFiles, events, malformed, errors };
}

;// CONCATENATED MODULE: ./src/github/detect-action.ts

















/**
 * The action's detection inputs. `rules: <dir>` runs `rules test` on the repository's rules
 * (a failing or invalid rule fails the job, with annotations on the rule files' lines) and adds
 * "Detection coverage" to the audit's report when a target is audited; `hunt-logs: <globs>`
 * replays logs through the built-in pack plus those rules and writes the detections. Both run
 * without a target too (rules tested on pull requests, a hunt on a schedule), and on pull requests
 * from forks, since they need no secret.
 */
/** Outputs of the detection inputs; each is set on every audit-mode run (empty when not used). */
const DETECT_OUTPUTS = [
    'rules-test-result',
    'rules-test-failed',
    'blind-rule-count',
    'hunt-result',
    'detection-count',
    'hunt-markdown',
    'hunt-json',
    'hunt-sarif'
];
/** A list input: one entry a line or comma-separated, blanks dropped. */
function list(name) {
    return (input(name) ?? '')
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(Boolean);
}
function ruleErrorText(e) {
    return `${e.file}:${e.line}${e.rule ? ` ${e.rule}` : ''}: ${e.message}`;
}
class DetectSession {
    ruleDirs;
    rules;
    huntFiles;
    huntRules;
    huntOptions;
    outDir;
    outputs = Object.fromEntries(DETECT_OUTPUTS.map(o => [o, '']));
    /** Why the job fails because of the detection inputs (empty: it does not). */
    failures = [];
    constructor(ruleDirs, 
    /** The repository's own rules (input rules); loaded even when invalid, so rules test reports them. */
    rules, huntFiles, huntRules, huntOptions, outDir) {
        this.ruleDirs = ruleDirs;
        this.rules = rules;
        this.huntFiles = huntFiles;
        this.huntRules = huntRules;
        this.huntOptions = huntOptions;
        this.outDir = outDir;
    }
    /** Whether any detection input was given. */
    get requested() {
        return this.ruleDirs.length > 0 || this.huntFiles.length > 0;
    }
    /**
     * Reads and checks the detection inputs before anything connects: bad values are usage errors
     * naming the input; a rule directory that does not exist is one too. Invalid rules are not: the
     * rules test reports them with annotations (and fails the job).
     */
    static async fromInputs(now, outDir) {
        const ruleDirs = list('rules');
        const logs = list('hunt-logs');
        const failOn = (input('hunt-fail-on')?.trim() ?? 'high');
        if (failOn !== 'never' && !SEVERITIES.includes(failOn))
            throw new errors/* UsageError */.eb(`Invalid input hunt-fail-on ${JSON.stringify(input('hunt-fail-on'))}: expected ${SEVERITIES.join(', ')} or never.`);
        const sinceText = input('hunt-since')?.trim();
        const since = sinceText ? parseTime(sinceText, 'input hunt-since', now) : undefined;
        const jobsText = input('hunt-jobs');
        const jobs = parseJobs(jobsText);
        if (jobs === undefined)
            throw new errors/* UsageError */.eb(`Invalid input hunt-jobs ${JSON.stringify(jobsText)}: expected a whole number of threads from 1 to ${MAX_JOBS}.`);
        const pgPrefix = input('hunt-pg-prefix');
        if (pgPrefix !== undefined) {
            try {
                (0,postgresql/* compilePrefix */.wi)(pgPrefix);
            }
            catch (e) {
                throw new errors/* UsageError */.eb(`Invalid input hunt-pg-prefix: ${e.message}.`);
            }
        }
        if (logs.length === 0 &&
            (input('hunt-since') || input('hunt-fail-on') || pgPrefix !== undefined || jobsText !== undefined))
            throw new errors/* UsageError */.eb('The hunt-since, hunt-fail-on, hunt-pg-prefix and hunt-jobs inputs need hunt-logs (the log files or globs to hunt in).');
        let rules;
        if (ruleDirs.length > 0) {
            rules = await (0,load/* loadRules */.A7)(ruleDirs);
            const unreadable = rules.errors.find(e => e.message.startsWith('cannot read '));
            if (unreadable)
                throw new errors/* UsageError */.eb(`Invalid input rules ${JSON.stringify(unreadable.file)}: ${unreadable.message}; expected a directory of detection rules in the checkout.`);
        }
        const huntFiles = logs.length > 0 ? await expandLogs(logs, 'input hunt-logs') : [];
        let huntRules;
        if (huntFiles.length > 0) {
            const builtin = builtinRulesDir();
            if (!builtin)
                throw new Error('the built-in rule pack is missing from the action');
            huntRules = await (0,load/* loadRules */.A7)([builtin, ...ruleDirs]);
            // Invalid rules are reported (and fail the job) by the rules test; the hunt needs a clean set.
            if (huntRules.errors.length > 0 && !rules)
                throw new Error(`the built-in rule pack does not load: ${ruleErrorText(huntRules.errors[0])}`);
        }
        return new DetectSession(ruleDirs, rules, huntFiles, huntRules, {
            ...(since !== undefined ? { since } : {}),
            failOn,
            ...(pgPrefix !== undefined ? { pgPrefix } : {}),
            jobs
        }, outDir);
    }
    /** The audit markdown's "Detection coverage" section for the repository's rules (none without them). */
    coverageSections(report) {
        if (!this.rules || this.rules.errors.length > 0)
            return [];
        const cov = auditCoverage(report, this.rules.rules);
        this.outputs['blind-rule-count'] = String(cov.coverage.filter(c => c.status === 'blind').length);
        return [cov.markdown];
    }
    /**
     * Where a cut summary's full text is: the hunt and rules-test reports are written to the output
     * directory after the audit's artifact was uploaded, so they are never in it.
     */
    fullReportsWhere() {
        const hunt = this.outputs['hunt-markdown'];
        return hunt
            ? `the full hunt report is ${(0,core_text/* codeSpan */.SS)(external_node_path_default().basename(hunt))} in the output directory (not in the report artifact)`
            : 'the full reports are in the output directory (not in the report artifact)';
    }
    /**
     * Runs the rules test and the hunt, annotates, writes their job summary sections and sets the
     * outputs. With an audit report, the hunt lists the rules blind on the audited cluster and
     * reads PostgreSQL stderr logs with the log_line_prefix the audit recorded.
     */
    async run(o) {
        const sections = [];
        if (this.rules)
            sections.push(await this.rulesTest(this.rules));
        if (this.huntRules && this.huntFiles.length > 0 && this.outputs['rules-test-result'] !== 'invalid')
            sections.push(await this.hunt(this.huntRules, o.report, o.now, o.redactor));
        if (o.jobSummary && sections.length > 0) {
            try {
                await core.summary
                    .addRaw(capSummary(o.redactor.scrub(sections.join('\n')), this.fullReportsWhere()))
                    .write();
            }
            catch (error) {
                core.warning(`db-posture: job summary not written: ${error.message}`);
            }
        }
    }
    async rulesTest(set) {
        const results = await runRuleTests(set);
        const goodlog = await runGoodlog(set);
        const all = [...results, ...goodlog.results];
        const errors = [...set.errors, ...goodlog.errors];
        const failed = all.filter(r => !r.passed);
        for (const e of errors)
            core.error(`${e.rule ? `${e.rule}: ` : ''}${e.message}`, {
                title: 'db-posture invalid rule',
                file: e.file,
                startLine: e.line
            });
        for (const r of failed)
            core.error(`${r.rule.doc.id}: ${r.kind} test "${r.name}" failed: ${r.message}`, {
                title: 'db-posture rule test failed',
                file: r.rule.file,
                startLine: r.line
            });
        const result = errors.length > 0 ? 'invalid' : failed.length > 0 ? 'failed' : 'passed';
        this.outputs['rules-test-result'] = result;
        this.outputs['rules-test-failed'] = String(failed.length + errors.length);
        if (result !== 'passed')
            this.failures.push(`rules test: ${(0,core_text/* plural */.LS)(errors.length, 'invalid rule')} and ${(0,core_text/* plural */.LS)(failed.length, 'failed test')} in ${this.ruleDirs.join(', ')}`);
        const out = [
            `### db-posture rules test: ${result}`,
            '',
            (0,core_text/* escapeStatic */.gH)(`${set.rules.length} rules in ${set.files.length} files, ${all.length} tests (${failed.length} failed), ${errors.length} invalid` +
                (goodlog.files.length > 0
                    ? `; goodlog ${goodlog.files.length} files, ${goodlog.events} events`
                    : '') +
                '.'),
            ''
        ];
        if (errors.length + failed.length > 0) {
            out.push('| Rule file | Rule | Problem |', '|---|---|---|');
            for (const e of errors)
                out.push(`| ${(0,core_text/* codeSpan */.SS)(`${e.file}:${e.line}`)} | ${e.rule ? (0,core_text/* codeSpan */.SS)(e.rule) : ''} | ${cell(`invalid: ${e.message}`)} |`);
            for (const r of failed)
                out.push(`| ${(0,core_text/* codeSpan */.SS)(`${r.rule.file}:${r.line}`)} | ${(0,core_text/* codeSpan */.SS)(r.rule.doc.id)} | ${cell(`${r.kind} test "${r.name}": ${r.message}`)} |`);
            out.push('');
        }
        return out.join('\n');
    }
    async hunt(set, report, now, redactor) {
        if (set.errors.length > 0) {
            // The rules test passed on their own, so they clash with the built-in pack (a copied id).
            const e = set.errors[0];
            this.failures.push(`hunt: the rules input and the built-in pack do not load together: ${ruleErrorText(e)}`);
            core.error(e.message, {
                title: 'db-posture rule does not load with the built-in pack',
                file: e.file,
                startLine: e.line
            });
            this.outputs['hunt-result'] = 'invalid';
            return `### db-posture hunt: not run

${(0,core_text/* escapeStatic */.gH)(`The rules input and the built-in pack do not load together: ${ruleErrorText(e)}.`)}
`;
        }
        const posture = report ? postureFacts(toJsonReport(report)) : undefined;
        let pgPrefix = this.huntOptions.pgPrefix;
        if (pgPrefix === undefined && posture) {
            const recorded = posture.facts.get('log_line_prefix');
            if (recorded?.known && typeof recorded.value === 'string')
                pgPrefix = recorded.value;
        }
        const result = await hunt({
            files: this.huntFiles,
            rules: set,
            now,
            ...(posture ? { posture } : {}),
            ...(pgPrefix !== undefined ? { pgPrefix } : {}),
            ...(this.huntOptions.since !== undefined ? { since: this.huntOptions.since } : {}),
            jobs: this.huntOptions.jobs,
            workerEntry: (0,worker_entry/* workerEntry */.x)()
        });
        await (0,promises_.mkdir)(this.outDir, { recursive: true });
        const stamp = now.toISOString().slice(0, 10);
        const put = async (ext, text) => {
            const file = external_node_path_default().join(this.outDir, `hunt-${stamp}.${ext}`);
            await (0,promises_.writeFile)(file, redactor.scrub(text));
            return file;
        };
        const markdown = result.markdown();
        this.outputs['hunt-markdown'] = await put('md', markdown);
        this.outputs['hunt-json'] = await put('json', result.json());
        this.outputs['hunt-sarif'] = await put('sarif', result.sarif());
        this.outputs['detection-count'] = String(result.detections.length);
        const blocking = detectionsAtOrAbove(result.detections, this.huntOptions.failOn);
        this.outputs['hunt-result'] =
            result.detections.length === 0 ? 'clean' : blocking > 0 ? 'failed' : 'detections';
        core.info(`db-posture hunt: ${result.stats.events + result.stats.skipped} events from ${(0,core_text/* plural */.LS)(this.huntFiles.length, 'file')} in ${result.seconds.toFixed(1)} s (${(0,core_text/* plural */.LS)(result.threads, 'thread')}): ${(0,core_text/* plural */.LS)(result.detections.length, 'detection')}`);
        if (result.stats.malformedCount > 0)
            core.warning(`db-posture hunt: ${(0,core_text/* plural */.LS)(result.stats.malformedCount, 'malformed line')} skipped, e.g. ${result.stats.malformed
                .slice(0, 3)
                .map(m => `${m.file}:${m.line} (${m.reason})`)
                .join(', ')}`);
        if (blocking > 0)
            this.failures.push(`hunt: ${(0,core_text/* plural */.LS)(blocking, 'detection')} at or above ${this.huntOptions.failOn} (input hunt-fail-on)`);
        // The hunt's markdown starts with its own title; one level down under the job summary.
        return markdown.replace(/^# db-posture hunt/, '### db-posture hunt');
    }
    publishOutputs() {
        for (const [name, value] of Object.entries(this.outputs))
            core.setOutput(name, value);
    }
}
/** Rule files come from the pull request: their test names and messages stay inert. */
function cell(text) {
    return (0,core_text/* tableCell */.xR)((0,core_text/* inertWords */.MJ)(text.replace(/\n/g, ' ')));
}
/**
 * Whether the run has an audit target. Without one, the detection inputs run alone, unless an
 * input only an audit uses is set (name, compare-to, ...): then the workflow meant to audit, and
 * an empty connection string is a renamed or unset secret, which must fail as it does without
 * detection inputs rather than pass as a detections-only run.
 */
function detectionsOnly(secrets) {
    if (secrets.url || secrets.cloudApiKey || input('couchbase-url'))
        return false;
    return !AUDIT_ONLY_INPUTS.some(name => input(name) !== undefined);
}
const AUDIT_ONLY_INPUTS = [
    'name',
    'compare-to',
    'cloud-cluster-id',
    'couchbase-username',
    'couchbase-ca',
    'certs-dir',
    'sarif-file',
    'junit-file'
];
/** Where hunt reports go: the out-dir input, else the audit's default directory. */
function detectOutDir(job) {
    return external_node_path_default().resolve(input('out-dir') ?? external_node_path_default().join(process.env.RUNNER_TEMP ?? '.', 'db-posture', job ?? 'audit'));
}
/** Defaults for the detection outputs when the session never started (a usage error before it). */
function publishDetectDefaults() {
    for (const name of DETECT_OUTPUTS)
        core.setOutput(name, '');
}

;// CONCATENATED MODULE: ./src/scan/baseline.ts

/** The baseline target scan findings are waived under (`target: scan` or `*`). */
const SCAN_TARGET = 'scan';
/**
 * Applies waivers to scan findings by their stable key: a waiver's `object` is the key without its
 * check id (`<file>|<object>`, e.g. `infra/main.tf|cockroach_allow_list.office 10.0.0.0/12`), so it
 * keeps matching when lines move.
 */
/** The waiver object of a scan finding: its key without the leading `<check>|`. */
function scanWaiverObject(f) {
    return f.key.slice(f.checkId.length + 1);
}
function applyScanBaseline(findings, baseline, now) {
    const keyed = findings.map(f => ({ ...f, object: scanWaiverObject(f) }));
    const applied = applyBaseline(keyed, baseline, SCAN_TARGET, now);
    return {
        findings: applied.findings.map((f, i) => ({ ...findings[i], ...(f.waiver ? { waiver: f.waiver } : {}) })),
        outcome: applied.outcome
    };
}

;// CONCATENATED MODULE: ./src/scan/gate.ts


/**
 * The scan's gate, with the audit's rules (src/pipeline/report.ts; the scan has no `gate: new`):
 * the level's blocking statuses (blockingStatuses) decide which unwaived findings block, an
 * expired waiver blocks at every level but `never`, a stale waiver only with fail-on-stale (and
 * not at `never`), and an incomplete scan fails at every level.
 */
function judgeScanGate(findings, outcome, gate) {
    const incomplete = findings.some(f => f.incomplete);
    const unwaived = (s) => findings.filter(f => f.status === s && f.waiver?.state !== 'active').length;
    const unwaivedFails = unwaived('FAIL');
    const reasons = [];
    if (gate.failOn !== 'never') {
        const counted = (n, what) => n > 0 && reasons.push((0,core_text/* plural */.LS)(n, what));
        for (const s of blockingStatuses(gate.failOn))
            counted(unwaived(s), `unwaived ${s} finding`);
        counted(outcome.expired.length, 'expired waiver');
        if (gate.failOnStale)
            counted(outcome.stale.length, 'stale waiver');
    }
    return { incomplete, passed: !incomplete && reasons.length === 0, unwaivedFails, reasons };
}

;// CONCATENATED MODULE: ./src/scan/junit.ts

/**
 * JUnit XML for test reporters: one test case per finding, named by check and place; an unwaived
 * FAIL is a failure, UNKNOWN and N/A are skipped, the rest pass (the WARN text stays in system-out).
 */
function renderScanJunit(r) {
    const cases = r.findings.map(f => {
        const name = xmlEscape(`${f.checkId} ${f.file}:${f.line}`);
        const body = f.status === 'FAIL' && !(f.waiver?.state === 'active')
            ? `<failure message="${xmlEscape(f.detail.text)}" type="FAIL"/>`
            : f.status === 'UNKNOWN' || f.status === 'N/A'
                ? `<skipped message="${xmlEscape(`${f.status}: ${f.detail.text}`)}"/>`
                : `<system-out>${xmlEscape(`${f.status}: ${f.detail.text}`)}</system-out>`;
        return `    <testcase classname="${xmlEscape(f.file)}" name="${name}">${body}</testcase>`;
    });
    const failures = r.findings.filter(f => f.status === 'FAIL' && !(f.waiver?.state === 'active')).length;
    const skipped = r.findings.filter(f => f.status === 'UNKNOWN' || f.status === 'N/A').length;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="db-posture scan" tests="${r.findings.length}" failures="${failures}" skipped="${skipped}">`,
        `  <testsuite name="configuration scan" tests="${r.findings.length}" failures="${failures}" skipped="${skipped}">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/scan/render.ts




const ORDER = ['FAIL', 'WARN', 'UNKNOWN', 'INFO', 'PASS', 'N/A'];
const byStatus = (a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status);
/** File paths are repository paths the pull request author controls: link text is a code span. */
function render_link(file, line) {
    const href = file
        .split('/')
        .map(s => encodeURIComponent(s))
        .join('/');
    return `[${(0,core_text/* codeSpan */.SS)(`${file}:${line}`)}](${href}#L${line})`;
}
/** The status cell: a waived finding says so, an expired waiver too (its finding counts again). */
function statusCell(f) {
    if (f.waiver?.state === 'active')
        return `${f.status} (waived until ${f.waiver.expires})`;
    if (f.waiver?.state === 'expired')
        return `${f.status} (waiver expired ${f.waiver.expires})`;
    return f.status;
}
/** Expired, soon-expiring and stale scan waivers, as the audit report lists them. */
function baselineSection(r) {
    const b = r.baseline;
    if (!b || !(b.expired.length || b.expiringSoon.length || b.stale.length))
        return [];
    const lines = ['### Baseline', ''];
    if (b.file)
        lines.push(`Baseline file: ${(0,core_text/* codeSpan */.SS)(b.file)}`, '');
    const list = (ws) => [...ws.map(waiverLine), ''];
    if (b.expired.length)
        lines.push(`**Expired waivers** (${b.expired.length}; no longer waive, the findings count again):`, '', ...list(b.expired));
    if (b.expiringSoon.length)
        lines.push(`**Waivers expiring within 14 days** (${b.expiringSoon.length}):`, '', ...list(b.expiringSoon));
    if (b.stale.length)
        lines.push(`**Stale waivers** (${b.stale.length}; match no finding, remove them):`, '', ...list(b.stale));
    return lines;
}
function renderScanMarkdown(r) {
    const counts = ORDER.map(s => [s, r.findings.filter(f => f.status === s).length]).filter(([, n]) => n > 0);
    const lines = [
        '## Configuration scan',
        '',
        `${(0,core_text/* plural */.LS)(r.scanned.length, 'file')} scanned, ${r.skipped.length} skipped. ${counts.map(([s, n]) => `${n} ${s}`).join(', ') || 'No findings'}.`,
        ''
    ];
    if (r.findings.length) {
        lines.push('| Status | Check | Where | Detail |', '|---|---|---|---|');
        for (const f of [...r.findings].sort(byStatus)) {
            lines.push(`| ${statusCell(f)} | ${f.checkId} | ${render_link(f.file, f.line)} | ${(0,core_text/* tableCell */.xR)(f.detail.markdown)} |`);
        }
        lines.push('');
    }
    if (r.skipped.length) {
        lines.push('Skipped:', '');
        for (const s of r.skipped)
            lines.push(`- ${(0,core_text/* codeSpan */.SS)(s.rel)}: ${s.reason}`);
        lines.push('');
    }
    lines.push(...baselineSection(r));
    return lines.join('\n');
}
function renderScanJson(r) {
    return `${JSON.stringify({
        tool: TOOL.name,
        version: TOOL.version,
        scanned: r.scanned,
        skipped: r.skipped,
        findings: r.findings.map(f => ({
            checkId: f.checkId,
            status: f.status,
            rawStatus: f.rawStatus,
            file: f.file,
            line: f.line,
            column: f.column,
            key: f.key,
            ...(f.object !== undefined ? { object: f.object } : {}),
            detail: f.detail.text,
            ...(f.annotation ? { annotation: f.annotation } : {}),
            ...(f.waiver
                ? {
                    waiver: {
                        state: f.waiver.state,
                        reason: f.waiver.reason,
                        owner: f.waiver.owner,
                        expires: f.waiver.expires
                    }
                }
                : {})
        })),
        ...(r.baseline
            ? {
                baseline: {
                    ...(r.baseline.file !== undefined ? { file: r.baseline.file } : {}),
                    expired: r.baseline.expired,
                    expiringSoon: r.baseline.expiringSoon,
                    stale: r.baseline.stale
                }
            }
            : {})
    }, null, 2)}\n`;
}
const render_LEVEL = {
    FAIL: 'error',
    WARN: 'warning',
    UNKNOWN: 'note',
    INFO: 'note'
};
/** SARIF 2.1.0 with a physical location on the real line, so code scanning marks the line itself. */
function renderScanSarif(r) {
    const results = r.findings.filter(f => render_LEVEL[f.status]);
    const ruleIds = [...new Set(results.map(f => f.checkId))].sort();
    const rules = ruleIds.map(id => {
        const f = results.find(x => x.checkId === id);
        return {
            id,
            name: f.title,
            shortDescription: { text: f.title },
            help: { text: `${f.remediation.text} ${f.remediation.link}` },
            helpUri: f.remediation.link
        };
    });
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: TOOL.name, version: TOOL.version, informationUri: TOOL.url, rules } },
                results: results.map(f => ({
                    ruleId: f.checkId,
                    ruleIndex: ruleIds.indexOf(f.checkId),
                    level: render_LEVEL[f.status],
                    message: { text: `${f.status}: ${f.detail.text}` },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: f.file },
                                region: { startLine: f.line, startColumn: f.column }
                            }
                        }
                    ],
                    // The waiver key, never the line: the alert follows the rule when lines move.
                    partialFingerprints: { 'dbPosture/v1': (0,external_node_crypto_.createHash)('sha256').update(f.key).digest('hex') },
                    // A baseline waiver (the action applies it): code scanning shows the alert as dismissed.
                    ...(f.waiver?.state === 'active'
                        ? {
                            suppressions: [
                                {
                                    kind: 'external',
                                    justification: `${f.waiver.reason} (${f.waiver.owner}, until ${f.waiver.expires})`
                                }
                            ]
                        }
                        : {})
                }))
            }
        ]
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(32942);
;// CONCATENATED MODULE: ./src/scan/terraform/kind.ts
function terraformKindOf(base) {
    if (base.endsWith('.tfplan.json') || base === 'tfplan.json' || base === 'plan.json')
        return 'terraform_plan';
    if (base.endsWith('.tf') || base.endsWith('.tf.json'))
        return 'terraform';
    return undefined;
}

;// CONCATENATED MODULE: ./src/scan/discover.ts





/** Files bigger than this are configuration nobody writes by hand; they are skipped and counted. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Decides the kind by name: pg_hba*.conf, postgresql.conf and postgresql.auto.conf, *.sql. */
function kindOf(rel) {
    const base = external_node_path_default().posix.basename(rel);
    if (/^pg_hba.*\.conf$/.test(base))
        return 'pg_hba';
    if (base === 'postgresql.conf' || base === 'postgresql.auto.conf')
        return 'postgresql_conf';
    if (/\.sql$/i.test(base))
        return 'sql';
    return terraformKindOf(base);
}
function matchesAny(rel, globs) {
    return globs.some(g => (0,esm/* minimatch */.xF)(rel, g, { dot: true, matchBase: !g.includes('/') }));
}
/**
 * Walks the given paths under `root`, honouring every .gitignore on the way (nested files apply to
 * their own directory, as git applies them) and the --include/--exclude globs.
 */
function discover(root, paths, opts) {
    const files = [];
    const skipped = [];
    const rules = [];
    const ignored = (rel, isDir) => rules.some(({ dir, ig }) => {
        if (dir !== '' && !rel.startsWith(`${dir}/`))
            return false;
        const sub = dir === '' ? rel : rel.slice(dir.length + 1);
        return ig.ignores(isDir ? `${sub}/` : sub);
    });
    const loadGitignore = (dirRel) => {
        const file = external_node_path_default().join(root, dirRel, '.gitignore');
        if (external_node_fs_default().existsSync(file))
            rules.push({ dir: dirRel, ig: ignore_default()().add(external_node_fs_default().readFileSync(file, 'utf8')) });
    };
    const consider = (abs, rel) => {
        const kind = kindOf(rel);
        const included = opts.include.length ? matchesAny(rel, opts.include) : kind !== undefined;
        if (!included || matchesAny(rel, opts.exclude))
            return;
        if (kind === undefined) {
            skipped.push({ rel, reason: 'not a kind of file the scanner understands' });
            return;
        }
        const size = external_node_fs_default().statSync(abs).size;
        if (size > MAX_FILE_BYTES) {
            skipped.push({ rel, reason: `larger than ${MAX_FILE_BYTES} bytes` });
            return;
        }
        files.push({ abs, rel, kind });
    };
    const walk = (dirRel) => {
        loadGitignore(dirRel);
        const entries = external_node_fs_default().readdirSync(external_node_path_default().join(root, dirRel), { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            // .terraform holds downloaded providers and modules (third-party code), not the repository's.
            if (e.name === '.git' || e.name === 'node_modules' || e.name === '.terraform')
                continue;
            const rel = dirRel === '' ? e.name : `${dirRel}/${e.name}`;
            if (ignored(rel, e.isDirectory()))
                continue;
            if (e.isDirectory())
                walk(rel);
            else if (e.isFile())
                consider(external_node_path_default().join(root, rel), rel);
        }
    };
    for (const p of paths) {
        const abs = external_node_path_default().resolve(root, p);
        const rel = external_node_path_default().relative(root, abs).split((external_node_path_default()).sep).join('/');
        const stat = external_node_fs_default().statSync(abs);
        if (stat.isDirectory()) {
            // .gitignore files of the directories above the starting point apply too.
            const parts = rel === '' ? [] : rel.split('/');
            for (let i = 0; i < parts.length; i++)
                loadGitignore(parts.slice(0, i).join('/'));
            walk(rel);
        }
        else
            consider(abs, rel);
    }
    return { files, skipped };
}

;// CONCATENATED MODULE: ./src/scan/conf-file.ts
/**
 * Reads postgresql.conf / postgresql.auto.conf text as PostgreSQL's guc-file lexer does: one
 * `name [=] value` per line, `#` comments, single-quoted values with '' and backslash escapes,
 * names case-insensitive. A later assignment of the same name wins, as it does on the server.
 */
const conf_file_NAME = /^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)?/;
function unquote(body) {
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === "'" && body[i + 1] === "'") {
            out += "'";
            i++;
        }
        else if (c === '\\' && i + 1 < body.length) {
            const n = body[++i];
            out += { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[n] ?? n;
        }
        else
            out += c;
    }
    return out;
}
function parseConfFile(text) {
    const assignments = [];
    const errors = [];
    text.split(/\r?\n/).forEach((raw, idx) => {
        const line = idx + 1;
        const lead = raw.length - raw.trimStart().length;
        let rest = raw.slice(lead);
        if (rest === '' || rest.startsWith('#'))
            return;
        const m = conf_file_NAME.exec(rest);
        if (!m) {
            errors.push({ line, column: lead + 1, message: `syntax error near "${rest.slice(0, 20)}"` });
            return;
        }
        const name = m[0].toLowerCase();
        rest = rest.slice(m[0].length).trimStart();
        if (rest.startsWith('='))
            rest = rest.slice(1).trimStart();
        let value;
        if (rest.startsWith("'")) {
            const q = /^'((?:[^'\\]|''|\\.)*)'/.exec(rest);
            if (!q) {
                errors.push({ line, column: lead + 1, message: `unterminated quoted string for ${name}` });
                return;
            }
            value = unquote(q[1]);
            rest = rest.slice(q[0].length);
        }
        else {
            const u = /^[^\s#]*/.exec(rest);
            value = u ? u[0] : '';
            rest = rest.slice(value.length);
        }
        rest = rest.trimStart();
        if (rest !== '' && !rest.startsWith('#')) {
            errors.push({ line, column: lead + 1, message: `syntax error near "${rest.slice(0, 20)}"` });
            return;
        }
        if (value === '' && !/^'/.test(raw.slice(lead + m[0].length).replace(/^\s*=?\s*/, ''))) {
            errors.push({ line, column: lead + 1, message: `${name} has no value` });
            return;
        }
        assignments.push({ name, value, line, column: lead + 1 });
    });
    return { assignments, errors };
}

;// CONCATENATED MODULE: ./src/scan/finding.ts
function scanKey(checkId, file, object) {
    return `${checkId}|${file}|${object}`;
}

;// CONCATENATED MODULE: ./src/scan/sql/emit.ts



/**
 * Turns placed verdicts into scan findings through the same runner as the live checks, so the check's
 * metadata (id, title, remediation, frameworks) and the severity policy (environment, compliance,
 * data sensitivity) apply to a file exactly as they apply to a cluster.
 */
function emit(meta, placed, file, ctx) {
    if (placed.length === 0)
        return [];
    const check = defineCheck({ meta, evaluate: () => placed.map(p => p.raw) });
    const findings = runChecks([check], null, ctx);
    // evaluateCheck passes a non-empty list through in order, one finding per raw finding.
    return findings.map((f, i) => place(f, placed[i], file));
}
/** Places a finding the live check itself produced. */
function place(f, p, file) {
    const annotation = [f.annotation, p.annotation].filter(Boolean).join('; ');
    return {
        ...f,
        ...(annotation ? { annotation } : {}),
        file,
        line: p.line,
        column: p.column,
        key: scanKey(f.checkId, file, p.object)
    };
}

;// CONCATENATED MODULE: ./src/scan/includes.ts





/**
 * `include`, `include_if_exists` and `include_dir` in pg_hba.conf (PostgreSQL 16+) and
 * postgresql.conf, with the server's semantics (hba.c / guc-file.l): a relative name is relative to
 * the directory of the file that names it; include_dir reads the directory's `*.conf` files not
 * starting with `.`, in C-locale (byte) order; a missing include or include_dir is an error; a missing
 * include_if_exists is skipped; nesting deeper than 10 is an error. A cycle, which the server reports
 * as that nesting error, is named as a cycle here.
 */
const INCLUDE_DIRECTIVES = new Set(['include', 'include_if_exists', 'include_dir']);
/** guc-file.l and hba.c: CONF_FILE_MAX_DEPTH. */
const MAX_DEPTH = 10;
const INCLUDE = {
    id: 'scan/include',
    title: 'Configuration includes',
    dimension: 'Configuration',
    appliesTo: ['self-hosted', 'cloud'],
    rationale: 'A missing or cyclic include makes the server fail to start or read different rules than the repository shows, so the reviewed file is not what runs.',
    description: 'Every include and include_dir names a file or directory the repository has, without cycles.',
    outcomes: ['FAIL', 'INFO'],
    remediation: {
        text: 'Fix the path (relative names are relative to the including file), use include_if_exists for optional files, or break the cycle.',
        link: 'https://www.postgresql.org/docs/current/config-setting.html#CONFIG-INCLUDES'
    },
    frameworks: {}
};
class IncludeResolver {
    root;
    /** Every file reached through an include: the scan does not judge them again on their own. */
    included = new Set();
    constructor(root) {
        this.root = root;
    }
    /**
     * Expands one directive of `fromRel`; `stack` is the chain of files being read (for cycles and the
     * nesting limit), `fromRel` last.
     */
    expand(fromRel, directive, target, stack) {
        if (external_node_path_default().isAbsolute(target) && !this.underRoot(target)) {
            return {
                kind: 'error',
                finding: 'outside',
                message: `${directive} ${target} names a path outside the repository: its contents were not judged`
            };
        }
        const abs = external_node_path_default().isAbsolute(target)
            ? target
            : external_node_path_default().resolve(this.root, external_node_path_default().posix.dirname(fromRel), target);
        const rel = external_node_path_default().relative(this.root, abs).split((external_node_path_default()).sep).join('/');
        if (rel.startsWith('..'))
            return {
                kind: 'error',
                finding: 'outside',
                message: `${directive} ${target} names a path outside the repository: its contents were not judged`
            };
        const read = (r) => {
            if (stack.includes(r))
                return { kind: 'error', finding: 'cycle', message: `include cycle: ${[...stack, r].join(' -> ')}` };
            if (stack.length >= MAX_DEPTH)
                return {
                    kind: 'error',
                    finding: 'cycle',
                    message: `could not open configuration file ${r}: maximum nesting depth exceeded`
                };
            this.included.add(r);
            return { rel: r, text: external_node_fs_default().readFileSync(external_node_path_default().join(this.root, r), 'utf8') };
        };
        if (directive === 'include_dir') {
            if (!external_node_fs_default().existsSync(abs) || !external_node_fs_default().statSync(abs).isDirectory())
                return {
                    kind: 'error',
                    finding: 'missing',
                    message: `include_dir ${target}: no such directory ${rel}`
                };
            const names = external_node_fs_default().readdirSync(abs)
                .filter(n => n.endsWith('.conf') && !n.startsWith('.') && external_node_fs_default().statSync(external_node_path_default().join(abs, n)).isFile())
                .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
            const files = [];
            for (const n of names) {
                const r = read(rel === '' ? n : `${rel}/${n}`);
                if ('kind' in r)
                    return r;
                files.push(r);
            }
            return { kind: 'files', files };
        }
        if (!external_node_fs_default().existsSync(abs) || !external_node_fs_default().statSync(abs).isFile()) {
            if (directive === 'include_if_exists')
                return { kind: 'skip' };
            return { kind: 'error', finding: 'missing', message: `include ${target}: no such file ${rel}` };
        }
        const r = read(rel);
        return 'kind' in r ? r : { kind: 'files', files: [r] };
    }
    underRoot(abs) {
        return !external_node_path_default().relative(this.root, abs).startsWith('..');
    }
}
/** A directive that could not be followed, placed on its line (FAIL: the server would refuse it). */
function includeFinding(e, file, line, column, ctx) {
    // Outside the repository the scan cannot look, which is not an error of the file itself.
    const raw = e.finding === 'outside'
        ? info((0,core_text/* msg */.ab) `${e.message}.`)
        : fail((0,core_text/* msg */.ab) `${e.message}: PostgreSQL refuses to load the file.`);
    return emit(INCLUDE, [{ raw, line, column, object: e.message }], file, ctx);
}

;// CONCATENATED MODULE: ./src/scan/judge-conf.ts















const SUPPORTED_PG_VERSIONS = [13, 14, 15, 16, 17];
/**
 * Server defaults of the judged settings (the boot values in guc_tables.c of each release): a file
 * that leaves a setting out gets this value on the server it configures.
 */
function serverDefaults(major) {
    return {
        ssl: 'off',
        ssl_min_protocol_version: 'TLSv1.2',
        // PostgreSQL 14 changed the default from md5 to scram-sha-256.
        password_encryption: major >= 14 ? 'scram-sha-256' : 'md5',
        listen_addresses: 'localhost',
        log_connections: 'off',
        log_disconnections: 'off',
        log_statement: 'none',
        log_line_prefix: '%m [%p] ',
        log_destination: 'stderr',
        shared_preload_libraries: ''
    };
}
/** The live checks a configuration file decides on its own, with the settings each reads. */
const CONF_CHECKS = [
    { check: ssl, settings: ['ssl'] },
    { check: tls_version, settings: ['ssl_min_protocol_version', 'ssl'] },
    { check: password_encryption, settings: ['password_encryption'] },
    { check: listen_addresses, settings: ['listen_addresses'] },
    { check: connection_logging, settings: ['log_connections', 'log_disconnections'] },
    { check: log_statement, settings: ['log_statement'] },
    { check: log_line_prefix, settings: ['log_line_prefix', 'log_destination'] },
    {
        check: pgaudit,
        settings: ['shared_preload_libraries', 'pgaudit.log', 'pgaudit.log_parameter', 'log_statement']
    }
];
const BOOLEANS = new Set(['ssl', 'log_connections', 'log_disconnections', 'pgaudit.log_parameter']);
const LOWERCASE_ENUMS = new Set(['password_encryption', 'log_statement']);
/** The value as pg_settings would show it: booleans as on/off, enums in their canonical case. */
function canonical(name, value) {
    if (BOOLEANS.has(name)) {
        const v = value.trim().toLowerCase();
        if (['on', 'true', 'yes', '1', 'tru', 'tr', 't', 'ye', 'y'].includes(v))
            return 'on';
        if (['off', 'false', 'no', '0', 'of', 'fals', 'fal', 'fa', 'f', 'n'].includes(v))
            return 'off';
    }
    if (LOWERCASE_ENUMS.has(name))
        return value.toLowerCase();
    return value;
}
function judge_conf_row(name, value, source) {
    return { name, setting: value, unit: null, source, context: null, pendingRestart: false };
}
/**
 * Judges one postgresql.conf with the live settings checks: the file's last assignment of each
 * setting over the server default becomes the pg_settings fact. Each finding is placed on the line
 * that sets the first setting its check reads, or on line 1 when the server default decides.
 */
function judgeConfFile(text, file, major, ctx) {
    return judgeConfFiles([{ text, file }], major, ctx);
}
/**
 * Judges the configuration files one server reads, in the order it reads them (postgresql.conf,
 * then postgresql.auto.conf, whose ALTER SYSTEM values win).
 */
function judgeConfFiles(sources, major, ctx, includes) {
    const out = [];
    const last = new Map();
    // An include is read where it stands: settings after it override the included ones, and the
    // included file's settings override those before it (guc-file.l, later assignments win).
    const read = (text, file, stack) => {
        const parsed = parseConfFile(text);
        for (const a of parsed.assignments) {
            if (!includes || !INCLUDE_DIRECTIVES.has(a.name)) {
                last.set(a.name, { ...a, file });
                continue;
            }
            const e = includes.expand(file, a.name, a.value, stack);
            if (e.kind === 'error')
                out.push(...includeFinding(e, file, a.line, a.column, ctx));
            else if (e.kind === 'files')
                for (const f of e.files)
                    read(f.text, f.rel, [...stack, f.rel]);
        }
        for (const e of parsed.errors) {
            out.push({
                checkId: 'scan/parse',
                title: 'Configuration file parse',
                dimension: 'Configuration',
                status: 'INFO',
                rawStatus: 'INFO',
                detail: (0,core_text/* msg */.ab) `Could not parse line ${String(e.line)}: ${e.message}.`,
                remediation: {
                    text: 'Fix the syntax; PostgreSQL refuses to start with it.',
                    link: 'https://www.postgresql.org/docs/current/config-setting.html'
                },
                frameworks: {},
                file,
                line: e.line,
                column: e.column,
                key: scanKey('scan/parse', file, `line ${e.line}`)
            });
        }
    };
    for (const { text, file } of sources)
        read(text, file, [file]);
    const facts = confFacts(new Map([...last].map(([n, a]) => [n, a.value])), major);
    for (const { check, settings: names } of CONF_CHECKS) {
        const where = names.map(n => last.get(n)).find(a => a !== undefined);
        for (const f of runChecks([check], facts, ctx)) {
            const at = (f.object && last.get(f.object)) || where;
            const object = f.object ?? names[0];
            const file = at?.file ?? sources[0].file;
            out.push({
                ...f,
                ...(at ? {} : { annotation: `not set in ${file}: the PostgreSQL ${major} server default decides` }),
                file,
                line: at?.line ?? 1,
                column: at?.column ?? 1,
                key: scanKey(f.checkId, sources[0].file, object)
            });
        }
    }
    return out;
}
/**
 * The facts a server started with these settings shows the live checks: each given value over the
 * server default of the named major version, and pgaudit's own settings only when it is preloaded.
 */
function confFacts(values, major) {
    const settings = {};
    for (const [name, value] of Object.entries(serverDefaults(major)))
        settings[name] = judge_conf_row(name, value, 'default');
    for (const [name, value] of values)
        settings[name] = judge_conf_row(name, canonical(name, value), 'configuration file');
    // A preloaded pgaudit registers its settings with their defaults; without it they are placeholders.
    const preloaded = libraryTokens(settings.shared_preload_libraries.setting).includes('pgaudit');
    const placeholder = settings['pgaudit.log']?.setting ?? null;
    if (preloaded) {
        settings['pgaudit.log'] ??= judge_conf_row('pgaudit.log', 'none', 'default');
        settings['pgaudit.log_parameter'] ??= judge_conf_row('pgaudit.log_parameter', 'off', 'default');
    }
    else {
        for (const k of Object.keys(settings))
            if (k.startsWith('pgaudit.'))
                delete settings[k];
    }
    return {
        server: {
            versionNum: major * 10000,
            version: `PostgreSQL ${major}`,
            currentUser: 'postgres',
            isSuperuser: true,
            canReadAllSettings: true,
            host: '',
            port: 0,
            database: ''
        },
        settings: (0,core_facts/* available */.qC)(settings),
        pgauditPlaceholder: (0,core_facts/* available */.qC)(preloaded ? null : placeholder),
        // A configuration file carries no per-role or per-database overrides.
        roleSettings: (0,core_facts/* available */.qC)([])
    };
}
/** The value one setting takes on the server these files configure (the last assignment, else the default). */
function effectiveSetting(sources, name, major, includes) {
    let value = serverDefaults(major)[name];
    // Follows includes as judgeConfFiles does (their errors are reported there, not here).
    const read = (text, file, stack) => {
        for (const a of parseConfFile(text).assignments) {
            if (a.name === name)
                value = canonical(name, a.value);
            else if (includes && file && INCLUDE_DIRECTIVES.has(a.name)) {
                const e = includes.expand(file, a.name, a.value, stack);
                if (e.kind === 'files')
                    for (const f of e.files)
                        read(f.text, f.rel, [...stack, f.rel]);
            }
        }
    };
    for (const { text, file } of sources)
        read(text, file ?? '', [file ?? '']);
    return value;
}

;// CONCATENATED MODULE: ./src/scan/hba-file.ts

const hba_file_TYPES = new Set(['local', 'host', 'hostssl', 'hostnossl', 'hostgssenc', 'hostnogssenc']);
const METHODS = new Set([
    'trust',
    'reject',
    'md5',
    'password',
    'scram-sha-256',
    'gss',
    'sspi',
    'ident',
    'peer',
    'ldap',
    'radius',
    'cert',
    'pam',
    'bsd'
]);
const ADDRESS_KEYWORDS = new Set(['all', 'samehost', 'samenet']);
/** Splits one logical record into fields of comma-joined tokens. */
function splitFields(text) {
    const fields = [];
    let items = [];
    let cur = '';
    let quoted = false;
    let inQuote = false;
    let hasToken = false;
    const endToken = () => {
        if (hasToken)
            items.push({ text: cur, quoted });
        cur = '';
        quoted = false;
        hasToken = false;
    };
    const endField = () => {
        endToken();
        if (items.length)
            fields.push({ items });
        items = [];
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inQuote) {
            if (c === '"')
                inQuote = false;
            else
                cur += c;
            continue;
        }
        if (c === '#')
            break;
        if (c === '"') {
            inQuote = true;
            quoted = true;
            hasToken = true;
        }
        else if (c === ',') {
            endToken();
            // Whitespace after a comma stays inside the same field, as in hba.c's next_field_expand.
            while (i + 1 < text.length && /[ \t]/.test(text[i + 1]))
                i++;
        }
        else if (c === ' ' || c === '\t') {
            if (hasToken)
                endField();
        }
        else {
            cur += c;
            hasToken = true;
        }
    }
    endField();
    return fields;
}
/**
 * The list as pg_hba_file_rules shows it. PostgreSQL 15 shows a quoted keyword ("all") bare, the
 * same as the keyword itself (verified against a real server in the scan/live test), so the live
 * check sees both alike; the scan must see what the live check sees.
 */
function hba_file_names(field) {
    if (!field)
        return [];
    return field.items.map(t => t.text);
}
function single(field) {
    return field && field.items.length === 1 ? field.items[0].text : null;
}
function isIp(text) {
    return /^[0-9.]+$/.test(text) || (text.includes(':') && /^[0-9a-fA-F:.%]+$/.test(text));
}
function parseRecord(fields, line, fileName, sslOn) {
    const base = { lineNumber: line, fileName, netmask: null, options: [] };
    const bad = (error, type = null) => ({
        ...base,
        type,
        databases: [],
        users: [],
        address: null,
        method: null,
        error
    });
    const type = single(fields[0]);
    if (type === null || !hba_file_TYPES.has(type))
        return bad(`invalid connection type "${type ?? ''}"`);
    if (fields.length < 4)
        return bad('end-of-line before authentication method', type);
    // hba.c refuses hostssl rules on a server without TLS; the rule is an error row, never a match.
    if (type === 'hostssl' && sslOn === false)
        return bad('hostssl record cannot match because SSL is disabled', type);
    const databases = hba_file_names(fields[1]);
    const users = hba_file_names(fields[2]);
    let i = 3;
    let address = null;
    let netmask = null;
    if (type !== 'local') {
        const addr = single(fields[3]);
        if (addr === null)
            return bad('multiple values specified for host address', type);
        i = 4;
        if (addr.includes('/')) {
            const [ip, prefix] = addr.split('/');
            if (!isIp(ip) || !/^\d+$/.test(prefix))
                return bad(`invalid IP address "${addr}"`, type);
            address = addr;
        }
        else if (isIp(addr)) {
            netmask = single(fields[4]);
            if (netmask === null || !isIp(netmask))
                return bad('end-of-line before netmask specification', type);
            address = addr;
            i = 5;
        }
        else {
            address = ADDRESS_KEYWORDS.has(addr) ? addr : addr;
        }
    }
    const method = single(fields[i]);
    if (method === null)
        return bad('end-of-line before authentication method', type);
    if (!METHODS.has(method))
        return bad(`invalid authentication method "${method}"`, type);
    if (type === 'local' && method === 'cert')
        return bad('cert authentication is only supported on hostssl connections', type);
    const options = fields.slice(i + 1).flatMap(f => f.items.map(t => t.text));
    // Secret option values never leave the scanner, as pg_hba_file_rules masks them.
    const masked = options.map(o => /^(ldapbindpasswd|radiussecrets)=/.test(o) ? `${o.split('=')[0]}=********` : o);
    return {
        ...base,
        type,
        databases,
        users,
        address,
        netmask,
        method: type === 'local' && method === 'ident' ? 'peer' : method,
        options: masked,
        error: null
    };
}
/**
 * Parses a pg_hba.conf text; `fileName` is recorded on each rule as the live view records it.
 * `sslOn` is the ssl setting of the server the file configures, when the scan knows it.
 */
function parseHbaFile(text, fileName, sslOn, include) {
    const lines = text.split(/\r?\n/);
    const out = [];
    for (let n = 0; n < lines.length; n++) {
        const start = n;
        let record = lines[n];
        while (/\\$/.test(record) && n + 1 < lines.length) {
            record = record.slice(0, -1) + ' ' + lines[++n];
        }
        const fields = splitFields(record);
        if (fields.length === 0)
            continue;
        const column = record.search(/\S/) + 1;
        // PostgreSQL 16+ reads include / include_if_exists / include_dir records in place (hba.c).
        const head = fields[0].items.length === 1 && !fields[0].items[0].quoted ? fields[0].items[0].text : '';
        if (include && fields.length === 2 && fields[1].items.length === 1 && INCLUDE_DIRECTIVES.has(head)) {
            out.push(...include(head, fields[1].items[0].text, start + 1, column));
            continue;
        }
        out.push({ rule: parseRecord(fields, start + 1, fileName, sslOn), line: start + 1, column });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/judge-hba.ts







/**
 * Judges a pg_hba.conf with the live pg/hba check itself: the file's rules become the `hba` fact
 * and every finding is placed back on the line of the rule it names. The check reads no other fact,
 * so the rest of PgFacts is absent (a check that started reading one would throw, and the runner
 * would turn that into UNKNOWN, never a PASS).
 */
function judgeHbaFile(text, file, ctx, sslOn, includes) {
    const extra = [];
    // Included rules take the place of their include line; each keeps its own file and line.
    const includer = (fromRel, stack) => (directive, target, line, column) => {
        const e = includes.expand(fromRel, directive, target, stack);
        if (e.kind === 'skip')
            return [];
        if (e.kind === 'error') {
            extra.push(...includeFinding(e, fromRel, line, column, ctx));
            return [];
        }
        return e.files.flatMap(f => parseHbaFile(f.text, f.rel, sslOn, includer(f.rel, [...stack, f.rel])).map(l => ({
            ...l,
            file: l.file ?? f.rel
        })));
    };
    const located = parseHbaFile(text, file, sslOn, includes ? includer(file, [file]) : undefined);
    const facts = { hba: (0,core_facts/* available */.qC)(located.map(l => l.rule)) };
    const findings = runChecks([hba], facts, ctx);
    // The check names each rule by its place ("Rule at line 12 ..."); map that back to a position.
    const byWhere = new Map();
    for (const l of located)
        byWhere.set(`Rule at ${ruleLocation(l.rule)} `, l);
    const placed = findings.map(f => {
        const place = [...byWhere.entries()].find(([prefix]) => f.detail.text.startsWith(prefix))?.[1];
        const line = place?.line ?? 1;
        const column = place?.column ?? 1;
        const at = place?.file ?? file;
        const object = f.object ?? (place ? `line ${place.line}` : 'file');
        return { ...f, file: at, line, column, key: scanKey(f.checkId, at, object) };
    });
    return [...placed, ...extra];
}

;// CONCATENATED MODULE: ./src/scan/terraform/emit.ts




/**
 * Runs one check on facts built from a resource and places its findings: on the attribute that
 * decides (or the resource's first line when a default decides), with the key
 * `<check>|<file>|<resource address>[ <object>]`, which no moved line changes.
 */
function judged(check, facts, ctx, r, at, annotation) {
    return runChecks([check], facts, ctx).map(f => {
        const pos = at ?? r.block.pos;
        const object = f.object !== undefined && f.object !== r.address ? `${r.address} ${f.object}` : r.address;
        return {
            ...f,
            ...(annotation ? { annotation: f.annotation ? `${f.annotation}; ${annotation}` : annotation } : {}),
            file: r.file,
            line: pos.line,
            column: pos.column,
            key: scanKey(f.checkId, r.file, object)
        };
    });
}
/** The fact for a value only a plan knows: the check reports UNKNOWN with this reason, never a verdict. */
function notUntilPlan(r, attr, v) {
    return (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `${`${r.address}.${attr}`} is ${v.expr}: value not known until plan.`, (0,core_text/* msg */.ab) `Scan the plan instead (terraform show -json <planfile> > plan.tfplan.json), or give the variable a literal default.`);
}
/** "set from the default of var.x" for findings whose value came through a variable or local. */
function via(v) {
    return v?.known && v.from ? `value from ${v.from}` : undefined;
}

;// CONCATENATED MODULE: ./src/scan/terraform/model.ts
/** What a value's text says when a judgement quotes it (never used for secrets). */
function describeExpr(v) {
    return v.known ? JSON.stringify(v.value) : v.expr;
}
/** The resource another one refers to through `attr`, among those of one type. */
function referenced(config, from, attr, type) {
    const refs = from.refs(attr);
    const of = config.resources.filter(r => r.type === type);
    const hit = of.find(r => refs.includes(r.address));
    if (hit)
        return hit;
    // A literal id or an unresolvable reference: with a single candidate in the configuration it is that one.
    return refs.length === 0 && of.length === 1 ? of[0] : undefined;
}
/** Resources of a type that refer to `target` through `attr` (cmek, log export, allowlist -> cluster). */
function referrers(config, target, type, attr) {
    return config.resources.filter(r => r.type === type && referenced(config, r, attr, target.type) === target);
}
function asBool(v) {
    if (typeof v === 'boolean')
        return v;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    return undefined;
}
function asNumber(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()))
        return Number(v);
    return undefined;
}
function asString(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return undefined;
}
/** The value when the configuration states it, else undefined (not set, or known only at plan). */
function model_valueOf(v) {
    return v?.known ? v.value : undefined;
}

;// CONCATENATED MODULE: ./src/scan/terraform/pg-settings.ts








const CHECKS = [
    { check: password_encryption, settings: ['password_encryption'] },
    { check: connection_logging, settings: ['log_connections', 'log_disconnections'] },
    { check: pgaudit, settings: ['shared_preload_libraries', 'pgaudit.log', 'pgaudit.log_parameter'] }
];
function pg_settings_row(name, value, source) {
    return { name, setting: value, unit: null, source, context: null, pendingRestart: false };
}
/** The major version a family/database_version names (postgres16, aurora-postgresql15, POSTGRES_17). */
function majorOf(text) {
    const n = Number(/(\d+)/.exec(text ?? '')?.[1]);
    const supported = SUPPORTED_PG_VERSIONS;
    return (supported.includes(n) ? n : supported[supported.length - 1]);
}
/**
 * Judges the settings a managed service's configuration declares with the live PostgreSQL checks
 * (password_encryption, connection logging, pgaudit). A setting left out takes the service's
 * default; `overrides` are where the service's defaults differ from PostgreSQL's.
 */
function judgeManagedSettings(r, declared, major, service, ctx) {
    const last = new Map();
    for (const d of declared)
        last.set(d.name, d);
    const settings = {};
    for (const [name, value] of Object.entries({ ...serverDefaults(major), ...service.defaults }))
        settings[name] = pg_settings_row(name, value, 'default');
    const out = [];
    for (const { check, settings: names } of CHECKS) {
        const unknown = names.map(n => last.get(n)).find(d => d && !d.value.known);
        if (unknown && !unknown.value.known) {
            const facts = {
                settings: (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `${r.address} sets ${unknown.name} to ${unknown.value.expr}: value not known until plan.`),
                roleSettings: (0,core_facts/* available */.qC)([])
            };
            out.push(...judged(check, facts, ctx, r, unknown.pos));
            continue;
        }
        const own = { ...settings };
        for (const [name, d] of last)
            if (d.value.known)
                own[name] = pg_settings_row(name, canonical(name, String(d.value.value)), 'configuration file');
        const preloaded = libraryTokens(own.shared_preload_libraries?.setting ?? '').includes('pgaudit');
        const placeholder = own['pgaudit.log']?.setting ?? null;
        if (preloaded) {
            own['pgaudit.log'] ??= pg_settings_row('pgaudit.log', 'none', 'default');
            own['pgaudit.log_parameter'] ??= pg_settings_row('pgaudit.log_parameter', 'off', 'default');
        }
        else
            for (const k of Object.keys(own))
                if (k.startsWith('pgaudit.'))
                    delete own[k];
        const facts = {
            server: {
                versionNum: major * 10000,
                version: `PostgreSQL ${major}`,
                isSuperuser: true,
                canReadAllSettings: true
            },
            settings: (0,core_facts/* available */.qC)(own),
            pgauditPlaceholder: (0,core_facts/* available */.qC)(preloaded ? null : placeholder),
            roleSettings: (0,core_facts/* available */.qC)([])
        };
        const at = names.map(n => last.get(n)).find(d => d !== undefined);
        out.push(...judged(check, facts, ctx, r, at?.pos, at
            ? undefined
            : `not set in ${r.address}: the ${service.name} default for PostgreSQL ${major} decides`));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/terraform/aws.ts









const PARAMETER_GROUPS = new Set(['aws_db_parameter_group', 'aws_rds_cluster_parameter_group']);
const INSTANCES = new Set(['aws_db_instance', 'aws_rds_cluster', 'aws_rds_cluster_instance']);
/** True when the engine/family is PostgreSQL, or not known until plan (then judged, UNKNOWN where it matters). */
function isPostgres(r, attr) {
    const v = r.block.get(attr);
    if (!v)
        return false;
    return !v.known || /postgres/i.test(String(v.value));
}
function judgeParameterGroup(r, ctx) {
    const family = r.block.get('family');
    const major = majorOf(family?.known ? asString(family.value) : undefined);
    const aurora = family?.known && /aurora/i.test(String(family.value));
    const declared = [];
    for (const p of r.block.blocks('parameter')) {
        const name = p.get('name');
        const value = p.get('value');
        if (!name?.known || !value)
            continue;
        declared.push({ name: String(name.value).toLowerCase(), value, pos: value.pos });
    }
    const out = [];
    // rds.force_ssl defaults to 1 from RDS for PostgreSQL 15 on, 0 before and on Aurora.
    const force = [...declared].reverse().find(d => d.name === 'rds.force_ssl');
    const forceDefault = !aurora && major >= 15 ? '1' : '0';
    const forceFact = force && !force.value.known
        ? notUntilPlan(r, 'parameter rds.force_ssl', force.value)
        : (0,core_facts/* available */.qC)(force?.value.known
            ? { value: String(force.value.value), source: via(force.value) ?? 'set in the parameter group' }
            : {
                value: forceDefault,
                source: `the ${aurora ? 'Aurora' : 'RDS'} default for PostgreSQL ${major}`
            });
    out.push(...judged(rds_force_ssl, { address: r.address, value: forceFact }, ctx, r, force?.pos));
    out.push(...judgeManagedSettings(r, declared, major, 
    // RDS preloads pg_stat_statements by default.
    { name: aurora ? 'Aurora' : 'RDS', defaults: { shared_preload_libraries: 'pg_stat_statements' } }, ctx));
    return out;
}
function boolFact(r, attr, fallback) {
    const v = r.block.get(attr);
    if (v && !v.known)
        return notUntilPlan(r, attr, v);
    return (0,core_facts/* available */.qC)(v ? asBool(v.value) === true : fallback);
}
function judgeInstance(r, ctx) {
    const out = [];
    const at = (a) => r.block.get(a)?.pos;
    const note = (a, what) => r.block.get(a) ? via(r.block.get(a)) : `${a} not set: the ${what} default applies`;
    if (r.type !== 'aws_rds_cluster')
        out.push(...judged(aws_public_access, { address: r.address, value: boolFact(r, 'publicly_accessible', false) }, ctx, r, at('publicly_accessible'), note('publicly_accessible', 'AWS (false)')));
    if (r.type === 'aws_rds_cluster_instance')
        return out;
    // A read replica inherits encryption and backups from its source.
    if (r.block.get('replicate_source_db'))
        return out;
    out.push(...judged(aws_storage_encrypted, { address: r.address, value: boolFact(r, 'storage_encrypted', false) }, ctx, r, at('storage_encrypted'), note('storage_encrypted', 'AWS (false)')));
    const br = r.block.get('backup_retention_period');
    const days = br && !br.known
        ? notUntilPlan(r, 'backup_retention_period', br)
        : (0,core_facts/* available */.qC)(br ? (asNumber(br.value) ?? 0) : 1);
    out.push(...judged(aws_backup_retention, { address: r.address, value: days }, ctx, r, br?.pos, note('backup_retention_period', 'AWS API (1 day)')));
    out.push(...judged(aws_deletion_protection, { address: r.address, value: boolFact(r, 'deletion_protection', false) }, ctx, r, at('deletion_protection'), note('deletion_protection', 'AWS (false)')));
    return out;
}
/** AWS RDS / Aurora for PostgreSQL: parameter groups with the live settings checks, instances by attribute. */
function judgeAws(config, ctx) {
    const cloud = { ...ctx, deployment: 'cloud' };
    const out = [];
    for (const r of config.resources) {
        if (PARAMETER_GROUPS.has(r.type) && isPostgres(r, 'family'))
            out.push(...judgeParameterGroup(r, cloud));
        else if (INSTANCES.has(r.type) && isPostgres(r, 'engine'))
            out.push(...judgeInstance(r, cloud));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/terraform/crdb.ts












/** Facts the Cloud checks read, with only the ones a configuration can state filled in. */
function cloudFacts(cloud) {
    const missing = (0,core_facts/* unavailable */.hU)('not stated by a Terraform configuration');
    return {
        cloud: {
            cluster: missing,
            allowlist: missing,
            privateEndpoints: missing,
            egress: missing,
            cmek: missing,
            backupsConfig: missing,
            logExport: missing,
            consoleRoles: missing,
            apiKeys: missing,
            ...cloud
        }
    };
}
/** The plan a cockroach_cluster is created on: `plan`, else dedicated {} = ADVANCED, serverless {} by its limits. */
function planOf(r) {
    const p = r.block.get('plan');
    if (p && !p.known)
        return notUntilPlan(r, 'plan', p);
    if (p)
        return (0,core_facts/* available */.qC)(String(p.value).toUpperCase());
    if (r.block.blocks('dedicated').length)
        return (0,core_facts/* available */.qC)('ADVANCED');
    const serverless = r.block.blocks('serverless')[0];
    if (serverless) {
        const limits = serverless.blocks('usage_limits')[0];
        const vcpus = limits?.get('provisioned_virtual_cpus');
        if (vcpus && !vcpus.known)
            return notUntilPlan(r, 'serverless.usage_limits.provisioned_virtual_cpus', vcpus);
        return (0,core_facts/* available */.qC)(vcpus ? 'STANDARD' : 'BASIC');
    }
    return (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `${r.address} sets neither plan nor a dedicated or serverless block.`);
}
function clusterFact(r, plan, deleteProtection) {
    if (!plan.ok)
        return plan;
    return (0,core_facts/* available */.qC)({
        id: r.address,
        name: asString(model_valueOf(r.block.get('name'))) ?? r.name,
        version: '',
        plan: plan.value,
        cloudProvider: '',
        state: 'CREATED',
        regions: [],
        egressTrafficPolicy: null,
        networkVisibility: null,
        ...(deleteProtection ? { deleteProtection } : {})
    });
}
function judgeCluster(config, r, ctx) {
    const out = [];
    const plan = planOf(r);
    const planAt = r.block.get('plan')?.pos;
    out.push(...judged(crdb_plan, { address: r.address, value: plan }, ctx, r, planAt));
    // Delete protection: unset lets the server choose at creation.
    const dp = r.block.get('delete_protection');
    const dpFact = dp && !dp.known
        ? notUntilPlan(r, 'delete_protection', dp)
        : clusterFact(r, plan.ok ? plan : (0,core_facts/* available */.qC)('UNKNOWN'), dp === undefined
            ? 'not set in Terraform (the server chooses when it creates the cluster)'
            : asBool(dp.value)
                ? 'ENABLED'
                : 'DISABLED');
    out.push(...judged(delete_protection, cloudFacts({ cluster: dpFact }), ctx, r, dp?.pos, via(dp)));
    // Network visibility (Advanced only).
    const dedicated = r.block.blocks('dedicated')[0];
    const pnv = dedicated?.get('private_network_visibility');
    const nv = pnv && !pnv.known
        ? notUntilPlan(r, 'dedicated.private_network_visibility', pnv)
        : plan.ok
            ? (0,core_facts/* available */.qC)({ plan: plan.value, private: asBool(pnv?.value) === true })
            : plan;
    out.push(...judged(crdb_network_visibility, { address: r.address, value: nv }, ctx, r, pnv?.pos, via(pnv)));
    // Managed backups: backup_config { enabled, frequency_minutes, retention_days }.
    const bc = r.block.blocks('backup_config')[0];
    let backups;
    let backupsAt = bc?.pos;
    if (!bc) {
        backups = r.block.dynamic('backup_config')
            ? (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `${r.address}.backup_config is a dynamic block: value not known until plan.`)
            : (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `${r.address} sets no backup_config, so the Cloud defaults of the organisation decide.`, (0,core_text/* msg */.ab) `Set backup_config { enabled = true, frequency_minutes = ..., retention_days = ... } to pin the backup policy.`);
    }
    else {
        const en = bc.get('enabled');
        const fm = bc.get('frequency_minutes');
        const rd = bc.get('retention_days');
        backupsAt = en?.pos ?? bc.pos;
        const unknown = [
            ['enabled', en],
            ['frequency_minutes', fm],
            ['retention_days', rd]
        ].find(([, v]) => v && typeof v === 'object' && !v.known);
        if (unknown)
            backups = notUntilPlan(r, `backup_config.${unknown[0]}`, unknown[1]);
        else if (en && asBool(model_valueOf(en)) === false)
            backups = (0,core_facts/* available */.qC)({ enabled: false, frequencyMinutes: 0, retentionDays: 0 });
        else if (!fm || !rd)
            backups = (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `${r.address}.backup_config leaves ${!fm ? 'frequency_minutes' : 'retention_days'} unset, so the Cloud default decides.`);
        else
            backups = (0,core_facts/* available */.qC)({
                enabled: true,
                frequencyMinutes: asNumber(model_valueOf(fm)) ?? 0,
                retentionDays: asNumber(model_valueOf(rd)) ?? 0
            });
    }
    out.push(...judged(managed_backups, cloudFacts({ backupsConfig: backups }), ctx, r, backupsAt));
    const cluster = clusterFact(r, plan);
    // CMEK: a cockroach_cmek resource for this cluster (the provider waits until it is ENABLED).
    const keys = referrers(config, r, 'cockroach_cmek', 'id');
    const cmekFact = keys.length
        ? (0,core_facts/* available */.qC)({ status: 'ENABLED', regions: [] })
        : (0,core_facts/* available */.qC)({ status: 'NOT_CONFIGURED', regions: [] });
    out.push(...judged(cmek, cloudFacts({ cluster, cmek: cmekFact }), ctx, keys[0] ?? r, keys[0]?.block.pos, keys.length
        ? `declared by ${keys[0].address}`
        : `no cockroach_cmek refers to ${r.address} in ${config.where}`));
    // Log export: a cockroach_log_export_config for this cluster.
    const le = referrers(config, r, 'cockroach_log_export_config', 'id')[0];
    let leFact;
    if (!le)
        leFact = (0,core_facts/* available */.qC)({ status: 'DISABLED', type: null, omittedChannels: [] });
    else {
        const type = le.block.get('type');
        const omitted = le.block.get('omitted_channels');
        if (omitted && !omitted.known)
            leFact = notUntilPlan(le, 'omitted_channels', omitted);
        else if (le.block.dynamic('groups'))
            leFact = (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `${le.address}.groups is a dynamic block: value not known until plan.`);
        else
            leFact = (0,core_facts/* available */.qC)({
                status: 'ENABLED',
                type: asString(model_valueOf(type)) ?? null,
                omittedChannels: ((v) => (Array.isArray(v) ? v.map(String) : []))(model_valueOf(omitted)),
                groups: le.block.blocks('groups').map(g => {
                    const channels = g.get('channels');
                    const level = g.get('min_level');
                    return {
                        logName: String(model_valueOf(g.get('log_name')) ?? ''),
                        channels: ((v) => (Array.isArray(v) ? v.map(String) : []))(model_valueOf(channels)),
                        minLevel: String(model_valueOf(level) ?? '')
                    };
                })
            });
    }
    out.push(...judged(log_export, cloudFacts({ cluster, logExport: leFact }), ctx, le ?? r, undefined, le ? undefined : `no cockroach_log_export_config refers to ${r.address} in ${config.where}`));
    // Private endpoints: connections declared for this cluster (the provider waits for AVAILABLE).
    const conns = referrers(config, r, 'cockroach_private_endpoint_connection', 'cluster_id');
    out.push(...judged(private_endpoints, cloudFacts({
        cluster,
        privateEndpoints: (0,core_facts/* available */.qC)({
            services: [],
            connections: conns.map(c => ({
                endpointId: c.address,
                region: c.address,
                status: 'STATUS_AVAILABLE'
            }))
        })
    }), ctx, r, undefined, conns.length
        ? `declared by ${conns.map(c => c.address).join(', ')}`
        : `no cockroach_private_endpoint_connection refers to ${r.address} in ${config.where}`));
    return out;
}
/** cockroach_allow_list: the live crdb/ip-allowlist check on the one entry each resource declares. */
function judgeAllowList(r, ctx) {
    const ip = r.block.get('cidr_ip');
    const mask = r.block.get('cidr_mask');
    const unknown = [
        ['cidr_ip', ip],
        ['cidr_mask', mask]
    ].find(([, v]) => v && typeof v === 'object' && !v.known);
    const name = r.block.get('name');
    const flag = (a) => {
        const v = r.block.get(a);
        return v?.known ? asBool(v.value) === true : false;
    };
    const allowlist = unknown
        ? notUntilPlan(r, unknown[0], unknown[1])
        : !ip || !mask
            ? (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `${r.address} does not set ${!ip ? 'cidr_ip' : 'cidr_mask'}.`)
            : (0,core_facts/* available */.qC)([
                {
                    cidrIp: asString(model_valueOf(ip)) ?? '',
                    cidrMask: asNumber(model_valueOf(mask)) ?? -1,
                    sql: flag('sql'),
                    ui: flag('ui'),
                    name: asString(model_valueOf(name)) ?? null
                }
            ]);
    const at = unknown ? unknown[1].pos : (mask ?? ip)?.pos;
    return judged(ip_allowlist, cloudFacts({ allowlist }), ctx, r, at, via(mask) ?? via(ip));
}
/** The CockroachDB Cloud provider's resources, judged with the live Cloud checks where they match. */
function judgeCockroach(config, ctx) {
    const cloud = { ...ctx, deployment: 'cloud' };
    const out = [];
    for (const r of config.resources) {
        if (r.type === 'cockroach_cluster')
            out.push(...judgeCluster(config, r, cloud));
        else if (r.type === 'cockroach_allow_list')
            out.push(...judgeAllowList(r, cloud));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/terraform/gcp.ts








function gcp_judgeInstance(r, ctx) {
    const out = [];
    const version = r.block.get('database_version');
    const settings = r.block.blocks('settings')[0];
    if (!settings)
        return out;
    const major = majorOf(version?.known ? asString(version.value) : undefined);
    // database_flags: the live settings checks; cloudsql.enable_pgaudit is how Cloud SQL preloads pgaudit.
    const declared = [];
    const unknownFlags = settings.dynamic('database_flags');
    for (const f of settings.blocks('database_flags')) {
        const name = f.get('name');
        const value = f.get('value');
        if (!name?.known || !value)
            continue;
        const n = String(name.value).toLowerCase();
        if (n === 'cloudsql.enable_pgaudit') {
            const on = value.known && ['on', 'true'].includes(String(value.value).toLowerCase());
            declared.push({
                name: 'shared_preload_libraries',
                value: value.known ? { ...value, value: on ? 'pgaudit' : '' } : value,
                pos: value.pos
            });
        }
        else
            declared.push({ name: n, value, pos: value.pos });
    }
    if (unknownFlags) {
        // Every flag may come from the dynamic block: each settings check is UNKNOWN, not judged on defaults.
        const expr = { known: false, expr: 'a dynamic "database_flags" block', pos: settings.pos };
        for (const name of ['password_encryption', 'log_connections', 'shared_preload_libraries'])
            declared.push({ name, value: expr, pos: settings.pos });
    }
    out.push(...judgeManagedSettings(r, declared, major, { name: 'Cloud SQL', defaults: {} }, ctx));
    // ip_configuration: public IP (ipv4_enabled, default true) and its authorized networks.
    const ip = settings.blocks('ip_configuration')[0];
    const ipv4 = ip?.get('ipv4_enabled');
    let nets;
    let netsAt = ipv4?.pos ?? ip?.pos;
    if (ipv4 && !ipv4.known)
        nets = notUntilPlan(r, 'settings.ip_configuration.ipv4_enabled', ipv4);
    else if (ip?.dynamic('authorized_networks'))
        nets = (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `${r.address} builds authorized_networks dynamically: value not known until plan.`);
    else {
        const networks = [];
        let unknownNet;
        for (const n of ip?.blocks('authorized_networks') ?? []) {
            const v = n.get('value');
            if (!v)
                continue;
            if (!v.known)
                unknownNet ??= notUntilPlan(r, 'settings.ip_configuration.authorized_networks.value', v);
            else {
                networks.push(String(v.value));
                netsAt = v.pos;
            }
        }
        const wide = (ip?.blocks('authorized_networks') ?? []).find(n => {
            const v = n.get('value');
            return v?.known && /\/0$/.test(String(v.value));
        });
        if (wide)
            netsAt = wide.get('value').pos;
        nets = unknownNet ?? (0,core_facts/* available */.qC)({ publicIp: ipv4 ? asBool(ipv4.value) !== false : true, networks });
    }
    out.push(...judged(gcp_authorized_networks, { address: r.address, value: nets }, ctx, r, netsAt));
    // ssl_mode, else the older require_ssl; the default accepts unencrypted connections.
    const mode = ip?.get('ssl_mode');
    const requireSsl = ip?.get('require_ssl');
    const modeFact = mode && !mode.known
        ? notUntilPlan(r, 'settings.ip_configuration.ssl_mode', mode)
        : requireSsl && !requireSsl.known && !mode
            ? notUntilPlan(r, 'settings.ip_configuration.require_ssl', requireSsl)
            : (0,core_facts/* available */.qC)(mode
                ? String(model_valueOf(mode))
                : requireSsl && asBool(model_valueOf(requireSsl))
                    ? 'ENCRYPTED_ONLY'
                    : 'ALLOW_UNENCRYPTED_AND_ENCRYPTED');
    out.push(...judged(gcp_ssl_mode, { address: r.address, value: modeFact }, ctx, r, (mode ?? requireSsl)?.pos, mode
        ? undefined
        : requireSsl
            ? 'from require_ssl'
            : 'ssl_mode not set: Cloud SQL accepts unencrypted connections by default'));
    // backup_configuration { enabled, point_in_time_recovery_enabled }.
    const bc = settings.blocks('backup_configuration')[0];
    const en = bc?.get('enabled');
    const pitr = bc?.get('point_in_time_recovery_enabled');
    const bFact = en && !en.known
        ? notUntilPlan(r, 'settings.backup_configuration.enabled', en)
        : pitr && !pitr.known
            ? notUntilPlan(r, 'settings.backup_configuration.point_in_time_recovery_enabled', pitr)
            : (0,core_facts/* available */.qC)({ enabled: asBool(en?.value) === true, pitr: asBool(pitr?.value) === true });
    out.push(...judged(gcp_backups, { address: r.address, value: bFact }, ctx, r, (en ?? bc)?.pos, bc ? undefined : 'backup_configuration not set: automated backups are off'));
    return out;
}
/** Google Cloud SQL for PostgreSQL instances. */
function judgeGcp(config, ctx) {
    const cloud = { ...ctx, deployment: 'cloud' };
    const out = [];
    for (const r of config.resources) {
        if (r.type !== 'google_sql_database_instance')
            continue;
        const v = r.block.get('database_version');
        if (v?.known && !/^POSTGRES/i.test(String(v.value)))
            continue;
        out.push(...gcp_judgeInstance(r, cloud));
    }
    return out;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/@cdktf/hcl2json/wasm/bridge_wasm_exec.js
var bridge_wasm_exec = __webpack_require__(33045);
;// CONCATENATED MODULE: ./src/scan/terraform/locate.ts
/**
 * Positions for HCL: @cdktf/hcl2json gives the configuration's values but no source positions, so
 * this walks the source's tokens (strings with their `${}` templates, heredocs, comments, nested
 * brackets) and records where each block and each attribute name starts. Only the structure is
 * read here; the values always come from the real parser.
 */
class Cursor {
    s;
    i = 0;
    line = 1;
    column = 1;
    constructor(s) {
        this.s = s;
    }
    ch() {
        return this.s[this.i] ?? '';
    }
    peek(n = 1) {
        return this.s[this.i + n] ?? '';
    }
    get done() {
        return this.i >= this.s.length;
    }
    next() {
        if (this.s[this.i] === '\n') {
            this.line++;
            this.column = 1;
        }
        else
            this.column++;
        this.i++;
    }
    pos() {
        return { line: this.line, column: this.column };
    }
}
const IDENT_START = /[A-Za-z_]/;
const IDENT = /[A-Za-z0-9_-]/;
/** Skips a comment at the cursor if there is one; true when it did. A line comment stops before its newline. */
function skipComment(c) {
    if (c.ch() === '#' || (c.ch() === '/' && c.peek() === '/')) {
        while (!c.done && c.ch() !== '\n')
            c.next();
        return true;
    }
    if (c.ch() === '/' && c.peek() === '*') {
        c.next();
        c.next();
        while (!c.done && !(c.ch() === '*' && c.peek() === '/'))
            c.next();
        c.next();
        c.next();
        return true;
    }
    return false;
}
/** Skips a quoted template string, including `${ ... }` and `%{ ... }` sequences that nest strings. */
function skipString(c) {
    c.next(); // opening quote
    while (!c.done && c.ch() !== '"') {
        if (c.ch() === '\\') {
            c.next();
            c.next();
        }
        else if ((c.ch() === '$' || c.ch() === '%') && c.peek() === c.ch() && c.peek(2) === '{') {
            // `$${` and `%%{` are escapes for a literal `${` / `%{`.
            c.next();
            c.next();
            c.next();
        }
        else if ((c.ch() === '$' || c.ch() === '%') && c.peek() === '{') {
            c.next();
            c.next();
            skipUntilClose(c, '}');
            c.next();
        }
        else if (c.ch() === '\n') {
            // A quoted string cannot span lines; hcl2json reports it. Stop here.
            return;
        }
        else
            c.next();
    }
    c.next(); // closing quote
}
/** `<<EOF` / `<<-EOF` heredoc at the cursor: skips to the end of its terminator line. */
function skipHeredoc(c) {
    const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(c.s.slice(c.i, c.i + 200));
    if (!m)
        return false;
    const marker = m[1];
    for (let k = 0; k < m[0].length; k++)
        c.next();
    while (!c.done) {
        const end = c.s.indexOf('\n', c.i);
        const lineText = c.s.slice(c.i, end < 0 ? c.s.length : end);
        const isEnd = lineText.trim() === marker;
        while (!c.done && c.ch() !== '\n')
            c.next();
        if (isEnd)
            return true;
        c.next();
    }
    return true;
}
/** Skips expression text up to (not past) the closing bracket at depth zero. */
function skipUntilClose(c, close) {
    while (!c.done && c.ch() !== close)
        skipExpressionToken(c);
}
function skipExpressionToken(c) {
    if (skipComment(c))
        return;
    if (c.ch() === '"')
        return skipString(c);
    if (c.ch() === '<' && c.peek() === '<' && skipHeredoc(c))
        return;
    const pair = { '(': ')', '[': ']', '{': '}' };
    if (pair[c.ch()]) {
        const close = pair[c.ch()];
        c.next();
        skipUntilClose(c, close);
        c.next();
        return;
    }
    c.next();
}
/** An attribute's expression: up to the newline (or the enclosing block's `}`) at bracket depth zero. */
function skipAttributeValue(c) {
    while (!c.done && c.ch() !== '\n' && c.ch() !== '}') {
        if (c.ch() === '#' || (c.ch() === '/' && c.peek() === '/')) {
            skipComment(c);
            return;
        }
        skipExpressionToken(c);
    }
}
function skipBlank(c, newlines) {
    for (;;) {
        if (c.ch() === ' ' || c.ch() === '\t' || c.ch() === '\r' || (newlines && c.ch() === '\n'))
            c.next();
        else if (newlines && skipComment(c))
            continue;
        else if (!newlines && c.ch() === '/' && c.peek() === '*')
            skipComment(c);
        else
            return;
    }
}
function readIdent(c) {
    let s = '';
    while (!c.done && IDENT.test(c.ch())) {
        s += c.ch();
        c.next();
    }
    return s;
}
function readLabel(c) {
    const start = c.i;
    skipString(c);
    try {
        return JSON.parse(c.s.slice(start, c.i));
    }
    catch {
        return c.s.slice(start + 1, c.i - 1);
    }
}
function parseBody(c, nested) {
    const attrs = new Map();
    const blocks = [];
    for (;;) {
        skipBlank(c, true);
        if (c.done)
            return { attrs, blocks };
        if (c.ch() === '}') {
            if (nested)
                return { attrs, blocks };
            c.next();
            continue;
        }
        if (!IDENT_START.test(c.ch())) {
            // Not valid HCL at this place; hcl2json reports the error. Skip the line.
            while (!c.done && c.ch() !== '\n')
                c.next();
            continue;
        }
        const at = c.pos();
        const name = readIdent(c);
        skipBlank(c, false);
        if (c.ch() === '=' && c.peek() !== '=') {
            c.next();
            if (!attrs.has(name))
                attrs.set(name, at);
            skipAttributeValue(c);
            continue;
        }
        const labels = [];
        for (;;) {
            skipBlank(c, false);
            if (c.ch() === '"')
                labels.push(readLabel(c));
            else if (IDENT_START.test(c.ch()))
                labels.push(readIdent(c));
            else
                break;
        }
        if (c.ch() !== '{') {
            while (!c.done && c.ch() !== '\n')
                c.next();
            continue;
        }
        c.next();
        const body = parseBody(c, true);
        c.next(); // the closing brace
        blocks.push({ type: name, labels, ...at, ...body });
    }
}
/** The top-level blocks of one .tf file with positions of every block and attribute name. */
function locateBlocks(source) {
    return parseBody(new Cursor(source), false).blocks;
}
/** Position of the n-th nested block of a type inside a located block. */
function nthBlock(parent, type, n) {
    return parent?.blocks.filter(b => b.type === type)[n];
}

;// CONCATENATED MODULE: ./src/scan/terraform/hcl.ts




// Go's wasm_exec glue (defines globalThis.Go); imported statically so a bundle needs no extra chunk.


/** The wasm beside the bundle (dist/, copied by scripts/build-dist.sh) or in node_modules (a checkout). */
function wasmFile() {
    let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 8; i++) {
        for (const candidate of [
            external_node_path_default().join(dir, 'hcl2json.wasm.gz'),
            external_node_path_default().join(dir, 'node_modules', '@cdktf', 'hcl2json', 'main.wasm.gz')
        ])
            if ((0,external_node_fs_.existsSync)(candidate))
                return candidate;
        const up = external_node_path_default().dirname(dir);
        if (up === dir)
            break;
        dir = up;
    }
    throw new Error('the Terraform parser (hcl2json.wasm.gz from @cdktf/hcl2json) is missing beside db-posture');
}
/**
 * @cdktf/hcl2json is Go's hashicorp/hcl compiled to wasm. Its own loader finds the wasm through
 * __dirname and a computed require, which a bundle has neither of; this starts the same Go program
 * (the package's wasm_exec glue, the package's wasm) from a path found at run time. Loaded once, on
 * the first .tf file.
 */
let parser;
function hclParser() {
    parser ??= (async () => {
        const Go = globalThis.Go;
        const go = new Go();
        const { instance } = await WebAssembly.instantiate((0,external_node_zlib_.gunzipSync)((0,external_node_fs_.readFileSync)(wasmFile())), go.importObject);
        const root = {};
        globalThis.__parse_terraform_config_wasm__ = root;
        // The Go program registers its functions on `root` and then waits for calls for ever.
        void go.run(instance);
        return (file, text) => new Promise((resolve, reject) => root.parse(file, text, (err, out) => err ? reject(new Error(String(err))) : resolve(JSON.parse(String(out)))));
    })();
    return parser;
}
/** Parses one .tf file; a syntax error comes back with the parser's line and column. */
async function parseTfFile(file, text) {
    const parse = await hclParser();
    try {
        const json = (await parse(file, text));
        return { file, json, located: locateBlocks(text) };
    }
    catch (error) {
        const message = error.message ?? String(error);
        // hcl diagnostics: "parse config: [main.tf:2,7-3,1: Invalid expression; Expected ...]"
        const m = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?: ([^\]]*)/.exec(message);
        return m
            ? { file, line: Number(m[1]), column: Number(m[2]), message: m[3].trim().replace(/\.$/, '') }
            : { file, line: 1, column: 1, message };
    }
}
const ONE_REF = /^\$\{\s*((?:var|local)\.[A-Za-z_][A-Za-z0-9_-]*)\s*\}$/;
const ANY_TEMPLATE = /(?<!\$)\$\{|(?<!%)%\{/;
/** Looks up `var.x` (its literal default) or `local.x` (its value, itself resolved). */
function lookup(ref, scope, depth) {
    const [kind, name] = ref.split('.');
    if (kind === 'var') {
        const v = scope.vars.get(name);
        if (!v || !v.has)
            return { known: false, expr: ref };
        const r = resolve(v.value, scope, depth + 1);
        return r.known
            ? { known: true, value: r.value, from: v.source ? `${ref} in ${v.source}` : `the default of ${ref}` }
            : r;
    }
    if (!scope.locals.has(name))
        return { known: false, expr: ref };
    const r = resolve(scope.locals.get(name), scope, depth + 1);
    return r.known ? { known: true, value: r.value, from: r.from ?? ref } : r;
}
const hcl_unescape = (s) => s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
/**
 * A value from hcl2json: literals as they are; `${var.x}` / `${local.x}` through the same
 * configuration; a template whose every interpolation resolves to a scalar; anything else unknown.
 */
function resolve(v, scope, depth = 0) {
    if (depth > 8)
        return { known: false, expr: String(v) };
    if (typeof v === 'string') {
        if (!ANY_TEMPLATE.test(v))
            return { known: true, value: hcl_unescape(v) };
        const one = ONE_REF.exec(v);
        if (one)
            return lookup(one[1], scope, depth);
        if (/(?<!%)%\{/.test(v))
            return { known: false, expr: v };
        let from;
        let unknownExpr;
        const out = v.replace(/(?<!\$)\$\{([^}]*)\}/g, (whole, inner) => {
            const ref = /^\s*((?:var|local)\.[A-Za-z_][A-Za-z0-9_-]*)\s*$/.exec(inner);
            const r = ref ? lookup(ref[1], scope, depth) : undefined;
            if (!r || !r.known || (typeof r.value === 'object' && r.value !== null)) {
                unknownExpr ??= inner.trim();
                return whole;
            }
            from ??= r.from;
            return String(r.value);
        });
        if (unknownExpr !== undefined)
            return { known: false, expr: v.replace(/^\$\{(.*)\}$/s, '$1') };
        return { known: true, value: hcl_unescape(out), ...(from ? { from } : {}) };
    }
    if (Array.isArray(v)) {
        const items = v.map(x => resolve(x, scope, depth + 1));
        const bad = items.find(i => !i.known);
        if (bad)
            return bad;
        return { known: true, value: items.map(i => i.value) };
    }
    if (v && typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v)) {
            const r = resolve(x, scope, depth + 1);
            if (!r.known)
                return r;
            out[k] = r.value;
        }
        return { known: true, value: out };
    }
    return { known: true, value: v };
}
/** Resource types, names and referenced `type.name` addresses in an expression's text. */
function referencesIn(v) {
    const text = typeof v === 'string' ? v : JSON.stringify(v ?? null);
    const out = [];
    for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
        for (const r of m[1].matchAll(/(?<![\w.])([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)/g)) {
            if (!['var', 'local', 'data', 'module', 'each', 'count', 'path', 'terraform', 'self'].includes(r[1]))
                out.push(`${r[1]}.${r[2]}`);
        }
    }
    return out;
}
function hclBlock(body, located, fallback, scope) {
    const pos = located ? { line: located.line, column: located.column } : fallback;
    return {
        pos,
        get(name) {
            if (!(name in body) || body[name] === null)
                return undefined;
            // A nested block of that name is not an attribute.
            if (located && !located.attrs.has(name) && located.blocks.some(b => b.type === name))
                return undefined;
            const at = located?.attrs.get(name) ?? pos;
            const r = resolve(body[name], scope);
            const value = r.known
                ? { known: true, value: r.value, pos: at, ...(r.from ? { from: r.from } : {}) }
                : { known: false, expr: r.expr, pos: at };
            return value;
        },
        blocks(name) {
            const list = body[name];
            if (!Array.isArray(list) || (located && located.attrs.has(name)))
                return [];
            const nested = located?.blocks.filter(b => b.type === name) ?? [];
            return list
                .filter((x) => !!x && typeof x === 'object' && !Array.isArray(x))
                .map((b, i) => hclBlock(b, nested[i], nested[i] ?? pos, scope));
        },
        dynamic(name) {
            const d = body.dynamic;
            return !!d && typeof d === 'object' && name in d;
        }
    };
}
/**
 * One module directory: its .tf files together (variables and locals of any file apply to all),
 * plus the values `terraform.tfvars` / `*.auto.tfvars` set, which Terraform loads on its own.
 */
function hclConfig(where, files, tfvars) {
    const vars = new Map();
    const locals = new Map();
    for (const f of files) {
        for (const [name, decls] of Object.entries((f.json.variable ?? {}))) {
            const d = decls[0] ?? {};
            vars.set(name, { has: 'default' in d && d.default !== null, value: d.default });
        }
        for (const l of (f.json.locals ?? []))
            for (const [k, v] of Object.entries(l))
                locals.set(k, v);
    }
    // Later files win, as Terraform loads terraform.tfvars and then *.auto.tfvars in name order.
    for (const t of tfvars)
        for (const [name, value] of Object.entries(t.values))
            if (vars.has(name))
                vars.set(name, { has: true, value, source: t.file });
    const scope = { vars, locals };
    const resources = [];
    for (const f of files) {
        const byType = (f.json.resource ?? {});
        for (const [type, byName] of Object.entries(byType)) {
            for (const [name, bodies] of Object.entries(byName)) {
                const loc = f.located.find(b => b.type === 'resource' && b.labels[0] === type && b.labels[1] === name);
                const body = bodies[0] ?? {};
                resources.push({
                    type,
                    name,
                    address: `${type}.${name}`,
                    file: f.file,
                    block: hclBlock(body, loc, { line: 1, column: 1 }, scope),
                    refs: attr => referencesIn(body[attr])
                });
            }
        }
    }
    // hcl2json lists resources by type and name; judge them in source order.
    resources.sort((a, b) => a.file === b.file ? a.block.pos.line - b.block.pos.line : a.file < b.file ? -1 : 1);
    return { where, plan: false, resources };
}

;// CONCATENATED MODULE: ./src/scan/terraform/plan.ts
/** True for the output of `terraform show -json <planfile>` (it has planned_values). */
function isPlanJson(value) {
    return (!!value &&
        typeof value === 'object' &&
        'planned_values' in value &&
        'format_version' in value &&
        typeof value.planned_values === 'object');
}
function positionOf(text, index) {
    let line = 1;
    let last = -1;
    for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
        line++;
        last = i;
    }
    return { line, column: index - last };
}
function planBlock(values, pos) {
    return {
        pos,
        get(name) {
            const v = values[name];
            // In a plan every attribute of the schema is present; null means not set.
            if (v === null || v === undefined)
                return undefined;
            return { known: true, value: v, pos };
        },
        blocks(name) {
            const v = values[name];
            return Array.isArray(v)
                ? v.filter((x) => !!x && typeof x === 'object').map(x => planBlock(x, pos))
                : [];
        },
        dynamic: () => false
    };
}
/** References per resource address and attribute, from the plan's configuration section. */
function configRefs(mod, prefix, out) {
    for (const r of mod?.resources ?? []) {
        const refs = {};
        for (const [attr, e] of Object.entries(r.expressions ?? {}))
            refs[attr] = (e.references ?? []).map(x => prefix + x);
        out.set(prefix + r.address, refs);
    }
    for (const [name, call] of Object.entries(mod?.module_calls ?? {}))
        configRefs(call.module, `${prefix}module.${name}.`, out);
}
/**
 * A plan file: every managed resource in planned_values with its values (known at plan time), placed
 * on the line where the file names the resource's address.
 */
function planConfig(file, text, plan) {
    const refs = new Map();
    configRefs(plan.configuration?.root_module, '', refs);
    const resources = [];
    const walk = (mod) => {
        for (const r of mod?.resources ?? []) {
            if (r.mode && r.mode !== 'managed')
                continue;
            const quoted = JSON.stringify(r.address);
            const m = new RegExp(`"address"\\s*:\\s*${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(text);
            const pos = m ? positionOf(text, m.index) : { line: 1, column: 1 };
            // Module instance keys (module.x["a"]) drop out of the configuration address.
            const configAddress = r.address.replace(/\[[^\]]*\]/g, '');
            resources.push({
                type: r.type,
                name: r.name,
                address: configAddress,
                file,
                block: planBlock(r.values ?? {}, pos),
                refs: attr => (refs.get(configAddress)?.[attr] ?? []).map(x => x.replace(/\.(id|name|cluster_id)$/, ''))
            });
        }
        for (const c of mod?.child_modules ?? [])
            walk(c);
    };
    walk(plan.planned_values.root_module);
    return { where: file, plan: true, resources };
}

;// CONCATENATED MODULE: ./src/scan/terraform/json-syntax.ts
class JsonSyntaxError extends Error {
    at;
    constructor(message, at) {
        super(message);
        this.at = at;
    }
}
class Reader {
    s;
    i = 0;
    line = 1;
    col = 1;
    constructor(s) {
        this.s = s;
    }
    pos() {
        return { line: this.line, column: this.col };
    }
    advance(n = 1) {
        for (let k = 0; k < n; k++) {
            if (this.s[this.i] === '\n') {
                this.line++;
                this.col = 1;
            }
            else
                this.col++;
            this.i++;
        }
    }
    fail(expected) {
        const got = this.i >= this.s.length ? 'the end of the file' : JSON.stringify(this.s[this.i]);
        throw new JsonSyntaxError(`expected ${expected}, found ${got}`, this.pos());
    }
    ws() {
        while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]))
            this.advance();
    }
    document() {
        // A UTF-8 byte order mark is not JSON, but editors write one; Terraform's reader skips it too.
        if (this.s.charCodeAt(0) === 0xfeff)
            this.i = 1;
        this.ws();
        const node = this.value();
        this.ws();
        if (this.i < this.s.length)
            this.fail('the end of the file');
        return node;
    }
    value() {
        const at = this.pos();
        const c = this.s[this.i];
        if (c === '{')
            return this.object(at);
        if (c === '[')
            return this.array(at);
        if (c === '"')
            return { pos: at, value: this.string() };
        for (const [word, v] of [
            ['true', true],
            ['false', false],
            ['null', null]
        ])
            if (this.s.startsWith(word, this.i)) {
                this.advance(word.length);
                return { pos: at, value: v };
            }
        const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 64));
        if (!m)
            this.fail('a value');
        this.advance(m[0].length);
        return { pos: at, value: Number(m[0]) };
    }
    string() {
        const start = this.i;
        this.advance(); // the opening quote
        while (this.i < this.s.length && this.s[this.i] !== '"') {
            const c = this.s.charCodeAt(this.i);
            if (c < 0x20)
                this.fail('a closing quote (a control character must be escaped)');
            if (this.s[this.i] === '\\') {
                const e = this.s[this.i + 1] ?? '';
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6)))
                        this.fail('four hex digits');
                    this.advance(6);
                    continue;
                }
                if (!'"\\/bfnrt'.includes(e) || e === '')
                    this.fail('an escape sequence');
                this.advance(2);
                continue;
            }
            this.advance();
        }
        if (this.i >= this.s.length)
            this.fail('a closing quote');
        this.advance();
        return JSON.parse(this.s.slice(start, this.i));
    }
    object(at) {
        this.advance();
        const keys = new Map();
        const value = {};
        this.ws();
        if (this.s[this.i] === '}') {
            this.advance();
            return { pos: at, value, keys };
        }
        for (;;) {
            this.ws();
            const keyAt = this.pos();
            if (this.s[this.i] !== '"')
                this.fail('a quoted key');
            const key = this.string();
            this.ws();
            if (this.s[this.i] !== ':')
                this.fail('":"');
            this.advance();
            this.ws();
            const node = this.value();
            // Later duplicates win, as in JSON.parse; the map keeps the later position too.
            keys.delete(key);
            keys.set(key, { at: keyAt, node });
            Object.defineProperty(value, key, {
                value: node.value,
                enumerable: true,
                writable: true,
                configurable: true
            });
            this.ws();
            if (this.s[this.i] === ',') {
                this.advance();
                continue;
            }
            if (this.s[this.i] === '}') {
                this.advance();
                return { pos: at, value, keys };
            }
            this.fail('"," or "}"');
        }
    }
    array(at) {
        this.advance();
        const items = [];
        this.ws();
        if (this.s[this.i] === ']') {
            this.advance();
            return { pos: at, value: [], items };
        }
        for (;;) {
            this.ws();
            items.push(this.value());
            this.ws();
            if (this.s[this.i] === ',') {
                this.advance();
                continue;
            }
            if (this.s[this.i] === ']') {
                this.advance();
                return { pos: at, value: items.map(n => n.value), items };
            }
            this.fail('"," or "]"');
        }
    }
}
const isObject = (n) => !!n?.keys;
/** `"//"` keys are comments in Terraform's JSON syntax. */
const entries = (n) => [...n.keys].filter(([k]) => k !== '//');
/**
 * A block body as hcl2json gives it. Without the provider schema, Terraform's JSON syntax cannot
 * tell a map attribute from a nested block; the judgements read nested blocks only where the
 * schema has blocks and plain values (strings, numbers, booleans, lists of them) as attributes, so
 * an object (or a list of objects) is taken as nested block(s), everything else as an attribute.
 * `dynamic` keeps its shape (the judgements only ask whether a dynamic block of a name exists).
 */
function body(n, type, labels, at) {
    const json = {};
    const attrs = new Map();
    const blocks = [];
    for (const [k, { at: keyAt, node }] of entries(n)) {
        if (k === 'dynamic') {
            json[k] = node.value;
            continue;
        }
        const asBlocks = isObject(node)
            ? [{ node, at: keyAt }]
            : node.items?.length && node.items.every(isObject)
                ? node.items.map(item => ({ node: item, at: item.pos }))
                : undefined;
        if (!asBlocks) {
            json[k] = node.value;
            attrs.set(k, keyAt);
            continue;
        }
        json[k] = asBlocks.map(b => {
            const inner = body(b.node, k, [], b.at);
            blocks.push(inner.located);
            return inner.json;
        });
    }
    const located = { type, labels, ...at, attrs, blocks };
    return { json, located };
}
/** The one body of a labelled block: an object, or (Terraform accepts it) a list holding one. */
function json_syntax_single(n) {
    if (isObject(n))
        return n;
    const first = n.items?.[0];
    return isObject(first) ? first : undefined;
}
/**
 * Parses one `.tf.json` file into what parseTfFile gives for a `.tf` file: `resource`, `variable`
 * and `locals` in hcl2json's shape, with the located blocks. A syntax error, or a top level that is
 * not an object, comes back with its line and column.
 */
function parseTfJsonFile(file, text) {
    let root;
    try {
        root = new Reader(text).document();
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        return { file, ...error.at, message: `invalid JSON: ${error.message}` };
    }
    if (!isObject(root))
        return { file, ...root.pos, message: 'a Terraform JSON file holds one object at the top level' };
    const json = {};
    const located = [];
    const top = new Map(entries(root));
    // A shape Terraform would refuse is a parse finding, never skipped in silence.
    const wrong = (at, what) => ({
        file,
        ...at,
        message: `${what} must be a JSON object`
    });
    const resource = top.get('resource');
    if (resource && !isObject(resource.node))
        return wrong(resource.at, '"resource"');
    if (resource && isObject(resource.node)) {
        const byType = {};
        for (const [type, { at: typeAt, node: names }] of entries(resource.node)) {
            if (!isObject(names))
                return wrong(typeAt, `resource type "${type}"`);
            for (const [name, { at, node }] of entries(names)) {
                const b = json_syntax_single(node);
                if (!b)
                    return wrong(at, `resource "${type}.${name}"`);
                const parsed = body(b, 'resource', [type, name], at);
                (byType[type] ??= {})[name] = [parsed.json];
                located.push(parsed.located);
            }
        }
        json.resource = byType;
    }
    // Variables: their literal defaults resolve `var.x`, as in a .tf file.
    const variable = top.get('variable');
    if (variable && !isObject(variable.node))
        return wrong(variable.at, '"variable"');
    if (variable && isObject(variable.node)) {
        const vars = {};
        for (const [name, { at, node }] of entries(variable.node)) {
            const b = json_syntax_single(node);
            if (!b)
                return wrong(at, `variable "${name}"`);
            const decl = {};
            const d = b.keys.get('default');
            if (d)
                decl.default = d.node.value;
            vars[name] = [decl];
        }
        json.variable = vars;
    }
    const locals = top.get('locals')?.node;
    if (locals) {
        const list = isObject(locals) ? [locals] : (locals.items ?? []).filter(isObject);
        json.locals = list.map(l => Object.fromEntries(entries(l).map(([k, { node }]) => [k, node.value])));
    }
    return { file, json, located };
}

;// CONCATENATED MODULE: ./src/scan/terraform/postgresql.ts








const DATA_PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'ALL'];
const isPublic = (g) => g.grantee.toLowerCase() === 'public';
/** pg/public-grants, judged on a postgresql_grant / postgresql_default_privileges instead of a catalog. */
const tfPublicGrants = defineCheck({
    meta: public_grants.meta,
    evaluate(facts) {
        const g = (0,core_facts/* need */.$B)(facts.value);
        const privs = g.privileges.filter(p => DATA_PRIVILEGES.includes(p.toUpperCase()));
        if (isPublic(g) && privs.length)
            return [
                fail((0,core_text/* msg */.ab) `${facts.address} grants ${(0,core_text/* raw */.lS)(privs.join(', ').toUpperCase())} on ${(0,core_text/* raw */.lS)(g.where)} to PUBLIC.`)
            ];
        return [pass((0,core_text/* msg */.ab) `${facts.address} grants no data privilege to PUBLIC (grantee ${g.grantee}).`)];
    }
});
/** pg/public-schema on a postgresql_grant of a schema. */
const tfPublicSchema = defineCheck({
    meta: public_schema.meta,
    evaluate(facts) {
        const g = (0,core_facts/* need */.$B)(facts.value);
        const create = g.privileges.some(p => ['CREATE', 'ALL'].includes(p.toUpperCase()));
        if (isPublic(g) && create)
            return [
                fail((0,core_text/* msg */.ab) `${facts.address} lets PUBLIC CREATE in ${(0,core_text/* raw */.lS)(g.where)}: any user can plant objects that shadow others' on the search_path.`)
            ];
        return [pass((0,core_text/* msg */.ab) `${facts.address} gives PUBLIC no CREATE on a schema (grantee ${g.grantee}).`)];
    }
});
function str(r, attr) {
    const v = r.block.get(attr);
    return v?.known ? String(v.value) : undefined;
}
function grantFacts(r, defaults) {
    for (const attr of ['role', 'object_type', 'privileges']) {
        const v = r.block.get(attr);
        if (v && !v.known)
            return notUntilPlan(r, attr, v);
        if (!v)
            return (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `${r.address} does not set ${attr}.`);
    }
    const privs = r.block.get('privileges');
    const schema = str(r, 'schema');
    const db = str(r, 'database');
    const objects = r.block.get('objects');
    const named = objects?.known && Array.isArray(objects.value) && objects.value.length
        ? objects.value.map(String).join(', ')
        : undefined;
    const type = str(r, 'object_type').toLowerCase();
    // Names come from the repository: quoted by msg, never spliced in as our own words.
    const parts = [
        defaults
            ? (0,core_text/* msg */.ab) `every new ${type}`
            : type === 'schema'
                ? (0,core_text/* msg */.ab) `schema ${schema ?? '?'}`
                : named
                    ? (0,core_text/* msg */.ab) `${type} ${named}`
                    : (0,core_text/* msg */.ab) `all ${type}s`
    ];
    if (schema && type !== 'schema')
        parts.push((0,core_text/* msg */.ab) `in schema ${schema}`);
    if (db)
        parts.push((0,core_text/* msg */.ab) `of database ${db}`);
    const where = (0,core_text/* joinText */._V)(parts, ' ');
    return (0,core_facts/* available */.qC)({
        grantee: str(r, 'role'),
        objectType: type,
        privileges: Array.isArray(privs.value) ? privs.value.map(String) : [],
        where,
        defaults
    });
}
const ROLE_ATTRS = ['superuser', 'create_role', 'bypass_row_level_security', 'replication'];
function judgeRole(config, r, ctx) {
    const out = [];
    const set = [];
    let unknown;
    let at = r.block.pos;
    for (const a of ROLE_ATTRS) {
        const v = r.block.get(a);
        if (v && !v.known)
            unknown ??= notUntilPlan(r, a, v);
        else if (v && (v.value === true || v.value === 'true')) {
            if (!set.length)
                at = v.pos;
            set.push(a);
        }
    }
    out.push(...judged(pg_role_privileges, { address: r.address, value: unknown ?? (0,core_facts/* available */.qC)(set) }, ctx, r, at));
    // The password: never read into a message, only whether it is written down.
    for (const attr of ['password', 'encrypted_password']) {
        const v = r.block.get(attr);
        if (!v)
            continue;
        // An expression is quoted only when it is a bare reference; one with a string literal inside
        // (join, base64decode, a template) may spell the secret, so it counts as written down.
        const reference = !v.known && /^[A-Za-z_][\w-]*(\.[\w-]+|\[\d+\])*$/.test(v.expr);
        const literal = v.known || (!reference && v.expr.includes('"'));
        const where = config.plan
            ? (0,core_text/* msg */.ab) `in the plan file`
            : v.known
                ? v.from
                    ? (0,core_text/* msg */.ab) `through ${v.from}`
                    : (0,core_text/* msg */.ab) `in the configuration`
                : reference
                    ? (0,core_text/* msg */.ab) `${v.expr}`
                    : literal
                        ? (0,core_text/* msg */.ab) `inside an expression with a string literal`
                        : (0,core_text/* msg */.ab) `an expression evaluated at plan`;
        out.push(...judged(literal_password, { address: r.address, value: (0,core_facts/* available */.qC)({ attr, literal, where }) }, ctx, r, v.pos));
    }
    return out;
}
/** The cyrilgdn/postgresql provider: roles, grants and default privileges. */
function judgePostgresqlProvider(config, ctx) {
    const out = [];
    for (const r of config.resources) {
        if (r.type === 'postgresql_role')
            out.push(...judgeRole(config, r, ctx));
        else if (r.type === 'postgresql_grant' || r.type === 'postgresql_default_privileges') {
            const defaults = r.type === 'postgresql_default_privileges';
            const facts = grantFacts(r, defaults);
            const type = str(r, 'object_type')?.toLowerCase();
            const at = r.block.get('role')?.pos;
            const check = type === 'schema' && !defaults ? tfPublicSchema : tfPublicGrants;
            out.push(...judged(check, { address: r.address, value: facts }, ctx, r, at));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/terraform/index.ts










/** Terraform's JSON syntax: the same configuration language, written as JSON. */
const isJsonSyntax = (rel) => rel.endsWith('.tf.json');

function parseFinding(file, line, column, message, plan) {
    return {
        checkId: 'scan/parse',
        title: 'Configuration file parse',
        dimension: 'Configuration',
        status: 'INFO',
        rawStatus: 'INFO',
        detail: (0,core_text/* msg */.ab) `Could not parse line ${String(line)}: ${message}.`,
        remediation: plan
            ? {
                text: 'Write the plan with terraform show -json <planfile>.',
                link: 'https://developer.hashicorp.com/terraform/internals/json-format'
            }
            : {
                text: 'Fix the syntax; terraform validate reports the same error.',
                link: 'https://developer.hashicorp.com/terraform/language/syntax/configuration'
            },
        frameworks: {},
        file,
        line,
        column,
        key: scanKey('scan/parse', file, `line ${line}`)
    };
}
/** Every judgement of the Terraform providers the scan understands. */
function judgeConfig(config, ctx) {
    return [
        ...judgeCockroach(config, ctx),
        ...judgePostgresqlProvider(config, ctx),
        ...judgeAws(config, ctx),
        ...judgeGcp(config, ctx)
    ];
}
/** terraform.tfvars and *.auto.tfvars of a module directory, which Terraform loads without being asked. */
async function tfvarsOf(dirAbs) {
    let names;
    try {
        names = external_node_fs_default().readdirSync(dirAbs);
    }
    catch {
        return [];
    }
    const files = names
        .filter(n => n.endsWith('.auto.tfvars'))
        .sort()
        .filter(n => n !== 'terraform.tfvars');
    if (names.includes('terraform.tfvars'))
        files.unshift('terraform.tfvars');
    const out = [];
    for (const f of files) {
        const parsed = await parseTfFile(f, external_node_fs_default().readFileSync(external_node_path_default().join(dirAbs, f), 'utf8'));
        if ('json' in parsed)
            out.push({ file: f, values: parsed.json });
    }
    return out;
}
/**
 * Judges .tf files (each directory one module: variables, locals and tfvars apply across its
 * files) and `terraform show -json` plans. Each file is parsed once.
 */
async function judgeTerraform(tf, plans, ctx) {
    const out = [];
    if (tf.length) {
        // The HCL parser (wasm) is needed for .tf files only; .tf.json files are read as JSON.
        if (tf.some(s => !isJsonSyntax(s.rel)))
            await hclParser();
        const byDir = new Map();
        for (const s of tf) {
            const dir = external_node_path_default().posix.dirname(s.rel);
            byDir.set(dir, [...(byDir.get(dir) ?? []), s]);
        }
        for (const [dir, sources] of byDir) {
            const parsed = [];
            for (const s of sources) {
                const p = isJsonSyntax(s.rel) ? parseTfJsonFile(s.rel, s.text) : await parseTfFile(s.rel, s.text);
                if ('json' in p)
                    parsed.push(p);
                else
                    out.push(parseFinding(s.rel, p.line, p.column, p.message, false));
            }
            const tfvars = await tfvarsOf(external_node_path_default().dirname(sources[0].abs));
            out.push(...judgeConfig(hclConfig(dir, parsed, tfvars), ctx));
        }
    }
    for (const p of plans) {
        let json;
        try {
            json = JSON.parse(p.text);
        }
        catch (error) {
            const m = /line (\d+) column (\d+)/.exec(error.message);
            out.push(parseFinding(p.rel, Number(m?.[1] ?? 1), Number(m?.[2] ?? 1), error.message, true));
            continue;
        }
        if (!isPlanJson(json)) {
            out.push(parseFinding(p.rel, 1, 1, 'not a Terraform plan (no format_version and planned_values)', true));
            continue;
        }
        out.push(...judgeConfig(planConfig(p.rel, p.text, json), ctx));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/sql/pg-parser.ts


/**
 * The real PostgreSQL parser (libpg_query compiled to WebAssembly), so a migration is read exactly as
 * the server reads it. It is imported on first use, not at start-up: only `scan` pays for compiling
 * the wasm, and a bundle without the wasm file still runs every other command. In the ncc bundle the
 * wasm sits next to the bundle (scripts/build-dist.sh copies it).
 */
let parseSyncFn;
let loadError;
/** Loads the parser once; callers of the (synchronous) scanner await this first. Never throws. */
async function loadPgParser() {
    if (parseSyncFn)
        return;
    // libpg-query's Emscripten loader is CommonJS and finds its .wasm through `__dirname`. Unbundled,
    // Node's CommonJS wrapper gives it its own directory (this global is shadowed). In the ncc ESM
    // bundle there is no `__dirname` and the loader would throw: for the moment it initialises, it gets
    // the bundle's directory, where the wasm is; then the global is removed again.
    const g = globalThis;
    const shim = g.__dirname === undefined;
    if (shim) {
        g.__filename = (0,external_node_url_.fileURLToPath)(import.meta.url);
        g.__dirname = external_node_path_default().dirname(g.__filename);
    }
    try {
        // "eager": ncc keeps the module in the bundle (no separate chunk to ship), still evaluated only here.
        const m = await Promise.resolve(/* import() eager */).then(__webpack_require__.t.bind(__webpack_require__, 2627, 23));
        await m.loadModule();
        parseSyncFn = m.parseSync;
        loadError = undefined;
    }
    catch (error) {
        loadError = error instanceof Error ? error.message : String(error);
    }
    finally {
        if (shim) {
            delete g.__dirname;
            delete g.__filename;
        }
    }
}
/**
 * Parses a whole script. A parse error keeps the parser's message but drops its `at or near "..."`
 * excerpt: the excerpt can be the inside of an unterminated password literal, and the line and column
 * already say where the error is.
 */
function parsePg(text) {
    if (!parseSyncFn) {
        // Fail closed: without the parser nothing in the file is judged, and the scan is incomplete.
        const why = loadError ? `: ${loadError}` : ' (loadPgParser was not awaited)';
        return {
            ok: false,
            message: `the PostgreSQL parser (libpg-query) is not loaded${why}`,
            byteOffset: 0,
            fault: true
        };
    }
    try {
        const tree = parseSyncFn(text);
        return {
            ok: true,
            stmts: (tree.stmts ?? []).map(s => ({
                stmt: s.stmt,
                location: s.stmt_location ?? 0,
                length: s.stmt_len || undefined
            }))
        };
    }
    catch (error) {
        const e = error;
        const message = (e.sqlDetails?.message ?? e.message).replace(/\s+at or near\s+"[\s\S]*$/, '').trim();
        return { ok: false, message, byteOffset: Math.max(0, e.sqlDetails?.cursorPosition ?? 0) };
    }
}
/** Converts UTF-8 byte offsets of `text` (what libpg_query reports) to string offsets. */
function byteToCharOffsets(text) {
    if (Buffer.byteLength(text) === text.length)
        return b => b;
    const buf = Buffer.from(text);
    return b => buf.subarray(0, b).toString('utf8').length;
}

;// CONCATENATED MODULE: ./src/scan/sql/tokens.ts
/**
 * A small SQL lexer for the statement forms the PostgreSQL parser does not accept (CockroachDB's
 * SET CLUSTER SETTING, EXPERIMENTAL_AUDIT) and for splitting a script into statements. It follows
 * the PostgreSQL/CockroachDB lexical rules that matter for not mis-splitting: '...' strings with ''
 * doubling, E'...' strings with backslash escapes, $tag$...$tag$ bodies, "..." identifiers with ""
 * doubling, -- line comments and nested /* *\/ block comments. It never guesses across statements:
 * a `;` inside any of these is not a separator.
 */
class SqlLexError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
function tokenize(text) {
    const out = [];
    let i = 0;
    const n = text.length;
    const quoted = (from, quote, backslash) => {
        let value = '';
        let j = from;
        for (;;) {
            if (j >= n)
                throw new SqlLexError(quote === '"' ? 'unterminated quoted identifier' : 'unterminated quoted string', from - 1);
            const c = text[j];
            if (backslash && c === '\\' && j + 1 < n) {
                const e = text[j + 1];
                value += { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[e] ?? e;
                j += 2;
            }
            else if (c === quote) {
                if (text[j + 1] === quote) {
                    value += quote;
                    j += 2;
                }
                else
                    return { value, end: j + 1 };
            }
            else {
                value += c;
                j++;
            }
        }
    };
    while (i < n) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
        }
        else if (c === '-' && text[i + 1] === '-') {
            while (i < n && text[i] !== '\n')
                i++;
        }
        else if (c === '/' && text[i + 1] === '*') {
            const start = i;
            let depth = 0;
            do {
                if (i >= n)
                    throw new SqlLexError('unterminated /* comment', start);
                if (text[i] === '/' && text[i + 1] === '*') {
                    depth++;
                    i += 2;
                }
                else if (text[i] === '*' && text[i + 1] === '/') {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            } while (depth > 0);
        }
        else if (c === "'") {
            const q = quoted(i + 1, "'", false);
            out.push({ kind: 'string', value: q.value, start: i, end: q.end });
            i = q.end;
        }
        else if (/[eEbBxXnN]/.test(c) && text[i + 1] === "'") {
            const q = quoted(i + 2, "'", c === 'e' || c === 'E');
            out.push({ kind: 'string', value: q.value, start: i, end: q.end });
            i = q.end;
        }
        else if (c === '"') {
            const q = quoted(i + 1, '"', false);
            out.push({ kind: 'ident', value: q.value, start: i, end: q.end });
            i = q.end;
        }
        else if (c === '$' && /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.test(text.slice(i, i + 64))) {
            const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64))[0];
            const close = text.indexOf(tag, i + tag.length);
            if (close < 0)
                throw new SqlLexError('unterminated dollar-quoted string', i);
            out.push({
                kind: 'string',
                value: text.slice(i + tag.length, close),
                start: i,
                end: close + tag.length
            });
            i = close + tag.length;
        }
        else if (WORD_START.test(c)) {
            let j = i + 1;
            while (j < n && WORD_PART.test(text[j]))
                j++;
            out.push({ kind: 'word', value: text.slice(i, j).toLowerCase(), start: i, end: j });
            i = j;
        }
        else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
            let j = i + 1;
            while (j < n && /[0-9.eE_]/.test(text[j]))
                j++;
            out.push({ kind: 'number', value: text.slice(i, j), start: i, end: j });
            i = j;
        }
        else if (c === ';') {
            out.push({ kind: 'semicolon', value: ';', start: i, end: i + 1 });
            i++;
        }
        else {
            out.push({ kind: 'op', value: c, start: i, end: i + 1 });
            i++;
        }
    }
    return out;
}
/** Splits at top-level semicolons; empty statements (`;;`) are dropped. */
function splitStatements(tokens) {
    const out = [];
    let cur = [];
    const flush = () => {
        if (cur.length)
            out.push({ start: cur[0].start, end: cur[cur.length - 1].end, tokens: cur });
        cur = [];
    };
    for (const t of tokens) {
        if (t.kind === 'semicolon')
            flush();
        else
            cur.push(t);
    }
    flush();
    return out;
}
/** 1-based line and column of offsets into one text (line starts indexed once). */
function lineIndex(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    return offset => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    };
}
/** True when the statement's tokens start with these words (lower case). */
function startsWith(s, ...words) {
    return words.every((w, i) => s.tokens[i]?.kind === 'word' && s.tokens[i].value === w);
}

;// CONCATENATED MODULE: ./src/scan/sql/judge-crdb-sql.ts






















/**
 * CockroachDB statements the PostgreSQL grammar has no rule for, read token by token in the exact
 * forms CockroachDB's grammar gives them (sql.y): SET CLUSTER SETTING name {=|TO} literal, and
 * ALTER TABLE name EXPERIMENTAL_AUDIT SET {READ WRITE|OFF}. Anything else the PostgreSQL parser
 * reads, or it is reported as not judged.
 */
/** Statements only CockroachDB has: their presence makes a file CockroachDB SQL. */
function isCockroachOnly(s) {
    const words = s.tokens.filter(t => t.kind === 'word').map(t => t.value);
    return (((startsWith(s, 'set') || startsWith(s, 'reset') || startsWith(s, 'show')) &&
        words[1] === 'cluster' &&
        words[2] === 'setting') ||
        (startsWith(s, 'alter', 'table') && words.includes('experimental_audit')) ||
        words.some((w, i) => w === 'configure' && words[i + 1] === 'zone') ||
        startsWith(s, 'upsert') ||
        startsWith(s, 'create', 'changefeed'));
}
/**
 * A cluster whose settings all PASS the live checks below (a test keeps it so). SET CLUSTER SETTING
 * in a file changes a few of them: each change is judged over this baseline, so a FAIL/WARN means the
 * statement itself weakens the cluster.
 */
const HARDENED_CLUSTER = new Map([
    [HBA_SETTING, 'hostssl all all 10.0.0.0/8 cert-scram-sha-256'],
    ['server.identity_map.configuration', 'jwt /^(.*)@example\\.com$ \\1'],
    ['server.oidc_authentication.enabled', 'false'],
    ['server.oidc_authentication.provider_url', ''],
    ['server.jwt_authentication.enabled', 'true'],
    ['server.jwt_authentication.issuers.configuration', 'https://issuer.example.com'],
    ['security.provisioning.ldap.enabled', 'false'],
    ['security.provisioning.jwt.enabled', 'false'],
    ['server.user_login.min_password_length', '12'],
    ['server.user_login.store_client_pre_hashed_passwords.enabled', 'false'],
    ['server.user_login.password_encryption', 'scram-sha-256'],
    ['sql.log.user_audit', 'all ALL'],
    ['sql.log.admin_audit.enabled', 'true'],
    ['server.auth_log.sql_connections.enabled', 'true'],
    ['server.auth_log.sql_sessions.enabled', 'true'],
    ['server.redact_sensitive_settings.enabled', 'true'],
    ['server.user_login.session_revival_token.enabled', 'false']
]);
const BASELINE_NOTE = 'judged as a change to an otherwise hardened cluster';
/** Live checks that read only cluster settings, with the settings each reads. */
const SETTING_CHECKS = [
    { check: checks_hba, settings: [HBA_SETTING] },
    { check: ldap, settings: [HBA_SETTING] },
    {
        check: cockroachdb_checks_password_policy,
        settings: [
            'server.user_login.min_password_length',
            'server.user_login.store_client_pre_hashed_passwords.enabled'
        ]
    },
    { check: password_hashing, settings: ['server.user_login.password_encryption'] },
    {
        check: session_logging,
        settings: ['server.auth_log.sql_connections.enabled', 'server.auth_log.sql_sessions.enabled']
    },
    { check: session_revival_token, settings: ['server.user_login.session_revival_token.enabled'] },
    {
        check: database_sso,
        settings: [
            'server.jwt_authentication.enabled',
            'server.jwt_authentication.issuers.configuration',
            'server.oidc_authentication.enabled',
            'server.oidc_authentication.provider_url'
        ]
    },
    {
        check: identity_map,
        settings: [
            'server.identity_map.configuration',
            'security.provisioning.ldap.enabled',
            'security.provisioning.jwt.enabled'
        ]
    },
    {
        check: sensitive_redaction,
        settings: ['server.redact_sensitive_settings.enabled', HBA_SETTING, 'server.identity_map.configuration']
    }
];
/** Reads `SET CLUSTER SETTING a.b.c {=|TO} literal [::type]`; undefined when the form differs. */
function readSetClusterSetting(tokens) {
    let i = 3;
    const parts = [];
    for (;;) {
        const t = tokens[i];
        if (!t || (t.kind !== 'word' && t.kind !== 'ident'))
            return 'expected a setting name';
        parts.push(t.value);
        i++;
        if (tokens[i]?.kind === 'op' && tokens[i].value === '.')
            i++;
        else
            break;
    }
    const eq = tokens[i];
    if (!eq || !((eq.kind === 'op' && eq.value === '=') || (eq.kind === 'word' && eq.value === 'to')))
        return 'expected = or TO after the setting name';
    i++;
    let value = tokens[i];
    if (!value)
        return 'expected a value';
    if (value.kind === 'op' && value.value === '-' && tokens[i + 1]?.kind === 'number') {
        value = { ...tokens[i + 1], value: `-${tokens[i + 1].value}`, start: value.start };
        i++;
    }
    i++;
    if (value.kind === 'word' && value.value === 'default')
        return { name: parts.join('.').toLowerCase(), value: 'default' };
    if (value.kind !== 'string' && value.kind !== 'number' && value.kind !== 'word')
        return 'the value is not a literal';
    // An optional cast (`'...'::STRING`) and nothing else.
    if (tokens[i]?.value === ':' && tokens[i + 1]?.value === ':' && tokens[i + 2]?.kind === 'word')
        i += 3;
    if (i !== tokens.length)
        return 'the value is not a single literal';
    return { name: parts.join('.').toLowerCase(), value };
}
/** Reads `ALTER TABLE [IF EXISTS] name EXPERIMENTAL_AUDIT SET {READ WRITE|OFF}`. */
function readExperimentalAudit(tokens) {
    let i = 2;
    if (tokens[i]?.value === 'if' && tokens[i + 1]?.value === 'exists')
        i += 2;
    const parts = [];
    for (;;) {
        const t = tokens[i];
        if (!t || (t.kind !== 'word' && t.kind !== 'ident'))
            return 'expected a table name';
        parts.push(t.value);
        i++;
        if (tokens[i]?.kind === 'op' && tokens[i].value === '.')
            i++;
        else
            break;
    }
    const rest = tokens.slice(i).map(t => (t.kind === 'word' ? t.value : `\u0000${t.value}`));
    const form = rest.join(' ');
    if (form === 'experimental_audit set read write')
        return { table: parts.join('.'), mode: 'READ WRITE' };
    if (form === 'experimental_audit set off')
        return { table: parts.join('.'), mode: 'OFF' };
    return 'expected EXPERIMENTAL_AUDIT SET READ WRITE or OFF';
}
/**
 * A literal password in a role statement the PostgreSQL grammar rejects (CockroachDB's
 * CREATE USER IF NOT EXISTS ...): the token after the PASSWORD keyword is a string literal.
 */
function literalPassword(s) {
    const t = s.tokens;
    if (!(t[0]?.value === 'create' || t[0]?.value === 'alter') ||
        !(t[1]?.value === 'user' || t[1]?.value === 'role'))
        return undefined;
    let i = 2;
    while (t[i]?.kind === 'word' && ['if', 'not', 'exists'].includes(t[i].value))
        i++;
    const name = t[i]?.kind === 'word' || t[i]?.kind === 'ident' ? t[i].value : '?';
    for (let j = i + 1; j + 1 < t.length; j++)
        if (t[j].kind === 'word' && t[j].value === 'password' && t[j + 1].kind === 'string')
            return { name, at: t[j].start };
    return undefined;
}
function judgeCrdbStatements(stmts, file, ctx, at, unparsed, pgError) {
    const findings = [];
    const rest = [];
    const changes = new Map();
    const audits = [];
    const passwords = [];
    for (const s of stmts) {
        const words = s.tokens.map(t => t.value);
        if (startsWith(s, 'set', 'cluster', 'setting')) {
            const r = readSetClusterSetting(s.tokens);
            if (typeof r === 'string') {
                unparsed(s, `SET CLUSTER SETTING: ${r}`);
                continue;
            }
            // DEFAULT restores a default this scanner does not judge from a file: reported, not guessed.
            if (r.value === 'default') {
                unparsed(s, `SET CLUSTER SETTING ${r.name} = DEFAULT restores a default the scan does not judge`);
                continue;
            }
            const pos = at(r.value.start);
            changes.set(r.name, { value: r.value.value, line: pos.line, column: pos.column });
        }
        else if (startsWith(s, 'alter', 'table') && words.includes('experimental_audit')) {
            const r = readExperimentalAudit(s.tokens);
            if (typeof r === 'string') {
                unparsed(s, r);
                continue;
            }
            const where = at(s.start);
            audits.push({
                raw: info(r.mode === 'OFF'
                    ? (0,core_text/* msg */.ab) `ALTER TABLE ${r.table} EXPERIMENTAL_AUDIT SET OFF: reads and writes of ${r.table} no longer emit sensitive_table_access events.`
                    : (0,core_text/* msg */.ab) `ALTER TABLE ${r.table} EXPERIMENTAL_AUDIT SET READ WRITE: reads and writes of ${r.table} emit sensitive_table_access events.`, r.table),
                ...where,
                object: `table ${r.table}`
            });
        }
        else if (isCockroachOnly(s)) {
            unparsed(s, 'a CockroachDB statement the scanner does not judge');
        }
        else if (pgError(s) !== undefined) {
            const p = literalPassword(s);
            if (!p)
                unparsed(s, pgError(s));
            else {
                passwords.push({
                    raw: fail((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(`${words[0]} ${words[1]}`.toUpperCase())} ${p.name} sets a literal password: the secret is committed to the repository.`, p.name),
                    ...at(p.at),
                    object: `role ${p.name}`
                });
            }
        }
        else
            rest.push(s);
    }
    findings.push(...emit(table_audit.meta, audits, file, ctx));
    findings.push(...emit(SQL_PASSWORD, passwords, file, ctx));
    if (changes.size)
        findings.push(...judgeSettings(changes, file, ctx));
    return { findings, rest };
}
function judgeSettings(changes, file, ctx) {
    const settings = {};
    for (const [n, v] of HARDENED_CLUSTER)
        settings[n] = (0,core_facts/* available */.qC)(v);
    for (const [n, c] of changes)
        settings[n] = (0,core_facts/* available */.qC)(c.value);
    const facts = {
        settings,
        nodeArgs: (0,core_facts/* unavailable */.hU)('a SQL file does not say how the nodes are started'),
        version: (0,core_facts/* unavailable */.hU)('a SQL file does not name the release')
    };
    const out = [];
    for (const { check, settings: names } of SETTING_CHECKS) {
        const changed = names.filter(n => changes.has(n));
        if (changed.length === 0)
            continue;
        const placed = evaluateCheck(check, facts, ctx).map(f => {
            const c = changes.get(changed[0]);
            return {
                raw: f,
                ...hbaLine(f.object, changed[0], c),
                object: `${changed[0]} ${f.object ?? ''}`.trim(),
                annotation: BASELINE_NOTE
            };
        });
        out.push(...emit(check.meta, placed, file, ctx));
    }
    const audit = changes.get('sql.log.user_audit');
    if (audit)
        out.push(...judgeUserAudit(audit, file, ctx));
    const admin = changes.get('sql.log.admin_audit.enabled');
    if (admin) {
        const on = isTrue(admin.value);
        out.push(...emit(audit_logging.meta, [
            {
                raw: on
                    ? pass((0,core_text/* msg */.ab) `SET CLUSTER SETTING sql.log.admin_audit.enabled = ${admin.value} audits every statement of admin members.`)
                    : warn((0,core_text/* msg */.ab) `SET CLUSTER SETTING sql.log.admin_audit.enabled = ${admin.value} turns admin audit off.`),
                line: admin.line,
                column: admin.column,
                object: 'sql.log.admin_audit.enabled'
            }
        ], file, ctx));
    }
    return out;
}
/** HBA findings name a rule; its line in the file is the literal's line plus the rule's line in the value. */
function hbaLine(object, setting, c) {
    if (setting !== HBA_SETTING || object === undefined)
        return { line: c.line, column: c.column };
    const parsed = parseCrdbHba(c.value);
    const rule = parsed.ok ? parsed.rules.find(r => r.display === object) : undefined;
    if (!rule || rule.lineNumber <= 1)
        return { line: c.line, column: c.column };
    return { line: c.line + rule.lineNumber - 1, column: 1 };
}
/** sql.log.user_audit with the live parser and first-match reachability; users are not in a file. */
function judgeUserAudit(c, file, ctx) {
    const where = { line: c.line, column: c.column };
    const parsed = parseUserAudit(c.value);
    if (!parsed.ok) {
        return emit(user_audit_config.meta, [
            {
                raw: fail((0,core_text/* msg */.ab) `sql.log.user_audit does not parse: ${parsed.error}. CockroachDB falls back to an empty configuration, so nothing is audited.`),
                ...where,
                object: 'sql.log.user_audit'
            }
        ], file, ctx);
    }
    const placed = unreachableRules(parsed.rules).map(r => ({
        raw: warn((0,core_text/* msg */.ab) `Line ${(0,core_text/* raw */.lS)(String(r.lineNumber))} (${r.role} ${(0,core_text/* raw */.lS)(r.filter)}) can never match: an earlier all row matches every user first.`, `line ${r.lineNumber}`),
        line: c.line + r.lineNumber - 1,
        column: r.lineNumber === 1 ? c.column : 1,
        object: `sql.log.user_audit ${r.role} ${r.filter}`
    }));
    const audited = parsed.rules.filter(r => r.filter === 'ALL').map(r => r.role);
    const out = emit(user_audit_config.meta, placed, file, ctx);
    out.push(...emit(audit_logging.meta, [
        {
            raw: parsed.rules.length === 0
                ? warn((0,core_text/* msg */.ab) `SET CLUSTER SETTING sql.log.user_audit to an empty value turns role-based audit logging off.`)
                : audited.length === 0
                    ? warn((0,core_text/* msg */.ab) `sql.log.user_audit has no ALL row: it audits no one.`)
                    : audited.includes('all')
                        ? pass((0,core_text/* msg */.ab) `sql.log.user_audit has an all ALL row: every user's statements are audited unless an earlier row exempts them.`)
                        : pass((0,core_text/* msg */.ab) `sql.log.user_audit audits the members of ${(0,core_text/* valueList */.Q0)(audited)}.`),
            ...where,
            object: 'sql.log.user_audit'
        }
    ], file, ctx));
    return out;
}

;// CONCATENATED MODULE: ./src/scan/sql/judge-pg-sql.ts














/** Membership in these is superuser-equivalent (pg/privileged-roles). */
const judge_pg_sql_SERVER_ACCESS_ROLES = new Set([
    'pg_execute_server_program',
    'pg_read_server_files',
    'pg_write_server_files'
]);
/** Data privileges crdb/public-privileges judges. */
const CRDB_DATA_PRIVILEGES = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'ALL']);
/** Data privileges pg/public-grants judges (ALL includes them). */
const judge_pg_sql_DATA_PRIVILEGES = new Set(['select', 'insert', 'update', 'delete', 'truncate']);
/**
 * Procedural languages whose catalogue row is untrusted (lanpltrusted = false) as their extensions
 * ship them: plperlu, plpython(2|3)u, pltclu, PL/Java's javau, plsh and PL/R.
 */
const UNTRUSTED_LANGUAGES = new Set([
    'plperlu',
    'plpythonu',
    'plpython2u',
    'plpython3u',
    'pltclu',
    'javau',
    'plsh',
    'plr'
]);
/**
 * A server configuration the live settings checks all PASS on (a test keeps it so). ALTER SYSTEM in
 * a migration changes a few settings of a server whose postgresql.conf the scan may not see: each
 * change is judged over this baseline, so a FAIL/WARN means the statement itself weakens the server.
 */
const HARDENED_SETTINGS = new Map([
    ['ssl', 'on'],
    ['ssl_min_protocol_version', 'TLSv1.2'],
    ['password_encryption', 'scram-sha-256'],
    ['listen_addresses', 'localhost'],
    ['log_connections', 'on'],
    ['log_disconnections', 'on'],
    ['log_statement', 'ddl'],
    ['log_line_prefix', '%m [%p] %q%u@%d %h '],
    ['shared_preload_libraries', 'pgaudit'],
    ['pgaudit.log', 'ddl, write, role'],
    ['pgaudit.log_parameter', 'off']
]);
const judge_pg_sql_BASELINE_NOTE = 'judged as a change to an otherwise hardened configuration';
const PASS_TEXT = {
    [public_grants.meta.id]: 'No GRANT in this file gives PUBLIC a data privilege on a table or view.',
    [public_schema.meta.id]: 'No GRANT in this file lets PUBLIC CREATE in schema public.',
    [SCHEMA_CREATE.id]: 'No GRANT in this file gives PUBLIC CREATE on a schema, or a role CREATE on schema public.',
    [privileged_roles.meta.id]: 'No role statement in this file gives CREATEROLE, BYPASSRLS, REPLICATION or server file/program access.',
    [SUPERUSER_ROLE.id]: 'No role statement in this file gives SUPERUSER.',
    [security_definer.meta.id]: 'Every SECURITY DEFINER function in this file pins search_path.',
    [untrusted_languages.meta.id]: 'No statement in this file installs or uses an untrusted procedural language.',
    [C_FUNCTION.id]: 'No function in this file is written in C.',
    [SQL_PASSWORD.id]: 'No role statement in this file carries a literal password.',
    [pgaudit.meta.id]: 'No ALTER ROLE/DATABASE ... SET in this file lowers pgaudit.log or turns pgaudit.log_parameter on.',
    [CRDB_GRANT_ADMIN.id]: 'No GRANT in this file makes a user or role an admin.',
    [public_privileges.meta.id]: 'No GRANT in this file gives public a data privilege on a table.'
};
const strings = (list) => (list ?? []).map(n => n?.String?.sval).filter(Boolean);
function roleName(spec) {
    const r = spec?.RoleSpec ?? spec;
    switch (r?.roletype) {
        case 'ROLESPEC_CSTRING':
            return r.rolename;
        case 'ROLESPEC_PUBLIC':
            return 'PUBLIC';
        case 'ROLESPEC_CURRENT_USER':
            return 'CURRENT_USER';
        case 'ROLESPEC_CURRENT_ROLE':
            return 'CURRENT_ROLE';
        case 'ROLESPEC_SESSION_USER':
            return 'SESSION_USER';
        default:
            return '?';
    }
}
function constValue(c) {
    const a = c?.A_Const;
    if (!a)
        return undefined;
    // libpg_query's JSON leaves out zero and false values: an empty ival/boolval object is 0/false.
    if ('sval' in a)
        return a.sval.sval ?? '';
    if ('ival' in a)
        return String(a.ival.ival ?? 0);
    if ('fval' in a)
        return a.fval.fval;
    if ('boolval' in a)
        return a.boolval.boolval ? 'on' : 'off';
    return undefined;
}
/** The value of a `SET name = ...` (lists joined as the server joins them), or undefined if not literal. */
function setValue(set) {
    if (set?.kind !== 'VAR_SET_VALUE')
        return undefined;
    const values = (set.args ?? []).map(constValue);
    return values.some((v) => v === undefined) ? undefined : values.join(', ');
}
/** Internal type names as pg_get_function_identity_arguments spells them (what the live check shows). */
const TYPE_NAMES = {
    int2: 'smallint',
    int4: 'integer',
    int8: 'bigint',
    bool: 'boolean',
    float4: 'real',
    float8: 'double precision',
    varchar: 'character varying',
    bpchar: 'character',
    timestamptz: 'timestamp with time zone',
    timestamp: 'timestamp without time zone'
};
function typeName(t) {
    const names = strings(t?.names);
    const bare = names[0] === 'pg_catalog' && names.length === 2 ? (TYPE_NAMES[names[1]] ?? names[1]) : names.join('.');
    return bare + (t?.arrayBounds ? '[]' : '');
}
function functionName(stmt) {
    const args = (stmt.parameters ?? [])
        .map((p) => p.FunctionParameter)
        .filter((p) => p.mode !== 'FUNC_PARAM_OUT' && p.mode !== 'FUNC_PARAM_TABLE')
        .map((p) => typeName(p.argType));
    return `${strings(stmt.funcname).join('.')}(${args.join(', ')})`;
}
/** Collects placed verdicts per check and the first place each check looked at, for its PASS. */
class Verdicts {
    byCheck = new Map();
    looked = new Map();
    look(meta, where, object) {
        if (!this.looked.has(meta))
            this.looked.set(meta, { ...where, object });
    }
    add(meta, raw, where, object, annotation) {
        this.look(meta, where, object);
        const list = this.byCheck.get(meta) ?? [];
        list.push({ raw, line: where.line, column: where.column, object, ...(annotation ? { annotation } : {}) });
        this.byCheck.set(meta, list);
    }
}
/**
 * Judges parsed PostgreSQL statements. CockroachDB files pass the statements the PostgreSQL parser
 * accepted; for them only the judgements whose meaning holds on CockroachDB run (literal passwords,
 * GRANT admin); its settings come through SET CLUSTER SETTING, judged elsewhere.
 */
function judgePgStatements(stmts, file, ctx, major, dialect) {
    const v = new Verdicts();
    const roles = new Map();
    const definers = new Map();
    const systemChanges = new Map();
    const pg = dialect === 'postgres';
    const judgePassword = (s, verb, name, options) => {
        const where = { line: s.line, column: s.column };
        v.look(SQL_PASSWORD, where, `role ${name}`);
        for (const o of options) {
            const d = o.DefElem;
            // PASSWORD NULL has no arg; any string, clear text or a SCRAM/md5 hash, is a committed secret.
            if (d?.defname === 'password' && d.arg?.String) {
                v.add(SQL_PASSWORD, fail((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(verb)} ${name} sets a literal password: the secret is committed to the repository.`, name), s.at(d.location), `role ${name}`);
            }
        }
    };
    const judgeRole = (s, verb, name, options, isUser) => {
        const where = { line: s.line, column: s.column };
        const state = {
            ...(roles.get(name) ?? (verb.startsWith('CREATE') ? { canLogin: isUser } : {}))
        };
        const set = {};
        const memberOf = [];
        for (const o of options) {
            const d = o.DefElem;
            if (!d)
                continue;
            if (d.arg && 'Boolean' in d.arg)
                set[d.defname] = d.arg.Boolean.boolval === true;
            if (d.defname === 'addroleto')
                memberOf.push(...(d.arg?.List?.items ?? []).map(roleName));
        }
        if ('canlogin' in set)
            state.canLogin = set.canlogin;
        if ('superuser' in set)
            state.superuser = set.superuser;
        if ('createrole' in set)
            state.createRole = set.createrole;
        if ('bypassrls' in set)
            state.bypassRls = set.bypassrls;
        if ('isreplication' in set)
            state.replication = set.isreplication;
        roles.set(name, state);
        v.look(SUPERUSER_ROLE, where, `role ${name}`);
        v.look(privileged_roles.meta, where, `role ${name}`);
        if (set.superuser) {
            v.add(SUPERUSER_ROLE, warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(verb)} ${name} gives it SUPERUSER: it bypasses every permission check.`, name), where, `role ${name}`);
        }
        const raised = set.createrole || set.bypassrls || set.isreplication;
        const servers = memberOf.filter(r => judge_pg_sql_SERVER_ACCESS_ROLES.has(r));
        if (raised || servers.length)
            privileged(name, state, servers, where);
    };
    /** Runs the live pg/privileged-roles on the one role this statement changes. */
    const privileged = (name, state, servers, where) => {
        const role = {
            oid: 1,
            name,
            superuser: state.superuser === true,
            inherit: true,
            createRole: state.createRole === true,
            createDb: false,
            canLogin: name === 'PUBLIC' || state.canLogin === true,
            replication: state.replication === true,
            bypassRls: state.bypassRls === true,
            validUntil: null
        };
        const targets = servers.map((r, i) => ({
            ...role,
            oid: i + 2,
            name: r,
            superuser: false,
            canLogin: false,
            createRole: false,
            replication: false,
            bypassRls: false
        }));
        const memberships = targets.map(t => ({
            roleOid: t.oid,
            memberOid: 1,
            adminOption: false
        }));
        const facts = {
            roles: (0,core_facts/* available */.qC)([role, ...targets]),
            memberships: (0,core_facts/* available */.qC)(memberships)
        };
        const unknownLogin = state.canLogin === undefined && name !== 'PUBLIC';
        for (const f of evaluateCheck(privileged_roles, facts, ctx)) {
            if (f.status === 'PASS')
                continue;
            v.add(privileged_roles.meta, f, where, `role ${name}`, unknownLogin && servers.length
                ? `this file does not say whether ${name} can log in; a login role with this membership is superuser-equivalent (FAIL)`
                : undefined);
        }
    };
    const judgeGrant = (s, g, defaults) => {
        if (!g.is_grant)
            return;
        const where = { line: s.line, column: s.column };
        const privs = g.privileges
            ? g.privileges.map((p) => p.AccessPriv?.priv_name ?? '?')
            : ['all'];
        const grantees = (g.grantees ?? []).map(roleName);
        const toPublic = grantees.includes('PUBLIC');
        if (g.objtype === 'OBJECT_TABLE') {
            v.look(public_grants.meta, where, 'grants');
            const data = privs.filter(p => p === 'all' || judge_pg_sql_DATA_PRIVILEGES.has(p)).map(p => p.toUpperCase());
            if (!toPublic || data.length === 0)
                return;
            const names = g.targtype === 'ACL_TARGET_OBJECT'
                ? (g.objects ?? []).map((o) => [o.RangeVar?.schemaname, o.RangeVar?.relname].filter(Boolean).join('.'))
                : [];
            const list = (0,core_text/* raw */.lS)(data.join(', '));
            if (defaults || g.targtype === 'ACL_TARGET_DEFAULTS') {
                v.add(public_grants.meta, fail((0,core_text/* msg */.ab) `Default privileges grant ${list} on future tables to PUBLIC.`, 'defaults'), where, `default privileges TO PUBLIC`);
            }
            else if (g.targtype === 'ACL_TARGET_ALL_IN_SCHEMA') {
                for (const schema of strings(g.objects))
                    v.add(public_grants.meta, fail((0,core_text/* msg */.ab) `Every table in schema ${schema} grants ${list} to PUBLIC.`, schema), where, `all tables in schema ${schema} TO PUBLIC`);
            }
            else {
                for (const n of names)
                    v.add(public_grants.meta, fail((0,core_text/* msg */.ab) `Table ${n} grants ${list} to PUBLIC.`, n), where, `table ${n} TO PUBLIC`);
            }
        }
        else if (g.objtype === 'OBJECT_SCHEMA') {
            const create = privs.includes('create') || privs.includes('all');
            const schemas = defaults ? ['(future schemas)'] : strings(g.objects);
            for (const schema of schemas) {
                if (schema === 'public')
                    v.look(public_schema.meta, where, 'schema public');
                v.look(SCHEMA_CREATE, where, `schema ${schema}`);
                if (!create)
                    continue;
                if (schema === 'public' && toPublic) {
                    v.add(public_schema.meta, fail((0,core_text/* msg */.ab) `GRANT lets PUBLIC CREATE in schema public: any user can plant objects that shadow others' on the search_path.`, 'public'), where, 'schema public TO PUBLIC');
                }
                else if (toPublic) {
                    v.add(SCHEMA_CREATE, fail((0,core_text/* msg */.ab) `GRANT lets PUBLIC CREATE in schema ${schema}: any user can plant objects that shadow others' on the search_path.`, schema), where, `schema ${schema} TO PUBLIC`);
                }
                if (schema === 'public') {
                    for (const r of grantees.filter(x => x !== 'PUBLIC'))
                        v.add(SCHEMA_CREATE, warn((0,core_text/* msg */.ab) `GRANT lets ${r} CREATE in schema public: ${r} can plant objects that shadow others' on the search_path.`, r), where, `schema public TO ${r}`);
                }
            }
        }
    };
    /** crdb/public-privileges: a data privilege on a table to public, in the live check's words. */
    const judgeCrdbGrant = (s, g) => {
        if (!g.is_grant || g.objtype !== 'OBJECT_TABLE' || g.targtype !== 'ACL_TARGET_OBJECT')
            return;
        const where = { line: s.line, column: s.column };
        v.look(public_privileges.meta, where, 'grants');
        const privs = g.privileges
            ? g.privileges.map((p) => String(p.AccessPriv?.priv_name).toUpperCase())
            : ['ALL'];
        if (!(g.grantees ?? []).map(roleName).includes('PUBLIC') || !privs.some(p => CRDB_DATA_PRIVILEGES.has(p)))
            return;
        for (const o of g.objects ?? []) {
            const name = [o.RangeVar?.catalogname, o.RangeVar?.schemaname, o.RangeVar?.relname]
                .filter(Boolean)
                .join('.');
            v.add(public_privileges.meta, fail((0,core_text/* msg */.ab) `table ${name} grants ${(0,core_text/* raw */.lS)([...privs].sort().join(', '))} to public: every user can read or change it.`, name), where, `table ${name} TO public`);
        }
    };
    const judgeGrantRole = (s, g) => {
        if (!g.is_grant)
            return;
        const where = { line: s.line, column: s.column };
        const granted = (g.granted_roles ?? [])
            .map((p) => p.AccessPriv?.priv_name)
            .filter(Boolean);
        const grantees = (g.grantee_roles ?? []).map(roleName);
        if (!pg) {
            if (!granted.includes('admin'))
                return;
            for (const r of grantees)
                v.add(CRDB_GRANT_ADMIN, warn((0,core_text/* msg */.ab) `GRANT admin TO ${r} makes ${r} an admin: full control of the cluster.`, r), where, `admin TO ${r}`);
            return;
        }
        v.look(privileged_roles.meta, where, 'grants');
        const servers = granted.filter(r => judge_pg_sql_SERVER_ACCESS_ROLES.has(r));
        if (servers.length === 0)
            return;
        for (const r of grantees)
            privileged(r, roles.get(r) ?? {}, servers, where);
    };
    const judgeFunction = (s, f) => {
        const where = { line: s.line, column: s.column };
        const name = functionName(f);
        const opts = (f.options ?? []).map((o) => o.DefElem).filter(Boolean);
        const language = (opts.find(o => o.defname === 'language')?.arg?.String?.sval ?? 'sql').toLowerCase();
        const definer = opts.some(o => o.defname === 'security' && o.arg?.Boolean?.boolval === true);
        const pinned = opts.some(o => o.defname === 'set' && o.arg?.VariableSetStmt?.name === 'search_path');
        // SQL and PL/pgSQL are built in and trusted: such functions (most of a migration history) do not
        // make the language checks report a PASS for every file.
        if (language !== 'sql' && language !== 'plpgsql') {
            v.look(untrusted_languages.meta, where, `function ${name}`);
            v.look(C_FUNCTION, where, `function ${name}`);
        }
        if (UNTRUSTED_LANGUAGES.has(language)) {
            v.add(untrusted_languages.meta, warn((0,core_text/* msg */.ab) `Function ${name} is written in the untrusted language ${language}: it runs as the OS user of the server.`, name), where, `function ${name}`);
        }
        else if (language === 'c') {
            v.add(C_FUNCTION, warn((0,core_text/* msg */.ab) `Function ${name} is written in C: it loads native code into the server process.`, name), where, `function ${name}`);
        }
        if (definer) {
            v.look(security_definer.meta, where, `function ${name}`);
            if (!pinned) {
                v.add(security_definer.meta, warn((0,core_text/* msg */.ab) `SECURITY DEFINER function ${name} does not pin search_path.`, name), where, `function ${name}`);
                definers.set(strings(f.funcname).join('.'), {
                    index: v.byCheck.get(security_definer.meta).length - 1,
                    meta: security_definer.meta
                });
            }
        }
    };
    /** ALTER FUNCTION f SET search_path = ... later in the file pins a function created without it. */
    const judgeAlterFunction = (a) => {
        const name = strings(a.func?.objname).join('.');
        const pins = (a.actions ?? []).some((o) => o.DefElem?.defname === 'set' && o.DefElem.arg?.VariableSetStmt?.name === 'search_path');
        const pending = definers.get(name);
        if (pins && pending) {
            const list = v.byCheck.get(pending.meta);
            list.splice(pending.index, 1);
            definers.delete(name);
            for (const [k, d] of definers)
                if (d.index > pending.index)
                    definers.set(k, { ...d, index: d.index - 1 });
        }
    };
    const judgeAuditOverride = (s, role, database, set) => {
        const name = set?.name;
        if (name !== 'pgaudit.log' && name !== 'pgaudit.log_parameter')
            return;
        const value = setValue(set);
        const where = { line: s.line, column: s.column };
        const object = [role && `role:${role}`, database && `database:${database}`].filter(Boolean).join('@');
        v.look(pgaudit.meta, where, `${object} ${name}`);
        if (value === undefined)
            return;
        const o = { role, database, settings: { [name]: value } };
        const facts = { ...confFacts(HARDENED_SETTINGS, major), roleSettings: (0,core_facts/* available */.qC)([o]) };
        for (const f of evaluateCheck(pgaudit, facts, ctx))
            if (f.status !== 'PASS' && f.object === object)
                v.add(pgaudit.meta, f, where, `${object} ${name}`);
    };
    for (const s of stmts) {
        const [kind] = Object.keys(s.node);
        const n = s.node[kind];
        switch (kind) {
            case 'CreateRoleStmt': {
                const verb = n.stmt_type === 'ROLESTMT_USER'
                    ? 'CREATE USER'
                    : n.stmt_type === 'ROLESTMT_GROUP'
                        ? 'CREATE GROUP'
                        : 'CREATE ROLE';
                judgePassword(s, verb, n.role, n.options ?? []);
                if (pg)
                    judgeRole(s, verb, n.role, n.options ?? [], n.stmt_type === 'ROLESTMT_USER');
                break;
            }
            case 'AlterRoleStmt': {
                const name = roleName(n.role);
                judgePassword(s, 'ALTER ROLE', name, n.options ?? []);
                if (pg)
                    judgeRole(s, 'ALTER ROLE', name, n.options ?? [], false);
                break;
            }
            case 'GrantStmt':
                if (pg)
                    judgeGrant(s, n, false);
                else
                    judgeCrdbGrant(s, n);
                break;
            case 'AlterDefaultPrivilegesStmt':
                // The action is the GrantStmt's own fields (ACL_TARGET_DEFAULTS), not a wrapped node.
                if (pg && n.action)
                    judgeGrant(s, n.action, true);
                break;
            case 'GrantRoleStmt':
                judgeGrantRole(s, n);
                break;
            case 'CreateFunctionStmt':
                if (pg)
                    judgeFunction(s, n);
                break;
            case 'AlterFunctionStmt':
                if (pg)
                    judgeAlterFunction(n);
                break;
            case 'CreateExtensionStmt':
            case 'CreatePLangStmt': {
                if (!pg)
                    break;
                const where = { line: s.line, column: s.column };
                const lang = String(n.extname ?? n.plname).toLowerCase();
                v.look(untrusted_languages.meta, where, `language ${lang}`);
                const untrusted = kind === 'CreatePLangStmt' ? !n.pltrusted : UNTRUSTED_LANGUAGES.has(lang);
                if (untrusted)
                    v.add(untrusted_languages.meta, warn((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(kind === 'CreatePLangStmt' ? 'CREATE LANGUAGE' : 'CREATE EXTENSION')} ${lang} installs an untrusted language: its functions run as the OS user of the server.`, lang), where, `language ${lang}`);
                break;
            }
            case 'AlterSystemStmt': {
                if (!pg)
                    break;
                const value = setValue(n.setstmt);
                const name = String(n.setstmt?.name ?? '').toLowerCase();
                if (value !== undefined)
                    systemChanges.set(name, { value, line: s.line, column: s.column });
                break;
            }
            case 'AlterRoleSetStmt':
                if (pg)
                    judgeAuditOverride(s, n.role ? roleName(n.role) : 'ALL', n.database ?? null, n.setstmt);
                break;
            case 'AlterDatabaseSetStmt':
                if (pg)
                    judgeAuditOverride(s, null, n.dbname, n.setstmt);
                break;
            case 'CreateSchemaStmt':
                // GRANTs inside CREATE SCHEMA ... run as statements of their own.
                judgeNested(n.schemaElts ?? [], s);
                break;
            default:
                break;
        }
    }
    function judgeNested(elts, s) {
        for (const e of elts)
            if (e.GrantStmt && pg)
                judgeGrant(s, e.GrantStmt, false);
    }
    const out = [];
    for (const [meta, where] of v.looked) {
        const placed = v.byCheck.get(meta) ?? [];
        const bad = placed.filter(p => p.raw.status !== 'PASS');
        out.push(...emit(meta, bad.length
            ? placed
            : [
                {
                    raw: pass((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(PASS_TEXT[meta.id] ?? 'No statement in this file fails this check.')}`),
                    ...where
                }
            ], file, ctx));
    }
    if (systemChanges.size)
        out.push(...judgeAlterSystem(systemChanges, file, major, ctx));
    return out;
}
/**
 * ALTER SYSTEM SET through the live settings checks: the file's values (the last of each name wins,
 * as in postgresql.auto.conf) over HARDENED_SETTINGS, for every check that reads a changed setting.
 */
function judgeAlterSystem(changes, file, major, ctx) {
    const values = new Map(HARDENED_SETTINGS);
    for (const [name, c] of changes)
        values.set(name, c.value);
    const facts = confFacts(values, major);
    const out = [];
    for (const { check, settings } of CONF_CHECKS) {
        const changed = settings.filter(n => changes.has(n));
        if (changed.length === 0)
            continue;
        const placed = evaluateCheck(check, facts, ctx).map(f => {
            const name = f.object && changes.has(f.object) ? f.object : changed[0];
            const c = changes.get(name);
            return {
                raw: f,
                line: c.line,
                column: c.column,
                object: `ALTER SYSTEM ${f.object ?? name}`,
                annotation: judge_pg_sql_BASELINE_NOTE
            };
        });
        out.push(...emit(check.meta, placed, file, ctx));
    }
    return out;
}
/** For the README and tests: the live checks and scan checks SQL files are judged by. */
const SQL_CHECK_IDS = [
    public_grants.meta.id,
    public_schema.meta.id,
    privileged_roles.meta.id,
    security_definer.meta.id,
    untrusted_languages.meta.id,
    pgaudit.meta.id,
    SQL_PASSWORD.id,
    SUPERUSER_ROLE.id,
    SCHEMA_CREATE.id,
    C_FUNCTION.id,
    CRDB_GRANT_ADMIN.id,
    public_privileges.meta.id
];

;// CONCATENATED MODULE: ./src/scan/sql/sql-file.ts








/** Words without which no statement isCockroachOnly accepts can occur. */
const CRDB_WORDS = /cluster|experimental_audit|configure|upsert|changefeed/i;
/** Skips whitespace and comments from `i`: libpg_query's statement location may point before them. */
function firstToken(text, i) {
    for (;;) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (text.startsWith('--', i)) {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (text.startsWith('/*', i)) {
            let depth = 0;
            do {
                if (text.startsWith('/*', i)) {
                    depth++;
                    i += 2;
                }
                else if (text.startsWith('*/', i)) {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            } while (depth > 0 && i < text.length);
        }
        else
            return i;
    }
}
function sql_file_parseFinding(file, ctx, line, column, message) {
    return emit(PARSE, [
        {
            raw: info((0,core_text/* msg */.ab) `Could not parse line ${(0,core_text/* raw */.lS)(String(line))}: ${message}.`),
            line,
            column,
            object: 'parse'
        }
    ], file, ctx);
}
/**
 * A committed secret stays a FAIL when the file around it does not parse: role statements are read
 * token by token for PASSWORD followed by a string literal (nothing else is judged in such a file).
 */
function secretsIn(text, file, ctx, at) {
    let statements;
    try {
        statements = splitStatements(tokenize(text));
    }
    catch (error) {
        if (error instanceof SqlLexError)
            return [];
        throw error;
    }
    const placed = statements.flatMap(s => {
        const p = literalPassword(s);
        if (!p)
            return [];
        const verb = s.tokens
            .slice(0, 2)
            .map(t => t.value.toUpperCase())
            .join(' ');
        return [
            {
                raw: fail((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(verb)} ${p.name} sets a literal password: the secret is committed to the repository.`, p.name),
                ...at(p.at),
                object: `role ${p.name}`
            }
        ];
    });
    return emit(SQL_PASSWORD, placed, file, ctx);
}
/** The parser could not run: UNKNOWN and incomplete (exit 3), never a silent pass. */
function parserFault(file, ctx, message) {
    return emit(PARSE, [
        {
            raw: { status: 'UNKNOWN', detail: (0,core_text/* msg */.ab) `Could not judge the file: ${message}.`, incomplete: true },
            line: 1,
            column: 1,
            object: 'parser'
        }
    ], file, ctx);
}
/**
 * Judges one SQL file. PostgreSQL files go whole through the real parser: a file it rejects is one
 * INFO "could not parse" (the server would reject it too) and nothing else is guessed from it.
 * CockroachDB files are split with the lexer: its own statement forms are read token by token, every
 * other statement goes to the PostgreSQL parser, and statements neither reads are reported (one INFO
 * with the count and the first), never silently skipped.
 */
function judgeSqlFile(text, file, ctx, opts) {
    const at = lineIndex(text);
    let statements;
    let lexError;
    // The lexer splits CockroachDB files and detects them; a file without any word that a
    // CockroachDB-only statement needs cannot be one, and goes straight to the PostgreSQL parser.
    const lex = opts.engine === 'cockroachdb' || (opts.engine === undefined && CRDB_WORDS.test(text));
    if (lex) {
        try {
            statements = splitStatements(tokenize(text));
        }
        catch (error) {
            if (!(error instanceof SqlLexError))
                throw error;
            lexError = error;
        }
    }
    // An empty or comment-only file has nothing to judge (libpg_query calls an empty text an error).
    if ((statements && statements.length === 0) || text.trim() === '')
        return [];
    const dialect = opts.engine ?? (statements?.some(isCockroachOnly) ? 'cockroachdb' : 'postgres');
    if (dialect === 'postgres') {
        const parsed = parsePg(text);
        if (!parsed.ok && parsed.fault)
            return parserFault(file, ctx, parsed.message);
        if (!parsed.ok) {
            const toChar = byteToCharOffsets(text);
            const p = at(toChar(parsed.byteOffset));
            return byPlace([
                ...sql_file_parseFinding(file, ctx, p.line, p.column, parsed.message),
                ...secretsIn(text, file, ctx, at)
            ]);
        }
        const toChar = byteToCharOffsets(text);
        const stmts = parsed.stmts.map(s => ({
            node: s.stmt,
            ...at(firstToken(text, toChar(s.location))),
            at: (loc) => at(loc === undefined ? firstToken(text, toChar(s.location)) : toChar(loc))
        }));
        return byPlace(judgePgStatements(stmts, file, ctx, opts.pgVersion, 'postgres'));
    }
    if (!statements) {
        const p = at(lexError.offset);
        return sql_file_parseFinding(file, ctx, p.line, p.column, lexError.message);
    }
    const probe = parsePg('SELECT 1');
    if (!probe.ok && probe.fault)
        return parserFault(file, ctx, probe.message);
    const notJudged = [];
    const pgParsed = new Map();
    const pgParse = (s) => {
        let r = pgParsed.get(s);
        if (!r)
            pgParsed.set(s, (r = parsePg(text.slice(s.start, s.end))));
        return r;
    };
    const crdb = judgeCrdbStatements(statements, file, ctx, at, (s, message) => notJudged.push({ ...at(s.start), message }), s => {
        const r = pgParse(s);
        return r.ok ? undefined : r.message;
    });
    const stmts = [];
    for (const s of crdb.rest) {
        const r = pgParse(s);
        if (!r.ok)
            continue;
        const body = text.slice(s.start, s.end);
        const toChar = byteToCharOffsets(body);
        for (const p of r.stmts) {
            const start = s.start + firstToken(body, toChar(p.location));
            stmts.push({
                node: p.stmt,
                ...at(start),
                at: (loc) => at(loc === undefined ? start : s.start + toChar(loc))
            });
        }
    }
    const out = [...crdb.findings, ...judgePgStatements(stmts, file, ctx, opts.pgVersion, 'cockroachdb')];
    if (notJudged.length) {
        notJudged.sort((a, b) => a.line - b.line || a.column - b.column);
        const first = notJudged[0];
        out.push(...emit(PARSE, [
            {
                raw: info((0,core_text/* msg */.ab) `${(0,core_text/* count */.U9)(notJudged.length, 'statement')} ${(0,core_text/* raw */.lS)(notJudged.length === 1 ? 'was' : 'were')} not judged; the first, at line ${(0,core_text/* raw */.lS)(String(first.line))}: ${first.message}.`),
                line: first.line,
                column: first.column,
                object: 'not judged'
            }
        ], file, ctx));
    }
    return byPlace(out);
}
/** Findings in the order of the file (stable: one place keeps the checks' order). */
function byPlace(findings) {
    return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

;// CONCATENATED MODULE: ./src/scan/scan.ts











/** Finds the files it understands and judges each one whole (first match needs the whole file). */
async function scan(opts) {
    const found = discover(opts.root, opts.paths, opts);
    // The PostgreSQL parser is wasm: compiled once, and only when there is SQL to judge.
    if (found.files.some(c => c.kind === 'sql'))
        await loadPgParser();
    // The Terraform parser is Go compiled to wasm (tens of MB): its compilation starts now, on V8's
    // background threads, so that it overlaps the SQL files judged below instead of following them.
    // A failure to load is reported where the files are parsed (judgeTerraform); here it is dropped.
    if (found.files.some(c => c.kind === 'terraform' && c.rel.endsWith('.tf')))
        hclParser().catch(() => undefined);
    const findings = [];
    const scanned = [];
    const skipped = [...found.skipped];
    const hba = [];
    const tf = { terraform: [], terraform_plan: [] };
    // postgresql.conf and postgresql.auto.conf of one directory configure one server: judged together.
    const confByDir = new Map();
    for (const c of found.files) {
        const bytes = external_node_fs_default().readFileSync(c.abs);
        if (bytes.includes(0)) {
            skipped.push({ rel: c.rel, reason: 'binary (contains NUL bytes)' });
            continue;
        }
        const text = bytes.toString('utf8');
        scanned.push({ rel: c.rel, kind: c.kind });
        if (c.kind === 'pg_hba')
            hba.push({ text, file: c.rel });
        else if (c.kind === 'terraform' || c.kind === 'terraform_plan')
            tf[c.kind].push({ rel: c.rel, abs: c.abs, text });
        else if (c.kind === 'sql')
            findings.push(...judgeSqlFile(text, c.rel, opts.ctx, opts));
        else {
            const dir = external_node_path_default().posix.dirname(c.rel);
            const group = confByDir.get(dir) ?? [];
            group.push({ text, file: c.rel });
            confByDir.set(dir, group);
        }
    }
    for (const group of confByDir.values()) {
        // The server reads postgresql.conf first; postgresql.auto.conf (ALTER SYSTEM) overrides it.
        group.sort((a, b) => Number(a.file.endsWith('.auto.conf')) - Number(b.file.endsWith('.auto.conf')));
    }
    // pg_hba.conf knows includes from PostgreSQL 16 (before, an include line is an invalid record).
    const includes = new IncludeResolver(opts.root);
    const hbaIncludes = opts.pgVersion >= 16 ? includes : undefined;
    const byEntry = [];
    for (const h of hba) {
        // With the server's postgresql.conf beside it, the scan knows whether hostssl rules can match.
        const conf = confByDir.get(external_node_path_default().posix.dirname(h.file));
        const ssl = conf ? effectiveSetting(conf, 'ssl', opts.pgVersion, includes) : undefined;
        byEntry.push({
            entry: h.file,
            findings: judgeHbaFile(h.text, h.file, opts.ctx, ssl === undefined ? undefined : isOn(ssl), hbaIncludes)
        });
    }
    for (const group of confByDir.values())
        byEntry.push({
            entry: group[0].file,
            findings: judgeConfFiles(group, opts.pgVersion, opts.ctx, includes)
        });
    // A file another scanned file includes is judged as part of it, not again on its own.
    for (const e of byEntry)
        if (!includes.included.has(e.entry))
            findings.push(...e.findings);
    findings.push(...(await judgeTerraform(tf.terraform, tf.terraform_plan, opts.ctx)));
    return { findings, scanned, skipped };
}

;// CONCATENATED MODULE: ./src/github/annotations.ts


/** GitHub shows at most 10 error and 10 warning annotations per step (and 10 notices). */
const ANNOTATIONS_PER_LEVEL = 10;
const annotations_LEVEL = { FAIL: 'error', WARN: 'warning', UNKNOWN: 'notice' };
/**
 * Workflow annotations on the findings' lines: FAIL as errors, WARN as warnings, UNKNOWN as notices.
 * Beyond GitHub's 10 per level the rest would be dropped silently; the log says how many more.
 * Waived findings are not annotated.
 */
function annotate(findings) {
    const shown = { error: 0, warning: 0, notice: 0 };
    const more = { error: 0, warning: 0, notice: 0 };
    for (const f of findings) {
        const level = annotations_LEVEL[f.status];
        if (!level || (f.waiver && f.waiver.state === 'active'))
            continue;
        if (shown[level] >= ANNOTATIONS_PER_LEVEL) {
            more[level]++;
            continue;
        }
        shown[level]++;
        core[level](`${f.checkId}: ${f.detail.text}`, {
            title: `${f.title} (db-posture ${f.status})`,
            file: f.file,
            startLine: f.line,
            startColumn: f.column
        });
    }
    for (const level of ['error', 'warning', 'notice'])
        if (more[level])
            core.info(`db-posture: ${(0,core_text/* plural */.LS)(more[level], `more ${level} annotation`, `more ${level} annotations`)} not shown (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level and step); the job summary and the report list every finding.`);
    return more;
}

;// CONCATENATED MODULE: ./src/github/pr-files.ts
/**
 * The new-side lines a unified diff adds (`+`): hunks `@@ -a,b +c,d @@` count context and added
 * lines on the new side; removed lines have no new-side line.
 */
function addedLines(patch) {
    const out = new Set();
    let line = 0;
    let inHunk = false;
    for (const text of patch.split('\n')) {
        const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
        if (h) {
            line = Number(h[1]);
            inHunk = true;
            continue;
        }
        if (!inHunk)
            continue;
        if (text.startsWith('+'))
            out.add(line++);
        else if (text.startsWith(' '))
            line++;
        // '-' (removed) and '\ No newline at end of file' take no new-side line.
    }
    return out;
}
/** Every file of the pull request (GitHub pages them 100 at a time, up to 3000 files). */
async function listPullRequestFiles(gh, where) {
    const files = await gh.paginate(gh.rest.pulls.listFiles, {
        owner: where.owner,
        repo: where.repo,
        pull_number: where.number,
        per_page: 100
    });
    return files.map(f => ({
        path: f.filename,
        status: f.status,
        ...(typeof f.patch === 'string' ? { lines: addedLines(f.patch) } : {})
    }));
}

;// CONCATENATED MODULE: ./src/github/scan-action.ts



























const SCAN_SCOPES = ['changed', 'all'];
const GLOB = /[*?[\]{}!]/;
/**
 * The `scan` input (globs or paths, one per line or comma-separated) and `scan-scope`; undefined
 * when `scan` is empty. Paths are checked against the workspace before anything runs.
 */
function readScanSettings() {
    const given = input('scan');
    if (given === undefined)
        return undefined;
    const entries = given
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(Boolean);
    if (!entries.length)
        throw new errors/* UsageError */.eb(`Invalid input scan ${JSON.stringify(given)}: expected globs or paths, one per line.`);
    const scope = (input('scan-scope') ?? 'changed').trim().toLowerCase();
    if (!SCAN_SCOPES.includes(scope))
        throw new errors/* UsageError */.eb(`Invalid input scan-scope ${JSON.stringify(input('scan-scope'))}: expected ${SCAN_SCOPES.join(' or ')}.`);
    const root = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const include = entries.filter(e => GLOB.test(e));
    const paths = entries.filter(e => !GLOB.test(e));
    for (const p of paths) {
        const abs = external_node_path_default().resolve(root, p);
        if (external_node_path_default().relative(root, abs).startsWith('..'))
            throw new errors/* UsageError */.eb(`Invalid input scan ${JSON.stringify(p)}: the path is outside the workspace ${root}.`);
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new errors/* UsageError */.eb(`Invalid input scan ${JSON.stringify(p)}: no such file or directory in the workspace ${root} (check out the repository first).`);
    }
    const gate = {
        failOn: oneOf('fail-on', FAIL_ON, 'fail'),
        failOnStale: booleanInput('fail-on-stale', false)
    };
    return { paths: paths.length ? paths : ['.'], include, scope: scope, root, gate };
}
function oneOf(name, allowed, fallback) {
    const v = input(name)?.trim();
    if (v === undefined)
        return fallback;
    if (allowed.includes(v))
        return v;
    throw new errors/* UsageError */.eb(`Invalid input ${name} ${JSON.stringify(v)}: expected one of ${allowed.join(', ')}.`);
}
/** The policy context (environment, data-sensitivity, compliance) the scan's severities follow. */
function scanContext(now) {
    const compliance = (input('compliance') ?? '')
        .split(',')
        .map(s => s.trim())
        .filter(Boolean)
        .map(c => {
        if (!COMPLIANCE.includes(c))
            throw new errors/* UsageError */.eb(`Invalid input compliance ${JSON.stringify(c)}: expected one of ${COMPLIANCE.join(', ')}.`);
        return c;
    });
    return {
        auditedAt: now,
        deployment: 'self-hosted',
        environment: oneOf('environment', ENVIRONMENTS, 'production'),
        dataSensitivity: oneOf('data-sensitivity', SENSITIVITIES, 'internal'),
        compliance,
        targetName: 'scan',
        attestation: noAttestations
    };
}
/** The pull request's changed files, or undefined (then every file is judged) with a warning saying why. */
async function changedFiles(ctx, token, timeoutMs, redactor) {
    if (!ctx.pullRequest || !ctx.repository)
        return undefined;
    if (!token) {
        core.warning('db-posture: no github-token input: the pull request files are unknown, so every scanned file is judged (scan-scope all).');
        return undefined;
    }
    const gh = actionGitHubClient({
        token: token,
        apiUrl: ctx.apiUrl,
        timeoutMs: timeoutMs,
        redactor: redactor
    });
    try {
        return await listPullRequestFiles(gh, { ...ctx.repository, number: ctx.pullRequest.number });
    }
    catch (error) {
        core.warning(`db-posture: the pull request files could not be listed (${redactor.scrub(describeRequestError(error, ctx.apiUrl))}), so every scanned file is judged (scan-scope all).`);
        return undefined;
    }
}
/** The findings on lines the pull request adds or changes (a file without a patch counts whole). */
function onChangedLines(findings, files) {
    const byPath = new Map(files.filter(f => f.status !== 'removed').map(f => [f.path, f]));
    return findings.filter(f => {
        const c = byPath.get(f.file);
        return !!c && (c.lines === undefined || c.lines.has(f.line));
    });
}
/**
 * `scan:` in the action. Judges the files the globs select, each whole; on a pull request with
 * `scan-scope: changed` reports only findings on the lines it changes. Writes markdown, JSON,
 * SARIF and JUnit, annotations, the job summary and the "Configuration in this pull request"
 * comment, and sets the outputs; the caller applies the gate from the verdict.
 */
async function runScanAction(deps, settings, publish, ctx, token, redactor, outputs) {
    const now = deps.now();
    const checkCtx = scanContext(now);
    const outDir = external_node_path_default().resolve(input('out-dir') ?? external_node_path_default().join(process.env.RUNNER_TEMP ?? '.', 'db-posture', ctx.job ?? 'scan'));
    checkOutputDirectory(outDir, 'input out-dir');
    checkOutputFile(publish.sarifFile, 'sarif-file');
    checkOutputFile(publish.junitFile, 'junit-file');
    const baselineFile = input('baseline') ?? DEFAULT_BASELINE;
    const catalogue = checkCatalogue();
    const baseline = await loadBaseline(external_node_path_default().resolve(settings.root, baselineFile), baselineFile !== DEFAULT_BASELINE, { ...catalogue, now });
    const scope = settings.scope === 'changed'
        ? await changedFiles(ctx, token, publish.comment.timeoutMs, redactor)
        : undefined;
    core.info(`db-posture: scanning ${(settings.include.length && settings.paths.join() === '.' ? settings.include : [...settings.paths, ...settings.include]).join(', ')} in ${settings.root}`);
    const whole = await scan({
        root: settings.root,
        paths: settings.paths,
        include: settings.include,
        exclude: [],
        pgVersion: 17,
        ctx: checkCtx
    });
    const inScope = scope ? onChangedLines(whole.findings, scope) : whole.findings;
    const { findings, outcome } = applyScanBaseline(inScope, baseline, now);
    // The report names the baseline as the workflow does (repository-relative), not by runner path.
    const report = {
        ...whole,
        findings,
        ...(baseline ? { baseline: { ...outcome, file: baselineFile } } : {})
    };
    const count = (s) => findings.filter(f => f.status === s).length;
    const gate = judgeScanGate(findings, outcome, settings.gate);
    const { unwaivedFails, incomplete } = gate;
    const outside = whole.findings.length - inScope.length;
    const scopeLine = scope
        ? `Scope: the ${(0,core_text/* plural */.LS)(scope.length, 'file')} this pull request changes, findings on changed lines only${outside ? ` (${(0,core_text/* plural */.LS)(outside, 'finding')} elsewhere not reported; scan-scope: all shows them)` : ''}.`
        : 'Scope: every scanned file.';
    const markdown = `${renderScanMarkdown(report)}\n${scopeLine}\n`;
    // Reports: the same writers as `db-posture scan`, one file per format.
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const base = external_node_path_default().join(outDir, 'db-posture-scan');
    const files = {
        markdown: `${base}.md`,
        json: `${base}.json`,
        sarif: `${base}.sarif`,
        junit: `${base}.junit.xml`
    };
    const sarif = renderScanSarif(report);
    const junit = renderScanJunit(report);
    await (0,promises_.writeFile)(files.markdown, redactor.scrub(markdown));
    await (0,promises_.writeFile)(files.json, redactor.scrub(renderScanJson(report)));
    await (0,promises_.writeFile)(files.sarif, redactor.scrub(sarif));
    await (0,promises_.writeFile)(files.junit, redactor.scrub(junit));
    const copy = async (target, content, own) => {
        if (!target)
            return own;
        const file = external_node_path_default().resolve(target);
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, redactor.scrub(content));
        return file;
    };
    outputs['report-markdown'] = files.markdown;
    outputs['report-json'] = files.json;
    outputs['sarif-file'] = await copy(publish.sarifFile, sarif, files.sarif);
    outputs['junit-file'] = await copy(publish.junitFile, junit, files.junit);
    outputs['fail-count'] = String(count('FAIL'));
    outputs['warn-count'] = String(count('WARN'));
    outputs['unknown-count'] = String(count('UNKNOWN'));
    outputs['unwaived-fail-count'] = String(unwaivedFails);
    outputs['stale-count'] = String(outcome.stale.length);
    const failed = !incomplete && !gate.passed;
    outputs.passed = String(gate.passed);
    outputs.result = incomplete ? 'incomplete' : failed ? 'scanned-failed' : 'scanned-passed';
    annotate(findings);
    const why = artifactUnavailable(process.env);
    let uploaded = false;
    if (!why) {
        try {
            const name = input('artifact-name') ?? `db-posture-scan${ctx.job ? `-${ctx.job}` : ''}`;
            const { id } = await deps.uploader.upload(name, Object.values(files), outDir);
            uploaded = true;
            if (id !== undefined)
                outputs['artifact-id'] = String(id);
        }
        catch (error) {
            core.warning(`db-posture: scan report artifact not uploaded: ${redactor.scrub(error.message)}`);
        }
    }
    if (publish.jobSummary) {
        try {
            // Only an upload that worked puts the report in an artifact.
            const where = fullReportWhere(external_node_path_default().basename(files.markdown), uploaded);
            await core.summary.addRaw(capSummary(redactor.scrub(markdown), where)).write();
        }
        catch (error) {
            core.warning(`db-posture: job summary not written: ${error.message}`);
        }
    }
    await publishScanComment(markdown, ctx, token, publish, redactor, outputs, failed || incomplete);
    return { failed, incomplete, reasons: gate.reasons, reported: findings.length };
}
/** The sticky "Configuration in this pull request" comment (its own marker, beside the audit's). */
async function publishScanComment(markdown, ctx, token, publish, redactor, outputs, failed) {
    const mode = publish.comment.mode;
    if (mode === 'off' || !ctx.pullRequest || !ctx.repository)
        return;
    if (ctx.pullRequest.fromFork) {
        core.notice('db-posture: pull request from a fork: the workflow token is read-only, so no comment was posted; the annotations and the job summary carry the findings.');
        return;
    }
    if (!token) {
        core.warning('db-posture: no github-token input; the pull-request comment was skipped.');
        return;
    }
    const gh = actionGitHubClient({
        token: token,
        apiUrl: ctx.apiUrl,
        timeoutMs: publish.comment.timeoutMs,
        redactor: redactor
    });
    const body = markdown.replace(/^## Configuration scan/, '## Configuration in this pull request');
    const run = runUrl(ctx);
    try {
        const outcome = await upsertStickyComment(gh, {
            owner: ctx.repository.owner,
            repo: ctx.repository.repo,
            issue: ctx.pullRequest.number,
            target: 'configuration-scan',
            body: redactor.scrub(body),
            links: run ? `[Workflow run](${run})` : '',
            mode,
            passed: !failed,
            graphqlUrl: ctx.graphqlUrl,
            apiUrl: ctx.apiUrl
        });
        if ('id' in outcome && outcome.id !== undefined && outcome.action !== 'deleted') {
            outputs['comment-id'] = String(outcome.id);
            if ('url' in outcome && outcome.url)
                outputs['comment-url'] = outcome.url;
        }
        else if (outcome.action === 'skipped')
            core.warning(`db-posture: pull-request comment skipped: ${redactor.scrub(outcome.reason)}`);
    }
    catch (error) {
        core.warning(`db-posture: pull-request comment failed: ${redactor.scrub(error.message)}`);
    }
}

;// CONCATENATED MODULE: ./src/main.ts



























/** Progress goes to the job log. */
const actionProgress = {
    step: label => core.info(`db-posture: ${label}`),
    count: (label, done, total) => {
        if (done === total || done % 25 === 0)
            core.info(`db-posture: ${label} ${done}/${total}`);
    },
    warn: message => core.warning(message)
};
const defaultDeps = {
    uploader: actionsArtifactUploader,
    now: () => new Date(),
    hooks: {},
    context: () => readRunContext()
};
/**
 * The action: settings (src/github/action-settings.ts) -> one of three modes. `audit` runs the
 * audit, publishes the report files, artifact, job summary, PR comment and outputs, and only then
 * applies the gate, so that everything is published before the step fails; `merge` and `matrix`
 * are the fleet modes (src/fleet), which set their own outputs.
 */
async function run(overrides = {}) {
    const deps = { ...defaultDeps, ...overrides };
    const redactor = new Redactor();
    const outputs = initialOutputs();
    let jobSummary = true;
    let ownOutputs = false;
    let detect;
    try {
        const secrets = readSecrets();
        registerSecrets(redactor, [secrets.url, secrets.cloudApiKey, secrets.couchbasePassword, secrets.token]);
        const mode = readRunMode();
        if (mode !== 'audit') {
            // The fleet modes set their own outputs, after these defaults.
            setOutputs(outputs);
            ownOutputs = true;
            return await runFleetMode(mode, deps, secrets.token, redactor);
        }
        const ctx = deps.context();
        jobSummary = readJobSummary();
        // scan: without a target the run is the scan alone: no database, no secret (fork-safe).
        const scanSettings = readScanSettings();
        // The detection inputs (rules, hunt-logs): src/github/detect-action.ts.
        detect = await DetectSession.fromInputs(deps.now(), detectOutDir(ctx.job));
        if (scanSettings && !hasTarget(secrets)) {
            const publishTo = readPublishSettings(jobSummary);
            const verdict = await runScanAction(deps, scanSettings, publishTo, ctx, secrets.token, redactor, outputs);
            if (detect.requested)
                await detect.run({ now: deps.now(), jobSummary, redactor });
            applyScanGate(verdict);
            return applyDetectGate(detect);
        }
        if (detect.requested && detectionsOnly(secrets))
            return await runDetectionsOnly(detect, deps.now(), jobSummary, redactor, outputs);
        const settings = readAuditSettings(secrets, ctx, jobSummary);
        if (settings.kind === 'skip')
            return await skip(settings.reason, jobSummary, outputs);
        const report = await audit(deps, settings, redactor, jobSummary, ctx, secrets.token);
        await publish(deps, report, settings, secrets.token, ctx, redactor, outputs, detect.coverageSections(report));
        // With a target too, the scan publishes beside the audit; the outputs stay the audit's.
        const scanned = scanSettings
            ? await runScanAction(deps, scanSettings, settings.publish, ctx, secrets.token, redactor, initialOutputs())
            : undefined;
        await detect.run({ report, now: deps.now(), jobSummary, redactor });
        applyGate(report);
        if (scanned)
            applyScanGate(scanned);
        applyDetectGate(detect);
    }
    catch (error) {
        await reportFailure(error, redactor, jobSummary);
    }
    finally {
        if (!ownOutputs) {
            setOutputs(outputs);
            if (detect)
                detect.publishOutputs();
            else
                publishDetectDefaults();
        }
    }
}
/** Rules test and hunt without an audit target (pull requests, forks included; scheduled hunts). */
async function runDetectionsOnly(detect, now, jobSummary, redactor, outputs) {
    core.info('db-posture: no audit target given; running the detection inputs only.');
    await detect.run({ now, jobSummary, redactor });
    outputs.result = 'skipped';
    outputs.passed = String(detect.failures.length === 0);
    applyDetectGate(detect);
}
/** A failing rule test or a detection at or above hunt-fail-on fails the step (exit 1). */
function applyDetectGate(detect) {
    if (detect.failures.length === 0)
        return;
    core.setFailed(`db-posture detections failed: ${detect.failures.join('; ')}.`);
    if (!process.exitCode)
        process.exitCode = errors/* EXIT */.dc.GATE_FAILED;
}
async function runFleetMode(mode, deps, token, redactor) {
    if (mode === 'matrix')
        return await runMatrixAction();
    const downloader = deps.downloader ?? actionsArtifactDownloader;
    await runMergeAction({ uploader: deps.uploader, now: deps.now, downloader, issues: deps.issues ?? restIssueApiFactory }, token, redactor);
}
/** A fork pull request without secrets: a neutral skip that says why. */
async function skip(reason, jobSummary, outputs) {
    if (jobSummary)
        await writeSummary(`### db-posture: skipped\n\nNothing was audited: ${reason}.\n`);
    core.notice(`db-posture skipped: ${reason}.`);
    outputs.result = 'skipped';
    outputs.passed = 'true';
}
/** Baseline and reference are read before anything connects; a target error is summarised. */
async function audit(deps, settings, redactor, jobSummary, ctx, token) {
    const { options } = settings;
    const now = deps.now();
    const baseline = await loadBaselineFor(options, checkCatalogue(), now);
    // A path, or `auto`: the newest successful run's artifact (src/github/reference-report.ts).
    const reference = await resolveReference(options, {
        ctx,
        token,
        timeoutMs: settings.publish.comment.timeoutMs,
        redactor,
        downloader: deps.referenceDownloader ?? actionsReferenceDownloader,
        ...(settings.publish.artifactName !== undefined
            ? { artifactNameInput: settings.publish.artifactName }
            : {})
    });
    try {
        const report = await runAudit(await selectEngine(options, redactor, deps.hooks), options, {
            progress: actionProgress,
            redactor,
            now,
            baseline,
            reference
        });
        reportUnusedReference(reference, report.comparison !== undefined, options.gate);
        return report;
    }
    catch (error) {
        if (error instanceof errors/* TargetError */.I0 && jobSummary) {
            await writeSummary(`### db-posture: target could not be audited\n\nNo finding was evaluated, so nothing passed. What happened:\n\n${inertBlock(redactor.scrub(asInputNames(error.message)))}\n`);
        }
        throw error;
    }
}
/** Report files, counts, artifact, job summary, PR comment and tracking issue, in that order. */
async function publish(deps, report, settings, token, ctx, redactor, outputs, markdownSections = []) {
    const { options, publish: to } = settings;
    const outDir = external_node_path_default().resolve(options.outDir);
    const written = await writeReports(report, options.formats, outDir, redactor, {
        repositoryRoot: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        markdownSections
    });
    const mdFile = written.markdown.file;
    outputs['report-markdown'] = mdFile;
    outputs['report-json'] = written.json.file;
    outputs['sarif-file'] = await copyTo(to.sarifFile, written.sarif);
    outputs['junit-file'] = await copyTo(to.junitFile, written.junit);
    outputs['fail-count'] = String(report.summary.FAIL);
    outputs['warn-count'] = String(report.summary.WARN);
    outputs['unwaived-fail-count'] = String(report.gate.unwaivedFails);
    outputs['stale-count'] = String(report.gate.staleWaivers);
    outputs['unknown-count'] = String(report.summary.UNKNOWN);
    const { passed, incomplete } = main_verdict(report);
    outputs.passed = String(passed);
    outputs.result = incomplete ? 'incomplete' : passed ? 'audited-passed' : 'audited-failed';
    const upload = await uploadReports(deps, report, written, outDir, ctx, to.artifactName);
    const artifactId = upload.id;
    const run = runUrl(ctx);
    const artifact = artifactId !== undefined ? artifactUrl(ctx, artifactId) : undefined;
    if (artifactId !== undefined)
        outputs['artifact-id'] = String(artifactId);
    if (artifact)
        outputs['artifact-url'] = artifact;
    const links = {
        ...(run ? { run } : {}),
        ...(artifact ? { artifact } : {}),
        report: external_node_path_default().basename(mdFile),
        uploaded: upload.uploaded
    };
    // A pull request that edits the baseline: its waiver review (src/github/baseline-changes.ts).
    const changes = await baselineChangesSection({
        options,
        report,
        ctx,
        token,
        timeoutMs: to.comment.timeoutMs,
        redactor,
        now: new Date(report.context.auditedAt),
        workspace: process.env.GITHUB_WORKSPACE ?? process.cwd()
    });
    const extra = changes ? `\n\n${changes.markdown}` : '';
    if (to.jobSummary) {
        const budget = SUMMARY_BUDGET - Buffer.byteLength(extra, 'utf8');
        await writeSummary(redactor.scrub(renderSummary(report, {
            reportName: external_node_path_default().basename(mdFile),
            uploaded: upload.uploaded,
            budget,
            sections: markdownSections
        })) + extra);
    }
    const comment = await publishComment(report, ctx, {
        token,
        ...to.comment,
        links,
        redactor,
        ...(changes ? { extra: changes.comment } : {})
    });
    if (comment.id !== undefined)
        outputs['comment-id'] = String(comment.id);
    if (comment.url)
        outputs['comment-url'] = comment.url;
    if (to.issue) {
        const subject = targetIssue(toJsonReport(report), {
            ...(run ? { run } : {}),
            ...(artifact ? { report: artifact } : {})
        });
        await publishIssues([subject], ctx, token, deps.issues ?? restIssueApiFactory, redactor, run);
    }
}
/** An incomplete audit (a fault stopped a check) fails whatever fail-on says, as the CLI's exit 3. */
function main_verdict(report) {
    const incomplete = report.gate.incomplete > 0;
    return { incomplete, passed: !incomplete && (report.gate.passed || report.gate.failOn === 'never') };
}
/** The gate, applied last: everything is published before the step fails. */
function applyGate(report) {
    const { passed, incomplete } = main_verdict(report);
    if (incomplete) {
        core.setFailed(`db-posture audit of ${report.target.name} is incomplete, so the gate fails: ${gateReasons(report).join(', ')}.`);
        process.exitCode = errors/* EXIT */.dc.TARGET;
    }
    else if (!passed) {
        core.setFailed(`db-posture gate failed for ${report.target.name}: ${gateReasons(report).join(', ')}.`);
        process.exitCode = errors/* EXIT */.dc.GATE_FAILED;
    }
}
/** The scan's gate (fail-on, fail-on-stale, expired waivers) fails the step (exit 1), an incomplete scan exit 3. */
function applyScanGate(v) {
    if (v.incomplete) {
        core.setFailed('db-posture configuration scan is incomplete (a judgement failed), so the gate fails.');
        process.exitCode = errors/* EXIT */.dc.TARGET;
    }
    else if (v.failed) {
        core.setFailed(`db-posture configuration scan: ${v.reasons.join(', ')}.`);
        // An audit gate already set 1 or 3; a scan FAIL alone is 1.
        if (!process.exitCode)
            process.exitCode = errors/* EXIT */.dc.GATE_FAILED;
    }
}
/** One failed-step line naming the kind of failure, the documented exit code, and for usage errors a summary. */
async function reportFailure(error, redactor, jobSummary) {
    const e = error;
    const [kind, code] = error instanceof errors/* UsageError */.eb
        ? ['configuration error', errors/* EXIT */.dc.USAGE]
        : error instanceof errors/* TargetError */.I0
            ? ['target could not be audited', errors/* EXIT */.dc.TARGET]
            : ['internal error', errors/* EXIT */.dc.INTERNAL];
    const text = redactor.scrub(asInputNames(e?.message ?? String(error)));
    if (error instanceof errors/* UsageError */.eb && jobSummary) {
        await writeSummary(`### db-posture: configuration error\n\nNothing was audited:\n\n${inertBlock(text)}\n`);
    }
    core.setFailed(`db-posture ${kind}: ${text}`);
    process.exitCode = code;
}
async function uploadReports(deps, report, written, outDir, ctx, artifactNameInput) {
    const name = artifactName(report.target.name, ctx.job, artifactNameInput);
    const why = artifactUnavailable(process.env);
    if (why) {
        core.warning(`db-posture: report artifact not uploaded: ${why}. The reports are in ${outDir}.`);
        return { uploaded: false };
    }
    const files = Object.values(written).map(w => w.file);
    try {
        const { id } = await deps.uploader.upload(name, files, outDir);
        core.info(`db-posture: uploaded artifact ${name}${id !== undefined ? ` (id ${id})` : ''}`);
        return { uploaded: true, ...(id !== undefined ? { id } : {}) };
    }
    catch (error) {
        const text = error.message ?? String(error);
        const hint = /409|already exists/i.test(text)
            ? ' Another job or matrix leg used the same name: set the artifact-name input (for example with the matrix value).'
            : '';
        core.warning(`db-posture: report artifact ${name} could not be uploaded: ${text}.${hint}`);
        return { uploaded: false };
    }
}
/** Copies a rendered report to a path the workflow asked for (sarif-file, junit-file), else returns ours. */
async function copyTo(target, rendered) {
    if (!target)
        return rendered.file;
    const file = external_node_path_default().resolve(target);
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, rendered.content);
    return file;
}


/***/ }),

/***/ 59663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ proxyAwareFetch),
/* harmony export */   aj: () => (/* binding */ httpRequest)
/* harmony export */ });
/* unused harmony exports proxyFor, networkFailure */
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44942);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46752);


/** The proxy a request to `url` goes through, or undefined when it goes direct. */
function proxyFor(url) {
    const proxy = (0,_actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s_)(url.href);
    return proxy ? new URL(proxy) : undefined;
}
const dispatchers = new Map();
function dispatcherFor(url, ca) {
    const proxy = proxyFor(url);
    const key = `${proxy?.href ?? 'direct'}\u0000${ca ?? ''}`;
    let dispatcher = dispatchers.get(key);
    if (!dispatcher) {
        const tls = ca ? { ca } : {};
        dispatcher = proxy ? new undici__WEBPACK_IMPORTED_MODULE_1__.ProxyAgent({ uri: proxy.href, requestTls: tls }) : new undici__WEBPACK_IMPORTED_MODULE_1__.Agent({ connect: tls });
        dispatchers.set(key, dispatcher);
    }
    return proxy ? { dispatcher, proxy } : { dispatcher };
}
const WORDS = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed (temporary DNS failure)',
    ECONNRESET: 'connection reset by the server',
    EPIPE: 'connection closed by the server',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable'
};
/** undici's own codes, as the OS codes users know. */
const UNDICI_CODES = {
    UND_ERR_CONNECT_TIMEOUT: 'ETIMEDOUT',
    UND_ERR_HEADERS_TIMEOUT: 'ETIMEDOUT',
    UND_ERR_BODY_TIMEOUT: 'ETIMEDOUT',
    UND_ERR_SOCKET: 'ECONNRESET',
    UND_ERR_CLOSED: 'ECONNRESET'
};
/** Classifies a failed request; exported for the Octokit fetch below and for tests. */
function networkFailure(error, ctx) {
    if (ctx.timedOut) {
        return { code: 'ETIMEDOUT', message: `no answer within ${ctx.timeoutMs} ms` };
    }
    let e = error;
    // fetch wraps the socket error in a TypeError("fetch failed"); the cause is what happened.
    while (e && !e.code && e.cause && typeof e.cause === 'object')
        e = e.cause;
    const raw = e?.code ?? 'ERROR';
    const code = UNDICI_CODES[raw] ?? raw;
    const text = e?.message ?? String(error);
    const proxy = ctx.proxy;
    if (proxy) {
        const atProxy = /Proxy response|Proxy Authentication/i.test(text) ||
            (e?.port !== undefined &&
                String(e.port) === (proxy.port || (proxy.protocol === 'https:' ? '443' : '80')));
        if (atProxy) {
            return {
                code: 'EPROXY',
                message: `the proxy ${proxy.host} (from HTTPS_PROXY/HTTP_PROXY) failed: ${WORDS[code] ?? text} (${code})`
            };
        }
    }
    if (code === 'ETIMEDOUT')
        return { code, message: `no answer within ${ctx.timeoutMs} ms` };
    const words = WORDS[code];
    const via = proxy ? ` via the proxy ${proxy.host}` : '';
    // The caller names the server; we name what happened.
    return { code, message: `${words ? `${words} (${code})` : text}${via}` };
}
/** One HTTP request; never throws for network failures (they are a `network` result). */
async function httpRequest(target, o) {
    const url = typeof target === 'string' ? new URL(target) : target;
    const { dispatcher, proxy } = dispatcherFor(url, o.ca);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, o.timeoutMs);
    try {
        const res = await (0,undici__WEBPACK_IMPORTED_MODULE_1__.request)(url, {
            method: (o.method ?? 'GET'),
            ...(o.headers ? { headers: o.headers } : {}),
            ...(o.body !== undefined ? { body: o.body } : {}),
            dispatcher,
            signal: controller.signal,
            headersTimeout: o.timeoutMs,
            bodyTimeout: o.timeoutMs
        });
        const text = await res.body.text();
        return { kind: 'http', status: res.statusCode, headers: res.headers, text };
    }
    catch (error) {
        return {
            kind: 'network',
            ...networkFailure(error, { url, ...(proxy ? { proxy } : {}), timeoutMs: o.timeoutMs, timedOut })
        };
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * A fetch for Octokit (its `request.fetch` option) on the same proxy rules and deadline. A failure
 * is thrown as an Error whose message names the cause, which Octokit puts in its RequestError.
 */
function proxyAwareFetch(timeoutMs) {
    return async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const headers = {};
        new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).forEach((v, k) => (headers[k] = v));
        const body = init?.body;
        const result = await httpRequest(url, {
            method: init?.method ?? (input instanceof Request ? input.method : 'GET'),
            headers,
            ...(typeof body === 'string' ? { body } : {}),
            timeoutMs
        });
        if (result.kind === 'network') {
            throw Object.assign(new Error(result.message), { code: result.code });
        }
        const out = new Headers();
        for (const [k, v] of Object.entries(result.headers)) {
            if (Array.isArray(v))
                v.forEach(x => out.append(k, x));
            else if (v !== undefined)
                out.set(k, v);
        }
        // A Response cannot carry a body on 204/304.
        const empty = result.status === 204 || result.status === 304;
        return new Response(empty ? null : result.text, { status: result.status, headers: out });
    };
}


/***/ }),

/***/ 51108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ parseEndpoint),
/* harmony export */   tb: () => (/* binding */ describeWhere)
/* harmony export */ });
/* unused harmony export SSL_MODES */
/* harmony import */ var pg_connection_string__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90984);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


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

/***/ 22499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ probePostgresTls),
/* harmony export */   jJ: () => (/* binding */ PQ_HYBRID_GROUP)
/* harmony export */ });
/* unused harmony exports describeCertificate, clientSupportsGroup */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
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
