export const id = 276;
export const ids = [276];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   bQ: () => (/* binding */ parseFlags)
/* harmony export */ });
/* unused harmony export AUDIT_FLAGS */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


const AUDIT_FLAGS = {
    url: { type: 'string' },
    engine: { type: 'string' },
    deployment: { type: 'string' },
    environment: { type: 'string' },
    compliance: { type: 'string' },
    'data-sensitivity': { type: 'string' },
    name: { type: 'string' },
    baseline: { type: 'string' },
    'fail-on-stale': { type: 'boolean' },
    'max-waiver-days': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'fail-on': { type: 'string' },
    'compare-to': { type: 'string' },
    'fail-on-new-only': { type: 'boolean' },
    rules: { type: 'string' },
    concurrency: { type: 'string' },
    'connect-timeout': { type: 'string' },
    'statement-timeout': { type: 'string' },
    'cloud-api-key': { type: 'string' },
    'cloud-cluster-id': { type: 'string' },
    'cloud-api-url': { type: 'string' },
    'certs-dir': { type: 'string' },
    'couchbase-url': { type: 'string' },
    'couchbase-username': { type: 'string' },
    'couchbase-ca': { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
const BASELINE_FLAGS = {
    from: { type: 'string' },
    out: { type: 'string' },
    update: { type: 'string' },
    prune: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
/** Parses one command's flags strictly; the command modules of diff and baseline review use it too. */
function parseFlags(args, options, command) {
    return parse(args, options, command);
}
function parse(args, options, command) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, strict: true, allowPositionals: false }).values;
    }
    catch (error) {
        const e = error;
        const flag = e.message.match(/'(-[^']*)'/)?.[1]?.split(' ')[0];
        if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Unknown flag ${flag ?? ''} for "db-posture ${command}". Run db-posture --help for the flags.`);
        }
        if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
            if (/does not take an argument/.test(e.message)) {
                const given = args.find(a => a.startsWith(`${flag}=`))?.slice(`${flag ?? ''}=`.length) ?? '';
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Flag ${flag ?? ''} of "db-posture ${command}" is a switch and takes no value (got ${JSON.stringify(given)}): give ${flag ?? ''} alone, or leave it out.`);
            }
            if (/ambiguous/.test(e.message)) {
                const next = args[args.indexOf(flag ?? '') + 1] ?? '';
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Flag ${flag ?? ''} of "db-posture ${command}" was followed by ${JSON.stringify(next)}, which looks like a flag: write ${flag ?? ''}=${next} if that is the value.`);
            }
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Flag ${flag ?? ''} of "db-posture ${command}" needs a value. Run db-posture --help.`);
        }
        if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Unexpected argument for "db-posture ${command}": ${e.message.match(/'([^']*)'/)?.[1] ?? ''}. Flags take the form --name value.`);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(e.message);
    }
}
/** Splits argv into a command and its validated flag set; unknown flags are usage errors. */
function parseCommand(argv) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help')
        return { command: 'help' };
    if (command === '--version' || command === '-v')
        return { command: 'version' };
    if (command === 'audit') {
        const flags = parse(rest, AUDIT_FLAGS, 'audit');
        return flags.help ? { command: 'help' } : { command: 'audit', flags };
    }
    if (command === 'diff')
        return { command: 'diff', args: rest };
    if (command === 'baseline' && rest[0] === 'review')
        return { command: 'baseline review', args: rest.slice(1) };
    if (command === 'baseline') {
        const flags = parse(rest, BASELINE_FLAGS, 'baseline');
        return flags.help ? { command: 'help' } : { command: 'baseline', flags };
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`Unknown command ${JSON.stringify(command)}: expected audit, baseline, diff, scan, merge, targets, rules or hunt. Run db-posture --help.`);
}


