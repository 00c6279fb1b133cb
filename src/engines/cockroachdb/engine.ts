import type { Engine } from '../../core/engine.js';
import { cockroachChecks } from './checks/index.js';
import type { CrdbFacts } from './facts.js';
import { observedCockroach } from './observed.js';
import type { PinnedHandoff } from '../../sqlwire/session.js';

/**
 * The CockroachDB engine: SQL and Cloud API collectors and the crdb/* checks. `handoff` is the
 * connection `--engine auto` chose the engine on (the collector verifies it before any read).
 */
export function cockroachEngine(handoff?: PinnedHandoff): Engine<CrdbFacts> {
  return {
    id: 'cockroachdb',
    displayName: 'CockroachDB',
    checks: cockroachChecks,
    // The collector (and its client) load when an audit of this engine runs.
    collect: async env => (await import('./collector.js')).collectCockroach(env, handoff),
    observed: observedCockroach
  };
}
