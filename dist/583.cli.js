export const id = 583;
export const ids = [583];
export const modules = {

/***/ 1554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseFleetArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Flag parsing for the fleet commands (merge, targets, audit --targets), with the same one-line
 * usage errors as the other commands.
 */
function parseFleetArgs(args, options, command, allowPositionals = false) {
    try {
        const r = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...args], options, strict: true, allowPositionals });
        return { flags: r.values, positionals: r.positionals };
    }
    catch (error) {
        const e = error;
        const flag = e.message.match(/'(-[^']*)'/)?.[1]?.split(' ')[0];
        if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Unknown flag ${flag ?? ''} for "db-posture ${command}". Run db-posture --help for the flags.`);
        if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Flag ${flag ?? ''} of "db-posture ${command}" needs a value. Run db-posture --help.`);
        if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Unexpected argument for "db-posture ${command}": ${e.message.match(/'([^']*)'/)?.[1] ?? ''}. Flags take the form --name value.`);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(e.message);
    }
}


/***/ }),

/***/ 1583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fleetSummaryLines: () => (/* binding */ fleetSummaryLines),
  mergeCommand: () => (/* binding */ mergeCommand),
  siblingMarkdownLink: () => (/* binding */ siblingMarkdownLink),
  writtenFiles: () => (/* binding */ writtenFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/engines/index.ts + 70 modules
var engines = __webpack_require__(4306);
// EXTERNAL MODULE: ./src/core/bounded.ts
var bounded = __webpack_require__(926);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/fleet/schema.ts
var schema = __webpack_require__(7989);
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
function parseReport(source, data) {
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
        throw new errors/* UsageError */.eb(`${source}: schemaVersion ${JSON.stringify(obj.schemaVersion)} is not one this db-posture ${version/* TOOL */.j.version} reads (${READABLE_SCHEMA_VERSIONS.join(', ')}); merge with the db-posture version that wrote it or a newer one.`);
    }
    const parsed = json/* jsonReportSchema */.a3.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* UsageError */.eb(`${source}: is not ${what} (schemaVersion 1): ${issue.path.join('.') || 'top level'}: ${issue.message}.`);
    }
    return { source, report: parsed.data };
}
/** Reads and validates the named report files (file descriptors stay bounded). */
async function loadReports(files) {
    return (0,bounded/* mapBounded */.y)(files, 32, async (file) => parseReport(file, await readJson(file, 'a JSON report written by db-posture audit')));
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
    const parsed = schema/* fleetReportSchema */.kA.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* UsageError */.eb(`${flag} ${file}: is not a db-posture fleet report (schemaVersion 1): ${issue.path.join('.') || 'top level'}: ${issue.message}.`);
    }
    return parsed.data;
}

// EXTERNAL MODULE: ./src/fleet/merge.ts
var merge = __webpack_require__(4712);
// EXTERNAL MODULE: ./src/fleet/options.ts
var options = __webpack_require__(7086);
// EXTERNAL MODULE: ./src/fleet/targets.ts
var targets = __webpack_require__(2342);
// EXTERNAL MODULE: ./src/fleet/write.ts + 3 modules
var write = __webpack_require__(9900);
// EXTERNAL MODULE: ./src/report/out-path.ts
var out_path = __webpack_require__(7524);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/cli/fleet-args.ts
var fleet_args = __webpack_require__(1554);
;// CONCATENATED MODULE: ./src/cli/merge-command.ts












