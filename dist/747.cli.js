export const id = 747;
export const ids = [747];
export const modules = {

/***/ 8163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ LOG_FORMATS),
/* harmony export */   S$: () => (/* binding */ jsonObjectLine),
/* harmony export */   ag: () => (/* binding */ fieldValue),
/* harmony export */   zv: () => (/* binding */ PRODUCTS)
/* harmony export */ });
/* unused harmony export NORMALIZED_FIELDS */
/** The products a rule's logsource can name, as Sigma spells them. */
const PRODUCTS = ['cockroachdb', 'postgresql', 'couchbase'];
/** Every log format a parser reads; `auto` picks one per file from its first entry. */
const LOG_FORMATS = [
    'crdb-v2',
    'crdb-json',
    'crdb-json-compact',
    'pg-stderr',
    'pg-csvlog',
    'pg-jsonlog',
    'couchbase-audit'
];
/** The normalized fields as rules address them. */
const NORMALIZED_FIELDS = {
    'db.time': (e) => new Date(e.time).toISOString(),
    'db.product': (e) => e.product,
    'db.format': (e) => e.format,
    'db.node': (e) => e.node,
    'db.channel': (e) => e.channel,
    'db.event_type': (e) => e.eventType,
    'db.user': (e) => e.user,
    'db.source_ip': (e) => e.sourceIp,
    'db.statement': (e) => e.statement,
    'db.tag': (e) => e.tag,
    'db.object': (e) => e.object,
    'db.outcome': (e) => e.outcome
};
/**
 * A field's value: `db.*` names the normalized fields, anything else is a dotted path into the
 * vendor fields (`real_userid.user`, `audit.class`, `envelope.channel`). A key that itself holds
 * a dot is found too (Couchbase and CockroachDB tags never nest deeper than one level).
 */
function fieldValue(event, field) {
    let read = readers.get(field);
    if (!read) {
        read = fieldReader(field);
        if (readers.size < 10000)
            readers.set(field, read);
    }
    return read(event);
}
/** Compiled readers by field name: rules name few fields, and read them for every event. */
const readers = new Map();
function fieldReader(field) {
    const normalized = NORMALIZED_FIELDS[field];
    if (normalized && Object.hasOwn(NORMALIZED_FIELDS, field))
        return normalized;
    const parts = field.split('.');
    if (parts.length === 1)
        return e => (Object.hasOwn(e.fields, field) ? e.fields[field] : undefined);
    return e => {
        const fields = e.fields;
        if (Object.hasOwn(fields, field))
            return fields[field];
        let value = fields;
        for (const part of parts) {
            if (value === null || typeof value !== 'object' || Array.isArray(value))
                return undefined;
            if (!Object.hasOwn(value, part))
                return undefined;
            value = value[part];
        }
        return value;
    };
}
/**
 * One line of a JSON-lines log as an object, or undefined after reporting it as malformed
 * ("not a JSON object": not JSON, or JSON that is not an object).
 */
function jsonObjectLine(text, line, sink) {
    let o;
    try {
        o = JSON.parse(text);
    }
    catch {
        sink.malformed(line, 'not a JSON object');
        return undefined;
    }
    if (o === null || typeof o !== 'object' || Array.isArray(o)) {
        sink.malformed(line, 'not a JSON object');
        return undefined;
    }
    return o;
}


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ foldCondition),
/* harmony export */   v: () => (/* binding */ compileCondition)
/* harmony export */ });
class ConditionError extends Error {
}
function tokenize(text) {
    const tokens = text.match(/\(|\)|[^\s()]+/g);
    if (!tokens)
        throw new ConditionError('the condition is empty');
    return tokens;
}
function globToRegex(glob) {
    return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}
