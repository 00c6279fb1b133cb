import type { CheckMeta } from '../core/check.js';
import type { Engine } from '../core/engine.js';
import type { AuditOptions } from '../core/options.js';
import { UsageError } from '../core/errors.js';
import { postgresEngine } from './postgres/engine.js';
import { postgresChecks } from './postgres/checks/index.js';
import { couchbaseEngine } from './couchbase/engine.js';
import { couchbaseChecks } from './couchbase/checks/index.js';
import { CockroachDetected, type CollectorHooks } from './postgres/collector.js';
import { cockroachEngine } from './cockroachdb/engine.js';
import { cockroachChecks } from './cockroachdb/checks/index.js';

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
    knownCheckIds: knownCheckIds(),
    attestableCheckIds: new Set(ALL_META.filter(m => m.attestable).map(m => m.id))
  };
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
  // Cloud API credentials only make sense for CockroachDB Cloud, with or without a connection string.
  if (
    options.engine === 'cockroachdb' ||
    (options.engine === 'auto' && options.cloudApiKey && options.cloudClusterId)
  ) {
    return cockroachEngine() as Engine<unknown>;
  }
  if (options.engine === 'postgres') {
    const pg = postgresEngine(hooks) as Engine<unknown>;
    return {
      ...pg,
      async collect(env) {
        try {
          return await pg.collect(env);
        } catch (error) {
          if (error instanceof CockroachDetected) {
            throw new UsageError(`${error.message} Use --engine cockroachdb (or auto) for it.`);
          }
          throw error;
        }
      }
    };
  }
  return autoSqlEngine(hooks);
}

/**
 * --engine auto on a connection string: the PostgreSQL collector reads version() first; when the
 * server is CockroachDB it stops, and the CockroachDB engine audits instead. The checks are those
 * of whichever engine collected (the pipeline reads them after collection).
 */
function autoSqlEngine(hooks: CollectorHooks): Engine<unknown> {
  const pg = postgresEngine(hooks) as Engine<unknown>;
  const crdb = cockroachEngine() as Engine<unknown>;
  let chosen: Engine<unknown> = pg;
  return {
    id: 'postgres',
    displayName: 'PostgreSQL or CockroachDB',
    get checks() {
      return chosen.checks;
    },
    async collect(env) {
      try {
        return await pg.collect(env);
      } catch (error) {
        if (!(error instanceof CockroachDetected)) throw error;
        chosen = crdb;
        return crdb.collect(env);
      }
    }
  };
}
