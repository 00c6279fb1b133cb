export const id = 808;
export const ids = [808];
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

/***/ 4066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kf: () => (/* binding */ parseBaselineDocument),
/* harmony export */   Y9: () => (/* binding */ decodeBaseline),
/* harmony export */   bV: () => (/* binding */ entryLine)
/* harmony export */ });
/* unused harmony exports describePlace, placeOf, fieldLine */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



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
function decodeBaseline(bytes, file) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const bad = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++)
        if (bytes[i] === 0x0a)
            line++;
    const place = placeAtLine(new TextDecoder('utf-8').decode(bytes), file, line);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Baseline file ${file} line ${line}: ${describePlace(place)}: byte 0x${bytes[bad].toString(16).padStart(2, '0')} is not valid UTF-8; save the file as UTF-8.`);
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
        const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(source, { lineCounter: lines, prettyErrors: false });
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
function parseBaselineDocument(source, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(source, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = lines.linePos(e.pos[0]).line;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Baseline file ${file} is not valid YAML: ${e.message.split('\n')[0]} (line ${line}).`);
    }
    const parsed = { file, source, doc, lines };
    let aliasAt;
    (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR)(doc, {
        Alias(_, node) {
            aliasAt = node.range?.[0] ?? 0;
            return yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR.BREAK;
        }
    });
    if (aliasAt !== undefined) {
        const place = placeOf(parsed, aliasAt);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Baseline file ${file} line ${place.line}: ${describePlace(place)}: YAML aliases (*name) are not allowed; write the value out so that reviewers see it.`);
    }
    return parsed;
}
/** The entry and field that contain a source offset (the first node starting at or after it on the line). */
function placeOf(bd, offset, lineEnd = offset + 1) {
    const line = bd.lines.linePos(offset).line;
    const inside = (range) => !!range && range[0] < lineEnd && offset < Math.max(range[2] ?? range[1], range[0] + 1);
    const root = bd.doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root))
        return { line };
    for (const pair of root.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(pair) || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key))
            continue;
        const section = String(pair.key.value);
        const keyHit = inside(pair.key.range);
        const value = pair.value;
        if (keyHit && !value)
            return { section, line };
        if (!keyHit && !(value && 'range' in value && inside(value.range)))
            continue;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(value))
            return { section, line };
        for (const [index, item] of value.items.entries()) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(item) || !inside(item.range))
                continue;
            for (const field of item.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(field) || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(field.key))
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(seq))
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


/***/ }),

/***/ 2666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mz: () => (/* binding */ DEFAULT_BASELINE),
  oU: () => (/* binding */ loadBaseline),
  v6: () => (/* binding */ loadBaselineDocument),
  fR: () => (/* binding */ loadBaselineFor)
});

// UNUSED EXPORTS: parseBaseline, validateBaseline

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/input-file.ts
var input_file = __webpack_require__(7906);
// EXTERNAL MODULE: ./src/baseline/document.ts
var baseline_document = __webpack_require__(4066);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
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
    return validateBaseline((0,baseline_document/* parseBaselineDocument */.Kf)(source, file), opts);
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
        const line = (0,baseline_document/* entryLine */.bV)(bd, 'waivers', i);
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
            const line = (0,baseline_document/* entryLine */.bV)(bd, section, n);
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
    return parseBaseline((0,baseline_document/* decodeBaseline */.Y9)(bytes, file), file, opts);
}
/**
 * Reads and validates a baseline file and keeps its document (line numbers, comments, order).
 * `horizonDays` may be raised for a review, which flags a too-distant expiry instead of refusing it.
 */
async function loadBaselineDocument(file, input, opts) {
    const bytes = await (0,input_file/* readInputFile */.j)(file, input, 'a db-posture baseline file (YAML)');
    const document = (0,baseline_document/* parseBaselineDocument */.Kf)((0,baseline_document/* decodeBaseline */.Y9)(bytes, file), file);
    return { baseline: validateBaseline(document, opts), document };
}


/***/ }),

/***/ 497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baselineReviewCommand: () => (/* binding */ baselineReviewCommand),
  parseCompliance: () => (/* binding */ parseCompliance),
  parseMaxWaiverDays: () => (/* binding */ parseMaxWaiverDays)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/baseline/load.ts + 1 modules
var load = __webpack_require__(2666);
// EXTERNAL MODULE: ./src/policy/families.ts
var families = __webpack_require__(1432);
// EXTERNAL MODULE: ./src/core/vocabulary.ts
var vocabulary = __webpack_require__(7063);
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


// EXTERNAL MODULE: ./src/diff/identity.ts
var identity = __webpack_require__(7193);
// EXTERNAL MODULE: ./src/baseline/document.ts
var baseline_document = __webpack_require__(4066);
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
const day = (d) => d.toISOString().slice(0, 10);
/**
 * Compares two versions of the baseline file entry by entry (waivers by check/target/object,
 * attestations by check/target) and flags what a reviewer must look at. Linear in the entries.
 */
function reviewBaseline(base, head, opts) {
    const today = day(opts.now);
    const latest = day(new Date(opts.now.getTime() + opts.maxWaiverDays * 86400000));
    const problems = opts.report
        ? new Set(opts.report.findings
            .filter(f => f.status === 'FAIL' || f.status === 'WARN')
            .map(f => (0,identity/* findingKey */.f)(f.checkId, f.object)))
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
            const frameworks = opts.compliance.filter(c => families/* COMPLIANCE_LOCKS */.nb[c].includes(family));
            if (frameworks.length)
                flags.push({
                    kind: 'compliance-locked',
                    family,
                    frameworks: frameworks.map(c => vocabulary/* COMPLIANCE_NAMES */.lk[c])
                });
        }
        if (section === 'attestations' && !FOLLOWABLE.test(rec.evidence))
            flags.push({ kind: 'weak-evidence' });
        if (section === 'waivers' && problems && opts.report) {
            const target = opts.report.target.name;
            if ((rec.target === target || rec.target === '*') && !problems.has((0,identity/* findingKey */.f)(rec.check, rec.object)))
                flags.push({ kind: 'stale-on-arrival', target });
        }
        const who = section === 'waivers' ? 'owner' : 'attested-by';
        if (!HANDLE.test(rec[who]))
            flags.push({ kind: 'owner-not-handle', field: who, value: rec[who] });
        return flags;
    };
    const compare = (section, baseRecs, headRecs, key, fields) => {
        const baseIndex = (0,identity/* indexByKey */.X)(baseRecs, key);
        const headKeys = new Set(headRecs.map(key));
        headRecs.forEach((rec, i) => {
            const before = baseIndex.get(key(rec))?.[0];
            const headLine = (0,baseline_document/* entryLine */.bV)(head.document, section, i);
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
    const waiverKey = (r) => `${r.target}\u0000${(0,identity/* findingKey */.f)(r.check, r.object)}`;
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
        const document = parseBaselineDocument(s.text, s.file);
        return {
            document,
            baseline: validateBaseline(document, { ...catalogue, now: opts.now, maxHorizonDays: 1_000_000 })
        };
    };
    return reviewBaseline(sources.base ? load(sources.base) : undefined, load(sources.head), opts);
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
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

// EXTERNAL MODULE: ./src/diff/report-input.ts
var report_input = __webpack_require__(5204);
// EXTERNAL MODULE: ./src/engines/index.ts + 70 modules
var engines = __webpack_require__(4306);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/baseline-review-command.ts









const REVIEW_FLAGS = {
    base: { type: 'string' },
    head: { type: 'string' },
    report: { type: 'string' },
    compliance: { type: 'string' },
    'max-waiver-days': { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
/** A review reads a file the audit would refuse for a far expiry, to flag it instead. */
const REVIEW_HORIZON_DAYS = 1_000_000;
function parseCompliance(value) {
    if (value === undefined || value === '')
        return [];
    const known = Object.keys(families/* COMPLIANCE_LOCKS */.nb);
    const items = value.split(',').map(s => s.trim());
    const bad = items.find(s => !known.includes(s));
    if (bad !== undefined)
        throw new errors/* UsageError */.eb(`--compliance ${JSON.stringify(value)}: ${JSON.stringify(bad)} is not one of ${known.join(', ')}.`);
    return [...new Set(items)];
}
function parseMaxWaiverDays(value) {
    if (value === undefined)
        return 365;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > 3650)
        throw new errors/* UsageError */.eb(`--max-waiver-days ${JSON.stringify(value)}: expected a whole number of days from 1 to 3650.`);
    return n;
}
/**
 * `db-posture baseline review --base <old.yml> --head <new.yml> [--report r.json]`: the waivers and
 * attestations a change adds, removes and changes, with what a reviewer must look at. Exit 0: the
 * review informs; the audit enforces.
 */
async function baselineReviewCommand(args, io) {
    const flags = (0,cli_args/* parseFlags */.bQ)(args, REVIEW_FLAGS, 'baseline review');
    if (flags.help) {
        io.stdout.write(help/* HELP */._);
        return errors/* EXIT */.dc.OK;
    }
    const head = flags.head;
    if (!head)
        throw new errors/* UsageError */.eb('db-posture baseline review needs --head <new.yml> (and --base <old.yml> unless the file is new).');
    const format = flags.format ?? 'markdown';
    if (format !== 'markdown' && format !== 'json')
        throw new errors/* UsageError */.eb(`--format ${JSON.stringify(format)}: expected markdown or json.`);
    const maxWaiverDays = parseMaxWaiverDays(flags['max-waiver-days']);
    const now = io.now?.() ?? new Date();
    const opts = { ...(0,engines/* checkCatalogue */.GS)(), now, maxHorizonDays: REVIEW_HORIZON_DAYS };
    const base = flags.base ? await (0,load/* loadBaselineDocument */.v6)(flags.base, '--base', opts) : undefined;
    const headDoc = await (0,load/* loadBaselineDocument */.v6)(head, '--head', opts);
    const report = flags.report ? await (0,report_input/* readReportFile */.$h)(flags.report, '--report') : undefined;
    const compliance = flags.compliance !== undefined
        ? parseCompliance(flags.compliance)
        : parseCompliance(report?.context.compliance?.join(','));
    const review = reviewBaseline(base, headDoc, {
        now,
        maxWaiverDays,
        compliance,
        familyOf: id => (0,engines/* describeCheck */.cn)(id)?.family,
        ...(report ? { report } : {})
    });
    io.stdout.write(format === 'json' ? `${JSON.stringify(review, null, 2)}\n` : renderBaselineReview(review));
    return errors/* EXIT */.dc.OK;
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

/***/ 5204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ readReportFile),
/* harmony export */   MM: () => (/* binding */ parseReport)
/* harmony export */ });
/* unused harmony export diffableReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_input_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7906);
/* harmony import */ var _core_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5009);




/**
 * The part of a JSON report (schemaVersion 1) a diff reads. Unknown keys are allowed on purpose: a
 * reference report may come from an older or newer db-posture that added fields, and a diff must
 * still compare the findings both share.
 */
const diffableReportSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('db-posture'), version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[0-9A-Za-z.+-]{1,64}$/) }),
    target: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        engine: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['postgres', 'cockroachdb', 'couchbase']),
        name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1)
    }),
    context: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        auditedAt: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
        compliance: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['soc2', 'hipaa', 'pci-dss', 'iso27001', 'gdpr'])).optional()
    }),
    findings: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        checkId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
        title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_core_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUSES */ .f),
        object: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        detail: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        waiver: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ state: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['active', 'expired']) }).optional()
    }))
});
/** Reads a JSON report for a diff; `input` is the flag or input as the user gave it (`--base`). */
async function readReportFile(file, input) {
    const source = (await (0,_core_input_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputFile */ .j)(file, input, 'a JSON report from db-posture audit')).toString('utf8');
    return parseReport(source, file, input);
}
/** Validates report text; the message never echoes the file's content (it may hold anything). */
function parseReport(source, file, input) {
    let data;
    try {
        data = JSON.parse(source);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${input} ${file} is not JSON: expected a JSON report from db-posture audit.`);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${input} ${file} is not a db-posture JSON report (schemaVersion 1): ${where} ${problem}.`);
    }
    return parsed.data;
}


/***/ }),

/***/ 1432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pw: () => (/* binding */ ENVIRONMENT_DOWNGRADES),
/* harmony export */   ao: () => (/* binding */ SENSITIVITY_RAISES),
/* harmony export */   nb: () => (/* binding */ COMPLIANCE_LOCKS)
/* harmony export */ });
/* harmony import */ var _core_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7063);


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
