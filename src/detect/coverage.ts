import { readFile } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';
import { expandPgauditLog } from '../engines/postgres/pgaudit.js';
import { STATEMENT_EVENTS } from '../engines/couchbase/checks/query-audit.js';
import { jsonReportSchema, type JsonReport } from '../report/json.js';
import type { Product } from './event.js';
import { ruleProduct, type Rule } from './rules/load.js';
import type { Requirement } from './rules/schema.js';

/**
 * Detection coverage: which rules cannot fire on an audited cluster because the events they read
 * are never written. A rule's `requires` names settings; the posture report's findings say how
 * they are set. A fact the report does not establish leaves the rule "unverified", never covered.
 */
export type FactValue =
  | {
      readonly known: true;
      readonly value: string | boolean;
      readonly items?: readonly string[];
      readonly note?: string;
    }
  | { readonly known: false; readonly reason: string };

export interface PostureFacts {
  readonly product: Product;
  readonly target: string;
  readonly facts: ReadonlyMap<string, FactValue>;
  /** Objects (roles, databases) for which an override narrows what the global value logs. */
  readonly partial: ReadonlyMap<string, string[]>;
}

const ENGINE_PRODUCT: Record<JsonReport['target']['engine'], Product> = {
  postgres: 'postgresql',
  cockroachdb: 'cockroachdb',
  couchbase: 'couchbase'
};

type Finding = JsonReport['findings'][number];

function set(
  facts: Map<string, FactValue>,
  name: string,
  value: string | boolean,
  items?: string[],
  note?: string
) {
  facts.set(name, { known: true, value, ...(items ? { items } : {}), ...(note ? { note } : {}) });
}

function postgresFacts(findings: Finding[], facts: Map<string, FactValue>, partial: Map<string, string[]>) {
  for (const f of findings) {
    const d = f.detail;
    let m: RegExpExecArray | null;
    switch (f.checkId) {
      case 'pg/pgaudit':
        if (
          /^pgaudit is not in shared_preload_libraries|^pgaudit is listed in shared_preload_libraries but not loaded/.test(
            d
          )
        ) {
          set(facts, 'pgaudit.log', '', [], 'pgaudit is not loaded');
          set(facts, 'shared_preload_libraries.pgaudit', false);
        } else if ((m = /^pgaudit is loaded; pgaudit\.log (.*) covers ddl, write and role/.exec(d))) {
          set(facts, 'pgaudit.log', m[1], [...expandPgauditLog(m[1]).classes]);
          set(facts, 'shared_preload_libraries.pgaudit', true);
        } else if (
          f.object === 'pgaudit.log' &&
          (m = /^pgaudit\.log is (.*): the .* not audited\.$/.exec(d))
        ) {
          set(facts, 'pgaudit.log', m[1], [...expandPgauditLog(m[1]).classes]);
          set(facts, 'shared_preload_libraries.pgaudit', true);
        } else if ((m = /^The override pgaudit\.log = (.*) for (.*) stops auditing (.*)\.$/.exec(d))) {
          set(facts, 'shared_preload_libraries.pgaudit', true);
          for (const cls of m[3].split(', '))
            partial.set(`pgaudit.log:${cls}`, [...(partial.get(`pgaudit.log:${cls}`) ?? []), m[2]]);
        }
        break;
      case 'pg/log-statement':
        if ((m = /^log_statement is (\S+?)[.:]/.exec(d))) set(facts, 'log_statement', m[1]);
        break;
      case 'pg/connection-logging':
        if (f.status === 'PASS') {
          set(facts, 'log_connections', true);
          set(facts, 'log_disconnections', true);
        } else if ((m = /\(log_connections (.*), log_disconnections (.*)\)/.exec(d))) {
          const on = (v: string) =>
            /^(on|true|yes|1|all)$/i.test(v) || (v.includes('authentication') && v.includes('authorization'));
          set(facts, 'log_connections', on(m[1]));
          set(facts, 'log_disconnections', on(m[2]));
        }
        break;
      case 'pg/log-line-prefix':
        if ((m = /^log_line_prefix (.*) (?:records time|lacks )/s.exec(d)))
          set(facts, 'log_line_prefix', m[1]);
        break;
    }
  }
  if (!facts.has('pgaudit.log') && facts.get('shared_preload_libraries.pgaudit')?.known) {
    // Loaded, and no finding names the global value: the only way is PASS-less overrides, so
    // ddl, write and role are covered globally; other classes are not known.
    set(
      facts,
      'pgaudit.log',
      'ddl,write,role (at least)',
      ['ddl', 'write', 'role'],
      'other classes are not known from the report'
    );
  }
}