/** Folds a condition over named parts; throws an Error whose message says what is wrong. */
function foldCondition(text, parts, alg) {
    const tokens = tokenize(text);
    let i = 0;
    const peek = () => tokens[i];
    const next = () => tokens[i++];
    function quantified(kind) {
        if (next() !== 'of')
            throw new ConditionError(`"${kind}" must be followed by "of"`);
        const target = next();
        if (target === undefined)
            throw new ConditionError(`"${kind} of" needs a selection pattern or "them"`);
        const re = target === 'them' ? /^(?!_)/ : globToRegex(target);
        const picked = [...parts.entries()].filter(([n]) => re.test(n)).map(([, p]) => p);
        if (picked.length === 0)
            throw new ConditionError(`"${kind} of ${target}" matches no selection`);
        return kind === 'all' ? alg.all(picked) : alg.any(picked);
    }
    function primary() {
        const t = next();
        if (t === undefined)
            throw new ConditionError('the condition ends too early');
        if (t === '(') {
            const inner = or();
            if (next() !== ')')
                throw new ConditionError('a "(" is not closed');
            return inner;
        }
        if (t === '1' || t === 'any' || t === 'all')
            return quantified(t === 'all' ? 'all' : '1');
        if (['and', 'or', ')', 'of', 'them'].includes(t))
            throw new ConditionError(`unexpected "${t}"`);
        if (t.includes('|'))
            throw new ConditionError('aggregation "|" is not supported: use a correlation rule');
        const p = parts.get(t);
        if (p === undefined)
            throw new ConditionError(`"${t}" is not a selection of this rule`);
        return p;
    }
    function not() {
        if (peek() === 'not') {
            next();
            return alg.not(not());
        }
        return primary();
    }
    function and() {
        let left = not();
        while (peek() === 'and') {
            next();
            left = alg.and(left, not());
        }
        return left;
    }
    function or() {
        let left = and();
        while (peek() === 'or') {
            next();
            left = alg.or(left, and());
        }
        return left;
    }
    const result = or();
    if (i < tokens.length) {
        if (tokens[i].startsWith('|'))
            throw new ConditionError('aggregation "|" is not supported: use a correlation rule');
        throw new ConditionError(`unexpected "${tokens[i]}"`);
    }
    return result;
}
/** Compiles a condition over named predicates. */
function compileCondition(text, selections) {
    return foldCondition(text, selections, {
        and: (a, b) => input => a(input) && b(input),
        or: (a, b) => input => a(input) || b(input),
        not: a => input => !a(input),
        all: items => input => items.every(p => p(input)),
        any: items => input => items.some(p => p(input))
    });
}


/***/ }),

/***/ 4747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ loadRules),
/* harmony export */   Kp: () => (/* binding */ ruleProduct)
/* harmony export */ });
/* unused harmony exports PARSE_CACHE, parseRuleFile, cacheKey, buildParseCache */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(802);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6700);






