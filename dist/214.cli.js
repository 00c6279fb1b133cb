export const id = 214;
export const ids = [214];
export const modules = {

/***/ 6122:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



//Parse method copied from https://github.com/brianc/node-postgres
//Copyright (c) 2010-2014 Brian Carlson (brian.m.carlson@gmail.com)
//MIT License

//parses a connection string
function parse(str, options = {}) {
  //unix socket
  if (str.charAt(0) === '/') {
    const config = str.split(' ')
    return { host: config[0], database: config[1] }
  }

  // Check for empty host in URL

  const config = Object.create(null)
  let result
  let dummyHost = false
  if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str)) {
    // Ensure spaces are encoded as %20
    str = encodeURI(str).replace(/%25(\d\d)/g, '%$1')
  }

  try {
    try {
      result = new URL(str, 'postgres://base')
    } catch (e) {
      // The URL is invalid so try again with a dummy host
      result = new URL(str.replace('@/', '@___DUMMY___/'), 'postgres://base')
      dummyHost = true
    }
  } catch (err) {
    // Remove the input from the error message to avoid leaking sensitive information
    err.input && (err.input = '*****REDACTED*****')
    throw err
  }

  // We'd like to use Object.fromEntries() here but Node.js 10 does not support it
  for (const entry of result.searchParams.entries()) {
    config[entry[0]] = entry[1]
  }

  config.user = config.user || decodeURIComponent(result.username)
  config.password = config.password || decodeURIComponent(result.password)

  if (result.protocol == 'socket:') {
    config.host = decodeURI(result.pathname)
    config.database = result.searchParams.get('db')
    config.client_encoding = result.searchParams.get('encoding')
    return config
  }
  const hostname = (dummyHost ? '' : result.hostname).replace(/^\[(.+)\]$/, '$1')
  if (!config.host) {
    // Only set the host if there is no equivalent query param.
    config.host = decodeURIComponent(hostname)
  } else if (hostname && /^%2f/i.test(hostname)) {
    // Only prepend the hostname to the pathname if it is not a URL encoded Unix socket host.
    result.pathname = hostname + result.pathname
  }
  if (!config.port) {
    // Only set the port if there is no equivalent query param.
    config.port = result.port
  }

  const pathname = result.pathname.slice(1) || null
  config.database = pathname ? decodeURI(pathname) : null

  if (config.ssl === 'true' || config.ssl === '1') {
    config.ssl = true
  }

  if (config.ssl === '0') {
    config.ssl = false
  }

  if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
    config.ssl = {}
  }

  // sslnegotiation=direct implies SSL is in use (libpq requires sslmode>=require),
  // so enable SSL if the connection string did not otherwise configure it.
  if (config.sslnegotiation === 'direct' && config.ssl === undefined) {
    config.ssl = true
  }

  // Only try to load fs if we expect to read from the disk
  const fs = config.sslcert || config.sslkey || config.sslrootcert ? __webpack_require__(9896) : null

  if (config.sslcert) {
    config.ssl.cert = fs.readFileSync(config.sslcert).toString()
  }

  if (config.sslkey) {
    config.ssl.key = fs.readFileSync(config.sslkey).toString()
  }

  if (config.sslrootcert) {
    config.ssl.ca = fs.readFileSync(config.sslrootcert).toString()
  }

  if (options.useLibpqCompat && config.uselibpqcompat) {
    throw new Error('Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.')
  }

  if (config.uselibpqcompat === 'true' || options.useLibpqCompat) {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer': {
        config.ssl.rejectUnauthorized = false
        break
      }
      case 'require': {
        if (config.sslrootcert) {
          // If a root CA is specified, behavior of `sslmode=require` will be the same as that of `verify-ca`
          config.ssl.checkServerIdentity = function () {}
        } else {
          config.ssl.rejectUnauthorized = false
        }
        break
      }
      case 'verify-ca': {
        if (!config.ssl.ca) {
          throw new Error(
            'SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security.'
          )
        }
        config.ssl.checkServerIdentity = function () {}
        break
      }
      case 'verify-full': {
        break
      }
    }
  } else {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer':
      case 'require':
      case 'verify-ca':
      case 'verify-full': {
        if (config.sslmode !== 'verify-full') {
          deprecatedSslModeWarning(config.sslmode)
        }
        break
      }
      case 'no-verify': {
        config.ssl.rejectUnauthorized = false
        break
      }
    }
  }

  return config
}

// convert pg-connection-string ssl config to a ClientConfig.ConnectionOptions
function toConnectionOptions(sslConfig) {
  const connectionOptions = Object.entries(sslConfig).reduce((c, [key, value]) => {
    // we explicitly check for undefined and null instead of `if (value)` because some
    // options accept falsy values. Example: `ssl.rejectUnauthorized = false`
    if (value !== undefined && value !== null) {
      c[key] = value
    }

    return c
  }, Object.create(null))

  return connectionOptions
}

