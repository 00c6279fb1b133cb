export const id = 162;
export const ids = [162];
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
// EXTERNAL MODULE: ./src/detect/read.ts + 3 modules
var read = __webpack_require__(8438);
// EXTERNAL MODULE: ./src/detect/replay.ts + 1 modules
var detect_replay = __webpack_require__(6226);
// EXTERNAL MODULE: ./src/detect/rules/load.ts + 1 modules
var load = __webpack_require__(3980);
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
        for (const [text, n] of (0,lines/* stringLines */.z)(logLines(test)))
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

/***/ 2044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ openLog),
/* harmony export */   z: () => (/* binding */ stringLines)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);



const CHUNK = 1 << 20;
/**
 * A plain file read chunk by chunk into one reused buffer (no allocation per chunk, unlike a read
 * stream): each chunk is valid only until the consumer asks for the next one, so the consumer
 * copies what it keeps.
 */
async function* reusedChunks(handle, counter) {
    const buf = Buffer.allocUnsafe(CHUNK);
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buf, 0, CHUNK, null);
            if (bytesRead === 0)
                return;
            counter.bytes += bytesRead;
            yield buf.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * Opens a log file for reading, gunzipping it when it starts with the gzip magic bytes. A plain
 * file's chunks share one buffer (see reusedChunks); gzip output is a stream of fresh buffers.
 */
async function openLog(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    const head = Buffer.alloc(2);
    let gzip = false;
    try {
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        gzip = bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    if (!gzip) {
        const counter = { bytes: 0 };
        return { stream: reusedChunks(handle, counter), bytesRead: () => counter.bytes };
    }
    await handle.close();
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: CHUNK });
    const bytesRead = () => raw.bytesRead;
    const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)();
    raw.on('error', e => gunzip.destroy(e));
    return { stream: raw.pipe(gunzip), bytesRead };
}
/** Lines of an in-memory log (inline rule tests). */
function* stringLines(text) {
    const lines = text.split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        yield [l.endsWith('\r') ? l.slice(0, -1) : l, i + 1];
    }
}


/***/ }),

/***/ 7383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ maskRecord)
/* harmony export */ });
/* unused harmony export maskPasswords */
/**
 * Passwords that reach logs in clear text: PostgreSQL's `log_statement` writes `CREATE ROLE ...
 * PASSWORD 'secret'` as typed, and SQL++ `CREATE USER ... PASSWORD "secret"` likewise. CockroachDB
 * and pgaudit already write `*****` / `<REDACTED>`; those are left as they are.
 */
// Only a quoted literal is a password value: SQL and SQL++ always quote it, and the prose of
// messages ("password authentication failed") never does.
const PASSWORD = /\b(PASSWORD\s+)((?:E|U&)?'(?:[^']|'')*'?|"(?:[^"\\]|\\.|"")*"?|\$([A-Za-z_]*)\$[\s\S]*?\$\3\$)/gi;
function maskPasswords(text) {
    if (!/password/i.test(text))
        return text;
    return text.replace(PASSWORD, (_all, lead) => `${lead}*****`);
}
/** Masks every string in a parsed record, in place, and returns it. */
function maskRecord(value) {
    if (typeof value === 'string')
        return maskPasswords(value);
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            value[i] = maskRecord(value[i]);
        return value;
    }
    if (value !== null && typeof value === 'object') {
        const o = value;
        for (const k of Object.keys(o)) {
            const v = o[k];
            if (typeof v === 'string') {
                if (v.length > 8 && /password/i.test(v))
                    o[k] = maskPasswords(v);
            }
            else if (v !== null && typeof v === 'object')
                maskRecord(v);
        }
    }
    return value;
}


/***/ }),

/***/ 8787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nf: () => (/* binding */ DEFAULT_PREFIX),
  JR: () => (/* binding */ PgCsvParser),
  Xb: () => (/* binding */ PgJsonParser),
  Dq: () => (/* binding */ PgStderrParser),
  wi: () => (/* binding */ compilePrefix)
});

// UNUSED EXPORTS: parsePgaudit, pgEvent, pgTime

// EXTERNAL MODULE: ./src/detect/event.ts
var detect_event = __webpack_require__(8163);
// EXTERNAL MODULE: ./src/detect/mask.ts
var mask = __webpack_require__(7383);
;// CONCATENATED MODULE: ./src/detect/parsers/csv.ts
/**
 * One CSV record (RFC 4180 quoting: `"` around fields, `""` inside them). Returns undefined while
 * a quoted field is still open, so the caller can append the next physical line and try again.
 */
function parseCsvRecord(text) {
    const out = [];
    let i = 0;
    const n = text.length;
    for (;;) {
        if (i < n && text[i] === '"') {
            let value = '';
            i++;
            for (;;) {
                const q = text.indexOf('"', i);
                if (q === -1)
                    return undefined;
                value += text.slice(i, q);
                if (text[q + 1] === '"') {
                    value += '"';
                    i = q + 2;
                }
                else {
                    i = q + 1;
                    break;
                }
            }
            out.push(value);
        }
        else {
            const comma = text.indexOf(',', i);
            const end = comma === -1 ? n : comma;
            out.push(text.slice(i, end));
            i = end;
        }
        if (i >= n)
            return out;
        if (text[i] !== ',') {
            // Text after a closing quote: not valid CSV, but keep it rather than lose the record.
            const comma = text.indexOf(',', i);
            out[out.length - 1] += text.slice(i, comma === -1 ? n : comma);
            if (comma === -1)
                return out;
            i = comma;
        }
        i++;
        if (i === n) {
            out.push('');
            return out;
        }
    }
}

;// CONCATENATED MODULE: ./src/detect/parsers/postgresql.ts



