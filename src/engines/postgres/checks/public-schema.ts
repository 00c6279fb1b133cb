import { fail, pass, type RawFinding } from '../../../core/check.js';
import { count, msg, raw } from '../../../core/text.js';
import { forEachDatabase } from '../per-database.js';
import { definePostgresCheck } from './define.js';

/** Compliant: in no database may PUBLIC create objects in schema public (search-path hijack). */
export default definePostgresCheck({
  meta: {
    id: 'pg/public-schema',
    title: 'CREATE on schema public',
    dimension: 'Authorization',
    description: 'PUBLIC cannot CREATE in schema public in any database (the PostgreSQL 15+ default).',
    rationale:
      'If every role may CREATE in schema public, any login can plant functions or operators that shadow built-ins and run with the rights of whoever calls them.',
    outcomes: ['PASS', 'FAIL'],
    remediation: {
      text: 'In each listed database: REVOKE CREATE ON SCHEMA public FROM PUBLIC; (also in template1 so new databases inherit it).',
      link: 'https://www.postgresql.org/docs/current/ddl-schemas.html#DDL-SCHEMAS-PATTERNS'
    },
    frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.1'], 'ISO 27001': ['5.15'] }
  },
  evaluate(facts) {
    const findings: RawFinding[] = [];
    let clean = 0;
    const unknowns = forEachDatabase(
      facts,
      db => db.publicSchemaCreate,
      (db, create) => {
        if (create) {
          findings.push(
            fail(
              msg`In database ${db.name}, PUBLIC may CREATE in schema public: any user can plant objects that shadow others' on the search_path.`,
              db.name
            )
          );
        } else clean++;
      }
    );
    if (findings.length === 0 && unknowns.length === 0) {
      return [
        pass(msg`PUBLIC cannot CREATE in schema public in any of ${raw(count(clean, 'database'))} audited.`)
      ];
    }
    return [...findings, ...unknowns];
  }
});
