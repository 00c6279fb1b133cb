import { checkFactory } from '../../../core/check.js';
import type { PgFacts } from '../facts.js';

/** A PostgreSQL check: id `pg/<name>`, evaluated on PgFacts. */
export const definePostgresCheck = checkFactory<'pg', PgFacts>('pg');