function cockroachFacts(findings: Finding[], facts: Map<string, FactValue>) {
  for (const f of findings) {
    const d = f.detail;
    let m: RegExpExecArray | null;
    switch (f.checkId) {
      case 'crdb/session-logging':
        if (f.status === 'PASS') {
          set(facts, 'server.auth_log.sql_connections.enabled', true);
          set(facts, 'server.auth_log.sql_sessions.enabled', true);
        } else if ((m = /^(.*) (?:is|are) off: logins and sessions/.exec(d))) {
          const off = m[1].split(' and ');
          for (const s of ['server.auth_log.sql_connections.enabled', 'server.auth_log.sql_sessions.enabled'])
            set(facts, s, !off.includes(s));
        }
        break;
      case 'crdb/audit-logging':
        if (/^sql\.log\.user_audit audits every admin member/.test(d))
          set(facts, 'sql.log.user_audit', 'set');
        else if (/^sql\.log\.user_audit is empty and sql\.log\.admin_audit\.enabled is off/.test(d)) {
          set(facts, 'sql.log.user_audit', '');
          set(facts, 'sql.log.admin_audit.enabled', false);
        } else if (/^sql\.log\.user_audit does not parse/.test(d)) {
          set(facts, 'sql.log.user_audit', '', [], 'it does not parse, so nodes audit nothing');
          set(facts, 'sql.log.admin_audit.enabled', false);
        } else if (/^Only sql\.log\.admin_audit\.enabled/.test(d)) {
          set(facts, 'sql.log.admin_audit.enabled', true);
          set(facts, 'sql.log.user_audit', /sql\.log\.user_audit is (?:empty|invalid)/.test(d) ? '' : 'set');
        } else if (/^sql\.log\.user_audit does not audit admin member/.test(d)) {
          set(facts, 'sql.log.user_audit', 'set', undefined, 'some admin members are not covered');
          set(facts, 'sql.log.admin_audit.enabled', false);
        }
        break;
      case 'crdb/log-export':
        if (f.status === 'PASS')
          for (const c of ['SESSIONS', 'USER_ADMIN', 'PRIVILEGES', 'SENSITIVE_ACCESS'])
            set(facts, `channel:${c}`, true);
        else if ((m = /omits (.*)\.$/.exec(d))) {
          const omitted = m[1].split(', ');
          for (const c of ['SESSIONS', 'USER_ADMIN', 'PRIVILEGES', 'SENSITIVE_ACCESS'])
            set(facts, `channel:${c}`, !omitted.includes(c));
        } else if (/^Log export is /.test(d))
          for (const c of ['SESSIONS', 'USER_ADMIN', 'PRIVILEGES', 'SENSITIVE_ACCESS'])
            set(facts, `channel:${c}`, false);
        break;
    }
  }
}

function couchbaseFacts(findings: Finding[], facts: Map<string, FactValue>) {
  for (const f of findings) {
    const d = f.detail;
    let m: RegExpExecArray | null;
    switch (f.checkId) {
      case 'cb/audit-enabled':
        if (/auditdEnabled true/.test(d)) set(facts, 'audit.enabled', true);
        else if (/auditdEnabled false/.test(d)) set(facts, 'audit.enabled', false);
        break;
      case 'cb/query-audit': {
        const ids = STATEMENT_EVENTS.map(([id]) => String(id));
        if (f.status === 'PASS') set(facts, 'audit.disabled:n1ql', 'none', []);
        else if (/^All \d+ SQL\+\+ statement events/.test(d)) set(facts, 'audit.disabled:n1ql', 'all', ids);
        else if ((m = /statement events are disabled: (.*)\.$/.exec(d))) {
          const off = [...m[1].matchAll(/\b(\d{5}) /g)].map(x => x[1]);
          set(facts, 'audit.disabled:n1ql', off.join(','), off);
        }
        break;
      }
    }
  }
}

