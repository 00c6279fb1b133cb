import type { CheckMeta } from '../core/check.js';
import type { Engine } from '../core/engine.js';
import type { AuditOptions } from '../core/options.js';
import { UsageError } from '../core/errors.js';
import { postgresEngine } from './postgres/engine.js';
import { postgresChecks } from './postgres/checks/index.js';
import type { CollectorHooks } from './postgres/collector.js';

const CHECK_META = new Map<string, CheckMeta>(postgresChecks.map(c => [c.meta.id, c.meta]));

/** The metadata of a check this build knows (SARIF rule descriptions). */
export function describeCheck(id: string): CheckMeta | undefined {
  return CHECK_META.get(id);
}

/** Every check id this build knows (baseline files may only name these). */
export function knownCheckIds(): Set<string> {
  return new Set(postgresChecks.map(c => c.meta.id));
}

/**
 * Chooses the engine for the options. The PostgreSQL collector itself recognises a CockroachDB
 * server from `SELECT version()` when the engine is auto.
 */
export function selectEngine(options: AuditOptions, hooks: CollectorHooks = {}): Engine<unknown> {
  if (options.engine === 'couchbase' || options.couchbaseUrl) {
    throw new UsageError('The couchbase engine is not available in this build of db-posture.');
  }
  if (options.engine === 'cockroachdb' || (options.cloudApiKey && !options.url)) {
    throw new UsageError('The cockroachdb engine is not available in this build of db-posture.');
  }
  return postgresEngine(hooks) as Engine<unknown>;
}