/** Directories under a rule root that hold logs, not rules. */
const LOG_DIRS = new Set(['fixtures', 'goodlog', 'node_modules', '.git']);
async function ruleFiles(root) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(root);
    if (info.isFile())
        return [root];
    const out = [];
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(root, { withFileTypes: true })) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, entry.name);
        if (entry.isDirectory()) {
            if (!LOG_DIRS.has(entry.name))
                out.push(...(await ruleFiles(p)));
        }
        else if (/\.ya?ml$/.test(entry.name) && entry.name !== 'pack.yml')
            out.push(p);
    }
    return out.sort();
}
function zodMessage(error) {
    const issue = error.issues[0];
    const where = issue.path.length > 0 ? issue.path.join('.') : 'top level';
    if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys;
        return `unknown key${keys.length > 1 ? 's' : ''} ${keys.map(k => JSON.stringify(k)).join(', ')} at ${where}`;
    }
    if (issue.code === 'invalid_union') {
        const errors = issue.errors ?? [];
        // Report the branch that got furthest: the one whose first issue has the longest path.
        const best = errors
            .map(e => e[0])
            .filter(Boolean)
            .sort((a, b) => b.path.length - a.path.length)[0];
        if (best) {
            const inner = [...issue.path, ...best.path].join('.') || 'top level';
            if (best.code === 'unrecognized_keys')
                return `unknown key ${best.keys.map(k => JSON.stringify(k)).join(', ')} at ${inner}`;
            return `${inner}: ${best.message}`;
        }
    }
    return `${where}: ${issue.message}`;
}
const PARSE_CACHE = 'pack.cache.json';
const sha256 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
/** Parses one rule file's YAML stream into documents and their line numbers. */
function parseRuleFile(text) {
    const docsOut = [];
    const errors = [];
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_3__/* .LineCounter */ .HN();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseAllDocuments */ .hR)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (!Array.isArray(docs))
        return { docs: docsOut, errors: [{ line: 1, message: 'not a YAML stream' }] };
    for (const doc of docs) {
        const line = doc.contents?.range ? lc.linePos(doc.contents.range[0]).line : 1;
        if (doc.errors.length > 0) {
            const e = doc.errors[0];
            errors.push({ line: e.linePos?.[0]?.line ?? line, message: `YAML: ${e.message.split('\n')[0]}` });
            continue;
        }
        if (doc.contents === null)
            continue;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(doc.contents)) {
            errors.push({ line, message: 'a rule document must be a mapping' });
            continue;
        }
        const raw = doc.toJS();
        const tests = doc.getIn(['tests']);
        const testLines = [];
        if (tests && typeof tests === 'object' && 'items' in tests) {
            for (const item of tests.items)
                testLines.push(item.range ? lc.linePos(item.range[0]).line : line);
        }
        docsOut.push({ line, testLines, raw });
    }
    return { docs: docsOut, errors };
}
/** The key of a rule file in a pack's parse cache (POSIX separators, relative to the pack). */
function cacheKey(root, abs) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, abs).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}
/**
 * Builds a pack's parse cache from its rule files. Files with YAML errors are left out (they are
 * parsed, and reported, on every load). Documents are copied through JSON, as a load reads them.
 */
async function buildParseCache(root) {
    const files = {};
    for (const abs of await ruleFiles(root)) {
        const text = await readFile(abs, 'utf8');
        const parsed = parseRuleFile(text);
        if (parsed.errors.length > 0)
            continue;
        files[cacheKey(root, abs)] = {
            sha256: sha256(text),
            docs: JSON.parse(JSON.stringify(parsed.docs))
        };
    }
    return { version: 1, files };
}
async function cachedDocs(caches, root, abs, text) {
    if (!caches.has(root)) {
        let cache;
        try {
            const c = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, PARSE_CACHE), 'utf8'));
            if (c && c.version === 1 && c.files && typeof c.files === 'object')
                cache = c;
        }
        catch {
            // No cache (any user's rule folder), or an unreadable one: parse the YAML.
        }
        caches.set(root, cache);
    }
    const entry = caches.get(root)?.files[cacheKey(root, abs)];
    if (!entry || entry.sha256 !== sha256(text))
        return undefined;
    return { docs: entry.docs, errors: [] };
}
/**
 * Loads every rule under the given files and directories. Problems are collected, not thrown,
 * so one run reports them all: YAML errors, schema violations, bad selections or conditions,
 * duplicate ids, correlations naming rules that do not exist or that form a cycle.
 */
