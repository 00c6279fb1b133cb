export const id = 299;
export const ids = [299];
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

/***/ 5204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ readReportFile)
/* harmony export */ });
/* unused harmony exports diffableReportSchema, parseReport */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
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
    let source;
    try {
        source = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${input} ${file} cannot be read (${code}): expected a JSON report from db-posture audit.`);
    }
    return parseReport(source, file, input);
}
/** Validates report text; the message never echoes the file's content (it may hold anything). */
function parseReport(source, file, input) {
    let data;
    try {
        data = JSON.parse(source);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${input} ${file} is not JSON: expected a JSON report from db-posture audit.`);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${input} ${file} is not a db-posture JSON report (schemaVersion 1): ${where} ${problem}.`);
    }
    return parsed.data;
}


/***/ }),

/***/ 7325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zl: () => (/* binding */ COUCHBASE_RELEASES),
/* harmony export */   Zq: () => (/* binding */ parseCouchbaseVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions)
/* harmony export */ });
const COUCHBASE_RELEASES = {
    asOf: '2026-05-18',
    lines: [
        { line: '8.0', released: '2025-10-21', endOfMaintenance: '2028-10-31', latest: '8.0.1' },
        { line: '7.6', released: '2024-03-25', endOfMaintenance: '2027-03-31', latest: '7.6.11' },
        { line: '7.2', released: '2023-06-01', endOfMaintenance: '2026-07-31', latest: '7.2.9' },
        { line: '7.1', released: '2022-05-10', endOfMaintenance: '2024-01-31', latest: '7.1.6' },
        { line: '7.0', released: '2021-07-29', endOfMaintenance: '2023-01-31', latest: '7.0.5' },
        { line: '6.6', released: '2020-08-12', endOfMaintenance: '2023-01-31', latest: '6.6.6' },
        { line: '6.5', released: '2020-01-21', endOfMaintenance: '2021-02-28', latest: '6.5.2' },
        { line: '6.0', released: '2018-10-31', endOfMaintenance: '2020-07-31', latest: '6.0.5' }
    ]
};
/** `7.6.2-3721-enterprise` -> { line: '7.6', patch: '7.6.2' }; null when unparsable. */
function parseCouchbaseVersion(v) {
    const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(v);
    if (!m)
        return null;
    return {
        line: `${m[1]}.${m[2]}`,
        release: `${m[1]}.${m[2]}.${m[3] ?? '0'}`,
        major: Number(m[1]),
        minor: Number(m[2])
    };
}
/** Compares dotted numeric versions: negative when a < b. */
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}


/***/ }),

/***/ 710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ needUnfilteredUserList),
/* harmony export */   Ux: () => (/* binding */ userLabel),
/* harmony export */   bn: () => (/* binding */ adminEquivalentRoles),
/* harmony export */   iI: () => (/* binding */ securityReaderRole),
/* harmony export */   iK: () => (/* binding */ adminOrSecurityRoles)
/* harmony export */ });
/* unused harmony exports FULL_ADMIN, SECURITY_ADMIN_ROLES, NEAR_ADMIN_ROLES */
/* harmony import */ var _core_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7532);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);


/**
 * The role that reads security settings, by version and edition: ro_admin on 7.6; on 8.0
 * Enterprise ro_security_admin (the upgrade gives it to every ro_admin user); Community Edition
 * 8.0 has no read-only security role at all, only Full Admin reads security there.
 */
function securityReaderRole(edition, compat80) {
    if (!compat80)
        return 'Read-Only Admin (ro_admin) role';
    if (edition === 'community')
        return 'Full Admin (admin) role: Community Edition 8.0 has no read-only role that reads security settings (ro_security_admin is Enterprise only)';
    return 'Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user';
}
/** Full Admin: the only true superuser. */
const FULL_ADMIN = 'admin';
/** Roles that manage security or users, and so can grant roles (7.6 and 8.0 ids). */
const SECURITY_ADMIN_ROLES = [
    'security_admin_local',
    'security_admin_external',
    'security_admin',
    'user_admin_local',
    'user_admin_external'
];
/** Roles close to Full Admin in reach (cluster_admin, eventing_admin with all bucket access, backup_admin). */
const NEAR_ADMIN_ROLES = ['cluster_admin', 'eventing_admin', 'backup_admin'];
const ADMIN_EQUIVALENT = new Set([FULL_ADMIN, ...SECURITY_ADMIN_ROLES, ...NEAR_ADMIN_ROLES]);
const ADMIN_OR_SECURITY = new Set([FULL_ADMIN, ...SECURITY_ADMIN_ROLES]);
/** The admin-equivalent roles a user or group holds, sorted. */
function adminEquivalentRoles(holder) {
    return [...new Set(holder.roles.map(r => r.role).filter(r => ADMIN_EQUIVALENT.has(r)))].sort();
}
/** Full Admin or security/user-admin roles (what cb/admin-users counts). */
function adminOrSecurityRoles(holder) {
    return [...new Set(holder.roles.map(r => r.role).filter(r => ADMIN_OR_SECURITY.has(r)))].sort();
}
function userLabel(u) {
    return `${u.name ?? u.id}/${u.domain}`;
}
/**
 * GET /settings/rbac/users and /groups drop, still with HTTP 200, every holder of a security role
 * (and on 8.0 of a user-admin role) unless the reader may see them (menelaus_web_rbac.erl
 * security_filter, user_admin_filter). Readers that see everything: admin; ro_admin on 7.6;
 * ro_security_admin on 8.0. With any other reader the list may be missing every admin, so a
 * check that counts admins must stop here: UNKNOWN naming the role to grant, never PASS.
 */
function needUnfilteredUserList(facts) {
    const me = (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .need */ .$B)(facts.whoami);
    const full = facts.cluster.compat80 ? 'ro_security_admin' : 'ro_admin';
    if (me.roles.includes(FULL_ADMIN) || me.roles.includes(full))
        return;
    (0,_core_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .need */ .$B)((0,_core_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .unavailable */ .hU)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .msg */ .ab) `the audit user ${me.id} holds ${me.roles.length ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(me.roles) : (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .msg */ .ab) `no role`}, for which GET /settings/rbac/users silently leaves out every holder of a security${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)(facts.cluster.compat80 ? ' or user-admin' : '')} role: administrators may be missing from the list.`, (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .msg */ .ab) `give the audit user the ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)(securityReaderRole(facts.cluster.edition, facts.cluster.compat80))}.`));
}


/***/ }),

/***/ 7444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GS: () => (/* binding */ checkCatalogue),
  cn: () => (/* binding */ describeCheck),
  Xm: () => (/* binding */ selectEngine)
});

// UNUSED EXPORTS: knownCheckIds

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/check.ts
var check = __webpack_require__(9351);
// EXTERNAL MODULE: ./src/core/facts.ts
var core_facts = __webpack_require__(7532);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/engines/postgres/settings.ts
var postgres_settings = __webpack_require__(7906);
// EXTERNAL MODULE: ./src/engines/postgres/checks/define.ts
var checks_define = __webpack_require__(5930);
// EXTERNAL MODULE: ./src/policy/control-sets.ts
var control_sets = __webpack_require__(2257);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/archiving.ts






/** Compliant: WAL archiving is on, has somewhere to go, and its last attempt succeeded. */
/* harmony default export */ const archiving = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/archiving',
        title: 'WAL archiving',
        dimension: 'Backup & Recovery',
        family: 'backups',
        description: 'archive_mode is on with an archive_command or archive_library, and archiving is not failing.',
        rationale: 'Without working WAL archiving, point-in-time recovery is impossible: data changed since the last base backup is lost after a failure, a bad migration or ransomware.',
        verify: 'That base backups exist alongside the archive and that a restore has been tested.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Set archive_mode = on and an archive_library or archive_command (e.g. pgBackRest, WAL-G); restart, then watch pg_stat_archiver.',
            link: 'https://www.postgresql.org/docs/current/continuous-archiving.html'
        },
        frameworks: control_sets/* BACKUP_CONTROLS */.AA
    },
    evaluate(facts) {
        const mode = (0,postgres_settings/* setting */.Pe)(facts, 'archive_mode').setting;
        const command = (0,postgres_settings/* setting */.Pe)(facts, 'archive_command').setting.trim();
        const all = (0,core_facts/* need */.$B)(facts.settings);
        // archive_library exists from PostgreSQL 15.
        const library = all.archive_library?.setting.trim() ?? '';
        const destination = library
            ? (0,core_text/* msg */.ab) `archive_library ${library}`
            : command && command !== '(disabled)'
                ? (0,core_text/* msg */.ab) `an archive_command`
                : undefined;
        if (mode === 'off') {
            if (!destination)
                return [
                    (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `archive_mode is off and no archive_command or archive_library is set: WAL is not archived, so point-in-time recovery is impossible.`)
                ];
            return [(0,check/* warn */.R8)((0,core_text/* msg */.ab) `archive_mode is off, so ${(0,core_text/* raw */.lS)(destination)} is never run: WAL is not archived.`)];
        }
        if (!destination) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `archive_mode is ${mode} but neither archive_command nor archive_library is set: WAL accumulates and is not archived.`)
            ];
        }
        const stats = (0,core_facts/* need */.$B)(facts.archiver);
        if (stats.lastFailedTime && (!stats.lastArchivedTime || stats.lastFailedTime > stats.lastArchivedTime)) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `WAL archiving is failing: the last failure (${(0,core_text/* raw */.lS)(stats.lastFailedTime)}) is newer than the last success (${(0,core_text/* raw */.lS)(stats.lastArchivedTime ?? 'never')}); ${(0,core_text/* raw */.lS)(String(stats.failedCount))} failures so far.`)
            ];
        }
        const last = stats.lastArchivedTime
            ? (0,core_text/* msg */.ab) `; last archived ${(0,core_text/* raw */.lS)(stats.lastArchivedTime)}`
            : (0,core_text/* msg */.ab) `; nothing archived yet`;
        return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `archive_mode is ${mode} with ${(0,core_text/* raw */.lS)(destination)}${(0,core_text/* raw */.lS)(last)}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/connection-limits.ts




/** Beyond this many direct connections a pooler is the usual answer (per-backend memory, contention). */
const HARD_CEILING = 500;
/**
 * Informational sizing. The host's RAM is not visible over SQL, so it is estimated from
 * shared_buffers (conventionally a quarter of RAM); WARN when every connection using one work_mem
 * would exceed twice that estimate, or beyond the hard ceiling.
 */
/* harmony default export */ const connection_limits = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/connection-limits',
        title: 'Connection limits',
        dimension: 'Configuration',
        description: 'max_connections is sane for the memory configured (a sizing hint, not a security control).',
        rationale: 'A max_connections far beyond what memory allows lets a connection storm exhaust the server, and no reserved superuser slots leaves no way in to fix it.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'Lower max_connections and put a pooler (PgBouncer) in front; keep superuser_reserved_connections above 0 for emergency access.',
            link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-MAX-CONNECTIONS'
        },
        frameworks: {}
    },
    evaluate(facts) {
        const max = Number((0,postgres_settings/* setting */.Pe)(facts, 'max_connections').setting);
        const reserved = (0,postgres_settings/* setting */.Pe)(facts, 'superuser_reserved_connections').setting;
        const sb = (0,postgres_settings/* setting */.Pe)(facts, 'shared_buffers');
        const wm = (0,postgres_settings/* setting */.Pe)(facts, 'work_mem');
        const sharedBytes = (0,postgres_settings/* settingBytes */.wU)(sb) ?? 0;
        const workBytes = (0,postgres_settings/* settingBytes */.wU)(wm) ?? 0;
        const summary = (0,core_text/* msg */.ab) `max_connections ${(0,core_text/* raw */.lS)(String(max))}, shared_buffers ${(0,core_text/* raw */.lS)((0,postgres_settings/* formatBytes */.z3)(sharedBytes))}, work_mem ${(0,core_text/* raw */.lS)((0,postgres_settings/* formatBytes */.z3)(workBytes))}, superuser_reserved_connections ${reserved}`;
        const estimatedRam = sharedBytes * 4;
        if (max > HARD_CEILING) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(summary)}: more than ${(0,core_text/* raw */.lS)(String(HARD_CEILING))} direct connections; use a connection pooler.`)
            ];
        }
        if (estimatedRam > 0 && max * workBytes > 2 * estimatedRam) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(summary)}: ${(0,core_text/* raw */.lS)(String(max))} connections × work_mem could use ${(0,core_text/* raw */.lS)((0,postgres_settings/* formatBytes */.z3)(max * workBytes))}, over twice the ~${(0,core_text/* raw */.lS)((0,postgres_settings/* formatBytes */.z3)(estimatedRam))} of RAM implied by shared_buffers.`)
            ];
        }
        return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(summary)}.`)];
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/connection-logging.ts
var connection_logging = __webpack_require__(4345);
// EXTERNAL MODULE: ./src/sqlwire/tls-probe.ts
var tls_probe = __webpack_require__(2499);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/crypto-posture.ts





/** Informational: what the TLS handshake negotiates, to track TLS 1.3, PQ readiness and key sizes. */
/* harmony default export */ const crypto_posture = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/crypto-posture',
        title: 'Cryptographic posture',
        dimension: 'Encryption',
        description: 'Reports the negotiated TLS version, cipher, key-exchange group, post-quantum support and key size.',
        rationale: 'Old TLS versions, weak ciphers and short keys lower the cost of decrypting captured traffic, and classical-only key exchange lets recorded sessions be decrypted later.',
        outcomes: ['INFO', 'N/A'],
        remediation: {
            text: "Prefer TLS 1.3 (ssl_min_protocol_version = 'TLSv1.3'), RSA 2048+ or ECDSA P-256+ keys, and an OpenSSL that offers X25519MLKEM768.",
            link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#RUNTIME-CONFIG-CONNECTION-SSL'
        },
        frameworks: { 'ISO 27001': ['8.24'] }
    },
    evaluate(facts) {
        const probe = (0,core_facts/* need */.$B)(facts.tls);
        if (!probe.offered)
            return [(0,check/* notApplicable */.hH)((0,core_text/* msg */.ab) `The server does not offer TLS (see pg/ssl).`)];
        const leaf = probe.chain[0];
        const key = leaf
            ? leaf.curve
                ? `${leaf.keyType.toUpperCase()} ${leaf.curve}`
                : `${leaf.keyType.toUpperCase()}${leaf.keyBits ? `-${leaf.keyBits}` : ''}`
            : 'no certificate';
        const weakKey = leaf && leaf.keyType === 'rsa' && (leaf.keyBits ?? 0) < 2048 ? ' (below RSA-2048)' : '';
        const pq = probe.postQuantumHybrid === 'untested'
            ? `not tested: ${probe.postQuantumNote ?? 'unsupported by this client'}`
            : probe.postQuantumHybrid;
        const ciphers = facts.settings.ok ? facts.settings.value.ssl_ciphers?.setting : undefined;
        const cipherSetting = ciphers !== undefined ? (0,core_text/* msg */.ab) `; ssl_ciphers ${ciphers}` : (0,core_text/* msg */.ab) ``;
        return [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `Negotiated ${probe.protocol ?? 'unknown'} with ${probe.cipher ?? 'unknown'}, key exchange ${probe.group ?? 'unknown'}; ${(0,core_text/* raw */.lS)(tls_probe/* PQ_HYBRID_GROUP */.jJ)} ${(0,core_text/* raw */.lS)(pq)}; server key ${key}${(0,core_text/* raw */.lS)(weakKey)}${(0,core_text/* raw */.lS)(cipherSetting)}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/encryption-at-rest.ts




const ID = 'pg/encryption-at-rest';
/**
 * PostgreSQL has no native encryption at rest, and no SQL view can prove disk or volume
 * encryption: only a person's attestation in the baseline file can settle it.
 */
/* harmony default export */ const encryption_at_rest = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/encryption-at-rest',
        attestable: true,
        title: 'Encryption at rest',
        dimension: 'Encryption',
        family: 'encryption-at-rest',
        description: 'Data files, WAL and backups are encrypted at rest (volume, filesystem or TDE), as attested.',
        rationale: 'PostgreSQL writes data files, WAL and backups in clear, so anyone with the disk, a snapshot or a backup reads every table, bypassing database permissions.',
        verify: "The encryption of the volume holding the data directory and WAL (e.g. LUKS status, the cloud disk's encryption setting) and of the backup storage; attach it as the attestation's evidence.",
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: `Encrypt the data directory's volume (LUKS, cloud disk encryption) and backups, then record an attestation for ${ID} in the baseline file with its evidence.`,
            link: 'https://www.postgresql.org/docs/current/encryption-options.html'
        },
        frameworks: control_sets/* AT_REST_CONTROLS */.Q2
    },
    evaluate(_facts, ctx) {
        const a = ctx.attestation();
        if (a.state === 'none') {
            return [
                (0,check/* unknown */.L5)((0,core_text/* msg */.ab) `PostgreSQL has no native encryption at rest and no SQL view shows disk encryption. Fix: attest it in the baseline file (attestations, check ${(0,core_text/* raw */.lS)(ID)}).`)
            ];
        }
        const { attestation: at } = a;
        const by = (0,core_text/* msg */.ab) `attested by ${at.attestedBy} (${at.evidence}), valid until ${(0,core_text/* raw */.lS)(at.expires)}`;
        if (a.state === 'expired') {
            return [
                (0,check/* unknown */.L5)((0,core_text/* msg */.ab) `The attestation expired: ${(0,core_text/* raw */.lS)(by)}. Fix: re-verify and renew it in the baseline file.`)
            ];
        }
        switch (at.status) {
            case 'PASS':
                return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Encryption at rest is in place, ${(0,core_text/* raw */.lS)(by)}.`)];
            case 'FAIL':
            case 'WARN':
                // WARN for "not enabled"; policy raises it to FAIL for PII/PHI or financial data.
                return [(0,check/* warn */.R8)((0,core_text/* msg */.ab) `Encryption at rest is not enabled, ${(0,core_text/* raw */.lS)(by)}.`, undefined, 'not-enabled')];
            default:
                return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `Encryption at rest: ${(0,core_text/* raw */.lS)(at.status)}, ${(0,core_text/* raw */.lS)(by)}.`)];
        }
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/per-database.ts
var per_database = __webpack_require__(2564);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/extensions.ts




/** Informational: extensions installed at an older version than the server's packages provide. */
/* harmony default export */ const extensions = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/extensions',
        title: 'Outdated extensions',
        dimension: 'Patch Management',
        description: 'Every installed extension is at the default version the server provides.',
        rationale: 'Extensions left at an older version than the server ships may keep bugs and vulnerabilities that the installed update already fixes.',
        outcomes: ['PASS', 'INFO'],
        remediation: {
            text: 'ALTER EXTENSION <name> UPDATE; in each listed database after reading the extension release notes.',
            link: 'https://www.postgresql.org/docs/current/sql-alterextension.html'
        },
        frameworks: {}
    },
    evaluate(facts) {
        const outdated = new Map();
        let installed = 0;
        const unknowns = (0,per_database/* forEachDatabase */.U)(facts, db => db.extensions, (db, exts) => {
            for (const e of exts) {
                installed++;
                if (e.defaultVersion === null || e.defaultVersion === e.version)
                    continue;
                const key = `${e.name}@${e.version}`;
                const entry = outdated.get(key) ?? {
                    version: e.version,
                    available: e.defaultVersion,
                    databases: []
                };
                entry.databases.push(db.name);
                outdated.set(key, entry);
            }
        });
        const findings = [...outdated.entries()].map(([key, e]) => {
            const name = key.slice(0, key.lastIndexOf('@'));
            return (0,check/* info */.pq)((0,core_text/* msg */.ab) `Extension ${name} ${e.version} can be updated to ${e.available} in ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(e.databases, 10))}.`, name);
        });
        if (findings.length === 0 && unknowns.length === 0) {
            findings.push((0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(installed === 1 ? 'The 1 installed extension is' : `All ${installed} installed extensions are`)} at the version the server provides.`));
        }
        return [...findings, ...unknowns];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/grant-option.ts




