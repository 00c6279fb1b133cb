import { explainMissing } from '../../core/facts.js';
import {
  known,
  unknownValue,
  type Observed,
  type ObservedOverride,
  type ObservedValue
} from '../../core/observed.js';
import type { PgFacts, RoleSetting } from './facts.js';
import { expandPgauditLog } from './pgaudit.js';
import { connectionsLogged, isOn, libraryTokens } from './settings.js';

function scopeOf(o: RoleSetting): string {
  if (o.role && o.database) return `role ${o.role} in database ${o.database}`;
  if (o.role) return `role ${o.role}`;
  return `database ${o.database ?? '?'}`;
}

/**
 * What this server records, for detection coverage: the pgaudit classes in force (empty when the
 * library is not really loaded: in shared_preload_libraries *and* its settings in pg_settings),
 * pgaudit.role, connection logging, log_statement and log_line_prefix, and the per-role and
 * per-database pgaudit.log overrides.
 */
export function observedPostgres(facts: PgFacts): Observed {
  if (!facts.settings.ok) {
    const reason = explainMissing(facts.settings.reason, facts.settings.fix).text;
    const names = ['shared_preload_libraries', 'pgaudit.log', 'pgaudit.role', 'log_connections'];
    return {
      settings: Object.fromEntries(
        [...names, 'log_disconnections', 'log_statement', 'log_line_prefix'].map(n => [
          n,
          unknownValue(reason)
        ])
      )
    };
  }
  const all = facts.settings.value;
  const invisible = (name: string): ObservedValue =>
    unknownValue(
      facts.server.canReadAllSettings
        ? `the setting ${name} does not exist on this server version`
        : `the setting ${name} is not visible to ${facts.server.currentUser} (GRANT pg_read_all_settings)`
    );
  const settings: Record<string, ObservedValue> = {};
  const plain = (name: string, as: (v: string) => string | boolean = v => v) => {
    const row = all[name];
    settings[name] = row ? known(as(row.setting)) : invisible(name);
  };

  const spl = all.shared_preload_libraries;
  if (!spl) {
    settings.shared_preload_libraries = invisible('shared_preload_libraries');
    settings['pgaudit.log'] = invisible('shared_preload_libraries');
    settings['pgaudit.role'] = invisible('shared_preload_libraries');
  } else {
    const tokens = libraryTokens(spl.setting);
    settings.shared_preload_libraries = known(spl.setting, tokens);
    const row = all['pgaudit.log'];
    if (!tokens.includes('pgaudit')) {
      settings['pgaudit.log'] = known('', [], 'pgaudit is not in shared_preload_libraries');
      settings['pgaudit.role'] = known('', [], 'pgaudit is not in shared_preload_libraries');
    } else if (!row && !facts.server.canReadAllSettings) {
      settings['pgaudit.log'] = invisible('pgaudit.log');
      settings['pgaudit.role'] = invisible('pgaudit.role');
    } else if (!row) {
      const note = 'pgaudit is listed in shared_preload_libraries but not loaded';
      settings['pgaudit.log'] = known('', [], note);
      settings['pgaudit.role'] = known('', [], note);
    } else {
      settings['pgaudit.log'] = known(row.setting, [...expandPgauditLog(row.setting).classes]);
      plain('pgaudit.role');
    }
  }
  plain('log_connections', connectionsLogged);
  plain('log_disconnections', isOn);
  plain('log_statement');
  plain('log_line_prefix');

  const overrides: ObservedOverride[] = [];
  if (facts.roleSettings.ok && settings['pgaudit.log'] && 'value' in settings['pgaudit.log'])
    for (const o of facts.roleSettings.value) {
      const value = o.settings['pgaudit.log'];
      if (value === undefined) continue;
      const e = expandPgauditLog(value);
      // PostgreSQL ignores an override with an invalid class: the global value stays in force.
      if (e.invalid.length > 0) continue;
      overrides.push({ setting: 'pgaudit.log', scope: scopeOf(o), value, items: [...e.classes] });
    }
  return { settings, ...(overrides.length > 0 ? { overrides } : {}) };
}
