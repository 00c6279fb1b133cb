export const id = 530;
export const ids = [530];
export const modules = {

/***/ 23530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  answerToFact: () => (/* binding */ answerToFact),
  collectCouchbase: () => (/* binding */ collectCouchbase),
  couchbaseEndpoint: () => (/* binding */ couchbaseEndpoint)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/facts.ts
var core_facts = __webpack_require__(57532);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(59663);
;// CONCATENATED MODULE: ./src/engines/couchbase/rest.ts

const sleep = (ms) => new Promise(r => setTimeout(r, ms));
/** One GET through the shared client (proxy variables, deadline, named network failures). */
async function once(ep, path) {
    const answer = await (0,http/* httpRequest */.aj)(new URL(path, ep.url), {
        // GET only: the audit never changes the cluster.
        method: 'GET',
        headers: {
            authorization: `Basic ${Buffer.from(`${ep.username}:${ep.password}`).toString('base64')}`,
            accept: 'application/json'
        },
        timeoutMs: ep.timeoutMs,
        ...(ep.url.protocol === 'https:' && ep.ca ? { ca: ep.ca } : {})
    });
    if (answer.kind === 'network')
        return answer;
    let body = answer.text;
    try {
        body = answer.text ? JSON.parse(answer.text) : null;
    }
    catch {
        // Couchbase answers some errors as plain text ("Requested resource not found.").
    }
    return { kind: 'http', status: answer.status, body, text: answer.text, headers: answer.headers };
}
/** GET with retries on 5xx, 429 and dropped connections (not on timeouts: a silent node stays silent). */
async function cbGet(ep, path, attempts = 3) {
    let answer = await once(ep, path);
    for (let attempt = 2; attempt <= attempts; attempt++) {
        const retry = answer.kind === 'http'
            ? answer.status >= 500 || answer.status === 429
            : answer.code === 'ECONNRESET' || answer.code === 'EPIPE';
        if (!retry)
            break;
        await sleep(150 * 2 ** (attempt - 2));
        answer = await once(ep, path);
    }
    return answer;
}
/** Couchbase's Community Edition refusal of an Enterprise endpoint. */
function isEnterpriseRefusal(answer) {
    return (answer.kind === 'http' &&
        answer.status === 400 &&
        (answer.headers['x-enterprise-edition-needed'] === '1' ||
            /requires enterprise edition/i.test(answer.text)));
}

// EXTERNAL MODULE: ./src/engines/couchbase/releases.ts
var releases = __webpack_require__(67325);
// EXTERNAL MODULE: ./src/engines/couchbase/roles.ts
var roles = __webpack_require__(60710);
;// CONCATENATED MODULE: ./src/engines/couchbase/collector.ts







const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const bool = (v) => (typeof v === 'boolean' ? v : null);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v) => (typeof v === 'string' ? v : null);
/** Validates --couchbase-url and the credentials, before anything connects. */
async function couchbaseEndpoint(env) {
    const o = env.options;
    let url;
    try {
        url = new URL(o.couchbaseUrl ?? '');
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new Error('scheme');
    }
    catch {
        throw new errors/* UsageError */.eb(`Invalid --couchbase-url ${JSON.stringify(env.redactor.scrub(o.couchbaseUrl ?? ''))}: expected http://host:8091 or https://host:18091.`);
    }
    if (url.username || url.password) {
        env.redactor.add(decodeURIComponent(url.password));
        throw new errors/* UsageError */.eb('Invalid --couchbase-url: put the user in --couchbase-username and the password in DB_POSTURE_COUCHBASE_PASSWORD, not in the URL.');
    }
    if (!o.couchbaseUsername)
        throw new errors/* UsageError */.eb('The couchbase engine needs --couchbase-username (a read-only security user).');
    if (!o.couchbasePassword) {
        throw new errors/* UsageError */.eb('The couchbase engine needs a password: set DB_POSTURE_COUCHBASE_PASSWORD (or the couchbase-password input).');
    }
    env.redactor.add(o.couchbasePassword);
    let ca;
    if (o.couchbaseCaFile) {
        try {
            ca = await (0,promises_.readFile)(o.couchbaseCaFile, 'utf8');
        }
        catch (error) {
            throw new errors/* UsageError */.eb(`--couchbase-ca ${o.couchbaseCaFile} cannot be read (${error.code ?? 'error'}): expected a PEM file.`);
        }
    }
    return {
        url,
        username: o.couchbaseUsername,
        password: o.couchbasePassword,
        ...(ca ? { ca } : {}),
        timeoutMs: o.connectTimeoutMs
    };
}
function where(ep) {
    return ep.url.host;
}
/** The first call decides whether the audit can go on at all: every failure here is a TargetError. */
function firstCallFailure(answer, ep) {
    if (answer.kind === 'network') {
        const c = answer.code;
        if (c === 'ECONNREFUSED')
            return new errors/* TargetError */.I0(`Cannot connect to Couchbase at ${where(ep)}: connection refused (is the REST port right? 8091, or 18091 with TLS).`);
        if (c === 'ENOTFOUND' || c === 'EAI_AGAIN')
            return new errors/* TargetError */.I0(`Cannot connect to Couchbase: host ${ep.url.hostname} was not found.`);
        if (c === 'ETIMEDOUT')
            return new errors/* TargetError */.I0(`Couchbase at ${where(ep)} did not answer within ${ep.timeoutMs} ms (--connect-timeout).`);
        if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(c) || /certificate/i.test(answer.message)) {
            return new errors/* TargetError */.I0(`TLS verification of Couchbase at ${where(ep)} failed: ${answer.message}. Pass the cluster's CA with --couchbase-ca.`);
        }
        if (c === 'EPROTO' || /wrong version number|packet length/i.test(answer.message)) {
            return new errors/* TargetError */.I0(`TLS handshake with ${where(ep)} failed (${answer.message}): is this a TLS port? Use http:// for 8091 and https:// for 18091.`);
        }
        return new errors/* TargetError */.I0(`Cannot connect to Couchbase at ${where(ep)}: ${answer.message}.`);
    }
    if (answer.status === 401) {
        return new errors/* TargetError */.I0(`Authentication failed for Couchbase user "${ep.username}" at ${where(ep)} (401): check the user and the password.`);
    }
    if (answer.status === 403) {
        return new errors/* TargetError */.I0(`Couchbase user "${ep.username}" may not read the cluster at ${where(ep)} (403): give it the role that reads security settings (ro_admin on 7.6, ro_security_admin on 8.0 Enterprise, Full Admin on Community Edition 8.0).`);
    }
    return new errors/* TargetError */.I0(`Couchbase at ${where(ep)} answered GET /pools with ${answer.status}: ${answer.text.slice(0, 200)}.`);
}
/**
 * Turns an endpoint's answer into a fact: a Community Edition refusal is N/A, a 403 is UNKNOWN
 * naming the permission from the body and the role that has it, anything else unexpected is
 * UNKNOWN with what happened.
 */
