import { fail, info, pass, warn, type Check, type CheckContext } from '../../core/check.js';
import { available, unavailable, type Fact } from '../../core/facts.js';
import { evaluateCheck } from '../../pipeline/run-checks.js';
import { msg, raw, valueList } from '../../core/text.js';
import auditLogging from '../../engines/cockroachdb/checks/audit-logging.js';
import databaseSso from '../../engines/cockroachdb/checks/database-sso.js';
import hba, { HBA_SETTING } from '../../engines/cockroachdb/checks/hba.js';
import identityMap from '../../engines/cockroachdb/checks/identity-map.js';
import ldap from '../../engines/cockroachdb/checks/ldap.js';
import passwordHashing from '../../engines/cockroachdb/checks/password-hashing.js';
import passwordPolicy from '../../engines/cockroachdb/checks/password-policy.js';
import sensitiveRedaction from '../../engines/cockroachdb/checks/sensitive-redaction.js';
import sessionLogging from '../../engines/cockroachdb/checks/session-logging.js';
import sessionRevivalToken from '../../engines/cockroachdb/checks/session-revival-token.js';
import tableAudit from '../../engines/cockroachdb/checks/table-audit.js';
import userAuditConfig from '../../engines/cockroachdb/checks/user-audit-config.js';
import type { CrdbFacts } from '../../engines/cockroachdb/facts.js';
import { parseCrdbHba } from '../../engines/cockroachdb/hba.js';
import { isTrue } from '../../engines/cockroachdb/settings.js';
import { parseUserAudit, unreachableRules } from '../../engines/cockroachdb/user-audit.js';
import type { ScanFinding } from '../finding.js';
import { emit, type Placed } from './emit.js';
import { SQL_PASSWORD } from './scan-checks.js';
import { startsWith, type SqlStatement, type SqlToken } from './tokens.js';

/**
 * CockroachDB statements the PostgreSQL grammar has no rule for, read token by token in the exact
 * forms CockroachDB's grammar gives them (sql.y): SET CLUSTER SETTING name {=|TO} literal, and
 * ALTER TABLE name EXPERIMENTAL_AUDIT SET {READ WRITE|OFF}. Anything else the PostgreSQL parser
 * reads, or it is reported as not judged.
 */

/** Statements only CockroachDB has: their presence makes a file CockroachDB SQL. */
export function isCockroachOnly(s: SqlStatement): boolean {
  const words = s.tokens.filter(t => t.kind === 'word').map(t => t.value);
  return (
    ((startsWith(s, 'set') || startsWith(s, 'reset') || startsWith(s, 'show')) &&
      words[1] === 'cluster' &&
      words[2] === 'setting') ||
    (startsWith(s, 'alter', 'table') && words.includes('experimental_audit')) ||
    words.some((w, i) => w === 'configure' && words[i + 1] === 'zone') ||
    startsWith(s, 'upsert') ||
    startsWith(s, 'create', 'changefeed')
  );
}

/**
 * A cluster whose settings all PASS the live checks below (a test keeps it so). SET CLUSTER SETTING
 * in a file changes a few of them: each change is judged over this baseline, so a FAIL/WARN means the
 * statement itself weakens the cluster.
 */
export const HARDENED_CLUSTER: ReadonlyMap<string, string> = new Map([
  [HBA_SETTING, 'hostssl all all 10.0.0.0/8 cert-scram-sha-256'],
  ['server.identity_map.configuration', 'jwt /^(.*)@example\\.com$ \\1'],
  ['server.oidc_authentication.enabled', 'false'],
  ['server.oidc_authentication.provider_url', ''],
  ['server.jwt_authentication.enabled', 'true'],
  ['server.jwt_authentication.issuers.configuration', 'https://issuer.example.com'],
  ['security.provisioning.ldap.enabled', 'false'],
  ['security.provisioning.jwt.enabled', 'false'],
  ['server.user_login.min_password_length', '12'],
  ['server.user_login.store_client_pre_hashed_passwords.enabled', 'false'],
  ['server.user_login.password_encryption', 'scram-sha-256'],
  ['sql.log.user_audit', 'all ALL'],
  ['sql.log.admin_audit.enabled', 'true'],
  ['server.auth_log.sql_connections.enabled', 'true'],
  ['server.auth_log.sql_sessions.enabled', 'true'],
  ['server.redact_sensitive_settings.enabled', 'true'],
  ['server.user_login.session_revival_token.enabled', 'false']
]);
const BASELINE_NOTE = 'judged as a change to an otherwise hardened cluster';