/** Reads `--posture report.json`: a db-posture JSON report (schemaVersion 1). */
export async function loadPosture(file: string, flag = '--posture'): Promise<PostureFacts> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError(
      `${flag} ${file} cannot be read as JSON (${e.code ?? e.message}): expected a JSON report from db-posture audit.`
    );
  }
  const parsed = jsonReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${flag} ${file} is not a db-posture JSON report (schemaVersion 1): ${issue.path.join('.') || 'top level'}: ${issue.message}.`
    );
  }
  return postureFacts(parsed.data);
}

export function postureFacts(report: JsonReport): PostureFacts {
  const facts = new Map<string, FactValue>();
  const partial = new Map<string, string[]>();
  const product = ENGINE_PRODUCT[report.target.engine];
  if (product === 'postgresql') postgresFacts(report.findings, facts, partial);
  else if (product === 'cockroachdb') cockroachFacts(report.findings, facts);
  else couchbaseFacts(report.findings, facts);
  return { product, target: report.target.name, facts, partial };
}

export interface RuleCoverage {
  readonly rule: Rule;
  readonly status: 'covered' | 'blind' | 'unverified' | 'partial';
  /** One sentence per unmet or unknown requirement. */
  readonly reasons: string[];
}

function show(v: FactValue & { known: true }): string {
  if (v.note && v.value === '') return `empty (${v.note})`;
  if (typeof v.value === 'boolean') return String(v.value);
  return v.value === ''
    ? 'empty'
    : JSON.stringify(v.value).replace(/^"|"$/g, '') + (v.note ? ` (${v.note})` : '');
}

function factFor(req: Requirement, facts: PostureFacts): { key: string; fact: FactValue | undefined } {
  if ('channel' in req)
    return { key: `channel:${req.channel}`, fact: facts.facts.get(`channel:${req.channel}`) };
  // Couchbase SQL++ statement events are established per id from cb/query-audit.
  if (facts.product === 'couchbase' && req.setting === 'audit.disabled' && 'excludes' in req) {
    const id = Number(req.excludes);
    if (id >= 28672 && id <= 28688)
      return { key: 'audit.disabled', fact: facts.facts.get('audit.disabled:n1ql') };
  }
  return { key: req.setting, fact: facts.facts.get(req.setting) };
}

function evaluate(
  req: Requirement,
  facts: PostureFacts
): { ok: boolean | undefined; reason: string; partialFor?: string[] } {
  const { key, fact } = factFor(req, facts);
  const what = 'channel' in req ? `the ${req.channel} channel reaches a log sink` : key;
  const why =
    req.why ?? ('channel' in req ? `${req.channel} events are not collected` : 'its events are not written');
  if (!fact || !fact.known)
    return {
      ok: undefined,
      reason: `${why} unless ${'channel' in req ? what : describe(req)}; the posture report does not establish ${what}`
    };
  if ('channel' in req)
    return { ok: fact.value === true, reason: `${why}: the log export omits ${req.channel}` };
  if ('value' in req) {
    const want = String(req.value).toLowerCase();
    const have = String(fact.value).toLowerCase();
    return { ok: want === have, reason: `${why}: ${key} is ${show(fact)}` };
  }
  if ('includes' in req) {
    const items = (fact.items ?? []).map(s => s.toLowerCase());
    const want = String(req.includes).toLowerCase();
    const ok = items.includes(want);
    const partialFor = ok ? facts.partial.get(`${key}:${want}`) : undefined;
    return { ok, reason: `${why}: ${key} is ${show(fact)}, without ${req.includes}`, partialFor };
  }
  if ('excludes' in req) {
    const items = (fact.items ?? []).map(String);
    return { ok: !items.includes(String(req.excludes)), reason: `${why}: ${key} includes ${req.excludes}` };
  }
  return { ok: fact.value !== '' && fact.value !== false, reason: `${why}: ${key} is ${show(fact)}` };
}

function describe(req: Requirement): string {
  if ('channel' in req) return `the ${req.channel} channel is collected`;
  if ('value' in req) return `${req.setting} = ${req.value}`;
  if ('includes' in req) return `${req.setting} includes ${req.includes}`;
  if ('excludes' in req) return `${req.setting} excludes ${req.excludes}`;
  return `${req.setting} is set`;
}

/** All requirements of a rule: its own plus, for a correlation, those of every input. */
export function requirementsOf(rule: Rule): Requirement[] {
  const own = rule.doc.requires ?? [];
  if (rule.kind === 'detection') return own;
  return [...own, ...rule.inputs.flatMap(requirementsOf)];
}

/** Coverage of every rule for the report's product (rules for other products are left out). */
export function coverage(rules: readonly Rule[], facts: PostureFacts): RuleCoverage[] {
  const out: RuleCoverage[] = [];
  for (const rule of rules) {
    if (ruleProduct(rule) !== facts.product) continue;
    const seen = new Set<string>();
    const blind: string[] = [];
    const unknown: string[] = [];
    const partial: string[] = [];
    for (const req of requirementsOf(rule)) {
      const key = JSON.stringify(req);
      if (seen.has(key)) continue;
      seen.add(key);
      const r = evaluate(req, facts);
      if (r.ok === false) blind.push(r.reason);
      else if (r.ok === undefined) unknown.push(r.reason);
      else if (r.partialFor)
        partial.push(
          `overrides stop ${describe(req).replace(/^.* includes /, '')} auditing for ${r.partialFor.join(', ')}`
        );
    }
    if (blind.length > 0) out.push({ rule, status: 'blind', reasons: blind });
    else if (unknown.length > 0) out.push({ rule, status: 'unverified', reasons: unknown });
    else if (partial.length > 0) out.push({ rule, status: 'partial', reasons: partial });
    else out.push({ rule, status: 'covered', reasons: [] });
  }
  return out;
}
