import type { Engine } from '../../core/engine.js';
import type { CollectorHooks } from './collector.js';
import { postgresChecks } from './checks/index.js';
import type { PgFacts } from './facts.js';
import { observedPostgres } from './observed.js';

/** The PostgreSQL engine: its collector and its checks. */
export function postgresEngine(hooks: CollectorHooks = {}): Engine<PgFacts> {
  return {
    id: 'postgres',
    displayName: 'PostgreSQL',
    checks: postgresChecks,
    // The collector (and the driver) load when an audit of this engine runs.
    collect: async env => (await import('./collector.js')).collectPostgres(env, hooks),
    observed: observedPostgres
  };
}
