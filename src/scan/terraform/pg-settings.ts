import type { CheckContext } from '../../core/check.js';
import { available, unavailable } from '../../core/facts.js';
import { msg } from '../../core/text.js';
import connectionLogging from '../../engines/postgres/checks/connection-logging.js';
import passwordEncryption from '../../engines/postgres/checks/password-encryption.js';
import pgaudit from '../../engines/postgres/checks/pgaudit.js';
import type { PgFacts, PgSetting } from '../../engines/postgres/facts.js';
import { libraryTokens } from '../../engines/postgres/settings.js';
import type { ScanFinding } from '../finding.js';
import { canonical, serverDefaults, SUPPORTED_PG_VERSIONS, type PgMajor } from '../judge-conf.js';
import { judged } from './emit.js';
import type { Position } from './locate.js';
import type { TfResource, TfValue } from './model.js';

/** One server setting as a parameter group or a Cloud SQL flag states it. */
export interface DeclaredSetting {
  readonly name: string;
  readonly value: TfValue;
  readonly pos: Position;
}

const CHECKS = [
  { check: passwordEncryption, settings: ['password_encryption'] },
  { check: connectionLogging, settings: ['log_connections', 'log_disconnections'] },
  { check: pgaudit, settings: ['shared_preload_libraries', 'pgaudit.log', 'pgaudit.log_parameter'] }
] as const;

function row(name: string, value: string, source: string): PgSetting {
  return { name, setting: value, unit: null, source, context: null, pendingRestart: false };
}

/** The major version a family/database_version names (postgres16, aurora-postgresql15, POSTGRES_17). */
export function majorOf(text: string | undefined): PgMajor {
  const n = Number(/(\d+)/.exec(text ?? '')?.[1]);
  const supported = SUPPORTED_PG_VERSIONS as readonly number[];
  return (supported.includes(n) ? n : supported[supported.length - 1]) as PgMajor;
}

/**
 * Judges the settings a managed service's configuration declares with the live PostgreSQL checks
 * (password_encryption, connection logging, pgaudit). A setting left out takes the service's
 * default; `overrides` are where the service's defaults differ from PostgreSQL's.
 */
export function judgeManagedSettings(
  r: TfResource,
  declared: readonly DeclaredSetting[],
  major: PgMajor,
  service: { name: string; defaults: Record<string, string> },
  ctx: CheckContext
): ScanFinding[] {
  const last = new Map<string, DeclaredSetting>();
  for (const d of declared) last.set(d.name, d);
  const settings: Record<string, PgSetting> = {};
  for (const [name, value] of Object.entries({ ...serverDefaults(major), ...service.defaults }))
    settings[name] = row(name, value, 'default');
  const out: ScanFinding[] = [];
  for (const { check, settings: names } of CHECKS) {
    const unknown = names.map(n => last.get(n)).find(d => d && !d.value.known);
    if (unknown && !unknown.value.known) {
      const facts = {
        settings: unavailable(
          msg`${r.address} sets ${unknown.name} to ${unknown.value.expr}: value not known until plan.`
        ),
        roleSettings: available([])
      } as unknown as PgFacts;
      out.push(...judged(check, facts, ctx, r, unknown.pos));
      continue;
    }
    const own: Record<string, PgSetting> = { ...settings };
    for (const [name, d] of last)
      if (d.value.known) own[name] = row(name, canonical(name, String(d.value.value)), 'configuration file');
    const preloaded = libraryTokens(own.shared_preload_libraries?.setting ?? '').includes('pgaudit');
    const placeholder = own['pgaudit.log']?.setting ?? null;
    if (preloaded) {
      own['pgaudit.log'] ??= row('pgaudit.log', 'none', 'default');
      own['pgaudit.log_parameter'] ??= row('pgaudit.log_parameter', 'off', 'default');
    } else for (const k of Object.keys(own)) if (k.startsWith('pgaudit.')) delete own[k];
    const facts = {
      server: {
        versionNum: major * 10000,
        version: `PostgreSQL ${major}`,
        isSuperuser: true,
        canReadAllSettings: true
      },
      settings: available(own),
      pgauditPlaceholder: available(preloaded ? null : placeholder),
      roleSettings: available([])
    } as unknown as PgFacts;
    const at = names.map(n => last.get(n)).find(d => d !== undefined);
    out.push(
      ...judged(
        check,
        facts,
        ctx,
        r,
        at?.pos,
        at
          ? undefined
          : `not set in ${r.address}: the ${service.name} default for PostgreSQL ${major} decides`
      )
    );
  }
  return out;
}