function answerToFact(answer, path, parse, ctx) {
    // No answer, an answer we cannot read, or a 5xx is a fault: the audit is incomplete (exit 3). A
    // 403 is a missing permission, a visible UNKNOWN naming the role to grant.
    if (answer.kind === 'network')
        return (0,core_facts/* faulted */.UQ)((0,core_text/* msg */.ab) `GET ${path} got no answer: ${answer.message}.`);
    if (answer.status === 200) {
        try {
            return (0,core_facts/* available */.qC)(parse(answer.body));
        }
        catch (error) {
            return (0,core_facts/* faulted */.UQ)((0,core_text/* msg */.ab) `GET ${path} answered in an unexpected shape: ${error.message}.`);
        }
    }
    if (isEnterpriseRefusal(answer))
        return (0,core_facts/* notApplicableHere */.zR)((0,core_text/* msg */.ab) `Community Edition: GET ${path} requires Enterprise Edition.`);
    if (answer.status === 403) {
        const permissions = Array.isArray(obj(answer.body).permissions)
            ? obj(answer.body).permissions.map(String)
            : [];
        return (0,core_facts/* unavailable */.hU)(permissions.length
            ? (0,core_text/* msg */.ab) `GET ${path} answered 403: the audit user lacks ${(0,core_text/* valueList */.Q0)(permissions)}.`
            : (0,core_text/* msg */.ab) `GET ${path} answered 403: the audit user may not read it.`, (0,core_text/* msg */.ab) `give the audit user the ${(0,core_text/* raw */.lS)(ctx.roleHint)}.`);
    }
    if (answer.status === 404)
        return (0,core_facts/* unavailable */.hU)((0,core_text/* msg */.ab) `GET ${path} answered 404: this Couchbase Server version does not have it.`);
    return (0,core_facts/* faulted */.UQ)((0,core_text/* msg */.ab) `GET ${path} answered ${(0,core_text/* raw */.lS)(String(answer.status))}${(0,core_text/* raw */.lS)(answer.status >= 500 ? ' after 3 attempts' : '')}.`);
}
const roleOf = (r) => ({
    role: String(obj(r).role ?? ''),
    ...(typeof obj(r).bucket_name === 'string' ? { bucket_name: obj(r).bucket_name } : {})
});
const list = (v, what) => {
    if (!Array.isArray(v))
        throw new Error(`not a list of ${what}`);
    return v;
};
const parseAudit = (b) => {
    const o = obj(b);
    if (typeof o.auditdEnabled !== 'boolean')
        throw new Error('auditdEnabled is missing');
    return {
        auditdEnabled: o.auditdEnabled,
        disabled: Array.isArray(o.disabled) ? o.disabled.filter((n) => typeof n === 'number') : [],
        disabledUsers: Array.isArray(o.disabledUsers)
            ? o.disabledUsers.map(u => ({ name: String(obj(u).name ?? ''), domain: String(obj(u).domain ?? '') }))
            : [],
        logPath: str(o.logPath),
        rotateInterval: num(o.rotateInterval),
        rotateSize: num(o.rotateSize),
        pruneAge: num(o.pruneAge)
    };
};
const parseDescriptors = (b) => list(b, 'audit descriptors').map(d => {
    const o = obj(d);
    const id = num(o.id);
    if (id === null)
        throw new Error('a descriptor has no id');
    return { id, name: String(o.name ?? ''), module: String(o.module ?? '') };
});
/** Services with their own TLS settings (8.0 adds xdcr). */
const SERVICE_KEYS = [
    'data',
    'fullTextSearch',
    'index',
    'query',
    'eventing',
    'analytics',
    'backup',
    'clusterManager',
    'xdcr'
];
const parseSecurity = (b) => {
    const o = obj(b);
    const services = {};
    for (const k of SERVICE_KEYS) {
        const s = obj(o[k]);
        if (typeof s.tlsMinVersion === 'string')
            services[k] = { tlsMinVersion: s.tlsMinVersion };
    }
    const headers = obj(o.responseHeaders);
    return {
        tlsMinVersion: str(o.tlsMinVersion),
        disableUIOverHttp: bool(o.disableUIOverHttp),
        clusterEncryptionLevel: str(o.clusterEncryptionLevel),
        services,
        uiSessionTimeout: num(o.uiSessionTimeout),
        hsts: str(headers['Strict-Transport-Security']),
        responseHeadersPresent: 'responseHeaders' in o,
        passwordHashAlg: str(o.passwordHashAlg),
        allowNonLocalCACertUpload: bool(o.allowNonLocalCACertUpload)
    };
};
const parsePasswordPolicy = (b) => {
    const o = obj(b);
    const minLength = num(o.minLength);
    if (minLength === null)
        throw new Error('minLength is missing');
    return {
        minLength,
        enforceUppercase: o.enforceUppercase === true,
        enforceLowercase: o.enforceLowercase === true,
        enforceDigits: o.enforceDigits === true,
        enforceSpecialChars: o.enforceSpecialChars === true
    };
};
const parseUsers = (b) => {
    // A paged reply (pageSize given) wraps the list in {users: [...]}.
    const users = Array.isArray(b) ? b : list(obj(b).users, 'users');
    return users.map(u => {
        const o = obj(u);
        return {
            id: String(o.id ?? ''),
            domain: String(o.domain ?? ''),
            roles: Array.isArray(o.roles) ? o.roles.map(roleOf) : []
        };
    });
};
const parseGroups = (b) => list(b, 'groups').map(g => {
    const o = obj(g);
    return {
        id: String(o.id ?? ''),
        roles: Array.isArray(o.roles) ? o.roles.map(roleOf) : [],
        ldapGroupRef: str(o.ldap_group_ref) || null
    };
});
const parseWhoami = (b) => {
    const o = obj(b);
    if (!Array.isArray(o.roles))
        throw new Error('roles is missing');
    return {
        id: String(o.id ?? ''),
        domain: String(o.domain ?? ''),
        roles: o.roles.map(r => roleOf(r).role)
    };
};
const parseAuthSettings = (b) => {
    const o = obj(b);
    return {
        ldapEnabled: o.ldapEnabled === true,
        samlEnabled: o.samlEnabled === true,
        saslauthdAuthEnabled: o.saslauthdAuthEnabled === true
    };
};
const parseLdap = (b) => {
    const o = obj(b);
    if (typeof o.authenticationEnabled !== 'boolean')
        throw new Error('authenticationEnabled is missing');
    return {
        authenticationEnabled: o.authenticationEnabled,
        authorizationEnabled: o.authorizationEnabled === true,
        hosts: Array.isArray(o.hosts) ? o.hosts.map(String) : [],
        port: num(o.port),
        encryption: str(o.encryption) ?? 'None',
        serverCertValidation: bool(o.serverCertValidation)
    };
};
const parseSaml = (b) => {
    const o = obj(b);
    if (typeof o.enabled !== 'boolean')
        throw new Error('enabled is missing');
    return {
        enabled: o.enabled,
        rolesAttribute: str(o.rolesAttribute) ?? '',
        groupsAttribute: str(o.groupsAttribute) ?? '',
        rolesFilterRE: str(o.rolesFilterRE) ?? '.*'
    };
};
const parseEnabled = (b) => {
    const o = obj(b);
    if (typeof o.enabled !== 'boolean')
        throw new Error('enabled is missing');
    return o.enabled;
};
const parseCertificates = (b) => list(b, 'certificates').map(c => {
    const o = obj(c);
    return {
        node: String(o.node ?? ''),
        subject: String(o.subject ?? ''),
        expires: String(o.expires ?? ''),
        type: String(o.type ?? ''),
        warnings: Array.isArray(o.warnings) ? o.warnings.map(w => String(obj(w).name ?? w)) : []
    };
});
const parseTrustedCAs = (b) => list(b, 'CA certificates').map(c => {
    const o = obj(c);
    return {
        subject: String(o.subject ?? ''),
        notAfter: String(o.notAfter ?? ''),
        type: String(o.type ?? ''),
        warnings: Array.isArray(o.warnings) ? o.warnings.map(w => String(obj(w).name ?? w)) : []
    };
});
const parseEncryptionAtRest = (b) => {
    const o = obj(b);
    const type = (k) => {
        const t = obj(o[k]);
        const method = str(t.encryptionMethod);
        if (method === null)
            throw new Error(`${k}.encryptionMethod is missing`);
        return { method, dataStatus: str(obj(t.info).dataStatus) };
    };
    return { config: type('config'), log: type('log'), audit: type('audit') };
};
const parseBuckets = (b) => list(b, 'buckets').map(x => {
    const o = obj(x);
    return {
        name: String(o.name ?? ''),
        bucketType: String(o.bucketType ?? ''),
        encryptionAtRestKeyId: num(o.encryptionAtRestKeyId),
        dataStatus: str(obj(o.encryptionAtRestInfo).dataStatus)
    };
});
const parseClientCertAuth = (b) => {
    const o = obj(b);
    const state = str(o.state);
    if (state === null)
        throw new Error('state is missing');
    return {
        state,
        prefixes: Array.isArray(o.prefixes)
            ? o.prefixes.map(p => ({
                path: String(obj(p).path ?? ''),
                prefix: String(obj(p).prefix ?? ''),
                delimiter: String(obj(p).delimiter ?? '')
            }))
            : []
    };
};
const parseLogRedaction = (b) => {
    const level = str(obj(b).logRedactionLevel);
    if (level === null)
        throw new Error('logRedactionLevel is missing');
    return level;
};
const parseCurl = (b) => {
    const o = obj(b);
    if (typeof o.all_access !== 'boolean')
        throw new Error('all_access is missing');
    return {
        allAccess: o.all_access,
        allowedUrls: Array.isArray(o.allowed_urls) ? o.allowed_urls.map(String) : []
    };
};
function parseNodes(b) {
    const o = obj(b);
    const nodes = Array.isArray(o.nodes) ? o.nodes : [];
    return {
        name: str(o.clusterName),
        nodes: nodes.map(n => {
            const x = obj(n);
            return {
                hostname: String(x.hostname ?? ''),
                version: String(x.version ?? ''),
                status: String(x.status ?? 'unknown'),
                clusterMembership: String(x.clusterMembership ?? 'unknown'),
                nodeEncryption: bool(x.nodeEncryption),
                services: Array.isArray(x.services) ? x.services.map(String) : []
            };
        })
    };
}
/**
 * 7.6 has no GET /settings/rbac (MB-64754 added it in 8.0): LDAP, SAML and saslauthd are read
 * from their own endpoints. saslauthd answers 400 off Linux and on CE: off.
 */
