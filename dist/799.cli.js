export const id = 799;
export const ids = [799];
export const modules = {

/***/ 4799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditCommand: () => (/* binding */ auditCommand),
  optionsFromFlags: () => (/* binding */ optionsFromFlags)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/pipeline/audit.ts + 1 modules
var audit = __webpack_require__(4907);
// EXTERNAL MODULE: ./src/diff/compare.ts
var compare = __webpack_require__(5312);
// EXTERNAL MODULE: ./src/core/options.ts + 1 modules
var options = __webpack_require__(8648);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/gate.ts
var gate = __webpack_require__(4888);
// EXTERNAL MODULE: ./src/baseline/load.ts + 1 modules
var load = __webpack_require__(2666);
// EXTERNAL MODULE: ./src/engines/index.ts + 70 modules
var engines = __webpack_require__(4306);
// EXTERNAL MODULE: ./src/report/write.ts + 1 modules
var write = __webpack_require__(6611);
// EXTERNAL MODULE: ./src/report/out-path.ts
var out_path = __webpack_require__(7524);
// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var markdown = __webpack_require__(7088);
;// CONCATENATED MODULE: ./src/cli/terminal-progress.ts
/**
 * Draws progress on a terminal (stderr): one line rewritten in place. On a non-terminal only
 * warnings are printed, so CI logs stay readable.
 */
class TerminalProgress {
    stream;
    interactive;
    drawn = false;
    constructor(stream, interactive) {
        this.stream = stream;
        this.interactive = interactive;
    }
    draw(line) {
        if (!this.interactive)
            return;
        const width = Math.max(20, (this.stream.columns ?? 80) - 1);
        this.stream.write(`\r\x1b[2K${line.slice(0, width)}`);
        this.drawn = true;
    }
    step(label) {
        this.draw(`db-posture: ${label}…`);
    }
    count(label, done, total) {
        this.draw(`db-posture: ${label} ${done}/${total}`);
    }
    warn(message) {
        this.clear();
        this.stream.write(`warning: ${message}\n`);
    }
    clear() {
        if (this.drawn)
            this.stream.write('\r\x1b[2K');
        this.drawn = false;
    }
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/detect/coverage.ts
var coverage = __webpack_require__(8069);
// EXTERNAL MODULE: ./src/detect/output/coverage-text.ts
var coverage_text = __webpack_require__(6335);
// EXTERNAL MODULE: ./src/detect/rules/load.ts
var rules_load = __webpack_require__(4747);
;// CONCATENATED MODULE: ./src/detect/audit-coverage.ts





/**
 * Rules for the audit's "Detection coverage" section (`audit --rules <dir>`, the action's `rules`
 * input). Read before anything connects: a broken rule file is a usage error (exit 2) naming the
 * input, the file and the line, and costs no audit.
 */
async function loadCoverageRules(dirs, input) {
    const set = await (0,rules_load/* loadRules */.A7)(dirs);
    if (set.errors.length > 0) {
        const e = set.errors[0];
        const more = set.errors.length > 1 ? ` (and ${set.errors.length - 1} more; run db-posture rules test)` : '';
        throw new errors/* UsageError */.eb(`${input} ${dirs.join(', ')}: ${e.file}:${e.line}${e.rule ? ` ${e.rule}` : ''}: ${e.message}${more}; expected valid detection rules.`);
    }
    return set.rules;
}
/** Coverage of the rules on the audited cluster, read from the report's own observed block. */
function auditCoverage(report, rules) {
    const facts = (0,coverage/* postureFacts */.Mi)((0,json/* toJsonReport */.Ow)(report));
    const cov = (0,coverage/* coverage */.vk)(rules, facts);
    return { facts, coverage: cov, markdown: (0,coverage_text/* coverageMarkdown */.w6)(cov, facts) };
}

;// CONCATENATED MODULE: ./src/cli/audit-command.ts















/** Maps CLI flags (and environment variables for secrets) onto the shared AuditOptions. */
function optionsFromFlags(flags, env, redactor) {
    const url = flags.url ?? env.DB_POSTURE_URL;
    redactor.add(url);
    const raw = {
        engine: flags.engine,
        url: url || undefined,
        urlSource: flags.url !== undefined ? '--url' : url ? 'DB_POSTURE_URL' : undefined,
        deployment: flags.deployment,
        environment: flags.environment,
        compliance: flags.compliance,
        dataSensitivity: flags['data-sensitivity'],
        name: flags.name,
        baseline: flags.baseline ?? load/* DEFAULT_BASELINE */.Mz,
        baselineExplicit: flags.baseline !== undefined,
        formats: flags.format,
        outDir: flags.out,
        failOn: flags['fail-on'],
        failOnStale: flags['fail-on-stale'],
        compareTo: flags['compare-to'],
        gate: flags['fail-on-new-only'] ? 'new' : undefined,
        maxWaiverDays: flags['max-waiver-days'],
        concurrency: flags.concurrency,
        connectTimeoutMs: flags['connect-timeout'],
        statementTimeoutMs: flags['statement-timeout'],
        cloudApiKey: flags['cloud-api-key'] ?? env.DB_POSTURE_CLOUD_API_KEY,
        cloudClusterId: flags['cloud-cluster-id'],
        cloudApiUrl: flags['cloud-api-url'] ?? env.DB_POSTURE_CLOUD_API_URL,
        certsDir: flags['certs-dir'],
        couchbaseUrl: flags['couchbase-url'],
        couchbaseUsername: flags['couchbase-username'],
        couchbaseCaFile: flags['couchbase-ca'],
        couchbasePassword: env.DB_POSTURE_COUCHBASE_PASSWORD
    };
    redactor.add(raw.cloudApiKey);
    redactor.add(raw.couchbasePassword);
    for (const k of Object.keys(raw))
        if (raw[k] === undefined)
            delete raw[k];
    const sources = {};
    if (flags['cloud-api-key'] === undefined && env.DB_POSTURE_CLOUD_API_KEY)
        sources.cloudApiKey = 'DB_POSTURE_CLOUD_API_KEY';
    if (flags['cloud-api-url'] === undefined && env.DB_POSTURE_CLOUD_API_URL)
        sources.cloudApiUrl = 'DB_POSTURE_CLOUD_API_URL';
    if (flags.url === undefined && env.DB_POSTURE_URL)
        sources.url = 'DB_POSTURE_URL';
    return (0,options/* parseAuditOptions */.VD)(raw, undefined, sources);
}
function summaryLines(report, files, seconds) {
    const s = report.summary;
    const lines = [
        `db-posture: audited ${report.target.name} (${report.target.engine} ${report.target.version ?? ''}) in ${seconds.toFixed(1)} s`,
        `  PASS ${s.PASS}  WARN ${s.WARN}  FAIL ${s.FAIL}  INFO ${s.INFO}  N/A ${s['N/A']}  UNKNOWN ${s.UNKNOWN}`
    ];
    for (const f of files)
        lines.push(`  wrote ${f}`);
    const blocking = report.findings.filter(f => (0,gate/* blocksReportGate */.Mm)(report, f) || f.incomplete);
    for (const f of blocking.slice(0, 50))
        lines.push(`  [${f.status}] ${f.checkId}${f.object ? ` (${f.object})` : ''}: ${f.detail.text}`);
    if (blocking.length > 50)
        lines.push(`  … and ${blocking.length - 50} more in the report`);
    const g = report.gate;
    if (g.incomplete)
        lines.push(`Audit INCOMPLETE: ${(0,core_text/* plural */.LS)(g.incomplete, 'check')} could not be evaluated because of a fault; the gate fails (exit 3).`);
    else if (g.failOn === 'never')
        lines.push('Gate not enforced (--fail-on never).');
    else if (g.passed)
        lines.push(g.mode === 'new' ? 'Gate PASSED (new or worse findings only).' : 'Gate PASSED.');
    else
        lines.push(`Gate FAILED: ${(0,markdown/* gateReasons */.xH)(report).join(', ')}.`);
    return lines;
}
/** `db-posture audit`: validate, load the baseline, audit, write the reports, return the exit code. */
async function auditCommand(flags, io, redactor) {
    const options = optionsFromFlags(flags, io.env, redactor);
    // Outputs are checked before anything connects: a bad --out must not cost a whole audit.
    (0,out_path/* checkOutputDirectory */.x)(options.outDir, '--out');
    const now = io.now?.() ?? new Date();
    const baseline = await (0,load/* loadBaselineFor */.fR)(options, (0,engines/* checkCatalogue */.GS)(), now);
    const reference = await (0,compare/* loadReference */.Qu)(options, '--compare-to');
    const rulesDir = flags.rules;
    const rules = rulesDir !== undefined ? await loadCoverageRules([rulesDir], '--rules') : undefined;
    const engine = await (0,engines/* selectEngine */.Xm)(options, redactor, io.hooks);
    const quiet = Boolean(flags.quiet);
    const progress = new TerminalProgress(io.stderr, !quiet && Boolean(io.stderr.isTTY));
    const started = performance.now();
    let report;
    try {
        report = await (0,audit/* runAudit */.b)(engine, options, { progress, redactor, now, baseline, reference });
    }
    finally {
        progress.clear();
    }
    const cov = rules ? auditCoverage(report, rules) : undefined;
    const written = await (0,write/* writeReports */.Li)(report, options.formats, external_node_path_default().resolve(options.outDir), redactor, cov ? { markdownSections: [cov.markdown] } : {});
    const files = Object.values(written).map(w => w.file);
    if (!quiet) {
        const rel = files.map(f => external_node_path_default().relative(process.cwd(), f) || f);
        const lines = summaryLines(report, rel, (performance.now() - started) / 1000);
        if (cov)
            lines.push((0,coverage_text/* coverageSummary */.rL)(cov.coverage, cov.facts), ...(0,coverage_text/* coverageLines */.Uo)(cov.coverage).map(l => `  ${l}`));
        io.stdout.write(`${redactor.scrub(lines.join('\n'))}\n`);
    }
    if (report.gate.incomplete)
        return errors/* EXIT */.dc.TARGET;
    return report.gate.passed || report.gate.failOn === 'never' ? errors/* EXIT */.dc.OK : errors/* EXIT */.dc.GATE_FAILED;
}


/***/ }),

