export const id = 604;
export const ids = [604];
export const modules = {

/***/ 10604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectCockroach: () => (/* binding */ collectCockroach),
  detectDeployment: () => (/* binding */ detectDeployment)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/core/facts.ts
var facts = __webpack_require__(57532);
// EXTERNAL MODULE: ./src/sqlwire/endpoint.ts
var endpoint = __webpack_require__(51108);
// EXTERNAL MODULE: ./src/sqlwire/errors.ts
var sqlwire_errors = __webpack_require__(21250);
// EXTERNAL MODULE: ./src/sqlwire/session.ts
var sqlwire_session = __webpack_require__(20313);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/session.ts





/**
 * Session variables pinned in the startup packet's `options` (cockroach
 * pkg/sql/pgwire/pre_serve_options.go: `-c key=value` pairs become the session's client-provided
 * defaults, which ALTER ROLE/DATABASE ... SET defaults do not replace). CockroachDB splits each
 * option on `=` and requires exactly two parts, so no value may contain `=`.
 * - search_path: pg_catalog only, so no name the audited party owns resolves before the catalog;
 * - default_transaction_read_only: every statement runs read-only;
 * - timezone / intervalstyle: timestamps and intervals are parsed in the form the collector expects.
 * statement_timeout and lock_timeout go as startup parameters of their own (openPinnedClient).
 */
const CRDB_PINS = {
    default_transaction_read_only: 'on',
    search_path: 'pg_catalog',
    timezone: 'UTC',
    intervalstyle: 'postgres'
};
/**
 * A read-only SQL session on CockroachDB: the session is pinned at startup and every statement runs
 * on its own (autocommit), so one failing statement (an unknown setting, a missing privilege)
 * never spoils the next.
 */
class CrdbSession {
    client;
    redactor;
    statements = 0;
    /** Set by the client's error listener (lostListener): every later read is a fault. */
    lost;
    constructor(client, redactor) {
        this.client = client;
        this.redactor = redactor;
    }
    static async open(ep, connectTimeoutMs, statementTimeoutMs, redactor) {
        // The error listener exists before the session object does: remember a loss until then.
        const state = {};
        const client = await (0,sqlwire_session/* openPinnedClient */.oD)(ep, ep.database, {
            connectTimeoutMs,
            statementTimeoutMs,
            pins: CRDB_PINS,
            onLost: lostListener(state, redactor)
        });
        const session = CrdbSession.wrap(client, state, redactor);
        // Trust no read until the pins are seen to hold (a proxy or an old release could drop them).
        const pins = await session.read('The session settings', PIN_CHECK);
        const row = pins.ok ? pins.value[0] : undefined;
        if (!row ||
            !(0,sqlwire_session/* sameSearchPath */.Cq)(String(row.search_path), 'pg_catalog') ||
            !/^(on|true)$/i.test(String(row.read_only))) {
            await session.close();
            throw new errors/* TargetError */.I0(pins.ok
                ? `The CockroachDB session did not keep the audit's startup settings (search_path ${JSON.stringify(String(row?.search_path ?? ''))}, default_transaction_read_only ${JSON.stringify(String(row?.read_only ?? ''))}): nothing was read.`
                : `The CockroachDB session settings could not be verified (${pins.reason.text.replace(/\.$/, '')}): nothing was read.`);
        }
        return session;
    }
    /**
     * The connection `--engine auto` opened to learn the product (with the PostgreSQL collector's
     * pins), taken as this audit's first session when its settings read back as the audit needs
     * them: read-only, names resolved in pg_catalog first (`pg_catalog,pg_temp` resolves the same
     * for CockroachDB: an explicit pg_temp is skipped while the session has no temporary schema, and
     * a read-only audit creates none; cockroach pkg/sql/sessiondata/search_path.go,
     * SearchPathIter.Next), timestamps in UTC and intervals in the postgres style (the form the
     * collector parses). Anything else, or a read that fails, closes it and returns undefined: the
     * caller opens a session of its own with CRDB_PINS, so nothing is accepted unverified.
     */
    static async adopt(handoff, database, redactor) {
        const state = {};
        const client = handoff.take(database, lostListener(state, redactor));
        if (!client)
            return undefined;
        const session = CrdbSession.wrap(client, state, redactor);
        const pins = await session.read('The session settings', HANDOFF_CHECK);
        const row = pins.ok ? pins.value[0] : undefined;
        const path = String(row?.search_path ?? '');
        if (row &&
            !session.lost &&
            ((0,sqlwire_session/* sameSearchPath */.Cq)(path, 'pg_catalog') || (0,sqlwire_session/* sameSearchPath */.Cq)(path, 'pg_catalog,pg_temp')) &&
            /^(on|true)$/i.test(String(row.read_only)) &&
            /^(utc|etc\/utc)$/i.test(String(row.timezone)) &&
            String(row.intervalstyle).toLowerCase() === 'postgres')
            return session;
        await session.close();
        return undefined;
    }
    static wrap(client, state, redactor) {
        const session = new CrdbSession(client, redactor);
        state.session = session;
        if (state.lost)
            session.lost = state.lost;
        // Statements are tiny and sent one at a time: do not let Nagle hold them back.
        client.connection?.stream?.setNoDelay?.(true);
        return session;
    }
    /** Runs one statement; an error becomes an unavailable fact with the SQLSTATE and, when known, the fix. */
    async read(what, sql, fix) {
        if (this.lost)
            return (0,facts/* faulted */.UQ)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what)} could not be read: ${(0,core_text/* raw */.lS)(this.lost)}.`);
        try {
            this.statements++;
            const result = await this.client.query(sql);
            return (0,facts/* available */.qC)(result.rows);
        }
        catch (error) {
            const { code, text } = (0,sqlwire_errors/* describePgError */.Ry)(error, this.redactor);
            const reason = code === '57014'
                ? (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what)} could not be read: the statement timed out (${text}).`
                : (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what)} could not be read: ${text}${(0,core_text/* raw */.lS)(code ? ` (SQLSTATE ${code})` : '')}.`;
            const suggestion = fix?.(code, text) ?? (code === '57014' ? 'Raise --statement-timeout.' : undefined);
            // A timeout or a dropped connection is a fault (the audit is incomplete), not a privilege.
            if (code === '57014' || this.lost || !code)
                return (0,facts/* faulted */.UQ)(this.lost ? (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what)} could not be read: ${(0,core_text/* raw */.lS)(this.lost)}.` : reason, suggestion);
            return (0,facts/* unavailable */.hU)(reason, suggestion);
        }
    }
    /** Switches the session's current database (SHOW GRANTS is scoped to it). */
    async useDatabase(name) {
        const r = await this.read(`Database ${name}`, `SET database = ${quoteIdent(name)}`);
        return r.ok ? (0,facts/* available */.qC)(true) : r;
    }
    async close() {
        await this.client.end().catch(() => undefined);
    }
}
/**
 * Up to `limit` pinned sessions for overlapping reads (--concurrency). Extra sessions are opened
 * on demand; when one cannot be opened the work goes on over the sessions that exist.
 */
