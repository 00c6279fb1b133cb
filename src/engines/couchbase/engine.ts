import type { Engine } from '../../core/engine.js';
import { couchbaseChecks } from './checks/index.js';
import type { CbFacts } from './facts.js';
import { observedCouchbase } from './observed.js';

/** The Couchbase Server engine: a REST collector (GET only) and its checks. */
export function couchbaseEngine(): Engine<CbFacts> {
  return {
    id: 'couchbase',
    displayName: 'Couchbase Server',
    checks: couchbaseChecks,
    // The collector (and its client) load when an audit of this engine runs.
    collect: async env => (await import('./collector.js')).collectCouchbase(env),
    observed: observedCouchbase
  };
}