/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ HELP)
/* harmony export */ });
/** `db-posture --help`: every command, flag, environment variable and exit code. */
const HELP = `db-posture — audit the security posture of a database cluster

Usage:
  db-posture audit --url <connection string> [options]
  db-posture audit --cloud-api-key <key> --cloud-cluster-id <id> [--url <connection string>] [options]
  db-posture audit --couchbase-url <url> --couchbase-username <user> [options]
  db-posture baseline --from <report.json> [--out <new file> | --update <file> [--prune]]
  db-posture baseline review --head <new.yml> [--base <old.yml>] [--report <report.json>]
  db-posture diff --base <report.json> --head <report.json> [--format markdown,json] [--out <dir>]
  db-posture audit --targets <fleet.yml> [--parallel 4] [options]
  db-posture merge <report.json...> | --from-dir <dir> [merge options]
  db-posture targets --matrix <fleet.yml> [--shard i/n]
  db-posture scan [paths...] [scan options]
  db-posture rules test [dir ...] [--posture <report.json>] [--junit <file>] [--sarif <file>]
  db-posture hunt --logs <file|glob> [--rules <dir>] [--since <time>] [--format markdown,json,sarif]
  (db-posture rules --help and db-posture hunt --help list their options)
  db-posture --help | --version

audit options:
  --url <url>                 PostgreSQL connection string (postgresql://user:pass@host:port/db?sslmode=...).
                              May come from DB_POSTURE_URL instead (keeps the password out of shell history).
  --engine <e>                auto (default) | postgres | cockroachdb | couchbase
  --deployment <d>            auto (default) | cloud | self-hosted
  --environment <env>         production (default) | staging | development | sandbox
  --compliance <list>         comma list of soc2, hipaa, pci-dss, iso27001, gdpr (default: none)
  --data-sensitivity <s>      pii-phi | financial | internal (default) | public
  --name <alias>              target name used in reports, file names and baseline matching
                              (default: <host>-<database>)
  --baseline <file>           baseline file with waivers and attestations
                              (default: .github/db-posture-baseline.yml when it exists)
  --fail-on-stale             stale waivers (matching no finding) fail the gate
  --max-waiver-days <n>       longest allowed waiver/attestation expiry from today (default 365)
  --format <list>             comma list of markdown, json, sarif, junit (default: markdown,json)
  --out <dir>                 report directory (default: reports)
  --fail-on <level>           fail (default) | warn | unknown | never (unknown: FAIL and UNKNOWN block)
  --compare-to <report.json>  reference JSON report of the same target: "Since" section, change
                              marks, comparedTo in the JSON, SARIF baselineState (the action's
                              compare-to: auto finds it in earlier runs; the CLI takes a file)
  --fail-on-new-only          only findings new or worse than in --compare-to's report block;
                              expired waivers and an incomplete audit still fail
  --rules <dir>               detection rules: the markdown gets a "Detection coverage" section
                              listing each rule blind on this cluster and why (never changes the gate)
  --concurrency <n>           databases visited at once, 1-32 (default 4; one connection each)
  --connect-timeout <ms>      connection timeout (default 10000)
  --statement-timeout <ms>    per-statement timeout on the server (default 15000)
  --quiet                     no progress and no summary on the terminal

  CockroachDB (SQL over --url, and the Cloud API for Cloud clusters):
  --cloud-api-key <key>       Cloud API secret key (or DB_POSTURE_CLOUD_API_KEY); with --cloud-cluster-id
  --cloud-cluster-id <id>     the Cloud cluster id; the deployment is then cloud
  --cloud-api-url <url>       Cloud API base URL (default https://cockroachlabs.cloud)
  --certs-dir <dir>           a certs directory whose certificates crdb/tls judges too

  Couchbase Server (REST API, GET requests only):
  --couchbase-url <url>       http://host:8091 or https://host:18091
  --couchbase-username <u>    a read-only security user: ro_admin on 7.6, ro_security_admin on 8.0+
  --couchbase-ca <file>       PEM of the CA that signed the cluster certificate (https)
                              The password comes from DB_POSTURE_COUCHBASE_PASSWORD.

  Reports are written to <out>/security-audit-<name>-<YYYY-MM-DD>-<seq>.md with the other formats
  beside it (.json, .sarif, .junit.xml). SARIF 2.1.0 is for code scanning; JUnit XML for CI test
  reports (GitLab, Jenkins): a finding that blocks the gate is a failed test case.
  The audit is read-only: sessions are forced read-only and no object is ever created.

baseline options:
  --from <report.json>        a JSON report written by db-posture audit or db-posture scan --format json
                              (scan findings become waivers with target scan)
  --out <file>                a new file for the baseline (default: stdout); never overwrites. Each
                              unwaived FAIL becomes a waiver with empty reason and owner, for a person.
  --update <file>             merge into an existing baseline: entries, comments and order are kept,
                              a waiver stub is appended per unwaived FAIL; each change is listed
  --prune                     with --update: remove this target's waivers that match no WARN/FAIL

baseline review options (exit 0; what a pull request to the baseline accepts):
  --base <old.yml>            the file before the change (omit when the file is new)
  --head <new.yml>            the file after the change
  --report <report.json>      flag waivers that match no WARN/FAIL finding of this report
  --compliance <list>         flag waivers on families these frameworks lock (default: the report's)
  --max-waiver-days <n>       flag expiries further ahead (default 365)
  --format <f>                markdown (default) | json

diff options (exit 0; new, resolved, changed and unchanged findings of one target):
  --base <report.json>        the reference audit (JSON report)
  --head <report.json>        the newer audit of the same target and engine
  --format <list>             markdown (default), json, or both with --out
  --out <dir>                 write diff-<name>-<base date>-to-<head date>.md/.json there (default: stdout)

scan options (README "Configuration scan"; no connection; exit 1 when the gate fails, 2 bad input,
  3 when a file could not be judged):
  files: pg_hba*.conf, postgresql.conf / postgresql.auto.conf, *.sql, *.tf and *.tf.json (one
  module per directory, with terraform.tfvars / *.auto.tfvars), terraform show -json plans
  (*.tfplan.json, plan.json)
  --format <f>                markdown (default) | json | sarif | junit
  --out <file>                write the report there (default: stdout)
  --baseline <file>           waivers (target: scan, object: the finding's key without its check id);
                              default <root>/.github/db-posture-baseline.yml when it exists. Checked
                              before scanning; a waived FAIL passes, an expired waiver fails, expired
                              and stale waivers are listed on stderr
  --fail-on <level>           fail (default) | warn | unknown | never: which unwaived findings fail the
                              scan (exit 1); an expired waiver fails it too, except with never
  --fail-on-stale             stale scan waivers (matching no finding) fail the scan (exit 1)
  --include/--exclude <glob>  repeatable; .gitignore is always honoured
  --root <dir>                repository root paths are relative to (default: cwd)
  --pg-version <n>            server defaults for settings a file leaves out (13-17, default 17)
  --engine <e>                SQL dialect of every .sql file: postgres | cockroachdb (default: detected
                              per file from CockroachDB-only statements such as SET CLUSTER SETTING)

fleet (see README "Fleets"):
  --targets <fleet.yml>       audit every target of a targets file (secrets by environment variable name
                              only), then write the fleet report; exit 3 if one could not be audited,
                              1 if one failed, 0 otherwise
  --parallel <n>              targets audited at once, 1-64 (default 4)
  merge: --from-dir <dir>     merge every security-audit-*.json below dir (repeatable), or name files
  --out <dir>                 where fleet-report-<date>.md/.json/.sarif go (default: reports)
  --format <list>             markdown, json, sarif (default: markdown,json)
  --max-age <duration>        reports older than this are outdated and fail the fleet (default 48h)
  --compare-to <fleet.json>   a previous fleet report: list what changed fleet-wide
  --duplicates <p>            two reports for one target: error (default) | latest
  --targets <fleet.yml>       (merge) the targets expected: one without a report is missing
  --fail-on <level>           (merge) fail (default) | never; missing/outdated always exit 3
  targets: --matrix <file>    print the JSON for strategy.matrix; --shard i/n past 256 targets

Environment:
  DB_POSTURE_URL              connection string (when --url is not given)
  DB_POSTURE_CLOUD_API_KEY    CockroachDB Cloud API key (when --cloud-api-key is not given)
  DB_POSTURE_COUCHBASE_PASSWORD  Couchbase password

Exit codes:
  0  the gate passed
  1  the gate failed: an unwaived FAIL (or WARN with --fail-on warn), or an expired waiver
  2  usage or configuration error (bad flag or value, bad baseline file); nothing was audited
  3  the target could not be audited (unreachable, authentication failed, TLS refused)
  4  internal error in db-posture
`;


