export const id = 472;
export const ids = [472];
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

/***/ 7472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   targetsCommand: () => (/* binding */ targetsCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _fleet_targets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2342);
/* harmony import */ var _fleet_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1554);



const TARGETS_FLAGS = {
    matrix: { type: 'string' },
    shard: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
/**
 * `db-posture targets --matrix fleet.yml [--shard i/n]`: prints the JSON a workflow's
 * `strategy.matrix` takes (`fromJSON(...)`), one leg per target, with no secret in it.
 */
async function targetsCommand(args, io) {
    const { flags } = (0,_fleet_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFleetArgs */ .h)(args, TARGETS_FLAGS, 'targets');
    const file = flags.matrix;
    if (!file)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('db-posture targets needs --matrix <targets file>.');
    const shard = (0,_fleet_targets_js__WEBPACK_IMPORTED_MODULE_1__/* .parseShard */ .uK)(flags.shard);
    const targets = await (0,_fleet_targets_js__WEBPACK_IMPORTED_MODULE_1__/* .loadTargets */ .JU)(file, '--matrix');
    io.stdout.write(`${JSON.stringify((0,_fleet_targets_js__WEBPACK_IMPORTED_MODULE_1__/* .toMatrix */ .D3)(targets, shard ? { shard } : {}))}\n`);
    return _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.OK;
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

/***/ 8648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VD: () => (/* binding */ parseAuditOptions)
});

// UNUSED EXPORTS: COMPLIANCE, DEPLOYMENTS, ENGINES, ENVIRONMENTS, FAIL_ON, FORMATS, OPTION_NAMES, OPTION_SURFACES, SENSITIVITIES, auditOptionsSchema, inputNameOf

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var classic_schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/coerce.js