/***/ 8069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ postureFacts),
/* harmony export */   pP: () => (/* binding */ loadPosture),
/* harmony export */   vk: () => (/* binding */ coverage)
/* harmony export */ });
/* unused harmony export requirementsOf */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2794);
/* harmony import */ var _rules_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4747);




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
        data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (error) {
        const e = error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${flag} ${file} cannot be read as JSON (${e.code ?? e.message}): expected a JSON report from db-posture audit.`);
    }
    const parsed = _report_json_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonReportSchema */ .a3.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${flag} ${file} is not a db-posture JSON report (schemaVersion 1): ${issue.path.join('.') || 'top level'}: ${issue.message}.`);
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
        if ((0,_rules_load_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleProduct */ .Kp)(rule) !== facts.product)
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


/***/ }),

/***/ 6335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uo: () => (/* binding */ coverageLines),
/* harmony export */   rL: () => (/* binding */ coverageSummary),
/* harmony export */   w6: () => (/* binding */ coverageMarkdown)
/* harmony export */ });
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);

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
    const out = ['## Detection coverage', '', (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inertWords */ .MJ)(`${coverageSummary(cov, facts)}.`), ''];
    const notCovered = cov.filter(c => c.status !== 'covered');
    if (notCovered.length === 0) {
        out.push('Every rule for this engine has the events it needs.', '');
        return out.join('\n');
    }
    out.push('| Rule | Coverage | Why |', '|---|---|---|');
    for (const c of notCovered)
        out.push(`| ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.rule.doc.id)} | ${c.status} | ${c.reasons.map(r => (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inertWords */ .MJ)(r))).join('<br>')} |`);
    out.push('');
    return out.join('\n');
}