/** PostgreSQL's default log_line_prefix. */
const DEFAULT_PREFIX = '%m [%p] ';
const SEVERITIES = 'LOG|ERROR|FATAL|PANIC|WARNING|NOTICE|INFO|DEBUG[1-5]?|DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION';
const FOLLOW_UPS = {
    DETAIL: 'detail',
    HINT: 'hint',
    STATEMENT: 'statement',
    CONTEXT: 'context',
    QUERY: 'internal_query',
    LOCATION: 'location'
};
/** Each escape as a regex group and the jsonlog key its value goes to. */
const ESCAPES = {
    a: { re: '(.*?)', key: 'application_name' },
    u: { re: '(.*?)', key: 'user' },
    d: { re: '(.*?)', key: 'dbname' },
    r: { re: '(\\S*?)', key: 'remote' },
    h: { re: '(\\S*?)', key: 'remote_host' },
    b: { re: '(.*?)', key: 'backend_type' },
    p: { re: '(\\d+)', key: 'pid' },
    P: { re: '(\\d*)', key: 'leader_pid' },
    t: { re: '(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?: [A-Za-z0-9+:_/-]+)?)', key: 'timestamp' },
    m: { re: '(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}(?: [A-Za-z0-9+:_/-]+)?)', key: 'timestamp' },
    n: { re: '(\\d+\\.\\d+)', key: 'epoch' },
    i: { re: '(.*?)', key: 'ps' },
    e: { re: '([0-9A-Z]{5})', key: 'state_code' },
    c: { re: '([0-9a-f]+\\.[0-9a-f]+)', key: 'session_id' },
    l: { re: '(\\d+)', key: 'line_num' },
    s: { re: '(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?: [A-Za-z0-9+:_/-]+)?)', key: 'session_start' },
    v: { re: '(\\S*?)', key: 'vxid' },
    x: { re: '(\\d+)', key: 'txid' },
    Q: { re: '(-?\\d+)', key: 'query_id' }
};
/** Compiles a log_line_prefix into a regex; throws on an escape PostgreSQL does not have. */
function compilePrefix(prefix) {
    const keys = [];
    let re = '^';
    let optional = 0;
    const literal = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (let i = 0; i < prefix.length; i++) {
        const ch = prefix[i];
        if (ch !== '%') {
            re += literal(ch);
            continue;
        }
        const pad = /^-?\d+/.exec(prefix.slice(i + 1));
        if (pad)
            i += pad[0].length;
        const esc = prefix[++i];
        if (esc === undefined)
            throw new Error(`log_line_prefix ${JSON.stringify(prefix)} ends in a lone %`);
        if (esc === '%')
            re += '%';
        else if (esc === 'q') {
            // Non-session processes stop the prefix here: the rest is optional.
            re += '(?:';
            optional++;
        }
        else {
            const e = ESCAPES[esc];
            if (!e)
                throw new Error(`log_line_prefix ${JSON.stringify(prefix)} has an unknown escape %${esc}`);
            re += pad ? `\\s*${e.re}\\s*` : e.re;
            keys.push(e.key);
        }
    }
    re += ')?'.repeat(optional);
    re += `(${SEVERITIES}):  (.*)$`;
    return { regex: new RegExp(re, 's'), keys };
}
/** `2025-06-15 13:00:01.123 UTC` → epoch ms; time zones other than UTC/GMT or an offset are NaN. */
function pgTime(text) {
    const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?)(?: (\S+))?$/.exec(text.trim());
    if (!m)
        return NaN;
    const zone = m[3] ?? 'UTC';
    let offset;
    if (/^(?:UTC|GMT|Z|Etc\/UTC|UCT)$/i.test(zone))
        offset = 'Z';
    else {
        const o = /^([+-])(\d\d)(?::?(\d\d))?$/.exec(zone);
        if (!o)
            return NaN;
        offset = `${o[1]}${o[2]}:${o[3] ?? '00'}`;
    }
    return Date.parse(`${m[1]}T${m[2]}${offset}`);
}
/** What a server message says happened, for `db.event_type`. */
function classify(message) {
    if (message.startsWith('AUDIT: '))
        return {};
    let m = /^(?:password|[A-Za-z]+) authentication failed for user "((?:[^"]|"")*)"/.exec(message);
    if (m)
        return { type: 'authentication_failed', outcome: 'failure', user: m[1] };
    m =
        /^(?:no pg_hba\.conf entry|pg_hba\.conf rejects connection) for host "[^"]*", user "((?:[^"]|"")*)"/.exec(message);
    if (m)
        return { type: 'hba_rejected', outcome: 'failure', user: m[1] };
    m = /^connection authorized: user=(\S*)/.exec(message);
    if (m)
        return { type: 'connection_authorized', outcome: 'success', user: m[1] };
    if (message.startsWith('connection authenticated: '))
        return { type: 'connection_authenticated', outcome: 'success' };
    if (message.startsWith('connection received: '))
        return { type: 'connection_received' };
    if (message.startsWith('disconnection: '))
        return { type: 'disconnection' };
    if (/^(?:statement|execute [^:]*): /.test(message))
        return { type: 'statement' };
    if (message.startsWith('received SIGHUP'))
        return { type: 'config_reload' };
    if (/^parameter "[^"]+" changed to /.test(message))
        return { type: 'parameter_changed' };
    // A fast or smart shutdown ends with "shut down"; an immediate one only logs its request.
    if (message === 'database system is shut down' || message.startsWith('received immediate shutdown request'))
        return { type: 'shutdown' };
    if (/^received (?:fast|smart) shutdown request/.test(message))
        return { type: 'shutdown_requested' };
    if (message === 'database system is ready to accept connections')
        return { type: 'startup' };
    return {};
}
const AUDIT_COLUMNS = [
    'type',
    'statement_id',
    'substatement_id',
    'class',
    'command',
    'object_type',
    'object_name',
    'statement',
    'parameter'
];
/** pgaudit's CSV payload: `AUDIT: SESSION,5,1,ROLE,GRANT ROLE,,,GRANT x TO y,<not logged>`. */
function parsePgaudit(message) {
    if (!message.startsWith('AUDIT: '))
        return undefined;
    const cols = parseCsvRecord(message.slice(7));
    if (!cols || cols.length < 8)
        return undefined;
    const audit = {};
    AUDIT_COLUMNS.forEach((k, i) => {
        if (cols[i] !== undefined)
            audit[k] = cols[i];
    });
    // A statement with commas the CSV writer did not quote would spill into PARAMETER; rejoin it.
    if (cols.length > 9) {
        audit.statement = cols.slice(7, cols.length - 1).join(',');
        audit.parameter = cols[cols.length - 1];
    }
    return audit;
}
/** Builds the event from jsonlog-named fields (all three formats end up here). */
function pgEvent(fields, format, time, file, line) {
    const message = typeof fields.message === 'string' ? fields.message : '';
    const audit = parsePgaudit(message);
    if (audit)
        fields.audit = audit;
    (0,mask/* maskRecord */.W)(fields);
    const c = classify(message);
    const s = (v) => typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
    let statement;
    if (audit)
        statement = audit.statement;
    else if (c.type === 'statement')
        statement = fields.message.replace(/^(?:statement|execute [^:]*): /, '');
    else
        statement = s(fields.statement);
    return {
        time,
        product: 'postgresql',
        format,
        node: s(fields.node),
        channel: audit ? audit.class : undefined,
        eventType: audit ? audit.command : c.type,
        user: s(fields.user) ?? c.user,
        sourceIp: s(fields.remote_host),
        statement,
        tag: audit ? audit.command : s(fields.ps),
        object: audit ? s(audit.object_name) : undefined,
        outcome: c.outcome,
        fields,
        file,
        line
    };
}
function splitRemote(fields, remote) {
    // %r and csvlog's connection_from write host(port) and host:port.
    const m = /^(.*?)(?:\((\d+)\)|:(\d+))$/.exec(remote);
    if (m && m[1] !== '' && !m[1].endsWith(':')) {
        fields.remote_host = m[1];
        fields.remote_port = Number(m[2] ?? m[3]);
    }
    else if (remote !== '')
        fields.remote_host = remote;
}
/** stderr output with a given log_line_prefix; DETAIL/HINT/STATEMENT lines join their message. */
class PgStderrParser {
    file;
    sink;
    format = 'pg-stderr';
    pending;
    pattern;
    constructor(prefix, file, sink) {
        this.file = file;
        this.sink = sink;
        this.pattern = compilePrefix(prefix);
    }
    feed(text, line) {
        const m = this.pattern.regex.exec(text);
        if (!m) {
            if (this.pending && (text.startsWith('\t') || text.startsWith(' ') || text === '')) {
                const p = this.pending;
                p.fields[p.last] = `${p.fields[p.last]}\n${text.replace(/^\t/, '')}`;
            }
            else if (text !== '')
                this.sink.malformed(line, 'does not start with the log_line_prefix');
            return;
        }
        const values = {};
        this.pattern.keys.forEach((k, i) => {
            const v = m[i + 1];
            if (v !== undefined && v !== '' && values[k] === undefined)
                values[k] = v;
        });
        const severity = m[this.pattern.keys.length + 1];
        const body = m[this.pattern.keys.length + 2];
        const follow = FOLLOW_UPS[severity];
        if (follow) {
            if (this.pending) {
                this.pending.fields[follow] = body;
                this.pending.last = follow;
            }
            else
                this.sink.malformed(line, `${severity} line without the message it belongs to`);
            return;
        }
        this.flush();
        let time = NaN;
        if (typeof values.timestamp === 'string')
            time = pgTime(values.timestamp);
        else if (typeof values.epoch === 'string')
            time = Number(values.epoch) * 1000;
        if (Number.isNaN(time)) {
            this.sink.malformed(line, values.timestamp || values.epoch
                ? `time ${JSON.stringify(values.timestamp ?? values.epoch)} not understood (set log_timezone = 'UTC')`
                : 'the log_line_prefix has no time (%m, %t or %n)');
            return;
        }
        const fields = { ...values, error_severity: severity, message: body };
        delete fields.epoch;
        if (typeof fields.remote === 'string') {
            splitRemote(fields, fields.remote);
            delete fields.remote;
        }
        for (const k of ['pid', 'leader_pid', 'line_num', 'txid'])
            if (typeof fields[k] === 'string')
                fields[k] = Number(fields[k]);
        this.pending = { fields, time, line, last: 'message' };
    }
    flush() {
        const p = this.pending;
        this.pending = undefined;
        if (p)
            this.sink.event(pgEvent(p.fields, this.format, p.time, this.file, p.line));
    }
    end() {
        this.flush();
    }
}
/** csvlog columns in order, under their jsonlog names. */
const CSV_COLUMNS = [
    'timestamp',
    'user',
    'dbname',
    'pid',
    'connection_from',
    'session_id',
    'line_num',
    'ps',
    'session_start',
    'vxid',
    'txid',
    'error_severity',
    'state_code',
    'message',
    'detail',
    'hint',
    'internal_query',
    'internal_position',
    'context',
    'statement',
    'cursor_position',
    'location',
    'application_name',
    'backend_type',
    'leader_pid',
    'query_id'
];
const NUMERIC = new Set([
    'pid',
    'line_num',
    'txid',
    'internal_position',
    'cursor_position',
    'leader_pid',
    'query_id'
]);
/** csvlog: one CSV record per entry, which may span lines when a field holds newlines. */
class PgCsvParser {
    file;
    sink;
    format = 'pg-csvlog';
    buffer = '';
    start = 0;
    constructor(file, sink) {
        this.file = file;
        this.sink = sink;
    }
    feed(text, line) {
        if (this.buffer === '') {
            if (text === '')
                return;
            this.start = line;
            this.buffer = text;
        }
        else
            this.buffer += `\n${text}`;
        const cols = parseCsvRecord(this.buffer);
        if (!cols) {
            if (this.buffer.length > 1 << 24) {
                this.sink.malformed(this.start, 'csvlog record with an unterminated quote');
                this.buffer = '';
            }
            return;
        }
        this.buffer = '';
        if (cols.length < 23) {
            this.sink.malformed(this.start, `csvlog record with ${cols.length} columns (expected 23 to 26)`);
            return;
        }
        const fields = {};
        CSV_COLUMNS.forEach((k, i) => {
            const v = cols[i];
            if (v === undefined || v === '')
                return;
            fields[k] = NUMERIC.has(k) && /^-?\d+$/.test(v) ? Number(v) : v;
        });
        if (typeof fields.connection_from === 'string')
            splitRemote(fields, fields.connection_from);
        delete fields.connection_from;
        const time = pgTime(String(fields.timestamp ?? ''));
        if (Number.isNaN(time)) {
            this.sink.malformed(this.start, `time ${JSON.stringify(fields.timestamp ?? '')} not understood (set log_timezone = 'UTC')`);
            return;
        }
        this.sink.event(pgEvent(fields, this.format, time, this.file, this.start));
    }
    end() {
        if (this.buffer !== '')
            this.sink.malformed(this.start, 'csvlog record with an unterminated quote');
        this.buffer = '';
    }
}
/** jsonlog (PostgreSQL 15+): one object a line; unknown keys are kept, as the docs ask. */
class PgJsonParser {
    file;
    sink;
    format = 'pg-jsonlog';
    constructor(file, sink) {
        this.file = file;
        this.sink = sink;
    }
    feed(text, line) {
        if (text.trim() === '')
            return;
        const o = (0,detect_event/* jsonObjectLine */.S$)(text, line, this.sink);
        if (!o)
            return;
        const time = pgTime(String(o.timestamp ?? ''));
        if (Number.isNaN(time)) {
            this.sink.malformed(line, `time ${JSON.stringify(o.timestamp ?? '')} not understood (set log_timezone = 'UTC')`);
            return;
        }
        this.sink.event(pgEvent(o, this.format, time, this.file, line));
    }
    end() { }
}


/***/ }),