/***/ }),

/***/ 9276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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

// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/fleet-dispatch.ts
const wantsHelp = (args) => args.includes('--help') || args.includes('-h');
/**
 * The fleet commands (each module imported when it runs), tried before the single-target ones: `merge`, `targets`, and `audit` with
 * `--targets`. Returns undefined for every other command line, and 'help' when help was asked for.
 */
function fleetCommand(argv, io, redactor) {
    const [command, ...rest] = argv;
    const run = (fn) => (wantsHelp(rest) ? Promise.resolve('help') : fn());
    // Imported on use: a single-target command line never loads the fleet modules.
    if (command === 'merge')
        return run(async () => (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(280), __webpack_require__.e(331), __webpack_require__.e(658), __webpack_require__.e(254), __webpack_require__.e(214), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 1583))).mergeCommand(rest, io, redactor));
    if (command === 'targets')
        return run(async () => (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(472)]).then(__webpack_require__.bind(__webpack_require__, 7472))).targetsCommand(rest, io));
    if (command === 'audit' && rest.some(a => a === '--targets' || a.startsWith('--targets=')))
        return run(async () => (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(280), __webpack_require__.e(331), __webpack_require__.e(658), __webpack_require__.e(254), __webpack_require__.e(214), __webpack_require__.e(916), __webpack_require__.e(583), __webpack_require__.e(475)]).then(__webpack_require__.bind(__webpack_require__, 6856))).fleetAuditCommand(rest, io, redactor));
    return undefined;
}

// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/main.ts






// Each command's module is imported when it runs: the bundle then compiles and evaluates only the
// code of the command at hand (a hunt does not load the database drivers, the scanners' parsers
// or the GitHub clients; measured: about 0.15 s of start-up CPU).
const commands = {
    audit: () => Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(280), __webpack_require__.e(331), __webpack_require__.e(658), __webpack_require__.e(747), __webpack_require__.e(254), __webpack_require__.e(214), __webpack_require__.e(916), __webpack_require__.e(799)]).then(__webpack_require__.bind(__webpack_require__, 4799)),
    baseline: () => Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(280), __webpack_require__.e(331), __webpack_require__.e(477)]).then(__webpack_require__.bind(__webpack_require__, 6008)),
    baselineReview: () => Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(280), __webpack_require__.e(331), __webpack_require__.e(808)]).then(__webpack_require__.bind(__webpack_require__, 497)),
    diff: () => Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(417)]).then(__webpack_require__.bind(__webpack_require__, 417)),
    scan: () => Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(280), __webpack_require__.e(428), __webpack_require__.e(331), __webpack_require__.e(254), __webpack_require__.e(916), __webpack_require__.e(625)]).then(__webpack_require__.bind(__webpack_require__, 3393)),
    hunt: () => Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(280), __webpack_require__.e(382), __webpack_require__.e(658), __webpack_require__.e(747), __webpack_require__.e(236), __webpack_require__.e(404), __webpack_require__.e(515)]).then(__webpack_require__.bind(__webpack_require__, 5515)),
    rules: () => Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(280), __webpack_require__.e(658), __webpack_require__.e(747), __webpack_require__.e(236), __webpack_require__.e(404)]).then(__webpack_require__.bind(__webpack_require__, 4303))
};
/**
 * The CLI: parses the command, runs it, and maps every outcome to a documented exit code. Errors
 * are printed as one scrubbed line; a stack trace appears only for internal errors with DEBUG set.
 * Each command's module is imported when that command runs (the bundler keeps each as its own
 * chunk), so `--version`, `diff` or `hunt` do not load the engines, the drivers and every renderer.
 */
async function runCli(argv, io) {
    const redactor = new Redactor();
    try {
        const fleet = await fleetCommand(argv, io, redactor);
        if (fleet === 'help')
            io.stdout.write(help/* HELP */._);
        if (fleet !== undefined)
            return fleet === 'help' ? errors/* EXIT */.dc.OK : fleet;
        if (argv[0] === 'scan')
            return await (await commands.scan()).scanCommand(argv.slice(1), io);
        // Detection commands parse their own flags (positional rule directories, repeatable --logs).
        if (argv[0] === 'rules')
            return await (await commands.rules()).rulesCommand(argv.slice(1), io);
        if (argv[0] === 'hunt')
            return await (await commands.hunt()).huntCommand(argv.slice(1), io);
        const parsed = (0,args/* parseCommand */.RM)(argv);
        switch (parsed.command) {
            case 'help':
                io.stdout.write(help/* HELP */._);
                return errors/* EXIT */.dc.OK;
            case 'version':
                io.stdout.write(`${version/* TOOL */.j.name} ${version/* TOOL */.j.version}\n`);
                return errors/* EXIT */.dc.OK;
            case 'audit':
                return await (await commands.audit()).auditCommand(parsed.flags, io, redactor);
            case 'baseline':
                return await (await commands.baseline()).baselineCommand(parsed.flags, io);
            case 'diff':
                return await (await commands.diff()).diffCommand(parsed.args, io);
            case 'baseline review':
                return await (await commands.baselineReview()).baselineReviewCommand(parsed.args, io);
        }
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb || error instanceof errors/* TargetError */.I0) {
            io.stderr.write(`db-posture: error: ${redactor.scrub(error.message)}\n`);
            return error.exitCode;
        }
        const e = error;
        io.stderr.write(`db-posture: internal error: ${redactor.scrub(e?.message ?? String(error))}\n`);
        if (io.env.DEBUG)
            io.stderr.write(`${redactor.scrub(e?.stack ?? '')}\n`);
        return errors/* EXIT */.dc.INTERNAL;
    }
}


/***/ }),

/***/ 4296:
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

/***/ 3323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ TOOL)
/* harmony export */ });
/** The product's own name and version, stamped into every report. */
const TOOL = {
    name: 'db-posture',
    version: '0.1.0',
    url: 'https://github.com/db-posture/db-posture'
};


/***/ })

};