async function loadRules(paths, cwd = process.cwd()) {
    const errors = [];
    const files = [];
    const roots = [];
    for (const p of paths) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, p);
        try {
            files.push(...(await ruleFiles(abs)));
            roots.push(abs);
        }
        catch (e) {
            errors.push({
                file: p,
                line: 1,
                message: `cannot read ${p}: ${e.code ?? e.message}`
            });
        }
    }
    const pending = [];
    const caches = new Map();
    for (const abs of files) {
        const shown = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, abs) || abs;
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(abs, 'utf8');
        const root = roots.find(r => abs.startsWith(r + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)));
        const cached = root ? await cachedDocs(caches, root, abs, text) : undefined;
        const parsed = cached ?? parseRuleFile(text);
        for (const e of parsed.errors)
            errors.push({ file: shown, ...e });
        for (const d of parsed.docs)
            pending.push({ file: shown, dir: node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(abs), ...d });
    }
    const rules = [];
    const byKey = new Map();
    const seen = new Map();
    const valid = [];
    for (const p of pending) {
        const ruleId = typeof p.raw.id === 'string' ? p.raw.id : undefined;
        const schema = 'correlation' in p.raw ? _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .correlationRuleSchema */ .qX : _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .detectionRuleSchema */ .nF;
        const parsed = schema.safeParse(p.raw);
        if (!parsed.success) {
            errors.push({ file: p.file, line: p.line, rule: ruleId, message: zodMessage(parsed.error) });
            continue;
        }
        const d = parsed.data;
        const first = seen.get(d.id);
        if (first) {
            errors.push({
                file: p.file,
                line: p.line,
                rule: d.id,
                message: `duplicate id: also used at ${first.file}:${first.line}`
            });
            continue;
        }
        seen.set(d.id, { file: p.file, line: p.line });
        if (d.name) {
            const other = byKey.get(d.name);
            if (other && other.parsed.id !== d.id) {
                errors.push({
                    file: p.file,
                    line: p.line,
                    rule: d.id,
                    message: `duplicate name ${JSON.stringify(d.name)}: also used by ${other.parsed.id}`
                });
                continue;
            }
        }
        const entry = { ...p, parsed: d };
        byKey.set(d.id, entry);
        if (d.name)
            byKey.set(d.name, entry);
        valid.push(entry);
    }
    const built = new Map();
    const failed = new Set();
    function build(entry, trail) {
        const d = entry.parsed;
        const done = built.get(d.id);
        if (done)
            return done;
        if (failed.has(d.id))
            return undefined;
        const fail = (message) => {
            failed.add(d.id);
            errors.push({ file: entry.file, line: entry.line, rule: d.id, message });
            return undefined;
        };
        if (!('correlation' in d)) {
            const doc = d;
            let match;
            try {
                match = (0,_match_js__WEBPACK_IMPORTED_MODULE_4__/* .compileDetection */ .vH)(doc.detection);
            }
            catch (e) {
                return fail(e.message);
            }
            const rule = {
                kind: 'detection',
                doc,
                match,
                file: entry.file,
                dir: entry.dir,
                line: entry.line,
                testLines: entry.testLines
            };
            built.set(d.id, rule);
            return rule;
        }
        const doc = d;
        const c = doc.correlation;
        if (trail.includes(d.id))
            return fail(`correlation cycle: ${[...trail, d.id].join(' -> ')}`);
        if (c.type === 'value_count' && !c.condition?.field)
            return fail('correlation.condition.field: value_count counts the distinct values of a field; name it');
        if ((c.type === 'event_count' || c.type === 'value_count') && !c.condition)
            return fail(`correlation.condition: ${c.type} needs a threshold (gte: N)`);
        if (c.type === 'gap' && c.condition)
            return fail('correlation.condition: gap has no threshold (the timespan is the longest silence allowed)');
        if ((c.type === 'temporal' || c.type === 'temporal_ordered') && c.rules.length < 2)
            return fail(`correlation.rules: ${c.type} needs at least two rules`);
        const inputs = [];
        for (const ref of c.rules) {
            const target = byKey.get(ref);
            if (!target)
                return fail(`correlation.rules: no rule has id or name ${JSON.stringify(ref)}`);
            const r = build(target, [...trail, d.id]);
            if (!r)
                return fail(`correlation.rules: ${JSON.stringify(ref)} is itself invalid`);
            inputs.push(r);
        }
        if (Array.isArray(c.generate)) {
            for (const ref of c.generate)
                if (!c.rules.includes(ref))
                    return fail(`correlation.generate: ${JSON.stringify(ref)} is not one of correlation.rules`);
        }
        for (const [alias, map] of Object.entries(c.aliases ?? {})) {
            for (const ref of Object.keys(map))
                if (!c.rules.includes(ref))
                    return fail(`correlation.aliases.${alias}: ${JSON.stringify(ref)} is not one of correlation.rules`);
        }
        const rule = {
            kind: 'correlation',
            doc,
            inputs,
            file: entry.file,
            dir: entry.dir,
            line: entry.line,
            testLines: entry.testLines
        };
        built.set(d.id, rule);
        return rule;
    }
    for (const entry of valid) {
        const r = build(entry, []);
        if (r && !rules.includes(r))
            rules.push(r);
    }
    // Correlations resolve their inputs recursively, so keep the file order for the report.
    rules.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
    return {
        rules,
        errors,
        files: files.map(f => node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, f) || f),
        roots,
        source: { paths: [...paths], cwd }
    };
}
/** The product a rule reads: a correlation's is that of its first base rule. */
function ruleProduct(rule) {
    return rule.kind === 'detection' ? rule.doc.logsource.product : ruleProduct(rule.inputs[0]);
}


