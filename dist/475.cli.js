export const id = 475;
export const ids = [475];
export const modules = {

/***/ 6856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fleetAuditCommand: () => (/* binding */ fleetAuditCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/pipeline/audit.ts + 1 modules
var audit = __webpack_require__(4907);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/progress.ts
const silentProgress = { step() { }, count() { }, warn() { } };

// EXTERNAL MODULE: ./src/baseline/load.ts + 1 modules
var load = __webpack_require__(2666);
// EXTERNAL MODULE: ./src/engines/index.ts + 70 modules
var engines = __webpack_require__(4306);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/write.ts + 1 modules
var write = __webpack_require__(6611);
// EXTERNAL MODULE: ./src/report/out-path.ts
var out_path = __webpack_require__(7524);
// EXTERNAL MODULE: ./src/core/bounded.ts
var bounded = __webpack_require__(926);
// EXTERNAL MODULE: ./src/fleet/merge.ts
var merge = __webpack_require__(4712);
// EXTERNAL MODULE: ./src/fleet/options.ts
var options = __webpack_require__(7086);
// EXTERNAL MODULE: ./src/fleet/targets.ts
var fleet_targets = __webpack_require__(2342);
// EXTERNAL MODULE: ./src/fleet/write.ts + 3 modules
var fleet_write = __webpack_require__(9900);
// EXTERNAL MODULE: ./src/cli/fleet-args.ts
var fleet_args = __webpack_require__(1554);
// EXTERNAL MODULE: ./src/cli/merge-command.ts + 1 modules
var merge_command = __webpack_require__(1583);
;// CONCATENATED MODULE: ./src/cli/fleet-audit-command.ts
















const FLEET_AUDIT_FLAGS = {
    targets: { type: 'string' },
    parallel: { type: 'string' },
    baseline: { type: 'string' },
    'fail-on-stale': { type: 'boolean' },
    'max-waiver-days': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'fail-on': { type: 'string' },
    concurrency: { type: 'string' },
    'connect-timeout': { type: 'string' },
    'statement-timeout': { type: 'string' },
    'max-age': { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
/** Flags that set one target's identity: they belong in the targets file, not on the command line. */
const PER_TARGET_FLAGS = [
    '--url',
    '--name',
    '--engine',
    '--deployment',
    '--environment',
    '--compliance',
    '--data-sensitivity',
    '--cloud-api-key',
    '--cloud-cluster-id',
    '--cloud-api-url',
    '--certs-dir',
    '--couchbase-url',
    '--couchbase-username',
    '--couchbase-ca'
];
/**
 * `db-posture audit --targets fleet.yml`: validates every target (file, secrets, baselines)
 * before the first connection, audits them with at most --parallel at once, writes each target's
 * reports and the merged fleet report, and exits with the worst outcome: 3 when a target could not
 * be audited, 1 when one failed its gate, 0 otherwise.
 */
async function fleetAuditCommand(args, io, redactor) {
    const single = args.find(a => PER_TARGET_FLAGS.includes(a.split('=')[0]));
    if (single)
        throw new core_errors/* UsageError */.eb(`${single.split('=')[0]} cannot be combined with --targets: set it per target in the targets file.`);
    const { flags } = (0,fleet_args/* parseFleetArgs */.h)(args, FLEET_AUDIT_FLAGS, 'audit --targets');
    const file = flags.targets;
    const parallelRaw = flags.parallel ?? '4';
    const parallel = Number(parallelRaw);
    if (!/^\d+$/.test(parallelRaw) || parallel < 1 || parallel > 64)
        throw new core_errors/* UsageError */.eb(`Invalid --parallel ${JSON.stringify(parallelRaw)}: expected a whole number from 1 to 64.`);
    const maxAgeHours = (0,options/* parseMaxAge */.pq)(flags['max-age'], '--max-age');
    const common = Object.fromEntries(Object.entries({
        baseline: flags.baseline ?? load/* DEFAULT_BASELINE */.Mz,
        baselineExplicit: flags.baseline !== undefined,
        formats: flags.format,
        outDir: flags.out,
        failOn: flags['fail-on'],
        failOnStale: flags['fail-on-stale'],
        maxWaiverDays: flags['max-waiver-days'],
        concurrency: flags.concurrency,
        connectTimeoutMs: flags['connect-timeout'],
        statementTimeoutMs: flags['statement-timeout']
    }).filter(([, v]) => v !== undefined));
    (0,out_path/* checkOutputDirectory */.x)(flags.out ?? 'reports', '--out');
    const targets = await (0,fleet_targets/* loadTargets */.JU)(file);
    const now = io.now?.() ?? new Date();
    const catalogue = (0,engines/* checkCatalogue */.GS)();
    // Everything is validated before the first connection: a bad entry stops the whole run. Only
    // then are engines chosen (auto-detection reads version() on the target).
    const validated = [];
    for (const entry of targets.targets) {
        const options = (0,fleet_targets/* targetOptions */.Gl)(targets, entry, io.env, common);
        for (const secret of [options.url, options.cloudApiKey, options.couchbasePassword])
            redactor.add(secret);
        const baseline = await (0,load/* loadBaselineFor */.fR)(options, catalogue, now);
        validated.push({ entry, options, baseline });
    }
    const plans = validated;
    const quiet = Boolean(flags.quiet);
    const errors = [];
    let internal = false;
    const outcomes = await (0,bounded/* mapBounded */.y)(plans, parallel, async (plan) => {
        const started = performance.now();
        try {
            // Per target: an unreachable target fails its own leg (auto-detection connects), not the run.
            const engine = await (0,engines/* selectEngine */.Xm)(plan.options, redactor, io.hooks);
            const report = await (0,audit/* runAudit */.b)(engine, plan.options, {
                progress: silentProgress,
                redactor,
                now,
                baseline: plan.baseline
            });
            const written = await (0,write/* writeReports */.Li)(report, plan.options.formats, external_node_path_default().resolve(plan.options.outDir), redactor);
            if (!quiet)
                io.stderr.write(`db-posture: ${plan.entry.name}: ${report.gate.passed ? 'passed' : report.gate.failOn === 'never' ? 'not enforced' : 'FAILED'} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
            const source = (written.json ?? written.markdown ?? Object.values(written)[0])?.file ?? plan.entry.name;
            const md = written.markdown?.file;
            return { leg: { source, report: (0,json/* toJsonReport */.Ow)(report) }, md };
        }
        catch (error) {
            const known = error instanceof core_errors/* TargetError */.I0 || error instanceof core_errors/* UsageError */.eb;
            if (!known)
                internal = true;
            const detail = redactor.scrub(`${known ? '' : 'internal error: '}${error?.message ?? String(error)}`);
            errors.push({ name: plan.entry.name, detail });
            if (!quiet)
                io.stderr.write(`db-posture: ${plan.entry.name}: could not be audited: ${detail}\n`);
            return undefined;
        }
    });
    const legs = outcomes.filter(o => o !== undefined);
    const outDir = external_node_path_default().resolve(flags.out ?? 'reports');
    const mdBySource = new Map(legs.map(o => [o.leg.source, o.md]));
    const { report, kept } = (0,merge/* mergeReports */.C)(legs.map(o => o.leg), {
        now,
        maxAgeHours,
        duplicates: 'error',
        expected: targets.targets.map(t => t.name),
        errors,
        linkFor: source => {
            const md = mdBySource.get(source);
            return md ? external_node_path_default().relative(outDir, md).split((external_node_path_default()).sep).join('/') : undefined;
        }
    });
    const requested = (plans[0]?.options.formats ?? ['markdown', 'json']);
    const formats = ['markdown', 'json', 'sarif'].filter(f => f !== 'sarif' || requested.includes('sarif'));
    const written = await (0,fleet_write/* writeFleetReports */.BP)(report, kept, formats, outDir, redactor, engines/* describeCheck */.cn);
    if (!quiet)
        io.stdout.write(`${redactor.scrub((0,merge_command.fleetSummaryLines)(report, (0,merge_command.writtenFiles)(written)).join('\n'))}\n`);
    if (internal)
        return core_errors/* EXIT */.dc.INTERNAL;
    return (0,merge/* fleetExitCode */.o)(report);
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
