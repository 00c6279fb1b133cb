import { info } from '../../../core/check.js';
import { count, msg, raw, valueList } from '../../../core/text.js';
import { forEachDatabase } from '../per-database.js';
import { definePostgresCheck } from './define.js';

/** Informational: where application-level encryption (pgcrypto) is available. */
export default definePostgresCheck({
  meta: {
    id: 'pg/pgcrypto',
    title: 'pgcrypto availability',
    dimension: 'Encryption',
    description: 'Reports the databases where pgcrypto is installed for application-level encryption.',
    rationale:
      'Without column encryption where sensitive values need it, anyone who can read the tables or the backups reads those values in clear.',
    verify: 'Which databases hold columns that must be encrypted at the application level.',
    outcomes: ['INFO'],
    remediation: {
      text: 'CREATE EXTENSION pgcrypto in databases that must encrypt columns; keep keys outside the database.',
      link: 'https://www.postgresql.org/docs/current/pgcrypto.html'
    },
    frameworks: { 'PCI DSS': ['3'], 'ISO 27001': ['8.24'] }
  },
  evaluate(facts) {
    const withIt: string[] = [];
    const without: string[] = [];
    const unknowns = forEachDatabase(
      facts,
      db => db.extensions,
      (db, exts) => (exts.some(e => e.name === 'pgcrypto') ? withIt : without).push(db.name)
    );
    const total = withIt.length + without.length;
    const summary =
      withIt.length === 0
        ? info(msg`pgcrypto is installed in none of ${raw(count(total, 'database'))} audited.`)
        : info(
            msg`pgcrypto is installed in ${raw(String(withIt.length))} of ${raw(String(total))} databases: ${raw(valueList(withIt))}.`
          );
    return [summary, ...unknowns];
  }
});
