export const id = 327;
export const ids = [327,946];
export const modules = {

/***/ 11327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectPostgres: () => (/* binding */ collectPostgres)
});

// EXTERNAL MODULE: ./src/core/facts.ts
var core_facts = __webpack_require__(57532);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/sqlwire/tls-probe.ts
var tls_probe = __webpack_require__(22499);
// EXTERNAL MODULE: ./src/sqlwire/endpoint.ts
var endpoint = __webpack_require__(51108);
// EXTERNAL MODULE: ./src/sqlwire/errors.ts
var sqlwire_errors = __webpack_require__(21250);
// EXTERNAL MODULE: ./src/sqlwire/detect.ts
var detect = __webpack_require__(43946);
// EXTERNAL MODULE: ./src/sqlwire/session.ts
var sqlwire_session = __webpack_require__(20313);
;// CONCATENATED MODULE: ./src/engines/postgres/queries.ts
/**
 * Every statement the PostgreSQL collector runs. All are set-based catalog reads: the number of
 * statements grows with the number of databases, never with tables or roles.
 *
 * The audited party controls everything outside pg_catalog: a database owner can create a schema
 * with its own `aclexplode`, `unnest`, `=` operator or `text` type and point the database's
 * search_path at it. Two defences, both required:
 * - the session pins `search_path = pg_catalog, pg_temp` as a startup option, which outranks every
 *   ALTER DATABASE/ROLE ... SET, and the collector verifies the pin before reading anything
 *   (see `PINNED_SETTINGS` in the wire module). Functions and operators are never looked up in
 *   pg_temp, so with that path only pg_catalog can answer an unqualified operator;
 * - every relation, function, aggregate and type name below is written `pg_catalog.<name>`, so a
 *   name cannot resolve elsewhere even if a pin were ever lost.
 * Only built-in, superuser-owned pg_catalog objects are ever called: nothing the target owns runs.
 */
const APP_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;
/** Objects created by an extension are the extension's business, not the application's. */
const NOT_EXTENSION_MEMBER = (classid, oid) => `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = '${classid}'::pg_catalog.regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
const UTC_TIMESTAMP = (column) => `pg_catalog.to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
/** The session check: the pins the wire module asked for, read back before any fact is trusted. */
const SESSION_QUERY = `SELECT pg_catalog.version() AS version,
  pg_catalog.current_setting('search_path') AS search_path,
  pg_catalog.current_setting('transaction_read_only') AS read_only,
  pg_catalog.current_setting('row_security') AS row_security`;
