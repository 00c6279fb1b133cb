import { pass, warn, type RawFinding } from '../../../core/check.js';
import { count, msg, raw, valueList } from '../../../core/text.js';
import { forEachDatabase } from '../per-database.js';
import { definePostgresCheck } from './define.js';

/** Compliant: no database has an untrusted procedural language (plperlu, plpython3u, ...) installed. */
export default definePostgresCheck({
  meta: {
    id: 'pg/untrusted-languages',
    title: 'Untrusted procedural languages',
    dimension: 'Authorization',
    description: 'No database has an untrusted procedural language other than c/internal.',
    rationale:
      "Functions in an untrusted language run arbitrary code as the server's OS user, so whoever can create or replace them controls the host.",
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'DROP EXTENSION plperlu / plpython3u (or the language) where it is not needed: its functions run as the OS user of the server.',
      link: 'https://www.postgresql.org/docs/current/plperl-trusted.html'
    },
    frameworks: { 'ISO 27001': ['8.2'], 'PCI DSS': ['7'] }
  },
  evaluate(facts) {
    const findings: RawFinding[] = [];
    let databases = 0;
    const unknowns = forEachDatabase(
      facts,
      db => db.languages,
      (db, langs) => {
        databases++;
        // lanispl excludes the internal, c and sql languages already.
        const untrusted = langs
          .filter(l => !l.trusted && l.name !== 'c' && l.name !== 'internal')
          .map(l => l.name);
        if (untrusted.length > 0) {
          findings.push(
            warn(
              msg`Database ${db.name} has the untrusted languages ${raw(valueList(untrusted))} installed.`,
              db.name
            )
          );
        }
      }
    );
    if (findings.length === 0 && unknowns.length === 0) {
      return [
        pass(msg`None of ${raw(count(databases, 'database'))} audited has an untrusted procedural language.`)
      ];
    }
    return [...findings, ...unknowns];
  }
});