/** Compliant: only owners can pass privileges on; nobody else holds WITH GRANT OPTION. */
/* harmony default export */ const grant_option = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/grant-option',
        title: 'WITH GRANT OPTION',
        dimension: 'Authorization',
        description: 'No role other than the owner holds a privilege WITH GRANT OPTION.',
        rationale: 'A role holding a privilege WITH GRANT OPTION can hand it on to anyone, so access spreads beyond what the owner reviewed.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'REVOKE GRANT OPTION FOR <privilege> ON <object> FROM <role>; let owners or a dedicated admin role grant access.',
            link: 'https://www.postgresql.org/docs/current/sql-revoke.html'
        },
        frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.3'], 'ISO 27001': ['8.2'] }
    },
    evaluate(facts) {
        const findings = [];
        let databases = 0;
        const unknowns = (0,per_database/* forEachDatabase */.U)(facts, db => db.grantOptions, (db, grants) => {
            databases++;
            for (const g of grants) {
                const objectName = g.objectType === 'schema' ? `${db.name}.${g.name}` : `${db.name}.${g.schema}.${g.name}`;
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Role ${g.grantee} holds ${(0,core_text/* raw */.lS)(g.privileges.join(', '))} WITH GRANT OPTION on ${(0,core_text/* raw */.lS)(g.objectType)} ${objectName} owned by ${g.owner}.`, `${objectName}:${g.grantee}`));
            }
        });
        if (findings.length === 0 && unknowns.length === 0) {
            return [
                (0,check/* pass */.IX)((0,core_text/* msg */.ab) `No role other than an owner holds a grant option in ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(databases, 'database'))} audited.`)
            ];
        }
        return [...findings, ...unknowns];
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/hba.ts
var hba = __webpack_require__(2972);
// EXTERNAL MODULE: ./src/engines/postgres/checks/listen-addresses.ts
var listen_addresses = __webpack_require__(315);
// EXTERNAL MODULE: ./src/engines/postgres/checks/log-line-prefix.ts
var log_line_prefix = __webpack_require__(7963);
// EXTERNAL MODULE: ./src/engines/postgres/checks/log-statement.ts
var log_statement = __webpack_require__(7983);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/md5-hashes.ts




/** Compliant: no login role still has an MD5 password hash stored. */
/* harmony default export */ const md5_hashes = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/md5-hashes',
        title: 'Stored MD5 password hashes',
        dimension: 'Authentication',
        description: 'No login role has an MD5 password hash in pg_authid.',
        rationale: 'MD5 password hashes are weak and, in md5 authentication, work as the password itself, so a leaked hash is a working login.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: "With password_encryption = 'scram-sha-256', reset each listed role's password (ALTER ROLE ... PASSWORD) so it is stored as SCRAM.",
            link: 'https://www.postgresql.org/docs/current/auth-password.html'
        },
        frameworks: { 'PCI DSS': ['8'], 'ISO 27001': ['5.17'] }
    },
    evaluate(facts) {
        const kinds = (0,core_facts/* need */.$B)(facts.passwords);
        const logins = (0,core_facts/* need */.$B)(facts.roles).filter(r => r.canLogin);
        const md5 = logins.filter(r => kinds[r.name] === 'md5');
        if (md5.length === 0)
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `No login role has an MD5 password hash stored.`)];
        return md5.map(r => (0,check/* warn */.R8)((0,core_text/* msg */.ab) `Login role ${r.name} has an MD5 password hash stored.`, r.name));
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/password-encryption.ts
var password_encryption = __webpack_require__(156);
// EXTERNAL MODULE: ./src/engines/postgres/hba.ts
var postgres_hba = __webpack_require__(7834);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/password-expiry.ts





/** A rule applies to a role when its user list names it, `all`, or a +group (membership not resolved here). */
function ruleMayApply(rule, role) {
    return rule.users.some(u => u === 'all' || u === role.name || u.startsWith('+'));
}
/**
 * VALID UNTIL only limits password authentication. A login role whose validity has passed but that a
 * non-password rule (trust, peer, cert, ldap, ...) still admits can log in anyway.
 */
/* harmony default export */ const password_expiry = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/password-expiry',
        title: 'Password expiry',
        dimension: 'Authentication',
        description: 'Expired login roles cannot log in through non-password methods; password roles carry a VALID UNTIL.',
        rationale: 'VALID UNTIL only stops password logins, so an expired role can still sign in through trust, peer, cert or ldap rules.',
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: 'Set VALID UNTIL on password logins that should expire; for expired roles also ALTER ROLE ... NOLOGIN, because VALID UNTIL does not stop trust, peer, cert or ldap logins.',
            link: 'https://www.postgresql.org/docs/current/sql-createrole.html'
        },
        frameworks: { 'PCI DSS': ['8'], 'SOC 2': ['CC6.2', 'CC6.3'], 'ISO 27001': ['5.17'] }
    },
    evaluate(facts, ctx) {
        const roles = (0,core_facts/* need */.$B)(facts.roles).filter(r => r.canLogin);
        const findings = [];
        const now = ctx.auditedAt.getTime();
        const expired = roles.filter(r => r.validUntil !== null && Date.parse(r.validUntil) <= now);
        if (expired.length > 0) {
            const rules = (0,core_facts/* need */.$B)(facts.hba);
            const shadowed = (0,postgres_hba/* findShadowing */.sC)(rules);
            const nonPassword = rules.filter(r => r.error === null &&
                !shadowed.has(r) &&
                r.method !== 'reject' &&
                !postgres_hba/* PASSWORD_METHODS */.xU.has(r.method ?? ''));
            for (const role of expired) {
                const via = nonPassword.filter(r => ruleMayApply(r, role));
                if (via.length > 0) {
                    findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Login role ${role.name} expired on ${(0,core_text/* raw */.lS)(role.validUntil.slice(0, 10))} but can still log in through non-password rules (${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(via.map(r => `${(0,postgres_hba/* ruleLocation */.eK)(r)} ${r.method}`), 5))}).`, role.name));
                }
            }
        }
        if (facts.passwords.ok) {
            const kinds = facts.passwords.value;
            const noExpiry = roles.filter(r => r.validUntil === null && kinds[r.name] && kinds[r.name] !== 'none');
            if (noExpiry.length > 0) {
                findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(noExpiry.length, 'login role'))} ${(0,core_text/* raw */.lS)(noExpiry.length === 1 ? 'has' : 'have')} a password and no VALID UNTIL: ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(noExpiry.map(r => r.name)))}.`));
            }
        }
        else {
            findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `Which login roles have passwords is unknown: ${(0,core_text/* raw */.lS)(facts.passwords.reason)}`));
        }
        if (findings.every(f => f.status !== 'WARN')) {
            findings.unshift((0,check/* pass */.IX)((0,core_text/* msg */.ab) `No expired login role can still log in through a non-password rule.`));
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/password-policy.ts







const POLICY_LIBRARIES = ['passwordcheck', 'credcheck'];
/** Compliant: password complexity is enforced by passwordcheck or credcheck wherever passwords are used. */
/* harmony default export */ const password_policy = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/password-policy',
        title: 'Password complexity policy',
        dimension: 'Authentication',
        family: 'password-policy',
        description: 'passwordcheck or credcheck is preloaded when any host rule authenticates with a password.',
        rationale: 'Without a password-check module, roles can be given short or trivial passwords, which fall to guessing wherever a host rule accepts passwords.',
        outcomes: ['PASS', 'FAIL', 'N/A'],
        remediation: {
            text: 'Add passwordcheck (or credcheck, with a 12-character minimum) to shared_preload_libraries and restart; or move logins to SSO/certificates.',
            link: 'https://www.postgresql.org/docs/current/passwordcheck.html'
        },
        frameworks: control_sets/* PASSWORD_POLICY_CONTROLS */.mp
    },
    evaluate(facts) {
        const libs = (0,postgres_settings/* libraryTokens */.uJ)((0,postgres_settings/* setting */.Pe)(facts, 'shared_preload_libraries').setting);
        const loaded = POLICY_LIBRARIES.filter(l => libs.includes(l));
        if (loaded.length > 0)
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(loaded.join(' and '))} is preloaded and enforces password rules.`)];
        const rules = (0,core_facts/* need */.$B)(facts.hba);
        const shadowed = (0,postgres_hba/* findShadowing */.sC)(rules);
        const passwordRules = rules.filter(r => r.error === null && (0,postgres_hba/* isHostRule */.D5)(r) && !shadowed.has(r) && postgres_hba/* PASSWORD_METHODS */.xU.has(r.method ?? ''));
        if (passwordRules.length === 0) {
            return [
                (0,check/* notApplicable */.hH)((0,core_text/* msg */.ab) `No host rule in pg_hba authenticates with a password, so a password policy does not apply.`)
            ];
        }
        return [
            (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `Neither passwordcheck nor credcheck is preloaded, yet ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(passwordRules.length, 'host rule'))} ${(0,core_text/* raw */.lS)(passwordRules.length === 1 ? 'accepts' : 'accept')} passwords (${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(passwordRules.map(postgres_hba/* ruleLocation */.eK), 5))}).`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/pgaudit.ts
var pgaudit = __webpack_require__(2737);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/pgcrypto.ts




/** Informational: where application-level encryption (pgcrypto) is available. */
/* harmony default export */ const pgcrypto = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/pgcrypto',
        title: 'pgcrypto availability',
        dimension: 'Encryption',
        description: 'Reports the databases where pgcrypto is installed for application-level encryption.',
        rationale: 'Without column encryption where sensitive values need it, anyone who can read the tables or the backups reads those values in clear.',
        verify: 'Which databases hold columns that must be encrypted at the application level.',
        outcomes: ['INFO'],
        remediation: {
            text: 'CREATE EXTENSION pgcrypto in databases that must encrypt columns; keep keys outside the database.',
            link: 'https://www.postgresql.org/docs/current/pgcrypto.html'
        },
        frameworks: { 'PCI DSS': ['3'], 'ISO 27001': ['8.24'] }
    },
    evaluate(facts) {
        const withIt = [];
        const without = [];
        const unknowns = (0,per_database/* forEachDatabase */.U)(facts, db => db.extensions, (db, exts) => (exts.some(e => e.name === 'pgcrypto') ? withIt : without).push(db.name));
        const total = withIt.length + without.length;
        const summary = withIt.length === 0
            ? (0,check/* info */.pq)((0,core_text/* msg */.ab) `pgcrypto is installed in none of ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(total, 'database'))} audited.`)
            : (0,check/* info */.pq)((0,core_text/* msg */.ab) `pgcrypto is installed in ${(0,core_text/* raw */.lS)(String(withIt.length))} of ${(0,core_text/* raw */.lS)(String(total))} databases: ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(withIt))}.`);
        return [summary, ...unknowns];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/port.ts




/** Informational: the default port is the first one scanners try; a custom port is a small extra. */
/* harmony default export */ const port = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/port',
        title: 'Server port',
        dimension: 'Network Security',
        description: 'The server listens on a non-default port (a minor hardening; network controls matter more).',
        rationale: 'The default port is the first one scanners try, so a reachable server on 5432 draws more automated attacks.',
        outcomes: ['PASS', 'INFO'],
        remediation: {
            text: 'Optionally move the server off 5432 (port setting) and restrict reachability with firewalls.',
            link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-PORT'
        },
        frameworks: {}
    },
    evaluate(facts) {
        const port = (0,postgres_settings/* setting */.Pe)(facts, 'port').setting;
        if (port === '5432')
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `The server uses the default port 5432.`)];
        return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `The server uses port ${port}, not the default 5432.`)];
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/privileged-roles.ts + 1 modules
var privileged_roles = __webpack_require__(8576);
// EXTERNAL MODULE: ./src/engines/postgres/checks/public-grants.ts
var public_grants = __webpack_require__(3594);
// EXTERNAL MODULE: ./src/engines/postgres/checks/public-schema.ts
var public_schema = __webpack_require__(3550);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/replication.ts





/** Informational inventory of replication; WARN when replication may travel unencrypted off-host. */
/* harmony default export */ const replication = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/replication',
        title: 'Replication',
        dimension: 'Backup & Recovery',
        description: 'Replication connections from remote hosts are only accepted over TLS (hostssl).',
        rationale: 'Replication over plain connections streams the whole database, and the replication credential, across the network in clear.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'Use hostssl (not host) for replication rules in pg_hba.conf and sslmode=verify-full in primary_conninfo.',
            link: 'https://www.postgresql.org/docs/current/warm-standby.html#STREAMING-REPLICATION-AUTHENTICATION'
        },
        frameworks: { 'SOC 2': ['A1.2', 'CC6.7'], 'ISO 27001': ['8.13'] }
    },
    evaluate(facts) {
        const findings = [];
        const repl = (0,core_facts/* need */.$B)(facts.replication);
        let publications = 0;
        if (facts.databases.ok)
            for (const db of facts.databases.value)
                if (db.publications.ok)
                    publications += db.publications.value.length;
        const activeSlots = repl.slots.filter(s => s.active).length;
        findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(repl.senders.length, 'streaming replica'))} connected, ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(repl.slots.length, 'replication slot'))} (${(0,core_text/* raw */.lS)(String(activeSlots))} active), ${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(publications, 'publication'))}.`));
        const rules = (0,core_facts/* need */.$B)(facts.hba);
        const shadowed = (0,postgres_hba/* findShadowing */.sC)(rules);
        for (const rule of rules) {
            if (rule.error !== null || shadowed.has(rule) || rule.method === 'reject')
                continue;
            if (!rule.databases.includes('replication') || !(0,postgres_hba/* acceptsPlaintext */.bB)(rule))
                continue;
            if ((0,postgres_hba/* isLocalOnly */.we)((0,postgres_hba/* parseAddress */.or)(rule)))
                continue;
            const text = (0,postgres_hba/* describeRule */.IO)(rule);
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Replication rule at ${(0,core_text/* raw */.lS)((0,postgres_hba/* ruleLocation */.eK)(rule))} (${text}) accepts non-TLS connections from remote addresses.`, text));
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/row-level-security.ts





/** Informational: where row-level security is used, and who bypasses it. */
/* harmony default export */ const row_level_security = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/row-level-security',
        title: 'Row-level security',
        dimension: 'Data Protection',
        description: 'Reports tables with RLS enabled or forced, and roles with BYPASSRLS.',
        rationale: 'Tables shared by tenants or holding sensitive rows without row-level security rely on every query to filter correctly, and roles with BYPASSRLS skip the policies.',
        verify: 'Which tables hold multi-tenant or sensitive rows that need policies.',
        outcomes: ['INFO'],
        remediation: {
            text: 'Use ALTER TABLE ... ENABLE (and FORCE) ROW LEVEL SECURITY with policies for multi-tenant or sensitive tables.',
            link: 'https://www.postgresql.org/docs/current/ddl-rowsecurity.html'
        },
        frameworks: { 'PCI DSS': ['7'], GDPR: ['Art. 5(1)(f)'] }
    },
    evaluate(facts) {
        const enabled = [];
        let forced = 0;
        const unknowns = (0,per_database/* forEachDatabase */.U)(facts, db => db.rowLevelSecurity, (db, rls) => {
            enabled.push(...rls.enabled.map(t => `${db.name}.${t}`));
            forced += rls.forced.length;
        });
        const bypass = (0,core_facts/* need */.$B)(facts.roles)
            .filter(r => r.bypassRls && !r.superuser)
            .map(r => r.name);
        const tables = enabled.length === 0
            ? (0,core_text/* msg */.ab) `No table has row-level security enabled`
            : (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* count */.U9)(enabled.length, 'table'))} ${(0,core_text/* raw */.lS)(enabled.length === 1 ? 'has' : 'have')} row-level security enabled (${(0,core_text/* raw */.lS)(String(forced))} forced): ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(enabled, 10))}`;
        const bypassText = bypass.length === 0
            ? (0,core_text/* msg */.ab) `no non-superuser role has BYPASSRLS`
            : (0,core_text/* msg */.ab) `roles with BYPASSRLS: ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(bypass))}`;
        return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(tables)}; ${(0,core_text/* raw */.lS)(bypassText)}.`), ...unknowns];
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/security-definer.ts
var security_definer = __webpack_require__(6581);
// EXTERNAL MODULE: ./src/engines/postgres/checks/ssl.ts
var ssl = __webpack_require__(3031);
;// CONCATENATED MODULE: ./src/judgements/admin-count.ts


/**
 * How many accounts hold full control: 1-2 PASS, 3-5 WARN, 6 or more FAIL. Zero is PASS too (no
 * login holds it; the engine's own break-glass account is judged elsewhere).
 */
function judgeAdminCount(count, head) {
    if (count <= 2)
        return (0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}.`);
    if (count <= 5)
        return (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}; keep it to two.`);
    return (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}; six or more make every account a path to full control.`);
}

;// CONCATENATED MODULE: ./src/engines/postgres/checks/superusers.ts





/** Compliant: one or two superuser roles (1-2 PASS, 3-5 WARN, 6+ FAIL). */
/* harmony default export */ const superusers = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/superusers',
        title: 'Superuser count',
        dimension: 'Authorization',
        family: 'admin-count',
        description: 'At most two roles have SUPERUSER.',
        rationale: "A superuser bypasses every permission and can run OS commands as the server's user, so every extra superuser is one more credential whose theft is a full compromise.",
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'ALTER ROLE ... NOSUPERUSER for roles that do not need it; grant predefined roles (pg_monitor, pg_read_all_data, ...) instead.',
            link: 'https://www.postgresql.org/docs/current/predefined-roles.html'
        },
        frameworks: control_sets/* ADMIN_COUNT_CONTROLS */.Rp
    },
    evaluate(facts) {
        const supers = (0,core_facts/* need */.$B)(facts.roles)
            .filter(r => r.superuser)
            .map(r => r.name);
        const n = supers.length;
        return [
            judgeAdminCount(n, (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(n))} ${(0,core_text/* raw */.lS)(n === 1 ? 'role has' : 'roles have')} SUPERUSER: ${(0,core_text/* raw */.lS)((0,core_text/* valueList */.Q0)(supers))}`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/judgements/certificate-expiry.ts


/** ≤ 30 days left: FAIL; ≤ 90 days: WARN (the CockroachDB audit document's ladder, for every engine). */
const CERT_FAIL_DAYS = 30;
const CERT_WARN_DAYS = 90;
const DAY = 86_400_000;
/**
 * Whole days left until `validTo`, rounded down (as `openssl x509 -checkend` counts): a
 * certificate valid for 30 days and 23 hours has 30 days left. Negative once expired.
 */
function daysLeft(validTo, now) {
    return Math.floor((Date.parse(validTo) - now.getTime()) / DAY);
}
/**
 * The certificate expiry ladder, in one sentence shape for every engine:
 * "<label> expired on <date>." or "<label> expires on <date>, in N days."
 */
function judgeCertificateExpiry(label, validTo, now, object) {
    const expiresAt = Date.parse(validTo);
    const date = new Date(expiresAt).toISOString().slice(0, 10);
    if (expiresAt <= now.getTime())
        return (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} expired on ${(0,core_text/* raw */.lS)(date)}.`, object);
    const days = daysLeft(validTo, now);
    const detail = (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} expires on ${(0,core_text/* raw */.lS)(date)}, in ${(0,core_text/* raw */.lS)(String(days))} ${(0,core_text/* raw */.lS)(days === 1 ? 'day' : 'days')}.`;
    if (days <= CERT_FAIL_DAYS)
        return (0,check/* fail */.fJ)(detail, object);
    if (days <= CERT_WARN_DAYS)
        return (0,check/* warn */.R8)(detail, object);
    return (0,check/* pass */.IX)(detail, object);
}

;// CONCATENATED MODULE: ./src/engines/postgres/checks/tls.ts





/** Compliant: every certificate the server serves is valid for more than 90 more days. */
/* harmony default export */ const tls = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/tls',
        title: 'Server certificate expiry',
        dimension: 'Encryption',
        description: 'Every certificate served in the TLS handshake is valid for more than 90 days.',
        rationale: 'A certificate that expires stops every client that verifies it; a short-lived one forces a rushed renewal.',
        outcomes: ['PASS', 'WARN', 'FAIL', 'N/A'],
        remediation: {
            text: 'Renew the certificate (ssl_cert_file) before it expires and reload; automate renewal.',
            link: 'https://www.postgresql.org/docs/current/ssl-tcp.html#SSL-CERTIFICATE-CREATION'
        },
        frameworks: { 'PCI DSS': ['4'], HIPAA: ['164.312(e)(1)'], 'ISO 27001': ['8.24'] }
    },
    evaluate(facts, ctx) {
        const probe = (0,core_facts/* need */.$B)(facts.tls);
        if (!probe.offered)
            return [(0,check/* notApplicable */.hH)((0,core_text/* msg */.ab) `The server does not offer TLS, so no certificate is served (see pg/ssl).`)];
        if (probe.chain.length === 0)
            return [(0,check/* fail */.fJ)((0,core_text/* msg */.ab) `The server completed a TLS handshake without presenting a certificate.`)];
        return probe.chain.map((cert) => judgeCertificateExpiry((0,core_text/* msg */.ab) `Certificate ${cert.subject}${(0,core_text/* raw */.lS)(cert.source === 'served' ? '' : ' (chain)')}`, cert.validTo, ctx.auditedAt, cert.subject));
    }
}));

// EXTERNAL MODULE: ./src/engines/postgres/checks/tls-version.ts
var tls_version = __webpack_require__(4697);
// EXTERNAL MODULE: ./src/engines/postgres/checks/untrusted-languages.ts
var untrusted_languages = __webpack_require__(7205);
// EXTERNAL MODULE: ./src/engines/postgres/releases.ts
var releases = __webpack_require__(5613);
;// CONCATENATED MODULE: ./src/engines/postgres/checks/version.ts