/***/ }),

/***/ 802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aL: () => (/* binding */ compileFieldTest),
/* harmony export */   vH: () => (/* binding */ compileDetection)
/* harmony export */ });
/* unused harmony export compileSelection */
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8163);
/* harmony import */ var _condition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5782);



const MODIFIERS = new Set([
    'contains',
    'startswith',
    'endswith',
    're',
    'i',
    'm',
    's',
    'cidr',
    'all',
    'gt',
    'gte',
    'lt',
    'lte',
    'exists',
    'cased'
]);
/** Plain Sigma values are case-insensitive, with `*` and `?` wildcards (`\*` is a literal star). */
function wildcardRegex(value, flags) {
    if (!/(?<!\\)[*?]/.test(value))
        return undefined;
    let re = '';
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (c === '\\' && (value[i + 1] === '*' || value[i + 1] === '?' || value[i + 1] === '\\')) {
            re += `\\${value[++i]}`;
        }
        else if (c === '*')
            re += '[\\s\\S]*';
        else if (c === '?')
            re += '[\\s\\S]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`, flags);
}
function asStrings(v) {
    if (v === undefined || v === null)
        return [];
    if (Array.isArray(v))
        return v.flatMap(asStrings);
    if (typeof v === 'object')
        return [JSON.stringify(v)];
    return [String(v)];
}
/** One value test under the field's modifiers. */
function valueTest(raw, mods) {
    if (mods.has('exists')) {
        const want = raw === true || raw === 'true';
        return (_c, present) => present === want;
    }
    if (raw === null)
        return (c, present) => !present || c.every(s => s === '');
    const cased = mods.has('cased');
    if (mods.has('re')) {
        const flags = ['i', 'm', 's'].filter(f => mods.has(f)).join('');
        const re = new RegExp(String(raw), flags);
        return c => c.some(s => re.test(s));
    }
    if (mods.has('cidr')) {
        const range = ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().parseCIDR(String(raw));
        return c => c.some(s => {
            if (!ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().isValid(s))
                return false;
            let a = ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().parse(s);
            if (a.kind() === 'ipv6' && a.isIPv4MappedAddress())
                a = a.toIPv4Address();
            return a.kind() === range[0].kind() && a.match(range);
        });
    }
    for (const op of ['gt', 'gte', 'lt', 'lte']) {
        if (mods.has(op)) {
            const n = Number(raw);
            const cmp = {
                gt: (x) => x > n,
                gte: (x) => x >= n,
                lt: (x) => x < n,
                lte: (x) => x <= n
            }[op];
            return c => c.some(s => s.trim() !== '' && !Number.isNaN(Number(s)) && cmp(Number(s)));
        }
    }
    const text = String(raw);
    const norm = cased ? text : text.toLowerCase();
    const fold = (s) => (cased ? s : s.toLowerCase());
    if (mods.has('contains'))
        return c => c.some(s => fold(s).includes(norm));
    if (mods.has('startswith'))
        return c => c.some(s => fold(s).startsWith(norm));
    if (mods.has('endswith'))
        return c => c.some(s => fold(s).endsWith(norm));
    const wild = wildcardRegex(text, cased ? 's' : 'is');
    if (wild)
        return c => c.some(s => wild.test(s));
    return c => c.some(s => fold(s) === norm);
}
/** `Field|mod1|mod2: value(s)` → a predicate over events. Throws with a message on bad input. */
function compileFieldTest(key, value) {
    const [field, ...modList] = key.split('|');
    if (field === '')
        throw new Error(`"${key}": keyword searches (no field name) are not supported`);
    for (const m of modList)
        if (!MODIFIERS.has(m))
            throw new Error(`"${key}": unknown modifier "${m}"`);
    const mods = new Set(modList);
    if ((mods.has('i') || mods.has('m') || mods.has('s')) && !mods.has('re'))
        throw new Error(`"${key}": i, m and s only qualify re`);
    if (mods.has('cidr')) {
        for (const v of [value].flat()) {
            try {
                ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().parseCIDR(String(v));
            }
            catch {
                throw new Error(`"${key}": ${JSON.stringify(v)} is not a CIDR range`);
            }
        }
    }
    if (mods.has('re')) {
        for (const v of [value].flat()) {
            try {
                new RegExp(String(v));
            }
            catch (e) {
                throw new Error(`"${key}": ${JSON.stringify(v)} is not a valid regular expression (${e.message})`);
            }
        }
    }
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0)
        throw new Error(`"${key}": an empty list matches nothing`);
    const tests = values.map(v => valueTest(v, mods));
    const all = mods.has('all');
    return event => {
        const v = (0,_event_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldValue */ .ag)(event, field);
        const present = v !== undefined && v !== null;
        const candidates = asStrings(v);
        return all ? tests.every(t => t(candidates, present)) : tests.some(t => t(candidates, present));
    };
}
/** A selection: a map is AND over its fields, a list of maps is OR over them. */
function compileSelection(selection) {
    const maps = Array.isArray(selection) ? selection : [selection];
    const compiled = maps.map(m => {
        const tests = Object.entries(m).map(([k, v]) => compileFieldTest(k, v));
        if (tests.length === 0)
            throw new Error('an empty selection matches everything; name at least one field');
        return (e) => tests.every(t => t(e));
    });
    return compiled.length === 1 ? compiled[0] : e => compiled.some(t => t(e));
}
/** A detection block → one predicate (several conditions are OR-ed, as Sigma does). */
function compileDetection(detection) {
    const selections = new Map();
    for (const [name, sel] of Object.entries(detection)) {
        if (name === 'condition')
            continue;
        try {
            selections.set(name, compileSelection(sel));
        }
        catch (e) {
            throw new Error(`detection.${name}: ${e.message}`);
        }
    }
    const conditions = [detection.condition].flat();
    const compiled = conditions.map(c => {
        try {
            return (0,_condition_js__WEBPACK_IMPORTED_MODULE_2__/* .compileCondition */ .v)(c, selections);
        }
        catch (e) {
            throw new Error(`detection.condition ${JSON.stringify(c)}: ${e.message}`);
        }
    });
    return compiled.length === 1 ? compiled[0] : e => compiled.some(p => p(e));
}