const MERGE_FLAGS = {
    'from-dir': { type: 'string', multiple: true },
    out: { type: 'string' },
    format: { type: 'string' },
    'max-age': { type: 'string' },
    'compare-to': { type: 'string' },
    duplicates: { type: 'string' },
    targets: { type: 'string' },
    'fail-on': { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
/** The sibling markdown report of a leg's JSON, relative to the fleet report, when it exists. */
function siblingMarkdownLink(source, outDir) {
    const md = source.replace(/\.json$/, '.md');
    if (md === source || !(0,external_node_fs_.existsSync)(md))
        return undefined;
    return external_node_path_default().relative(outDir, md).split((external_node_path_default()).sep).join('/');
}
/** The fleet's lines for the terminal: gate, counts, files, what blocks. */
function fleetSummaryLines(report, files) {
    const s = report.summary;
    const lines = [
        `db-posture: fleet of ${(0,core_text/* plural */.LS)(s.targets, 'target')}: ${s.passed} passed, ${s.failed} failed, ${s.notEnforced} not enforced, ${s.incomplete} incomplete, ${s.missing} missing, ${s.outdated} outdated`
    ];
    for (const f of files)
        lines.push(`  wrote ${external_node_path_default().relative(process.cwd(), f) || f}`);
    for (const t of report.targets.filter(t => t.gate === 'failed').slice(0, 50))
        lines.push(`  [FAIL] ${t.name}: ${t.unwaivedFails} unwaived FAIL, ${(0,core_text/* plural */.LS)(t.expiredWaivers, 'expired waiver')}`);
    for (const t of report.targets.filter(t => t.gate === 'incomplete').slice(0, 50))
        lines.push(`  [INCOMPLETE] ${t.name}: a fault stopped a check; see its report`);
    for (const m of report.missing.slice(0, 50))
        lines.push(`  [${m.reason === 'audit-error' ? 'NOT AUDITED' : 'MISSING'}] ${m.name}: ${m.detail}`);
    for (const t of report.targets.filter(t => t.outdated).slice(0, 50))
        lines.push(`  [OUTDATED] ${t.name}: audited ${t.auditedAt}`);
    lines.push(report.gate.passed
        ? 'Fleet gate PASSED.'
        : `Fleet gate ${report.gate.incomplete ? 'INCOMPLETE' : 'FAILED'}: ${report.gate.reasons.join('; ')}.`);
    return lines;
}
function writtenFiles(written) {
    return Object.values(written).map(w => w.file);
}
/**
 * `db-posture merge <report.json...> | --from-dir <dir>`: the legs' reports into one fleet report
 * (markdown, JSON, SARIF). Exit 0 when every target passed, 1 when one failed, 3 when the fleet is
 * incomplete (a target without a report, or an outdated one); with --fail-on never, 0 unless
 * incomplete.
 */
async function mergeCommand(args, io, redactor) {
    const { flags, positionals } = (0,fleet_args/* parseFleetArgs */.h)(args, MERGE_FLAGS, 'merge', true);
    const dirs = flags['from-dir'] ?? [];
    // Validate every flag before reading any report.
    const formats = (0,options/* parseFleetFormats */.S2)(flags.format, '--format');
    const maxAgeHours = (0,options/* parseMaxAge */.pq)(flags['max-age'], '--max-age');
    const duplicates = (0,options/* parseChoice */.HU)(flags.duplicates, '--duplicates', ['error', 'latest'], 'error');
    const failOn = (0,options/* parseChoice */.HU)(flags['fail-on'], '--fail-on', ['fail', 'never'], 'fail');
    if (positionals.length === 0 && dirs.length === 0)
        throw new errors/* UsageError */.eb('db-posture merge needs report files (db-posture merge a.json b.json) or --from-dir <dir>.');
    const expected = flags.targets
        ? (await (0,targets/* loadTargets */.JU)(flags.targets)).targets.map(t => t.name)
        : undefined;
    const previousFile = flags['compare-to'];
    const previous = previousFile
        ? { report: await loadFleetReport(previousFile), source: previousFile }
        : undefined;
    const files = [...positionals];
    for (const dir of dirs) {
        const found = await findReportFiles(dir);
        if (found.length === 0)
            throw new errors/* UsageError */.eb(`--from-dir ${dir}: no security-audit-*.json report below it.`);
        files.push(...found);
    }
    const outDir = external_node_path_default().resolve(flags.out ?? 'reports');
    (0,out_path/* checkOutputDirectory */.x)(outDir, '--out');
    const legs = await loadReports(files);
    const now = io.now?.() ?? new Date();
    const { report, kept } = (0,merge/* mergeReports */.C)(legs, {
        now,
        maxAgeHours,
        duplicates,
        ...(expected ? { expected } : {}),
        ...(previous ? { previous } : {}),
        linkFor: source => siblingMarkdownLink(external_node_path_default().resolve(source), outDir)
    });
    const written = await (0,write/* writeFleetReports */.BP)(report, kept, formats, outDir, redactor, engines/* describeCheck */.cn);
    if (!flags.quiet)
        io.stdout.write(`${redactor.scrub(fleetSummaryLines(report, writtenFiles(written)).join('\n'))}\n`);
    const code = (0,merge/* fleetExitCode */.o)(report);
    return failOn === 'never' && code === errors/* EXIT */.dc.GATE_FAILED ? errors/* EXIT */.dc.OK : code;
}


/***/ }),

