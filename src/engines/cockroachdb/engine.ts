import type { Engine } from '../../core/engine.js';
import { cockroachChecks } from './checks/index.js';
import type { CrdbFacts } from './facts.js';
import { observedCockroach } from './observed.js';

/** The CockroachDB engine: SQL and Cloud API collectors and the crdb/* checks. */
export function cockroachEngine(): Engine<CrdbFacts> {
  return {
    id: 'cockroachdb',
    displayName: 'CockroachDB',
    checks: cockroachChecks,
    // The collector (and its client) load when an audit of this engine runs.
    collect: async env => (await import('./collector.js')).collectCockroach(env),
    observed: observedCockroach
  };
}