/** Compliant: the major version is supported and runs the latest minor release of the shipped table. */
/* harmony default export */ const version = ((0,checks_define/* definePostgresCheck */.V)({
    meta: {
        id: 'pg/version',
        title: 'PostgreSQL version',
        dimension: 'Patch Management',
        description: 'The server runs a supported major version at its latest minor release (per the dated release table).',
        rationale: 'A major version past end of support or an old minor release lacks security fixes, so known vulnerabilities stay open.',
        outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
        remediation: {
            text: 'Apply the latest minor release (a binary update and restart); plan a major upgrade (pg_upgrade) before end of support.',
            link: 'https://www.postgresql.org/support/versioning/'
        },
        frameworks: { 'PCI DSS': ['1'], 'ISO 27001': ['8.20'] }
    },
    evaluate(facts, ctx) {
        const { major, minor } = (0,releases/* splitVersionNum */.df)(facts.server.versionNum);
        const table = facts.releases;
        const version = `${major}.${minor}`;
        const dated = (0,core_text/* msg */.ab) `release table of ${(0,core_text/* raw */.lS)(table.asOf)}`;
        const entry = table.majors.find(m => m.major === major);
        const newest = Math.max(...table.majors.map(m => m.major));
        if (!entry) {
            if (major > newest)
                return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is newer than the ${(0,core_text/* raw */.lS)(dated)} knows.`)];
            return [
                (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is out of support (major ${(0,core_text/* raw */.lS)(String(major))} predates the ${(0,core_text/* raw */.lS)(dated)}).`)
            ];
        }
        const today = ctx.auditedAt.toISOString().slice(0, 10);
        if (entry.endOfLife <= today) {
            return [
                (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is out of support since ${(0,core_text/* raw */.lS)(entry.endOfLife)} (${(0,core_text/* raw */.lS)(dated)}).`)
            ];
        }
        if (minor < entry.latestMinor) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is behind the latest minor release ${(0,core_text/* raw */.lS)(`${major}.${entry.latestMinor}`)} (${(0,core_text/* raw */.lS)(dated)}); support ends ${(0,core_text/* raw */.lS)(entry.endOfLife)}.`)
            ];
        }
        return [
            (0,check/* pass */.IX)((0,core_text/* msg */.ab) `PostgreSQL ${(0,core_text/* raw */.lS)(version)} is the latest minor release of a supported major (${(0,core_text/* raw */.lS)(dated)}); support ends ${(0,core_text/* raw */.lS)(entry.endOfLife)}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/postgres/checks/index.ts






























const postgresChecks = [
    archiving,
    connection_limits,
    connection_logging/* default */.A,
    crypto_posture,
    encryption_at_rest,
    extensions,
    grant_option,
    hba/* default */.A,
    listen_addresses/* default */.A,
    log_line_prefix/* default */.A,
    log_statement/* default */.A,
    md5_hashes,
    password_encryption/* default */.A,
    password_expiry,
    password_policy,
    pgaudit/* default */.A,
    pgcrypto,
    port,
    privileged_roles/* default */.A,
    public_grants/* default */.A,
    public_schema/* default */.A,
    replication,
    row_level_security,
    security_definer/* default */.A,
    ssl/* default */.A,
    superusers,
    tls,
    tls_version/* default */.A,
    untrusted_languages/* default */.A,
    version
];

;// CONCATENATED MODULE: ./src/core/observed.ts
const known = (value, items, note) => ({
    value,
    ...(items ? { items: [...items] } : {}),
    ...(note ? { note } : {})
});
const unknownValue = (reason) => ({ unknown: reason });

// EXTERNAL MODULE: ./src/engines/postgres/pgaudit.ts
var postgres_pgaudit = __webpack_require__(6999);
;// CONCATENATED MODULE: ./src/engines/postgres/observed.ts




function scopeOf(o) {
    if (o.role && o.database)
        return `role ${o.role} in database ${o.database}`;
    if (o.role)
        return `role ${o.role}`;
    return `database ${o.database ?? '?'}`;
}
/**
 * What this server records, for detection coverage: the pgaudit classes in force (empty when the
 * library is not really loaded: in shared_preload_libraries *and* its settings in pg_settings),
 * pgaudit.role, connection logging, log_statement and log_line_prefix, and the per-role and
 * per-database pgaudit.log overrides.
 */
function observedPostgres(facts) {
    if (!facts.settings.ok) {
        const reason = (0,core_facts/* explainMissing */.Ce)(facts.settings.reason, facts.settings.fix).text;
        const names = ['shared_preload_libraries', 'pgaudit.log', 'pgaudit.role', 'log_connections'];
        return {
            settings: Object.fromEntries([...names, 'log_disconnections', 'log_statement', 'log_line_prefix'].map(n => [
                n,
                unknownValue(reason)
            ]))
        };
    }
    const all = facts.settings.value;
    const invisible = (name) => unknownValue(facts.server.canReadAllSettings
        ? `the setting ${name} does not exist on this server version`
        : `the setting ${name} is not visible to ${facts.server.currentUser} (GRANT pg_read_all_settings)`);
    const settings = {};
    const plain = (name, as = v => v) => {
        const row = all[name];
        settings[name] = row ? known(as(row.setting)) : invisible(name);
    };
    const spl = all.shared_preload_libraries;
    if (!spl) {
        settings.shared_preload_libraries = invisible('shared_preload_libraries');
        settings['pgaudit.log'] = invisible('shared_preload_libraries');
        settings['pgaudit.role'] = invisible('shared_preload_libraries');
    }
    else {
        const tokens = (0,postgres_settings/* libraryTokens */.uJ)(spl.setting);
        settings.shared_preload_libraries = known(spl.setting, tokens);
        const row = all['pgaudit.log'];
        if (!tokens.includes('pgaudit')) {
            settings['pgaudit.log'] = known('', [], 'pgaudit is not in shared_preload_libraries');
            settings['pgaudit.role'] = known('', [], 'pgaudit is not in shared_preload_libraries');
        }
        else if (!row && !facts.server.canReadAllSettings) {
            settings['pgaudit.log'] = invisible('pgaudit.log');
            settings['pgaudit.role'] = invisible('pgaudit.role');
        }
        else if (!row) {
            const note = 'pgaudit is listed in shared_preload_libraries but not loaded';
            settings['pgaudit.log'] = known('', [], note);
            settings['pgaudit.role'] = known('', [], note);
        }
        else {
            settings['pgaudit.log'] = known(row.setting, [...(0,postgres_pgaudit/* expandPgauditLog */.Br)(row.setting).classes]);
            plain('pgaudit.role');
        }
    }
    plain('log_connections', postgres_settings/* connectionsLogged */.mw);
    plain('log_disconnections', postgres_settings/* isOn */.Mp);
    plain('log_statement');
    plain('log_line_prefix');
    const overrides = [];
    if (facts.roleSettings.ok && settings['pgaudit.log'] && 'value' in settings['pgaudit.log'])
        for (const o of facts.roleSettings.value) {
            const value = o.settings['pgaudit.log'];
            if (value === undefined)
                continue;
            const e = (0,postgres_pgaudit/* expandPgauditLog */.Br)(value);
            // PostgreSQL ignores an override with an invalid class: the global value stays in force.
            if (e.invalid.length > 0)
                continue;
            overrides.push({ setting: 'pgaudit.log', scope: scopeOf(o), value, items: [...e.classes] });
        }
    return { settings, ...(overrides.length > 0 ? { overrides } : {}) };
}

;// CONCATENATED MODULE: ./src/engines/postgres/engine.ts


/** The PostgreSQL engine: its collector and its checks. */
function postgresEngine(hooks = {}) {
    return {
        id: 'postgres',
        displayName: 'PostgreSQL',
        checks: postgresChecks,
        // The collector (and the driver) load when an audit of this engine runs.
        collect: async (env) => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(327)]).then(__webpack_require__.bind(__webpack_require__, 1327))).collectPostgres(env, hooks),
        observed: observedPostgres
    };
}

// EXTERNAL MODULE: ./src/engines/couchbase/roles.ts
var couchbase_roles = __webpack_require__(710);
;// CONCATENATED MODULE: ./src/engines/couchbase/checks/define.ts

/** A Couchbase Server check: id `cb/<name>`, evaluated on CbFacts (REST API). */
const defineCouchbaseCheck = (0,check/* checkFactory */.Zr)('cb');

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/admin-users.ts







/**
 * Groups whose admin roles reach every member of an LDAP group: members are not in the user list.
 * An unreadable LDAP setting or group list is UNKNOWN (on Enterprise), never "no such path".
 */
function ldapAdminGroups(facts) {
    if (facts.cluster.edition === 'community')
        return [];
    // Without LDAP authorization, ldap_group_ref grants nothing.
    if (!(0,core_facts/* need */.$B)(facts.ldap).authorizationEnabled)
        return [];
    return (0,core_facts/* need */.$B)(facts.groups).filter(g => g.ldapGroupRef && (0,couchbase_roles/* adminOrSecurityRoles */.iK)(g).length > 0);
}
/**
 * SAML assertions that may carry admin rights: roles from rolesAttribute, or groups from
 * groupsAttribute mapped to Couchbase groups that hold admin roles (inferred from
 * menelaus_web_saml.erl params()). Null when SAML grants none.
 */
function samlRoleGrant(facts) {
    if (facts.cluster.edition === 'community')
        return null;
    const s = (0,core_facts/* need */.$B)(facts.saml);
    if (!s.enabled)
        return null;
    if (s.rolesAttribute)
        return { attribute: 'rolesAttribute', value: s.rolesAttribute, note: '' };
    if (s.groupsAttribute && (0,core_facts/* need */.$B)(facts.groups).some(g => (0,couchbase_roles/* adminOrSecurityRoles */.iK)(g).length > 0))
        return {
            attribute: 'groupsAttribute',
            value: s.groupsAttribute,
            note: ' (mapped to groups that hold admin roles)'
        };
    return null;
}
/**
 * Users with Full Admin or a security/user-admin role: 1-2 PASS, 3-5 WARN, 6+ FAIL. Only users
 * stored in Couchbase are listed, and the list is silently filtered for readers without the
 * right role, so the check first makes sure the audit user sees everything, then adds the admin
 * paths the list cannot show: LDAP groups mapped to admin roles and SAML role attributes. The
 * built-in administrator (rest_creds) is never listed and always exists.
 */
/* harmony default export */ const admin_users = (defineCouchbaseCheck({
    meta: {
        id: 'cb/admin-users',
        title: 'Administrative users',
        dimension: 'Authorization',
        family: 'admin-count',
        description: 'At most two users hold Full Admin or a security-admin role, and no LDAP group or SAML assertion grants one.',
        rationale: 'Full Admin and security-admin roles control users, certificates, auditing and all data, so every extra holder, and every LDAP group or SAML assertion that confers one, is another path to full compromise.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Give people narrower roles (cluster_admin, bucket_admin, ro_security_admin) and keep Full Admin/security admin to a break-glass pair; map LDAP groups and SAML roles to narrow roles only; review the list each quarter.',
            link: 'https://docs.couchbase.com/server/current/learn/security/roles.html'
        },
        frameworks: control_sets/* ADMIN_COUNT_CONTROLS */.Rp
    },
    evaluate(facts) {
        (0,couchbase_roles/* needUnfilteredUserList */.Ew)(facts);
        const users = (0,core_facts/* need */.$B)(facts.users);
        const admins = users
            .map(u => ({
            label: `${u.id} (${u.domain}: ${(0,couchbase_roles/* adminOrSecurityRoles */.iK)(u).join(', ')})`,
            roles: (0,couchbase_roles/* adminOrSecurityRoles */.iK)(u)
        }))
            .filter(a => a.roles.length > 0)
            .map(a => a.label)
            .sort();
        const findings = [];
        for (const g of ldapAdminGroups(facts)) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Group ${g.id} grants ${(0,core_text/* valueList */.Q0)((0,couchbase_roles/* adminOrSecurityRoles */.iK)(g))} to every member of LDAP group ${g.ldapGroupRef ?? ''}: they are admins without being listed in /settings/rbac/users, and their number is unknown here.`, `group:${g.id}`));
        }
        const saml = samlRoleGrant(facts);
        if (saml) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `SAML is on with ${(0,core_text/* raw */.lS)(saml.attribute)} ${saml.value}${(0,core_text/* raw */.lS)(saml.note)}: the identity provider decides each user's roles, Full Admin included, and none of those users is listed.`, 'saml'));
        }
        const n = admins.length;
        const list = n ? (0,core_text/* msg */.ab) `: ${(0,core_text/* valueList */.Q0)(admins)}` : (0,core_text/* msg */.ab) ``;
        const head = (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(n))} stored user${(0,core_text/* raw */.lS)(n === 1 ? '' : 's')} hold${(0,core_text/* raw */.lS)(n === 1 ? 's' : '')} Full Admin or a security-admin role${(0,core_text/* raw */.lS)(list)}`;
        const builtin = ' (plus the built-in administrator, which is never listed)';
        findings.push(judgeAdminCount(n, (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}${(0,core_text/* raw */.lS)(builtin)}`));
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/audit-enabled.ts





/** Compliant: auditd is on, so every node writes an audit log. */
/* harmony default export */ const audit_enabled = (defineCouchbaseCheck({
    meta: {
        id: 'cb/audit-enabled',
        title: 'Auditing enabled',
        dimension: 'Audit Logging',
        family: 'audit-logging',
        description: 'Auditing (auditdEnabled) is on, so each node writes an audit log of security-relevant events.',
        rationale: 'With auditing off, logins, role changes and administrative actions leave no record, so misuse cannot be detected or investigated.',
        outcomes: ['PASS', 'FAIL'],
        remediation: {
            text: "Enable auditing (Security > Audit, or POST /settings/audit auditdEnabled=true) and ship each node's audit.log to your log platform.",
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-auditing.html'
        },
        frameworks: control_sets/* AUDIT_LOGGING_CONTROLS */.hu
    },
    evaluate(facts) {
        const audit = (0,core_facts/* need */.$B)(facts.audit);
        if (!audit.auditdEnabled) {
            return [
                (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `Auditing is off (auditdEnabled false): no node records logins, role changes or data access.`)
            ];
        }
        return [
            (0,check/* pass */.IX)(audit.logPath
                ? (0,core_text/* msg */.ab) `Auditing is on (auditdEnabled true); each node writes to ${audit.logPath}.`
                : (0,core_text/* msg */.ab) `Auditing is on (auditdEnabled true).`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/audit-exclusions.ts







/**
 * Compliant: no administrator is excluded from auditing. Internal service users (`@eventing`,
 * `@cbq-engine`, ...) are listed for information; their exclusion is common practice. The GET
 * shows a local entry only while that user exists, so only external/unknown entries can name
 * users that are not stored; those may still be admins through LDAP groups or SAML.
 */
/* harmony default export */ const audit_exclusions = (defineCouchbaseCheck({
    meta: {
        id: 'cb/audit-exclusions',
        title: 'Users excluded from auditing',
        dimension: 'Audit Logging',
        description: 'No user with an admin-equivalent role is in the audit disabledUsers list.',
        rationale: 'Events of users on the disabledUsers list are not audited, so an administrator on it acts without a trace.',
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: 'Remove administrators, and external users whose roles come from LDAP or SAML, from the list of users whose events are not audited (Security > Audit > Ignore events from these users).',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-auditing.html'
        },
        frameworks: control_sets/* AUDIT_LOGGING_CONTROLS */.hu
    },
    evaluate(facts) {
        const audit = (0,core_facts/* need */.$B)(facts.audit);
        if (audit.disabledUsers.length === 0)
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `No user is excluded from auditing.`)];
        const findings = [];
        const people = audit.disabledUsers.filter(u => !u.name.startsWith('@'));
        if (people.length)
            (0,couchbase_roles/* needUnfilteredUserList */.Ew)(facts);
        const users = people.length ? (0,core_facts/* need */.$B)(facts.users) : [];
        const externalPaths = people.some(u => u.domain !== 'local')
            ? ldapAdminGroups(facts).length > 0 || samlRoleGrant(facts) !== null
            : false;
        for (const excluded of audit.disabledUsers) {
            const label = (0,couchbase_roles/* userLabel */.Ux)(excluded);
            if (excluded.name.startsWith('@')) {
                findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `Internal service user ${excluded.name} is excluded from auditing.`, label));
                continue;
            }
            const user = users.find(u => u.id === excluded.name && u.domain === excluded.domain);
            const roles = user ? (0,couchbase_roles/* adminEquivalentRoles */.bn)(user) : [];
            if (roles.length > 0) {
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `User ${excluded.name} (${excluded.domain}) holds ${(0,core_text/* valueList */.Q0)(roles)} yet is excluded from auditing: its actions leave no audit record.`, label));
            }
            else if (excluded.domain !== 'local' && externalPaths) {
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `User ${excluded.name} (${excluded.domain}) is excluded from auditing; its roles may come from an LDAP group or a SAML assertion that grants admin rights, which the stored user list cannot show.`, label));
            }
            else {
                findings.push((0,check/* info */.pq)(user
                    ? (0,core_text/* msg */.ab) `User ${excluded.name} (${excluded.domain}) is excluded from auditing; it holds no admin-equivalent role.`
                    : (0,core_text/* msg */.ab) `User ${excluded.name} (${excluded.domain}) is excluded from auditing; it is not a stored user and no LDAP group or SAML attribute grants admin rights.`, label));
            }
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/audit-rotation.ts





/** What compliance frameworks are taken to ask for at least (90 days of audit history). */
const RETENTION_DAYS = 90;
function duration(seconds) {
    if (seconds % 86400 === 0)
        return `${seconds / 86400} d`;
    if (seconds % 3600 === 0)
        return `${seconds / 3600} h`;
    return `${Math.round(seconds / 60)} min`;
}
function size(bytes) {
    return bytes % 1048576 === 0 ? `${bytes / 1048576} MiB` : `${bytes} bytes`;
}
/**
 * Informational rotation and pruning; WARN on pruning shorter than compliance retention. The
 * server refuses a rotateInterval outside 900-604800 s (menelaus_web_audit.erl), so time-based
 * rotation is always on; rotateSize 0 (7.6 only; 8.0's minimum is 1 MiB) means no size limit.
 * logPath is left out of the GET when the path is set per node.
 */
/* harmony default export */ const audit_rotation = (defineCouchbaseCheck({
    meta: {
        id: 'cb/audit-rotation',
        title: 'Audit log rotation and pruning',
        dimension: 'Audit Logging',
        description: 'Audit logs are not pruned sooner than the retention a named compliance framework asks for (90 days).',
        rationale: 'Audit logs pruned sooner than the retention a framework demands destroy the evidence an investigation or auditor needs.',
        verify: 'That rotated audit files are shipped off the node and kept for the required retention.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'Set pruneAge to 0 or at least 90 days (129600 minutes) when a compliance framework applies, and ship rotated files off the node.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-auditing.html'
        },
        frameworks: control_sets/* AUDIT_LOGGING_CONTROLS */.hu
    },
    evaluate(facts, ctx) {
        const a = (0,core_facts/* need */.$B)(facts.audit);
        const interval = a.rotateInterval;
        const bytes = a.rotateSize;
        const prune = a.pruneAge ?? 0;
        const every = interval ? `every ${duration(interval)}` : 'at an unreported interval';
        const sizeText = bytes === null ? '' : bytes === 0 ? ' (no size limit)' : ` or at ${size(bytes)}`;
        const where = a.logPath ? ` into ${a.logPath}` : ' into a log path set per node';
        const summary = `rotates ${every}${sizeText}${where}; pruned ${prune ? `after ${duration(prune * 60)}` : 'never'}`;
        if (ctx.compliance.length > 0 && prune > 0 && prune < RETENTION_DAYS * 1440) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `Audit log ${(0,core_text/* raw */.lS)(summary)}: shorter than the ${(0,core_text/* raw */.lS)(String(RETENTION_DAYS))} days of history the named compliance framework asks for, unless the files are shipped elsewhere first.`)
            ];
        }
        return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `Audit log ${(0,core_text/* raw */.lS)(summary)}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/ca-upload.ts




/**
 * Compliant (EE): trusted CAs can be loaded from the node itself only (allowNonLocalCACertUpload
 * false, changeable from localhost only). Community Edition cannot load CAs at all: N/A.
 */
/* harmony default export */ const ca_upload = (defineCouchbaseCheck({
    meta: {
        id: 'cb/ca-upload',
        title: 'Remote CA upload',
        dimension: 'Encryption',
        description: 'allowNonLocalCACertUpload is false, so a trusted CA cannot be added over the network.',
        rationale: 'If a CA can be uploaded over the network, anyone with a security-admin credential can add a CA they control and mint certificates the cluster trusts for client authentication.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'On a node, from localhost: POST /settings/security allowNonLocalCACertUpload=false.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
        },
        frameworks: { 'PCI DSS': ['4'], 'SOC 2': ['CC6.1'] }
    },
    evaluate(facts) {
        const s = (0,core_facts/* need */.$B)(facts.security);
        if (facts.cluster.edition === 'community') {
            (0,core_facts/* need */.$B)((0,core_facts/* notApplicableHere */.zR)((0,core_text/* msg */.ab) `Community Edition cannot load trusted CAs (Enterprise Edition only).`));
        }
        if (s.allowNonLocalCACertUpload === true)
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `allowNonLocalCACertUpload is true: anyone with security-admin rights can add a trusted CA over the network and have certificates it signs accepted.`)
            ];
        if (s.allowNonLocalCACertUpload === false)
            return [
                (0,check/* pass */.IX)((0,core_text/* msg */.ab) `Trusted CAs can be loaded from the node itself only (allowNonLocalCACertUpload false).`)
            ];
        (0,core_facts/* need */.$B)((0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `GET /settings/security did not report allowNonLocalCACertUpload.`));
        return [];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/certificates.ts






const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\]|::1)(:\d+)?$/;
/**
 * Pairs each certificate with its node. /pools/default/certificates is read from replicated
 * config and names a loopback-named node 127.0.0.1:8091, while /pools/default shows the address
 * the request arrived on: match by name first, then a loopback-named certificate with the one
 * node left unmatched.
 */
function pairCertificates(certs, nodes) {
    const used = new Set();
    const pairs = certs.map(cert => {
        const node = nodes.find(n => n.hostname === cert.node) ?? null;
        if (node)
            used.add(node);
        return { cert, node };
    });
    const left = nodes.filter(n => !used.has(n));
    const loopback = pairs.filter(p => !p.node && LOOPBACK.test(p.cert.node));
    if (left.length === 1 && loopback.length === 1)
        loopback[0].node = left[0];
    return pairs;
}
/** Per node: FAIL within 30 days of expiry (or expired), WARN within 90 or self-signed in production (EE). */
/* harmony default export */ const certificates = (defineCouchbaseCheck({
    meta: {
        id: 'cb/certificates',
        title: 'Node certificates',
        dimension: 'Encryption',
        description: 'Every node serves a CA-signed certificate valid for more than 90 days.',
        rationale: 'A self-signed or soon-expiring node certificate leaves clients either unable to verify the server (inviting man-in-the-middle) or failing to connect when it expires.',
        outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
        remediation: {
            text: 'Upload a CA-signed certificate chain and key per node (Enterprise Edition: Security > Certificates, or POST /node/controller/reloadCertificate) before expiry; replace the self-signed "generated" certificate in production.',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-server-certificates.html'
        },
        frameworks: control_sets/* TRANSIT_CONTROLS */.lb
    },
    evaluate(facts, ctx) {
        const certs = (0,core_facts/* need */.$B)(facts.certificates);
        const ce = facts.cluster.edition === 'community';
        const findings = [];
        const pairs = pairCertificates(certs, facts.cluster.nodes);
        for (const { cert: c, node } of pairs) {
            const object = node?.hostname ?? c.node;
            const expires = Date.parse(c.expires);
            if (Number.isNaN(expires)) {
                findings.push((0,check/* unknown */.L5)((0,core_text/* msg */.ab) `Node ${c.node} reports an unreadable expiry ${c.expires}.`, object));
                continue;
            }
            const date = new Date(expires).toISOString().slice(0, 10);
            const state = node && node.clusterMembership !== 'active' ? `, node ${node.clusterMembership}` : '';
            const what = (0,core_text/* msg */.ab) `Node ${object} certificate ${c.subject} (${c.type}${(0,core_text/* raw */.lS)(state)})`;
            const byExpiry = judgeCertificateExpiry(what, c.expires, ctx.auditedAt, object);
            if (byExpiry.status !== 'PASS')
                findings.push(byExpiry);
            else if (c.type === 'generated' && ce) {
                // Uploading certificates is Enterprise only (handle_reload_certificate): nothing to fix here.
                findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what)} is the self-signed certificate Couchbase generated; Community Edition cannot replace it (certificate upload is Enterprise Edition only). Expires ${(0,core_text/* raw */.lS)(date)}.`, object));
            }
            else if (c.type === 'generated' && ctx.environment === 'production') {
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what)} is the self-signed certificate Couchbase generated: clients cannot verify the node. Expires ${(0,core_text/* raw */.lS)(date)}.`, object));
            }
            else
                findings.push(byExpiry);
        }
        // The list comes from replicated config and covers every node; a node missing from it is a surprise.
        for (const n of facts.cluster.nodes) {
            if (!pairs.some(p => p.node === n)) {
                findings.push((0,check/* unknown */.L5)((0,core_text/* msg */.ab) `Node ${n.hostname} (${n.status}) has no entry in /pools/default/certificates.`, n.hostname));
            }
        }
        if (findings.length === 0)
            findings.push((0,check/* unknown */.L5)((0,core_text/* msg */.ab) `No node reported a certificate.`));
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/client-cert-auth.ts




/**
 * Informational: whether clients may log in with X.509 certificates and how a certificate
 * becomes a user (prefixes). `mandatory` refuses password logins on TLS ports; 8.0 adds `hybrid`.
 */
/* harmony default export */ const client_cert_auth = (defineCouchbaseCheck({
    meta: {
        id: 'cb/client-cert-auth',
        title: 'Client certificate authentication',
        dimension: 'Authentication & SSO',
        description: 'Reports the client certificate authentication state and the rules that map a certificate to a user.',
        rationale: 'Loose certificate-to-user mapping rules let any certificate the trusted CAs issued sign in as a Couchbase user derived from its fields.',
        verify: 'That each prefix rule maps only certificates your CA issues for Couchbase users.',
        outcomes: ['INFO'],
        remediation: {
            text: 'Review GET /settings/clientCertAuth: with enable or mandatory, make sure each prefix rule maps only certificates your CA issues for Couchbase users.',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-client-certificates.html'
        },
        frameworks: {}
    },
    evaluate(facts) {
        const c = (0,core_facts/* need */.$B)(facts.clientCertAuth);
        if (c.state === 'disable')
            return [
                (0,check/* info */.pq)((0,core_text/* msg */.ab) `Client certificate authentication is off (state disable): clients log in with passwords.`)
            ];
        const rules = c.prefixes.map(p => `${p.path} prefix "${p.prefix}" delimiter "${p.delimiter}"`);
        return [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `Client certificate authentication is ${c.state}; a certificate becomes a user by ${rules.length ? rules.join('; ') : 'no rule (no certificate maps to a user)'}${(0,core_text/* raw */.lS)(c.state === 'mandatory' ? '; clients without a certificate are refused on TLS ports' : '')}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/encryption-at-rest.ts