/***/ 926:
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

/***/ 4712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ mergeReports),
/* harmony export */   o: () => (/* binding */ fleetExitCode)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3323);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7989);



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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Target ${JSON.stringify(name)} has ${list.length} reports: ${list.map(l => l.source).join(', ')}. Give each leg a unique name, or pass --duplicates latest to keep the newest audit.`);
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
        schemaVersion: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .FLEET_SCHEMA_VERSION */ .ym,
        kind: 'db-posture-fleet',
        tool: { name: _core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL */ .j.name, version: _core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL */ .j.version },
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


/***/ }),

/***/ 7086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   S2: () => (/* binding */ parseFleetFormats),
/* harmony export */   pq: () => (/* binding */ parseMaxAge)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9900);


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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Invalid ${label} ${JSON.stringify(value)}: expected a duration such as 48h, 2d or 90m (at most 366 days).`);
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
    const bad = items.find(i => !_write_js__WEBPACK_IMPORTED_MODULE_1__/* .FLEET_FORMATS */ .im.includes(i));
    if (bad !== undefined || items.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Invalid ${label} ${JSON.stringify(value)}${bad !== undefined ? ` (item ${JSON.stringify(bad)})` : ''}: expected a comma list of ${_write_js__WEBPACK_IMPORTED_MODULE_1__/* .FLEET_FORMATS */ .im.join(', ')}.`);
    }
    return items;
}
function parseChoice(value, label, choices, fallback) {
    if (value === undefined)
        return fallback;
    const v = value.trim().toLowerCase();
    if (!choices.includes(v)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Invalid ${label} ${JSON.stringify(value)}: expected one of ${choices.join(', ')}.`);
    }
    return v;
}


/***/ }),

/***/ 7989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kA: () => (/* binding */ fleetReportSchema),
/* harmony export */   ym: () => (/* binding */ FLEET_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony export GATE_STATES */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _core_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5009);


/** The fleet report's own version; independent of the per-target report's schemaVersion. */
const FLEET_SCHEMA_VERSION = 1;
/**
 * A target's gate as its own report says: enforced and passed, enforced and failed, not enforced,
 * or incomplete (a fault stopped a check: the leg exited 3, whatever its fail-on level).
 */
const GATE_STATES = ['passed', 'failed', 'not-enforced', 'incomplete'];
const summary = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc(Object.fromEntries(_core_status_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f.map(s => [s, zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0)])));
const fleetTarget = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    engine: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['postgres', 'cockroachdb', 'couchbase']),
    deployment: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['cloud', 'self-hosted']),
    environment: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['production', 'staging', 'development', 'sandbox']),
    compliance: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    auditedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Hours between the audit and the merge; negative when the report is from the future. */
    ageHours: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    /** Older than the merge's max age, or from the future: its verdict cannot stand for today. */
    outdated: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    gate: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(GATE_STATES),
    unwaivedFails: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0),
    waivedFails: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0),
    expiredWaivers: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0),
    summary,
    /** db-posture version and report schemaVersion that wrote the leg (mixed fleets show both). */
    toolVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    /** The report file as given to merge (or the artifact it came from). */
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Where a reader finds the leg's full report: a relative path or an artifact URL. */
    link: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
})
    .strict();