/***/ 8438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W1: () => (/* binding */ EventCollector),
  bD: () => (/* binding */ emptyStats),
  o_: () => (/* binding */ readLogs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/detect/lines.ts
var lines = __webpack_require__(2044);
// EXTERNAL MODULE: ./src/detect/mask.ts
var detect_mask = __webpack_require__(7383);
;// CONCATENATED MODULE: ./src/detect/parsers/couchbase.ts

/** The module that writes an event id (ranges from the audit descriptors). */
function couchbaseModule(id) {
    if (id >= 28672 && id < 32768)
        return 'n1ql';
    if (id >= 20480 && id < 24576)
        return 'memcached';
    if (id >= 8192 && id < 12288)
        return 'ns_server';
    if (id >= 4096 && id < 8192)
        return 'auditd';
    return 'other';
}
const FAILURES = new Set([8193, 8264, 8275, 20481]);
const SUCCESSES = new Set([8192, 20485]);
/**
 * audit.log: one JSON object per line with a numeric `id`. ns_server and memcached write
 * `real_userid.source`, n1ql writes `real_userid.domain`; both are kept as written.
 */
class CouchbaseAuditParser {
    file;
    sink;
    format = 'couchbase-audit';
    constructor(file, sink) {
        this.file = file;
        this.sink = sink;
    }
    feed(text, line) {
        if (text.trim() === '')
            return;
        let o;
        try {
            o = JSON.parse(text);
        }
        catch {
            this.sink.malformed(line, 'not a JSON object');
            return;
        }
        if (o === null || typeof o !== 'object' || Array.isArray(o) || typeof o.id !== 'number') {
            this.sink.malformed(line, 'not a Couchbase audit record (no numeric id)');
            return;
        }
        const time = typeof o.timestamp === 'string' ? Date.parse(o.timestamp) : NaN;
        if (Number.isNaN(time)) {
            this.sink.malformed(line, 'Couchbase audit record without an ISO 8601 timestamp');
            return;
        }
        (0,detect_mask/* maskRecord */.W)(o);
        const id = o.id;
        const real = (o.real_userid ?? {});
        const remote = (o.remote ?? {});
        const identity = (o.identity ?? {});
        const s = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
        let outcome;
        if (FAILURES.has(id))
            outcome = 'failure';
        else if (SUCCESSES.has(id))
            outcome = 'success';
        else if (o.status === 'success')
            outcome = 'success';
        else if (typeof o.status === 'string' && o.status !== '')
            outcome = 'failure';
        this.sink.event({
            time,
            product: 'couchbase',
            format: this.format,
            node: s(o.node),
            channel: couchbaseModule(id),
            eventType: s(o.name) ?? String(id),
            user: s(real.user),
            sourceIp: s(remote.ip),
            statement: s(o.statement),
            object: s(identity.user) ?? s(o.bucket_name) ?? s(o.name_of_bucket),
            outcome,
            fields: o,
            file: this.file,
            line
        });
    }
    end() { }
}

// EXTERNAL MODULE: ./src/detect/event.ts
var detect_event = __webpack_require__(8163);
;// CONCATENATED MODULE: ./src/detect/parsers/cockroachdb.ts


/**
 * CockroachDB channel numbers as they appear in `N@` prefixes and `channel_numeric` (the order of
 * logging.md; SQL_SCHEMA = 5 follows from that order).
 */
const CHANNELS = [
    'DEV',
    'OPS',
    'HEALTH',
    'STORAGE',
    'SESSIONS',
    'SQL_SCHEMA',
    'USER_ADMIN',
    'PRIVILEGES',
    'SENSITIVE_ACCESS',
    'SQL_EXEC',
    'SQL_PERF',
    'SQL_INTERNAL_PERF',
    'TELEMETRY',
    'KV_DISTRIBUTION'
];
function channelName(n) {
    return CHANNELS[n] ?? `CHANNEL_${n}`;
}
/** Redactable sinks wrap sensitive values in ‹…›; rules match the values, not the markers. */
function stripMarkers(value) {
    if (typeof value === 'string')
        return (value.includes('‹') || value.includes('›') ? value.replace(/[‹›]/g, '') : value);
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            value[i] = stripMarkers(value[i]);
        return value;
    }
    if (value !== null && typeof value === 'object') {
        const o = value;
        for (const k of Object.keys(o))
            o[k] = stripMarkers(o[k]);
    }
    return value;
}
/** `10.0.0.7:51234`, `[::1]:52632`, `[::1]`, `10.0.0.7` → the address without port or brackets. */
function hostOf(address) {
    const a = address.trim();
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
    if (bracketed)
        return bracketed[1];
    const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(a);
    if (v4)
        return v4[1];
    return a;
}
/** Envelope timestamps: `"1643209564.684919189"` (seconds.nanos, a string) or a number of seconds. */
function envelopeTime(t) {
    if (typeof t === 'number')
        return t * 1000;
    if (typeof t !== 'string' || t === '')
        return NaN;
    // A hot path: no regex, no split.
    const dot = t.indexOf('.');
    const secs = Number(dot === -1 ? t : t.slice(0, dot));
    const frac = dot === -1 ? '' : t.slice(dot + 1);
    if (!Number.isInteger(secs) || (frac !== '' && !/^\d+$/.test(frac)))
        return NaN;
    return secs * 1000 + (frac === '' ? 0 : Number((frac + '00').slice(0, 3)));
}
/** Could the text hold a password literal? Masking walks the record, so ask the line first. */
const mayHoldPassword = (text) => /password/i.test(text);
const OBJECT_FIELDS = ['TableName', 'DatabaseName', 'SchemaName', 'TypeName', 'RoleName', 'SettingName'];
function str(v) {
    if (typeof v === 'string')
        return v === '' ? undefined : v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return undefined;
}
/** Builds the event from a structured payload (or a message) and its envelope. */
function crdbEvent(payload, envelope, format, time, file, line, mask = true) {
    const fields = payload ? { ...payload } : {};
    fields.envelope = envelope;
    if (mask)
        (0,detect_mask/* maskRecord */.W)(fields);
    const tags = (envelope.tags ?? {});
    const eventType = str(fields.EventType);
    const remote = str(fields.RemoteAddress) ?? str(tags.client);
    const ts = typeof fields.Timestamp === 'number' ? fields.Timestamp / 1e6 : time;
    let outcome;
    if (eventType === 'client_authentication_failed')
        outcome = 'failure';
    else if (eventType === 'client_authentication_ok')
        outcome = 'success';
    else if (str(fields.ErrorText) || (str(fields.SQLSTATE) && fields.SQLSTATE !== '00000'))
        outcome = 'failure';
    let object;
    for (const k of OBJECT_FIELDS) {
        object = str(fields[k]);
        if (object)
            break;
    }
    return {
        time: ts,
        product: 'cockroachdb',
        format,
        node: str(envelope.node_id) ?? str(tags.n),
        channel: str(envelope.channel),
        eventType,
        user: str(fields.User) ?? str(tags.user),
        sourceIp: remote ? hostOf(remote) : undefined,
        statement: str(fields.Statement),
        tag: str(fields.Tag),
        object,
        outcome,
        fields,
        file,
        line
    };
}
/** The short keys of json-compact and json-fluent-compact, mapped to the long ones. */
const COMPACT = {
    C: 'channel',
    sev: 'severity',
    c: 'channel_numeric',
    f: 'file',
    g: 'goroutine',
    l: 'line',
    n: 'entry_counter',
    r: 'redactable',
    s: 'severity_numeric',
    t: 'timestamp',
    N: 'node_id',
    x: 'cluster_id',
    q: 'instance_id',
    T: 'tenant_id'
};
/** json, json-fluent, json-compact and json-fluent-compact: one object a line. */
class CrdbJsonParser {
    format;
    file;
    sink;
    constructor(format, file, sink) {
        this.format = format;
        this.file = file;
        this.sink = sink;
    }
    feed(text, line) {
        if (text.trim() === '')
            return;
        // Markers are not JSON syntax, so they can only sit inside strings: removing them from the
        // text strips them from every value at once (far cheaper than walking the parsed record).
        const marked = text.includes('‹') || text.includes('›');
        const o = (0,detect_event/* jsonObjectLine */.S$)(marked ? text.replace(/[‹›]/g, '') : text, line, this.sink);
        if (!o)
            return;
        // Escaped markers (\u2039) survive the text pass; walk the record only then.
        const escaped = /\\u203[9aA]/.test(text);
        let envelope = o;
        if (this.format === 'crdb-json-compact' || (!('timestamp' in o) && 't' in o)) {
            envelope = {};
            for (const [k, v] of Object.entries(o))
                envelope[COMPACT[k] ?? k] = v;
        }
        const ev = envelope.event;
        let time = envelopeTime(envelope.timestamp);
        // Hand-written samples (rule tests) may carry only the event's own nanosecond Timestamp.
        if (Number.isNaN(time) && envelope.timestamp === undefined && typeof ev?.Timestamp === 'number')
            time = ev.Timestamp / 1e6;
        if (Number.isNaN(time)) {
            this.sink.malformed(line, 'no timestamp (expected CockroachDB json or json-compact)');
            return;
        }
        const event = envelope.event;
        delete envelope.event;
        if (escaped)
            stripMarkers(envelope);
        if (envelope.channel === undefined && typeof envelope.channel_numeric === 'number')
            envelope.channel = channelName(envelope.channel_numeric);
        const payload = event !== null && typeof event === 'object' && !Array.isArray(event)
            ? escaped
                ? stripMarkers(event)
                : event
            : undefined;
        this.sink.event(crdbEvent(payload, envelope, this.format, time, this.file, line, mayHoldPassword(text)));
    }
    end() { }
}
/** `I210323 21:53:58.304797 53299 4@util/log/event_log.go:32 ⋮ [tags] 52 =payload` */
const V2_PREFIX = /^([IWEFD])(\d\d)(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6}) (\d*) ?(?:(\d+)@)?(\S+):(\d+) (⋮)? ?/;
const SEVERITY = { I: 'INFO', W: 'WARNING', E: 'ERROR', F: 'FATAL', D: 'DEBUG' };
/** Reads the `[…]` tag block, where values in ‹…› may hold brackets (`client=‹[::1]:52632›`). */
function splitTags(rest) {
    if (!rest.startsWith('['))
        return undefined;
    let inMarker = false;
    for (let i = 1; i < rest.length; i++) {
        const ch = rest[i];
        if (ch === '‹')
            inMarker = true;
        else if (ch === '›')
            inMarker = false;
        else if (ch === ']' && !inMarker)
            return { tags: rest.slice(1, i), after: rest.slice(i + 1) };
    }
    return undefined;
}
function parseTags(tags) {
    const out = {};
    if (tags === '-' || tags === '')
        return out;
    let depth = false;
    let start = 0;
    const parts = [];
    for (let i = 0; i < tags.length; i++) {
        if (tags[i] === '‹')
            depth = true;
        else if (tags[i] === '›')
            depth = false;
        else if (tags[i] === ',' && !depth) {
            parts.push(tags.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(tags.slice(start));
    for (const p of parts) {
        const eq = p.indexOf('=');
        if (eq === -1) {
            // `n1` is the node tag; a bare name (`hostssl`) is a flag.
            const node = /^n(\d+)$/.exec(p);
            if (node)
                out.n = node[1];
            else
                out[p] = '';
        }
        else
            out[p.slice(0, eq)] = stripMarkers(p.slice(eq + 1));
    }
    return out;
}
/**
 * crdb-v2, the default file format since v21.1. A structured entry (`=`) carries the event as
 * JSON; a long entry is split over lines marked `|`, and a multi-line one over lines marked `+`,
 * so an entry is complete only when the next one starts.
 */
class CrdbV2Parser {
    file;
    sink;
    format = 'crdb-v2';
    pending;
    constructor(file, sink) {
        this.file = file;
        this.sink = sink;
    }
    feed(text, line) {
        if (text === '')
            return;
        const m = V2_PREFIX.exec(text);
        if (!m) {
            this.sink.malformed(line, 'not a crdb-v2 entry');
            return;
        }
        const split = splitTags(text.slice(m[0].length));
        const rest = split ? split.after : text.slice(m[0].length);
        const tail = /^ (\d+) ([ =!+|])?(.*)$/s.exec(rest) ?? /^ ?(\d*) ?([ =!+|])?(.*)$/s.exec(rest);
        if (!tail) {
            this.sink.malformed(line, 'crdb-v2 entry without a counter');
            return;
        }
        const [, counter, cont = ' ', body] = tail;
        if ((cont === '|' || cont === '+') && this.pending && this.pending.counter === counter) {
            this.pending.payload += cont === '+' ? `\n${body}` : body;
            return;
        }
        this.flush();
        const [, sev, yy, mo, dd, hh, mi, ss, us, goroutine, chan, srcFile, srcLine] = m;
        const time = Date.UTC(2000 + Number(yy), Number(mo) - 1, Number(dd), Number(hh), Number(mi), Number(ss)) +
            Number(us) / 1000;
        const channelNumeric = chan === undefined ? 0 : Number(chan);
        const envelope = {
            severity: SEVERITY[sev] ?? sev,
            channel: channelName(channelNumeric),
            channel_numeric: channelNumeric,
            goroutine: goroutine === '' ? undefined : Number(goroutine),
            file: srcFile,
            line: Number(srcLine),
            redactable: m[13] ? 1 : 0,
            entry_counter: counter === '' ? undefined : Number(counter),
            tags: split ? parseTags(split.tags) : {}
        };
        if (envelope.tags && envelope.tags.n)
            envelope.node_id = envelope.tags.n;
        this.pending = { envelope, time, structured: cont === '=', payload: body, counter, line };
    }
    flush() {
        const p = this.pending;
        this.pending = undefined;
        if (!p)
            return;
        if (p.structured) {
            let payload;
            try {
                payload = JSON.parse(p.payload);
            }
            catch {
                this.sink.malformed(p.line, 'structured crdb-v2 entry whose JSON payload does not parse');
                return;
            }
            if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
                this.sink.malformed(p.line, 'structured crdb-v2 entry whose payload is not an object');
                return;
            }
            this.sink.event(crdbEvent(stripMarkers(payload), p.envelope, 'crdb-v2', p.time, this.file, p.line));
        }
        else {
            p.envelope.message = stripMarkers(p.payload);
            this.sink.event(crdbEvent(undefined, p.envelope, 'crdb-v2', p.time, this.file, p.line));
        }
    }
    end() {
        this.flush();
    }
}

// EXTERNAL MODULE: ./src/detect/parsers/postgresql.ts + 1 modules
var postgresql = __webpack_require__(8787);
;// CONCATENATED MODULE: ./src/detect/parsers/index.ts



function createParser(format, file, sink, opts = {}) {
    switch (format) {
        case 'crdb-v2':
            return new CrdbV2Parser(file, sink);
        case 'crdb-json':
        case 'crdb-json-compact':
            return new CrdbJsonParser(format, file, sink);
        case 'pg-stderr':
            return new postgresql/* PgStderrParser */.Dq(opts.pgPrefix ?? postgresql/* DEFAULT_PREFIX */.Nf, file, sink);
        case 'pg-csvlog':
            return new postgresql/* PgCsvParser */.JR(file, sink);
        case 'pg-jsonlog':
            return new postgresql/* PgJsonParser */.Xb(file, sink);
        case 'couchbase-audit':
            return new CouchbaseAuditParser(file, sink);
    }
}
const CRDB_V2 = /^[IWEFD]\d{6} \d\d:\d\d:\d\d\.\d{6} /;
const PG_TIME_CSV = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}(?: \S+)?,/;
/**
 * The format of a file from its first non-empty line: JSON objects by their keys (CockroachDB's
 * envelope, Couchbase's numeric id, jsonlog's error_severity), crdb-v2 by its prefix, csvlog by
 * a time followed by a comma; anything else is PostgreSQL stderr.
 */
function sniffFormat(firstLine) {
    const t = firstLine.trimStart();
    if (t.startsWith('{')) {
        try {
            const o = JSON.parse(t);
            if (typeof o.id === 'number' && typeof o.timestamp === 'string')
                return 'couchbase-audit';
            if ('error_severity' in o || 'backend_type' in o || 'dbname' in o)
                return 'pg-jsonlog';
            if ('t' in o && 'g' in o && !('timestamp' in o))
                return 'crdb-json-compact';
            return 'crdb-json';
        }
        catch {
            return 'crdb-json';
        }
    }
    if (CRDB_V2.test(t))
        return 'crdb-v2';
    if (PG_TIME_CSV.test(t))
        return 'pg-csvlog';
    return 'pg-stderr';
}

;// CONCATENATED MODULE: ./src/detect/read.ts



const MAX_MALFORMED_KEPT = 200;
const SLICE = 64 * 1024;
/** Parses lines (from a file or a test) into events; shared by the file reader and inline tests. */
class EventCollector {
    file;
    opts;
    stats;
    parser;
    events = [];
    constructor(file, opts, stats) {
        this.file = file;
        this.opts = opts;
        this.stats = stats;
    }
    get format() {
        return this.parser?.format;
    }
    /** Picks the parser from the first non-empty line (or the format the user named). */
    decide(firstLine) {
        if (this.parser)
            return this.parser.format;
        const format = this.opts.format && this.opts.format !== 'auto' ? this.opts.format : sniffFormat(firstLine);
        this.stats.formats[this.file] = format;
        this.parser = createParser(format, this.file, { event: e => this.events.push(e), malformed: (l, reason) => this.malformed(l, reason) }, this.opts);
        return format;
    }
    malformed(line, reason) {
        this.stats.malformedCount++;
        if (this.stats.malformed.length < MAX_MALFORMED_KEPT)
            this.stats.malformed.push({ file: this.file, line, reason });
    }
    feed(text, line) {
        if (!this.parser) {
            if (text.trim() === '')
                return;
            this.decide(text);
        }
        this.parser.feed(text, line);
    }
    end() {
        this.parser?.end();
    }
    /** Takes the events parsed so far, in time order. */
    take() {
        const out = this.events;
        this.events = [];
        out.sort((a, b) => a.time - b.time);
        return out;
    }
}
function emptyStats() {
    return { events: 0, skipped: 0, bytes: 0, malformed: [], malformedCount: 0, formats: {} };
}
const PRODUCT_OF = {
    'crdb-v2': 'cockroachdb',
    'crdb-json': 'cockroachdb',
    'crdb-json-compact': 'cockroachdb',
    'pg-stderr': 'postgresql',
    'pg-csvlog': 'postgresql',
    'pg-jsonlog': 'postgresql',
    'couchbase-audit': 'couchbase'
};
/** Formats with exactly one entry per line: the only ones a line prefilter may skip in. */
const ONE_PER_LINE = new Set(['crdb-json', 'crdb-json-compact', 'pg-jsonlog', 'couchbase-audit']);
/**
 * Reads one file as complete lines, region by region (one await per chunk, never the whole
 * file). Regions end at a newline, which never falls inside a UTF-8 sequence. With a prefilter,
 * the region is searched as latin1 (one char per byte, so ASCII literals and offsets match the
 * bytes) and only the lines that contain a literal are decoded as UTF-8 and parsed.
 */
async function* fileEvents(file, opts, stats, progress) {
    const { stream, bytesRead } = await (0,lines/* openLog */.N)(file);
    const collector = new EventCollector(file, opts, stats);
    let counted = 0;
    let lineNo = 0;
    let decided = false;
    let filter;
    const full = (region, from) => {
        const lines = region.toString('utf8', from).split('\n');
        lines.pop();
        for (const l of lines)
            collector.feed(l.endsWith('\r') ? l.slice(0, -1) : l, ++lineNo);
    };
    const filtered = (region, from, re) => {
        const latin = region.toString('latin1');
        const next = (at) => {
            re.lastIndex = at;
            return re.exec(latin)?.index ?? -1;
        };
        let hit = next(from);
        let pos = from;
        while (pos < latin.length) {
            const nl = latin.indexOf('\n', pos);
            lineNo++;
            let end = nl;
            if (end > pos && latin.charCodeAt(end - 1) === 13)
                end--;
            if (hit !== -1 && hit < nl) {
                collector.feed(region.toString('utf8', pos, end), lineNo);
                hit = next(nl + 1);
            }
            else if (end > pos) {
                let s = pos;
                while (s < end && latin.charCodeAt(s) === 32)
                    s++;
                // A blank line counts for nothing; anything else must at least look like an object.
                if (s < end) {
                    if (latin.charCodeAt(s) === 123 && latin.charCodeAt(end - 1) === 125)
                        stats.skipped++;
                    else
                        collector.malformed(lineNo, 'not a JSON object');
                }
            }
            pos = nl + 1;
        }
    };
    const region = (buf) => {
        let from = 0;
        if (!decided) {
            // The first non-empty line decides the format (and so whether lines may be skipped).
            while (from < buf.length) {
                const nl = buf.indexOf(10, from);
                const line = buf.toString('utf8', from, nl).replace(/\r$/, '');
                if (line.trim() !== '') {
                    const format = collector.decide(line);
                    decided = true;
                    if (ONE_PER_LINE.has(format))
                        filter = opts.prefilter?.get(PRODUCT_OF[format]);
                    break;
                }
                lineNo++;
                from = nl + 1;
            }
            if (!decided)
                return;
        }
        // Decode in slices of about 64 KiB cut at newlines: strings that small are young-generation
        // garbage, while one string per 1 MiB chunk lands in the large-object space and forces full
        // collections (measured: fewer mark-compacts and a lower RSS).
        while (from < buf.length) {
            let end = buf.length;
            if (end - from > SLICE) {
                const nl = buf.indexOf(10, from + SLICE);
                end = nl === -1 ? buf.length : nl + 1;
            }
            const slice = buf.subarray(from, end);
            if (filter)
                filtered(slice, 0, filter);
            else
                full(slice, 0);
            from = end;
        }
    };
    // The partial line at a chunk's end is copied (chunks may share one buffer) and completed by
    // the next chunk's first line, alone: the rest of that chunk is processed where it lies.
    let rest;
    for await (const chunk of stream) {
        let from = 0;
        if (rest) {
            const nl = chunk.indexOf(10);
            if (nl === -1) {
                rest = Buffer.concat([rest, chunk]);
                continue;
            }
            region(Buffer.concat([rest, chunk.subarray(0, nl + 1)]));
            rest = undefined;
            from = nl + 1;
        }
        const last = chunk.lastIndexOf(10);
        if (last < from) {
            if (from < chunk.length)
                rest = Buffer.from(chunk.subarray(from));
            continue;
        }
        if (last + 1 < chunk.length)
            rest = Buffer.from(chunk.subarray(last + 1));
        region(chunk.subarray(from, last + 1));
        const read = bytesRead();
        stats.bytes += read - counted;
        counted = read;
        progress();
        const events = collector.take();
        if (events.length > 0)
            yield events;
    }
    if (rest)
        region(Buffer.concat([rest, Buffer.from('\n')]));
    collector.end();
    const last = collector.take();
    if (last.length > 0)
        yield last;
    const size = (await (0,promises_.stat)(file)).size;
    if (size > counted)
        stats.bytes += size - counted;
}
/**
 * Streams every file through `onEvent` in timestamp order: each file is read batch by batch and
 * the heads of all files are merged, so memory holds one batch a file, never a whole file.
 * Entries outside since/until are skipped. Malformed lines are counted with file and line.
 */
async function readLogs(files, onEvent, opts = {}) {
    const stats = emptyStats();
    const progress = () => opts.onBytes?.(stats.bytes);
    const sources = files.map(f => ({
        it: fileEvents(f, opts, stats, progress),
        buf: [],
        i: 0,
        done: false
    }));
    const refill = async (s) => {
        while (!s.done && s.i >= s.buf.length) {
            const r = await s.it.next();
            if (r.done)
                s.done = true;
            else {
                s.buf = r.value;
                s.i = 0;
            }
        }
    };
    await Promise.all(sources.map(refill));
    const since = opts.since ?? -Infinity;
    const until = opts.until ?? Infinity;
    for (;;) {
        let best;
        for (const s of sources) {
            if (s.i < s.buf.length && (!best || s.buf[s.i].time < best.buf[best.i].time))
                best = s;
        }
        if (!best)
            break;
        // Drain the chosen file while it stays the oldest (one comparison per event in the common case).
        const other = sources.reduce((m, s) => (s !== best && s.i < s.buf.length ? Math.min(m, s.buf[s.i].time) : m), Infinity);
        while (best.i < best.buf.length && best.buf[best.i].time <= other) {
            const e = best.buf[best.i++];
            if (e.time < since || e.time > until)
                continue;
            stats.events++;
            onEvent(e);
        }
        if (best.i >= best.buf.length)
            await refill(best);
    }
    return stats;
}


/***/ }),

