export const id = 477;
export const ids = [477];
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

/***/ 471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qp: () => (/* binding */ applyBaseline),
/* harmony export */   xz: () => (/* binding */ emptyBaselineOutcome)
/* harmony export */ });
/* unused harmony exports EXPIRY_WARNING_DAYS, waiverMatches */
/* harmony import */ var _diff_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7193);

const EXPIRY_WARNING_DAYS = 14;
function emptyBaselineOutcome() {
    return { stale: [], expiringSoon: [], expired: [], failOnStale: false };
}
/** Exact key match: check id, target (or `*`), and object (both absent, or equal). */
function waiverMatches(w, f, target) {
    return w.check === f.checkId && (w.target === target || w.target === '*') && w.object === f.object;
}
/**
 * Returns the findings with waived ones marked (they stay in the report; the input is not
 * changed), and lists expired, stale and soon-expiring waivers. An expired waiver no longer
 * waives: its finding counts again. Linear in findings + waivers: the WARN/FAIL findings are
 * indexed once by their exact key (check id, object).
 */
function applyBaseline(findings, baseline, target, now) {
    if (!baseline)
        return { findings, outcome: emptyBaselineOutcome() };
    const today = now.toISOString().slice(0, 10);
    const soon = new Date(now.getTime() + EXPIRY_WARNING_DAYS * 86400000).toISOString().slice(0, 10);
    const stale = [];
    const expired = [];
    const expiringSoon = [];
    const marks = new Map();
    const waivable = (0,_diff_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .indexByKey */ .X)(findings.filter(f => f.status === 'FAIL' || f.status === 'WARN'), f => (0,_diff_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .findingKey */ .f)(f.checkId, f.object));
    for (const w of baseline.waivers) {
        if (w.target !== target && w.target !== '*')
            continue;
        const matched = waivable.get((0,_diff_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .findingKey */ .f)(w.check, w.object));
        if (!matched) {
            stale.push(w);
            continue;
        }
        const state = w.expires <= today ? 'expired' : 'active';
        for (const f of matched) {
            // An exact-target waiver wins over a `*` one for the same finding; among equals the last wins.
            if (marks.has(f) && w.target === '*')
                continue;
            marks.set(f, {
                reason: w.reason,
                owner: w.owner,
                expires: w.expires,
                state,
                ...(w.line !== undefined ? { line: w.line } : {})
            });
        }
        if (state === 'expired')
            expired.push(w);
        else if (w.expires <= soon)
            expiringSoon.push(w);
    }
    return {
        findings: findings.map(f => {
            const m = marks.get(f);
            return m ? { ...f, waiver: m } : f;
        }),
        outcome: { file: baseline.file, stale, expiringSoon, expired, failOnStale: baseline.failOnStale }
    };
}


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

