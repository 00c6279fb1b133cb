export const id = 254;
export const ids = [254];
export const modules = {

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

/***/ 5326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LU: () => (/* binding */ renderMarkdownDiff),
/* harmony export */   m0: () => (/* binding */ renderSinceSection)
/* harmony export */ });
/* unused harmony exports DIFF_LIST_LIMIT, diffHeadline */
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2592);


/** Entries listed per section before the rest is summarised (the JSON diff has them all). */
const DIFF_LIST_LIMIT = 100;
/** Dates and versions were validated when the report was read (report-input.ts): safe as they are. */
const day = (iso) => iso.slice(0, 10);
/** One finding of a diff. Every value from a report is a code span: a report file is not trusted. */
function line(e) {
    const status = e.baseStatus && e.headStatus
        ? `**${e.baseStatus} → ${e.headStatus}**`
        : e.headStatus
            ? `**${e.headStatus}**`
            : `~~${e.baseStatus}~~`;
    const object = e.object !== undefined ? ` ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.object)}` : '';
    const notes = [
        e.waived ? 'waived' : '',
        e.checkChange === 'appeared' ? 'new check' : e.checkChange === 'vanished' ? 'check removed' : ''
    ].filter(Boolean);
    return `- ${status} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.checkId)}${object}: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.detail)}${notes.length ? ` *(${notes.join(', ')})*` : ''}`;
}
function section(title, entries, limit) {
    if (entries.length === 0)
        return [];
    const shown = entries.slice(0, limit).map(line);
    const rest = entries.length - shown.length;
    return [
        `**${title} (${entries.length})**`,
        '',
        ...shown,
        ...(rest > 0 ? [`- … and ${rest} more in the JSON diff`] : []),
        ''
    ];
}
/** "+2 FAIL new, −3 resolved": the headline numbers, new ones first. */
function diffHeadline(diff) {
    const c = diff.counts;
    const parts = [`+${c.newFail} FAIL new`];
    if (c.newWarn)
        parts.push(`+${c.newWarn} WARN new`);
    parts.push(`−${c.resolved} resolved`);
    if (c.changed)
        parts.push(`${c.changed} changed`);
    parts.push(`${c.unchanged} unchanged`);
    return parts.join(', ');
}
/**
 * The "Since <date of the reference>" section: what the audit/PR comment and summary put at the
 * top when a reference report is given (`heading` sets its level).
 */