const CLUSTER_QUERIES = {
    server: `SELECT pg_catalog.current_setting('server_version_num')::pg_catalog.int4 AS num, current_user AS usr,
    COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user), false) AS su,
    pg_catalog.pg_has_role(current_user, 'pg_read_all_settings', 'USAGE') AS read_all`,
    settings: `SELECT name, setting, unit, source, context, pending_restart FROM pg_catalog.pg_settings`,
    pgauditPlaceholder: `SELECT pg_catalog.current_setting('pgaudit.log', true) AS value`,
    hba: `SELECT * FROM pg_catalog.pg_hba_file_rules`,
    roles: `SELECT oid::pg_catalog.int8 AS oid, rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin,
    rolreplication, rolbypassrls,
    CASE WHEN rolvaliduntil IS NULL OR rolvaliduntil = 'infinity'::pg_catalog.timestamptz THEN NULL
         ELSE ${UTC_TIMESTAMP('rolvaliduntil')} END AS valid_until
    FROM pg_catalog.pg_roles`,
    memberships: `SELECT roleid::pg_catalog.int8 AS roleid, member::pg_catalog.int8 AS member, admin_option FROM pg_catalog.pg_auth_members`,
    // The hash itself is never fetched: only its kind.
    passwords: `SELECT rolname, CASE WHEN rolpassword IS NULL THEN 'none' WHEN rolpassword LIKE 'md5%' THEN 'md5'
    WHEN rolpassword LIKE 'SCRAM-SHA-256$%' THEN 'scram-sha-256' ELSE 'other' END AS kind FROM pg_catalog.pg_authid`,
    // Only pgaudit.* overrides are read; other per-role settings may hold application secrets.
    roleSettings: `SELECT r.rolname, d.datname,
    ARRAY(SELECT c FROM pg_catalog.unnest(s.setconfig) c WHERE c ILIKE 'pgaudit.%') AS cfg
    FROM pg_catalog.pg_db_role_setting s
    LEFT JOIN pg_catalog.pg_roles r ON r.oid = s.setrole
    LEFT JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase
    WHERE EXISTS (SELECT 1 FROM pg_catalog.unnest(s.setconfig) c WHERE c ILIKE 'pgaudit.%')`,
    archiver: `SELECT archived_count::pg_catalog.int8 AS archived, failed_count::pg_catalog.int8 AS failed,
    ${UTC_TIMESTAMP('last_archived_time')} AS last_archived,
    ${UTC_TIMESTAMP('last_failed_time')} AS last_failed
    FROM pg_catalog.pg_stat_archiver`,
    senders: `SELECT application_name, client_addr::pg_catalog.text AS client_addr, state FROM pg_catalog.pg_stat_replication`,
    slots: `SELECT slot_name, slot_type, active FROM pg_catalog.pg_replication_slots`,
    databases: `SELECT datname FROM pg_catalog.pg_database WHERE datallowconn AND NOT datistemplate ORDER BY datname`
};
const DATABASE_QUERIES = {
    publicSchema: `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = 'public') AS has_public,
    EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n,
      pg_catalog.aclexplode(COALESCE(n.nspacl, pg_catalog.acldefault('n', n.nspowner))) a
      WHERE n.nspname = 'public' AND a.grantee = 0 AND a.privilege_type = 'CREATE') AS public_create`,
    publicGrants: `SELECT n.nspname AS schema, c.relname AS name, c.relkind::pg_catalog.text AS kind,
    pg_catalog.array_agg(DISTINCT a.privilege_type ORDER BY a.privilege_type) AS privileges
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
    WHERE c.relacl IS NOT NULL AND a.grantee = 0 AND c.relkind IN ('r', 'v', 'm', 'f', 'p')
      AND a.privilege_type IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')
      AND ${APP_SCHEMAS} AND ${NOT_EXTENSION_MEMBER('pg_catalog.pg_class', 'c.oid')}
    GROUP BY 1, 2, 3 ORDER BY 1, 2`,
    grantOptions: `SELECT 'table' AS object_type, n.nspname AS schema, c.relname AS name,
      pg_catalog.pg_get_userbyid(a.grantee) AS grantee, pg_catalog.pg_get_userbyid(c.relowner) AS owner,
      pg_catalog.array_agg(a.privilege_type ORDER BY a.privilege_type) AS privileges
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
    WHERE c.relacl IS NOT NULL AND a.is_grantable AND a.grantee <> c.relowner AND a.grantee <> 0 AND ${APP_SCHEMAS}
      AND ${NOT_EXTENSION_MEMBER('pg_catalog.pg_class', 'c.oid')}
    GROUP BY 1, 2, 3, 4, 5
    UNION ALL
    SELECT 'schema', n.nspname, n.nspname, pg_catalog.pg_get_userbyid(a.grantee), pg_catalog.pg_get_userbyid(n.nspowner),
      pg_catalog.array_agg(a.privilege_type ORDER BY a.privilege_type)
    FROM pg_catalog.pg_namespace n CROSS JOIN LATERAL pg_catalog.aclexplode(n.nspacl) a
    WHERE n.nspacl IS NOT NULL AND a.is_grantable AND a.grantee <> n.nspowner AND a.grantee <> 0 AND ${APP_SCHEMAS}
    GROUP BY 1, 2, 3, 4, 5
    UNION ALL
    SELECT 'function', n.nspname, p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
      pg_catalog.pg_get_userbyid(a.grantee), pg_catalog.pg_get_userbyid(p.proowner),
      pg_catalog.array_agg(a.privilege_type ORDER BY a.privilege_type)
    FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
    CROSS JOIN LATERAL pg_catalog.aclexplode(p.proacl) a
    WHERE p.proacl IS NOT NULL AND a.is_grantable AND a.grantee <> p.proowner AND a.grantee <> 0 AND ${APP_SCHEMAS}
      AND ${NOT_EXTENSION_MEMBER('pg_catalog.pg_proc', 'p.oid')}
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4`,
    securityDefiners: `SELECT n.nspname AS schema, p.proname AS name,
      pg_catalog.pg_get_function_identity_arguments(p.oid) AS args,
      pg_catalog.pg_get_userbyid(p.proowner) AS owner,
      (SELECT pg_catalog.substr(c, 13) FROM pg_catalog.unnest(p.proconfig) c WHERE c LIKE 'search\\_path=%' LIMIT 1) AS search_path,
      (SELECT e.extname FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
        WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid
          AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e' LIMIT 1) AS extension
    FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
    WHERE p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')
    ORDER BY 1, 2, 3`,
    languages: `SELECT lanname, lanpltrusted FROM pg_catalog.pg_language WHERE lanispl ORDER BY lanname`,
    extensions: `SELECT e.extname, e.extversion, a.default_version
    FROM pg_catalog.pg_extension e LEFT JOIN pg_catalog.pg_available_extensions a ON a.name = e.extname
    ORDER BY e.extname`,
    rowLevelSecurity: `SELECT n.nspname || '.' || c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE (c.relrowsecurity OR c.relforcerowsecurity) AND c.relkind IN ('r', 'p') ORDER BY 1`,
    publications: `SELECT pubname FROM pg_catalog.pg_publication ORDER BY pubname`
};

