import type { Engine } from '../../core/engine.js';
import { collectPostgres, type CollectorHooks } from './collector.js';
import { postgresChecks } from './checks/index.js';
import type { PgFacts } from './facts.js';
import { observedPostgres } from './observed.js';

/** The PostgreSQL engine: its collector and its checks. */
export function postgresEngine(hooks: CollectorHooks = {}): Engine<PgFacts> {
  return {
    id: 'postgres',
    displayName: 'PostgreSQL',
    checks: postgresChecks,
    collect: env => collectPostgres(env, hooks),
    observed: observedPostgres
  };
}
