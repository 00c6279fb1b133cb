export const id = 625;
export const ids = [625];
export const modules = {

/***/ 4079:
/***/ ((module) => {

function webpackEmptyContext(req) {
	var e = new Error("Cannot find module '" + req + "'");
	e.code = 'MODULE_NOT_FOUND';
	throw e;
}
webpackEmptyContext.keys = () => ([]);
webpackEmptyContext.resolve = webpackEmptyContext;
webpackEmptyContext.id = 4079;
module.exports = webpackEmptyContext;

/***/ }),

/***/ 3393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanCommand: () => (/* binding */ scanCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/attestation.ts
var attestation = __webpack_require__(1349);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/vocabulary.ts
var vocabulary = __webpack_require__(7063);
// EXTERNAL MODULE: ./src/core/facts.ts
var core_facts = __webpack_require__(7532);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/pipeline/run-checks.ts + 1 modules
var run_checks = __webpack_require__(8476);
// EXTERNAL MODULE: ./src/engines/postgres/checks/connection-logging.ts
var connection_logging = __webpack_require__(4345);
// EXTERNAL MODULE: ./src/engines/postgres/checks/listen-addresses.ts
var listen_addresses = __webpack_require__(315);
// EXTERNAL MODULE: ./src/engines/postgres/checks/log-line-prefix.ts
var log_line_prefix = __webpack_require__(7963);
// EXTERNAL MODULE: ./src/engines/postgres/checks/log-statement.ts
var log_statement = __webpack_require__(7983);
// EXTERNAL MODULE: ./src/engines/postgres/checks/password-encryption.ts
var password_encryption = __webpack_require__(156);
// EXTERNAL MODULE: ./src/engines/postgres/checks/pgaudit.ts
var pgaudit = __webpack_require__(2737);
// EXTERNAL MODULE: ./src/engines/postgres/checks/ssl.ts
var ssl = __webpack_require__(3031);
// EXTERNAL MODULE: ./src/engines/postgres/checks/tls-version.ts
var tls_version = __webpack_require__(4697);
// EXTERNAL MODULE: ./src/engines/postgres/settings.ts
var postgres_settings = __webpack_require__(5525);
;// CONCATENATED MODULE: ./src/scan/conf-file.ts
/**
 * Reads postgresql.conf / postgresql.auto.conf text as PostgreSQL's guc-file lexer does: one
 * `name [=] value` per line, `#` comments, single-quoted values with '' and backslash escapes,
 * names case-insensitive. A later assignment of the same name wins, as it does on the server.
 */
const NAME = /^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)?/;
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
        const m = NAME.exec(rest);
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

// EXTERNAL MODULE: ./src/core/check.ts
var core_check = __webpack_require__(9351);
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
    const check = (0,core_check/* defineCheck */.qH)({ meta, evaluate: () => placed.map(p => p.raw) });
    const findings = (0,run_checks/* runChecks */.J)([check], null, ctx);
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
        ? (0,core_check/* info */.pq)((0,core_text/* msg */.ab) `${e.message}.`)
        : (0,core_check/* fail */.fJ)((0,core_text/* msg */.ab) `${e.message}: PostgreSQL refuses to load the file.`);
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
    { check: ssl/* default */.A, settings: ['ssl'] },
    { check: tls_version/* default */.A, settings: ['ssl_min_protocol_version', 'ssl'] },
    { check: password_encryption/* default */.A, settings: ['password_encryption'] },
    { check: listen_addresses/* default */.A, settings: ['listen_addresses'] },
    { check: connection_logging/* default */.A, settings: ['log_connections', 'log_disconnections'] },
    { check: log_statement/* default */.A, settings: ['log_statement'] },
    { check: log_line_prefix/* default */.A, settings: ['log_line_prefix', 'log_destination'] },
    {
        check: pgaudit/* default */.A,
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
function row(name, value, source) {
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
        for (const f of (0,run_checks/* runChecks */.J)([check], facts, ctx)) {
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
        settings[name] = row(name, value, 'default');
    for (const [name, value] of values)
        settings[name] = row(name, canonical(name, value), 'configuration file');
    // A preloaded pgaudit registers its settings with their defaults; without it they are placeholders.
    const preloaded = (0,postgres_settings/* libraryTokens */.uJ)(settings.shared_preload_libraries.setting).includes('pgaudit');
    const placeholder = settings['pgaudit.log']?.setting ?? null;
    if (preloaded) {
        settings['pgaudit.log'] ??= row('pgaudit.log', 'none', 'default');
        settings['pgaudit.log_parameter'] ??= row('pgaudit.log_parameter', 'off', 'default');
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var markdown = __webpack_require__(7088);
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
    const list = (ws) => [...ws.map(markdown/* waiverLine */.fk), ''];
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
        tool: version/* TOOL */.j.name,
        version: version/* TOOL */.j.version,
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
const LEVEL = {
    FAIL: 'error',
    WARN: 'warning',
    UNKNOWN: 'note',
    INFO: 'note'
};
/** SARIF 2.1.0 with a physical location on the real line, so code scanning marks the line itself. */
function renderScanSarif(r) {
    const results = r.findings.filter(f => LEVEL[f.status]);
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
                tool: { driver: { name: version/* TOOL */.j.name, version: version/* TOOL */.j.version, informationUri: version/* TOOL */.j.url, rules } },
                results: results.map(f => ({
                    ruleId: f.checkId,
                    ruleIndex: ruleIds.indexOf(f.checkId),
                    level: LEVEL[f.status],
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

// EXTERNAL MODULE: ./src/report/junit.ts
var junit = __webpack_require__(2998);
;// CONCATENATED MODULE: ./src/scan/junit.ts

/**
 * JUnit XML for test reporters: one test case per finding, named by check and place; an unwaived
 * FAIL is a failure, UNKNOWN and N/A are skipped, the rest pass (the WARN text stays in system-out).
 */
function renderScanJunit(r) {
    const cases = r.findings.map(f => {
        const name = (0,junit/* xmlEscape */.f)(`${f.checkId} ${f.file}:${f.line}`);
        const body = f.status === 'FAIL' && !(f.waiver?.state === 'active')
            ? `<failure message="${(0,junit/* xmlEscape */.f)(f.detail.text)}" type="FAIL"/>`
            : f.status === 'UNKNOWN' || f.status === 'N/A'
                ? `<skipped message="${(0,junit/* xmlEscape */.f)(`${f.status}: ${f.detail.text}`)}"/>`
                : `<system-out>${(0,junit/* xmlEscape */.f)(`${f.status}: ${f.detail.text}`)}</system-out>`;
        return `    <testcase classname="${(0,junit/* xmlEscape */.f)(f.file)}" name="${name}">${body}</testcase>`;
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

// EXTERNAL MODULE: ./src/scan/baseline.ts
var scan_baseline = __webpack_require__(6758);
// EXTERNAL MODULE: ./src/baseline/load.ts + 1 modules
var load = __webpack_require__(2666);
// EXTERNAL MODULE: ./src/engines/index.ts + 70 modules
var engines = __webpack_require__(4306);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(2942);
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

// EXTERNAL MODULE: ./src/engines/postgres/checks/hba.ts
var hba = __webpack_require__(2972);
// EXTERNAL MODULE: ./src/engines/postgres/hba.ts
var postgres_hba = __webpack_require__(7834);
;// CONCATENATED MODULE: ./src/scan/hba-file.ts

const TYPES = new Set(['local', 'host', 'hostssl', 'hostnossl', 'hostgssenc', 'hostnogssenc']);
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
function names(field) {
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
    if (type === null || !TYPES.has(type))
        return bad(`invalid connection type "${type ?? ''}"`);
    if (fields.length < 4)
        return bad('end-of-line before authentication method', type);
    // hba.c refuses hostssl rules on a server without TLS; the rule is an error row, never a match.
    if (type === 'hostssl' && sslOn === false)
        return bad('hostssl record cannot match because SSL is disabled', type);
    const databases = names(fields[1]);
    const users = names(fields[2]);
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
    const findings = (0,run_checks/* runChecks */.J)([hba/* default */.A], facts, ctx);
    // The check names each rule by its place ("Rule at line 12 ..."); map that back to a position.
    const byWhere = new Map();
    for (const l of located)
        byWhere.set(`Rule at ${(0,postgres_hba/* ruleLocation */.eK)(l.rule)} `, l);
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

// EXTERNAL MODULE: ./src/scan/terraform/checks/aws-backup-retention.ts
var aws_backup_retention = __webpack_require__(3205);
// EXTERNAL MODULE: ./src/scan/terraform/checks/aws-deletion-protection.ts
var aws_deletion_protection = __webpack_require__(6452);
// EXTERNAL MODULE: ./src/scan/terraform/checks/aws-public-access.ts
var aws_public_access = __webpack_require__(8148);
// EXTERNAL MODULE: ./src/scan/terraform/checks/rds-force-ssl.ts
var rds_force_ssl = __webpack_require__(9496);
// EXTERNAL MODULE: ./src/scan/terraform/checks/aws-storage-encrypted.ts
var aws_storage_encrypted = __webpack_require__(9550);
;// CONCATENATED MODULE: ./src/scan/terraform/emit.ts




/**
 * Runs one check on facts built from a resource and places its findings: on the attribute that
 * decides (or the resource's first line when a default decides), with the key
 * `<check>|<file>|<resource address>[ <object>]`, which no moved line changes.
 */
function judged(check, facts, ctx, r, at, annotation) {
    return (0,run_checks/* runChecks */.J)([check], facts, ctx).map(f => {
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
    { check: password_encryption/* default */.A, settings: ['password_encryption'] },
    { check: connection_logging/* default */.A, settings: ['log_connections', 'log_disconnections'] },
    { check: pgaudit/* default */.A, settings: ['shared_preload_libraries', 'pgaudit.log', 'pgaudit.log_parameter'] }
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
        const preloaded = (0,postgres_settings/* libraryTokens */.uJ)(own.shared_preload_libraries?.setting ?? '').includes('pgaudit');
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
    out.push(...judged(rds_force_ssl/* default */.A, { address: r.address, value: forceFact }, ctx, r, force?.pos));
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
        out.push(...judged(aws_public_access/* default */.A, { address: r.address, value: boolFact(r, 'publicly_accessible', false) }, ctx, r, at('publicly_accessible'), note('publicly_accessible', 'AWS (false)')));
    if (r.type === 'aws_rds_cluster_instance')
        return out;
    // A read replica inherits encryption and backups from its source.
    if (r.block.get('replicate_source_db'))
        return out;
    out.push(...judged(aws_storage_encrypted/* default */.A, { address: r.address, value: boolFact(r, 'storage_encrypted', false) }, ctx, r, at('storage_encrypted'), note('storage_encrypted', 'AWS (false)')));
    const br = r.block.get('backup_retention_period');
    const days = br && !br.known
        ? notUntilPlan(r, 'backup_retention_period', br)
        : (0,core_facts/* available */.qC)(br ? (asNumber(br.value) ?? 0) : 1);
    out.push(...judged(aws_backup_retention/* default */.A, { address: r.address, value: days }, ctx, r, br?.pos, note('backup_retention_period', 'AWS API (1 day)')));
    out.push(...judged(aws_deletion_protection/* default */.A, { address: r.address, value: boolFact(r, 'deletion_protection', false) }, ctx, r, at('deletion_protection'), note('deletion_protection', 'AWS (false)')));
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

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/cmek.ts
var cmek = __webpack_require__(2077);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/delete-protection.ts
var delete_protection = __webpack_require__(8980);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/ip-allowlist.ts
var ip_allowlist = __webpack_require__(7340);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/log-export.ts
var log_export = __webpack_require__(7398);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/managed-backups.ts
var managed_backups = __webpack_require__(2966);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/private-endpoints.ts
var private_endpoints = __webpack_require__(8609);
// EXTERNAL MODULE: ./src/scan/terraform/checks/crdb-network-visibility.ts
var crdb_network_visibility = __webpack_require__(5553);
// EXTERNAL MODULE: ./src/scan/terraform/checks/crdb-plan.ts
var crdb_plan = __webpack_require__(4399);
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
    out.push(...judged(crdb_plan/* default */.A, { address: r.address, value: plan }, ctx, r, planAt));
    // Delete protection: unset lets the server choose at creation.
    const dp = r.block.get('delete_protection');
    const dpFact = dp && !dp.known
        ? notUntilPlan(r, 'delete_protection', dp)
        : clusterFact(r, plan.ok ? plan : (0,core_facts/* available */.qC)('UNKNOWN'), dp === undefined
            ? 'not set in Terraform (the server chooses when it creates the cluster)'
            : asBool(dp.value)
                ? 'ENABLED'
                : 'DISABLED');
    out.push(...judged(delete_protection/* default */.A, cloudFacts({ cluster: dpFact }), ctx, r, dp?.pos, via(dp)));
    // Network visibility (Advanced only).
    const dedicated = r.block.blocks('dedicated')[0];
    const pnv = dedicated?.get('private_network_visibility');
    const nv = pnv && !pnv.known
        ? notUntilPlan(r, 'dedicated.private_network_visibility', pnv)
        : plan.ok
            ? (0,core_facts/* available */.qC)({ plan: plan.value, private: asBool(pnv?.value) === true })
            : plan;
    out.push(...judged(crdb_network_visibility/* default */.A, { address: r.address, value: nv }, ctx, r, pnv?.pos, via(pnv)));
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
    out.push(...judged(managed_backups/* default */.A, cloudFacts({ backupsConfig: backups }), ctx, r, backupsAt));
    const cluster = clusterFact(r, plan);
    // CMEK: a cockroach_cmek resource for this cluster (the provider waits until it is ENABLED).
    const keys = referrers(config, r, 'cockroach_cmek', 'id');
    const cmekFact = keys.length
        ? (0,core_facts/* available */.qC)({ status: 'ENABLED', regions: [] })
        : (0,core_facts/* available */.qC)({ status: 'NOT_CONFIGURED', regions: [] });
    out.push(...judged(cmek/* default */.A, cloudFacts({ cluster, cmek: cmekFact }), ctx, keys[0] ?? r, keys[0]?.block.pos, keys.length
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
    out.push(...judged(log_export/* default */.A, cloudFacts({ cluster, logExport: leFact }), ctx, le ?? r, undefined, le ? undefined : `no cockroach_log_export_config refers to ${r.address} in ${config.where}`));
    // Private endpoints: connections declared for this cluster (the provider waits for AVAILABLE).
    const conns = referrers(config, r, 'cockroach_private_endpoint_connection', 'cluster_id');
    out.push(...judged(private_endpoints/* default */.A, cloudFacts({
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
    return judged(ip_allowlist/* default */.A, cloudFacts({ allowlist }), ctx, r, at, via(mask) ?? via(ip));
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

// EXTERNAL MODULE: ./src/scan/terraform/checks/gcp-authorized-networks.ts
var gcp_authorized_networks = __webpack_require__(6354);
// EXTERNAL MODULE: ./src/scan/terraform/checks/gcp-backups.ts
var gcp_backups = __webpack_require__(4154);
// EXTERNAL MODULE: ./src/scan/terraform/checks/gcp-ssl-mode.ts
var gcp_ssl_mode = __webpack_require__(4547);
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
    out.push(...judged(gcp_authorized_networks/* default */.A, { address: r.address, value: nets }, ctx, r, netsAt));
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
    out.push(...judged(gcp_ssl_mode/* default */.A, { address: r.address, value: modeFact }, ctx, r, (mode ?? requireSsl)?.pos, mode
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
    out.push(...judged(gcp_backups/* default */.A, { address: r.address, value: bFact }, ctx, r, (en ?? bc)?.pos, bc ? undefined : 'backup_configuration not set: automated backups are off'));
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/@cdktf/hcl2json/wasm/bridge_wasm_exec.js
var bridge_wasm_exec = __webpack_require__(3045);
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

// EXTERNAL MODULE: ./src/engines/postgres/checks/public-grants.ts
var public_grants = __webpack_require__(3594);
// EXTERNAL MODULE: ./src/engines/postgres/checks/public-schema.ts
var public_schema = __webpack_require__(3550);
// EXTERNAL MODULE: ./src/scan/terraform/checks/literal-password.ts
var literal_password = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/scan/terraform/checks/pg-role-privileges.ts
var pg_role_privileges = __webpack_require__(1196);
;// CONCATENATED MODULE: ./src/scan/terraform/postgresql.ts








const DATA_PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'ALL'];
const isPublic = (g) => g.grantee.toLowerCase() === 'public';
/** pg/public-grants, judged on a postgresql_grant / postgresql_default_privileges instead of a catalog. */
const tfPublicGrants = (0,core_check/* defineCheck */.qH)({
    meta: public_grants/* default */.A.meta,
    evaluate(facts) {
        const g = (0,core_facts/* need */.$B)(facts.value);
        const privs = g.privileges.filter(p => DATA_PRIVILEGES.includes(p.toUpperCase()));
        if (isPublic(g) && privs.length)
            return [
                (0,core_check/* fail */.fJ)((0,core_text/* msg */.ab) `${facts.address} grants ${(0,core_text/* raw */.lS)(privs.join(', ').toUpperCase())} on ${(0,core_text/* raw */.lS)(g.where)} to PUBLIC.`)
            ];
        return [(0,core_check/* pass */.IX)((0,core_text/* msg */.ab) `${facts.address} grants no data privilege to PUBLIC (grantee ${g.grantee}).`)];
    }
});
/** pg/public-schema on a postgresql_grant of a schema. */
const tfPublicSchema = (0,core_check/* defineCheck */.qH)({
    meta: public_schema/* default */.A.meta,
    evaluate(facts) {
        const g = (0,core_facts/* need */.$B)(facts.value);
        const create = g.privileges.some(p => ['CREATE', 'ALL'].includes(p.toUpperCase()));
        if (isPublic(g) && create)
            return [
                (0,core_check/* fail */.fJ)((0,core_text/* msg */.ab) `${facts.address} lets PUBLIC CREATE in ${(0,core_text/* raw */.lS)(g.where)}: any user can plant objects that shadow others' on the search_path.`)
            ];
        return [(0,core_check/* pass */.IX)((0,core_text/* msg */.ab) `${facts.address} gives PUBLIC no CREATE on a schema (grantee ${g.grantee}).`)];
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
    out.push(...judged(pg_role_privileges/* default */.A, { address: r.address, value: unknown ?? (0,core_facts/* available */.qC)(set) }, ctx, r, at));
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
        out.push(...judged(literal_password/* default */.A, { address: r.address, value: (0,core_facts/* available */.qC)({ attr, literal, where }) }, ctx, r, v.pos));
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

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/audit-logging.ts
var audit_logging = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/database-sso.ts
var database_sso = __webpack_require__(6638);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/hba.ts
var checks_hba = __webpack_require__(3576);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/identity-map.ts
var identity_map = __webpack_require__(4468);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/ldap.ts
var ldap = __webpack_require__(6028);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/password-hashing.ts
var password_hashing = __webpack_require__(2969);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/password-policy.ts
var password_policy = __webpack_require__(6307);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/sensitive-redaction.ts
var sensitive_redaction = __webpack_require__(7801);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/session-logging.ts
var session_logging = __webpack_require__(9457);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/session-revival-token.ts
var session_revival_token = __webpack_require__(4187);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/table-audit.ts
var table_audit = __webpack_require__(7959);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/user-audit-config.ts
var user_audit_config = __webpack_require__(4651);
// EXTERNAL MODULE: ./src/engines/cockroachdb/hba.ts
var cockroachdb_hba = __webpack_require__(6334);
// EXTERNAL MODULE: ./src/engines/cockroachdb/settings.ts
var cockroachdb_settings = __webpack_require__(7862);
// EXTERNAL MODULE: ./src/engines/cockroachdb/user-audit.ts
var user_audit = __webpack_require__(3222);
// EXTERNAL MODULE: ./src/scan/sql/scan-checks.ts
var scan_checks = __webpack_require__(3227);
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
    [checks_hba/* HBA_SETTING */.L, 'hostssl all all 10.0.0.0/8 cert-scram-sha-256'],
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
    { check: checks_hba/* default */.A, settings: [checks_hba/* HBA_SETTING */.L] },
    { check: ldap/* default */.A, settings: [checks_hba/* HBA_SETTING */.L] },
    {
        check: password_policy/* default */.A,
        settings: [
            'server.user_login.min_password_length',
            'server.user_login.store_client_pre_hashed_passwords.enabled'
        ]
    },
    { check: password_hashing/* default */.A, settings: ['server.user_login.password_encryption'] },
    {
        check: session_logging/* default */.A,
        settings: ['server.auth_log.sql_connections.enabled', 'server.auth_log.sql_sessions.enabled']
    },
    { check: session_revival_token/* default */.A, settings: ['server.user_login.session_revival_token.enabled'] },
    {
        check: database_sso/* default */.A,
        settings: [
            'server.jwt_authentication.enabled',
            'server.jwt_authentication.issuers.configuration',
            'server.oidc_authentication.enabled',
            'server.oidc_authentication.provider_url'
        ]
    },
    {
        check: identity_map/* default */.A,
        settings: [
            'server.identity_map.configuration',
            'security.provisioning.ldap.enabled',
            'security.provisioning.jwt.enabled'
        ]
    },
    {
        check: sensitive_redaction/* default */.A,
        settings: ['server.redact_sensitive_settings.enabled', checks_hba/* HBA_SETTING */.L, 'server.identity_map.configuration']
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
                raw: (0,core_check/* info */.pq)(r.mode === 'OFF'
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
                    raw: (0,core_check/* fail */.fJ)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(`${words[0]} ${words[1]}`.toUpperCase())} ${p.name} sets a literal password: the secret is committed to the repository.`, p.name),
                    ...at(p.at),
                    object: `role ${p.name}`
                });
            }
        }
        else
            rest.push(s);
    }
    findings.push(...emit(table_audit/* default */.A.meta, audits, file, ctx));
    findings.push(...emit(scan_checks/* SQL_PASSWORD */.fX, passwords, file, ctx));
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
        const placed = (0,run_checks/* evaluateCheck */.Y)(check, facts, ctx).map(f => {
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
        const on = (0,cockroachdb_settings/* isTrue */.Hn)(admin.value);
        out.push(...emit(audit_logging/* default */.A.meta, [
            {
                raw: on
                    ? (0,core_check/* pass */.IX)((0,core_text/* msg */.ab) `SET CLUSTER SETTING sql.log.admin_audit.enabled = ${admin.value} audits every statement of admin members.`)
                    : (0,core_check/* warn */.R8)((0,core_text/* msg */.ab) `SET CLUSTER SETTING sql.log.admin_audit.enabled = ${admin.value} turns admin audit off.`),
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
    if (setting !== checks_hba/* HBA_SETTING */.L || object === undefined)
        return { line: c.line, column: c.column };
    const parsed = (0,cockroachdb_hba/* parseCrdbHba */.UB)(c.value);
    const rule = parsed.ok ? parsed.rules.find(r => r.display === object) : undefined;
    if (!rule || rule.lineNumber <= 1)
        return { line: c.line, column: c.column };
    return { line: c.line + rule.lineNumber - 1, column: 1 };
}
/** sql.log.user_audit with the live parser and first-match reachability; users are not in a file. */
function judgeUserAudit(c, file, ctx) {
    const where = { line: c.line, column: c.column };
    const parsed = (0,user_audit/* parseUserAudit */.Iy)(c.value);
    if (!parsed.ok) {
        return emit(user_audit_config/* default */.A.meta, [
            {
                raw: (0,core_check/* fail */.fJ)((0,core_text/* msg */.ab) `sql.log.user_audit does not parse: ${parsed.error}. CockroachDB falls back to an empty configuration, so nothing is audited.`),
                ...where,
                object: 'sql.log.user_audit'
            }
        ], file, ctx);
    }
    const placed = (0,user_audit/* unreachableRules */.yY)(parsed.rules).map(r => ({
        raw: (0,core_check/* warn */.R8)((0,core_text/* msg */.ab) `Line ${(0,core_text/* raw */.lS)(String(r.lineNumber))} (${r.role} ${(0,core_text/* raw */.lS)(r.filter)}) can never match: an earlier all row matches every user first.`, `line ${r.lineNumber}`),
        line: c.line + r.lineNumber - 1,
        column: r.lineNumber === 1 ? c.column : 1,
        object: `sql.log.user_audit ${r.role} ${r.filter}`
    }));
    const audited = parsed.rules.filter(r => r.filter === 'ALL').map(r => r.role);
    const out = emit(user_audit_config/* default */.A.meta, placed, file, ctx);
    out.push(...emit(audit_logging/* default */.A.meta, [
        {
            raw: parsed.rules.length === 0
                ? (0,core_check/* warn */.R8)((0,core_text/* msg */.ab) `SET CLUSTER SETTING sql.log.user_audit to an empty value turns role-based audit logging off.`)
                : audited.length === 0
                    ? (0,core_check/* warn */.R8)((0,core_text/* msg */.ab) `sql.log.user_audit has no ALL row: it audits no one.`)
                    : audited.includes('all')
                        ? (0,core_check/* pass */.IX)((0,core_text/* msg */.ab) `sql.log.user_audit has an all ALL row: every user's statements are audited unless an earlier row exempts them.`)
                        : (0,core_check/* pass */.IX)((0,core_text/* msg */.ab) `sql.log.user_audit audits the members of ${(0,core_text/* valueList */.Q0)(audited)}.`),
            ...where,
            object: 'sql.log.user_audit'
        }
    ], file, ctx));
    return out;
}

// EXTERNAL MODULE: ./src/engines/postgres/checks/privileged-roles.ts + 1 modules
var privileged_roles = __webpack_require__(8576);
// EXTERNAL MODULE: ./src/engines/postgres/checks/security-definer.ts
var security_definer = __webpack_require__(6581);
// EXTERNAL MODULE: ./src/engines/postgres/checks/untrusted-languages.ts
var untrusted_languages = __webpack_require__(7205);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/public-privileges.ts
var public_privileges = __webpack_require__(177);
;// CONCATENATED MODULE: ./src/scan/sql/judge-pg-sql.ts














/** Membership in these is superuser-equivalent (pg/privileged-roles). */
const SERVER_ACCESS_ROLES = new Set([
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
    [public_grants/* default */.A.meta.id]: 'No GRANT in this file gives PUBLIC a data privilege on a table or view.',
    [public_schema/* default */.A.meta.id]: 'No GRANT in this file lets PUBLIC CREATE in schema public.',
    [scan_checks/* SCHEMA_CREATE */.vQ.id]: 'No GRANT in this file gives PUBLIC CREATE on a schema, or a role CREATE on schema public.',
    [privileged_roles/* default */.A.meta.id]: 'No role statement in this file gives CREATEROLE, BYPASSRLS, REPLICATION or server file/program access.',
    [scan_checks/* SUPERUSER_ROLE */.WK.id]: 'No role statement in this file gives SUPERUSER.',
    [security_definer/* default */.A.meta.id]: 'Every SECURITY DEFINER function in this file pins search_path.',
    [untrusted_languages/* default */.A.meta.id]: 'No statement in this file installs or uses an untrusted procedural language.',
    [scan_checks/* C_FUNCTION */.vy.id]: 'No function in this file is written in C.',
    [scan_checks/* SQL_PASSWORD */.fX.id]: 'No role statement in this file carries a literal password.',
    [pgaudit/* default */.A.meta.id]: 'No ALTER ROLE/DATABASE ... SET in this file lowers pgaudit.log or turns pgaudit.log_parameter on.',
    [scan_checks/* CRDB_GRANT_ADMIN */.d3.id]: 'No GRANT in this file makes a user or role an admin.',
    [public_privileges/* default */.A.meta.id]: 'No GRANT in this file gives public a data privilege on a table.'
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
        v.look(scan_checks/* SQL_PASSWORD */.fX, where, `role ${name}`);
        for (const o of options) {
            const d = o.DefElem;
            // PASSWORD NULL has no arg; any string, clear text or a SCRAM/md5 hash, is a committed secret.
            if (d?.defname === 'password' && d.arg?.String) {
                v.add(scan_checks/* SQL_PASSWORD */.fX, (0,core_check/* fail */.fJ)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(verb)} ${name} sets a literal password: the secret is committed to the repository.`, name), s.at(d.location), `role ${name}`);
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
        v.look(scan_checks/* SUPERUSER_ROLE */.WK, where, `role ${name}`);
        v.look(privileged_roles/* default */.A.meta, where, `role ${name}`);
        if (set.superuser) {
            v.add(scan_checks/* SUPERUSER_ROLE */.WK, (0,core_check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(verb)} ${name} gives it SUPERUSER: it bypasses every permission check.`, name), where, `role ${name}`);
        }
        const raised = set.createrole || set.bypassrls || set.isreplication;
        const servers = memberOf.filter(r => SERVER_ACCESS_ROLES.has(r));
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
        for (const f of (0,run_checks/* evaluateCheck */.Y)(privileged_roles/* default */.A, facts, ctx)) {
            if (f.status === 'PASS')
                continue;
            v.add(privileged_roles/* default */.A.meta, f, where, `role ${name}`, unknownLogin && servers.length
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
            v.look(public_grants/* default */.A.meta, where, 'grants');
            const data = privs.filter(p => p === 'all' || judge_pg_sql_DATA_PRIVILEGES.has(p)).map(p => p.toUpperCase());
            if (!toPublic || data.length === 0)
                return;
            const names = g.targtype === 'ACL_TARGET_OBJECT'
                ? (g.objects ?? []).map((o) => [o.RangeVar?.schemaname, o.RangeVar?.relname].filter(Boolean).join('.'))
                : [];
            const list = (0,core_text/* raw */.lS)(data.join(', '));
            if (defaults || g.targtype === 'ACL_TARGET_DEFAULTS') {
                v.add(public_grants/* default */.A.meta, (0,core_check/* fail */.fJ)((0,core_text/* msg */.ab) `Default privileges grant ${list} on future tables to PUBLIC.`, 'defaults'), where, `default privileges TO PUBLIC`);
            }
            else if (g.targtype === 'ACL_TARGET_ALL_IN_SCHEMA') {
                for (const schema of strings(g.objects))
                    v.add(public_grants/* default */.A.meta, (0,core_check/* fail */.fJ)((0,core_text/* msg */.ab) `Every table in schema ${schema} grants ${list} to PUBLIC.`, schema), where, `all tables in schema ${schema} TO PUBLIC`);
            }
            else {
                for (const n of names)
                    v.add(public_grants/* default */.A.meta, (0,core_check/* fail */.fJ)((0,core_text/* msg */.ab) `Table ${n} grants ${list} to PUBLIC.`, n), where, `table ${n} TO PUBLIC`);
            }
        }
        else if (g.objtype === 'OBJECT_SCHEMA') {
            const create = privs.includes('create') || privs.includes('all');
            const schemas = defaults ? ['(future schemas)'] : strings(g.objects);
            for (const schema of schemas) {
                if (schema === 'public')
                    v.look(public_schema/* default */.A.meta, where, 'schema public');
                v.look(scan_checks/* SCHEMA_CREATE */.vQ, where, `schema ${schema}`);
                if (!create)
                    continue;
                if (schema === 'public' && toPublic) {
                    v.add(public_schema/* default */.A.meta, (0,core_check/* fail */.fJ)((0,core_text/* msg */.ab) `GRANT lets PUBLIC CREATE in schema public: any user can plant objects that shadow others' on the search_path.`, 'public'), where, 'schema public TO PUBLIC');
                }
                else if (toPublic) {
                    v.add(scan_checks/* SCHEMA_CREATE */.vQ, (0,core_check/* fail */.fJ)((0,core_text/* msg */.ab) `GRANT lets PUBLIC CREATE in schema ${schema}: any user can plant objects that shadow others' on the search_path.`, schema), where, `schema ${schema} TO PUBLIC`);
                }
                if (schema === 'public') {
                    for (const r of grantees.filter(x => x !== 'PUBLIC'))
                        v.add(scan_checks/* SCHEMA_CREATE */.vQ, (0,core_check/* warn */.R8)((0,core_text/* msg */.ab) `GRANT lets ${r} CREATE in schema public: ${r} can plant objects that shadow others' on the search_path.`, r), where, `schema public TO ${r}`);
                }
            }
        }
    };
    /** crdb/public-privileges: a data privilege on a table to public, in the live check's words. */
    const judgeCrdbGrant = (s, g) => {
        if (!g.is_grant || g.objtype !== 'OBJECT_TABLE' || g.targtype !== 'ACL_TARGET_OBJECT')
            return;
        const where = { line: s.line, column: s.column };
        v.look(public_privileges/* default */.A.meta, where, 'grants');
        const privs = g.privileges
            ? g.privileges.map((p) => String(p.AccessPriv?.priv_name).toUpperCase())
            : ['ALL'];
        if (!(g.grantees ?? []).map(roleName).includes('PUBLIC') || !privs.some(p => CRDB_DATA_PRIVILEGES.has(p)))
            return;
        for (const o of g.objects ?? []) {
            const name = [o.RangeVar?.catalogname, o.RangeVar?.schemaname, o.RangeVar?.relname]
                .filter(Boolean)
                .join('.');
            v.add(public_privileges/* default */.A.meta, (0,core_check/* fail */.fJ)((0,core_text/* msg */.ab) `table ${name} grants ${(0,core_text/* raw */.lS)([...privs].sort().join(', '))} to public: every user can read or change it.`, name), where, `table ${name} TO public`);
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
                v.add(scan_checks/* CRDB_GRANT_ADMIN */.d3, (0,core_check/* warn */.R8)((0,core_text/* msg */.ab) `GRANT admin TO ${r} makes ${r} an admin: full control of the cluster.`, r), where, `admin TO ${r}`);
            return;
        }
        v.look(privileged_roles/* default */.A.meta, where, 'grants');
        const servers = granted.filter(r => SERVER_ACCESS_ROLES.has(r));
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
            v.look(untrusted_languages/* default */.A.meta, where, `function ${name}`);
            v.look(scan_checks/* C_FUNCTION */.vy, where, `function ${name}`);
        }
        if (UNTRUSTED_LANGUAGES.has(language)) {
            v.add(untrusted_languages/* default */.A.meta, (0,core_check/* warn */.R8)((0,core_text/* msg */.ab) `Function ${name} is written in the untrusted language ${language}: it runs as the OS user of the server.`, name), where, `function ${name}`);
        }
        else if (language === 'c') {
            v.add(scan_checks/* C_FUNCTION */.vy, (0,core_check/* warn */.R8)((0,core_text/* msg */.ab) `Function ${name} is written in C: it loads native code into the server process.`, name), where, `function ${name}`);
        }
        if (definer) {
            v.look(security_definer/* default */.A.meta, where, `function ${name}`);
            if (!pinned) {
                v.add(security_definer/* default */.A.meta, (0,core_check/* warn */.R8)((0,core_text/* msg */.ab) `SECURITY DEFINER function ${name} does not pin search_path.`, name), where, `function ${name}`);
                definers.set(strings(f.funcname).join('.'), {
                    index: v.byCheck.get(security_definer/* default */.A.meta).length - 1,
                    meta: security_definer/* default */.A.meta
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
        v.look(pgaudit/* default */.A.meta, where, `${object} ${name}`);
        if (value === undefined)
            return;
        const o = { role, database, settings: { [name]: value } };
        const facts = { ...confFacts(HARDENED_SETTINGS, major), roleSettings: (0,core_facts/* available */.qC)([o]) };
        for (const f of (0,run_checks/* evaluateCheck */.Y)(pgaudit/* default */.A, facts, ctx))
            if (f.status !== 'PASS' && f.object === object)
                v.add(pgaudit/* default */.A.meta, f, where, `${object} ${name}`);
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
                v.look(untrusted_languages/* default */.A.meta, where, `language ${lang}`);
                const untrusted = kind === 'CreatePLangStmt' ? !n.pltrusted : UNTRUSTED_LANGUAGES.has(lang);
                if (untrusted)
                    v.add(untrusted_languages/* default */.A.meta, (0,core_check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(kind === 'CreatePLangStmt' ? 'CREATE LANGUAGE' : 'CREATE EXTENSION')} ${lang} installs an untrusted language: its functions run as the OS user of the server.`, lang), where, `language ${lang}`);
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
                    raw: (0,core_check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(PASS_TEXT[meta.id] ?? 'No statement in this file fails this check.')}`),
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
        const placed = (0,run_checks/* evaluateCheck */.Y)(check, facts, ctx).map(f => {
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
    public_grants/* default */.A.meta.id,
    public_schema/* default */.A.meta.id,
    privileged_roles/* default */.A.meta.id,
    security_definer/* default */.A.meta.id,
    untrusted_languages/* default */.A.meta.id,
    pgaudit/* default */.A.meta.id,
    scan_checks/* SQL_PASSWORD */.fX.id,
    scan_checks/* SUPERUSER_ROLE */.WK.id,
    scan_checks/* SCHEMA_CREATE */.vQ.id,
    scan_checks/* C_FUNCTION */.vy.id,
    scan_checks/* CRDB_GRANT_ADMIN */.d3.id,
    public_privileges/* default */.A.meta.id
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
    return emit(scan_checks/* PARSE */.Os, [
        {
            raw: (0,core_check/* info */.pq)((0,core_text/* msg */.ab) `Could not parse line ${(0,core_text/* raw */.lS)(String(line))}: ${message}.`),
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
                raw: (0,core_check/* fail */.fJ)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(verb)} ${p.name} sets a literal password: the secret is committed to the repository.`, p.name),
                ...at(p.at),
                object: `role ${p.name}`
            }
        ];
    });
    return emit(scan_checks/* SQL_PASSWORD */.fX, placed, file, ctx);
}
/** The parser could not run: UNKNOWN and incomplete (exit 3), never a silent pass. */
function parserFault(file, ctx, message) {
    return emit(scan_checks/* PARSE */.Os, [
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
        out.push(...emit(scan_checks/* PARSE */.Os, [
            {
                raw: (0,core_check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* count */.U9)(notJudged.length, 'statement')} ${(0,core_text/* raw */.lS)(notJudged.length === 1 ? 'was' : 'were')} not judged; the first, at line ${(0,core_text/* raw */.lS)(String(first.line))}: ${first.message}.`),
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
            findings: judgeHbaFile(h.text, h.file, opts.ctx, ssl === undefined ? undefined : (0,postgres_settings/* isOn */.Mp)(ssl), hbaIncludes)
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

// EXTERNAL MODULE: ./src/core/gate.ts
var core_gate = __webpack_require__(4888);
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
        for (const s of (0,core_gate/* blockingStatuses */.Y$)(gate.failOn))
            counted(unwaived(s), `unwaived ${s} finding`);
        counted(outcome.expired.length, 'expired waiver');
        if (gate.failOnStale)
            counted(outcome.stale.length, 'stale waiver');
    }
    return { incomplete, passed: !incomplete && reasons.length === 0, unwaivedFails, reasons };
}

;// CONCATENATED MODULE: ./src/cli/scan-command.ts
















const FLAGS = {
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    format: { type: 'string' },
    out: { type: 'string' },
    root: { type: 'string' },
    'pg-version': { type: 'string' },
    environment: { type: 'string' },
    'data-sensitivity': { type: 'string' },
    compliance: { type: 'string' },
    engine: { type: 'string' },
    baseline: { type: 'string' },
    'fail-on': { type: 'string' },
    'fail-on-stale': { type: 'boolean' }
};
const FORMATS = {
    markdown: renderScanMarkdown,
    json: renderScanJson,
    sarif: renderScanSarif,
    junit: renderScanJunit
};
function oneOf(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new errors/* UsageError */.eb(`--${flag} ${JSON.stringify(value)}: expected one of ${allowed.join(', ')}.`);
}
/** One waiver as a terminal line (markdown code spans read fine as plain text). */
function waiverText(w) {
    return (0,markdown/* waiverLine */.fk)(w).slice(2);
}
/** `db-posture scan [paths...]`: judges configuration files with the live checks; no connection. */
async function scanCommand(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options: FLAGS, strict: true, allowPositionals: true });
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`scan: ${error.message}`);
    }
    const v = parsed.values;
    const failOn = oneOf('fail-on', v['fail-on'], core_gate/* FAIL_ON */.d$, 'fail');
    const format = oneOf('format', v.format, Object.keys(FORMATS), 'markdown');
    const versions = SUPPORTED_PG_VERSIONS.map(String);
    const pgVersion = Number(oneOf('pg-version', v['pg-version'], versions, versions[versions.length - 1]));
    const compliance = (v.compliance ?? '')
        .split(',')
        .map(s => s.trim())
        .filter(Boolean)
        .map(c => oneOf('compliance', c, vocabulary/* COMPLIANCE */.YA, 'soc2'));
    const ctx = {
        auditedAt: io.now?.() ?? new Date(),
        deployment: 'self-hosted',
        environment: oneOf('environment', v.environment, vocabulary/* ENVIRONMENTS */.ju, 'production'),
        dataSensitivity: oneOf('data-sensitivity', v['data-sensitivity'], vocabulary/* SENSITIVITIES */.A9, 'internal'),
        compliance,
        targetName: 'scan',
        attestation: attestation/* noAttestations */.z
    };
    // Paths are resolved from --root, and reports name files relative to it (the repository root).
    const root = external_node_path_default().resolve(v.root ?? process.cwd());
    if (!external_node_fs_default().existsSync(root) || !external_node_fs_default().statSync(root).isDirectory())
        throw new errors/* UsageError */.eb(`scan: --root ${JSON.stringify(v.root)} is not a directory.`);
    const paths = parsed.positionals.length ? parsed.positionals : ['.'];
    for (const p of paths) {
        const abs = external_node_path_default().resolve(root, p);
        if (!external_node_fs_default().existsSync(abs))
            throw new errors/* UsageError */.eb(`scan: path ${JSON.stringify(p)} does not exist.`);
        if (external_node_path_default().relative(root, abs).startsWith('..'))
            throw new errors/* UsageError */.eb(`scan: path ${JSON.stringify(p)} is outside the root ${JSON.stringify(root)}.`);
    }
    // --engine fixes the SQL dialect of every .sql file; without it each file's own statements decide.
    const engine = v.engine === undefined
        ? undefined
        : oneOf('engine', v.engine, ['postgres', 'cockroachdb'], 'postgres');
    // The baseline is validated before anything is scanned: a malformed file is exit 2 naming it.
    // An explicit --baseline is read from the working directory like every other flag's file; the
    // default one belongs to the repository, so it is looked for under --root.
    const now = io.now?.() ?? new Date();
    const baselineFile = v.baseline ?? external_node_path_default().join(root, load/* DEFAULT_BASELINE */.Mz);
    const baseline = await (0,load/* loadBaseline */.oU)(baselineFile, v.baseline !== undefined, {
        ...(0,engines/* checkCatalogue */.GS)(),
        now,
        failOnStale: Boolean(v['fail-on-stale'])
    });
    if (v['fail-on-stale'] && !baseline)
        throw new errors/* UsageError */.eb(`scan: --fail-on-stale needs a baseline: give --baseline <file> or create ${external_node_path_default().relative(process.cwd(), baselineFile) || baselineFile}.`);
    const whole = await scan({
        root,
        paths,
        include: v.include ?? [],
        exclude: v.exclude ?? [],
        pgVersion,
        ctx,
        ...(engine ? { engine } : {})
    });
    const applied = (0,scan_baseline/* applyScanBaseline */.fN)(whole.findings, baseline, now);
    const report = {
        ...whole,
        findings: applied.findings,
        ...(baseline ? { baseline: applied.outcome } : {})
    };
    const out = FORMATS[format](report);
    if (v.out)
        external_node_fs_default().writeFileSync(v.out, out);
    else
        io.stdout.write(out);
    // What the baseline did goes to stderr, so that stdout stays the report in the chosen format.
    const b = applied.outcome;
    for (const w of b.expired)
        io.stderr.write(`db-posture scan: expired waiver (the finding counts again): ${waiverText(w)}\n`);
    for (const w of b.stale)
        io.stderr.write(`db-posture scan: stale waiver (matches no finding; remove it): ${waiverText(w)}\n`);
    // A waived FAIL does not fail the scan; one whose waiver expired does (see judgeScanGate).
    const gate = judgeScanGate(report.findings, b, { failOn, failOnStale: b.failOnStale });
    if (gate.incomplete) {
        io.stderr.write('db-posture scan: incomplete (a judgement failed), so the gate fails.\n');
        return errors/* EXIT */.dc.TARGET;
    }
    if (!gate.passed) {
        io.stderr.write(`db-posture scan: the gate failed: ${gate.reasons.join(', ')}.\n`);
        return errors/* EXIT */.dc.GATE_FAILED;
    }
    return errors/* EXIT */.dc.OK;
}


/***/ }),

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

/***/ 6758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tm: () => (/* binding */ scanWaiverObject),
/* harmony export */   fN: () => (/* binding */ applyScanBaseline),
/* harmony export */   wt: () => (/* binding */ SCAN_TARGET)
/* harmony export */ });
/* harmony import */ var _baseline_apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(471);

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
    const applied = (0,_baseline_apply_js__WEBPACK_IMPORTED_MODULE_0__/* .applyBaseline */ .Qp)(keyed, baseline, SCAN_TARGET, now);
    return {
        findings: applied.findings.map((f, i) => ({ ...findings[i], ...(f.waiver ? { waiver: f.waiver } : {}) })),
        outcome: applied.outcome
    };
}


/***/ })

};
