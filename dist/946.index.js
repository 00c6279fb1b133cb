export const id = 946;
export const ids = [946];
export const modules = {

/***/ 43946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a2: () => (/* binding */ detectSqlEngine),
/* harmony export */   am: () => (/* binding */ productFromVersion),
/* harmony export */   chooseSqlEngine: () => (/* binding */ chooseSqlEngine)
/* harmony export */ });
/* unused harmony export productFromStartup */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21250);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51108);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20313);




/**
 * Pins both products accept, for the one statement that tells them apart: read-only, and names
 * resolved in pg_catalog only (CockroachDB has pg_catalog and pg_temp too).
 */
const DETECT_PINS = { default_transaction_read_only: 'on', search_path: 'pg_catalog,pg_temp' };
/** Which SQL product answers on this endpoint, from `version()`. */
function productFromVersion(version) {
    return /^cockroachdb/i.test(version.trim()) ? 'cockroachdb' : 'postgres';
}
/**
 * `--engine auto` on a connection string: one statement, `SELECT pg_catalog.version()`, on a
 * pinned read-only session, decides the engine before any collector runs, so the engine's check
 * list is fixed before collection. A connection failure is a TargetError naming neither product
 * until it is known.
 */
async function detectSqlEngine(ep, opts, redactor) {
    let lost;
    let client;
    try {
        client = await (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .openPinnedClient */ .oD)(ep, ep.database, {
            ...opts,
            pins: DETECT_PINS,
            onLost: e => (lost = e)
        });
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .connectionFailure */ .Dx)(error, ep, opts.connectTimeoutMs, redactor, 'the SQL server');
    }
    try {
        const result = await client.query('SELECT pg_catalog.version() AS version');
        const version = String(result.rows[0]?.version ?? '');
        return { engine: productFromVersion(version), version };
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .connectionFailure */ .Dx)(lost ?? error, ep, opts.connectTimeoutMs, redactor, 'the SQL server');
    }
    finally {
        // Not awaited: the audit goes on while the socket closes (waiting costs a network round trip).
        void client.end().catch(() => undefined);
    }
}
/**
 * The product from the ParameterStatus messages of the startup exchange: CockroachDB reports
 * `crdb_version` (cockroach pkg/sql/pgwire/conn.go, statusReportParams: "crdb_version, //
 * CockroachDB extension"), PostgreSQL never does and always reports `server_version`. Neither
 * (a proxy that forwards no status) is undefined: the caller must not guess.
 */
function productFromStartup(status) {
    if ((status.get('crdb_version') ?? '').trim() !== '')
        return 'cockroachdb';
    if (/^\d+/.test((status.get('server_version') ?? '').trim()))
        return 'postgres';
    return undefined;
}
/**
 * `--engine auto` on a connection string without a session of its own: the connection is opened
 * with the PostgreSQL collector's pins, the product read from what the server reported at startup,
 * and the connection is handed to the chosen collector as its first session: PostgreSQL's
 * verifies the pins and reads version() in its first message, as with --engine postgres;
 * CockroachDB's reads back every setting it relies on and, when one differs, closes it and opens a
 * session with its own pins (CrdbSession.adopt). A server that refuses the PostgreSQL pins at startup is asked `version()` on a session
 * pinned the way both products accept; a startup that names no product is a target error.
 */