;// CONCATENATED MODULE: ./src/engines/postgres/connection.ts







/**
 * Stops the rest of a pipelined message unless the pins hold: the effective schema path is
 * pg_catalog alone and the transaction is read-only. Written so that it resolves nothing through
 * the search path it checks (qualified functions and operators), and not constant-foldable, so the
 * error is raised when it runs, never at planning time of a session whose pins did hold.
 */
const PIN_GUARD = `SELECT CASE WHEN pg_catalog.array_to_string(pg_catalog.current_schemas(false), ',') OPERATOR(pg_catalog.=) 'pg_catalog'
  AND pg_catalog.current_setting('transaction_read_only') OPERATOR(pg_catalog.=) 'on' THEN 1
  ELSE 1 OPERATOR(pg_catalog./) (pg_catalog.length(pg_catalog.current_setting('search_path')) OPERATOR(pg_catalog.*) 0) END AS pinned`;
const factStatements = (reads) => reads.map(r => `SAVEPOINT fact; ${r.sql}; RELEASE SAVEPOINT fact`).join('; ');
/**
 * A read-only session: pinned settings at startup (read-only default, search_path
 * pg_catalog-only, row security off, fixed formats), verified before any read is trusted; every
 * statement runs inside one REPEATABLE READ READ ONLY transaction, and each fact query sits behind a
 * savepoint so a permission error spoils only that fact. The savepoint, the query and its release
 * travel in one simple-protocol message: one round trip per batch of facts; a failed batch falls
 * back to one read per fact. The ROLLBACK TO SAVEPOINT after a failed fact rides on the next
 * message instead of costing a round trip of its own, and the read-only transaction is never
 * committed: closing the connection ends it.
 */
