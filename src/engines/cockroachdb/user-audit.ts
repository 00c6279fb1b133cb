import { scanSettingLines } from './scanner.js';

/** One parsed `sql.log.user_audit` rule. */
export interface AuditRule {
  readonly lineNumber: number;
  /** Normalised like a SQL username (lower-cased); `all` matches every user. */
  readonly role: string;
  readonly filter: 'ALL' | 'NONE';
}

export type ParsedAuditConfig =
  | { readonly ok: true; readonly rules: readonly AuditRule[] }
  | { readonly ok: false; readonly error: string };

/**
 * Parses the setting with CockroachDB's rules and error messages (pkg/sql/auditlogging/parser.go):
 * two fields a line, ALL/NONE filters, reserved names, duplicates. A value CockroachDB would reject
 * makes every node fall back to auditing nothing.
 */
export function parseUserAudit(value: string): ParsedAuditConfig {
  if (value.trim() === '') return { ok: true, rules: [] };
  const scanned = scanSettingLines(value);
  if (!scanned.ok) return scanned;
  const { lines } = scanned;
  // Only the SET-time validator says "no entries"; a stored comment-only value parses to no rules.
  if (lines.length === 0) return { ok: true, rules: [] };
  const rules: AuditRule[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const fail = (m: string): ParsedAuditConfig => ({ ok: false, error: `line ${line.lineNumber}: ${m}` });
    if (line.fields.length > 2) return fail('too many fields specified');
    if (line.fields.length < 2) return fail('end-of-line before statement filter specification');
    const [roleField, filterField] = line.fields;
    if (roleField.length > 1) return fail('multiple values specified for role');
    if (filterField.length > 1) return fail('multiple values specified for statement filter');
    const role = roleField[0].value.toLowerCase();
    if (role === 'public' || role === 'none') return fail(`cannot use reserved role name: '${role}'`);
    if (role === 'node') return fail(`cannot use reserved username: 'node'`);
    if (role.startsWith('pg_')) return fail(`cannot use 'pg_' prefix in role name: '${role}'`);
    if (role.startsWith('crdb_internal_'))
      return fail(`cannot use 'crdb_internal_' prefix in role name: '${role}'`);
    // CockroachDB returns this one without the "line N:" wrap.
    if (seen.has(role)) return { ok: false, error: `duplicate role listed: ${role}` };
    seen.add(role);
    const f = filterField[0].value.toUpperCase();
    if (f !== 'ALL' && f !== 'NONE') {
      return fail(
        `unknown statement filter: "${filterField[0].value}" (valid filters include: "ALL", "NONE")`
      );
    }
    rules.push({ lineNumber: line.lineNumber, role, filter: f });
  }
  return { ok: true, rules };
}

export interface AuditDecision {
  readonly user: string;
  readonly audited: boolean;
  /** The rule that decided, or undefined when no rule matched (not audited). */
  readonly rule?: AuditRule;
}

/**
 * First match in file order: a rule matches when its role is one of the user's (nested) role
 * memberships, `all`, or (except on early v23.2 builds, `rolesOnly`) the user's own name.
 */
export function auditDecision(
  rules: readonly AuditRule[],
  user: string,
  memberships: { has(role: string): boolean },
  rolesOnly = false
): AuditDecision {
  for (const rule of rules) {
    if (rule.role === 'all' || (!rolesOnly && rule.role === user) || memberships.has(rule.role)) {
      return { user, audited: rule.filter === 'ALL', rule };
    }
  }
  return { user, audited: false };
}

/** Rules after an `all` rule can never match. */
export function unreachableRules(rules: readonly AuditRule[]): AuditRule[] {
  const i = rules.findIndex(r => r.role === 'all');
  return i < 0 ? [] : rules.slice(i + 1);
}