/** Buckets that keep data on disk; a key is refused for the others (memcached, ephemeral). */
const PERSISTENT = new Set(['membase', 'couchbase']);
/**
 * Compliant (8.0 Enterprise): every persistent bucket has an encryption key and its data is
 * fully encrypted, and cluster configuration, logs and audit logs are encrypted. Bucket data is
 * configured per bucket (encryptionAtRestKeyId, -1 = off); the cluster-wide settings cover
 * config, logs and audit only, so they never prove the data is encrypted. Data left unencrypted
 * is a WARN with condition `not-enabled`, which the policy raises to FAIL for PII/PHI or
 * financial data. Before 8.0 and on Community Edition (which cannot enable it): N/A.
 */
/* harmony default export */ const checks_encryption_at_rest = (defineCouchbaseCheck({
    meta: {
        id: 'cb/encryption-at-rest',
        title: 'Encryption at rest',
        dimension: 'Encryption',
        family: 'encryption-at-rest',
        description: 'Couchbase 8.0+ native encryption at rest is on for every persistent bucket (fully encrypted) and for configuration, logs and audit logs.',
        rationale: "Without native encryption at rest, anyone with access to the data files, configuration, logs or a backup of the node's disk reads them directly.",
        verify: 'Before 8.0 (no native encryption): whether the data, configuration and log volumes of every node are encrypted.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'Create an encryption key (Security > Encryption at Rest), set encryptionAtRestKeyId on every persistent bucket, enable encryption for config, log and audit (POST /settings/security/encryptionAtRest), then force re-encryption of existing data.',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-native-encryption-at-rest.html'
        },
        frameworks: control_sets/* AT_REST_CONTROLS */.Q2
    },
    evaluate(facts) {
        const e = (0,core_facts/* need */.$B)(facts.encryptionAtRest);
        const buckets = (0,core_facts/* need */.$B)(facts.buckets).filter(b => PERSISTENT.has(b.bucketType));
        const findings = [];
        const off = buckets.filter(b => b.encryptionAtRestKeyId === null || b.encryptionAtRestKeyId === -1);
        const partial = buckets.filter(b => !off.includes(b) && b.dataStatus !== 'encrypted');
        if (off.length) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(off.length))} of ${(0,core_text/* raw */.lS)(String(buckets.length))} persistent bucket${(0,core_text/* raw */.lS)(buckets.length === 1 ? '' : 's')} store data unencrypted (encryptionAtRestKeyId -1): ${(0,core_text/* valueList */.Q0)(off.map(b => b.name))}.`, 'buckets', 'not-enabled'));
        }
        for (const b of partial) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Bucket ${b.name} has an encryption key, but its data is ${b.dataStatus ?? 'of unknown status'}: data written before the key was set is not yet re-encrypted.`, `bucket:${b.name}`));
        }
        const parts = [
            ['configuration', e.config],
            ['logs', e.log],
            ['audit logs', e.audit]
        ];
        const describe = parts.map(([k, t]) => `${k} ${t.method}`).join(', ');
        const cfgOff = parts.filter(([, t]) => t.method === 'disabled').map(([k]) => k);
        const cfgPartial = parts.filter(([, t]) => t.method !== 'disabled' && t.dataStatus && t.dataStatus !== 'encrypted');
        if (cfgOff.length) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Encryption at rest is off for ${(0,core_text/* raw */.lS)(cfgOff.join(', '))} (${(0,core_text/* raw */.lS)(describe)}).`, 'cluster', 'not-enabled'));
        }
        else if (cfgPartial.length) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Encryption at rest is on (${(0,core_text/* raw */.lS)(describe)}), but ${(0,core_text/* raw */.lS)(cfgPartial.map(([k, t]) => `${k} are ${t.dataStatus}`).join(', '))}.`, 'cluster'));
        }
        if (findings.length)
            return findings;
        return [
            (0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(buckets.length ? `All ${buckets.length} persistent bucket${buckets.length === 1 ? ' is' : 's are'} fully encrypted` : 'No persistent bucket exists')}; ${(0,core_text/* raw */.lS)(describe)}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/external-auth.ts




/**
 * Compliant: users authenticate through LDAP (over TLS) or SAML, so joiners and leavers are managed
 * centrally. Community Edition has neither: N/A there.
 */
/* harmony default export */ const external_auth = (defineCouchbaseCheck({
    meta: {
        id: 'cb/external-auth',
        title: 'External authentication (LDAP/SAML)',
        dimension: 'Authentication & SSO',
        family: 'sso',
        description: 'LDAP (with TLS or StartTLS), SAML single sign-on or saslauthd (PAM) authentication is enabled.',
        rationale: 'Local Couchbase users are managed outside the directory, so MFA, central offboarding and password policy do not apply to them.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Configure LDAP with encryption TLS or StartTLSExtension and certificate validation (Security > LDAP), or SAML for the console; map directory groups to Couchbase roles.',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-ldap.html'
        },
        frameworks: {
            'SOC 2': ['CC6.2', 'CC6.3'],
            HIPAA: ['164.312(d)'],
            'ISO 27001': ['5.15', '8.5'],
            'PCI DSS': ['8']
        }
    },
    evaluate(facts) {
        if (facts.cluster.edition === 'community') {
            // Read through need() so that an Enterprise refusal reads as N/A with its own words.
            (0,core_facts/* need */.$B)(facts.ldap);
        }
        const auth = (0,core_facts/* need */.$B)(facts.authSettings);
        if (auth.ldapEnabled) {
            const ldap = (0,core_facts/* need */.$B)(facts.ldap);
            if (ldap.encryption === 'None') {
                return [
                    (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `LDAP authentication is on with encryption None${(0,core_text/* raw */.lS)(ldap.port ? ` (port ${ldap.port})` : '')}: user passwords reach the directory in clear.`, 'ldap')
                ];
            }
            if (ldap.serverCertValidation === false) {
                return [
                    (0,check/* warn */.R8)((0,core_text/* msg */.ab) `LDAP authentication is on with encryption ${ldap.encryption}, but server certificate validation is off: a man in the middle can collect the passwords users type.`, 'ldap')
                ];
            }
            return [
                (0,check/* pass */.IX)((0,core_text/* msg */.ab) `LDAP authentication is on with encryption ${ldap.encryption}${(0,core_text/* raw */.lS)(auth.samlEnabled ? '; SAML is on too' : '')}.`)
            ];
        }
        if (auth.samlEnabled)
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `SAML single sign-on is on for the console.`)];
        if (auth.saslauthdAuthEnabled)
            return [
                (0,check/* pass */.IX)((0,core_text/* msg */.ab) `saslauthd (PAM) authentication is on: passwords are checked by the host's directory.`)
            ];
        return [
            (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `Neither LDAP, SAML nor saslauthd is enabled: every user is a local account managed by hand.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/hsts.ts




/**
 * Compliant (EE): the console sends Strict-Transport-Security (responseHeaders), so browsers
 * never fall back to plain HTTP. Community Edition cannot set response headers (ee_only_settings
 * leaves responseHeaders out of the GET): N/A there.
 */
/* harmony default export */ const hsts = (defineCouchbaseCheck({
    meta: {
        id: 'cb/hsts',
        title: 'HTTP Strict Transport Security',
        dimension: 'Network Security',
        description: 'The REST API and console send a Strict-Transport-Security header with a max-age.',
        rationale: 'Without HSTS, a browser can be downgraded to plain HTTP on the first visit, exposing administrator credentials and session cookies.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'POST /settings/security responseHeaders=\'{"Strict-Transport-Security":"max-age=31536000;includeSubDomains"}\' (Enterprise Edition).',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-hsts.html'
        },
        frameworks: { 'PCI DSS': ['4'], 'SOC 2': ['CC6.7'] }
    },
    evaluate(facts) {
        const s = (0,core_facts/* need */.$B)(facts.security);
        if (facts.cluster.edition === 'community' && !s.responseHeadersPresent) {
            (0,core_facts/* need */.$B)((0,core_facts/* notApplicableHere */.zR)((0,core_text/* msg */.ab) `Community Edition cannot set response headers (HSTS is Enterprise Edition only).`));
        }
        if (!s.hsts)
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `No Strict-Transport-Security header is set (responseHeaders is empty): browsers may be downgraded to plain HTTP.`)
            ];
        if (!/max-age=\d*[1-9]/.test(s.hsts))
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `Strict-Transport-Security is ${s.hsts}: without a positive max-age browsers do not keep HTTPS.`)
            ];
        return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Strict-Transport-Security is ${s.hsts}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/log-redaction.ts




/** Compliant (EE): collected log bundles redact user data (logRedactionLevel partial). CE: N/A. */
/* harmony default export */ const log_redaction = (defineCouchbaseCheck({
    meta: {
        id: 'cb/log-redaction',
        title: 'Log redaction',
        dimension: 'Data Protection',
        description: 'logRedactionLevel is partial, so collected logs (cbcollect_info) carry no user data in clear.',
        rationale: 'Without log redaction, log bundles collected for support carry user data (keys, documents, user names) in clear to whoever receives them.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'POST /settings/logRedaction logRedactionLevel=partial (Enterprise Edition); redact again when sending bundles to support.',
            link: 'https://docs.couchbase.com/server/current/manage/manage-logging/manage-logging.html'
        },
        frameworks: { GDPR: ['Art. 32'], 'ISO 27001': ['8.15'] }
    },
    evaluate(facts) {
        const level = (0,core_facts/* need */.$B)(facts.logRedaction);
        if (level === 'partial')
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Log redaction is partial: user data in collected logs is hashed.`)];
        return [
            (0,check/* warn */.R8)((0,core_text/* msg */.ab) `logRedactionLevel is ${level}: log bundles collected for support carry document keys and user names in clear.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/node-encryption.ts





/**
 * Compliant: node-to-node encryption on every node with level `all` or `strict`. The setting
 * `clusterEncryptionLevel` only exists once every node has encryption on.
 */
/* harmony default export */ const node_encryption = (defineCouchbaseCheck({
    meta: {
        id: 'cb/node-encryption',
        title: 'Node-to-node encryption',
        dimension: 'Encryption',
        family: 'encryption-in-transit',
        description: 'Node-to-node encryption is on for every node with clusterEncryptionLevel all or strict.',
        rationale: 'Without node-to-node encryption, replication and internal traffic cross the network in clear, so anyone on the path reads data and credentials.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'couchbase-cli node-to-node-encryption --enable on every node, then couchbase-cli setting-security --cluster-encryption-level all (or strict to also refuse non-TLS client ports).',
            link: 'https://docs.couchbase.com/server/current/manage/manage-nodes/apply-node-to-node-encryption.html'
        },
        frameworks: control_sets/* TRANSIT_CONTROLS */.lb
    },
    evaluate(facts) {
        if (facts.cluster.edition === 'community') {
            return [
                (0,check/* notApplicable */.hH)((0,core_text/* msg */.ab) `Community Edition has no node-to-node encryption (an Enterprise Edition feature).`)
            ];
        }
        const s = (0,core_facts/* need */.$B)(facts.security);
        const level = s.clusterEncryptionLevel;
        if (level === 'strict' || level === 'all') {
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Node-to-node encryption is on for every node, clusterEncryptionLevel ${level}.`)];
        }
        if (level === 'control') {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `clusterEncryptionLevel is control: only cluster-management traffic is encrypted; data (KV, DCP, index) travels between nodes in clear.`)
            ];
        }
        const off = facts.cluster.nodes.filter(n => n.nodeEncryption === false).map(n => n.hostname);
        return [
            (0,check/* fail */.fJ)(off.length
                ? (0,core_text/* msg */.ab) `Node-to-node encryption is off on ${(0,core_text/* valueList */.Q0)(off)}, so clusterEncryptionLevel is not set: inter-node traffic travels in clear.`
                : (0,core_text/* msg */.ab) `clusterEncryptionLevel is not set (node-to-node encryption is not on for every node): inter-node traffic travels in clear.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/password-hash.ts




/**
 * Compliant: new local passwords are hashed with argon2id or PBKDF2-HMAC-SHA512, not the
 * deprecated SHA-1 (menelaus_web_settings.erl passwordHashAlg, default argon2id).
 */
/* harmony default export */ const password_hash = (defineCouchbaseCheck({
    meta: {
        id: 'cb/password-hash',
        title: 'Password hash algorithm',
        dimension: 'Authentication & SSO',
        description: 'passwordHashAlg is argon2id or pbkdf2-hmac-sha512, not SHA-1.',
        rationale: 'SHA-1 password hashes are fast to brute-force, so a leaked user database quickly yields working passwords.',
        outcomes: ['PASS', 'FAIL', 'INFO'],
        remediation: {
            text: 'POST /settings/security passwordHashAlg=argon2id; existing hashes are migrated as users log in (allowHashMigrationDuringAuth) or when passwords change.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
        },
        frameworks: { 'PCI DSS': ['8'], 'SOC 2': ['CC6.1'], 'ISO 27001': ['8.24'] }
    },
    evaluate(facts) {
        const alg = (0,core_facts/* need */.$B)(facts.security).passwordHashAlg;
        if (alg === null)
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `passwordHashAlg is not reported by this version (it exists from 7.6).`)];
        if (alg === 'SHA-1')
            return [
                (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `passwordHashAlg is SHA-1 (deprecated): a stolen hash file of local users can be cracked fast.`)
            ];
        return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Local passwords are hashed with ${alg}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/password-policy.ts





/** Compliant: local passwords need at least 12 characters (PCI DSS 8.3.6). */
/* harmony default export */ const checks_password_policy = (defineCouchbaseCheck({
    meta: {
        id: 'cb/password-policy',
        title: 'Password policy',
        dimension: 'Authentication & SSO',
        family: 'password-policy',
        description: 'The password policy requires at least 12 characters for local users.',
        rationale: 'Short local passwords fall quickly to guessing and credential stuffing against the REST API and console.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'POST /settings/passwordPolicy minLength=12 (and enforce character classes); existing passwords are checked on their next change.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-set-password-policy.html'
        },
        frameworks: control_sets/* PASSWORD_POLICY_CONTROLS */.mp
    },
    evaluate(facts) {
        const p = (0,core_facts/* need */.$B)(facts.passwordPolicy);
        const classes = [
            p.enforceUppercase && 'uppercase',
            p.enforceLowercase && 'lowercase',
            p.enforceDigits && 'digits',
            p.enforceSpecialChars && 'special characters'
        ].filter((c) => Boolean(c));
        const enforced = classes.length ? `enforces ${classes.join(', ')}` : 'enforces no character class';
        const detail = `Minimum password length ${p.minLength}; ${enforced}`;
        if (p.minLength >= 12)
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(detail)}.`)];
        if (p.minLength >= 8)
            return [(0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(detail)}: below the 12 characters PCI DSS 8.3.6 asks for.`)];
        return [
            (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(detail)}: ${(0,core_text/* raw */.lS)(p.minLength === 0 ? 'empty passwords are allowed' : 'far below 12 characters')}.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/plaintext-ports.ts





/**
 * Compliant: clusterEncryptionLevel strict, which makes ns_server bind every non-TLS client port
 * to loopback (misc:disable_non_ssl_ports) and disables the eventing debugger. Below strict (or
 * with node-to-node encryption off, or on Community Edition which has no strict level), clients
 * can use KV 11210, query 8093, REST 8091 and the eventing debugger 9140 in plain text.
 */
/* harmony default export */ const plaintext_ports = (defineCouchbaseCheck({
    meta: {
        id: 'cb/plaintext-ports',
        title: 'Plain-text client ports',
        dimension: 'Network Security',
        family: 'encryption-in-transit',
        description: 'clusterEncryptionLevel is strict, so no client port accepts plain text from other hosts.',
        rationale: 'While client ports accept plain text, applications can connect without TLS and send credentials and data in clear.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'Move clients to the TLS ports (11207, 18093, 18091), then couchbase-cli setting-security --cluster-encryption-level strict (Enterprise Edition, node-to-node encryption on every node).',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-tls.html'
        },
        frameworks: control_sets/* TRANSIT_CONTROLS */.lb
    },
    evaluate(facts) {
        const level = (0,core_facts/* need */.$B)(facts.security).clusterEncryptionLevel;
        if (level === 'strict')
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `clusterEncryptionLevel is strict: non-TLS client ports listen on loopback only.`)];
        const why = facts.cluster.edition === 'community'
            ? 'Community Edition has no strict level'
            : level
                ? `clusterEncryptionLevel is ${level}`
                : 'node-to-node encryption is not on for every node, so clusterEncryptionLevel cannot be strict';
        return [
            (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(why)}: clients can use KV 11210, query 8093, REST 8091 and the eventing debugger 9140 in plain text, passwords included.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/query-audit.ts





/**
 * The SQL++ statement events of couchbase/query etc/audit_descriptor.json, used only when GET
 * /settings/audit/descriptors cannot be read: every one ships "enabled": false. 7.6 (trinity)
 * has 28672-28688, functions 28706-28708, scope/collection DDL 28713-28719, transactions
 * 28720-28725 and sequences 28734-28736; 8.0 (morpheus) adds CREATE/ALTER/DROP USER 28738-28740
 * and BUCKET 28741-28743.
 */
const STATEMENTS_76 = [
    [28672, 'SELECT'],
    [28673, 'EXPLAIN'],
    [28674, 'PREPARE'],
    [28675, 'INFER'],
    [28676, 'INSERT'],
    [28677, 'UPSERT'],
    [28678, 'DELETE'],
    [28679, 'UPDATE'],
    [28680, 'MERGE'],
    [28681, 'CREATE INDEX'],
    [28682, 'DROP INDEX'],
    [28683, 'ALTER INDEX'],
    [28684, 'BUILD INDEX'],
    [28685, 'GRANT ROLE'],
    [28686, 'REVOKE ROLE'],
    [28687, 'UNRECOGNIZED'],
    [28688, 'CREATE PRIMARY INDEX'],
    [28706, 'CREATE FUNCTION'],
    [28707, 'DROP FUNCTION'],
    [28708, 'EXECUTE FUNCTION'],
    [28713, 'CREATE SCOPE'],
    [28714, 'DROP SCOPE'],
    [28715, 'CREATE COLLECTION'],
    [28716, 'DROP COLLECTION'],
    [28717, 'FLUSH COLLECTION'],
    [28718, 'UPDATE STATISTICS'],
    [28719, 'ADVISE'],
    [28720, 'START TRANSACTION'],
    [28721, 'COMMIT TRANSACTION'],
    [28722, 'ROLLBACK TRANSACTION'],
    [28723, 'ROLLBACK TRANSACTION TO SAVEPOINT'],
    [28724, 'SET TRANSACTION ISOLATION'],
    [28725, 'SAVEPOINT'],
    [28734, 'CREATE SEQUENCE'],
    [28735, 'ALTER SEQUENCE'],
    [28736, 'DROP SEQUENCE']
];
const STATEMENTS_80 = [
    ...STATEMENTS_76,
    [28738, 'CREATE USER'],
    [28739, 'ALTER USER'],
    [28740, 'DROP USER'],
    [28741, 'CREATE BUCKET'],
    [28742, 'ALTER BUCKET'],
    [28743, 'DROP BUCKET']
];
/** The statements the running version can audit: from its descriptors, else the table above. */
function statementEvents(facts) {
    if (facts.auditDescriptors.ok) {
        const events = facts.auditDescriptors.value
            .filter(d => d.module === 'n1ql' && / statement$/.test(d.name))
            .map(d => [d.id, d.name.replace(/ statement$/, '')]);
        if (events.length)
            return { events, source: 'its audit descriptors' };
    }
    return {
        events: facts.cluster.compat80 ? STATEMENTS_80 : STATEMENTS_76,
        source: `the ${facts.cluster.compat80 ? '8.0' : '7.6'} event list shipped with db-posture (the descriptors could not be read)`
    };
}
const named = (events) => events.map(([id, name]) => `${id} ${name}`).join(', ');
/**
 * Compliant: every SQL++ statement event of the running version is audited; they ship disabled
 * even when auditing is on. Other modules' filterable events still off are listed per module.
 */
/* harmony default export */ const query_audit = (defineCouchbaseCheck({
    meta: {
        id: 'cb/query-audit',
        title: 'SQL++ statement auditing',
        dimension: 'Audit Logging',
        family: 'audit-logging',
        description: 'Every SQL++ statement audit event of the running version (data, DDL, GRANT/REVOKE, functions, transactions, sequences; on 8.0 user and bucket DDL) is enabled.',
        rationale: 'SQL++ statement events that are disabled leave reads, writes and privilege changes through the query service unrecorded.',
        outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
        remediation: {
            text: 'Remove the SQL++ statement events from the disabled list (Security > Audit > Query and Index Service, or POST /settings/audit disabled=...): at least SELECT, INSERT, UPSERT, DELETE, UPDATE, MERGE, GRANT/REVOKE ROLE, the DDL, function and transaction statements, and on 8.0 CREATE/ALTER/DROP USER and BUCKET.',
            link: 'https://docs.couchbase.com/server/current/audit-event-reference/audit-event-reference.html'
        },
        frameworks: control_sets/* AUDIT_LOGGING_CONTROLS */.hu
    },
    evaluate(facts) {
        const audit = (0,core_facts/* need */.$B)(facts.audit);
        if (!audit.auditdEnabled) {
            return [
                (0,check/* fail */.fJ)((0,core_text/* msg */.ab) `Auditing is off, so no SQL++ statement (SELECT, INSERT, UPDATE, DELETE, ...) is audited.`)
            ];
        }
        const { events, source } = statementEvents(facts);
        const disabled = new Set(audit.disabled);
        const off = events.filter(([id]) => disabled.has(id));
        const findings = [];
        if (off.length === events.length) {
            findings.push((0,check/* fail */.fJ)((0,core_text/* msg */.ab) `All ${(0,core_text/* raw */.lS)(String(off.length))} SQL++ statement events (per ${(0,core_text/* raw */.lS)(source)}) are disabled, the default even with auditing on: no SELECT, INSERT, UPDATE, DELETE or GRANT is audited.`));
        }
        else if (off.length > 0) {
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(off.length))} of ${(0,core_text/* raw */.lS)(String(events.length))} SQL++ statement events (per ${(0,core_text/* raw */.lS)(source)}) are disabled: ${(0,core_text/* raw */.lS)(named(off))}.`));
        }
        else {
            findings.push((0,check/* pass */.IX)((0,core_text/* msg */.ab) `All ${(0,core_text/* raw */.lS)(String(events.length))} SQL++ statement events (per ${(0,core_text/* raw */.lS)(source)}) are audited.`));
        }
        // Every other filterable event still off, by module: for the reviewer, not a verdict.
        if (facts.auditDescriptors.ok) {
            const statementIds = new Set(events.map(([id]) => id));
            const byModule = new Map();
            for (const d of facts.auditDescriptors.value) {
                if (statementIds.has(d.id) || !disabled.has(d.id))
                    continue;
                byModule.set(d.module, [...(byModule.get(d.module) ?? []), d]);
            }
            for (const [module, ds] of [...byModule].sort(([a], [b]) => a.localeCompare(b))) {
                const shown = ds
                    .slice(0, 8)
                    .map(d => `${d.id} ${d.name}`)
                    .join(', ');
                findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `Module ${module}: ${(0,core_text/* raw */.lS)(String(ds.length))} filterable event${(0,core_text/* raw */.lS)(ds.length === 1 ? ' is' : 's are')} off (${shown}${(0,core_text/* raw */.lS)(ds.length > 8 ? ', ...' : '')}).`, `module:${module}`));
            }
        }
        return findings;
    }
}));
/** Every SQL++ statement event of 7.6 and 8.0 (id, name), for tools that read reports (detection coverage). */
const STATEMENT_EVENTS = [
    ...new Map([...STATEMENTS_76, ...STATEMENTS_80].map(e => [e[0], e])).values()
].sort((a, b) => a[0] - b[0]);

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/query-curl.ts




