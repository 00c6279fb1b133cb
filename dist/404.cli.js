export const id = 404;
export const ids = [404];
export const modules = {

/***/ 4303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES_HELP: () => (/* binding */ RULES_HELP),
  parseFlags: () => (/* binding */ parseFlags),
  rulesCommand: () => (/* binding */ rulesCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/detect/builtin.ts
var detect_builtin = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/detect/coverage.ts
var coverage = __webpack_require__(8069);
// EXTERNAL MODULE: ./src/detect/output/coverage-text.ts
var coverage_text = __webpack_require__(6335);
// EXTERNAL MODULE: ./src/report/junit.ts
var junit = __webpack_require__(2998);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
;// CONCATENATED MODULE: ./src/detect/output/rules-test-report.ts


/** JUnit XML: one suite per rule file, one case per test (invalid rules are failed cases too). */
function rulesJunit(results, errors) {
    const byFile = new Map();
    const add = (file, c) => {
        if (!byFile.has(file))
            byFile.set(file, []);
        byFile.get(file).push(c);
    };
    for (const e of errors)
        add(e.file, {
            name: `valid rule${e.rule ? ` ${e.rule}` : ''} (line ${e.line})`,
            classname: e.rule ?? e.file,
            failure: e.message
        });
    for (const r of results)
        add(r.rule.file, {
            name: `${r.kind}: ${r.name}`,
            classname: r.rule.doc.id,
            ...(r.passed ? {} : { failure: r.message })
        });
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
    const total = [...byFile.values()].flat();
    lines.push(`<testsuites name="db-posture rules test" tests="${total.length}" failures="${total.filter(c => c.failure).length}">`);
    for (const [file, cases] of byFile) {
        lines.push(`  <testsuite name="${(0,junit/* xmlEscape */.f)(file)}" tests="${cases.length}" failures="${cases.filter(c => c.failure).length}">`);
        for (const c of cases) {
            const open = `    <testcase name="${(0,junit/* xmlEscape */.f)(c.name)}" classname="${(0,junit/* xmlEscape */.f)(c.classname)}" file="${(0,junit/* xmlEscape */.f)(file)}"`;
            if (c.failure)
                lines.push(`${open}>`, `      <failure message="${(0,junit/* xmlEscape */.f)(c.failure)}">${(0,junit/* xmlEscape */.f)(c.failure)}</failure>`, '    </testcase>');
            else
                lines.push(`${open}/>`);
        }
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return `${lines.join('\n')}\n`;
}
/** SARIF 2.1.0: a result on the rule file's line for every failed test and invalid rule. */
function rulesSarif(results, errors) {
    const sarifResults = [
        ...errors.map(e => ({
            ruleId: 'db-posture/invalid-rule',
            level: 'error',
            message: { text: `${e.rule ? `${e.rule}: ` : ''}${e.message}` },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: e.file.split('\\').join('/') },
                        region: { startLine: e.line }
                    }
                }
            ]
        })),
        ...results
            .filter(r => !r.passed)
            .map(r => ({
            ruleId: 'db-posture/failed-rule-test',
            level: 'error',
            message: { text: `${r.rule.doc.id}: ${r.kind} test "${r.name}" failed: ${r.message}` },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: r.rule.file.split('\\').join('/') },
                        region: { startLine: r.line }
                    }
                }
            ]
        }))
    ];
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: version/* TOOL */.j.name,
                        version: version/* TOOL */.j.version,
                        informationUri: version/* TOOL */.j.url,
                        rules: [
                            {
                                id: 'db-posture/invalid-rule',
                                shortDescription: { text: 'Detection rule does not load' },
                                defaultConfiguration: { level: 'error' }
                            },
                            {
                                id: 'db-posture/failed-rule-test',
                                shortDescription: { text: 'Detection rule test failed' },
                                defaultConfiguration: { level: 'error' }
                            }
                        ]
                    }
                },
                automationDetails: { id: 'db-posture/rules-test/' },
                results: sarifResults
            }
        ]
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/detect/lines.ts
var lines = __webpack_require__(2044);
// EXTERNAL MODULE: ./src/detect/read.ts
var read = __webpack_require__(559);
// EXTERNAL MODULE: ./src/detect/replay.ts + 1 modules
var detect_replay = __webpack_require__(6226);
// EXTERNAL MODULE: ./src/detect/rules/load.ts
var load = __webpack_require__(4747);
// EXTERNAL MODULE: ./src/detect/rules/schema.ts
var schema = __webpack_require__(6700);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
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
    const stats = (0,read/* emptyStats */.bD)();
    const opts = { format: test.format, pgPrefix: test.pg_prefix };
    if (test.fixture) {
        const file = external_node_path_default().resolve(rule.dir, test.fixture);
        try {
            const got = [];
            const s = await (0,read/* readLogs */.o_)([file], e => got.push(e), opts);
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
        const c = new read/* EventCollector */.W1(`${rule.file}:${line}`, opts, stats);
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
            const stats = await (0,read/* readLogs */.o_)([file], e => replay.push(e), readAs.get(rel.split((external_node_path_default()).sep).join('/')) ?? {});
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

;// CONCATENATED MODULE: ./src/cli/rules-command.ts











const RULES_HELP = `db-posture rules test [dir|file ...] [options]
  Validates every rule (schema, unknown keys, duplicate ids, selections, conditions), runs every
  inline test and fixture, and replays the goodlog/ corpus of each directory (hits not listed in
  goodlog/known-fps.yml fail). Without a directory, the built-in pack is tested.
  --posture <report.json>     list the rules that are blind on that audited cluster, and why
  --fail-on-blind             exit 1 when --posture shows a blind rule
  --junit <file>              JUnit XML (one case per test)
  --sarif <file>              SARIF 2.1.0 (results on the rule files' lines)
  --no-goodlog                skip the goodlog pass
  --quiet                     print failures only
  Exit codes: 0 all tests pass, 1 a test failed, 2 a rule is invalid or a flag is wrong.
`;
const FLAGS = {
    posture: { type: 'string' },
    'fail-on-blind': { type: 'boolean' },
    junit: { type: 'string' },
    sarif: { type: 'string' },
    'no-goodlog': { type: 'boolean' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
function parseFlags(args, options, command) {
    try {
        return (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: true });
    }
    catch (error) {
        const e = error;
        const flag = e.message.match(/'(-[^']*)'/)?.[1]?.split(' ')[0];
        if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
            throw new core_errors/* UsageError */.eb(`Unknown flag ${flag ?? ''} for "db-posture ${command}". Run db-posture ${command} --help for the flags.`);
        if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
            throw new core_errors/* UsageError */.eb(`Flag ${flag ?? ''} of "db-posture ${command}" needs a value. Run db-posture ${command} --help.`);
        throw new core_errors/* UsageError */.eb(e.message);
    }
}
async function writeOut(file, text, flag) {
    try {
        await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
        await (0,promises_.writeFile)(file, text);
    }
    catch (error) {
        throw new core_errors/* UsageError */.eb(`${flag} ${file} cannot be written (${error.code ?? error.message}).`);
    }
}
/** `db-posture rules test`: the CI gate for a detection repository. */
async function rulesCommand(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
        io.stdout.write(RULES_HELP);
        return core_errors/* EXIT */.dc.OK;
    }
    if (sub !== 'test')
        throw new core_errors/* UsageError */.eb(`Unknown subcommand "rules ${sub}": expected "rules test". Run db-posture rules --help.`);
    const { values, positionals } = parseFlags(rest, FLAGS, 'rules test');
    if (values.help) {
        io.stdout.write(RULES_HELP);
        return core_errors/* EXIT */.dc.OK;
    }
    if (values['fail-on-blind'] && !values.posture)
        throw new core_errors/* UsageError */.eb('--fail-on-blind needs --posture <report.json>.');
    const posture = values.posture ? await (0,coverage/* loadPosture */.pP)(values.posture) : undefined;
    let dirs = positionals;
    if (dirs.length === 0) {
        const builtin = (0,detect_builtin/* builtinRulesDir */.E)();
        if (!builtin)
            throw new core_errors/* UsageError */.eb('No rule directory given and the built-in pack was not found: name a directory.');
        dirs = [builtin];
    }
    const set = await (0,load/* loadRules */.A7)(dirs);
    const unreadable = set.errors.filter(e => e.message.startsWith('cannot read '));
    if (unreadable.length > 0)
        throw new core_errors/* UsageError */.eb(`rules test ${unreadable[0].file}: ${unreadable[0].message}; expected a rule file or directory.`);
    const results = await runRuleTests(set);
    const goodlog = values['no-goodlog'] ? undefined : await runGoodlog(set);
    const all = [...results, ...(goodlog?.results ?? [])];
    const errors = [...set.errors, ...(goodlog?.errors ?? [])];
    const out = [];
    for (const e of errors)
        out.push(`INVALID ${e.file}:${e.line}${e.rule ? ` ${e.rule}` : ''}: ${e.message}`);
    for (const r of all) {
        if (!r.passed)
            out.push(`FAIL ${r.rule.file}:${r.line} ${r.rule.doc.id}: ${r.kind} "${r.name}": ${r.message}`);
        else if (!values.quiet && r.kind !== 'goodlog')
            out.push(`ok   ${r.rule.doc.id}: ${r.name}`);
    }
    const failed = all.filter(r => !r.passed).length;
    out.push(`rules test: ${(0,core_text/* plural */.LS)(set.rules.length, 'rule')} in ${(0,core_text/* plural */.LS)(set.files.length, 'file')}, ${(0,core_text/* plural */.LS)(all.length, 'test')} (${failed} failed), ${errors.length} invalid` +
        (goodlog && goodlog.files.length > 0
            ? `; goodlog ${(0,core_text/* plural */.LS)(goodlog.files.length, 'file')}, ${(0,core_text/* plural */.LS)(goodlog.events, 'event')}`
            : ''));
    let blind = 0;
    if (posture) {
        const cov = (0,coverage/* coverage */.vk)(set.rules, posture);
        blind = cov.filter(c => c.status === 'blind').length;
        out.push((0,coverage_text/* coverageSummary */.rL)(cov, posture), ...(0,coverage_text/* coverageLines */.Uo)(cov).map(l => `  ${l}`));
    }
    io.stdout.write(`${out.join('\n')}\n`);
    if (values.junit)
        await writeOut(values.junit, rulesJunit(all, errors), '--junit');
    if (values.sarif)
        await writeOut(values.sarif, rulesSarif(all, errors), '--sarif');
    if (errors.length > 0)
        return core_errors/* EXIT */.dc.USAGE;
    if (failed > 0)
        return core_errors/* EXIT */.dc.GATE_FAILED;
    if (values['fail-on-blind'] && blind > 0)
        return core_errors/* EXIT */.dc.GATE_FAILED;
    return core_errors/* EXIT */.dc.OK;
}


/***/ }),

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

/***/ 2896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ builtinRulesDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/** The shipped rule pack's folder name; pack.yml marks it. */
const PACK = 'detections';
/**
 * Where the built-in rule pack lives: the package's top-level detections/ folder, found by walking
 * up from this module (src/detect/ in a checkout, dist/ in the bundle). The walk keeps the path
 * out of the bundler's static asset analysis, which would otherwise copy the folder into dist/.
 */
function builtinRulesDir() {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, PACK);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(candidate, 'pack.yml')))
            return candidate;
        const up = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (up === dir)
            break;
        dir = up;
    }
    return undefined;
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