/***/ 6008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baselineCommand: () => (/* binding */ baselineCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/baseline/load.ts + 1 modules
var load = __webpack_require__(2666);
// EXTERNAL MODULE: ./src/diff/identity.ts
var identity = __webpack_require__(7193);
// EXTERNAL MODULE: ./src/baseline/document.ts
var baseline_document = __webpack_require__(4066);
;// CONCATENATED MODULE: ./src/baseline/update.ts



/** How far ahead a new waiver stub expires; a person shortens it when filling it in. */
const STUB_DAYS = 90;
/**
 * Merges a report into an existing baseline through the YAML document, so every existing entry,
 * comment and the order stay as reviewed: a stub (empty reason and owner, which the loader refuses
 * until a person fills them in) per unwaived FAIL without a waiver, and with `prune` the removal of
 * this target's waivers that match no WARN/FAIL finding. Linear in findings + waivers.
 */
function updateBaseline(loaded, report, opts) {
    const { document } = loaded;
    const doc = document.doc;
    const target = report.target.name;
    const changes = [];
    const waivers = loaded.baseline.waivers;
    const key = (check, object) => (0,identity/* findingKey */.f)(check, object);
    const exact = new Map();
    const wildcard = new Map();
    waivers.forEach((w, i) => {
        if (w.target === target)
            exact.set(key(w.check, w.object), i);
        else if (w.target === '*')
            wildcard.set(key(w.check, w.object), i);
    });
    const problems = new Set(report.findings.filter(f => f.status === 'FAIL' || f.status === 'WARN').map(f => key(f.checkId, f.object)));
    let seq = doc.get('waivers', true);
    if (!(0,dist/* isSeq */.oP)(seq)) {
        seq = new dist/* YAMLSeq */.Rw();
        doc.set('waivers', seq);
    }
    const items = seq.items;
    // Prune first, from the end, so that the indexes of earlier entries stay valid.
    if (opts.prune) {
        const pruned = [];
        for (let i = waivers.length - 1; i >= 0; i--) {
            const w = waivers[i];
            if (problems.has(key(w.check, w.object)))
                continue;
            const line = (0,baseline_document/* entryLine */.bV)(document, 'waivers', i);
            const where = {
                check: w.check,
                target: w.target,
                ...(w.object !== undefined ? { object: w.object } : {}),
                ...(line ? { line } : {})
            };
            if (w.target === target) {
                items.splice(i, 1);
                pruned.unshift({ kind: 'pruned', ...where });
            }
            else if (w.target === '*')
                pruned.unshift({ kind: 'kept-wildcard', ...where });
        }
        changes.push(...pruned);
    }
    const today = opts.now.toISOString().slice(0, 10);
    const expires = new Date(opts.now.getTime() + STUB_DAYS * 86400000).toISOString().slice(0, 10);
    const seen = new Set();
    for (const f of report.findings) {
        if (f.status !== 'FAIL' || f.waiver?.state === 'active')
            continue;
        const k = key(f.checkId, f.object);
        if (seen.has(k))
            continue;
        seen.add(k);
        const existing = exact.get(k) ?? wildcard.get(k);
        if (existing !== undefined) {
            // A waiver exists but no longer waives (it expired): renewing it is a person's decision.
            if (waivers[existing].expires <= today || f.waiver?.state === 'expired') {
                const line = (0,baseline_document/* entryLine */.bV)(document, 'waivers', existing);
                changes.push({
                    kind: 'expired',
                    check: f.checkId,
                    target: waivers[existing].target,
                    ...(f.object !== undefined ? { object: f.object } : {}),
                    ...(line ? { line } : {})
                });
            }
            continue;
        }
        const stub = doc.createNode({
            check: f.checkId,
            target,
            ...(f.object !== undefined ? { object: f.object } : {}),
            reason: '',
            owner: '',
            expires
        });
        stub.commentBefore = ` Added by db-posture baseline --update on ${today}: fill in reason and owner.`;
        items.push(stub);
        changes.push({
            kind: 'added',
            check: f.checkId,
            target,
            ...(f.object !== undefined ? { object: f.object } : {})
        });
    }
    // A flow sequence (`waivers: []`) would put every stub on one line: write it as a block.
    seq.flow = false;
    for (const item of items)
        if ((0,dist/* isMap */.jh)(item))
            item.flow = false;
    // Quote the empty strings so that the stub reads `reason: ""`, not a bare `reason:` (null).
    for (const item of items)
        if ((0,dist/* isMap */.jh)(item))
            for (const pair of item.items)
                if ((0,dist/* isScalar */.jn)(pair.value) && pair.value.value === '')
                    pair.value.type = 'QUOTE_DOUBLE';
    return { text: doc.toString({ lineWidth: 0 }), changes };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/core/input-file.ts
var input_file = __webpack_require__(7906);
// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(5009);
// EXTERNAL MODULE: ./src/diff/report-input.ts
var report_input = __webpack_require__(5204);
// EXTERNAL MODULE: ./src/scan/baseline.ts
var baseline = __webpack_require__(6758);
;// CONCATENATED MODULE: ./src/baseline/report-input.ts






/** The part of a `db-posture scan --format json` report the baseline command reads. */
const scanReportSchema = schemas/* object */.Ikc({
    tool: schemas/* literal */.euz('db-posture'),
    scanned: schemas/* array */.YOg(schemas/* object */.Ikc({ rel: schemas/* string */.YjP(), kind: schemas/* string */.YjP() })),
    findings: schemas/* array */.YOg(schemas/* object */.Ikc({
        checkId: schemas/* string */.YjP().min(1),
        status: schemas/* enum */.k5n(core_status/* STATUSES */.f),
        key: schemas/* string */.YjP().min(1),
        waiver: schemas/* object */.Ikc({ state: schemas/* enum */.k5n(['active', 'expired']) }).optional()
    }))
});
/**
 * Reads an audit report (schemaVersion 1) or a scan report (it lists `scanned` files). Scan findings
 * are waived under target `scan` by their stable key without the check id (`<file>|<object>`), the
 * object src/scan/baseline.ts matches: never a line number.
 */
async function readWaivableReport(file, input) {
    const source = (await (0,input_file/* readInputFile */.j)(file, input, 'a JSON report from db-posture audit or db-posture scan')).toString('utf8');
    let data;
    try {
        data = JSON.parse(source);
    }
    catch {
        throw new errors/* UsageError */.eb(`${input} ${file} is not JSON: expected a JSON report from db-posture audit or db-posture scan.`);
    }
    const isScan = typeof data === 'object' && data !== null && !('schemaVersion' in data) && 'scanned' in data;
    if (!isScan)
        return (0,report_input/* parseReport */.MM)(source, file, input);
    const parsed = scanReportSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue.path.length ? issue.path.join('.') : 'top level';
        // Read the value itself: zod's wording for a missing field differs between issue kinds.
        let value = data;
        for (const k of issue.path)
            value = value?.[k];
        const problem = value === undefined ? 'is missing' : 'has the wrong type';
        throw new errors/* UsageError */.eb(`${input} ${file} is not a db-posture scan report (db-posture scan --format json): ${where} ${problem}.`);
    }
    const findings = parsed.data.findings.map(f => {
        const prefix = `${f.checkId}|`;
        if (!f.key.startsWith(prefix))
            throw new errors/* UsageError */.eb(`${input} ${file} is not a db-posture scan report: finding key ${JSON.stringify(f.key)} does not start with its check id ${f.checkId}.`);
        return {
            checkId: f.checkId,
            status: f.status,
            object: (0,baseline/* scanWaiverObject */.Tm)(f),
            ...(f.waiver ? { waiver: f.waiver } : {})
        };
    });
    return { target: { name: baseline/* SCAN_TARGET */.wt }, findings };
}

// EXTERNAL MODULE: ./src/engines/index.ts + 70 modules
var engines = __webpack_require__(4306);
// EXTERNAL MODULE: ./src/report/out-path.ts
var out_path = __webpack_require__(7524);
;// CONCATENATED MODULE: ./src/cli/baseline-command.ts













/** An update keeps a file the audit would refuse for a far expiry: the audit still says so. */
const UPDATE_HORIZON_DAYS = 1_000_000;
/**
 * `--out` must name a new file in an existing, writable directory: a baseline holds reviewed waivers
 * and attestations, and regenerating it would silently drop them. Checked before the report is read.
 */
function checkNewBaselineFile(out) {
    if ((0,external_node_fs_.existsSync)(out))
        throw new errors/* UsageError */.eb(`Invalid --out ${JSON.stringify(out)}: the file exists and is never overwritten (it may hold reviewed entries); use --update ${out} to merge the report into it.`);
    (0,out_path/* checkNewOutputFile */.C)(out, '--out');
}
function describeChange(c) {
    const what = `${c.check}${c.object !== undefined ? ` (${JSON.stringify(c.object)})` : ''} on ${c.target}`;
    const line = c.line !== undefined ? ` (line ${c.line})` : '';
    switch (c.kind) {
        case 'added':
            return `added a waiver stub for ${what}: fill in reason and owner`;
        case 'pruned':
            return `removed the waiver for ${what}${line}: it matches no WARN/FAIL finding`;
        case 'kept-wildcard':
            return `kept the waiver for ${what}${line}: it matches nothing here, but target "*" may still apply elsewhere`;
        case 'expired':
            return `the waiver for ${what}${line} has expired: renew or remove it (not changed)`;
    }
}
/** Writes beside the file and renames it over, so that a crash never leaves half a baseline. */
async function replaceFile(file, text) {
    const temp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, text, { flag: 'wx' });
        await (0,promises_.rename)(temp, file);
    }
    catch (error) {
        await (0,promises_.unlink)(temp).catch(() => undefined);
        throw new errors/* UsageError */.eb(`--update ${file} cannot be written (${error.code ?? 'error'}).`);
    }
}
/**
 * `db-posture baseline --from <report.json>`: one waiver per unwaived FAIL, with reason and owner
 * left empty so that the file fails validation until a person fills them in. `--update <file>`
 * merges into an existing baseline instead (and `--prune` removes this target's stale waivers).
 */