const checkRow = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    checkId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    dimension: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Targets with an unwaived FAIL of this check, by name. */
    failing: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    /** Targets where every FAIL of this check is waived. */
    waived: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    warning: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    unknown: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
})
    .strict();
const targetList = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ checkId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), targets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }).strict());
const fleetReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(FLEET_SCHEMA_VERSION),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('db-posture-fleet'),
    tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('db-posture'), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).strict(),
    generatedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    maxAgeHours: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        targets: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        passed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        failed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        notEnforced: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        incomplete: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        missing: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        outdated: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int()
    })
        .strict(),
    gate: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        passed: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        /** True when a target has no report, an outdated one, or could not be audited. */
        incomplete: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        reasons: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
    })
        .strict(),
    targets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fleetTarget),
    missing: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        reason: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['no-report', 'audit-error']),
        detail: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    })
        .strict()),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(checkRow),
    duplicates: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), kept: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), superseded: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }).strict()),
    changes: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        comparedTo: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ generatedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).strict(),
        addedTargets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        removedTargets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        gateChanges: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            from: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n([...GATE_STATES, 'missing']),
            to: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n([...GATE_STATES, 'missing'])
        })
            .strict()),
        newlyFailing: targetList,
        noLongerFailing: targetList
    })
        .strict()
        .optional(),
    notes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
})
    .strict();


/***/ }),

/***/ 2342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ toMatrix),
/* harmony export */   Gl: () => (/* binding */ targetOptions),
/* harmony export */   JU: () => (/* binding */ loadTargets),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports MATRIX_LIMIT, parseTargets */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8648);




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
function fail(file, where, problem) {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Targets file ${file}: ${where}: ${problem}.`);
}
function readSettings(file, where, value, allowName) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        fail(file, where, 'expected a mapping');
    const out = {};
    for (const [key, v] of Object.entries(value)) {
        if (key in REFUSED)
            fail(file, where, `key "${key}" would put a secret in the file; name the environment variable that holds it with ${REFUSED[key]}`);
        if (!KNOWN.has(key) || (key === 'name' && !allowName))
            fail(file, where, `unknown key "${key}"`);
        if (key === 'compliance' && Array.isArray(v)) {
            if (!v.every(x => typeof x === 'string'))
                fail(file, where, 'compliance: expected a list of names');
            out[key] = v;
            continue;
        }
        if (typeof v === 'number' || typeof v === 'boolean') {
            out[key] = String(v);
            continue;
        }
        if (typeof v !== 'string' || v === '')
            fail(file, where, `${key}: expected a non-empty string`);
        if (key in SECRET_ENV_KEYS && !ENV_NAME.test(v))
            fail(file, where, `${key} ${JSON.stringify(v)}: expected an environment variable name such as PROD_DB_URL`);
        if (key === 'couchbase-url' && /^[a-z][a-z0-9+.-]*:\/\/[^/@]*@/i.test(v))
            fail(file, where, 'couchbase-url carries credentials; use couchbase-username and couchbase-password-env');
        out[key] = v;
    }
    return out;
}
/** Parses and validates a targets file's text; every problem names the file, entry and line. */
function parseTargets(source, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(source, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const at = e.linePos?.[0]?.line ?? (e.pos?.[0] !== undefined ? lines.linePos(e.pos[0]).line : undefined);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Targets file ${file}${at ? ` line ${at}` : ''} is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const data = (doc.toJS() ?? {});
    if (typeof data !== 'object' || Array.isArray(data))
        fail(file, 'top level', 'expected a mapping with version and targets');
    for (const key of Object.keys(data))
        if (!['version', 'defaults', 'targets'].includes(key))
            fail(file, 'top level', `unknown key "${key}"`);
    if (data.version !== 1)
        fail(file, 'field "version"', `expected 1, found ${JSON.stringify(data.version)}`);
    const defaults = data.defaults === undefined ? {} : readSettings(file, 'defaults', data.defaults, false);
    if (!Array.isArray(data.targets) || data.targets.length === 0)
        fail(file, 'field "targets"', 'expected a non-empty list of targets');
    const seq = doc.get('targets', true);
    const lineOf = (i) => {
        const node = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(seq) ? seq.items[i] : undefined;
        const offset = node && ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node) || 'range' in node) ? node.range?.[0] : undefined;
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
            fail(file, where, 'name is required');
        if (!NAME.test(name))
            fail(file, where, `name ${JSON.stringify(name)}: expected letters, digits, ".", "_" or "-" (at most 63, starting alphanumeric)`);
        if (name.toLowerCase() === 'fleet')
            fail(file, where, 'name "fleet" is reserved: the leg artifact db-posture-fleet would clash with the fleet report\'s');
        const before = seen.get(name);
        if (before !== undefined)
            fail(file, where, `name ${JSON.stringify(name)} is also used by targets[${before}]; each target needs its own name`);
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
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const e = error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${flag} ${file}: cannot be read (${e.code ?? e.message}): expected a targets file (YAML).`);
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
                fail(targets.file, where, `${key} names ${value}, which is not set (or empty) in the environment`);
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
    return (0,_core_options_js__WEBPACK_IMPORTED_MODULE_3__/* .parseAuditOptions */ .VD)(raw, name => `${targets.file} ${where} ${name}`, sources);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Targets file ${targets.file} has ${list.length} targets${options.shard ? ' in this shard' : ''}; a GitHub Actions matrix runs at most ${MATRIX_LIMIT} jobs. Split it with --shard 1/${Math.ceil(list.length / MATRIX_LIMIT)} (one matrix job per shard).`);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid --shard ${JSON.stringify(value)}: expected i/n with 1 <= i <= n, such as 1/3.`);
    return { index, count };
}