/**
 * Compliant: SQL++ CURL() may reach only the listed URLs (all_access false). With all_access
 * true a query_external_access user can make the query service fetch any URL (SSRF).
 */
/* harmony default export */ const query_curl = (defineCouchbaseCheck({
    meta: {
        id: 'cb/query-curl',
        title: 'SQL++ CURL() allowlist',
        dimension: 'Network Security',
        description: 'The query CURL() allowlist does not allow every URL (all_access false).',
        rationale: 'A CURL() allowlist open to every URL lets a query reach internal services and cloud metadata endpoints (server-side request forgery) or send data out.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'POST /settings/querySettings/curlAllowlist with all_access false and only the URLs queries need in allowed_urls; grant query_external_access sparingly.',
            link: 'https://docs.couchbase.com/server/current/n1ql/n1ql-language-reference/curl.html'
        },
        frameworks: { 'SOC 2': ['CC6.6'], 'ISO 27001': ['8.20'] }
    },
    evaluate(facts) {
        const c = (0,core_facts/* need */.$B)(facts.curlAllowlist);
        if (c.allAccess)
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `The CURL() allowlist has all_access true: SQL++ queries can fetch any URL the query nodes reach, internal services included.`)
            ];
        return [
            (0,check/* pass */.IX)(c.allowedUrls.length
                ? (0,core_text/* msg */.ab) `CURL() may reach only ${(0,core_text/* raw */.lS)(String(c.allowedUrls.length))} allowed URL prefix${(0,core_text/* raw */.lS)(c.allowedUrls.length === 1 ? '' : 'es')}: ${(0,core_text/* valueList */.Q0)(c.allowedUrls)}.`
                : (0,core_text/* msg */.ab) `CURL() may reach no URL (all_access false, no allowed URL).`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/couchbase/releases.ts
var couchbase_releases = __webpack_require__(7325);
;// CONCATENATED MODULE: ./src/engines/couchbase/checks/tls-version.ts






const STRONG = new Set(['tlsv1.2', 'tlsv1.3']);
/**
 * Compliant: the global and every per-service tlsMinVersion are TLS 1.2 or 1.3. From 7.6 on the
 * server refuses lower values and deletes stored ones on upgrade (ns_ssl_services_setup.erl
 * config_upgrade_to_76), so a FAIL is only possible on older releases. Community Edition leaves
 * the TLS keys out of the GET: it cannot set them and the built-in minimum TLS 1.2 applies.
 */
/* harmony default export */ const checks_tls_version = (defineCouchbaseCheck({
    meta: {
        id: 'cb/tls-version',
        title: 'Minimum TLS version',
        dimension: 'Encryption',
        description: 'tlsMinVersion is tlsv1.2 or tlsv1.3 globally and for every service that overrides it (xdcr included on 8.0).',
        rationale: 'TLS 1.0 and 1.1 have known weaknesses and lack modern ciphers, so connections that negotiate them can be downgraded or decrypted.',
        outcomes: ['PASS', 'FAIL'],
        remediation: {
            text: 'POST /settings/security tlsMinVersion=tlsv1.2 (and remove lower per-service overrides under /settings/security/<service>); upgrade to 7.6 or later, which refuses anything below TLS 1.2.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
        },
        frameworks: control_sets/* TRANSIT_CONTROLS */.lb
    },
    evaluate(facts) {
        const s = (0,core_facts/* need */.$B)(facts.security);
        if (facts.cluster.edition === 'community' && s.tlsMinVersion === null) {
            return [
                (0,check/* pass */.IX)((0,core_text/* msg */.ab) `Community Edition cannot set tlsMinVersion (the key is Enterprise only); the built-in minimum TLS 1.2 applies to every service.`)
            ];
        }
        const global = s.tlsMinVersion ?? 'tlsv1.2';
        const v = (0,couchbase_releases/* parseCouchbaseVersion */.Zq)(facts.cluster.version);
        const from76 = v !== null && (v.major > 7 || (v.major === 7 && v.minor >= 6));
        const findings = [];
        if (!STRONG.has(global))
            findings.push((0,check/* fail */.fJ)((0,core_text/* msg */.ab) `The cluster-wide tlsMinVersion is ${global}: TLS 1.0/1.1 are broken protocol versions${(0,core_text/* raw */.lS)(from76 ? ' (a 7.6+ node refuses this value: the cluster is mid-upgrade)' : '')}.`, 'global'));
        for (const [service, sv] of Object.entries(s.services)) {
            if (sv.tlsMinVersion && !STRONG.has(sv.tlsMinVersion)) {
                findings.push((0,check/* fail */.fJ)((0,core_text/* msg */.ab) `Service ${service} overrides tlsMinVersion to ${sv.tlsMinVersion}.`, service));
            }
        }
        if (findings.length)
            return findings;
        const overrides = Object.entries(s.services).filter(([, sv]) => sv.tlsMinVersion);
        return [
            (0,check/* pass */.IX)(overrides.length
                ? (0,core_text/* msg */.ab) `tlsMinVersion is ${global} cluster-wide; ${(0,core_text/* raw */.lS)(overrides.map(([k, sv]) => `${k} ${sv.tlsMinVersion}`).join(', '))}.`
                : (0,core_text/* msg */.ab) `tlsMinVersion is ${global} cluster-wide; no service overrides it.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/trusted-cas.ts






/**
 * Per trusted CA (EE): FAIL when expired or within 30 days of notAfter, WARN within 90 or when
 * the server itself warns (expires_soon, expired). Node certificates can be valid while their CA
 * is not. Community Edition has no trusted-CA store: N/A.
 */
/* harmony default export */ const trusted_cas = (defineCouchbaseCheck({
    meta: {
        id: 'cb/trusted-cas',
        title: 'Trusted CA expiry',
        dimension: 'Encryption',
        description: 'Every trusted CA certificate is valid for more than 90 days.',
        rationale: 'When a trusted CA expires, every certificate it signed stops validating and node or client connections fail; a renewal under time pressure invites mistakes.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Load the renewed CA (POST /node/controller/loadTrustedCAs on each node) and re-issue node and client certificates from it before the old CA expires; then remove the old CA.',
            link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-server-certificates.html'
        },
        frameworks: control_sets/* TRANSIT_CONTROLS */.lb
    },
    evaluate(facts, ctx) {
        const cas = (0,core_facts/* need */.$B)(facts.trustedCAs);
        const findings = [];
        for (const ca of cas) {
            const at = Date.parse(ca.notAfter);
            const what = (0,core_text/* msg */.ab) `Trusted CA ${ca.subject} (${ca.type})`;
            if (Number.isNaN(at)) {
                (0,core_facts/* need */.$B)((0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `Trusted CA ${ca.subject} reports an unreadable notAfter ${ca.notAfter}.`), ca.subject);
            }
            const serverWarns = ca.warnings.filter(w => w === 'expired' || w === 'expires_soon');
            const byExpiry = judgeCertificateExpiry(what, ca.notAfter, ctx.auditedAt, ca.subject);
            // The server's own expires_soon/expired warning (its threshold is configurable) never reads as PASS.
            if (byExpiry.status === 'PASS' && serverWarns.length)
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(byExpiry.detail)} The server warns ${(0,core_text/* raw */.lS)(serverWarns.join(', '))}.`, ca.subject));
            else
                findings.push(byExpiry);
        }
        if (findings.length === 0)
            findings.push((0,check/* pass */.IX)((0,core_text/* msg */.ab) `No trusted CA is loaded beyond none: nothing can expire.`));
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/ui-over-http.ts




/**
 * Compliant: the web console is not reachable over plain HTTP from other hosts. With
 * clusterEncryptionLevel strict, ns_server binds its non-TLS listener (8091) to loopback
 * (menelaus_web.erl get_addr, misc:disable_non_ssl_ports), whatever disableUIOverHttp says.
 */
/* harmony default export */ const ui_over_http = (defineCouchbaseCheck({
    meta: {
        id: 'cb/ui-over-http',
        title: 'Web console over HTTP',
        dimension: 'Network Security',
        description: 'disableUIOverHttp is true, or clusterEncryptionLevel strict binds port 8091 to loopback, so administrators log in over HTTPS only.',
        rationale: 'A web console reachable over HTTP lets administrators sign in with passwords and session cookies sent in clear.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'POST /settings/security disableUIOverHttp=true (the console stays on https://host:18091), or set clusterEncryptionLevel strict.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
        },
        frameworks: { 'PCI DSS': ['4'], 'SOC 2': ['CC6.7'], 'ISO 27001': ['8.20'] }
    },
    evaluate(facts) {
        const s = (0,core_facts/* need */.$B)(facts.security);
        if (s.disableUIOverHttp === true)
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `The web console is served over HTTPS only (disableUIOverHttp true).`)];
        if (s.clusterEncryptionLevel === 'strict') {
            return [
                (0,check/* pass */.IX)((0,core_text/* msg */.ab) `clusterEncryptionLevel is strict, so port 8091 listens on loopback only: other hosts reach the console over HTTPS only (disableUIOverHttp false matters only on the node itself).`)
            ];
        }
        return [
            (0,check/* warn */.R8)((0,core_text/* msg */.ab) `The web console is served over plain HTTP on port 8091 (disableUIOverHttp false): administrator passwords can cross the network unencrypted.`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/ui-session-timeout.ts





/** The longest idle console session taken as acceptable (PCI DSS 8.2.8 asks for 15 minutes). */
const MAX_SECONDS = 3600;
/** Compliant: the console logs idle sessions out within an hour. uiSessionTimeout is absent when unset. */
/* harmony default export */ const ui_session_timeout = (defineCouchbaseCheck({
    meta: {
        id: 'cb/ui-session-timeout',
        title: 'Console session timeout',
        dimension: 'Authentication & SSO',
        description: 'uiSessionTimeout is set to at most 3600 seconds, so idle console sessions end.',
        rationale: 'Console sessions that never time out stay usable on an unattended or shared machine and extend the life of a stolen session cookie.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'POST /settings/security uiSessionTimeout=900 (seconds; 60-1000000), or Security > Other Settings > Console idle timeout.',
            link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
        },
        frameworks: control_sets/* AUTHENTICATION_CONTROLS */.Ad
    },
    evaluate(facts) {
        const t = (0,core_facts/* need */.$B)(facts.security).uiSessionTimeout;
        if (t === null)
            return [(0,check/* warn */.R8)((0,core_text/* msg */.ab) `uiSessionTimeout is not set: an idle console session never times out.`)];
        if (t > MAX_SECONDS)
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `uiSessionTimeout is ${(0,core_text/* raw */.lS)(String(t))} s: idle console sessions last longer than ${(0,core_text/* raw */.lS)(String(MAX_SECONDS))} s.`)
            ];
        return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Idle console sessions end after ${(0,core_text/* raw */.lS)(String(t))} s (uiSessionTimeout).`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/version.ts




/** INFO version and edition; WARN when the release line is past its end of maintenance. */
/* harmony default export */ const checks_version = (defineCouchbaseCheck({
    meta: {
        id: 'cb/version',
        title: 'Couchbase Server version',
        dimension: 'Cluster Configuration',
        description: 'The release line is still maintained (per the release table shipped with db-posture).',
        rationale: 'A release line that is no longer maintained receives no security fixes, so known vulnerabilities stay open.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'Upgrade to a maintained release line (online upgrade node by node, or swap rebalance) and keep to its latest maintenance release.',
            link: 'https://docs.couchbase.com/server/current/install/upgrade.html'
        },
        // Patch management maps to no control in the framework table of policy.md.
        frameworks: {}
    },
    evaluate(facts, ctx) {
        const c = facts.cluster;
        const edition = c.edition === 'enterprise' ? 'Enterprise Edition' : 'Community Edition';
        const v = (0,couchbase_releases/* parseCouchbaseVersion */.Zq)(c.version);
        const asOf = facts.releases.asOf;
        if (!v)
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `Couchbase Server ${c.version} (${(0,core_text/* raw */.lS)(edition)}): the version cannot be parsed.`)];
        const versions = [
            ...new Set(c.nodes.map(n => (0,couchbase_releases/* parseCouchbaseVersion */.Zq)(n.version)?.release).filter(Boolean))
        ];
        const mixed = versions.length > 1 ? `; nodes run ${versions.join(', ')} (mixed-version cluster)` : '';
        const line = facts.releases.lines.find(l => l.line === v.line);
        const head = `Couchbase Server ${v.release} ${edition}${mixed}`;
        if (!line) {
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: the ${(0,core_text/* raw */.lS)(v.line)} line is not in the release table of ${(0,core_text/* raw */.lS)(asOf)}.`)];
        }
        const today = ctx.auditedAt.toISOString().slice(0, 10);
        if (line.endOfMaintenance < today) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: the ${(0,core_text/* raw */.lS)(v.line)} line left maintenance on ${(0,core_text/* raw */.lS)(line.endOfMaintenance)} (release table of ${(0,core_text/* raw */.lS)(asOf)}).`)
            ];
        }
        const behind = (0,couchbase_releases/* compareVersions */.Zy)(v.release, line.latest) < 0 ? `; ${line.latest} is the latest ${v.line} release` : '';
        return [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: maintained until ${(0,core_text/* raw */.lS)(line.endOfMaintenance)}${(0,core_text/* raw */.lS)(behind)} (release table of ${(0,core_text/* raw */.lS)(asOf)}).`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/couchbase/checks/index.ts






















/** Every cb/* check, sorted by id (the report groups them by dimension). */
const couchbaseChecks = [
    admin_users,
    audit_enabled,
    audit_exclusions,
    audit_rotation,
    ca_upload,
    certificates,
    client_cert_auth,
    checks_encryption_at_rest,
    external_auth,
    hsts,
    log_redaction,
    node_encryption,
    password_hash,
    checks_password_policy,
    plaintext_ports,
    query_audit,
    query_curl,
    checks_tls_version,
    trusted_cas,
    ui_over_http,
    ui_session_timeout,
    checks_version
];

;// CONCATENATED MODULE: ./src/engines/couchbase/observed.ts


/** What the cluster audits, for detection coverage: auditing on or off and every disabled event id. */
function observedCouchbase(facts) {
    if (!facts.audit.ok) {
        const reason = (0,core_facts/* explainMissing */.Ce)(facts.audit.reason, facts.audit.fix).text;
        return { settings: { 'audit.enabled': unknownValue(reason), 'audit.disabled': unknownValue(reason) } };
    }
    const a = facts.audit.value;
    const ids = [...a.disabled].sort((x, y) => x - y).map(String);
    return {
        settings: {
            'audit.enabled': known(a.auditdEnabled),
            'audit.disabled': known(ids.join(','), ids)
        }
    };
}

;// CONCATENATED MODULE: ./src/engines/couchbase/engine.ts


/** The Couchbase Server engine: a REST collector (GET only) and its checks. */
function couchbaseEngine() {
    return {
        id: 'couchbase',
        displayName: 'Couchbase Server',
        checks: couchbaseChecks,
        // The collector (and its client) load when an audit of this engine runs.
        collect: async (env) => (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(530)]).then(__webpack_require__.bind(__webpack_require__, 3530))).collectCouchbase(env),
        observed: observedCouchbase
    };
}

// EXTERNAL MODULE: ./src/sqlwire/endpoint.ts + 1 modules
var endpoint = __webpack_require__(3474);
// EXTERNAL MODULE: ./src/engines/cockroachdb/roles.ts
var cockroachdb_roles = __webpack_require__(482);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/define.ts
var cockroachdb_checks_define = __webpack_require__(982);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/admin-users.ts






/** Login members of admin, through nested roles, root included: 1-2 PASS, 3-5 WARN, 6+ FAIL. */
/* harmony default export */ const checks_admin_users = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/admin-users',
        title: 'Admin role members',
        dimension: 'Authorization',
        family: 'admin-count',
        description: 'At most two login users are members of admin, directly or through nested roles.',
        rationale: 'Every member of admin can read and change all data, grant itself anything and drop the cluster, so each extra member is one more credential whose theft is a full compromise.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'REVOKE admin FROM <user> (and from roles that carry it); give people narrower roles and system privileges; keep root for break-glass use.',
            link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authorization#admin-role'
        },
        frameworks: control_sets/* ADMIN_COUNT_CONTROLS */.Rp
    },
    evaluate(facts, ctx) {
        // NOSQLLOGIN, NOLOGIN and expired VALID UNTIL accounts cannot use SQL: they are not counted.
        const canLogin = (0,cockroachdb_roles/* sqlLoginFilter */.O$)(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
        const admins = (0,cockroachdb_roles/* adminMembers */.n)((0,core_facts/* need */.$B)(facts.users), canLogin);
        const labels = admins.map(a => (a.via ? `${a.name} (through ${a.via})` : a.name));
        const head = (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(admins.length))} login user${(0,core_text/* raw */.lS)(admins.length === 1 ? ' is a member' : 's are members')} of admin: ${(0,core_text/* valueList */.Q0)(labels)}`;
        return [judgeAdminCount(admins.length, head)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/api-keys.ts




/** A Cloud API key older than this should have been rotated. */
const MAX_AGE_DAYS = 90;
/** Cloud API keys (GET /api/v1/api-keys): WARN for each key created more than 90 days ago. */
/* harmony default export */ const api_keys = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/api-keys',
        title: 'Cloud API key age',
        dimension: 'Authentication & SSO',
        appliesTo: ['cloud'],
        description: `Every CockroachDB Cloud API key was created within the last ${MAX_AGE_DAYS} days.`,
        rationale: 'A Cloud API key is a bearer secret for a service account with no expiry of its own; the older it is, the more copies of it sit in CI variables, laptops and logs, and the longer a leaked one keeps working.',
        verify: 'Who uses each listed key, and whether it can be rotated without an outage.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'Create a new key for the service account, switch its users over, then delete the old key (Cloud Console > Organization > Access Management > Service Accounts).',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/managing-access#api-access'
        },
        frameworks: { 'SOC 2': ['CC6.1'], 'PCI DSS': ['8'], 'ISO 27001': ['5.17'] }
    },
    evaluate(facts, ctx) {
        const keys = (0,core_facts/* need */.$B)(facts.cloud.apiKeys);
        const cutoff = ctx.auditedAt.getTime() - MAX_AGE_DAYS * 86_400_000;
        const findings = [];
        for (const k of keys) {
            const created = Date.parse(k.createdAt);
            if (!Number.isFinite(created) || created < cutoff) {
                const age = Number.isFinite(created)
                    ? `${Math.floor((ctx.auditedAt.getTime() - created) / 86_400_000)} days ago`
                    : 'at an unknown time';
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `API key ${k.name} (service account ${k.serviceAccountId}) was created ${(0,core_text/* raw */.lS)(age)}: rotate it.`, k.id));
            }
        }
        if (findings.length)
            return findings;
        return [
            (0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* plural */.LS)(keys.length, 'API key'))}, each created within the last ${(0,core_text/* raw */.lS)(String(MAX_AGE_DAYS))} days.`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/audit-logging.ts
var audit_logging = __webpack_require__(9130);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/backup-schedules.ts





/** A run that should have started more than this long ago is overdue. */
const OVERDUE_MS = 24 * 3600 * 1000;
/**
 * Self-hosted: FAIL without a backup schedule; WARN for paused, failing or overdue schedules. Cloud:
 * INFO (managed backups exist). Never prints the storage URI's credentials (the collector removes them).
 */
/* harmony default export */ const backup_schedules = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/backup-schedules',
        title: 'Backup schedules',
        dimension: 'Backup & Recovery',
        family: 'backups',
        description: 'An active backup schedule exists, is not paused or failing, and runs on time.',
        rationale: 'Without a backup schedule that runs and succeeds, data lost to a bad migration, deletion or ransomware cannot be restored, and paused or failing schedules give that false comfort silently.',
        verify: 'That the backup destination holds recent backups and that a restore has been tested.',
        outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
        remediation: {
            text: "CREATE SCHEDULE ... FOR BACKUP INTO 's3://...?AUTH=implicit' RECURRING '@hourly' FULL BACKUP '@daily' WITH SCHEDULE OPTIONS first_run = 'now'; RESUME paused schedules and fix failing ones.",
            link: 'https://www.cockroachlabs.com/docs/stable/create-schedule-for-backup'
        },
        frameworks: control_sets/* BACKUP_CONTROLS */.AA
    },
    evaluate(facts, ctx) {
        const schedules = (0,core_facts/* need */.$B)(facts.schedules).filter(s => s.isBackup);
        if (ctx.deployment === 'cloud') {
            return [
                (0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* plural */.LS)(schedules.length, 'self-managed backup schedule'))}; CockroachDB Cloud also takes managed backups (see crdb/managed-backups).`)
            ];
        }
        if (schedules.length === 0)
            return [(0,check/* fail */.fJ)((0,core_text/* msg */.ab) `No backup schedule exists: the cluster is not backed up by CockroachDB.`)];
        const findings = [];
        for (const s of schedules) {
            const label = (0,core_text/* msg */.ab) `Schedule ${s.label} (${(0,core_text/* raw */.lS)(s.recurrence)})`;
            const job = s.lastJob;
            if (s.status === 'PAUSED' && s.state && /^Waiting for initial backup to complete$/i.test(s.state))
                findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} waits for its full backup's first run (${s.state}).`, s.label));
            else if (s.status === 'PAUSED')
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} is paused${(0,core_text/* raw */.lS)(s.state ? `: ${s.state}` : '')}.`, s.label));
            else if (job && /^(failed|canceled|reverting)$/i.test(job.status))
                // ACTIVE with on_execution_failure = RETRY_SCHED keeps a failing schedule running.
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} is active but its last run (${(0,core_text/* raw */.lS)(job.created.slice(0, 16).replace('T', ' '))}) ended ${(0,core_text/* raw */.lS)(job.status)}${(0,core_text/* raw */.lS)(job.error ? `: ${job.error}` : '')}.`, s.label));
            else if (s.state && /error|fail/i.test(s.state))
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} reports ${s.state}.`, s.label));
            else if (s.nextRun && Date.parse(s.nextRun) < ctx.auditedAt.getTime() - OVERDUE_MS) {
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} should have run on ${(0,core_text/* raw */.lS)(s.nextRun.slice(0, 16).replace('T', ' '))} and has not.`, s.label));
            }
            else
                findings.push((0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(label)} is active; next run ${(0,core_text/* raw */.lS)(s.nextRun ? s.nextRun.slice(0, 16).replace('T', ' ') : 'unknown')}; ${(0,core_text/* raw */.lS)(job
                    ? `last run ${job.created.slice(0, 16).replace('T', ' ')} ${job.status}`
                    : job === null
                        ? 'no run is visible (none yet, or the auditor lacks VIEWJOB)'
                        : 'its runs could not be read')}.`, s.label));
        }
        return findings;
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/hba.ts
var cockroachdb_hba = __webpack_require__(6334);
// EXTERNAL MODULE: ./src/engines/cockroachdb/settings.ts
var cockroachdb_settings = __webpack_require__(7862);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/hba.ts
var checks_hba = __webpack_require__(3576);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/client-certificates.ts








/**
 * Certificate logins (HBA methods cert, cert-password, cert-scram-sha-256; the built-in root rule
 * and the default configuration use cert-password): revocation checking (security.ocsp.mode,
 * default off) and the subject / SAN requirements (security.client_cert.subject_required.enabled,
 * .san_required.enabled from v26.2).
 */
/* harmony default export */ const client_certificates = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/client-certificates',
        title: 'Client certificate checks',
        dimension: 'Authentication & SSO',
        appliesTo: ['self-hosted'],
        description: 'Certificate logins check revocation (security.ocsp.mode strict) and require a certificate subject or SAN mapping.',
        rationale: 'Without revocation checks a revoked or stolen client certificate keeps logging in until it expires, and without a subject mapping any certificate the CA ever signed can claim a SQL user by its common name.',
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: "SET CLUSTER SETTING security.ocsp.mode = 'strict'; SET CLUSTER SETTING security.client_cert.subject_required.enabled = true; (and security.client_cert.san_required.enabled on v26.2+), then set SUBJECT role options.",
            link: 'https://www.cockroachlabs.com/docs/stable/manage-certs-revoke-ocsp'
        },
        frameworks: control_sets/* AUTHENTICATION_CONTROLS */.Ad
    },
    evaluate(facts) {
        // The built-in root rule (cert-password) always allows certificate logins.
        const hba = (0,cockroachdb_settings/* settingIfKnown */.JJ)(facts, checks_hba/* HBA_SETTING */.L);
        const parsed = hba ? (0,cockroachdb_hba/* parseCrdbHba */.UB)(hba) : undefined;
        const methods = parsed?.ok
            ? [...new Set(parsed.rules.map(r => r.method).filter(m => m.startsWith('cert')))]
            : [];
        const mode = (0,core_facts/* need */.$B)(facts.settings['security.ocsp.mode']).toLowerCase();
        const subject = (0,cockroachdb_settings/* isTrue */.Hn)((0,cockroachdb_settings/* settingIfKnown */.JJ)(facts, 'security.client_cert.subject_required.enabled'));
        const san = (0,cockroachdb_settings/* isTrue */.Hn)((0,cockroachdb_settings/* settingIfKnown */.JJ)(facts, 'security.client_cert.san_required.enabled'));
        const used = `certificate logins (${methods.length ? methods.join(', ') : 'cert-password in the built-in root rule'})`;
        const findings = [];
        if (mode === 'strict')
            findings.push((0,check/* pass */.IX)((0,core_text/* msg */.ab) `security.ocsp.mode is strict: revoked client certificates are refused for ${(0,core_text/* raw */.lS)(used)}.`));
        else if (mode === 'lax')
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `security.ocsp.mode is lax: a certificate whose OCSP responder cannot be reached is still accepted for ${(0,core_text/* raw */.lS)(used)}.`));
        else
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `security.ocsp.mode is ${(0,core_text/* raw */.lS)(mode)}: revoked client certificates keep working for ${(0,core_text/* raw */.lS)(used)}.`));
        findings.push((0,check/* info */.pq)((0,core_text/* msg */.ab) `Certificate subject required: ${(0,core_text/* raw */.lS)(subject ? 'yes' : 'no')}; SAN required: ${(0,core_text/* raw */.lS)(san ? 'yes' : (0,cockroachdb_settings/* settingIfKnown */.JJ)(facts, 'security.client_cert.san_required.enabled') === undefined ? 'unknown (v26.2+ setting)' : 'no')}.`));
        return findings;
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/cmek.ts
var cmek = __webpack_require__(2077);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/console-admins.ts





const ADMIN_ROLES = new Set(['ORG_ADMIN', 'CLUSTER_ADMIN']);
/** Cloud Console users holding ORG_ADMIN or CLUSTER_ADMIN (GET /api/v1/roles): 1-2 / 3-5 / 6+. */
/* harmony default export */ const console_admins = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/console-admins',
        title: 'Cloud Console administrators',
        dimension: 'Authorization',
        family: 'admin-count',
        appliesTo: ['cloud'],
        description: 'At most two Cloud Console users hold ORG_ADMIN or CLUSTER_ADMIN.',
        rationale: 'ORG_ADMIN and CLUSTER_ADMIN can change network access, users and backups and delete clusters, so every extra holder is another Console account whose compromise controls the data.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Give people CLUSTER_DEVELOPER or CLUSTER_OPERATOR_WRITER instead of ORG_ADMIN / CLUSTER_ADMIN in the Cloud Console (Access Management), keeping two administrators.',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/authorization'
        },
        frameworks: control_sets/* PRIVILEGED_ACCESS_CONTROLS */.WZ
    },
    evaluate(facts) {
        const grants = (0,core_facts/* need */.$B)(facts.cloud.consoleRoles);
        const admins = grants
            .filter(g => g.roles.some(r => ADMIN_ROLES.has(r.name)))
            .map(g => `${g.userId} (${[...new Set(g.roles.filter(r => ADMIN_ROLES.has(r.name)).map(r => r.name))].join(', ')})`)
            .sort();
        const head = (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(admins.length))} Cloud Console user${(0,core_text/* raw */.lS)(admins.length === 1 ? ' holds' : 's hold')} ORG_ADMIN or CLUSTER_ADMIN: ${(0,core_text/* valueList */.Q0)(admins)}`;
        return [judgeAdminCount(admins.length, head)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/attested.ts


/**
 * Shared by checks that no API can answer (Console SSO, SCIM): UNKNOWN until a person attests the
 * state in the baseline file; an expired attestation is UNKNOWN again. `id` only names the check
 * in the message: the lookup is bound to the running check.
 */
function fromAttestation(id, ctx, what, missing) {
    const a = ctx.attestation();
    if (a.state === 'none')
        return [
            (0,check/* unknown */.L5)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(missing)} Fix: attest it in the baseline file (attestations, check ${(0,core_text/* raw */.lS)(id)}).`)
        ];
    const at = a.attestation;
    const by = (0,core_text/* msg */.ab) `attested by ${at.attestedBy} (${at.evidence}), valid until ${(0,core_text/* raw */.lS)(at.expires)}`;
    if (a.state === 'expired')
        return [
            (0,check/* unknown */.L5)((0,core_text/* msg */.ab) `The attestation expired: ${(0,core_text/* raw */.lS)(by)}. Fix: re-verify and renew it in the baseline file.`)
        ];
    switch (at.status) {
        case 'PASS':
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what.PASS)}, ${(0,core_text/* raw */.lS)(by)}.`)];
        case 'WARN':
            return [(0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what.WARN)}, ${(0,core_text/* raw */.lS)(by)}.`)];
        case 'FAIL':
            return [(0,check/* fail */.fJ)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what.FAIL)}, ${(0,core_text/* raw */.lS)(by)}.`)];
        default:
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `Attested ${(0,core_text/* raw */.lS)(at.status)}, ${(0,core_text/* raw */.lS)(by)}.`)];
    }
}

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/console-sso.ts