async function chooseSqlEngine(ep, opts, redactor) {
    // The loss listener exists before the handoff does (openPinnedClient needs it at once).
    const held = {};
    let client;
    try {
        client = await (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .openPinnedClient */ .oD)(ep, ep.database, {
            ...opts,
            pins: _session_js__WEBPACK_IMPORTED_MODULE_3__/* .POSTGRES_PINS */ .pZ,
            onLost: e => held.handoff?.lost(e)
        });
    }
    catch (error) {
        // The server answered and refused (a SQLSTATE): the product decides how to read it.
        if (error.code)
            return { engine: (await detectSqlEngine(ep, opts, redactor)).engine };
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .connectionFailure */ .Dx)(error, ep, opts.connectTimeoutMs, redactor, 'the SQL server');
    }
    const handoff = (held.handoff = new _session_js__WEBPACK_IMPORTED_MODULE_3__/* .PinnedHandoff */ .BL(client, ep.database));
    const engine = productFromStartup((0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .startupStatus */ .Km)(client));
    if (!engine) {
        handoff.release();
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TargetError */ .I0(`The server at ${(0,_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .describeWhere */ .tb)(ep)} reported neither server_version nor crdb_version at startup, so its product is unknown: pass --engine postgres or --engine cockroachdb.`);
    }
    handoff.park();
    return { engine, handoff };
}


/***/ }),

/***/ 21250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ connectionFailure),
/* harmony export */   Qg: () => (/* binding */ isPrivilegeError),
/* harmony export */   Ry: () => (/* binding */ describePgError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51108);


/** A driver or server error as SQLSTATE plus scrubbed text (server text is the target's words). */
function describePgError(error, redactor) {
    const e = error;
    const text = redactor.scrub(e?.message ?? String(error));
    return e?.code ? { code: e.code, text } : { text };
}
/**
 * Why a read failed, for fail-closed gating: a missing privilege is a visible UNKNOWN with the grant
 * that fixes it; anything else (lost connection, timeout, server error, a catalog the server should
 * have) is a fault that makes the audit incomplete.
 */
function isPrivilegeError(code) {
    return code === '42501';
}
/**
 * Turns a failure to open the first connection into a TargetError that says what went wrong and
 * how to fix it, naming the product, with every secret scrubbed.
 */
function connectionFailure(error, ep, timeoutMs, redactor, product) {
    const { code, text } = describePgError(error, redactor);
    const where = (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .describeWhere */ .tb)(ep);
    const sysCode = error?.code;
    if (sysCode === 'ECONNREFUSED')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`Cannot connect to ${product} at ${where}: connection refused (is the server running and listening there?).`);
    if (sysCode === 'ENOTFOUND' || sysCode === 'EAI_AGAIN')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`Cannot connect to ${product}: host ${ep.host} was not found.`);
    if (sysCode === 'ENOENT' && ep.socket)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`Cannot connect to ${product}: no server socket at ${where}.`);
    if (/timeout/i.test(text) && !code)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`Cannot connect to ${product} at ${where}: no answer within ${timeoutMs} ms (--connect-timeout).`);
    if (code === '28P01')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`Authentication failed for user "${ep.user}" at ${where}: wrong password.`);
    if (code === '28000' && /SSL off|no encryption/i.test(text)) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`The server at ${where} refuses connections without TLS for this login: add sslmode=require to the connection string.`);
    }
    if (code === '28000')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`The server at ${where} rejected the login for user "${ep.user}": ${text}.`);
    if (code === '3D000')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`Database "${ep.database}" does not exist at ${where}.`);
    if (/does not support SSL/i.test(text)) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`The server at ${where} does not offer TLS but the connection string requires it (sslmode): ${text}.`);
    }
    if (/self[- ]signed|unable to verify|certificate/i.test(text)) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`TLS verification of ${where} failed: ${text}. Pass the CA with sslrootcert or use sslmode=require.`);
    }
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`Cannot connect to ${product} at ${where}: ${text}${code ? ` (SQLSTATE ${code})` : ''}.`);
}


/***/ }),

/***/ 20313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ PinnedHandoff),
/* harmony export */   Cq: () => (/* binding */ sameSearchPath),
/* harmony export */   Km: () => (/* binding */ startupStatus),
/* harmony export */   oD: () => (/* binding */ openPinnedClient),
/* harmony export */   pZ: () => (/* binding */ POSTGRES_PINS)
/* harmony export */ });
/* unused harmony export pinsToOptions */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83849);