/***/ }),

/***/ 9900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  im: () => (/* binding */ FLEET_FORMATS),
  BP: () => (/* binding */ writeFleetReports)
});

// UNUSED EXPORTS: renderFleetJson

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var markdown = __webpack_require__(7088);
;// CONCATENATED MODULE: ./src/report/fit.ts

/**
 * The layouts a budgeted view (job summary, PR comment) tries in turn until one fits. PASS/INFO/N/A
 * detail goes first, then every check's list of findings shrinks evenly (each check keeps the same
 * number of lines, so one check with 12,000 findings cannot crowd out the others), then the objects
 * named on each check's line. A FAIL, WARN or UNKNOWN check's line and the section headings stay.
 */
const SHRINK_STEPS = [
    markdown/* FULL_LAYOUT */.zO,
    { ...markdown/* FULL_LAYOUT */.zO, quiet: 'lines' },
    { ...markdown/* FULL_LAYOUT */.zO, quiet: 'counts' },
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
function fit_fitToBudget(render, size, budget, note, 
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

;// CONCATENATED MODULE: ./src/fleet/markdown.ts


const ENGINE_NAMES = {
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
        const engine = `${ENGINE_NAMES[t.engine] ?? (0,core_text/* codeSpan */.SS)(t.engine)}${t.version !== undefined ? ` ${(0,core_text/* codeSpan */.SS)(t.version)}` : ''}`;
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
const FLEET_SUMMARY_BUDGET = (/* unused pure expression or super */ null && (900 * 1024));
/**
 * The fleet job summary: the fleet report shrunk by FLEET_SHRINK_STEPS until it fits (never a
 * blind cut that could lose the checks table below a long targets table). A shortened summary says
 * so after the gate line, and where the full report is, as far as that is true.
 */
function renderFleetSummary(report, options) {
    const where = options.uploaded
        ? `the full report is ${codeSpan(options.reportName)} in the run's artifact`
        : `the full report is ${codeSpan(options.reportName)} in the output directory (no artifact was uploaded)`;
    return fitToBudget((layout, shortened) => renderFleetMarkdown(report, options, layout, shortened ? `> Shortened to fit a job summary: ${where}.` : undefined), s => Buffer.byteLength(s, 'utf8'), options.budget ?? FLEET_SUMMARY_BUDGET, `> The report is longer than a job summary allows; ${where}.`, FLEET_SHRINK_STEPS).text;
}

// EXTERNAL MODULE: ./src/core/report-check.ts
var report_check = __webpack_require__(6092);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/report/sarif.ts
var report_sarif = __webpack_require__(643);
// EXTERNAL MODULE: ./src/baseline/apply.ts
var apply = __webpack_require__(471);
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
        tool: { ...version/* TOOL */.j, version: r.tool.version },
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
        checks: (0,report_check/* reportChecks */.oG)(findings, id => {
            const own = recorded.get(id);
            if (own)
                return own;
            const meta = describe(id);
            return meta ? (0,report_check/* reportCheckOf */.cn)(meta) : undefined;
        }),
        notes: r.notes.map(n => ({ text: n, markdown: (0,core_text/* codeSpan */.SS)(n) })),
        unavailable: r.unavailable.map(u => ({
            fact: u.fact,
            reason: { text: u.reason, markdown: (0,core_text/* codeSpan */.SS)(u.reason) }
        })),
        baseline: { ...(0,apply/* emptyBaselineOutcome */.xz)(), ...(r.baseline.file ? { file: r.baseline.file } : {}) },
        gate: {
            ...r.gate,
            mode: r.gate.mode ?? 'all',
            unwaivedUnknowns: r.gate.unwaivedUnknowns ?? 0,
            incomplete: r.gate.incomplete ?? 0
        }
    };
}
const RANK = { error: 0, warning: 1, note: 2 };
const STATUS_RANK = { FAIL: 0, WARN: 1, UNKNOWN: 2 };
/**
 * How many results each (rule, target) pair keeps under `limit`: the room is shared per rule first
 * (every rule with results keeps at least one, as in the single-target SARIF), then each rule's
 * share among its targets, so that a rule failing on 20 targets keeps a result on every one of
 * them (a target left without its result would have that alert closed as fixed).
 */
function sharePerRuleAndTarget(counts, limit) {
    const perRule = new Map([...counts].map(([rule, legs]) => [rule, [...legs.values()].reduce((a, b) => a + b, 0)]));
    const ruleShare = (0,report_sarif/* sharePerRule */.n5)(perRule, limit);
    const out = new Map();
    for (const [rule, legs] of counts) {
        const byLeg = (0,report_sarif/* sharePerRule */.n5)(new Map([...legs].map(([leg, n]) => [String(leg).padStart(9, '0'), n])), ruleShare.get(rule) ?? 0);
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
    const limit = options.limit ?? report_sarif/* SARIF_RESULT_LIMIT */.Uw;
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
        const sarif = JSON.parse((0,report_sarif/* renderSarif */.WH)(report, { locationUri: `db-posture/${leg.report.target.name}` }));
        const run = sarif.runs[0];
        for (const rule of run.tool.driver.rules)
            if (!rules.has(rule.id))
                rules.set(rule.id, rule);
        results.push(...run.results);
    });
    // Stable sort: by severity, then in target order as merged.
    const ordered = results
        .map((r, i) => ({ r, i }))
        .sort((a, b) => (RANK[a.r.level ?? 'note'] ?? 3) - (RANK[b.r.level ?? 'note'] ?? 3) || a.i - b.i)
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
                        name: version/* TOOL */.j.name,
                        semanticVersion: version/* TOOL */.j.version,
                        informationUri: version/* TOOL */.j.url,
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




const FLEET_FORMATS = ['markdown', 'json', 'sarif'];
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
    for (const format of FLEET_FORMATS.filter(f => formats.includes(f))) {
        const file = external_node_path_default().join(dir, `fleet-report-${report.generatedAt.slice(0, 10)}.${EXTENSION[format]}`);
        const content = redactor.scrub(render[format]());
        await (0,promises_.writeFile)(file, content);
        out[format] = { file, content };
    }
    return out;
}


/***/ })

};