class CrdbSessionPool {
    limit;
    openMore;
    idle;
    all;
    waiting = [];
    opening = 0;
    openFailed = false;
    constructor(first, limit, openMore) {
        this.limit = limit;
        this.openMore = openMore;
        this.idle = [first];
        this.all = [first];
    }
    get statements() {
        return this.all.reduce((n, s) => n + s.statements, 0);
    }
    /** Runs `task` on a session it holds alone (a `SET database` stays with its read). */
    async with(task) {
        const s = await this.acquire();
        try {
            return await task(s);
        }
        finally {
            this.release(s);
        }
    }
    async acquire() {
        const s = this.idle.pop();
        if (s)
            return s;
        if (!this.openFailed && this.all.length + this.opening < this.limit) {
            this.opening++;
            try {
                const extra = await this.openMore();
                this.all.push(extra);
                return extra;
            }
            catch {
                this.openFailed = true;
            }
            finally {
                this.opening--;
            }
        }
        return new Promise(resolve => this.waiting.push(resolve));
    }
    release(s) {
        const next = this.waiting.shift();
        if (next)
            next(s);
        else
            this.idle.push(s);
    }
    async close() {
        await Promise.all(this.all.slice(1).map(s => s.close()));
    }
}
/** The pins a session of its own is checked for (CRDB_PINS sets the rest at startup). */
const PIN_CHECK = "SELECT pg_catalog.current_setting('search_path') AS search_path, pg_catalog.current_setting('default_transaction_read_only') AS read_only";
/** A handed-over session was pinned by someone else: every setting the collector relies on is read back. */
const HANDOFF_CHECK = "SELECT pg_catalog.current_setting('search_path') AS search_path, pg_catalog.current_setting('default_transaction_read_only') AS read_only, pg_catalog.current_setting('timezone') AS timezone, pg_catalog.current_setting('intervalstyle') AS intervalstyle";
/** The client's error listener, set before the session object exists: a loss is remembered until then. */
function lostListener(state, redactor) {
    return error => {
        const why = (0,core_text/* msg */.ab) `the connection was lost (${(0,sqlwire_errors/* describePgError */.Ry)(error, redactor).text})`;
        if (state.session)
            state.session.lost = why;
        else
            state.lost = why;
    };
}
function quoteIdent(name) {
    return `"${name.replace(/"/g, '""')}"`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/sqlwire/tls-probe.ts
var tls_probe = __webpack_require__(22499);
// EXTERNAL MODULE: ./src/core/bounded.ts
var bounded = __webpack_require__(40926);
// EXTERNAL MODULE: ./src/engines/cockroachdb/license.ts
var cockroachdb_license = __webpack_require__(524);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/facts.ts
/** Every cluster setting the collector reads. */
const CRDB_SETTINGS = [
    'server.host_based_authentication.configuration',
    'server.identity_map.configuration',
    'server.oidc_authentication.enabled',
    'server.oidc_authentication.provider_url',
    'server.jwt_authentication.enabled',
    'server.jwt_authentication.issuers.configuration',
    'security.provisioning.ldap.enabled',
    'server.user_login.min_password_length',
    'server.user_login.password_encryption',
    'sql.log.user_audit',
    'sql.log.user_audit.reduced_config.enabled',
    'sql.log.admin_audit.enabled',
    'server.auth_log.sql_connections.enabled',
    'server.auth_log.sql_sessions.enabled',
    'enterprise.license',
    'cluster.organization',
    'server.redact_sensitive_settings.enabled',
    'security.provisioning.jwt.enabled',
    'server.user_login.store_client_pre_hashed_passwords.enabled',
    'sql.auth.public_schema_create_privilege.enabled',
    'server.user_login.session_revival_token.enabled',
    'security.ocsp.mode',
    'security.client_cert.subject_required.enabled',
    'security.client_cert.san_required.enabled',
    'server.web_session.timeout',
    'server.hsts.enabled'
];

;// CONCATENATED MODULE: ./src/engines/cockroachdb/sql-collector.ts









/** The current text and the older one ("unimplemented: operation is unsupported in multi-tenancy mode"). */
const VIRTUAL_CLUSTER = /unsupported within a virtual cluster|unsupported in multi-tenancy mode/i;
/** The fix for a failed read, by what was read and the SQLSTATE. */
function fixFor(kind, user) {
    return (code, text) => {
        if (VIRTUAL_CLUSTER.test(text))
            return 'not available inside a virtual cluster (CockroachDB Cloud Basic/Standard); nothing to grant.';
        if (code !== '42501')
            return undefined;
        if (kind === 'setting')
            return `GRANT SYSTEM VIEWCLUSTERSETTING TO ${user};`;
        if (kind === 'metadata')
            return `GRANT SYSTEM VIEWCLUSTERMETADATA TO ${user};`;
        if (kind === 'users')
            return `GRANT SYSTEM VIEWSYSTEMTABLE TO ${user}; (SELECT on system.users and system.role_members)`;
        // SHOW SCHEDULES reads system.scheduled_jobs unfiltered: admin or VIEWSYSTEMTABLE, nothing less.
        return `GRANT SYSTEM VIEWSYSTEMTABLE TO ${user};`;
    };
}
function settingText(v) {
    if (v === null || v === undefined)
        return '';
    if (typeof v === 'object') {
        // INTERVAL values arrive as postgres-interval objects: render CockroachDB's H:MM:SS text.
        const i = v;
        if (typeof i.toPostgres === 'function') {
            const secs = (((i.years ?? 0) * 12 + (i.months ?? 0)) * 30 + (i.days ?? 0)) * 86400 +
                (i.hours ?? 0) * 3600 +
                (i.minutes ?? 0) * 60 +
                (i.seconds ?? 0) +
                (i.milliseconds ?? 0) / 1000;
            const pad = (n) => String(Math.floor(n)).padStart(2, '0');
            return `${Math.floor(secs / 3600)}:${pad((secs % 3600) / 60)}:${pad(secs % 60)}`;
        }
        return JSON.stringify(v);
    }
    return String(v);
}
/** Removes credentials from the query string of every URI inside a backup statement. */
function scrubBackupStatement(statement, redactor) {
    return statement.replace(/('[a-z][a-z0-9+.-]*:\/\/[^'?]*)\?([^']*)'/gi, (_m, base, query) => {
        for (const pair of query.split('&'))
            redactor.add(pair.split('=').slice(1).join('=') || undefined);
        return `${base}?<credentials removed>'`;
    });
}
function arrayOf(v) {
    if (Array.isArray(v))
        return v.map(String);
    if (typeof v === 'string') {
        // STRING[] arriving as text, or the pre-v25.3 options string "CREATEROLE, NOLOGIN".
        const inner = v.replace(/^\{|\}$/g, '');
        return inner === ''
            ? []
            : inner.split(v.startsWith('{') ? ',' : ', ').map(s => s.replace(/^"|"$/g, '').trim());
    }
    return [];
}
async function readCertsDir(dir) {
    let files;
    try {
        files = (await (0,promises_.readdir)(dir)).filter(f => /\.(crt|pem)$/i.test(f) && !/\.key$/i.test(f)).sort();
    }
    catch (error) {
        return (0,facts/* unavailable */.hU)((0,core_text/* msg */.ab) `The certs directory ${dir} cannot be read (${error.code ?? 'error'}).`);
    }
    const out = [];
    for (const f of files) {
        try {
            const cert = new external_node_crypto_.X509Certificate(await (0,promises_.readFile)(external_node_path_default().join(dir, f)));
            out.push({
                file: f,
                subject: cert.subject.replace(/\n/g, ', '),
                notAfter: new Date(cert.validTo).toISOString()
            });
        }
        catch {
            // A key or a non-certificate file with a .pem name: not a certificate to judge.
        }
    }
    return (0,facts/* available */.qC)(out);
}
/** A setting that replaced an older name: read the new one, fall back to the old on older releases. */
const RENAMED = {
    'server.jwt_authentication.issuers.configuration': 'server.jwt_authentication.issuers',
    'server.web_session.timeout': 'server.web_session_timeout'
};
const UNKNOWN_SETTING = /unknown (cluster )?setting/i;
/**
 * Every SQL fact, each read on its own so that one refusal spoils only the checks that need it.
 * Reads overlap over up to --concurrency pinned sessions; a per-database read holds its session
 * for the SET database and the SHOW GRANTS that follows.
 */
async function collectSqlFacts(pool, ep, env) {
    const { options, progress, redactor } = env;
    const user = ep.user;
    const tlsPromise = ep.socket
        ? Promise.resolve((0,facts/* unavailable */.hU)('The connection uses a Unix socket; there is no TLS port to probe.'))
        : (0,tls_probe/* probePostgresTls */.XS)(ep.host, ep.port, options.connectTimeoutMs, ep.host).then(r => (0,facts/* available */.qC)(r), e => (0,facts/* unavailable */.hU)((0,core_text/* msg */.ab) `The TLS handshake with the SQL port failed: ${redactor.scrub(e.message)}.`));
    const read = (what, sql, fix) => pool.with(s => s.read(what, sql, fix));
    progress.step('reading version and cluster settings');
    // Schema-qualified: a function the audited party creates cannot answer in place of the builtin.
    const v = await read('The server version', 'SELECT pg_catalog.version() AS version');
    const version = (0,facts/* mapFact */.Vt)(v, rows => {
        const full = String(rows[0]?.version ?? '');
        return { full, tag: /v\d+\.\d+\.\d+\S*/.exec(full)?.[0] ?? '' };
    });
    const readSetting = async (name) => {
        let shown = name;
        let r = await read(`Cluster setting ${name}`, `SHOW CLUSTER SETTING ${name}`, fixFor('setting', user));
        if (!r.ok && UNKNOWN_SETTING.test(r.reason.text) && RENAMED[name]) {
            shown = RENAMED[name];
            r = await read(`Cluster setting ${shown}`, `SHOW CLUSTER SETTING ${shown}`, fixFor('setting', user));
        }
        if (!r.ok) {
            return UNKNOWN_SETTING.test(r.reason.text)
                ? (0,facts/* unavailable */.hU)((0,core_text/* msg */.ab) `The cluster setting ${name} is unknown to this CockroachDB version or deployment (SQLSTATE XXUUU).`)
                : r;
        }
        // The column is named after the setting (or its canonical name for an alias): read the first.
        const row = r.value[0] ?? {};
        const value = settingText(Object.values(row)[0]);
        if (value === '<redacted>') {
            return (0,facts/* unavailable */.hU)((0,core_text/* msg */.ab) `The cluster setting ${shown} reads <redacted>: server.redact_sensitive_settings.enabled hides it from users without MODIFYCLUSTERSETTING.`, `GRANT SYSTEM MODIFYCLUSTERSETTING TO ${user}; (or attest the check in the baseline file)`);
        }
        return (0,facts/* available */.qC)(value);
    };
    const [idRow, settingFacts] = await Promise.all([
        read('The cluster id', 'SELECT crdb_internal.cluster_id() AS id'),
        (0,bounded/* mapBounded */.y)(CRDB_SETTINGS, options.concurrency, readSetting)
    ]);
    const clusterId = idRow.ok && idRow.value[0]?.id ? String(idRow.value[0].id) : undefined;
    const settings = {};
    let license = (0,facts/* unavailable */.hU)('enterprise.license was not read.');
    CRDB_SETTINGS.forEach((name, i) => {
        const f = settingFacts[i];
        if (name === 'enterprise.license') {
            // The key itself is a secret: decode it here and keep only what the checks need.
            if (f.ok) {
                redactor.add(f.value || undefined);
                license = (0,facts/* available */.qC)((0,cockroachdb_license/* decodeLicense */.k)(f.value));
                settings[name] = (0,facts/* available */.qC)(f.value ? 'installed' : '');
            }
            else {
                license = f;
                settings[name] = f;
            }
            return;
        }
        if (name === 'server.host_based_authentication.configuration' && f.ok) {
            for (const m of f.value.matchAll(/ldapbindpasswd=("[^"]*"|\S+)/gi))
                redactor.add(m[1].replace(/^"|"$/g, ''));
        }
        settings[name] = f;
    });
    progress.step('reading users, grants, schedules and nodes');
    const usersP = read('Users and roles (SHOW USERS)', 'SHOW USERS', fixFor('users', user));
    const systemGrantsP = read('System privileges (SHOW SYSTEM GRANTS)', 'SHOW SYSTEM GRANTS');
    const schedulesP = readSchedules(pool, user, redactor, options.concurrency);
    const nodeArgsP = read('Node command lines (crdb_internal.kv_node_status)', 'SELECT node_id, args FROM crdb_internal.kv_node_status', fixFor('metadata', user));
    const storesP = read('Store properties (crdb_internal.kv_store_status)', 'SELECT node_id, store_id, properties FROM crdb_internal.kv_store_status', fixFor('metadata', user));
    const tablesP = read('Table audit modes (crdb_internal.tables)', "SELECT database_name, schema_name, name, audit_mode FROM crdb_internal.tables WHERE audit_mode <> 'DISABLED'");
    const grantsP = readPublicGrants(pool, progress, options.concurrency);
    const [u, sg, schedules, na, st, tb, publicGrants] = await Promise.all([
        usersP,
        systemGrantsP,
        schedulesP,
        nodeArgsP,
        storesP,
        tablesP,
        grantsP
    ]);
    const users = (0,facts/* mapFact */.Vt)(u, rows => rows.map(r => ({
        username: String(r.username),
        options: arrayOf(r.options),
        memberOf: arrayOf(r.member_of),
        ...('estimated_last_login_time' in r
            ? {
                lastLogin: r.estimated_last_login_time
                    ? new Date(r.estimated_last_login_time).toISOString()
                    : null
            }
            : {})
    })));
    const systemGrants = (0,facts/* mapFact */.Vt)(sg, rows => rows.map(r => ({
        grantee: String(r.grantee),
        privilege: String(r.privilege_type),
        grantable: r.is_grantable === true || r.is_grantable === 't'
    })));
    const nodeArgs = (0,facts/* mapFact */.Vt)(na, rows => rows.map(r => ({
        nodeId: Number(r.node_id),
        args: arrayOf(typeof r.args === 'string' ? JSON.parse(r.args) : r.args)
    })));
    const stores = (0,facts/* mapFact */.Vt)(st, rows => rows.map(r => {
        const p = (typeof r.properties === 'string' ? JSON.parse(r.properties) : r.properties);
        const enc = p?.encrypted;
        return {
            nodeId: Number(r.node_id),
            storeId: Number(r.store_id),
            encrypted: typeof enc === 'boolean' ? enc : enc === 'true' ? true : enc === 'false' ? false : null
        };
    }));
    const auditedTables = (0,facts/* mapFact */.Vt)(tb, rows => rows.map(r => ({
        database: String(r.database_name ?? ''),
        schema: String(r.schema_name ?? ''),
        table: String(r.name ?? ''),
        mode: String(r.audit_mode ?? '')
    })));
    progress.step('TLS handshake on the SQL port');
    const tls = await tlsPromise;
    const certFiles = options.certsDir ? await readCertsDir(options.certsDir) : undefined;
    return {
        version,
        settings,
        users,
        publicGrants,
        systemGrants,
        schedules,
        nodeArgs,
        stores,
        tls,
        license,
        auditedTables,
        ...(certFiles ? { certFiles } : {}),
        ...(clusterId ? { clusterId } : {}),
        statements: pool.statements
    };
}
/** SHOW GRANTS FOR public in every database the auditor can see (it is scoped to the current one). */
async function readPublicGrants(pool, progress, concurrency) {
    const dbs = await pool.with(s => s.read('Databases (SHOW DATABASES)', 'SHOW DATABASES'));
    if (!dbs.ok)
        return dbs;
    const names = dbs.value.map(r => String(r.database_name)).filter(n => n !== 'system');
    let done = 0;
    const per = await (0,bounded/* mapBounded */.y)(names, concurrency, db => pool.with(async (s) => {
        const use = await s.useDatabase(db);
        const g = use.ok ? await s.read(`Grants to public in ${db}`, 'SHOW GRANTS FOR public') : use;
        progress.count('databases', ++done, names.length);
        return g;
    }));
    const grants = [];
    for (const [i, g] of per.entries()) {
        if (!g.ok)
            return g;
        for (const r of g.value) {
            grants.push({
                database: String(r.database_name ?? names[i]),
                schema: r.schema_name == null ? null : String(r.schema_name),
                object: r.object_name == null ? null : String(r.object_name),
                objectType: String(r.object_type ?? ''),
                privilege: String(r.privilege_type),
                grantable: r.is_grantable === true || r.is_grantable === 't'
            });
        }
    }
    return (0,facts/* available */.qC)(grants);
}
/** SHOW SCHEDULES, then for each backup schedule the newest job it started (SHOW JOBS FOR SCHEDULES). */
async function readSchedules(pool, user, redactor, concurrency) {
    const sc = await pool.with(s => s.read('Schedules (SHOW SCHEDULES)', 'SHOW SCHEDULES', fixFor('schedules', user)));
    if (!sc.ok)
        return sc;
    const schedules = sc.value.map(r => {
        const cmd = r.command;
        const statement = typeof cmd === 'object' && cmd !== null
            ? String(cmd.backup_statement ?? cmd.changefeed_statement ?? JSON.stringify(cmd))
            : String(cmd ?? '');
        return {
            id: String(r.id),
            label: String(r.label ?? ''),
            status: String(r.schedule_status ?? ''),
            state: r.state == null ? null : String(r.state),
            recurrence: String(r.recurrence ?? ''),
            nextRun: r.next_run ? new Date(r.next_run).toISOString() : null,
            command: scrubBackupStatement(statement, redactor),
            isBackup: /^\s*BACKUP\b/i.test(statement) ||
                (typeof cmd === 'object' && cmd !== null && 'backup_statement' in cmd)
        };
    });
    const withJobs = await (0,bounded/* mapBounded */.y)(schedules, concurrency, async (s) => {
        if (!s.isBackup || !/^\d+$/.test(s.id))
            return s;
        const jobs = await pool.with(x => x.read(`Jobs of schedule ${s.label}`, `SHOW JOBS FOR SCHEDULES SELECT ${s.id}`));
        if (!jobs.ok)
            return { ...s, jobsUnreadable: jobs.reason.text };
        const newest = [...jobs.value].sort((a, b) => Date.parse(String(b.created ?? 0)) - Date.parse(String(a.created ?? 0)))[0];
        return {
            ...s,
            lastJob: newest
                ? {
                    status: String(newest.status ?? ''),
                    created: new Date(String(newest.created)).toISOString(),
                    error: String(newest.error ?? '')
                }
                : null
        };
    });
    return (0,facts/* available */.qC)(withJobs);
}
/** SQL facts when SQL could not be reached (cloud audit through the API only): all UNKNOWN with the reason. */
function sqlUnavailable(reason, fix) {
    const f = () => (0,facts/* unavailable */.hU)(reason, fix);
    return {
        version: f(),
        settings: Object.fromEntries(CRDB_SETTINGS.map(n => [n, f()])),
        users: f(),
        publicGrants: f(),
        systemGrants: f(),
        schedules: f(),
        nodeArgs: f(),
        stores: f(),
        tls: f(),
        license: f(),
        auditedTables: f(),
        statements: 0
    };
}

// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(59663);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/cloud-api.ts



/** The Cloud API version this build was written against (sent as Cc-Version). */
const CC_VERSION = '2024-09-16';
const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const list = (v) => (Array.isArray(v) ? v.map(obj) : []);
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
/** GET with Bearer auth and the pinned Cc-Version; 429 waits for Retry-After, 5xx backs off; 3 attempts. */
async function cloudGet(o, path) {
    for (let attempt = 1;; attempt++) {
        const res = await (0,http/* httpRequest */.aj)(`${o.baseUrl.replace(/\/$/, '')}${path}`, {
            headers: {
                authorization: `Bearer ${o.apiKey}`,
                'cc-version': CC_VERSION,
                accept: 'application/json'
            },
            timeoutMs: o.timeoutMs
        });
        if (res.kind === 'network')
            return { kind: 'network', message: res.message };
        const text = res.text;
        let body = {};
        try {
            body = obj(text ? JSON.parse(text) : {});
        }
        catch {
            body = { message: text.slice(0, 200) };
        }
        if (res.status >= 200 && res.status < 300)
            return { kind: 'ok', body };
        const retryable = res.status === 429 || res.status >= 500;
        if (!retryable || attempt >= 3)
            return { kind: 'http', status: res.status, message: String(body.message ?? '') };
        const after = Number(res.headers['retry-after']);
        const waitMs = Number.isFinite(after) && after >= 0 ? Math.min(after * 1000, 30000) : 500 * attempt;
        o.onWait?.(`Cloud API ${path} answered ${res.status}; retrying in ${(waitMs / 1000).toFixed(1)} s`);
        await sleep(waitMs);
    }
}
/** Follows `pagination.next_page` until the last page, concatenating `key`. */
async function cloudList(o, path, key) {
    const items = [];
    let page;
    for (let i = 0; i < 100; i++) {
        const sep = path.includes('?') ? '&' : '?';
        const a = await cloudGet(o, page ? `${path}${sep}pagination.page=${encodeURIComponent(page)}` : path);
        if (a.kind !== 'ok')
            return a;
        items.push(...list(a.body[key]));
        page = String(obj(a.body.pagination).next_page ?? '') || undefined;
        if (!page)
            return { kind: 'ok', body: { [key]: items } };
    }
    return { kind: 'ok', body: { [key]: items } };
}
const ROLES = {
    cluster: 'ORG_ADMIN, CLUSTER_ADMIN, CLUSTER_OPERATOR_WRITER, CLUSTER_DEVELOPER, FOLDER_ADMIN, FOLDER_MOVER, METRICS_VIEWER or CLUSTER_MONITOR',
    allowlist: 'CLUSTER_ADMIN, CLUSTER_OPERATOR_WRITER or CLUSTER_DEVELOPER',
    admin: 'CLUSTER_ADMIN or CLUSTER_OPERATOR_WRITER',
    logexport: 'ORG_ADMIN, CLUSTER_ADMIN, CLUSTER_OPERATOR_WRITER or METRICS_VIEWER',
    org: 'ORG_ADMIN, CLUSTER_ADMIN or FOLDER_ADMIN (organization scope)',
    keys: 'ORG_ADMIN or CLUSTER_ADMIN (organization scope)'
};
function toFact(a, what, roles, parse, notFound) {
    if (a.kind === 'ok')
        return (0,facts/* available */.qC)(parse(a.body));
    // Faults (no answer, rate limit outlasting the retries, 5xx) make the audit incomplete; a 403
    // is a missing role, a visible UNKNOWN that names it.
    if (a.kind === 'network')
        return (0,facts/* faulted */.UQ)((0,core_text/* msg */.ab) `The Cloud API could not be reached for ${(0,core_text/* raw */.lS)(what)}: ${a.message}.`);
    if (a.status === 403) {
        return (0,facts/* unavailable */.hU)((0,core_text/* msg */.ab) `The Cloud API refused ${(0,core_text/* raw */.lS)(what)} (403${(0,core_text/* raw */.lS)(a.message ? `: ${a.message}` : '')}).`, (0,core_text/* msg */.ab) `give the API key's service account one of ${(0,core_text/* raw */.lS)(roles)} on this cluster.`);
    }
    if (a.status === 404 && notFound)
        return (0,facts/* available */.qC)(notFound());
    if (a.status === 429)
        return (0,facts/* faulted */.UQ)((0,core_text/* msg */.ab) `The Cloud API kept rate-limiting ${(0,core_text/* raw */.lS)(what)} (429 after 3 attempts).`);
    return (0,facts/* faulted */.UQ)((0,core_text/* msg */.ab) `The Cloud API answered ${(0,core_text/* raw */.lS)(String(a.status))} for ${(0,core_text/* raw */.lS)(what)}${(0,core_text/* raw */.lS)(a.message ? `: ${a.message}` : '')}.`);
}
class CloudTargetError extends Error {
}
/** Reads every Cloud fact. Errors on the cluster itself (401, 404, unreachable) throw CloudTargetError. */
async function collectCloudFacts(o, clusterId, redactor) {
    redactor.add(o.apiKey);
    const base = `/api/v1/clusters/${encodeURIComponent(clusterId)}`;
    const c = await cloudGet(o, base);
    if (c.kind === 'network')
        throw new CloudTargetError(`The CockroachDB Cloud API at ${o.baseUrl} could not be reached: ${c.message}.`);
    if (c.kind === 'http' && c.status === 401) {
        throw new CloudTargetError('The CockroachDB Cloud API rejected the API key (401): check --cloud-api-key (a service-account secret key).');
    }
    if (c.kind === 'http' && c.status === 404) {
        throw new CloudTargetError(`The CockroachDB Cloud API knows no cluster ${clusterId} for this API key (404): check --cloud-cluster-id.`);
    }
    if (c.kind === 'http' && c.status === 400) {
        throw new CloudTargetError(`The CockroachDB Cloud API refused the request (400: ${c.message}).`);
    }
    const cluster = toFact(c, 'the cluster', ROLES.cluster, b => ({
        id: String(b.id ?? clusterId),
        name: String(b.name ?? ''),
        version: String(b.cockroach_version ?? ''),
        plan: String(b.plan ?? ''),
        cloudProvider: String(b.cloud_provider ?? ''),
        state: String(b.state ?? ''),
        regions: list(b.regions).map(r => ({ name: String(r.name ?? ''), nodeCount: Number(r.node_count ?? 0) })),
        egressTrafficPolicy: b.egress_traffic_policy == null ? null : String(b.egress_traffic_policy),
        networkVisibility: b.network_visibility == null ? null : String(b.network_visibility),
        deleteProtection: b.delete_protection == null ? null : String(b.delete_protection)
    }));
    const [allow, services, connections, egress, cmek, backups, logexport, roles, keys] = await Promise.all([
        cloudList(o, `${base}/networking/allowlist`, 'allowlist'),
        cloudGet(o, `${base}/networking/private-endpoint-services`),
        cloudGet(o, `${base}/networking/private-endpoint-connections`),
        cloudList(o, `${base}/networking/egress-private-endpoints`, 'egress_private_endpoints'),
        cloudGet(o, `${base}/cmek`),
        cloudGet(o, `${base}/backups-config`),
        cloudGet(o, `${base}/logexport`),
        cloudList(o, '/api/v1/roles', 'grants'),
        cloudList(o, '/api/v1/api-keys', 'api_keys')
    ]);
    const allowlist = toFact(allow, 'the IP allowlist', ROLES.allowlist, b => list(b.allowlist).map(e => ({
        cidrIp: String(e.cidr_ip ?? ''),
        cidrMask: Number(e.cidr_mask ?? 32),
        sql: e.sql === true,
        ui: e.ui === true,
        name: e.name == null ? null : String(e.name)
    })));
    const svc = toFact(services, 'private endpoint services', ROLES.admin, b => list(b.services).map(s => ({ region: String(s.region_name ?? ''), status: String(s.status ?? '') })));
    const conn = toFact(connections, 'private endpoint connections', ROLES.admin, b => list(b.connections).map(s => ({
        endpointId: String(s.endpoint_id ?? ''),
        region: String(s.region_name ?? ''),
        status: String(s.status ?? '')
    })));
    const privateEndpoints = !svc.ok
        ? svc
        : !conn.ok
            ? conn
            : (0,facts/* available */.qC)({ services: svc.value, connections: conn.value });
    return {
        cluster,
        allowlist,
        privateEndpoints,
        egress: toFact(egress, 'egress private endpoints', ROLES.admin, b => ({
            endpoints: list(b.egress_private_endpoints).map(e => ({
                id: String(e.id ?? ''),
                state: String(e.state ?? ''),
                target: String(e.target_service_identifier ?? '')
            }))
        })),
        cmek: toFact(cmek, 'the CMEK configuration', ROLES.admin, b => ({
            status: String(b.status ?? 'DISABLED'),
            regions: list(b.region_infos).map(r => ({
                region: String(r.region ?? ''),
                status: String(r.status ?? '')
            }))
        }), 
        // 404: no CMEK configuration exists (the Terraform provider reads it so); the add-on state
        // cannot be read from this endpoint.
        () => ({ status: 'NOT_CONFIGURED', regions: [] })),
        backupsConfig: toFact(backups, 'the managed backup configuration', ROLES.admin, b => ({
            enabled: b.enabled === true,
            frequencyMinutes: Number(b.frequency_minutes ?? 0),
            retentionDays: Number(b.retention_days ?? 0)
        })),
        logExport: toFact(logexport, 'the log export configuration', ROLES.logexport, b => ({
            status: String(b.status ?? 'DISABLED'),
            type: obj(b.spec).type == null ? null : String(obj(b.spec).type),
            omittedChannels: Array.isArray(obj(b.spec).omitted_channels)
                ? obj(b.spec).omitted_channels.map(String)
                : [],
            groups: list(obj(b.spec).groups).map(g => ({
                logName: String(g.log_name ?? ''),
                channels: Array.isArray(g.channels) ? g.channels.map(String) : [],
                minLevel: String(g.min_level ?? 'UNSPECIFIED')
            }))
        }), () => ({ status: 'DISABLED', type: null, omittedChannels: [], groups: [] })),
        consoleRoles: toFact(roles, 'the organization role grants (/api/v1/roles)', ROLES.org, b => list(b.grants).map(g => ({
            userId: String(g.user_id ?? ''),
            roles: list(g.roles).map(r => ({
                name: String(r.name ?? ''),
                resource: JSON.stringify(r.resource ?? null)
            }))
        }))),
        apiKeys: toFact(keys, 'the API keys (/api/v1/api-keys)', ROLES.keys, b => list(b.api_keys).map(k => ({
            id: String(k.id ?? ''),
            name: String(k.name ?? ''),
            serviceAccountId: String(k.service_account_id ?? ''),
            createdAt: String(k.created_at ?? '')
        })))
    };
}
/** The same fact for every Cloud endpoint. */
function cloudFacts(f) {
    return {
        cluster: f(),
        allowlist: f(),
        privateEndpoints: f(),
        egress: f(),
        cmek: f(),
        backupsConfig: f(),
        logExport: f(),
        consoleRoles: f(),
        apiKeys: f()
    };
}
/** Cloud facts when the API is not used or not reachable: each check that needs one says why. */
function cloudUnavailable(reason, fix) {
    return cloudFacts(() => (0,facts/* unavailable */.hU)(reason, fix));
}
/** Cloud facts on a self-hosted cluster: they do not exist there (not missing). */
function cloudNotApplicable(reason) {
    return cloudFacts(() => (0,facts/* notApplicableHere */.zR)(reason));
}

// EXTERNAL MODULE: ./src/engines/cockroachdb/releases.ts
var releases = __webpack_require__(44409);
// EXTERNAL MODULE: ./src/judgements/release-table.ts
var release_table = __webpack_require__(21516);
;// CONCATENATED MODULE: ./src/engines/cockroachdb/collector.ts










const CLOUD_HOST = /\.cockroachlabs\.cloud$|\.crdb\.io$/i;
/** Cloud when an API key and cluster id are given or the host is a CockroachDB Cloud host. */
function detectDeployment(env, ep) {
    const o = env.options;
    if (o.deployment !== 'auto')
        return o.deployment;
    if (o.cloudApiKey && o.cloudClusterId)
        return 'cloud';
    if (ep && CLOUD_HOST.test(ep.host))
        return 'cloud';
    return 'self-hosted';
}
/**
 * Collects SQL facts (when --url is given) and Cloud API facts (when the deployment is cloud and
 * a key and cluster id are given). Either side may fail while the other works: its checks are then
 * UNKNOWN with the reason. Only when nothing at all can be read is the target unauditable.
 */
async function collectCockroach(env, handoff) {
    try {
        return await collectWith(env, handoff);
    }
    finally {
        // Closed when nothing took it (a usage error, a fallback, no --url).
        handoff?.release();
    }
}
/**
 * `handoff` is the connection `--engine auto` chose the engine on: taken as the first session when
 * its settings read back as this collector needs them, else a session of its own is opened.
 */
async function collectWith(env, handoff) {
    const o = env.options;
    if (o.cloudApiKey && !o.cloudClusterId)
        throw new errors/* UsageError */.eb('--cloud-api-key needs --cloud-cluster-id (the cluster id from the Cloud Console or the API).');
    if (o.cloudClusterId && !o.cloudApiKey)
        throw new errors/* UsageError */.eb('--cloud-cluster-id needs --cloud-api-key (or DB_POSTURE_CLOUD_API_KEY).');
    const ep = o.url ? (0,endpoint/* parseEndpoint */.Bk)(o.url, env.redactor, o.urlSource ?? '--url') : undefined;
    const deployment = detectDeployment(env, ep);
    const problems = [];
    let sql;
    let sqlError;
    if (ep) {
        env.progress.step(`connecting to CockroachDB at ${ep.host}:${ep.port}`);
        let session;
        try {
            session =
                (handoff && (await CrdbSession.adopt(handoff, ep.database, env.redactor))) ??
                    (await CrdbSession.open(ep, o.connectTimeoutMs, o.statementTimeoutMs, env.redactor));
        }
        catch (error) {
            sqlError = (0,sqlwire_errors/* connectionFailure */.Dx)(error, ep, o.connectTimeoutMs, env.redactor, 'CockroachDB');
        }
        if (session) {
            const pool = new CrdbSessionPool(session, o.concurrency, () => CrdbSession.open(ep, o.connectTimeoutMs, o.statementTimeoutMs, env.redactor));
            try {
                sql = await collectSqlFacts(pool, ep, env);
            }
            finally {
                await pool.close();
                await session.close();
            }
        }
        else {
            problems.push(sqlError.message);
            sql = sqlUnavailable(`SQL could not be reached: ${sqlError.message.replace(/\.$/, '')}.`);
        }
    }
    else {
        sql = sqlUnavailable('No --url was given, so nothing was read over SQL.', 'pass a connection string with --url (or DB_POSTURE_URL).');
    }
    let cloud;
    if (deployment === 'self-hosted') {
        cloud = cloudNotApplicable('Self-hosted deployment: there is no CockroachDB Cloud API to read.');
    }
    else if (!o.cloudApiKey || !o.cloudClusterId) {
        cloud = cloudUnavailable('No Cloud API key and cluster id were given, so the Cloud configuration was not read.', 'pass --cloud-api-key (or DB_POSTURE_CLOUD_API_KEY) and --cloud-cluster-id.');
    }
    else {
        env.progress.step('reading the CockroachDB Cloud API');
        try {
            cloud = await collectCloudFacts({
                baseUrl: o.cloudApiUrl,
                apiKey: o.cloudApiKey,
                timeoutMs: o.connectTimeoutMs,
                onWait: m => env.progress.warn(m)
            }, o.cloudClusterId, env.redactor);
        }
        catch (error) {
            if (!(error instanceof CloudTargetError))
                throw error;
            problems.push(error.message);
            cloud = cloudUnavailable(error.message);
        }
    }
    const sqlOk = sql.version.ok;
    const cloudOk = cloud.cluster.ok;
    if (!sqlOk && !cloudOk) {
        if (sqlError && !(o.cloudApiKey && o.cloudClusterId))
            throw sqlError;
        if (problems.length)
            throw new errors/* TargetError */.I0(problems.join(' '));
    }
    for (const p of problems)
        env.progress.warn(p);
    const facts = {
        version: sql.version,
        settings: sql.settings,
        users: sql.users,
        publicGrants: sql.publicGrants,
        systemGrants: sql.systemGrants,
        schedules: sql.schedules,
        nodeArgs: sql.nodeArgs,
        stores: sql.stores,
        tls: sql.tls,
        license: sql.license,
        ...(sql.clusterId ? { clusterId: sql.clusterId } : {}),
        ...(ep ? { auditLogin: ep.user } : {}),
        auditedTables: sql.auditedTables,
        ...(sql.certFiles ? { certFiles: sql.certFiles } : {}),
        cloud,
        releases: releases/* CRDB_RELEASES */.fx
    };
    return {
        target: describeTarget(env, ep, deployment, facts, sql.clusterId),
        facts,
        notes: [
            (0,release_table/* releaseTableNote */.a$)('CockroachDB (docs versions.csv)', releases/* CRDB_RELEASES */.fx.asOf, env.now),
            ...problems.map(p => (0,core_text/* msg */.ab) `Part of the audit could not run: ${(0,core_text/* raw */.lS)(p)}`)
        ],
        unavailable: listUnavailable(facts)
    };
}
function listUnavailable(f) {
    const { settings, cloud, releases: _releases, clusterId: _clusterId, auditLogin: _login, ...sql } = f;
    return (0,facts/* missingFacts */.Yq)([
        ...Object.entries(sql),
        ...Object.entries(settings),
        ...Object.entries(cloud).map(([k, v]) => [`cloud.${k}`, v])
    ]);
}
function describeTarget(env, ep, deployment, f, sqlClusterId) {
    const cluster = f.cloud.cluster.ok ? f.cloud.cluster.value : undefined;
    const tag = f.version.ok ? f.version.value.tag : cluster?.version;
    const version = tag ? ((0,releases/* parseCrdbVersion */.Lh)(tag) ? tag.replace(/^v?/, 'v') : tag) : undefined;
    const name = env.options.name ??
        (cluster?.name || (ep ? `${ep.host}` : 'cockroachdb'))
            .replace(/[^A-Za-z0-9._-]/g, '-')
            .replace(/^[^A-Za-z0-9]+/, '')
            .slice(0, 63);
    const details = [];
    if (ep)
        details.push(['Server', `${ep.host}:${ep.port}`], ['Audit Login', ep.user]);
    if (cluster)
        details.push(['Cloud Provider', cluster.cloudProvider], ['Cluster Name', cluster.name]);
    return {
        engine: 'cockroachdb',
        deployment,
        name: name || 'cockroachdb',
        ...(cluster?.id || sqlClusterId ? { clusterId: cluster?.id ?? sqlClusterId } : {}),
        ...(version ? { version } : {}),
        ...(cluster ? { plan: cluster.plan } : deployment === 'self-hosted' ? { plan: 'Self-hosted' } : {}),
        ...(cluster ? { regions: cluster.regions.map(r => r.name) } : {}),
        details
    };
}


/***/ }),

/***/ 21516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a$: () => (/* binding */ releaseTableNote)
/* harmony export */ });
/* unused harmony exports RELEASE_TABLE_STALE_DAYS, releaseTableAge */
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);

/** A release table older than this may miss releases: the report says so. */
const RELEASE_TABLE_STALE_DAYS = 120;
/** Days between the table's date and the audit. */
function releaseTableAge(asOf, now) {
    return Math.floor((now.getTime() - Date.parse(`${asOf}T00:00:00Z`)) / 86_400_000);
}
/** The report note naming the release table and, when it is stale, how old it is. */
function releaseTableNote(product, asOf, now, staleDays = RELEASE_TABLE_STALE_DAYS) {
    const age = releaseTableAge(asOf, now);
    const stale = age > staleDays ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(` (${age} days before this audit: newer releases may exist)`) : (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)('');
    return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .msg */ .ab) `Release and end-of-support data: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(product)} release table dated ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(asOf)}${stale}.`;
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
