import type { Engine } from '../../core/engine.js';
import type { CollectorHooks } from './collector.js';
import type { PinnedHandoff } from '../../sqlwire/session.js';
import { postgresChecks } from './checks/index.js';
import type { PgFacts } from './facts.js';
import { observedPostgres } from './observed.js';

/**
 * The PostgreSQL engine: its collector and its checks. `handoff` is the connection `--engine auto`
 * opened to choose the engine, reused as the main session's.
 */
export function postgresEngine(hooks: CollectorHooks = {}, handoff?: PinnedHandoff): Engine<PgFacts> {
  return {
    id: 'postgres',
    displayName: 'PostgreSQL',
    checks: postgresChecks,
    // The collector (and the driver) load when an audit of this engine runs.
    collect: async env => (await import('./collector.js')).collectPostgres(env, hooks, handoff),
    observed: observedPostgres
  };
}