/** Live checks that read only cluster settings, with the settings each reads. */
export const SETTING_CHECKS: readonly { check: Check<CrdbFacts>; settings: readonly string[] }[] = [
  { check: hba, settings: [HBA_SETTING] },
  { check: ldap, settings: [HBA_SETTING] },
  {
    check: passwordPolicy,
    settings: [
      'server.user_login.min_password_length',
      'server.user_login.store_client_pre_hashed_passwords.enabled'
    ]
  },
  { check: passwordHashing, settings: ['server.user_login.password_encryption'] },
  {
    check: sessionLogging,
    settings: ['server.auth_log.sql_connections.enabled', 'server.auth_log.sql_sessions.enabled']
  },
  { check: sessionRevivalToken, settings: ['server.user_login.session_revival_token.enabled'] },
  {
    check: databaseSso,
    settings: [
      'server.jwt_authentication.enabled',
      'server.jwt_authentication.issuers.configuration',
      'server.oidc_authentication.enabled',
      'server.oidc_authentication.provider_url'
    ]
  },
  {
    check: identityMap,
    settings: [
      'server.identity_map.configuration',
      'security.provisioning.ldap.enabled',
      'security.provisioning.jwt.enabled'
    ]
  },
  {
    check: sensitiveRedaction,
    settings: ['server.redact_sensitive_settings.enabled', HBA_SETTING, 'server.identity_map.configuration']
  }
];

interface SettingChange {
  readonly value: string;
  /** Where the value literal starts, and the line/column of every line start inside it. */
  readonly line: number;
  readonly column: number;
}

export interface CrdbResult {
  readonly findings: ScanFinding[];
  /** Statements this module does not read; the caller hands them to the PostgreSQL parser. */
  readonly rest: SqlStatement[];
}

type At = (offset: number) => { line: number; column: number };

/** Reads `SET CLUSTER SETTING a.b.c {=|TO} literal [::type]`; undefined when the form differs. */
function readSetClusterSetting(
  tokens: readonly SqlToken[]
): { name: string; value: SqlToken | 'default' } | string {
  let i = 3;
  const parts: string[] = [];
  for (;;) {
    const t = tokens[i];
    if (!t || (t.kind !== 'word' && t.kind !== 'ident')) return 'expected a setting name';
    parts.push(t.value);
    i++;
    if (tokens[i]?.kind === 'op' && tokens[i].value === '.') i++;
    else break;
  }
  const eq = tokens[i];
  if (!eq || !((eq.kind === 'op' && eq.value === '=') || (eq.kind === 'word' && eq.value === 'to')))
    return 'expected = or TO after the setting name';
  i++;
  let value = tokens[i];
  if (!value) return 'expected a value';
  if (value.kind === 'op' && value.value === '-' && tokens[i + 1]?.kind === 'number') {
    value = { ...tokens[i + 1], value: `-${tokens[i + 1].value}`, start: value.start };
    i++;
  }
  i++;
  if (value.kind === 'word' && value.value === 'default')
    return { name: parts.join('.').toLowerCase(), value: 'default' };
  if (value.kind !== 'string' && value.kind !== 'number' && value.kind !== 'word')
    return 'the value is not a literal';
  // An optional cast (`'...'::STRING`) and nothing else.
  if (tokens[i]?.value === ':' && tokens[i + 1]?.value === ':' && tokens[i + 2]?.kind === 'word') i += 3;
  if (i !== tokens.length) return 'the value is not a single literal';
  return { name: parts.join('.').toLowerCase(), value };
}

/** Reads `ALTER TABLE [IF EXISTS] name EXPERIMENTAL_AUDIT SET {READ WRITE|OFF}`. */
function readExperimentalAudit(
  tokens: readonly SqlToken[]
): { table: string; mode: 'READ WRITE' | 'OFF' } | string {
  let i = 2;
  if (tokens[i]?.value === 'if' && tokens[i + 1]?.value === 'exists') i += 2;
  const parts: string[] = [];
  for (;;) {
    const t = tokens[i];
    if (!t || (t.kind !== 'word' && t.kind !== 'ident')) return 'expected a table name';
    parts.push(t.value);
    i++;
    if (tokens[i]?.kind === 'op' && tokens[i].value === '.') i++;
    else break;
  }
  const rest = tokens.slice(i).map(t => (t.kind === 'word' ? t.value : `\u0000${t.value}`));
  const form = rest.join(' ');
  if (form === 'experimental_audit set read write') return { table: parts.join('.'), mode: 'READ WRITE' };
  if (form === 'experimental_audit set off') return { table: parts.join('.'), mode: 'OFF' };
  return 'expected EXPERIMENTAL_AUDIT SET READ WRITE or OFF';
}