/***/ }),

/***/ 6700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mS: () => (/* binding */ knownFpsSchema),
/* harmony export */   nF: () => (/* binding */ detectionRuleSchema),
/* harmony export */   qX: () => (/* binding */ correlationRuleSchema)
/* harmony export */ });
/* unused harmony exports requirementSchema, ruleTestSchema, ruleDocumentSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8163);


/**
 * The rule format: a strict subset of Sigma (detection and correlation documents) with our
 * metadata and Panther-style inline tests. Every object is strict, so a misspelt key is an error
 * that names the file, the rule and the key. `schema/detection-rule.schema.json` is generated
 * from this (npm run schema) and a test fails when the two drift.
 */
const id = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^(?:[a-z0-9][a-z0-9-]{2,79}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/, 'an id is lower-case letters, digits and dashes (3-80 characters) or a UUID');
const severity = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['informational', 'low', 'medium', 'high', 'critical']);
const timespan = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[1-9]\d*[smhd]$/, 'a timespan is a number and s, m, h or d (e.g. 5m)');
const scalar = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]);
const fieldValue = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([scalar, zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(scalar)]);
const selectionMap = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), fieldValue);
const selection = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([selectionMap, zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(selectionMap).min(1)]);
const requirementSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        setting: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        value: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()]),
        why: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        setting: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        includes: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]),
        why: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        setting: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        excludes: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]),
        why: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ setting: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), set: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(true), why: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ channel: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Z_]+$/), why: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).strict()
]);
const testLog = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J())]);
const ruleTestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    expect: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('match'), zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('no_match'), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0)]),
    log: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([testLog, zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(testLog).min(1)]).optional(),
    fixture: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_event_js__WEBPACK_IMPORTED_MODULE_0__/* .LOG_FORMATS */ .CD).optional(),
    pg_prefix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
})
    .strict()
    .refine(t => (t.log === undefined) !== (t.fixture === undefined), {
    message: 'a test has exactly one of log and fixture'
});
const metadata = {
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    id,
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[a-z0-9_][a-z0-9_-]*$/)
        .optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['stable', 'test', 'experimental', 'deprecated', 'unsupported']),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    references: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    author: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    date: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    modified: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    severity,
    category: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    owner: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^(?:attack\.(?:t\d{4}(?:\.\d{3})?|g\d{4}|s\d{4}|[a-z][a-z_-]*)|detection\.[a-z_-]+|cve\.\d{4}-\d+|db\.[a-z0-9_-]+)$/, 'tags are attack.tNNNN[.NNN], attack.<tactic>, detection.*, cve.* or db.*'))
        .optional(),
    falsepositives: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    requires: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(requirementSchema).optional(),
    tests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ruleTestSchema).optional()
};
const detectionRuleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...metadata,
    logsource: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        product: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_event_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCTS */ .zv),
        service: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        category: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        definition: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
    })
        .strict(),
    detection: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ condition: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1)]) })
        .catchall(selection)
})
    .strict();