class ReadOnlySession {
    client;
    redactor;
    database;
    serverVersion;
    /** Statements sent (savepoints included), for the bench. */
    queries = 0;
    /** Round trips to the server after the startup exchange, for the bench. */
    roundTrips = 0;
    lost;
    /** A failed fact left the transaction aborted: the next message starts by rolling it back. */
    pendingRollback = false;
    /** The opening batch failed with a PostgreSQL session: readMany goes straight to one read per fact. */
    batchFailed = false;
    constructor(client, redactor, database, 
    /** `version()` as this session saw it. */
    serverVersion) {
        this.client = client;
        this.redactor = redactor;
        this.database = database;
        this.serverVersion = serverVersion;
    }
    static async open(ep, database, opts, redactor) {
        return (await ReadOnlySession.openWith(ep, database, opts, redactor, []))[0];
    }
    /**
     * Opens the session and reads `reads` in the same round trip as the snapshot and the pin check:
     * BEGIN, the session check, a guard that aborts the message unless the pins hold, then the
     * facts. No fact query runs before the guard has passed, and no result is used before the pins
     * read back from the session check are verified here. When the message fails (a pin guard, a
     * fact), the transaction is rolled back and opened again the plain way, which reports a pin
     * failure as before, and the facts come back undefined: the caller reads them with readMany
     * (one read per fact, the batch having failed once already).
     */
    static async openWith(ep, database, opts, redactor, reads, handoff) {
        let lost;
        let session;
        const onLost = (error) => {
            lost = (0,core_text/* msg */.ab) `the connection was lost (${(0,sqlwire_errors/* describePgError */.Ry)(error, redactor).text})`;
            if (session)
                session.lost ??= lost;
        };
        // The connection --engine auto opened with these same pins and options, when there is one:
        // it is verified below exactly like a fresh one.
        const client = handoff?.take(database, onLost) ??
            (await (0,sqlwire_session/* openPinnedClient */.oD)(ep, database, { ...opts, pins: sqlwire_session/* POSTGRES_PINS */.pZ, onLost }));
        const begin = `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; ${SESSION_QUERY}`;
        /** Checks the pins read back by the session check, the statement at `at` of the message. */
        const verify = (results, expected, at) => {
            if (!Array.isArray(results) || results.length !== expected)
                throw new errors/* TargetError */.I0(`The server at ${(0,endpoint/* describeWhere */.tb)(ep)} did not answer the session check as PostgreSQL does (${expected} results for ${expected} statements).`);
            const row = results[at].rows[0];
            if (!(0,sqlwire_session/* sameSearchPath */.Cq)(String(row.search_path), sqlwire_session/* POSTGRES_PINS */.pZ.search_path) || row.read_only !== 'on') {
                throw new errors/* TargetError */.I0(`The session on ${(0,endpoint/* describeWhere */.tb)(ep)}/${database} could not be pinned (search_path ${JSON.stringify(redactor.scrub(String(row.search_path)))}, read-only ${JSON.stringify(String(row.read_only))}): a connection pooler may drop startup options; audit the server directly.`);
            }
            const s = new ReadOnlySession(client, redactor, database, String(row.version));
            s.lost = lost;
            return s;
        };
        try {
            if (reads.length === 0) {
                // One round trip: open the snapshot and read back the pins in it.
                session = verify((await client.query(begin)), 2, 1);
                session.queries += 2;
                session.roundTrips++;
                return [session, []];
            }
            let results;
            try {
                results = (await client.query(`${begin}; ${PIN_GUARD}; ${factStatements(reads)}`));
            }
            catch {
                // The pins or a fact failed: nothing of the message is used. Start again the plain way.
                results = undefined;
            }
            if (results) {
                session = verify(results, 3 + 3 * reads.length, 1);
                session.queries += 3 + 3 * reads.length;
                session.roundTrips++;
                const facts = reads.map((_, i) => (0,core_facts/* available */.qC)(results[3 + 3 * i + 1].rows));
                return [session, facts];
            }
            session = verify((await client.query(`ROLLBACK; ${begin}`)), 3, 2);
            session.queries += 3 + 3 * reads.length + 3;
            session.roundTrips += 2;
            session.batchFailed = true;
            // The caller reads the facts (readMany) once it has looked at the server it reached.
            return [session, undefined];
        }
        catch (error) {
            await client.end().catch(() => undefined);
            throw error;
        }
    }
    /**
     * Runs one catalog query as a fact. A missing privilege becomes an unavailable fact with the
     * grant that fixes it; any other error (lost session, timeout, server error) is a fault that
     * makes the audit incomplete.
     */
    async read(what, sql, fix) {
        if (this.lost)
            return (0,core_facts/* faulted */.UQ)((0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what)} could not be read: ${(0,core_text/* raw */.lS)(this.lost)}.`);
        const prefix = this.takeRollback();
        try {
            this.queries += 3 + prefix.count;
            this.roundTrips++;
            const results = (await this.client.query(`${prefix.sql}SAVEPOINT fact; ${sql}; RELEASE SAVEPOINT fact`));
            return (0,core_facts/* available */.qC)(results[prefix.count + 1].rows);
        }
        catch (error) {
            const { code, text } = (0,sqlwire_errors/* describePgError */.Ry)(error, this.redactor);
            // The rollback carried in front failed: there was no savepoint to go back to, so the
            // session is in a state this class does not know. Nothing more is read from it.
            if (code === '3B001')
                this.lost ??= (0,core_text/* msg */.ab) `the connection became unusable`;
            this.pendingRollback = true;
            const reason = code === '57014'
                ? (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what)} could not be read: the statement timed out after the statement timeout (${text}).`
                : (0,core_text/* msg */.ab) `${(0,core_text/* raw */.lS)(what)} could not be read: ${text}${(0,core_text/* raw */.lS)(code ? ` (SQLSTATE ${code})` : '')}.`;
            const suggestion = fix?.(code) ??
                (code === '57014' ? 'Raise --statement-timeout or audit at a quieter time.' : undefined);
            return (0,sqlwire_errors/* isPrivilegeError */.Qg)(code) ? (0,core_facts/* unavailable */.hU)(reason, suggestion) : (0,core_facts/* faulted */.UQ)(reason, suggestion);
        }
    }
    /** The ROLLBACK TO SAVEPOINT a failed fact left owing, to send in front of the next message. */
    takeRollback() {
        if (!this.pendingRollback)
            return { sql: '', count: 0 };
        this.pendingRollback = false;
        return { sql: 'ROLLBACK TO SAVEPOINT fact; ', count: 1 };
    }
    /**
     * Reads several facts in one round trip: one simple-protocol message carrying a savepoint, the
     * query and its release for each fact. A failure anywhere aborts the rest of the message, so the
     * batch then rolls back and falls back to one `read` per fact, which isolates the failing fact
     * exactly as before (and costs the extra round trips only when something failed).
     */
    async readMany(reads) {
        if (reads.length === 0)
            return [];
        const again = this.batchFailed;
        this.batchFailed = false;
        if (!this.lost && !again) {
            const prefix = this.takeRollback();
            try {
                this.queries += 3 * reads.length + prefix.count;
                this.roundTrips++;
                const results = (await this.client.query(prefix.sql + factStatements(reads)));
                if (Array.isArray(results) && results.length === 3 * reads.length + prefix.count)
                    return reads.map((_, i) => (0,core_facts/* available */.qC)(results[prefix.count + 3 * i + 1].rows));
            }
            catch (error) {
                if (error.code === '3B001')
                    this.lost ??= (0,core_text/* msg */.ab) `the connection became unusable`;
                else
                    this.pendingRollback = true;
            }
        }
        const out = [];
        for (const r of reads)
            out.push(await this.read(r.what, r.sql, r.fix));
        return out;
    }
    /**
     * Ends the session. The transaction only read, so it is not committed: the server discards it
     * with the connection. Resolves when the socket is closed; a caller with more work to do need
     * not wait for it.
     */
    async close() {
        await this.client.end().catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./src/core/bounded.ts
var bounded = __webpack_require__(40926);
// EXTERNAL MODULE: ./src/judgements/release-table.ts
var release_table = __webpack_require__(21516);
// EXTERNAL MODULE: ./src/engines/postgres/releases.ts
var releases = __webpack_require__(5613);
;// CONCATENATED MODULE: ./src/engines/postgres/collector.ts












function mapFact(fact, fn) {
    return fact.ok ? (0,core_facts/* available */.qC)(fn(fact.value)) : fact;
}
/** Options like ldapbindpasswd=... or radiussecrets=... must never leave the collector. */
const SECRET_HBA_OPTIONS = /^(ldapbindpasswd|radiussecrets|radiussecret)=/i;
function toHbaRule(row) {
    const list = (v) => (Array.isArray(v) ? v : v == null ? [] : [String(v)]);
    return {
        lineNumber: Number(row.line_number),
        fileName: row.file_name ?? null,
        type: row.type ?? null,
        databases: list(row.database),
        users: list(row.user_name),
        address: row.address ?? null,
        netmask: row.netmask ?? null,
        method: row.auth_method ?? null,
        options: list(row.options).map(o => (SECRET_HBA_OPTIONS.test(o) ? o.replace(/=.*$/, '=***') : o)),
        error: row.error ?? null
    };
}
function parseSettingList(entries) {
    const out = {};
    for (const e of entries) {
        const eq = e.indexOf('=');
        if (eq > 0)
            out[e.slice(0, eq).toLowerCase()] = e.slice(eq + 1);
    }
    return out;
}
/** The catalog reads of one database, all sent in one message with the session's opening. */
function databaseReads(name) {
    const q = DATABASE_QUERIES;
    // The database name is the target's text: it is quoted by msg, never spliced into markup.
    return [
        { what: (0,core_text/* msg */.ab) `Schema privileges of database "${name}"`, sql: q.publicSchema },
        { what: (0,core_text/* msg */.ab) `Table privileges of database "${name}"`, sql: q.publicGrants },
        { what: (0,core_text/* msg */.ab) `Grant options in database "${name}"`, sql: q.grantOptions },
        { what: (0,core_text/* msg */.ab) `Functions of database "${name}"`, sql: q.securityDefiners },
        { what: (0,core_text/* msg */.ab) `Languages of database "${name}"`, sql: q.languages },
        { what: (0,core_text/* msg */.ab) `Extensions of database "${name}"`, sql: q.extensions },
        { what: (0,core_text/* msg */.ab) `Row-level security of database "${name}"`, sql: q.rowLevelSecurity },
        { what: (0,core_text/* msg */.ab) `Publications of database "${name}"`, sql: q.publications }
    ];
}
/** The facts of one database from the answers to its reads (in databaseReads order). */
function databaseFacts(name, answers) {
    const [publicSchema, publicGrants, grantOptions, secdef, languages, extensions, rls, publications] = answers;
    return {
        name,
        publicSchemaCreate: mapFact(publicSchema, rows => rows[0]?.has_public ? Boolean(rows[0].public_create) : null),
        publicGrants: mapFact(publicGrants, rows => rows.map(r => ({
            schema: String(r.schema),
            name: String(r.name),
            kind: String(r.kind),
            privileges: r.privileges
        }))),
        grantOptions: mapFact(grantOptions, rows => rows.map(r => ({
            objectType: r.object_type,
            schema: String(r.schema),
            name: String(r.name),
            grantee: String(r.grantee),
            owner: String(r.owner),
            privileges: r.privileges
        }))),
        securityDefiners: mapFact(secdef, rows => rows.map(r => ({
            schema: String(r.schema),
            name: String(r.name),
            args: String(r.args ?? ''),
            owner: String(r.owner),
            searchPath: r.search_path ?? null,
            extension: r.extension ?? null
        }))),
        languages: mapFact(languages, rows => rows.map(r => ({ name: String(r.lanname), trusted: Boolean(r.lanpltrusted) }))),
        extensions: mapFact(extensions, rows => rows.map(r => ({
            name: String(r.extname),
            version: String(r.extversion),
            defaultVersion: r.default_version ?? null
        }))),
        rowLevelSecurity: mapFact(rls, rows => ({
            enabled: rows.filter(r => r.enabled).map(r => String(r.name)),
            forced: rows.filter(r => r.forced).map(r => String(r.name))
        })),
        publications: mapFact(publications, rows => rows.map(r => String(r.pubname)))
    };
}
/** Every fact of a database that could not be visited carries the same reason. */
function unreachableDatabase(name, f) {
    return {
        name,
        publicSchemaCreate: f,
        publicGrants: f,
        grantOptions: f,
        securityDefiners: f,
        languages: f,
        extensions: f,
        rowLevelSecurity: f,
        publications: f
    };
}
function defaultName(ep) {
    const base = ep.socket ? `local-${ep.database}` : `${ep.host}-${ep.database}`;
    return (base
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 63) || 'postgres');
}
/**
 * The PostgreSQL collector: one read-only session on the URL's database for cluster-wide facts,
 * then every other connectable database visited with bounded concurrency and one connection each,
 * plus a TLS handshake on the server port. Every failure is recorded as an unavailable fact.
 */
