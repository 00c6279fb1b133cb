import { explainMissing, type Fact } from '../../core/facts.js';
import { known, unknownValue, type Observed, type ObservedValue } from '../../core/observed.js';
import type { CrdbFacts, CrdbSettingName } from './facts.js';
import { isTrue } from './settings.js';
import { parseUserAudit, type AuditRule } from './user-audit.js';

/** The security channels a log sink must carry for the built-in rules (logging-use-cases). */
export const SECURITY_CHANNELS = ['SESSIONS', 'USER_ADMIN', 'PRIVILEGES', 'SENSITIVE_ACCESS'] as const;

const why = (f: Fact<unknown> & { ok: false }) => explainMissing(f.reason, f.fix).text;

function channels(facts: CrdbFacts): Record<string, ObservedValue> {
  const le = facts.cloud.logExport;
  const each = (v: (c: string) => ObservedValue) => Object.fromEntries(SECURITY_CHANNELS.map(c => [c, v(c)]));
  if (!le.ok) {
    // Self-hosted nodes take their sinks from --log / logs.yaml, which SQL cannot read.
    const reason = le.notApplicable
      ? 'the logging configuration of self-hosted nodes (--log or --log-config-file) cannot be read over SQL'
      : why(le);
    return each(() => unknownValue(reason));
  }
  const e = le.value;
  if (e.status !== 'ENABLED') return each(() => known(false, undefined, `log export is ${e.status}`));
  return each(c => {
    if (e.omittedChannels.includes(c)) return known(false, undefined, `the log export omits ${c}`);
    // Audit events are logged at INFO: a group that routes the channel at WARNING or above drops them.
    const dropping = (e.groups ?? []).find(
      g =>
        g.channels.some(x => x.toUpperCase() === c) &&
        ['WARNING', 'ERROR', 'FATAL'].includes(g.minLevel.toUpperCase()) &&
        (c === 'SESSIONS' || c === 'SENSITIVE_ACCESS')
    );
    if (dropping)
      return known(
        false,
        undefined,
        `log export group ${dropping.logName} routes ${c} at min_level ${dropping.minLevel}, which drops its INFO events`
      );
    return known(true);
  });
}

/**
 * The roles `sql.log.user_audit` audits, first match in file order: a role whose first rule is
 * ALL; `all` when an `all ALL` rule is reached; `-role` for a role an earlier NONE rule exempts
 * from it. (A user is audited through any role it is a member of; the rules name roles.)
 */
export function auditedRoles(rules: readonly AuditRule[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of rules) {
    if (r.role === 'all') {
      if (r.filter === 'ALL') out.push('all');
      break;
    }
    if (seen.has(r.role)) continue;
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
export function observedCockroach(facts: CrdbFacts): Observed {
  const settings: Record<string, ObservedValue> = {};
  const bool = (name: CrdbSettingName) => {
    const f = facts.settings[name];
    settings[name] = !f
      ? unknownValue(`${name} was not read`)
      : f.ok
        ? known(isTrue(f.value))
        : unknownValue(why(f));
  };
  bool('server.auth_log.sql_sessions.enabled');
  bool('server.auth_log.sql_connections.enabled');
  bool('sql.log.admin_audit.enabled');
  const ua = facts.settings['sql.log.user_audit'];
  if (!ua) settings['sql.log.user_audit'] = unknownValue('sql.log.user_audit was not read');
  else if (!ua.ok) settings['sql.log.user_audit'] = unknownValue(why(ua));
  else {
    const parsed = parseUserAudit(ua.value);
    settings['sql.log.user_audit'] = parsed.ok
      ? known(ua.value, auditedRoles(parsed.rules))
      : known(ua.value, [], `it does not parse (${parsed.error}), so nodes audit nothing`);
  }
  return { settings, channels: channels(facts) };
}
