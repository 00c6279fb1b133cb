import { MissingFactError, need } from '../../core/facts.js';
import { msg } from '../../core/text.js';
import type { PgFacts, PgSetting } from './facts.js';

/**
 * Reads one `pg_settings` row. A row the login cannot see makes the calling check UNKNOWN with the
 * grant that would reveal it; a row that does not exist on this version is UNKNOWN too.
 */
export function setting(facts: Pick<PgFacts, 'settings' | 'server'>, name: string): PgSetting {
  const all = need(facts.settings);
  const row = all[name];
  if (row) return row;
  if (!facts.server.canReadAllSettings) {
    throw new MissingFactError(
      msg`The setting ${name} is not visible to this login.`,
      msg`GRANT pg_read_all_settings TO ${facts.server.currentUser}.`
    );
  }
  throw new MissingFactError(msg`The setting ${name} does not exist on this server version.`);
}

/** True for PostgreSQL's spellings of a true boolean setting. */
export function isOn(value: string): boolean {
  return ['on', 'true', 'yes', '1'].includes(value.trim().toLowerCase());
}

/**
 * Splits a library list (`shared_preload_libraries`) into exact tokens: `pgauditlogtofile` is not
 * `pgaudit`, and `$libdir/pgaudit` or `pgaudit.so` are.
 */
export function libraryTokens(value: string): string[] {
  return value
    .split(',')
    .map(t => t.trim().replace(/^"(.*)"$/, '$1'))
    .filter(Boolean)
    .map(t =>
      t
        .replace(/^\$libdir\//, '')
        .replace(/\.so$/, '')
        .toLowerCase()
    );
}

/** Formats a setting with its unit for detail text (e.g. `128MB`, `8kB` pages already resolved). */
export function settingBytes(row: PgSetting): number | undefined {
  const n = Number(row.setting);
  if (!Number.isFinite(n)) return undefined;
  const unit = row.unit ?? '';
  const m = unit.match(/^(\d+)?\s*(B|kB|MB|GB|TB)$/);
  if (!m) return undefined;
  const mult = { B: 1, kB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 }[m[2] as 'B'];
  return n * Number(m[1] ?? 1) * mult;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = bytes;
  while (v >= 1024 && i < units.length - 1 && v % 1024 === 0) {
    v /= 1024;
    i++;
  }
  return `${v}${units[i]}`;
}

/**
 * log_connections is a boolean up to PostgreSQL 17 and a list of aspects from 18 (receipt,
 * authentication, authorization, setup_durations, all); what matters is that authenticated and
 * authorized sessions are logged.
 */
export function connectionsLogged(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (isOn(v) || v === 'all') return true;
  const aspects = v.split(',').map(s => s.trim());
  return aspects.includes('authentication') && aspects.includes('authorization');
}