/**
 * PostgreSQL's pins: names resolve in pg_catalog only, nothing can write, row security raises an
 * error instead of filtering rows silently, values are parsed in one fixed format, and no
 * user-settable library is preloaded into the audit session.
 */
const POSTGRES_PINS = {
    default_transaction_read_only: 'on',
    search_path: 'pg_catalog,pg_temp',
    row_security: 'off',
    DateStyle: 'ISO,MDY',
    IntervalStyle: 'postgres',
    TimeZone: 'UTC',
    standard_conforming_strings: 'on',
    transform_null_equals: 'off',
    bytea_output: 'hex',
    local_preload_libraries: ''
};
/** Renders pins as libpq's `options` string (backslash escapes spaces and backslashes). */
function pinsToOptions(pins) {
    return Object.entries(pins)
        .map(([k, v]) => `-c ${k}=${v.replace(/\\/g, '\\\\').replace(/ /g, '\\ ')}`)
        .join(' ');
}
/** The ParameterStatus values the server sent during the startup exchange (server_version, crdb_version, ...). */
const STARTUP_STATUS = new WeakMap();
/** What the server reported at startup on a client opened by openPinnedClient (empty for any other). */
function startupStatus(client) {
    return STARTUP_STATUS.get(client) ?? new Map();
}
/** Opens one connection with the pins as startup options; the caller owns and closes it. */
async function openPinnedClient(ep, database, opts) {
    const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({
        ...ep.config,
        database,
        application_name: 'db-posture',
        connectionTimeoutMillis: opts.connectTimeoutMs,
        statement_timeout: opts.statementTimeoutMs,
        lock_timeout: opts.statementTimeoutMs,
        idle_in_transaction_session_timeout: Math.max(opts.statementTimeoutMs * 4, 60000),
        options: pinsToOptions(opts.pins)
    });
    client.on('error', opts.onLost);
    // Recorded as they arrive: the product (CockroachDB sends crdb_version) is known from the startup
    // exchange alone, without a statement.
    const status = new Map();
    STARTUP_STATUS.set(client, status);
    client.connection.on('parameterStatus', m => status.set(String(m.parameterName), String(m.parameterValue)));
    await client.connect();
    return client;
}
/**
 * A PostgreSQL-pinned client opened by `--engine auto` to learn the product, handed to the
 * PostgreSQL collector as its main session's connection, so choosing the engine costs no
 * connection, handshake or statement of its own. Taken once; a loss before it is taken is passed
 * on to the taker.
 */
class PinnedHandoff {
    client;
    database;
    taken = false;
    lostBefore;
    onLost;
    constructor(client, database) {
        this.client = client;
        this.database = database;
    }
    /** The listener openPinnedClient needs: forwards to whoever took the client. */
    lost = (error) => {
        if (this.onLost)
            this.onLost(error);
        else
            this.lostBefore ??= error;
    };
    /** While nobody holds it, the idle socket must not keep the process alive. */
    park() {
        socketOf(this.client)?.unref?.();
    }
    /** The client for `database`, once; undefined when taken already or for another database. */
    take(database, onLost) {
        if (this.taken || database !== this.database)
            return undefined;
        this.taken = true;
        socketOf(this.client)?.ref?.();
        this.onLost = onLost;
        if (this.lostBefore)
            onLost(this.lostBefore);
        return this.client;
    }
    /** Closes the client if nobody took it. */
    release() {
        if (this.taken)
            return;
        this.taken = true;
        void this.client.end().catch(() => undefined);
    }
}
function socketOf(client) {
    return client.connection
        ?.stream;
}
/** `pg_catalog, pg_temp` and `pg_catalog,pg_temp` are the same path. */
function sameSearchPath(a, b) {
    const norm = (s) => s
        .split(',')
        .map(x => x.trim().replace(/^"(.*)"$/, '$1'))
        .join(',');
    return norm(a) === norm(b);
}


/***/ })

};