async function baselineCommand(flags, io) {
    const from = flags.from;
    const out = flags.out;
    const update = flags.update;
    if (!from)
        throw new errors/* UsageError */.eb('db-posture baseline needs --from <report.json> (a JSON report from db-posture audit or db-posture scan --format json).');
    if (out !== undefined && update !== undefined)
        throw new errors/* UsageError */.eb('Give --out <new file> or --update <existing file>, not both.');
    if (flags.prune && update === undefined)
        throw new errors/* UsageError */.eb('--prune needs --update <existing baseline>: it removes waivers from that file.');
    if (out !== undefined)
        checkNewBaselineFile(out);
    const now = io.now?.() ?? new Date();
    if (update !== undefined) {
        const loaded = await (0,load/* loadBaselineDocument */.v6)(update, '--update', {
            ...(0,engines/* checkCatalogue */.GS)(),
            now,
            maxHorizonDays: UPDATE_HORIZON_DAYS
        });
        const report = await readWaivableReport(from, '--from');
        const result = updateBaseline(loaded, report, { now, prune: Boolean(flags.prune) });
        const changed = result.changes.some(c => c.kind === 'added' || c.kind === 'pruned');
        if (changed)
            await replaceFile(update, result.text);
        for (const c of result.changes)
            io.stdout.write(`${describeChange(c)}\n`);
        io.stdout.write(changed ? `updated ${update}\n` : `${update} unchanged\n`);
        return errors/* EXIT */.dc.OK;
    }
    const report = await readWaivableReport(from, '--from');
    const expires = new Date(now.getTime() + STUB_DAYS * 86400000).toISOString().slice(0, 10);
    const seen = new Set();
    const waivers = [];
    for (const f of report.findings) {
        if (f.status !== 'FAIL' || f.waiver?.state === 'active')
            continue;
        const key = (0,identity/* findingKey */.f)(f.checkId, f.object);
        if (seen.has(key))
            continue;
        seen.add(key);
        waivers.push({
            check: f.checkId,
            target: report.target.name,
            ...(f.object !== undefined ? { object: f.object } : {}),
            reason: '',
            owner: '',
            expires
        });
    }
    const header = `# Generated by db-posture baseline from ${from} on ${now.toISOString().slice(0, 10)}.\n# Fill in reason and owner for each waiver (the file is rejected while they are empty),\n# shorten expires where you can, and have the waivers reviewed (CODEOWNERS).\n`;
    const yaml = header + (0,dist/* stringify */.As)({ version: 1, waivers, attestations: [] }, { lineWidth: 0 });
    if (out !== undefined) {
        try {
            await (0,promises_.writeFile)(out, yaml, { flag: 'wx' });
        }
        catch (error) {
            throw new errors/* UsageError */.eb(`--out ${out} cannot be written (${error.code ?? 'error'}).`);
        }
        io.stdout.write(`wrote ${(0,core_text/* plural */.LS)(waivers.length, 'waiver')} to ${out}\n`);
    }
    else
        io.stdout.write(yaml);
    return errors/* EXIT */.dc.OK;
}


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