const console_sso_ID = 'crdb/console-sso';
/** Cloud Console single sign-on: no API exposes it, so only an attestation settles it. */
/* harmony default export */ const console_sso = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/console-sso',
        attestable: true,
        title: 'Cloud Console SSO',
        dimension: 'Authentication & SSO',
        family: 'sso',
        appliesTo: ['cloud'],
        description: 'Cloud Console sign-in goes through the organization SSO (SAML/OIDC) and is enforced for every member.',
        rationale: "Console members who sign in with local passwords escape the identity provider's MFA, offboarding and session policy, so a leaver or a phished password keeps control-plane access.",
        verify: 'In the Cloud Console, Organization > Authentication: SSO configured and required for all members; attach a screenshot or the audit log entry as evidence.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Configure Cloud Organization SSO (Organization > Authentication), require it for all members, then record an attestation in the baseline file with the evidence.',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/configure-cloud-org-sso'
        },
        frameworks: {
            'SOC 2': ['CC6.1', 'CC6.2'],
            'ISO 27001': ['5.15', '8.5'],
            HIPAA: ['164.312(d)'],
            'PCI DSS': ['8']
        }
    },
    evaluate(_facts, ctx) {
        return fromAttestation(console_sso_ID, ctx, {
            PASS: 'Console SSO is enforced',
            WARN: 'Console SSO is enabled but not enforced',
            FAIL: 'Console SSO is not configured'
        }, (0,core_text/* msg */.ab) `No Cloud API exposes the Console SSO configuration.`);
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/crypto-posture.ts





/** INFO only: what the SQL port negotiates, the server key, and --tls-cipher-suites when set. */
/* harmony default export */ const checks_crypto_posture = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/crypto-posture',
        title: 'Cryptographic posture',
        dimension: 'Encryption',
        description: 'TLS 1.3 with AEAD ciphers, a strong server key and, where available, a post-quantum hybrid key exchange.',
        rationale: 'Older TLS versions, non-AEAD ciphers and weak server keys lower the cost of decrypting or tampering with captured traffic, and classical-only key exchange lets recorded sessions be decrypted later.',
        outcomes: ['INFO'],
        remediation: {
            text: 'Keep TLS 1.3, RSA-2048+/ECDSA P-256+ node keys, and restrict suites with cockroach start --tls-cipher-suites (v25.2+) when policy asks.',
            link: 'https://www.cockroachlabs.com/docs/stable/authentication#supported-cipher-suites'
        },
        frameworks: { 'ISO 27001': ['8.24'], 'PCI DSS': ['4'] }
    },
    evaluate(facts, ctx) {
        const tls = (0,core_facts/* need */.$B)(facts.tls);
        if (!tls.offered)
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `The SQL port offers no TLS (see crdb/tls).`)];
        const leaf = tls.chain[0];
        const key = leaf
            ? `${leaf.keyType}${leaf.curve ? ` ${leaf.curve}` : leaf.keyBits ? ` ${leaf.keyBits} bits` : ''}`
            : 'unknown';
        const pq = tls.postQuantumHybrid === 'untested'
            ? `${tls_probe/* PQ_HYBRID_GROUP */.jJ} not tested${tls.postQuantumNote ? ` (${tls.postQuantumNote})` : ''}`
            : `${tls_probe/* PQ_HYBRID_GROUP */.jJ} ${tls.postQuantumHybrid}`;
        const suites = facts.nodeArgs.ok
            ? facts.nodeArgs.value.flatMap(n => n.args.filter(a => a.startsWith('--tls-cipher-suites')))
            : [];
        const suiteText = ctx.deployment === 'cloud'
            ? ''
            : !facts.nodeArgs.ok
                ? '; cipher-suite flags unknown (node command lines unreadable)'
                : suites.length
                    ? `; ${[...new Set(suites)].join(' ')}`
                    : '; no --tls-cipher-suites (CockroachDB defaults)';
        return [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `Negotiated ${(0,core_text/* raw */.lS)(tls.protocol ?? '?')} with ${(0,core_text/* raw */.lS)(tls.cipher ?? '?')}, key exchange ${(0,core_text/* raw */.lS)(tls.group ?? '?')}; ${(0,core_text/* raw */.lS)(pq)}; server key ${(0,core_text/* raw */.lS)(key)}${(0,core_text/* raw */.lS)(suiteText)}.`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/database-sso.ts
var database_sso = __webpack_require__(6638);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/db-console-sessions.ts






/** Longest DB Console session the check accepts without a finding (the default is 168 hours). */
const MAX_HOURS = 12;
/** `168:00:00`, `168h0m0s`, `12h`, `30m`, `1 day` -> hours; NaN when not a duration. */
function durationHours(v) {
    const t = v.trim();
    let m = /^(?:(\d+) days? )?(\d+):(\d\d):(\d\d(?:\.\d+)?)$/.exec(t);
    if (m)
        return Number(m[1] ?? 0) * 24 + Number(m[2]) + Number(m[3]) / 60 + Number(m[4]) / 3600;
    m = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(t);
    if (m && t !== '')
        return Number(m[1] ?? 0) + Number(m[2] ?? 0) / 60 + Number(m[3] ?? 0) / 3600;
    return Number.NaN;
}
/** DB Console sessions: lifetime (server.web_session.timeout) and HSTS (server.hsts.enabled). */
/* harmony default export */ const db_console_sessions = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/db-console-sessions',
        title: 'DB Console sessions',
        dimension: 'Authentication & SSO',
        appliesTo: ['self-hosted'],
        description: `DB Console sessions last at most ${MAX_HOURS} hours and the console sends HSTS.`,
        rationale: 'Long-lived DB Console sessions widen the window in which a stolen session cookie works, and without HSTS a browser can be downgraded to plain HTTP and leak it.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: "SET CLUSTER SETTING server.web_session.timeout = '12h'; SET CLUSTER SETTING server.hsts.enabled = true;",
            link: 'https://www.cockroachlabs.com/docs/stable/cluster-settings'
        },
        frameworks: control_sets/* AUTHENTICATION_CONTROLS */.Ad
    },
    evaluate(facts) {
        const raw_ = (0,core_facts/* need */.$B)(facts.settings['server.web_session.timeout']);
        const hours = durationHours(raw_);
        const hsts = (0,cockroachdb_settings/* isTrue */.Hn)((0,core_facts/* need */.$B)(facts.settings['server.hsts.enabled']));
        const findings = [];
        if (!Number.isFinite(hours))
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `server.web_session.timeout reads ${raw_}, which is not a duration this check understands.`));
        else if (hours > MAX_HOURS)
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `server.web_session.timeout is ${(0,core_text/* raw */.lS)(raw_)} (${(0,core_text/* raw */.lS)(String(Math.round(hours)))} hours${(0,core_text/* raw */.lS)(hours === 168 ? ', the default' : '')}): a stolen DB Console cookie stays valid that long.`));
        if (!hsts)
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `server.hsts.enabled is off: browsers may reach the DB Console over plain HTTP first.`));
        if (findings.length)
            return findings;
        return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `DB Console sessions last ${(0,core_text/* raw */.lS)(raw_)} and HSTS is on.`)];
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/delete-protection.ts
var delete_protection = __webpack_require__(8980);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/egress-policy.ts





/**
 * GET /api/v1/clusters/{id} egress_traffic_policy: DEFAULT_DENY PASS; ALLOW_ALL WARN (backups,
 * changefeeds and exports may reach any destination); others INFO. Advanced only.
 */
/* harmony default export */ const egress_policy = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/egress-policy',
        title: 'Egress traffic policy',
        dimension: 'Network Security',
        appliesTo: ['cloud'],
        description: 'Advanced clusters deny outbound traffic by default and allow only listed destinations.',
        rationale: 'With outbound traffic open, a compromised account can copy data out through BACKUP, EXPORT or changefeeds to any destination it chooses.',
        outcomes: ['PASS', 'WARN', 'INFO'],
        remediation: {
            text: 'Set the egress traffic policy to DEFAULT_DENY and add egress rules for the backup, changefeed and export destinations you use.',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/egress-perimeter-controls'
        },
        frameworks: control_sets/* NETWORK_BOUNDARY_CONTROLS */.r
    },
    evaluate(facts) {
        const cluster = (0,core_facts/* need */.$B)(facts.cloud.cluster);
        if (cluster.plan !== 'ADVANCED')
            return [
                (0,check/* info */.pq)((0,core_text/* msg */.ab) `Egress perimeter controls need the Advanced plan; this cluster is ${(0,core_text/* raw */.lS)(cluster.plan)}.`)
            ];
        const p = cluster.egressTrafficPolicy;
        if (!p)
            (0,core_facts/* need */.$B)((0,core_facts/* unavailable */.hU)('The Cloud API did not return egress_traffic_policy for this cluster.'));
        if (p === 'DEFAULT_DENY')
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `Egress traffic policy is DEFAULT_DENY: only listed destinations are reachable.`)];
        if (p === 'ALLOW_ALL')
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `Egress traffic policy is ALLOW_ALL: backups, changefeeds and exports may send data to any destination (inferred from the policy's meaning).`)
            ];
        return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `Egress traffic policy is ${(0,core_text/* raw */.lS)(p)}.`)];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/encryption-at-rest.ts