const countCondition = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    gt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(),
    gte: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).optional(),
    field: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
})
    .strict()
    .refine(c => (c.gt === undefined) !== (c.gte === undefined), {
    message: 'a correlation condition has exactly one of gt and gte (replay is streaming: lt, lte, eq and neq need a window to close first)'
});
const correlationRuleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...metadata,
    correlation: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /**
         * Sigma's types, plus `gap` (our extension, for absence): a group-by key that logs nothing
         * for longer than `timespan`, either while another key keeps logging or until it resumes.
         */
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['event_count', 'value_count', 'temporal', 'temporal_ordered', 'gap']),
        rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1),
        'group-by': zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1),
        timespan,
        condition: countCondition.optional(),
        aliases: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())).optional(),
        /** Sigma's boolean, or (our extension) the referenced rules that also report on their own. */
        generate: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1)]).optional()
    })
        .strict()
})
    .strict();
/** Known false positives of the goodlog pass: `goodlog/known-fps.yml` beside the benign logs. */
const knownFpsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    /** How to read a corpus file when sniffing is not enough (a PostgreSQL log_line_prefix). */
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_event_js__WEBPACK_IMPORTED_MODULE_0__/* .LOG_FORMATS */ .CD).optional(),
        pg_prefix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
    })
        .strict())
        .optional(),
    known: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        line: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
        reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)
    })
        .strict())
})
    .strict();
/** For the generated JSON Schema: one rule document is either kind. */
const ruleDocumentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([detectionRuleSchema, correlationRuleSchema]);


/***/ })

};