async function collectPostgres(env, hooks = {}, handoff) {
    const { options, progress, redactor } = env;
    if (!options.url)
        throw new errors/* UsageError */.eb('The postgres engine needs --url (or DB_POSTURE_URL).');
    const ep = (0,endpoint/* parseEndpoint */.Bk)(options.url, redactor, options.urlSource ?? '--url');
    const sessionOpts = {
        connectTimeoutMs: options.connectTimeoutMs,
        statementTimeoutMs: options.statementTimeoutMs
    };
    const stats = { connections: 0, statements: 0 };
    progress.step(`connecting to ${ep.socket ? ep.host : `${ep.host}:${ep.port}`}/${ep.database}`);
    const tlsPromise = ep.socket
        ? Promise.resolve((0,core_facts/* unavailable */.hU)('The audit connected over a Unix socket, so there is no TLS endpoint to probe.', 'Audit over TCP (host=...) to inspect the served certificate.'))
        : (0,tls_probe/* probePostgresTls */.XS)(ep.host, ep.port, options.connectTimeoutMs, ep.host).then(r => (0,core_facts/* available */.qC)(r), e => (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `The TLS handshake with the server port failed: ${redactor.scrub(e.message)}.`));
    const c = CLUSTER_QUERIES;
    // The first message of the main session carries the server-wide facts and the URL database's own
    // catalog reads with the session check: one round trip after the startup exchange.
    const clusterReads = [
        { what: (0,core_text/* msg */.ab) `The server version`, sql: c.server },
        { what: (0,core_text/* msg */.ab) `pg_settings`, sql: c.settings },
        { what: (0,core_text/* msg */.ab) `The pgaudit.log placeholder`, sql: c.pgauditPlaceholder },
        { what: (0,core_text/* msg */.ab) `pg_roles`, sql: c.roles },
        { what: (0,core_text/* msg */.ab) `pg_auth_members`, sql: c.memberships },
        { what: (0,core_text/* msg */.ab) `pg_db_role_setting`, sql: c.roleSettings },
        { what: (0,core_text/* msg */.ab) `pg_stat_archiver`, sql: c.archiver },
        { what: (0,core_text/* msg */.ab) `pg_stat_replication`, sql: c.senders },
        { what: (0,core_text/* msg */.ab) `pg_replication_slots`, sql: c.slots },
        { what: (0,core_text/* msg */.ab) `pg_database`, sql: c.databases }
    ];
    const firstReads = [...clusterReads, ...databaseReads(ep.database)];
    let main;
    let first;
    try {
        [main, first] = await ReadOnlySession.openWith(ep, ep.database, sessionOpts, redactor, firstReads, handoff);
        stats.connections++;
    }
    catch (error) {
        await tlsPromise;
        // A server that answered but refused the PostgreSQL session (its pins or its first query) may
        // be CockroachDB given --engine postgres: say what to use instead of a puzzling SQL error.
        if (error.code || error instanceof errors/* TargetError */.I0) {
            const detected = await (0,detect/* detectSqlEngine */.a2)(ep, sessionOpts, redactor).catch(() => undefined);
            if (detected?.engine === 'cockroachdb')
                throw new errors/* UsageError */.eb(`The server is CockroachDB (${detected.version}). Use --engine cockroachdb (or auto) for it.`);
        }
        if (error instanceof errors/* TargetError */.I0)
            throw error;
        throw (0,sqlwire_errors/* connectionFailure */.Dx)(error, ep, options.connectTimeoutMs, redactor, 'PostgreSQL');
    }
    const closing = [];
    try {
        if ((0,detect/* productFromVersion */.am)(main.serverVersion) === 'cockroachdb') {
            throw new errors/* UsageError */.eb(`The server is CockroachDB (${main.serverVersion}). Use --engine cockroachdb (or auto) for it.`);
        }
        // The batch failed (a fact the login may not read, a pin): the facts one by one.
        first ??= await main.readMany(firstReads);
        const [serverRows, settingsRows, placeholderRows, rolesRows, membershipRows, roleSettingRows, archiverRows, senders, slots, dbList] = first;
        const mainDatabase = databaseFacts(ep.database, first.slice(clusterReads.length));
        // Without the version no check can be judged: the audit cannot go on (exit 3, not a defect).
        if (!serverRows.ok)
            throw new errors/* TargetError */.I0(`Cannot audit ${ep.host}:${ep.port}: ${serverRows.reason.text}`);
        const s = serverRows.value[0];
        const version = main.serverVersion;
        const server = {
            versionNum: Number(s.num),
            version,
            currentUser: String(s.usr),
            isSuperuser: Boolean(s.su),
            canReadAllSettings: Boolean(s.su) || Boolean(s.read_all),
            host: ep.host,
            port: ep.port,
            database: ep.database
        };
        progress.step('reading cluster settings, roles and pg_hba rules');
        const hbaFix = (code) => code === '42501'
            ? (0,core_text/* msg */.ab) `Run the audit as a superuser, or GRANT SELECT ON pg_catalog.pg_hba_file_rules and EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO ${server.currentUser}.`
            : undefined;
        const authidFix = (code) => code === '42501'
            ? 'Run the audit as a superuser: pg_authid (stored password hashes) is readable only by superusers.'
            : undefined;
        // The two catalogs only a superuser may read, in one round trip for a superuser; for anyone
        // else one read each (a batch would fail and cost a per-fact retry). They run on the main
        // session while the other databases are visited.
        const privileged = [
            { what: (0,core_text/* msg */.ab) `pg_hba_file_rules`, sql: c.hba, fix: hbaFix },
            { what: (0,core_text/* msg */.ab) `pg_authid`, sql: c.passwords, fix: authidFix }
        ];
        const privilegedPromise = server.isSuperuser
            ? main.readMany(privileged)
            : (async () => [
                await main.read(privileged[0].what, privileged[0].sql, hbaFix),
                await main.read(privileged[1].what, privileged[1].sql, authidFix)
            ])();
        // Settled before anything can throw past it, so no rejection is left unobserved.
        privilegedPromise.catch(() => undefined);
        const settings = mapFact(settingsRows, rows => {
            const out = {};
            for (const r of rows) {
                out[String(r.name)] = {
                    name: String(r.name),
                    setting: String(r.setting ?? ''),
                    unit: r.unit ?? null,
                    source: r.source ?? null,
                    context: r.context ?? null,
                    pendingRestart: Boolean(r.pending_restart)
                };
            }
            return out;
        });
        const placeholder = mapFact(placeholderRows, rows => rows[0]?.value == null || rows[0].value === '' ? null : String(rows[0].value));
        const roles = mapFact(rolesRows, rows => rows.map((r) => ({
            oid: Number(r.oid),
            name: String(r.rolname),
            superuser: Boolean(r.rolsuper),
            inherit: Boolean(r.rolinherit),
            createRole: Boolean(r.rolcreaterole),
            createDb: Boolean(r.rolcreatedb),
            canLogin: Boolean(r.rolcanlogin),
            replication: Boolean(r.rolreplication),
            bypassRls: Boolean(r.rolbypassrls),
            validUntil: r.valid_until ?? null
        })));
        const memberships = mapFact(membershipRows, rows => rows.map((r) => ({
            roleOid: Number(r.roleid),
            memberOid: Number(r.member),
            adminOption: Boolean(r.admin_option)
        })));
        const roleSettings = mapFact(roleSettingRows, rows => rows.map((r) => ({
            role: r.rolname ?? null,
            database: r.datname ?? null,
            settings: parseSettingList(r.cfg ?? [])
        })));
        const archiver = mapFact(archiverRows, rows => ({
            archivedCount: Number(rows[0]?.archived ?? 0),
            failedCount: Number(rows[0]?.failed ?? 0),
            lastArchivedTime: rows[0]?.last_archived ?? null,
            lastFailedTime: rows[0]?.last_failed ?? null
        }));
        const replication = !senders.ok
            ? senders
            : !slots.ok
                ? slots
                : (0,core_facts/* available */.qC)({
                    senders: senders.value.map(r => ({
                        applicationName: String(r.application_name ?? ''),
                        clientAddr: r.client_addr ?? null,
                        state: r.state ?? null
                    })),
                    slots: slots.value.map(r => ({
                        name: String(r.slot_name),
                        type: String(r.slot_type),
                        active: Boolean(r.active)
                    }))
                });
        let databases;
        if (!dbList.ok) {
            databases = dbList;
        }
        else {
            const names = dbList.value.map(r => String(r.datname));
            let done = 0;
            progress.count('databases', 0, names.length);
            const visit = async (name) => {
                await hooks.beforeDatabase?.(name);
                if (name === ep.database)
                    return mainDatabase;
                let session;
                let answers;
                const reads = databaseReads(name);
                try {
                    [session, answers] = await ReadOnlySession.openWith(ep, name, sessionOpts, redactor, reads);
                    stats.connections++;
                }
                catch (error) {
                    const { code, text } = (0,sqlwire_errors/* describePgError */.Ry)(error, redactor);
                    if (code === '3D000')
                        return unreachableDatabase(name, (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `Database ${name} was dropped during the audit.`));
                    if ((0,sqlwire_errors/* isPrivilegeError */.Qg)(code)) {
                        return unreachableDatabase(name, (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `The login may not connect to database ${name} (${text}).`, (0,core_text/* msg */.ab) `GRANT CONNECT ON DATABASE ${quoteIdent(name)} TO ${quoteIdent(server.currentUser)};`));
                    }
                    // Anything else (a pin the server refused, a dropped connection, a timeout) is a fault.
                    const why = error instanceof errors/* TargetError */.I0 ? error.message : text;
                    return unreachableDatabase(name, (0,core_facts/* faulted */.UQ)((0,core_text/* msg */.ab) `Database ${name} could not be visited: ${why}`));
                }
                try {
                    return databaseFacts(name, answers ?? (await session.readMany(reads)));
                }
                finally {
                    stats.statements += session.queries;
                    // Not awaited: the socket closes while this worker opens the next database.
                    closing.push(session.close());
                }
            };
            const visited = await (0,bounded/* mapBounded */.y)(names, options.concurrency, async (name) => {
                const result = await visit(name);
                progress.count('databases', ++done, names.length);
                return result;
            });
            databases = (0,core_facts/* available */.qC)(visited);
        }
        const [hbaRows, passwordRows] = await privilegedPromise;
        const hba = mapFact(hbaRows, rows => rows.map(toHbaRule));
        const passwords = mapFact(passwordRows, rows => Object.fromEntries(rows.map(r => [String(r.rolname), r.kind])));
        progress.step('TLS handshake');
        const tls = await tlsPromise;
        const facts = {
            server,
            settings,
            pgauditPlaceholder: placeholder,
            hba,
            roles,
            memberships,
            passwords,
            roleSettings,
            archiver,
            replication,
            databases,
            tls,
            releases: releases/* POSTGRES_RELEASES */.J8
        };
        return {
            target: describeTarget(ep, server, options.name ?? defaultName(ep), databases),
            facts,
            notes: releaseNotes(env.now),
            unavailable: listUnavailable(facts),
            stats
        };
    }
    finally {
        stats.statements += main.queries;
        await Promise.all([main.close(), ...closing]);
    }
}
function describeTarget(ep, server, name, databases) {
    const version = server.version.match(/^PostgreSQL (\S+)/)?.[1] ?? String(server.versionNum);
    const details = [
        ['Server', ep.socket ? `${ep.host} (Unix socket), port ${ep.port}` : `${ep.host}:${ep.port}`],
        ['PostgreSQL Version', version],
        ['Audit Login', `${server.currentUser}${server.isSuperuser ? ' (superuser)' : ''}`],
        ['Databases Audited', databases.ok ? String(databases.value.length) : 'unknown']
    ];
    return { engine: 'postgres', deployment: 'self-hosted', name, version, details };
}
function releaseNotes(now) {
    return [(0,release_table/* releaseTableNote */.a$)('PostgreSQL', releases/* POSTGRES_RELEASES */.J8.asOf, now, releases/* RELEASE_TABLE_STALE_DAYS */.jU)];
}
/** A SQL identifier, double-quoted, for fix text a person pastes into psql. */
function quoteIdent(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
function listUnavailable(facts) {
    const out = [];
    const top = [
        ['settings', facts.settings],
        ['hba', facts.hba],
        ['roles', facts.roles],
        ['memberships', facts.memberships],
        ['passwords', facts.passwords],
        ['roleSettings', facts.roleSettings],
        ['archiver', facts.archiver],
        ['replication', facts.replication],
        ['databases', facts.databases],
        ['tls', facts.tls]
    ];
    out.push(...(0,core_facts/* missingFacts */.Yq)(top));
    if (facts.databases.ok) {
        for (const db of facts.databases.value) {
            const seen = new Set();
            for (const [key, f] of Object.entries(db)) {
                if (key === 'name' || f.ok)
                    continue;
                const miss = f;
                // A database that could not be visited fails every fact with one reason: list it once.
                if (seen.has(miss.reason.text))
                    continue;
                seen.add(miss.reason.text);
                out.push({
                    fact: `${db.name}.${key}`,
                    reason: miss.reason,
                    ...(miss.fault ? { fault: true } : {})
                });
            }
        }
    }
    return out;
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