/**
 * Every store encrypted (kv_store_status properties.encrypted, or --enterprise-encryption on every
 * node). "Not enabled" is a WARN with condition `not-enabled`: the policy raises it to FAIL for
 * PII/PHI or financial data.
 */
/* harmony default export */ const cockroachdb_checks_encryption_at_rest = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/encryption-at-rest',
        title: 'Encryption at rest',
        dimension: 'Encryption',
        family: 'encryption-at-rest',
        appliesTo: ['self-hosted'],
        description: 'Every node runs Enterprise encryption at rest (--enterprise-encryption) with a real key, not key=plain.',
        rationale: 'Without encryption at rest, anyone who gets a disk, snapshot or store directory reads the data directly, bypassing every database permission.',
        verify: "When the volumes are encrypted instead: the disk or volume encryption of every node's store, the evidence for a waiver of this finding.",
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: 'Start every node with --enterprise-encryption=path=<store>,key=<aes key file>,old-key=plain and rotate keys with rotation-period; or encrypt the volumes and waive this finding in the baseline with that evidence (no API shows volume encryption).',
            link: 'https://www.cockroachlabs.com/docs/stable/encryption'
        },
        frameworks: control_sets/* AT_REST_CONTROLS */.Q2
    },
    evaluate(facts) {
        // properties.encrypted is true whenever an encryption environment exists, key=plain included
        // (pkg/storage computeStoreProperties), so the key type must come from the node command lines.
        const nodes = (0,core_facts/* need */.$B)(facts.nodeArgs);
        const stores = facts.stores.ok ? facts.stores.value : undefined;
        const plain = [];
        const without = [];
        for (const n of nodes) {
            const specs = encryptionSpecs(n.args);
            if (specs.length === 0)
                without.push(`n${n.nodeId}`);
            else if (specs.some(s => (s.key ?? '').toLowerCase() === 'plain' || s.key === undefined))
                plain.push(`n${n.nodeId}`);
        }
        const unencryptedStores = (stores ?? [])
            .filter(s => s.encrypted === false)
            .map(s => `n${s.nodeId}/s${s.storeId}`);
        const findings = [];
        if (plain.length)
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Nodes ${(0,core_text/* raw */.lS)(plain.join(', '))} run --enterprise-encryption with key=plain (or no key): their stores are written in plaintext although kv_store_status reports encrypted = true.`, undefined, 'not-enabled'));
        if (without.length)
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Nodes ${(0,core_text/* raw */.lS)(without.join(', '))} start without --enterprise-encryption: their stores are not encrypted by CockroachDB.`, undefined, 'not-enabled'));
        if (unencryptedStores.length && !findings.length)
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Stores ${(0,core_text/* raw */.lS)(unencryptedStores.join(', '))} report encrypted = false.`, undefined, 'not-enabled'));
        if (findings.length)
            return findings;
        if (nodes.length === 0)
            (0,core_facts/* need */.$B)(facts.stores);
        return [
            (0,check/* pass */.IX)((0,core_text/* msg */.ab) `Every node (${(0,core_text/* raw */.lS)(String(nodes.length))}) starts with --enterprise-encryption and an AES key (not key=plain)${(0,core_text/* raw */.lS)(stores ? `; ${stores.length === 1 ? '1 store reports' : `${stores.length} stores report`} encrypted = true` : '')}.`)
        ];
    }
}));
/** The path=/key= specs of every --enterprise-encryption flag (`--flag=spec` or `--flag spec`). */
function encryptionSpecs(args) {
    const out = [];
    args.forEach((a, i) => {
        let spec;
        if (a.startsWith('--enterprise-encryption='))
            spec = a.slice('--enterprise-encryption='.length);
        else if (a === '--enterprise-encryption')
            spec = args[i + 1];
        if (spec === undefined)
            return;
        const fields = Object.fromEntries(spec.split(',').map(kv => {
            const eq = kv.indexOf('=');
            return eq < 0 ? [kv, ''] : [kv.slice(0, eq).trim(), kv.slice(eq + 1).trim()];
        }));
        out.push({
            ...(fields.path !== undefined ? { path: fields.path } : {}),
            ...(fields.key !== undefined ? { key: fields.key } : {})
        });
    });
    return out;
}

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/identity-map.ts
var identity_map = __webpack_require__(4468);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/ip-allowlist.ts
var ip_allowlist = __webpack_require__(7340);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/ldap.ts
var ldap = __webpack_require__(6028);
// EXTERNAL MODULE: ./src/engines/cockroachdb/license.ts
var license = __webpack_require__(524);
// EXTERNAL MODULE: ./src/engines/cockroachdb/releases.ts
var cockroachdb_releases = __webpack_require__(4409);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/license.ts







/**
 * The enterprise licence, decoded locally (never printed). v24.3+ switches nothing off but
 * throttles connections without a valid licence past the 7-day grace period
 * (pkg/ccl/utilccl/license_check.go, newest); before v24.3 an invalid licence (expired, other
 * organization or cluster: License.Check) turns enterprise features such as role-based audit
 * logging off.
 */
/* harmony default export */ const checks_license = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/license',
        title: 'Enterprise licence',
        dimension: 'Cluster Configuration',
        appliesTo: ['self-hosted'],
        description: 'A valid enterprise licence for this cluster is installed.',
        rationale: 'Before v24.3 an invalid licence switches enterprise features such as role-based audit logging off while they still look configured; from v24.3 on the cluster throttles connections once the grace period ends.',
        outcomes: ['PASS', 'WARN'],
        remediation: {
            text: "SET CLUSTER SETTING enterprise.license = '<key>'; with a licence for this organization (cluster.organization) that has not expired.",
            link: 'https://www.cockroachlabs.com/docs/stable/licensing-faqs'
        },
        frameworks: {}
    },
    evaluate(facts, ctx) {
        const lic = (0,core_facts/* need */.$B)(facts.license);
        const era = (0,cockroachdb_releases/* crdbEra */.Y3)(facts.version.ok ? facts.version.value.tag : undefined);
        const effect = era.licenceGated === false
            ? 'connections are throttled once the 7-day grace period is over'
            : 'enterprise features such as role-based audit logging are switched off';
        const r = (0,license/* cclLicenceAccepted */.t)(lic, ctx.auditedAt, facts.clusterId, (0,cockroachdb_settings/* settingIfKnown */.JJ)(facts, 'cluster.organization'));
        if (r.accepted === true) {
            const until = lic.validUntil ? `runs until ${lic.validUntil.slice(0, 10)}` : 'has no end date';
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `The installed ${(0,core_text/* raw */.lS)(lic.type ?? '')} licence ${(0,core_text/* raw */.lS)(until)}: ${(0,core_text/* raw */.lS)(r.why)}.`)];
        }
        return [
            (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(r.why.charAt(0).toUpperCase() + r.why.slice(1))}${(0,core_text/* raw */.lS)(r.accepted === 'maybe' ? '' : `: ${effect}`)}.`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/log-export.ts
var log_export = __webpack_require__(7398);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/managed-backups.ts
var managed_backups = __webpack_require__(2966);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/password-hashing.ts
var password_hashing = __webpack_require__(2969);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/password-policy.ts
var cockroachdb_checks_password_policy = __webpack_require__(6307);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/private-endpoints.ts
var private_endpoints = __webpack_require__(8609);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/public-privileges.ts
var public_privileges = __webpack_require__(177);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/scim.ts



const scim_ID = 'crdb/scim';
/** SCIM provisioning from the identity provider: attestation only (no read API). */
/* harmony default export */ const scim = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/scim',
        attestable: true,
        title: 'SCIM provisioning',
        dimension: 'Authentication & SSO',
        family: 'scim',
        appliesTo: ['cloud'],
        description: 'Cloud organization members are provisioned and deprovisioned by the identity provider over SCIM 2.0.',
        rationale: 'Without SCIM, people who leave or change teams keep their Cloud organization membership until someone removes them by hand, and access reviews drift from the directory.',
        verify: 'In the identity provider: SCIM provisioning to CockroachDB Cloud enabled, with the last successful sync; attach it as evidence.',
        outcomes: ['PASS', 'FAIL'],
        remediation: {
            text: 'Enable SCIM provisioning with an ORG_ADMIN service account token in your identity provider, then record an attestation in the baseline file.',
            link: 'https://www.cockroachlabs.com/docs/cockroachcloud/configure-scim-provisioning'
        },
        frameworks: { 'SOC 2': ['CC6.2', 'CC6.3'], 'ISO 27001': ['5.15'] }
    },
    evaluate(_facts, ctx) {
        return fromAttestation(scim_ID, ctx, {
            PASS: 'SCIM provisioning is enabled and connected',
            WARN: 'SCIM provisioning is partly set up',
            FAIL: 'SCIM provisioning is not set up'
        }, (0,core_text/* msg */.ab) `No Cloud API exposes whether SCIM provisioning is connected.`);
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/sensitive-redaction.ts
var sensitive_redaction = __webpack_require__(7801);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/session-logging.ts
var session_logging = __webpack_require__(9457);
// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/session-revival-token.ts
var session_revival_token = __webpack_require__(4187);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/system-privileges.ts






/**
 * Privileges that give cluster-wide control, reach outside the cluster or expose other users'
 * secrets and SQL (reference 2.4): held as a system privilege or as a role option alike.
 */
const POWERFUL = new Set([
    'ALL',
    'MODIFYCLUSTERSETTING',
    'MODIFYSQLCLUSTERSETTING',
    'CREATEROLE',
    'CREATELOGIN',
    'EXTERNALIOIMPLICITACCESS',
    'REPAIRCLUSTER',
    'REPAIRCLUSTERMETADATA',
    'MANAGEVIRTUALCLUSTER',
    'BACKUP',
    'RESTORE',
    'VIEWSYSTEMTABLE',
    'VIEWACTIVITY',
    'VIEWDEBUG',
    'REPLICATION',
    'BYPASSRLS',
    'CONTROLJOB'
]);
/** What the least-privilege audit login is told to hold (README): not findings on that login. */
const AUDITOR_READS = new Set(['VIEWCLUSTERSETTING', 'VIEWCLUSTERMETADATA', 'VIEWSYSTEMTABLE', 'VIEWJOB']);
/** Role options that are privileges (pkg/sql/roleoption): CockroachDB honours them like system grants. */
const PRIVILEGE_OPTIONS = new Set([
    'CREATEROLE',
    'CREATELOGIN',
    'CREATEDB',
    'CONTROLJOB',
    'CONTROLCHANGEFEED',
    'VIEWACTIVITY',
    'VIEWACTIVITYREDACTED',
    'CANCELQUERY',
    'MODIFYCLUSTERSETTING',
    'MODIFYSQLCLUSTERSETTING',
    'VIEWCLUSTERSETTING',
    'VIEWCLUSTERMETADATA',
    'VIEWDEBUG',
    'REPLICATION',
    'BYPASSRLS'
]);
/**
 * WARN for non-admin holders of a powerful privilege, whether SHOW SYSTEM GRANTS lists it or SHOW
 * USERS shows it as a role option (SHOW SYSTEM GRANTS lists neither role options nor inherited
 * grants); a role's holding is reported with the login users who inherit it. INFO otherwise.
 */
/* harmony default export */ const system_privileges = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/system-privileges',
        title: 'System privileges',
        dimension: 'Authorization',
        description: 'Powerful system privileges and privilege-granting role options are held only by members of admin.',
        rationale: 'System privileges and role options held outside admin (CREATEROLE, MODIFYCLUSTERSETTING and the like) let those users raise their own access or weaken cluster security without being administrators on paper.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'REVOKE SYSTEM <privilege> FROM <grantee>; or ALTER ROLE <name> WITH NO<OPTION>; grant VIEWCLUSTERSETTING / VIEWCLUSTERMETADATA / VIEWACTIVITYREDACTED for read-only needs instead.',
            link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authorization#supported-privileges'
        },
        frameworks: control_sets/* PRIVILEGED_ACCESS_CONTROLS */.WZ
    },
    evaluate(facts, ctx) {
        const grants = (0,core_facts/* need */.$B)(facts.systemGrants);
        const users = (0,core_facts/* need */.$B)(facts.users);
        const canLogin = (0,cockroachdb_roles/* sqlLoginFilter */.O$)(ctx.auditedAt, grants);
        const admins = new Set(['admin', 'root', ...(0,cockroachdb_roles/* adminMembers */.n)(users, canLogin).map(a => a.name)]);
        const held = [
            ...grants.map(g => ({
                holder: g.grantee,
                privilege: g.privilege,
                grantable: g.grantable,
                source: 'system privilege'
            })),
            ...users.flatMap(u => u.options
                .map(o => o.toUpperCase())
                .filter(o => PRIVILEGE_OPTIONS.has(o))
                .map(o => ({ holder: u.username, privilege: o, grantable: false, source: 'role option' })))
        ];
        const findings = [];
        const rest = [];
        for (const h of held) {
            if (admins.has(h.holder))
                continue;
            // The read privileges the README asks for the audit login are expected there.
            if (!POWERFUL.has(h.privilege) || (h.holder === facts.auditLogin && AUDITOR_READS.has(h.privilege))) {
                rest.push(`${h.holder} ${h.privilege}`);
                continue;
            }
            const holder = users.find(u => u.username === h.holder);
            const inheritors = users
                .filter(u => u.username !== h.holder && canLogin(u) && (0,cockroachdb_roles/* belongsTo */.g4)(users, u.username, h.holder))
                .map(u => u.username);
            const isRole = holder !== undefined && !canLogin(holder);
            findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(isRole ? 'Role' : 'User')} ${h.holder} holds ${(0,core_text/* raw */.lS)(h.privilege)} as a ${(0,core_text/* raw */.lS)(h.source)}${(0,core_text/* raw */.lS)(h.grantable ? ' WITH GRANT OPTION' : '')} without being a member of admin${(0,core_text/* raw */.lS)(inheritors.length ? `; login members (who inherit system privileges through the role): ${inheritors.join(', ')}` : '')}.`, `${h.holder}:${h.privilege}`));
        }
        if (findings.length)
            return findings;
        return [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)((0,core_text/* plural */.LS)(grants.length, 'system grant'))} and role options checked; non-admin holders hold only limited privileges${(0,core_text/* raw */.lS)(rest.length ? ` (${rest.join(', ')})` : '')}.`)
        ];
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/table-audit.ts
var table_audit = __webpack_require__(7959);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/tls.ts






const byExpiry = judgeCertificateExpiry;
/** Cloud: enforced. Self-hosted: no --insecure, TLS offered, certificates served (and in --certs-dir) not near expiry. */
/* harmony default export */ const checks_tls = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/tls',
        title: 'TLS and certificates',
        dimension: 'Encryption',
        family: 'encryption-in-transit',
        description: 'SQL connections require TLS and every certificate is valid for more than 90 days.',
        rationale: 'Without required TLS, credentials and data cross the network in clear; a certificate that expires stops every client that verifies it.',
        outcomes: ['PASS', 'WARN', 'FAIL'],
        remediation: {
            text: 'Never run --insecure or --accept-sql-without-tls; rotate node and client certificates (cockroach cert create-node ...) before they expire and reload them with SIGHUP.',
            link: 'https://www.cockroachlabs.com/docs/stable/rotate-certificates'
        },
        frameworks: control_sets/* TRANSIT_CONTROLS */.lb
    },
    evaluate(facts, ctx) {
        if (ctx.deployment === 'cloud')
            return [(0,check/* pass */.IX)((0,core_text/* msg */.ab) `CockroachDB Cloud enforces TLS on every SQL connection.`)];
        const findings = [];
        if (facts.nodeArgs.ok) {
            for (const n of facts.nodeArgs.value) {
                const flag = n.args.find(a => a === '--insecure' || a.startsWith('--insecure=') || a.startsWith('--accept-sql-without-tls'));
                if (flag && flag !== '--insecure=false')
                    findings.push((0,check/* fail */.fJ)((0,core_text/* msg */.ab) `Node n${(0,core_text/* raw */.lS)(String(n.nodeId))} runs with ${flag}: SQL clients may connect without TLS.`, `n${n.nodeId}`));
            }
        }
        const tls = (0,core_facts/* need */.$B)(facts.tls);
        if (!tls.offered) {
            findings.push((0,check/* fail */.fJ)((0,core_text/* msg */.ab) `The SQL port does not offer TLS: the cluster runs insecure.`));
            return findings;
        }
        const leaf = tls.chain[0];
        if (leaf)
            findings.push(byExpiry((0,core_text/* msg */.ab) `The served certificate ${leaf.subject}`, leaf.validTo, ctx.auditedAt, leaf.subject));
        if (facts.certFiles) {
            for (const c of (0,core_facts/* need */.$B)(facts.certFiles))
                findings.push(byExpiry((0,core_text/* msg */.ab) `Certificate file ${c.file} (${c.subject})`, c.notAfter, ctx.auditedAt, c.file));
        }
        return findings;
    }
}));

// EXTERNAL MODULE: ./src/engines/cockroachdb/checks/user-audit-config.ts
var user_audit_config = __webpack_require__(4651);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/users-roles.ts





const STALE_DAYS = 90;
/** Inventory (INFO); WARN for login users not seen for 90+ days where v25.3+ records last logins. */
/* harmony default export */ const users_roles = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/users-roles',
        title: 'Users and roles',
        dimension: 'Authorization',
        description: 'Every login user is in use; dormant accounts are removed.',
        rationale: 'Dormant login users are credentials nobody watches: their passwords are not rotated and their use by an attacker goes unnoticed.',
        verify: 'With the owners: whether each dormant user is still needed.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'DROP USER (or ALTER USER ... NOLOGIN) accounts unused for 90 days; review role memberships each quarter.',
            link: 'https://www.cockroachlabs.com/docs/stable/show-users'
        },
        frameworks: { 'SOC 2': ['CC6.2', 'CC6.3'], 'ISO 27001': ['5.15'], 'PCI DSS': ['8'] }
    },
    evaluate(facts, ctx) {
        const users = (0,core_facts/* need */.$B)(facts.users);
        const canLogin = (0,cockroachdb_roles/* sqlLoginFilter */.O$)(ctx.auditedAt, facts.systemGrants.ok ? facts.systemGrants.value : []);
        const logins = users.filter(u => canLogin(u));
        const roles = users.filter(u => !(0,cockroachdb_roles/* isUserNotRole */.xF)(u));
        const blocked = users.filter(u => (0,cockroachdb_roles/* isUserNotRole */.xF)(u) && !canLogin(u));
        const withOptions = users.filter(u => u.options.some(o => o.toUpperCase() !== 'NOLOGIN'));
        const memberships = users.reduce((n, u) => n + u.memberOf.length, 0);
        const findings = [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(String(users.length))} principals: ${(0,core_text/* raw */.lS)(String(logins.length))} can log in (${(0,core_text/* valueList */.Q0)(logins.map(u => u.username))}), ${(0,core_text/* raw */.lS)(String(roles.length))} are roles${(0,core_text/* raw */.lS)(blocked.length ? `, ${blocked.length} cannot use SQL (NOSQLLOGIN or VALID UNTIL passed)` : '')}; ${(0,core_text/* raw */.lS)(String(memberships))} memberships; ${(0,core_text/* raw */.lS)(String(withOptions.length))} with role options.`)
        ];
        const cutoff = ctx.auditedAt.getTime() - STALE_DAYS * 86400000;
        for (const u of logins) {
            if (u.lastLogin && Date.parse(u.lastLogin) < cutoff) {
                findings.push((0,check/* warn */.R8)((0,core_text/* msg */.ab) `Login user ${u.username} was last seen on ${(0,core_text/* raw */.lS)(u.lastLogin.slice(0, 10))}, over ${(0,core_text/* raw */.lS)(String(STALE_DAYS))} days ago.`, u.username));
            }
        }
        return findings;
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/version.ts





/** INFO version, plan, regions, provider, nodes; WARN when the release line is out of support. */
/* harmony default export */ const cockroachdb_checks_version = ((0,cockroachdb_checks_define/* defineCockroachCheck */.N)({
    meta: {
        id: 'crdb/version',
        title: 'CockroachDB version',
        dimension: 'Cluster Configuration',
        description: 'The release line is still supported (per the release table shipped with db-posture).',
        rationale: 'A release line past its support date receives no security fixes, so known vulnerabilities stay open.',
        outcomes: ['INFO', 'WARN'],
        remediation: {
            text: 'Upgrade to a supported release (rolling upgrade, then finalize); on Cloud, accept or schedule the offered upgrade.',
            link: 'https://www.cockroachlabs.com/docs/releases/release-support-policy'
        },
        frameworks: {}
    },
    evaluate(facts, ctx) {
        const cluster = facts.cloud.cluster.ok ? facts.cloud.cluster.value : undefined;
        const tag = facts.version.ok ? facts.version.value.tag : cluster?.version;
        if (!tag)
            (0,core_facts/* need */.$B)(facts.version);
        const v = (0,cockroachdb_releases/* parseCrdbVersion */.Lh)(tag);
        const parts = [`CockroachDB ${tag}`];
        if (cluster) {
            parts.push(`${cluster.plan} on ${cluster.cloudProvider}`);
            parts.push(`regions ${cluster.regions.map(r => `${r.name}${r.nodeCount ? ` (${r.nodeCount} nodes)` : ''}`).join(', ') || 'none'}`);
        }
        else if (facts.nodeArgs.ok)
            parts.push((0,core_text/* plural */.LS)(facts.nodeArgs.value.length, 'node'));
        const head = parts.join(', ');
        const asOf = facts.releases.asOf;
        const support = v ? (0,cockroachdb_releases/* supportFor */.l3)(facts.releases, v) : undefined;
        if (!v || !support)
            return [(0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: the release line is not in the release table of ${(0,core_text/* raw */.lS)(asOf)}.`)];
        const kind = support.lts
            ? ` (LTS from ${v.line}.${support.line.ltsFromPatch})`
            : support.line.innovation
                ? ' (innovation release)'
                : '';
        if (support.endOfMaintenance < ctx.auditedAt.toISOString().slice(0, 10)) {
            return [
                (0,check/* warn */.R8)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: v${(0,core_text/* raw */.lS)(v.release)}${(0,core_text/* raw */.lS)(kind)} left maintenance support on ${(0,core_text/* raw */.lS)(support.endOfMaintenance)} (release table of ${(0,core_text/* raw */.lS)(asOf)}).`)
            ];
        }
        return [
            (0,check/* info */.pq)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(head)}: v${(0,core_text/* raw */.lS)(v.release)}${(0,core_text/* raw */.lS)(kind)} is supported until ${(0,core_text/* raw */.lS)(support.endOfMaintenance)} (release table of ${(0,core_text/* raw */.lS)(asOf)}).`)
        ];
    }
}));

