import type { CheckMeta } from '../core/check.js';
import type { Engine } from '../core/engine.js';
import type { AuditOptions } from '../core/options.js';
import { UsageError } from '../core/errors.js';
import { postgresEngine } from './postgres/engine.js';
import { postgresChecks } from './postgres/checks/index.js';
import { couchbaseEngine } from './couchbase/engine.js';
import { couchbaseChecks } from './couchbase/checks/index.js';
import type { CollectorHooks } from './postgres/collector.js';

const ALL_META: readonly CheckMeta[] = [...postgresChecks, ...couchbaseChecks].map(c => c.meta);
const CHECK_META = new Map<string, CheckMeta>(ALL_META.map(m => [m.id, m]));

/** The metadata of a check this build knows (SARIF rule descriptions). */
export function describeCheck(id: string): CheckMeta | undefined {
  return CHECK_META.get(id);
}

/** Every check id this build knows (baseline files may only name these). */
export function knownCheckIds(): Set<string> {
  return new Set(CHECK_META.keys());
}

/**
 * Chooses the engine for the options. The PostgreSQL collector itself recognises a CockroachDB
 * server from `SELECT version()` when the engine is auto.
 */
export function selectEngine(options: AuditOptions, hooks: CollectorHooks = {}): Engine<unknown> {
  if (options.engine === 'couchbase' || (options.couchbaseUrl && options.engine === 'auto' && !options.url)) {
    if (!options.couchbaseUrl)
      throw new UsageError(
        'The couchbase engine needs --couchbase-url (http://host:8091 or https://host:18091).'
      );
    return couchbaseEngine() as Engine<unknown>;
  }
  if (options.couchbaseUrl && options.url) {
    throw new UsageError(
      'Give either --url (PostgreSQL/CockroachDB) or --couchbase-url, not both: one audit has one target.'
    );
  }
  if (options.engine === 'cockroachdb' || (options.cloudApiKey && !options.url)) {
    throw new UsageError('The cockroachdb engine is not available in this build of db-posture.');
  }
  return postgresEngine(hooks) as Engine<unknown>;
}