// convert pg-connection-string config to a ClientConfig
function toClientConfig(config) {
  const poolConfig = Object.entries(config).reduce((c, [key, value]) => {
    if (key === 'ssl') {
      const sslConfig = value

      if (typeof sslConfig === 'boolean') {
        c[key] = sslConfig
      }

      if (typeof sslConfig === 'object') {
        c[key] = toConnectionOptions(sslConfig)
      }
    } else if (value !== undefined && value !== null) {
      if (key === 'port') {
        // when port is not specified, it is converted into an empty string
        // we want to avoid NaN or empty string as a values in ClientConfig
        if (value !== '') {
          const v = parseInt(value, 10)
          if (isNaN(v)) {
            throw new Error(`Invalid ${key}: ${value}`)
          }

          c[key] = v
        }
      } else {
        c[key] = value
      }
    }

    return c
  }, Object.create(null))

  return poolConfig
}

// parses a connection string into ClientConfig
function parseIntoClientConfig(str) {
  return toClientConfig(parse(str))
}

function deprecatedSslModeWarning(sslmode) {
  if (!deprecatedSslModeWarning.warned && typeof process !== 'undefined' && process.emitWarning) {
    deprecatedSslModeWarning.warned = true
    process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`)
  }
}

module.exports = parse

parse.parse = parse
parse.toClientConfig = toClientConfig
parse.parseIntoClientConfig = parseIntoClientConfig


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

/***/ 7524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkNewOutputFile),
/* harmony export */   x: () => (/* binding */ checkOutputDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



/**
 * The nearest part of `p` that exists, or undefined for a path whose parent is a file. Reports are
 * written only after the audit, so every output path is checked before anything connects.
 */
function nearestExisting(p) {
    let current = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    for (;;) {
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(current);
            return { path: current, isDirectory: st.isDirectory() };
        }
        catch {
            // ENOENT or ENOTDIR (a component on the way is a file): walk up to what exists.
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
            if (parent === current)
                return { path: current, isDirectory: false };
            current = parent;
        }
    }
}
function writable(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
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
    if (found.path === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir) && !found.isDirectory)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: it is an existing file; expected a directory for the reports.`);
    if (!found.isDirectory)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is a file, so no directory can be made under it; expected a directory for the reports.`);
    if (!writable(found.path))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is not writable by this user; expected a writable directory.`);
}
/** Throws a UsageError unless a new file can be written at `file` (it must not exist yet). */
function checkNewOutputFile(file, input) {
    const shown = JSON.stringify(file);
    const found = nearestExisting(file);
    if (found.path === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: the file exists and is never overwritten (it may hold reviewed entries); choose a new path.`);
    if (!found.isDirectory)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is a file, not a directory.`);
    if (found.path !== node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file)))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: the directory ${JSON.stringify(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file))} does not exist.`);
    if (!writable(found.path))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Invalid ${input} ${shown}: ${JSON.stringify(found.path)} is not writable by this user.`);
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uw: () => (/* binding */ SARIF_RESULT_LIMIT),
/* harmony export */   WH: () => (/* binding */ renderSarif),
/* harmony export */   n5: () => (/* binding */ sharePerRule)
/* harmony export */ });
/* unused harmony exports findingFingerprint, ruleText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _diff_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5312);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3323);
/* harmony import */ var _core_policy_annotation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9015);
/* harmony import */ var _core_report_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6092);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2020);






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
const RANK = { FAIL: 0, WARN: 1, UNKNOWN: 2 };
/** A stable fingerprint from check, target and object: never from values or times. */
function findingFingerprint(checkId, target, object) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
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
                (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeProse */ .fd)(text),
                ...(check.rationale ? [`**Why:** ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeProse */ .fd)(check.rationale)}`] : []),
                ...(check.verify ? [`**Verify by hand:** ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeProse */ .fd)(check.verify)}`] : []),
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
        .filter(f => RANK[f.status] !== undefined)
        .sort((a, b) => RANK[a.status] - RANK[b.status]);
    // With a reference report (`--compare-to`): SARIF 2.1.0 baselineState per result, and the
    // reference's resolved findings as `absent` results, which code scanning closes.
    const states = report.comparison ? (0,_diff_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .sarifBaselineStates */ .DO)(report.comparison.diff) : undefined;
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
        const check = (0,_core_report_check_js__WEBPACK_IMPORTED_MODULE_3__/* .checkIn */ .is)(report.checks, id) ?? {
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
                text: `${f.title}: ${f.detail.text}${where}${f.policy?.length ? `; policy: ${f.policy.map(_core_policy_annotation_js__WEBPACK_IMPORTED_MODULE_5__/* .policyText */ .M).join('; ')}` : ''}`
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
                        informationUri: _core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL */ .j.url,
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


/***/ }),

/***/ 984:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* unused harmony exports toClientConfig, parseIntoClientConfig */
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6122);
// ESM wrapper for pg-connection-string


// Re-export the parse function
/* unused harmony default export */ var __WEBPACK_DEFAULT_EXPORT__ = (_index_js__WEBPACK_IMPORTED_MODULE_0__.parse);
const parse = _index_js__WEBPACK_IMPORTED_MODULE_0__.parse
const toClientConfig = _index_js__WEBPACK_IMPORTED_MODULE_0__.toClientConfig
const parseIntoClientConfig = _index_js__WEBPACK_IMPORTED_MODULE_0__.parseIntoClientConfig


/***/ })

};