;// CONCATENATED MODULE: ./src/engines/cockroachdb/checks/index.ts



































/** Every crdb/* check, sorted by id (the report groups them by dimension). */
const cockroachChecks = [
    checks_admin_users,
    api_keys,
    audit_logging/* default */.A,
    backup_schedules,
    client_certificates,
    cmek/* default */.A,
    console_admins,
    console_sso,
    checks_crypto_posture,
    database_sso/* default */.A,
    db_console_sessions,
    delete_protection/* default */.A,
    egress_policy,
    cockroachdb_checks_encryption_at_rest,
    checks_hba/* default */.A,
    identity_map/* default */.A,
    ip_allowlist/* default */.A,
    ldap/* default */.A,
    checks_license,
    log_export/* default */.A,
    managed_backups/* default */.A,
    password_hashing/* default */.A,
    cockroachdb_checks_password_policy/* default */.A,
    private_endpoints/* default */.A,
    public_privileges/* default */.A,
    scim,
    sensitive_redaction/* default */.A,
    session_logging/* default */.A,
    session_revival_token/* default */.A,
    system_privileges,
    table_audit/* default */.A,
    checks_tls,
    user_audit_config/* default */.A,
    users_roles,
    cockroachdb_checks_version
];

// EXTERNAL MODULE: ./src/engines/cockroachdb/user-audit.ts
var user_audit = __webpack_require__(3222);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/observed.ts




/** The security channels a log sink must carry for the built-in rules (logging-use-cases). */
const SECURITY_CHANNELS = ['SESSIONS', 'USER_ADMIN', 'PRIVILEGES', 'SENSITIVE_ACCESS'];
const why = (f) => (0,core_facts/* explainMissing */.Ce)(f.reason, f.fix).text;
function channels(facts) {
    const le = facts.cloud.logExport;
    const each = (v) => Object.fromEntries(SECURITY_CHANNELS.map(c => [c, v(c)]));
    if (!le.ok) {
        // Self-hosted nodes take their sinks from --log / logs.yaml, which SQL cannot read.
        const reason = le.notApplicable
            ? 'the logging configuration of self-hosted nodes (--log or --log-config-file) cannot be read over SQL'
            : why(le);
        return each(() => unknownValue(reason));
    }
    const e = le.value;
    if (e.status !== 'ENABLED')
        return each(() => known(false, undefined, `log export is ${e.status}`));
    return each(c => {
        if (e.omittedChannels.includes(c))
            return known(false, undefined, `the log export omits ${c}`);
        // Audit events are logged at INFO: a group that routes the channel at WARNING or above drops them.
        const dropping = (e.groups ?? []).find(g => g.channels.some(x => x.toUpperCase() === c) &&
            ['WARNING', 'ERROR', 'FATAL'].includes(g.minLevel.toUpperCase()) &&
            (c === 'SESSIONS' || c === 'SENSITIVE_ACCESS'));
        if (dropping)
            return known(false, undefined, `log export group ${dropping.logName} routes ${c} at min_level ${dropping.minLevel}, which drops its INFO events`);
        return known(true);
    });
}
/**
 * The roles `sql.log.user_audit` audits, first match in file order: a role whose first rule is
 * ALL; `all` when an `all ALL` rule is reached; `-role` for a role an earlier NONE rule exempts
 * from it. (A user is audited through any role it is a member of; the rules name roles.)
 */
function auditedRoles(rules) {
    const out = [];
    const seen = new Set();
    for (const r of rules) {
        if (r.role === 'all') {
            if (r.filter === 'ALL')
                out.push('all');
            break;
        }
        if (seen.has(r.role))
            continue;
        seen.add(r.role);
        out.push(r.filter === 'ALL' ? r.role : `-${r.role}`);
    }
    return out;
}
/**
 * What the cluster records, for detection coverage: the session and admin audit switches,
 * sql.log.user_audit with the roles it audits (none when CockroachDB would reject the value), and
 * which security channels reach a sink.
 */
function observedCockroach(facts) {
    const settings = {};
    const bool = (name) => {
        const f = facts.settings[name];
        settings[name] = !f
            ? unknownValue(`${name} was not read`)
            : f.ok
                ? known((0,cockroachdb_settings/* isTrue */.Hn)(f.value))
                : unknownValue(why(f));
    };
    bool('server.auth_log.sql_sessions.enabled');
    bool('server.auth_log.sql_connections.enabled');
    bool('sql.log.admin_audit.enabled');
    const ua = facts.settings['sql.log.user_audit'];
    if (!ua)
        settings['sql.log.user_audit'] = unknownValue('sql.log.user_audit was not read');
    else if (!ua.ok)
        settings['sql.log.user_audit'] = unknownValue(why(ua));
    else {
        const parsed = (0,user_audit/* parseUserAudit */.Iy)(ua.value);
        settings['sql.log.user_audit'] = parsed.ok
            ? known(ua.value, auditedRoles(parsed.rules))
            : known(ua.value, [], `it does not parse (${parsed.error}), so nodes audit nothing`);
    }
    return { settings, channels: channels(facts) };
}

;// CONCATENATED MODULE: ./src/engines/cockroachdb/engine.ts


/** The CockroachDB engine: SQL and Cloud API collectors and the crdb/* checks. */
function cockroachEngine() {
    return {
        id: 'cockroachdb',
        displayName: 'CockroachDB',
        checks: cockroachChecks,
        // The collector (and its client) load when an audit of this engine runs.
        collect: async (env) => (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(942), __webpack_require__.e(604)]).then(__webpack_require__.bind(__webpack_require__, 604))).collectCockroach(env),
        observed: observedCockroach
    };
}

;// CONCATENATED MODULE: ./src/engines/index.ts








const ALL_META = [...postgresChecks, ...couchbaseChecks, ...cockroachChecks].map(c => c.meta);
const CHECK_META = new Map(ALL_META.map(m => [m.id, m]));
/** The metadata of a check this build knows (SARIF rule descriptions). */
function describeCheck(id) {
    return CHECK_META.get(id);
}
/** Every check id this build knows (baseline files may only name these). */
function knownCheckIds() {
    return new Set(CHECK_META.keys());
}
/** What the baseline loader needs to know about this build's checks. */
function checkCatalogue() {
    return {
        knownCheckIds: knownCheckIds(),
        attestableCheckIds: new Set(ALL_META.filter(m => m.attestable).map(m => m.id))
    };
}
/**
 * Chooses the engine before anything is collected, so an engine's check list is fixed before its
 * collector runs. On a connection string with `--engine auto`, one pinned read-only session reads
 * `SELECT pg_catalog.version()` and picks PostgreSQL or CockroachDB; Cloud API credentials alone
 * mean CockroachDB Cloud; a Couchbase URL means Couchbase.
 */
async function selectEngine(options, redactor, hooks = {}) {
    if (options.couchbaseUrl && options.url) {
        throw new errors/* UsageError */.eb(`Give either ${label(options, 'url')} (PostgreSQL/CockroachDB) or --couchbase-url, not both: one audit has one target.`);
    }
    if (options.engine === 'couchbase' || (options.couchbaseUrl && options.engine === 'auto')) {
        if (!options.couchbaseUrl)
            throw new errors/* UsageError */.eb('The couchbase engine needs --couchbase-url (http://host:8091 or https://host:18091).');
        return couchbaseEngine();
    }
    if (options.engine === 'cockroachdb')
        return cockroachEngine();
    if (options.engine === 'postgres')
        return postgresEngine(hooks);
    // Cloud API credentials only make sense for CockroachDB Cloud, with or without a connection string.
    if (options.cloudApiKey && options.cloudClusterId)
        return cockroachEngine();
    if (!options.url)
        throw new errors/* UsageError */.eb(`No connection string: pass ${label(options, 'url')}.`);
    const ep = (0,endpoint/* parseEndpoint */.Bk)(options.url, redactor, label(options, 'url'));
    const { detectSqlEngine } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(946)]).then(__webpack_require__.bind(__webpack_require__, 3946));
    const { engine } = await detectSqlEngine(ep, { connectTimeoutMs: options.connectTimeoutMs, statementTimeoutMs: options.statementTimeoutMs }, redactor);
    return (engine === 'cockroachdb' ? cockroachEngine() : postgresEngine(hooks));
}
/** How the user gave the connection string: `--url`, `DB_POSTURE_URL` or an action input. */
function label(options, _key) {
    return options.urlSource ?? '--url';
}


/***/ }),

/***/ 5613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ POSTGRES_RELEASES),
/* harmony export */   df: () => (/* binding */ splitVersionNum),
/* harmony export */   jU: () => (/* binding */ RELEASE_TABLE_STALE_DAYS)
/* harmony export */ });
const POSTGRES_RELEASES = {
    asOf: '2026-05-14',
    majors: [
        { major: 18, latestMinor: 4, endOfLife: '2030-11-14' },
        { major: 17, latestMinor: 10, endOfLife: '2029-11-08' },
        { major: 16, latestMinor: 14, endOfLife: '2028-11-09' },
        { major: 15, latestMinor: 18, endOfLife: '2027-11-11' },
        { major: 14, latestMinor: 23, endOfLife: '2026-11-12' },
        { major: 13, latestMinor: 23, endOfLife: '2025-11-13' },
        { major: 12, latestMinor: 22, endOfLife: '2024-11-21' },
        { major: 11, latestMinor: 22, endOfLife: '2023-11-09' },
        { major: 10, latestMinor: 23, endOfLife: '2022-11-10' }
    ]
};
/** Days after `asOf` beyond which the report warns that the table may miss newer releases. */
const RELEASE_TABLE_STALE_DAYS = 120;
/** Splits `server_version_num` (e.g. 170010) into major and minor (17, 10). 9.x is folded in too. */
function splitVersionNum(num) {
    if (num >= 100000)
        return { major: Math.floor(num / 10000), minor: num % 10000 };
    return { major: Math.floor(num / 10000) + (Math.floor(num / 100) % 100) / 10, minor: num % 100 };
}


/***/ }),

/***/ 3474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tb: () => (/* binding */ describeWhere),
  Bk: () => (/* binding */ parseEndpoint)
});

// UNUSED EXPORTS: SSL_MODES

// EXTERNAL MODULE: ./node_modules/pg-connection-string/index.js
var pg_connection_string = __webpack_require__(6122);
;// CONCATENATED MODULE: ./node_modules/pg-connection-string/esm/index.mjs
// ESM wrapper for pg-connection-string


// Re-export the parse function
/* harmony default export */ const esm = (pg_connection_string.parse);
const parse = pg_connection_string.parse
const toClientConfig = pg_connection_string.toClientConfig
const parseIntoClientConfig = pg_connection_string.parseIntoClientConfig

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/sqlwire/endpoint.ts


const EXPECTED = 'expected postgresql://user:password@host:port/database';
/**
 * Parses a connection string (postgres:// or postgresql:// URL) into a reusable client
 * configuration. `input` names where the user gave it (`--url`, `DB_POSTURE_URL`, input
 * `connection-string`); the value itself is never echoed because it carries the password.
 */
function parseEndpoint(url, redactor, input = '--url') {
    const bad = (problem) => new errors/* UsageError */.eb(`Invalid ${input}: ${problem}; ${EXPECTED}.`);
    if (!/^postgres(ql)?:\/\//i.test(url))
        throw bad('it is not a postgres:// or postgresql:// URL');
    const asHttp = url.replace(/^postgres(ql)?:/i, 'http:');
    // The authority as typed: "user:pass@host:port". A port outside 1-65535 makes WHATWG URL throw
    // "Invalid URL", which would not tell the user what is wrong.
    const authority = asHttp.slice('http://'.length).split(/[/?#]/)[0];
    const encodeHint = 'it is not a well-formed URL (percent-encode special characters such as @, :, / or # in the user name and password)';
    // An unencoded "/", "?" or "#" in the password ends the authority early: the rest would be read
    // as host and port, and would echo part of the password.
    if (!authority.includes('@') && asHttp.indexOf('@') > 'http://'.length)
        throw bad(encodeHint);
    const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
    const portText = hostPort.match(/^(?:\[[^\]]*\]|[^:]*):(.*)$/)?.[1];
    if (portText !== undefined && portText !== '') {
        if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
            throw bad(`port ${JSON.stringify(redactor.scrub(portText))} is not a TCP port (1-65535)`);
        }
    }
    let u;
    try {
        u = new URL(asHttp);
    }
    catch {
        throw bad(encodeHint);
    }
    const mode = u.searchParams.get('sslmode');
    if (mode !== null && mode !== 'no-verify' && !SSL_MODES.includes(mode)) {
        throw bad(`sslmode ${JSON.stringify(redactor.scrub(mode))} is not one of ${SSL_MODES.join(', ')}`);
    }
    let parsed;
    try {
        // libpq's sslmode meanings (require = encrypt without verifying, verify-ca, verify-full), which
        // is what users of psql and every PostgreSQL tool expect; node-postgres alone would verify on
        // require. A user-supplied uselibpqcompat is dropped so the two settings cannot conflict.
        parsed = parse(normaliseSslMode(url, mode), { useLibpqCompat: true });
    }
    catch (error) {
        throw bad(redactor.scrub(error.message));
    }
    redactor.add(parsed.password ?? undefined);
    const host = parsed.host || 'localhost';
    const port = parsed.port ? Number(parsed.port) : 5432;
    const user = parsed.user || process.env.PGUSER || 'postgres';
    const database = parsed.database || user;
    const config = {
        host,
        port,
        user,
        database,
        ...(parsed.password != null ? { password: parsed.password } : {}),
        ...(parsed.ssl !== undefined ? { ssl: parsed.ssl } : {})
    };
    return { host, port, database, user, socket: host.startsWith('/'), config };
}
const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];
/**
 * Maps the two modes node-postgres cannot express: `allow` (libpq tries plaintext first) becomes
 * `disable`, and node-postgres's own `no-verify` becomes `require`. `prefer` encrypts without
 * falling back to plaintext.
 */
function normaliseSslMode(url, mode) {
    const mapped = mode === 'allow' ? 'disable' : mode === 'no-verify' ? 'require' : mode;
    let out = url.replace(/([?&])uselibpqcompat=[^&]*(&|$)/i, '$1');
    if (mapped !== mode)
        out = out.replace(/([?&])sslmode=[^&]*/, `$1sslmode=${mapped}`);
    return out.replace(/[?&]$/, '');
}
/** "host:port" or "socket /dir port N", for messages. */
function describeWhere(ep) {
    return ep.socket ? `socket ${ep.host} port ${ep.port}` : `${ep.host}:${ep.port}`;
}


/***/ }),

/***/ 2499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ probePostgresTls),
/* harmony export */   jJ: () => (/* binding */ PQ_HYBRID_GROUP)
/* harmony export */ });
/* unused harmony exports describeCertificate, clientSupportsGroup */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);



const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);
const PQ_HYBRID_GROUP = 'X25519MLKEM768';
/** Describes a DER/PEM certificate without trusting it. */
function describeCertificate(cert, source) {
    const key = cert.publicKey;
    const details = key.asymmetricKeyDetails ?? {};
    const curve = details.namedCurve;
    const curveBits = { prime256v1: 256, secp384r1: 384, secp521r1: 521 };
    return {
        subject: cert.subject.replace(/\n/g, ', '),
        issuer: cert.issuer.replace(/\n/g, ', '),
        validFrom: new Date(cert.validFrom).toISOString(),
        validTo: new Date(cert.validTo).toISOString(),
        selfSigned: cert.subject === cert.issuer && cert.checkIssued(cert),
        keyType: key.asymmetricKeyType ?? 'unknown',
        ...(details.modulusLength ? { keyBits: details.modulusLength } : {}),
        ...(curve ? { curve, keyBits: curveBits[curve] } : {}),
        fingerprint256: cert.fingerprint256,
        source
    };
}
/** Opens TCP, sends the PostgreSQL SSLRequest and resolves with the socket once 'S' arrives. */
function sslRequest(host, port, timeoutMs) {
    return new Promise((resolve, reject) => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_0___default().connect({ host, port });
        const timer = setTimeout(() => {
            socket.destroy();
            reject(new Error(`TLS probe timed out after ${timeoutMs} ms connecting to ${host}:${port}`));
        }, timeoutMs);
        socket.once('error', err => {
            clearTimeout(timer);
            reject(err);
        });
        socket.once('connect', () => socket.write(SSL_REQUEST));
        // A listener that accepts and closes must not hold the audit for the whole connect timeout.
        const closed = () => {
            clearTimeout(timer);
            reject(new Error(`the server at ${host}:${port} closed the connection before answering the SSLRequest`));
        };
        socket.once('close', closed);
        socket.once('data', data => {
            clearTimeout(timer);
            socket.removeListener('close', closed);
            socket.removeAllListeners('error');
            if (data[0] === 0x53)
                resolve(socket);
            else {
                socket.destroy();
                resolve(null);
            }
        });
    });
}
function handshake(host, port, timeoutMs, servername, ecdhCurve) {
    return sslRequest(host, port, timeoutMs).then(socket => new Promise((resolve, reject) => {
        if (!socket)
            return resolve(null);
        const timer = setTimeout(() => {
            secure.destroy();
            reject(new Error(`TLS handshake timed out after ${timeoutMs} ms`));
        }, timeoutMs);
        // The probe reads what the server serves; verification is the client's job, not ours.
        const secure = node_tls__WEBPACK_IMPORTED_MODULE_1___default().connect({
            socket,
            rejectUnauthorized: false,
            ...(servername && node_net__WEBPACK_IMPORTED_MODULE_0___default().isIP(servername) === 0 ? { servername } : {}),
            ...(ecdhCurve ? { ecdhCurve } : {})
        });
        secure.once('error', err => {
            clearTimeout(timer);
            secure.destroy();
            reject(err);
        });
        secure.once('close', () => {
            clearTimeout(timer);
            reject(new Error('the server closed the connection during the TLS handshake'));
        });
        secure.once('secureConnect', () => {
            clearTimeout(timer);
            const chain = [];
            const seen = new Set();
            let peer = secure.getPeerCertificate(true);
            while (peer && peer.raw && !seen.has(peer.fingerprint256)) {
                seen.add(peer.fingerprint256);
                chain.push(describeCertificate(new node_crypto__WEBPACK_IMPORTED_MODULE_2__.X509Certificate(peer.raw), chain.length === 0 ? 'served' : 'served chain'));
                peer = peer.issuerCertificate;
            }
            const eph = secure.getEphemeralKeyInfo();
            const result = {
                protocol: secure.getProtocol() ?? undefined,
                cipher: secure.getCipher()?.standardName ?? secure.getCipher()?.name,
                group: eph?.name ?? eph?.type,
                chain
            };
            secure.destroy();
            resolve(result);
        });
    }));
}
/**
 * Performs the PostgreSQL-style TLS handshake (SSLRequest, then TLS) and reports what the server
 * serves: version, cipher, key-exchange group, certificate chain, and whether the post-quantum
 * hybrid group is accepted (when this Node.js's OpenSSL can offer it).
 */
async function probePostgresTls(host, port, timeoutMs, servername) {
    const main = await handshake(host, port, timeoutMs, servername);
    if (!main)
        return { offered: false, chain: [], postQuantumHybrid: 'untested' };
    let postQuantumHybrid = 'untested';
    let postQuantumNote;
    if (!clientSupportsGroup(PQ_HYBRID_GROUP)) {
        postQuantumNote = `this Node.js (OpenSSL ${process.versions.openssl}) cannot offer ${PQ_HYBRID_GROUP}`;
    }
    else {
        try {
            const pq = await handshake(host, port, timeoutMs, servername, PQ_HYBRID_GROUP);
            postQuantumHybrid = pq ? 'accepted' : 'refused';
        }
        catch {
            postQuantumHybrid = 'refused';
        }
    }
    return {
        offered: true,
        ...(main.protocol ? { protocol: main.protocol } : {}),
        ...(main.cipher ? { cipher: main.cipher } : {}),
        ...(main.group ? { group: main.group } : {}),
        chain: main.chain,
        postQuantumHybrid,
        ...(postQuantumNote ? { postQuantumNote } : {})
    };
}
/** OpenSSL before 3.5 does not know the ML-KEM hybrid groups; creating a context tells. */
function clientSupportsGroup(group) {
    try {
        node_tls__WEBPACK_IMPORTED_MODULE_1___default().createSecureContext({ ecdhCurve: group });
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
