import { checkFactory } from '../../../core/check.js';
import type { CbFacts } from '../facts.js';

/** A Couchbase Server check: id `cb/<name>`, evaluated on CbFacts (REST API). */
export const defineCouchbaseCheck = checkFactory<'cb', CbFacts>('cb');