function renderSinceSection(diff, opts = {}) {
    const h = opts.heading ?? '##';
    const limit = opts.limit ?? DIFF_LIST_LIMIT;
    const lines = [
        `${h} Since ${day(diff.base.auditedAt)}`,
        '',
        `${diffHeadline(diff)} (reference: db-posture ${diff.base.toolVersion} audit of ${day(diff.base.auditedAt)}; this audit: ${day(diff.head.auditedAt)}).`,
        '',
        ...section('New', diff.new, limit),
        ...section('Worse or otherwise changed', diff.changed, limit),
        ...section('Resolved', diff.resolved, limit)
    ];
    if (diff.checks.appeared.length || diff.checks.vanished.length) {
        const list = (ids) => ids.map(_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS).join(', ');
        lines.push(`Checks ${[
            diff.checks.appeared.length ? `added: ${list(diff.checks.appeared)}` : '',
            diff.checks.vanished.length ? `removed: ${list(diff.checks.vanished)}` : ''
        ]
            .filter(Boolean)
            .join('; ')} (another db-posture version or engine).`, '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
/** `db-posture diff --format markdown`: the section above plus the unchanged problems. */
function renderMarkdownDiff(diff, limit = DIFF_LIST_LIMIT) {
    const unchangedProblems = diff.unchanged.filter(e => (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isProblem */ .AN)(e.headStatus));
    const lines = [
        `# db-posture diff: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(diff.target.name)} (${diff.target.engine})`,
        '',
        renderSinceSection(diff, { heading: '##', limit }).trimEnd(),
        ''
    ];
    if (unchangedProblems.length) {
        lines.push('<details><summary>Unchanged</summary>', '', ...section('Unchanged', unchangedProblems, limit), '</details>', '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}


/***/ }),

/***/ 7088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zO: () => (/* binding */ FULL_LAYOUT),
  xH: () => (/* binding */ gateReasons),
  Gc: () => (/* binding */ renderMarkdown),
  fk: () => (/* binding */ waiverLine)
});

// UNUSED EXPORTS: capList, changeMarkOf, remediationChecks, renderFindingGroups, renderGateLine, renderHeader, renderIncompleteBanner, renderSummaryTable

// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(5009);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/vocabulary.ts
var vocabulary = __webpack_require__(7063);
// EXTERNAL MODULE: ./src/core/gate.ts
var gate = __webpack_require__(4888);
// EXTERNAL MODULE: ./src/core/report-check.ts
var report_check = __webpack_require__(6092);
// EXTERNAL MODULE: ./src/diff/markdown.ts
var markdown = __webpack_require__(5326);
// EXTERNAL MODULE: ./src/core/policy-annotation.ts
var policy_annotation = __webpack_require__(9015);
;// CONCATENATED MODULE: ./src/report/groups.ts


/** The change mark shown after the status; PASS/INFO/N/A findings that did not move get none. */
const MARK_TEXT = {
    new: '*(new)*',
    worse: '*(worse)*',
    better: '*(better)*',
    changed: '*(changed)*',
    existing: '*(existing)*'
};
/** The finding's change mark relative to the reference report, or '' without one. */
function changeMarkOf(report, f) {
    const m = report.changeMark?.(f.checkId, f.object);
    return m ? (MARK_TEXT[m] ?? '') : '';
}
/** Status icons, for counts and group lines (colour-blind safe: the status word is always shown too). */
const STATUS_ICON = {
    PASS: '✅',
    WARN: '⚠️',
    FAIL: '❌',
    INFO: 'ℹ️',
    'N/A': '➖',
    UNKNOWN: '❔'
};
const WAIVED_ICON = '🔕';
/** FAIL, WARN, UNKNOWN first (what needs a person), then waived, then the rest. */
const KIND_RANK = {
    FAIL: 0,
    WARN: 1,
    UNKNOWN: 2,
    waived: 3,
    INFO: 4,
    PASS: 5,
    'N/A': 6
};
/** Severity within one verdict: the check's own verdict before policy, FAIL highest. */
const SEVERITY = { FAIL: 5, WARN: 4, UNKNOWN: 3, INFO: 2, PASS: 1, 'N/A': 0 };
/** True for the verdicts a reader must act on (these groups are never dropped to fit a budget). */
function isActionable(kind) {
    return kind === 'FAIL' || kind === 'WARN' || kind === 'UNKNOWN' || kind === 'waived';
}
/**
 * Groups the findings by check and verdict, ordered by verdict (FAIL, WARN, UNKNOWN, waived, INFO,
 * PASS, N/A), then by severity (raw verdict before policy; a fault before a missing privilege),
 * then by size and check id. Findings keep their report order inside a group.
 */
function groupByCheck(findings) {
    const groups = new Map();
    for (const f of findings) {
        const kind = f.waiver?.state === 'active' ? 'waived' : f.status;
        const key = `${f.checkId}\u0000${kind}\u0000${f.status}`;
        let entry = groups.get(key);
        if (!entry) {
            const list = [];
            entry = {
                g: { checkId: f.checkId, title: f.title, kind, status: f.status, findings: list },
                findings: list,
                severity: 0,
                faults: 0
            };
            groups.set(key, entry);
        }
        entry.findings.push(f);
        entry.severity = Math.max(entry.severity, SEVERITY[f.rawStatus]);
        if (f.incomplete)
            entry.faults++;
    }
    return [...groups.values()]
        .sort((a, b) => KIND_RANK[a.g.kind] - KIND_RANK[b.g.kind] ||
        SEVERITY[b.g.status] - SEVERITY[a.g.status] ||
        b.severity - a.severity ||
        b.faults - a.faults ||
        b.findings.length - a.findings.length ||
        (a.g.checkId < b.g.checkId ? -1 : a.g.checkId > b.g.checkId ? 1 : 0))
        .map(e => e.g);
}
/** `❌ **FAIL**`, `🔕 **waived FAIL**`. */
function groupLabel(g) {
    return g.kind === 'waived'
        ? `${WAIVED_ICON} **waived ${g.status}**`
        : `${STATUS_ICON[g.status]} **${g.status}**`;
}
/** The notes after a finding: policy sentences and the waiver state. */
function findingNotes(f) {
    const parts = [];
    if (f.annotation)
        parts.push((0,core_text/* escapeStatic */.gH)(f.annotation));
    for (const p of f.policy ?? [])
        parts.push((0,policy_annotation/* policyMarkdown */.u)(p));
    if (f.waiver?.state === 'active') {
        parts.push(`*(waived until ${f.waiver.expires} by ${(0,core_text/* codeSpan */.SS)(f.waiver.owner)}: ${(0,core_text/* codeSpan */.SS)(f.waiver.reason)})*`);
    }
    else if (f.waiver?.state === 'expired') {
        parts.push(`*(waiver by ${(0,core_text/* codeSpan */.SS)(f.waiver.owner)} expired on ${f.waiver.expires} — counts again)*`);
    }
    return parts.length ? ` ${parts.join(' ')}` : '';
}
/** One finding as a list item a reviewer can write a waiver from: check id, object key, detail. */
function renderFindingItem(report, f) {
    const mark = changeMarkOf(report, f);
    const object = f.object !== undefined ? ` · ${(0,core_text/* codeSpan */.SS)(f.object)}` : '';
    return `- ${(0,core_text/* codeSpan */.SS)(f.checkId)}${object}${mark ? ` ${mark}` : ''}: ${f.detail.markdown}${findingNotes(f)}`;
}
/**
 * A check's group: its line (verdict, id, title, count, the first objects) and, when it has more
 * than one finding, every finding in a `<details>` block, cut at `linesPerCheck` with a count of the
 * rest. A single finding is one line with its detail.
 */
function renderGroup(report, g, layout) {
    const n = g.findings.length;
    const title = (0,core_text/* escapeStatic */.gH)(g.title);
    if (n === 1) {
        const f = g.findings[0];
        const mark = changeMarkOf(report, f);
        const object = f.object !== undefined ? ` · ${(0,core_text/* codeSpan */.SS)(f.object)}` : '';
        return [
            `- ${groupLabel(g)} ${(0,core_text/* codeSpan */.SS)(g.checkId)}${object} · ${title}${mark ? ` ${mark}` : ''}: ${f.detail.markdown}${findingNotes(f)}`
        ];
    }
    const keys = g.findings.filter(f => f.object !== undefined).map(f => f.object);
    const named = keys.slice(0, layout.inline).map(core_text/* codeSpan */.SS);
    const rest = n - named.length;
    const objects = named.length ? `: ${named.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}` : '';
    const head = `- ${groupLabel(g)} ${(0,core_text/* codeSpan */.SS)(g.checkId)} · ${title} · ${n} findings${objects}`;
    if (layout.linesPerCheck <= 0)
        return [head];
    const shown = g.findings.slice(0, layout.linesPerCheck).map(f => renderFindingItem(report, f));
    const more = n > shown.length
        ? [
            `- …and ${n - shown.length} more ${(0,core_text/* codeSpan */.SS)(g.checkId)} ${n - shown.length === 1 ? 'finding' : 'findings'}: see the full report.`
        ]
        : [];
    return [
        head,
        '',
        `<details><summary>${n} findings of ${(0,core_text/* escapeStatic */.gH)(g.checkId)}</summary>`,
        '',
        ...shown,
        ...more,
        '',
        '</details>',
        ''
    ];
}
/** A paragraph for the quiet verdicts left out of a short view: `✅ 12 PASS · ➖ 2 N/A checks: …`. */
function quietCounts(groups) {
    const by = new Map();
    for (const g of groups)
        if (!isActionable(g.kind))
            by.set(g.status, (by.get(g.status) ?? 0) + 1);
    if (by.size === 0)
        return undefined;
    const parts = ['PASS', 'INFO', 'N/A']
        .filter(s => by.has(s))
        .map(s => `${STATUS_ICON[s]} ${by.get(s)} ${s}`);
    const total = [...by.values()].reduce((a, b) => a + b, 0);
    return `${parts.join(' · ')} ${total === 1 ? 'check' : 'checks'}: listed in the full report.`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts








function waiverLine(w) {
    const object = w.object !== undefined ? ` object ${(0,core_text/* codeSpan */.SS)(w.object)}` : '';
    return `- ${(0,core_text/* codeSpan */.SS)(w.check)} target ${(0,core_text/* codeSpan */.SS)(w.target)}${object}, owner ${(0,core_text/* codeSpan */.SS)(w.owner)}, expires ${w.expires}: ${(0,core_text/* codeSpan */.SS)(w.reason)}`;
}
/** The report header lines (shared by the full report and the summary renderers). */
function renderHeader(report) {
    const t = report.target;
    const c = report.context;
    const lines = [
        `# Security Audit Report — ${(0,core_text/* codeSpan */.SS)(t.name)}`,
        '',
        `**Date:** ${c.auditedAt.slice(0, 10)}`,
        `**Engine:** ${vocabulary/* ENGINE_NAMES */.Gw[t.engine]}`
    ];
    if (t.clusterId)
        lines.push(`**Cluster ID:** ${(0,core_text/* codeSpan */.SS)(t.clusterId)}`);
    if (t.plan)
        lines.push(`**Plan:** ${(0,core_text/* codeSpan */.SS)(t.plan)}`);
    if (t.version)
        lines.push(`**Version:** ${(0,core_text/* codeSpan */.SS)(t.version)}`);
    if (t.regions?.length)
        lines.push(`**Regions:** ${t.regions.map(core_text/* codeSpan */.SS).join(', ')}`);
    lines.push(`**Deployment:** ${vocabulary/* DEPLOYMENT_NAMES */.L1[t.deployment]}`);
    lines.push(`**Environment:** ${c.environment}`);
    lines.push(`**Compliance:** ${c.compliance.length ? c.compliance.map(x => vocabulary/* COMPLIANCE_NAMES */.lk[x]).join(', ') : '(none specified)'}`);
    lines.push(`**Data Sensitivity:** ${vocabulary/* SENSITIVITY_NAMES */.Xu[c.dataSensitivity]}`);
    for (const [label, value] of t.details) {
        // Engines also list their version among the details ("PostgreSQL Version"): show it once.
        if (t.version !== undefined && /version$/i.test(label) && value === t.version)
            continue;
        lines.push(`**${label}:** ${(0,core_text/* codeSpan */.SS)(value)}`);
    }
    // Two trailing spaces would be fragile; a blank-line-free block keeps every field on its own line.
    return lines.map((l, i) => (i >= 2 && l.startsWith('**') ? `${l}  ` : l));
}
/** What counts against the gate, e.g. ["3 unwaived FAIL", "1 expired waiver"]. */
function gateReasons(report) {
    const g = report.gate;
    const parts = [`${g.unwaivedFails} unwaived FAIL`];
    if (g.mode === 'new') {
        const blocking = report.findings.filter(f => (0,gate/* blocksReportGate */.Mm)(report, f)).length;
        parts[0] = `${blocking} new or worse unwaived ${g.failOn === 'fail' ? 'FAIL' : 'findings'} (${g.unwaivedFails} unwaived FAIL in all)`;
    }
    if (g.incomplete)
        parts.unshift(`${(0,core_text/* plural */.LS)(g.incomplete, 'check')} stopped by a fault (audit incomplete)`);
    if (g.failOn === 'warn')
        parts.push(`${g.unwaivedWarns} unwaived WARN`);
    if (g.failOn === 'unknown')
        parts.push(`${g.unwaivedUnknowns} unwaived UNKNOWN`);
    if (g.expiredWaivers)
        parts.push((0,core_text/* plural */.LS)(g.expiredWaivers, 'expired waiver'));
    if (report.baseline.failOnStale && g.staleWaivers)
        parts.push((0,core_text/* plural */.LS)(g.staleWaivers, 'stale waiver'));
    return parts;
}
function renderGateLine(report) {
    const g = report.gate;
    const parts = gateReasons(report);
    const verdict = g.incomplete
        ? 'FAILED (audit incomplete)'
        : g.failOn === 'never'
            ? 'not enforced (fail-on: never)'
            : g.passed
                ? 'PASSED'
                : 'FAILED';
    const since = report.comparison?.reference.context.auditedAt.slice(0, 10);
    const scope = g.mode === 'new' && since ? ` (new or worse since ${since} only)` : '';
    return `**Gate:** ${verdict}${scope} — ${parts.join(', ')}`;
}
/**
 * At the top of every report of an incomplete audit: a fault (not a privilege) stopped checks, so
 * the verdicts below are not the whole posture and the gate has failed closed.
 */
function renderIncompleteBanner(report) {
    const n = report.gate.incomplete;
    if (!n)
        return [];
    const faults = report.unavailable.filter(u => u.fault).slice(0, 5);
    return [
        `> **Audit incomplete:** ${n} ${n === 1 ? 'check' : 'checks'} could not be evaluated because of a fault (lost connection, timeout or server error), not a missing privilege. The gate fails closed; re-run the audit once the target is healthy.`,
        ...faults.map(u => `> - ${(0,core_text/* codeSpan */.SS)(u.fact)}: ${u.reason.markdown}`),
        ''
    ];
}
function renderSummaryTable(report) {
    const ref = report.comparison?.reference;
    if (ref) {
        // With a reference, a change column: this audit's count minus the reference's, per status.
        const before = new Map();
        for (const f of ref.findings)
            before.set(f.status, (before.get(f.status) ?? 0) + 1);
        const delta = (n) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
        return [
            '| Status | Count | Change |',
            '|--------|-------|--------|',
            ...core_status/* STATUSES */.f.map(s => `| ${s} | ${report.summary[s]} | ${delta(report.summary[s] - (before.get(s) ?? 0))} |`)
        ];
    }
    return [
        '| Status | Count |',
        '|--------|-------|',
        ...core_status/* STATUSES */.f.map(s => `| ${s} | ${report.summary[s]} |`)
    ];
}
const FULL_LAYOUT = {
    linesPerCheck: Number.POSITIVE_INFINITY,
    inline: 5,
    quiet: 'full',
    listCap: Number.POSITIVE_INFINITY
};
/** At most `cap` items, then a line saying how many more the full report has (`noun` singular). */
function capList(items, cap, noun) {
    if (items.length <= cap)
        return [...items];
    return [
        ...items.slice(0, cap),
        `- …and ${(0,core_text/* plural */.LS)(items.length - cap, `more ${noun}`)}: see the full report.`
    ];
}
/** The findings, one group per check and verdict (groups.ts), as the layout allows. */
function renderFindingGroups(report, layout, findings = report.findings) {
    const groups = groupByCheck(findings);
    const out = [];
    for (const g of groups) {
        const quiet = !isActionable(g.kind);
        if (quiet && layout.quiet === 'counts')
            continue;
        const lines = renderGroup(report, g, quiet && layout.quiet === 'lines' ? { linesPerCheck: 0, inline: layout.inline } : layout);
        // Check lines form one tight list; a details block (after a blank line) ends it, and the
        // next check line starts a new one. A blank line between two items would make the list loose.
        out.push(...lines);
    }
    if (layout.quiet === 'counts') {
        const counts = quietCounts(groups);
        if (counts) {
            if (out.length && out[out.length - 1] !== '')
                out.push('');
            out.push(counts);
        }
    }
    while (out[out.length - 1] === '')
        out.pop();
    return out;
}
/**
 * The full markdown report, in the structure of the CockroachDB audit skill's report format:
 * header, summary table, findings grouped by check (FAIL, WARN, UNKNOWN first), followed by what
 * could not be evaluated, the baseline state, remediation and notes.
 */
function renderMarkdown(report, layout = FULL_LAYOUT, extraSections = []) {
    const out = [
        ...renderHeader(report),
        '',
        ...renderIncompleteBanner(report),
        renderGateLine(report),
        '',
        ...(report.comparison ? [(0,markdown/* renderSinceSection */.m0)(report.comparison.diff).trimEnd(), ''] : []),
        '## Summary',
        '',
        ...renderSummaryTable(report),
        '',
        '## Findings'
    ];
    const groups = renderFindingGroups(report, layout);
    out.push('', ...(groups.length ? groups : ['No findings.']));
    if (report.unavailable.length > 0) {
        out.push('', '## Not Evaluated', '', 'Facts that could not be collected; the checks that need them report UNKNOWN.', '', ...capList(report.unavailable.map(u => `- ${(0,core_text/* codeSpan */.SS)(u.fact)}: ${u.reason.markdown}`), layout.listCap, 'fact'));
    }
    const b = report.baseline;
    if (b.expired.length || b.expiringSoon.length || b.stale.length) {
        out.push('', '## Baseline', '');
        if (b.file)
            out.push(`Baseline file: ${(0,core_text/* codeSpan */.SS)(b.file)}`, '');
        const list = (ws) => [
            ...capList(ws.map(waiverLine), layout.listCap, 'waiver'),
            ''
        ];
        if (b.expired.length)
            out.push(`**Expired waivers** (${b.expired.length}; no longer waive, the findings count again):`, '', ...list(b.expired));
        if (b.expiringSoon.length)
            out.push(`**Waivers expiring within 14 days** (${b.expiringSoon.length}):`, '', ...list(b.expiringSoon));
        if (b.stale.length)
            out.push(`**Stale waivers** (${b.stale.length}; match no finding, remove them):`, '', ...list(b.stale));
        while (out[out.length - 1] === '')
            out.pop();
    }
    const toFix = remediationChecks(report);
    if (toFix.length > 0) {
        out.push('', '## Remediation', '');
        for (const f of toFix) {
            out.push(`- **${f.checkId}** (${(0,core_text/* escapeStatic */.gH)(f.title)}): ${(0,core_text/* escapeStatic */.gH)(f.remediation.text)} [Reference](${f.remediation.link})`);
            // Why it matters, and what a person confirms by hand, under the fix (from the report's checks).
            const check = (0,report_check/* checkIn */.is)(report.checks, f.checkId);
            if (check?.rationale)
                out.push(`  - Why: ${(0,core_text/* escapeStatic */.gH)(check.rationale)}`);
            if (check?.verify)
                out.push(`  - Verify by hand: ${(0,core_text/* escapeStatic */.gH)(check.verify)}`);
        }
    }
    if (report.notes.length > 0) {
        out.push('', '## Notes', '', ...capList(report.notes.map(n => `- ${n.markdown}`), layout.listCap, 'note'));
    }
    // Sections rendered elsewhere (the "Detection coverage" of `--rules`), already escaped.
    for (const section of extraSections)
        out.push('', section.trimEnd());
    out.push('', '---', `*Generated by ${report.tool.name} ${report.tool.version} at ${report.context.auditedAt}. Read-only audit: nothing was written to the target.*`, '');
    return out.join('\n');
}
/** One finding per check with a FAIL or WARN, in group order (the checks a person must fix or waive). */
function remediationChecks(report) {
    const seen = new Map();
    for (const g of groupByCheck(report.findings)) {
        if (g.status !== 'FAIL' && g.status !== 'WARN')
            continue;
        if (!seen.has(g.checkId))
            seen.set(g.checkId, g.findings[0]);
    }
    return [...seen.values()];
}


/***/ })

};