function string(params) {
    return core._coercedString(schemas.ZodString, params);
}
function number(params) {
    return api/* _coercedNumber */.qG(classic_schemas/* ZodNumber */.rSt, params);
}
function coerce_boolean(params) {
    return core._coercedBoolean(schemas.ZodBoolean, params);
}
function bigint(params) {
    return core._coercedBigint(schemas.ZodBigInt, params);
}
function date(params) {
    return core._coercedDate(schemas.ZodDate, params);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/gate.ts
var gate = __webpack_require__(4888);
// EXTERNAL MODULE: ./src/core/vocabulary.ts
var vocabulary = __webpack_require__(7063);
;// CONCATENATED MODULE: ./src/core/options.ts






/** `--engine` accepts the engines and `auto` (detect from the target). */
const ENGINES = ['auto', ...vocabulary/* ENGINES */.ug];
/** `--deployment` accepts the deployments and `auto` (from the host or the Cloud API). */
const DEPLOYMENTS = ['auto', ...vocabulary/* DEPLOYMENT_VALUES */.JC];
/** A comma-separated list (flag or action input) or an array, trimmed, empties dropped. */
const csv = (values) => classic_schemas/* preprocess */.vkY(v => typeof v === 'string'
    ? v
        .split(',')
        .map(s => s.trim().toLowerCase())
        .filter(Boolean)
    : v, classic_schemas/* array */.YOg(classic_schemas/* enum */.k5n(values)));
/**
 * The one typed description of an audit, built by the CLI from flags and by the action from
 * inputs. Keys map to the flag and input names in `OPTION_SURFACES`.
 */
const auditOptionsSchema = classic_schemas/* object */.Ikc({
    engine: classic_schemas/* enum */.k5n(ENGINES).default('auto'),
    url: classic_schemas/* string */.YjP().min(1).optional(),
    /** How the user gave the connection string, for messages: `--url`, `DB_POSTURE_URL`, `input connection-string`. */
    urlSource: classic_schemas/* string */.YjP().min(1).optional(),
    deployment: classic_schemas/* enum */.k5n(DEPLOYMENTS).default('auto'),
    environment: classic_schemas/* enum */.k5n(vocabulary/* ENVIRONMENTS */.ju).default('production'),
    compliance: csv(vocabulary/* COMPLIANCE */.YA).default([]),
    dataSensitivity: classic_schemas/* enum */.k5n(vocabulary/* SENSITIVITIES */.A9).default('internal'),
    name: classic_schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'letters, digits, ".", "_" or "-" (at most 63, starting alphanumeric)')
        .optional(),
    baseline: classic_schemas/* string */.YjP().min(1).optional(),
    /** True when the baseline path was given explicitly: then a missing file is an error. */
    baselineExplicit: classic_schemas/* boolean */.zMY().default(false),
    formats: csv(vocabulary/* FORMATS */.hR)
        .pipe(classic_schemas/* array */.YOg(classic_schemas/* enum */.k5n(vocabulary/* FORMATS */.hR)).min(1))
        .default(['markdown', 'json']),
    outDir: classic_schemas/* string */.YjP().min(1).default('reports'),
    failOn: classic_schemas/* enum */.k5n(gate/* FAIL_ON */.d$).default('fail'),
    /** A reference JSON report (`--compare-to`): the Since section, change marks and `gate: new`. */
    compareTo: classic_schemas/* string */.YjP().min(1).optional(),
    /** `new` (`--fail-on-new-only`): only findings new or worse than in the reference block. */
    gate: classic_schemas/* enum */.k5n(gate/* GATE_MODES */.pQ).default('all'),
    failOnStale: classic_schemas/* preprocess */.vkY(v => (typeof v === 'string' ? v.trim().toLowerCase() : v), classic_schemas/* union */.KCZ([classic_schemas/* boolean */.zMY(), classic_schemas/* enum */.k5n(['true', 'false'])]))
        .default(false)
        .transform(v => v === true || v === 'true'),
    /** Longest a waiver or attestation may run, in days from today. */
    maxWaiverDays: number().int().min(1).max(3650).default(365),
    concurrency: number().int().min(1).max(32).default(4),
    connectTimeoutMs: number().int().min(100).max(600000).default(10000),
    statementTimeoutMs: number().int().min(10).max(600000).default(15000),
    cloudApiKey: classic_schemas/* string */.YjP().min(1).optional(),
    cloudClusterId: classic_schemas/* string */.YjP().min(1).optional(),
    /** The Cloud API base URL; only changed for tests and private endpoints. */
    cloudApiUrl: classic_schemas/* string */.YjP().url().default('https://cockroachlabs.cloud'),
    /** A CockroachDB certs directory whose certificates crdb/tls also judges. */
    certsDir: classic_schemas/* string */.YjP().min(1).optional(),
    couchbaseUrl: classic_schemas/* string */.YjP().min(1).optional(),
    couchbaseUsername: classic_schemas/* string */.YjP().min(1).optional(),
    couchbasePassword: classic_schemas/* string */.YjP().min(1).optional(),
    couchbaseCaFile: classic_schemas/* string */.YjP().min(1).optional()
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
    engine: `one of ${ENGINES.join(', ')}`,
    deployment: `one of ${DEPLOYMENTS.join(', ')}`,
    environment: `one of ${vocabulary/* ENVIRONMENTS */.ju.join(', ')}`,
    compliance: `a comma-separated list of ${vocabulary/* COMPLIANCE */.YA.join(', ')}`,
    dataSensitivity: `one of ${vocabulary/* SENSITIVITIES */.A9.join(', ')}`,
    name: 'letters, digits, ".", "_" or "-" (at most 63, starting alphanumeric)',
    formats: `a comma-separated list of at least one of ${vocabulary/* FORMATS */.hR.join(', ')}`,
    outDir: 'a directory path',
    failOn: `one of ${gate/* FAIL_ON */.d$.join(', ')}`,
    failOnStale: 'true or false',
    compareTo: 'a JSON report file from db-posture audit',
    gate: `one of ${gate/* GATE_MODES */.pQ.join(', ')}`,
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
function parseAuditOptions(input, label = n => `--${n}`, 
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


/***/ })

};