/***/ }),

/***/ 4907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ runAudit)
});

// EXTERNAL MODULE: ./src/core/attestation.ts
var attestation = __webpack_require__(1349);
// EXTERNAL MODULE: ./src/baseline/apply.ts
var apply = __webpack_require__(471);
// EXTERNAL MODULE: ./src/pipeline/run-checks.ts + 1 modules
var run_checks = __webpack_require__(8476);
// EXTERNAL MODULE: ./src/core/report-check.ts
var report_check = __webpack_require__(6092);
// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(5009);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/gate.ts
var gate = __webpack_require__(4888);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/diff/compare.ts
var compare = __webpack_require__(5312);
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
    const comparison = (0,compare/* compareToReference */.CV)(all, ref, reference.file);
    const changeMark = (0,compare/* changeMarks */.hc)(comparison.diff);
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
    const summary = (0,core_status/* emptySummary */.CB)();
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
        : findings.filter(f => (0,gate/* blocksGate */.K8)(f, options.failOn, mode === 'new' ? newOrWorse : undefined)).length +
            expiredWaivers;
    const staleBlocks = baseline.failOnStale ? baseline.stale.length : 0;
    return {
        tool: version/* TOOL */.j,
        target: collected.target,
        context: {
            environment: options.environment,
            compliance: options.compliance,
            dataSensitivity: options.dataSensitivity,
            auditedAt: now.toISOString()
        },
        summary,
        findings,
        checks: (0,report_check/* reportChecks */.oG)(findings, id => {
            const meta = catalogue?.find(m => m.id === id);
            return meta ? (0,report_check/* reportCheckOf */.cn)(meta) : undefined;
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
        attestation: (0,attestation/* attestationLookup */.d)(attestations, collected.target.name, deps.now)
    };
    const checkMs = new Map();
    const judged = (0,run_checks/* runChecks */.J)(engine.checks, collected.facts, ctx, checkMs);
    const { findings, outcome } = (0,apply/* applyBaseline */.Qp)(judged, deps.baseline, collected.target.name, deps.now);
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


/***/ }),

/***/ 6611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Li: () => (/* binding */ writeReports)
});

// UNUSED EXPORTS: FORMAT_EXTENSIONS, sarifLocation

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var markdown = __webpack_require__(7088);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(643);
// EXTERNAL MODULE: ./src/report/junit.ts
var junit = __webpack_require__(2998);
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
        markdown: () => (0,markdown/* renderMarkdown */.Gc)(report, markdown/* FULL_LAYOUT */.zO, options.markdownSections),
        json: () => (0,json/* renderJson */.hF)(report),
        sarif: () => {
            const uri = sarifLocation(report, options.repositoryRoot ?? process.cwd());
            return (0,sarif/* renderSarif */.WH)(report, uri ? { locationUri: uri, baselineUri: uri } : {});
        },
        junit: () => (0,junit/* renderJunit */.R)(report)
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


/***/ })

};
