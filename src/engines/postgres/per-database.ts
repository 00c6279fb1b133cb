import { need, type Fact } from '../../core/facts.js';
import { unknownFromMissing, type RawFinding } from '../../core/check.js';
import type { DatabaseFacts, PgFacts } from './facts.js';

/**
 * Walks every audited database: databases whose fact is available go to `visit`; the others become
 * one UNKNOWN finding each, with the database as the object and the reason it is missing.
 */
export function forEachDatabase<T>(
  facts: Pick<PgFacts, 'databases'>,
  select: (db: DatabaseFacts) => Fact<T>,
  visit: (db: DatabaseFacts, value: T) => void
): RawFinding[] {
  const unknowns: RawFinding[] = [];
  for (const db of need(facts.databases)) {
    const f = select(db);
    if (f.ok) visit(db, f.value);
    else {
      unknowns.push(unknownFromMissing(f, db.name));
    }
  }
  return unknowns;
}
