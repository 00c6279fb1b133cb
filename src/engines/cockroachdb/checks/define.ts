import { checkFactory } from '../../../core/check.js';
import type { CrdbFacts } from '../facts.js';

/** A CockroachDB check: id `crdb/<name>`, evaluated on CrdbFacts (SQL and Cloud API). */
export const defineCockroachCheck = checkFactory<'crdb', CrdbFacts>('crdb');