/**
 * A literal password in a role statement the PostgreSQL grammar rejects (CockroachDB's
 * CREATE USER IF NOT EXISTS ...): the token after the PASSWORD keyword is a string literal.
 */
export function literalPassword(s: SqlStatement): { name: string; at: number } | undefined {
  const t = s.tokens;
  if (
    !(t[0]?.value === 'create' || t[0]?.value === 'alter') ||
    !(t[1]?.value === 'user' || t[1]?.value === 'role')
  )
    return undefined;
  let i = 2;
  while (t[i]?.kind === 'word' && ['if', 'not', 'exists'].includes(t[i].value)) i++;
  const name = t[i]?.kind === 'word' || t[i]?.kind === 'ident' ? t[i].value : '?';
  for (let j = i + 1; j + 1 < t.length; j++)
    if (t[j].kind === 'word' && t[j].value === 'password' && t[j + 1].kind === 'string')
      return { name, at: t[j].start };
  return undefined;
}

export function judgeCrdbStatements(
  stmts: readonly SqlStatement[],
  file: string,
  ctx: CheckContext,
  at: At,
  unparsed: (s: SqlStatement, message: string) => void,
  pgError: (s: SqlStatement) => string | undefined
): CrdbResult {
  const findings: ScanFinding[] = [];
  const rest: SqlStatement[] = [];
  const changes = new Map<string, SettingChange>();
  const audits: Placed[] = [];
  const passwords: Placed[] = [];
  for (const s of stmts) {
    const words = s.tokens.map(t => t.value);
    if (startsWith(s, 'set', 'cluster', 'setting')) {
      const r = readSetClusterSetting(s.tokens);
      if (typeof r === 'string') {
        unparsed(s, `SET CLUSTER SETTING: ${r}`);
        continue;
      }
      // DEFAULT restores a default this scanner does not judge from a file: reported, not guessed.
      if (r.value === 'default') {
        unparsed(s, `SET CLUSTER SETTING ${r.name} = DEFAULT restores a default the scan does not judge`);
        continue;
      }
      const pos = at(r.value.start);
      changes.set(r.name, { value: r.value.value, line: pos.line, column: pos.column });
    } else if (startsWith(s, 'alter', 'table') && words.includes('experimental_audit')) {
      const r = readExperimentalAudit(s.tokens);
      if (typeof r === 'string') {
        unparsed(s, r);
        continue;
      }
      const where = at(s.start);
      audits.push({
        raw: info(
          r.mode === 'OFF'
            ? msg`ALTER TABLE ${r.table} EXPERIMENTAL_AUDIT SET OFF: reads and writes of ${r.table} no longer emit sensitive_table_access events.`
            : msg`ALTER TABLE ${r.table} EXPERIMENTAL_AUDIT SET READ WRITE: reads and writes of ${r.table} emit sensitive_table_access events.`,
          r.table
        ),
        ...where,
        object: `table ${r.table}`
      });
    } else if (isCockroachOnly(s)) {
      unparsed(s, 'a CockroachDB statement the scanner does not judge');
    } else if (pgError(s) !== undefined) {
      const p = literalPassword(s);
      if (!p) unparsed(s, pgError(s)!);
      else {
        passwords.push({
          raw: fail(
            msg`${raw(`${words[0]} ${words[1]}`.toUpperCase())} ${p.name} sets a literal password: the secret is committed to the repository.`,
            p.name
          ),
          ...at(p.at),
          object: `role ${p.name}`
        });
      }
    } else rest.push(s);
  }
  findings.push(...emit(tableAudit.meta, audits, file, ctx));
  findings.push(...emit(SQL_PASSWORD, passwords, file, ctx));
  if (changes.size) findings.push(...judgeSettings(changes, file, ctx));
  return { findings, rest };
}