/***/ 6226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ Replay)
});

// UNUSED EXPORTS: timespanMs

// EXTERNAL MODULE: ./src/detect/event.ts
var detect_event = __webpack_require__(8163);
// EXTERNAL MODULE: ./src/detect/rules/condition.ts
var condition = __webpack_require__(3401);
;// CONCATENATED MODULE: ./src/detect/rules/dispatch.ts


/**
 * Event-type dispatch: most rules name the event types they can match (`EventType: grant_role`,
 * `db.event_type: [...]`). A replay then evaluates, per event, only the rules whose types include
 * the event's, plus the rules that name none, instead of every rule of the product.
 */
const INDEX_FIELDS = ['EventType', 'db.event_type'];
/** Exact, case-insensitive values of `field` in one selection map (undefined: not constrained). */
function mapValues(m, field) {
    let out;
    for (const [key, value] of Object.entries(m)) {
        if (key !== field)
            continue; // any modifier (contains, startswith, re, cased ...) is not exact
        const list = Array.isArray(value) ? value : [value];
        const set = new Set();
        for (const v of list) {
            // null matches an absent field; wildcards match many values: neither can be indexed.
            if (v === null || v === undefined || typeof v === 'object')
                return undefined;
            const s = String(v);
            if (/(?<!\\)[*?]/.test(s) || s.includes('\\'))
                return undefined;
            set.add(s.toLowerCase());
        }
        out = set;
    }
    return out;
}
const inter = (a, b) => (!a ? b : !b ? a : new Set([...a].filter(x => b.has(x))));
const union = (a, b) => (!a || !b ? undefined : new Set([...a, ...b]));
/** The values of `field` every event the rule matches has, or undefined when it cannot say. */
function ruleFieldValues(rule, field) {
    const detection = rule.doc.detection;
    const parts = new Map();
    const ANY = new Set(['\u0000any']);
    const wrap = (v) => v ?? ANY;
    const unwrap = (v) => (v === ANY || v.has('\u0000any') ? undefined : v);
    for (const [name, sel] of Object.entries(detection)) {
        if (name === 'condition')
            continue;
        // A list of maps is OR; a list of plain values (keywords) says nothing about fields.
        const maps = Array.isArray(sel) ? sel : [sel];
        let v = new Set();
        for (const m of maps) {
            if (m === null || typeof m !== 'object' || Array.isArray(m)) {
                v = undefined;
                break;
            }
            v = union(v, mapValues(m, field));
            if (!v)
                break;
        }
        parts.set(name, wrap(v));
    }
    let out = new Set();
    for (const c of [detection.condition].flat()) {
        const folded = (0,condition/* foldCondition */.H)(c, parts, {
            and: (a, b) => wrap(inter(unwrap(a), unwrap(b))),
            or: (a, b) => wrap(union(unwrap(a), unwrap(b))),
            not: () => ANY,
            all: items => wrap(items.map(unwrap).reduce(inter, undefined)),
            any: items => wrap(items.map(unwrap).reduce((x, y) => union(x, y), new Set()))
        });
        out = union(out, unwrap(folded));
    }
    return out;
}
/** Per product: the rules to evaluate for an event, in the rules' original order. */
class RuleDispatch {
    rules;
    indexed = [];
    cache = new Map();
    constructor(rules) {
        this.rules = rules;
        for (const r of rules) {
            let entry;
            for (const f of INDEX_FIELDS) {
                const v = ruleFieldValues(r, f);
                if (v) {
                    entry = { field: f, values: v };
                    break;
                }
            }
            this.indexed.push(entry ?? { field: '', values: new Set() });
        }
    }
    /** The candidate rules for this event (a superset of those that match it). */
    candidates(e) {
        const keys = INDEX_FIELDS.map(f => {
            const v = (0,detect_event/* fieldValue */.ag)(e, f);
            return typeof v === 'string' ? v.toLowerCase() : v === undefined || v === null ? '' : undefined;
        });
        // A non-string type (a number, a list) is not indexed: every rule is a candidate.
        if (keys.some(k => k === undefined))
            return this.rules;
        const id = keys.join('\u0000');
        let out = this.cache.get(id);
        if (!out) {
            out = this.rules.filter((_, i) => {
                const x = this.indexed[i];
                if (!x.field)
                    return true;
                return x.values.has(keys[INDEX_FIELDS.indexOf(x.field)]);
            });
            if (this.cache.size < 10000)
                this.cache.set(id, out);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/detect/replay.ts


const MAX_EVIDENCE = 20;
/** `5m` → milliseconds. */
function timespanMs(span) {
    const m = /^(\d+)([smhd])$/.exec(span);
    if (!m)
        throw new Error(`bad timespan ${span}`);
    return Number(m[1]) * { s: 1000, m: 60000, h: 3600000, d: 86400000 }[m[2]];
}
function groupValues(v) {
    if (v === undefined || v === null || v === '')
        return [''];
    if (Array.isArray(v))
        return v.length === 0 ? [''] : v.map(x => (typeof x === 'object' ? JSON.stringify(x) : String(x)));
    return [typeof v === 'object' ? JSON.stringify(v) : String(v)];
}
function evidence(signals) {
    const events = [];
    let count = 0;
    for (const s of signals) {
        events.push(...s.events);
        count += s.count;
    }
    events.sort((a, b) => a.time - b.time);
    return { events: events.slice(-MAX_EVIDENCE), count };
}
/** Windowed state of one correlation rule, per group-by key. */
class CorrelationState {
    rule;
    span;
    groups = new Map();
    lastPrune = 0;
    /** gap: the earliest time at which some key that is not yet reported falls silent. */
    nextDue = Infinity;
    constructor(rule) {
        this.rule = rule;
        this.span = timespanMs(rule.doc.correlation.timespan);
    }
    /** The field an input rule calls `name` (aliases map a group-by name per input rule). */
    fieldFor(name, input) {
        const alias = this.rule.doc.correlation.aliases?.[name];
        if (!alias)
            return name;
        const ref = this.rule.doc.correlation.rules[input];
        return alias[ref] ?? name;
    }
    feed(input, signal, fire) {
        const c = this.rule.doc.correlation;
        const groupBy = c['group-by'];
        // Fan out over list values (CockroachDB grant_role Members), one group each.
        let keys = [[]];
        for (const g of groupBy) {
            const vals = groupValues(signal.get(this.fieldFor(g, input)));
            keys = keys.flatMap(k => vals.map(v => [...k, v]));
        }
        if (c.type === 'gap') {
            this.feedGap(signal, keys, fire);
            return;
        }
        for (const key of keys)
            this.feedGroup(input, signal, key, fire);
        if (signal.time - this.lastPrune > this.span * 4 && this.groups.size > 1000)
            this.prune(signal.time);
    }
    /**
     * Absence. A key whose next signal comes more than `timespan` after its previous one had a gap
     * in its time sequence; a key that stays silent for longer than `timespan` while another key
     * keeps logging (one node of a cluster) is reported as soon as another key's signal shows it,
     * once per silence. Keys are few (nodes, channels), and they are only scanned when one is due.
     */
    feedGap(signal, keys, fire) {
        const groupBy = this.rule.doc.correlation['group-by'];
        const t = signal.time;
        const groupOf = (key) => Object.fromEntries(groupBy.map((g, i) => [g, key[i]]));
        const emit = (key, before, after) => {
            const ev = evidence([before, after]);
            fire({ time: after.time, first: before.time, group: groupOf(key), events: ev.events, eventCount: 2 });
        };
        const own = new Set();
        for (const key of keys) {
            const id = JSON.stringify(key);
            own.add(id);
            const w = this.groups.get(id);
            if (!w) {
                this.groups.set(id, { items: [], last: signal, silent: false });
            }
            else {
                if (!w.silent && w.last && t - w.last.time > this.span)
                    emit(key, w.last, signal);
                w.last = signal;
                w.silent = false;
            }
            this.nextDue = Math.min(this.nextDue, t + this.span);
        }
        if (t <= this.nextDue)
            return;
        let due = Infinity;
        for (const [id, w] of this.groups) {
            if (own.has(id) || w.silent || !w.last)
                continue;
            if (t - w.last.time > this.span) {
                w.silent = true;
                emit(JSON.parse(id), w.last, signal);
            }
            else
                due = Math.min(due, w.last.time + this.span);
        }
        this.nextDue = Math.min(due, t + this.span);
    }
    /** Drops groups whose newest signal has left the window (memory stays bounded on long replays). */
    prune(now) {
        this.lastPrune = now;
        for (const [k, w] of this.groups) {
            const newest = w.items[w.items.length - 1]?.time ?? Math.max(...(w.chain ?? []).map(x => x ?? -Infinity));
            if (!(now - newest <= this.span))
                this.groups.delete(k);
        }
    }
    feedGroup(input, signal, key, fire) {
        const c = this.rule.doc.correlation;
        const id = JSON.stringify(key);
        let w = this.groups.get(id);
        if (!w) {
            w = { items: [] };
            this.groups.set(id, w);
        }
        const t = signal.time;
        // The group object is built only when the rule fires (most signals only update a window).
        const emit = (signals) => {
            const ev = evidence(signals);
            fire({
                time: t,
                first: Math.min(...signals.map(s => s.first)),
                group: Object.fromEntries(c['group-by'].map((g, i) => [g, key[i]])),
                events: ev.events,
                eventCount: ev.count
            });
        };
        const threshold = (n) => c.condition?.gte !== undefined ? n >= c.condition.gte : n > (c.condition?.gt ?? 0);
        switch (c.type) {
            case 'event_count': {
                w.items.push(signal);
                while (w.items.length > 0 && t - w.items[0].time > this.span)
                    w.items.shift();
                if (threshold(w.items.length)) {
                    emit(w.items);
                    w.items = [];
                }
                return;
            }
            case 'value_count': {
                const field = c.condition.field;
                const value = signal.get(this.fieldFor(field, input));
                if (value === undefined || value === null || value === '')
                    return;
                w.items.push(signal);
                while (w.items.length > 0 && t - w.items[0].time > this.span)
                    w.items.shift();
                const distinct = new Set(w.items.map(s => groupValues(s.get(this.fieldFor(field, input))).join('\u0000')));
                if (threshold(distinct.size)) {
                    emit(w.items);
                    w.items = [];
                }
                return;
            }
            case 'temporal': {
                w.items = w.items.filter(s => t - s.time <= this.span);
                w.items.push(Object.assign(Object.create(null), signal, { input }));
                const inputs = new Set(w.items.map(s => s.input));
                if (inputs.size === c.rules.length) {
                    emit(w.items);
                    w.items = [];
                }
                return;
            }
            case 'temporal_ordered': {
                const n = c.rules.length;
                w.chain ??= new Array(n).fill(undefined);
                w.chainEvidence ??= new Array(n).fill(undefined);
                const chain = w.chain;
                const proofs = w.chainEvidence;
                if (input === 0) {
                    chain[0] = signal.first;
                    proofs[0] = [signal];
                }
                else {
                    const start = chain[input - 1];
                    if (start !== undefined && t - start <= this.span) {
                        if (chain[input] === undefined || start >= chain[input]) {
                            chain[input] = start;
                            proofs[input] = [...proofs[input - 1], signal];
                        }
                    }
                }
                if (chain[n - 1] !== undefined) {
                    emit(proofs[n - 1]);
                    w.chain = undefined;
                    w.chainEvidence = undefined;
                }
                return;
            }
        }
    }
}
/**
 * Runs rules over events that arrive in time order. Detection rules fire per event; correlations
 * keep windowed state per group-by key. A rule referenced by a correlation reports on its own only
 * when that correlation says `generate: true` (Sigma's default is false).
 */
class Replay {
    onDetection;
    keep;
    byProduct = new Map();
    dispatch = new Map();
    consumers = new Map();
    silent = new Set();
    states = new Map();
    detections = [];
    /** Events seen, and events matched by at least one detection rule. */
    events = 0;
    matched = 0;
    constructor(rules, onDetection, keep = true) {
        this.onDetection = onDetection;
        this.keep = keep;
        const all = new Set();
        const generated = new Set();
        const visit = (r) => {
            if (all.has(r))
                return;
            all.add(r);
            if (r.kind === 'correlation')
                r.inputs.forEach(visit);
        };
        rules.forEach(visit);
        for (const r of all) {
            if (r.kind === 'detection') {
                const p = r.doc.logsource.product;
                if (!this.byProduct.has(p))
                    this.byProduct.set(p, []);
                this.byProduct.get(p).push(r);
            }
            else {
                const state = new CorrelationState(r);
                this.states.set(r, state);
                const generate = r.doc.correlation.generate;
                r.inputs.forEach((input, i) => {
                    if (!this.consumers.has(input))
                        this.consumers.set(input, []);
                    this.consumers.get(input).push({ state, input: i });
                    const ref = r.doc.correlation.rules[i];
                    if (generate === true || (Array.isArray(generate) && generate.includes(ref)))
                        generated.add(input);
                });
            }
        }
        for (const [p, list] of this.byProduct)
            this.dispatch.set(p, new RuleDispatch(list));
        // An input reports on its own only when a correlation that uses it says so (generate);
        // rules the caller did not ask for (pulled in as inputs) only feed their correlations.
        for (const r of all) {
            if ((this.consumers.has(r) && !generated.has(r)) || !rules.includes(r))
                this.silent.add(r);
        }
    }
    report(rule, d) {
        if (this.silent.has(rule))
            return;
        const det = { rule, ...d };
        if (this.keep)
            this.detections.push(det);
        this.onDetection?.(det);
    }
    signal(rule, s) {
        for (const { state, input } of this.consumers.get(rule) ?? []) {
            state.feed(input, s, d => {
                this.report(state.rule, d);
                const group = d.group ?? {};
                this.signal(state.rule, {
                    time: d.time,
                    first: d.first,
                    get: f => group[f],
                    events: d.events,
                    count: d.eventCount
                });
            });
        }
    }
    push(event) {
        this.events++;
        const rules = this.dispatch.get(event.product)?.candidates(event);
        if (!rules)
            return;
        let hit = false;
        for (const rule of rules) {
            if (!rule.match(event))
                continue;
            hit = true;
            this.report(rule, { time: event.time, first: event.time, events: [event], eventCount: 1 });
            if (this.consumers.has(rule))
                this.signal(rule, {
                    time: event.time,
                    first: event.time,
                    get: f => (0,detect_event/* fieldValue */.ag)(event, f),
                    events: [event],
                    count: 1
                });
        }
        if (hit)
            this.matched++;
    }
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


/***/ })

};
