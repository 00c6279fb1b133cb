import type { CheckMeta } from '../core/check.js';
import type { Engine } from '../core/engine.js';
import type { AuditOptions } from '../core/options.js';
import { UsageError } from '../core/errors.js';
import { postgresEngine } from './postgres/engine.js';
import { postgresChecks } from './postgres/checks/index.js';
import { couchbaseEngine } from './couchbase/engine.js';
import { couchbaseChecks } from './couchbase/checks/index.js';
import type { CollectorHooks } from './postgres/collector.js';
import type { Redactor } from '../core/redact.js';
import { parseEndpoint } from '../sqlwire/endpoint.js';

export type { CollectorHooks };
import { cockroachEngine } from './cockroachdb/engine.js';
import { cockroachChecks } from './cockroachdb/checks/index.js';
import { SCAN_ONLY_CHECKS } from '../scan/catalogue.js';

const ALL_META: readonly CheckMeta[] = [...postgresChecks, ...couchbaseChecks, ...cockroachChecks].map(
  c => c.meta
);
const CHECK_META = new Map<string, CheckMeta>(ALL_META.map(m => [m.id, m]));

/** The metadata of a check this build knows (SARIF rule descriptions). */
export function describeCheck(id: string): CheckMeta | undefined {
  return CHECK_META.get(id);
}

/** Every check id this build knows (baseline files may only name these). */
export function knownCheckIds(): Set<string> {
  return new Set(CHECK_META.keys());
}

/** What the baseline loader needs to know about this build's checks. */
export function checkCatalogue(): { knownCheckIds: Set<string>; attestableCheckIds: Set<string> } {
  return {
    // One baseline file serves the audit and the scan: waivers for scan-only checks (target scan)
    // are valid in it, and match no audit finding.
    knownCheckIds: new Set([...knownCheckIds(), ...SCAN_ONLY_CHECKS.map(m => m.id)]),
    attestableCheckIds: new Set(ALL_META.filter(m => m.attestable).map(m => m.id))
  };
}

/**
 * Chooses the engine before anything is collected, so an engine's check list is fixed before its
 * collector runs. On a connection string with `--engine auto`, the product comes from the startup
 * exchange of a connection pinned for PostgreSQL (CockroachDB reports crdb_version), which the
 * PostgreSQL collector then uses as its main session: no extra connection or statement; Cloud API credentials alone
 * mean CockroachDB Cloud; a Couchbase URL means Couchbase.
 */
export async function selectEngine(
  options: AuditOptions,
  redactor: Redactor,
  hooks: CollectorHooks = {}
): Promise<Engine<unknown>> {
  if (options.couchbaseUrl && options.url) {
    throw new UsageError(
      `Give either ${label(options, 'url')} (PostgreSQL/CockroachDB) or --couchbase-url, not both: one audit has one target.`
    );
  }
  if (options.engine === 'couchbase' || (options.couchbaseUrl && options.engine === 'auto')) {
    if (!options.couchbaseUrl)
      throw new UsageError(
        'The couchbase engine needs --couchbase-url (http://host:8091 or https://host:18091).'
      );
    return couchbaseEngine() as Engine<unknown>;
  }
  if (options.engine === 'cockroachdb') return cockroachEngine() as Engine<unknown>;
  if (options.engine === 'postgres') return postgresEngine(hooks) as Engine<unknown>;
  // Cloud API credentials only make sense for CockroachDB Cloud, with or without a connection string.
  if (options.cloudApiKey && options.cloudClusterId) return cockroachEngine() as Engine<unknown>;
  if (!options.url) throw new UsageError(`No connection string: pass ${label(options, 'url')}.`);
  const ep = parseEndpoint(options.url, redactor, label(options, 'url'));
  const { chooseSqlEngine } = await import('../sqlwire/detect.js');
  const { engine, handoff } = await chooseSqlEngine(
    ep,
    { connectTimeoutMs: options.connectTimeoutMs, statementTimeoutMs: options.statementTimeoutMs },
    redactor
  );
  return (
    engine === 'cockroachdb' ? cockroachEngine(handoff) : postgresEngine(hooks, handoff)
  ) as Engine<unknown>;
}

/** How the user gave the connection string: `--url`, `DB_POSTURE_URL` or an action input. */
function label(options: AuditOptions, _key: 'url'): string {
  return options.urlSource ?? '--url';
}