function judgeSettings(
  changes: ReadonlyMap<string, SettingChange>,
  file: string,
  ctx: CheckContext
): ScanFinding[] {
  const settings: Record<string, Fact<string>> = {};
  for (const [n, v] of HARDENED_CLUSTER) settings[n] = available(v);
  for (const [n, c] of changes) settings[n] = available(c.value);
  const facts = {
    settings,
    nodeArgs: unavailable('a SQL file does not say how the nodes are started'),
    version: unavailable('a SQL file does not name the release')
  } as unknown as CrdbFacts;
  const out: ScanFinding[] = [];
  for (const { check, settings: names } of SETTING_CHECKS) {
    const changed = names.filter(n => changes.has(n));
    if (changed.length === 0) continue;
    const placed: Placed[] = evaluateCheck(check, facts, ctx).map(f => {
      const c = changes.get(changed[0])!;
      return {
        raw: f,
        ...hbaLine(f.object, changed[0], c),
        object: `${changed[0]} ${f.object ?? ''}`.trim(),
        annotation: BASELINE_NOTE
      };
    });
    out.push(...emit(check.meta, placed, file, ctx));
  }
  const audit = changes.get('sql.log.user_audit');
  if (audit) out.push(...judgeUserAudit(audit, file, ctx));
  const admin = changes.get('sql.log.admin_audit.enabled');
  if (admin) {
    const on = isTrue(admin.value);
    out.push(
      ...emit(
        auditLogging.meta,
        [
          {
            raw: on
              ? pass(
                  msg`SET CLUSTER SETTING sql.log.admin_audit.enabled = ${admin.value} audits every statement of admin members.`
                )
              : warn(
                  msg`SET CLUSTER SETTING sql.log.admin_audit.enabled = ${admin.value} turns admin audit off.`
                ),
            line: admin.line,
            column: admin.column,
            object: 'sql.log.admin_audit.enabled'
          }
        ],
        file,
        ctx
      )
    );
  }
  return out;
}

/** HBA findings name a rule; its line in the file is the literal's line plus the rule's line in the value. */
function hbaLine(
  object: string | undefined,
  setting: string,
  c: SettingChange
): { line: number; column: number } {
  if (setting !== HBA_SETTING || object === undefined) return { line: c.line, column: c.column };
  const parsed = parseCrdbHba(c.value);
  const rule = parsed.ok ? parsed.rules.find(r => r.display === object) : undefined;
  if (!rule || rule.lineNumber <= 1) return { line: c.line, column: c.column };
  return { line: c.line + rule.lineNumber - 1, column: 1 };
}

/** sql.log.user_audit with the live parser and first-match reachability; users are not in a file. */
function judgeUserAudit(c: SettingChange, file: string, ctx: CheckContext): ScanFinding[] {
  const where = { line: c.line, column: c.column };
  const parsed = parseUserAudit(c.value);
  if (!parsed.ok) {
    return emit(
      userAuditConfig.meta,
      [
        {
          raw: fail(
            msg`sql.log.user_audit does not parse: ${parsed.error}. CockroachDB falls back to an empty configuration, so nothing is audited.`
          ),
          ...where,
          object: 'sql.log.user_audit'
        }
      ],
      file,
      ctx
    );
  }
  const placed: Placed[] = unreachableRules(parsed.rules).map(r => ({
    raw: warn(
      msg`Line ${raw(String(r.lineNumber))} (${r.role} ${raw(r.filter)}) can never match: an earlier all row matches every user first.`,
      `line ${r.lineNumber}`
    ),
    line: c.line + r.lineNumber - 1,
    column: r.lineNumber === 1 ? c.column : 1,
    object: `sql.log.user_audit ${r.role} ${r.filter}`
  }));
  const audited = parsed.rules.filter(r => r.filter === 'ALL').map(r => r.role);
  const out = emit(userAuditConfig.meta, placed, file, ctx);
  out.push(
    ...emit(
      auditLogging.meta,
      [
        {
          raw:
            parsed.rules.length === 0
              ? warn(
                  msg`SET CLUSTER SETTING sql.log.user_audit to an empty value turns role-based audit logging off.`
                )
              : audited.length === 0
                ? warn(msg`sql.log.user_audit has no ALL row: it audits no one.`)
                : audited.includes('all')
                  ? pass(
                      msg`sql.log.user_audit has an all ALL row: every user's statements are audited unless an earlier row exempts them.`
                    )
                  : pass(msg`sql.log.user_audit audits the members of ${valueList(audited)}.`),
          ...where,
          object: 'sql.log.user_audit'
        }
      ],
      file,
      ctx
    )
  );
  return out;
}