function authSettingsFrom76(ldap, saml, saslauthd, ctx) {
    const sasl = saslauthd.kind === 'http' &&
        saslauthd.status === 400 &&
        /GNU\/Linux|enterprise edition/i.test(saslauthd.text)
        ? (0,core_facts/* available */.qC)(false)
        : answerToFact(saslauthd, '/settings/saslauthdAuth', parseEnabled, ctx);
    for (const f of [ldap, saml, sasl])
        if (!f.ok)
            return f;
    return (0,core_facts/* available */.qC)({
        ldapEnabled: ldap.ok && ldap.value.authenticationEnabled,
        samlEnabled: saml.ok && saml.value.enabled,
        saslauthdAuthEnabled: sasl.ok && sasl.value
    });
}
/**
 * The facts that are one GET each, in CbFacts order: the table drives both the reads and the
 * mapping of each answer to its fact, so a new endpoint is one row. `compat80` rows are read only
 * once every node runs 8.0 (factsFrom says what stands in their place before that).
 */
const ENDPOINTS = {
    whoami: { path: '/whoami', parse: parseWhoami },
    audit: { path: '/settings/audit', parse: parseAudit },
    auditDescriptors: { path: '/settings/audit/descriptors', parse: parseDescriptors },
    security: { path: '/settings/security', parse: parseSecurity },
    passwordPolicy: { path: '/settings/passwordPolicy', parse: parsePasswordPolicy },
    users: { path: '/settings/rbac/users', parse: parseUsers },
    groups: { path: '/settings/rbac/groups', parse: parseGroups },
    authSettings: { path: '/settings/rbac', parse: parseAuthSettings, compat80: true },
    ldap: { path: '/settings/ldap', parse: parseLdap },
    saml: { path: '/settings/saml', parse: parseSaml },
    certificates: { path: '/pools/default/certificates', parse: parseCertificates },
    trustedCAs: { path: '/pools/default/trustedCAs', parse: parseTrustedCAs },
    encryptionAtRest: {
        path: '/settings/security/encryptionAtRest',
        parse: parseEncryptionAtRest,
        compat80: true
    },
    buckets: { path: '/pools/default/buckets', parse: parseBuckets },
    clientCertAuth: { path: '/settings/clientCertAuth', parse: parseClientCertAuth },
    logRedaction: { path: '/settings/logRedaction', parse: parseLogRedaction },
    curlAllowlist: { path: '/settings/querySettings/curlAllowlist', parse: parseCurl }
};
/** Before 8.0 the authentication settings come from LDAP, SAML and this endpoint together. */
const SASLAUTHD_76 = '/settings/saslauthdAuth';
async function probeCluster(ep) {
    const pools = await cbGet(ep, '/pools');
    if (pools.kind !== 'http' || pools.status !== 200)
        throw firstCallFailure(pools, ep);
    const p = obj(pools.body);
    const version = str(p.implementationVersion);
    if (!version || typeof p.isEnterprise !== 'boolean') {
        throw new errors/* TargetError */.I0(`${where(ep)} answered GET /pools, but not like Couchbase Server (no implementationVersion/isEnterprise).`);
    }
    const edition = p.isEnterprise ? 'enterprise' : 'community';
    // The node list decides the compat version (a mixed 7.6/8.0 cluster behaves as 7.6).
    const poolsDefaultAnswer = await cbGet(ep, '/pools/default');
    const parsedVersion = (0,releases/* parseCouchbaseVersion */.Zq)(version);
    const provisional = {
        roleHint: (0,roles/* securityReaderRole */.iI)(edition, (parsedVersion?.major ?? 0) >= 8)
    };
    const poolsDefault = answerToFact(poolsDefaultAnswer, '/pools/default', parseNodes, provisional);
    const nodeMajors = poolsDefault.ok
        ? poolsDefault.value.nodes.map(n => (0,releases/* parseCouchbaseVersion */.Zq)(n.version)?.major ?? 0)
        : [];
    const compat80 = (parsedVersion?.major ?? 0) >= 8 && (nodeMajors.length === 0 || nodeMajors.every(m => m >= 8));
    return { version, edition, compat80, poolsDefault };
}
/** Every GET the security facts need, at once; the answers keyed by path. */
async function readEndpoints(ep, compat80) {
    const paths = [
        ...Object.values(ENDPOINTS)
            .filter(e => compat80 || !e.compat80)
            .map(e => e.path),
        ...(compat80 ? [] : [SASLAUTHD_76])
    ];
    const answers = new Map();
    await Promise.all(paths.map(async (path) => answers.set(path, await cbGet(ep, path))));
    return answers;
}
/** Maps the answers to facts through the table, then the facts that depend on edition and version. */
function factsFrom(probe, answers, ctx) {
    const { version, edition, compat80, poolsDefault } = probe;
    const read = (key) => {
        const e = ENDPOINTS[key];
        return answerToFact(answers.get(e.path), e.path, e.parse, ctx);
    };
    // Every key in table order (an unread row holds undefined until replaced below), so that the
    // facts, and the report's list of what could not be read, keep the order of CbFacts.
    const direct = Object.fromEntries(Object.keys(ENDPOINTS).map(k => [
        k,
        compat80 || !ENDPOINTS[k].compat80 ? read(k) : undefined
    ]));
    const { ldap, saml } = direct;
    const cluster = {
        name: poolsDefault.ok ? poolsDefault.value.name : null,
        version,
        edition,
        compat80,
        nodes: poolsDefault.ok ? poolsDefault.value.nodes : []
    };
    const encryptionAtRest = !compat80
        ? (0,core_facts/* notApplicableHere */.zR)((0,core_text/* msg */.ab) `Couchbase Server ${version} has no native encryption at rest (it arrived in 8.0, once every node runs 8.0).`)
        : edition === 'community'
            ? (0,core_facts/* notApplicableHere */.zR)((0,core_text/* msg */.ab) `Community Edition cannot enable native encryption at rest (Enterprise Edition only).`)
            : direct.encryptionAtRest;
    return {
        cluster,
        ...direct,
        authSettings: compat80
            ? direct.authSettings
            : authSettingsFrom76(ldap, saml, answers.get(SASLAUTHD_76), ctx),
        encryptionAtRest,
        releases: releases/* COUCHBASE_RELEASES */.Zl
    };
}
/** Reads every fact the cb/* checks need, with GET requests only. */
async function collectCouchbase(env) {
    const ep = await couchbaseEndpoint(env);
    env.progress.step(`connecting to Couchbase at ${where(ep)}`);
    const probe = await probeCluster(ep);
    const ctx = { roleHint: (0,roles/* securityReaderRole */.iI)(probe.edition, probe.compat80) };
    env.progress.step('reading audit, security, users, groups, external authentication and certificates');
    const facts = factsFrom(probe, await readEndpoints(ep, probe.compat80), ctx);
    const unavailableList = (0,core_facts/* missingFacts */.Yq)([
        ['nodes', probe.poolsDefault],
        ...Object.entries(facts).filter((e) => typeof e[1] === 'object' && 'ok' in e[1])
    ]);
    const { cluster } = facts;
    const unhealthy = cluster.nodes.filter(n => n.status !== 'healthy' || n.clusterMembership !== 'active');
    const describeNode = (n) => `${n.hostname} (${n.status}${n.clusterMembership !== 'active' ? `, ${n.clusterMembership}` : ''})`;
    if (unhealthy.length)
        env.progress.warn(`Couchbase nodes not healthy or not active: ${unhealthy.map(describeNode).join(', ')}`);
    return {
        target: describeTarget(ep, cluster, env.options.name ?? defaultName(ep)),
        facts,
        notes: [
            (0,core_text/* msg */.ab) `cb/version uses the Couchbase Server release table of ${(0,core_text/* raw */.lS)(releases/* COUCHBASE_RELEASES */.Zl.asOf)} shipped with db-posture.`,
            ...(unhealthy.length
                ? [(0,core_text/* msg */.ab) `Nodes not healthy or not active during the audit: ${(0,core_text/* valueList */.Q0)(unhealthy.map(describeNode))}.`]
                : [])
        ],
        unavailable: unavailableList
    };
}
function defaultName(ep) {
    return (`${ep.url.hostname}`
        .replace(/[^A-Za-z0-9._-]/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 63) || 'couchbase');
}
function describeTarget(ep, cluster, name) {
    const release = (0,releases/* parseCouchbaseVersion */.Zq)(cluster.version)?.release ?? cluster.version;
    const details = [
        ['Server', where(ep)],
        ...(cluster.name ? [['Cluster Name', cluster.name]] : []),
        ['Edition', cluster.edition === 'enterprise' ? 'Enterprise' : 'Community'],
        [
            'Nodes',
            cluster.nodes.length
                ? `${cluster.nodes.length} (${cluster.nodes.map(n => `${n.hostname} ${n.status}`).join(', ')})`
                : 'unknown'
        ],
        ['Audit User', ep.username]
    ];
    return { engine: 'couchbase', deployment: 'self-hosted', name, version: release, details };
}


/***/ })

};
