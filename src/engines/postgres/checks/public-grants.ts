import { fail, pass, type RawFinding } from '../../../core/check.js';
import { count, msg, raw } from '../../../core/text.js';
import { forEachDatabase } from '../per-database.js';
import { definePostgresCheck } from './define.js';

const KIND_NAMES: Record<string, string> = {
  r: 'Table',
  p: 'Partitioned table',
  v: 'View',
  m: 'Materialized view',
  f: 'Foreign table'
};

/** Compliant: PUBLIC holds no data privilege on any application table or view. */
export default definePostgresCheck({
  meta: {
    id: 'pg/public-grants',
    title: 'PUBLIC privileges on tables',
    dimension: 'Authorization',
    description: 'No application table or view grants SELECT, INSERT, UPDATE, DELETE or TRUNCATE to PUBLIC.',
    rationale:
      'Privileges granted to PUBLIC are held by every role, including ones created later, so any login can read or change the table.',
    outcomes: ['PASS', 'FAIL'],
    remediation: {
      text: 'REVOKE ALL ON <table> FROM PUBLIC; grant the privileges to the roles that need them.',
      link: 'https://www.postgresql.org/docs/current/ddl-priv.html'
    },
    frameworks: {
      'PCI DSS': ['7'],
      'SOC 2': ['CC6.1'],
      'ISO 27001': ['5.15'],
      HIPAA: ['164.312(a)(1)'],
      GDPR: ['Art. 5(1)(f)']
    }
  },
  evaluate(facts) {
    const findings: RawFinding[] = [];
    let databases = 0;
    const unknowns = forEachDatabase(
      facts,
      db => db.publicGrants,
      (db, grants) => {
        databases++;
        for (const g of grants) {
          const name = `${db.name}.${g.schema}.${g.name}`;
          findings.push(
            fail(
              msg`${raw(KIND_NAMES[g.kind] ?? 'Relation')} ${name} grants ${raw(g.privileges.join(', '))} to PUBLIC.`,
              name
            )
          );
        }
      }
    );
    if (findings.length === 0 && unknowns.length === 0) {
      return [
        pass(
          msg`No application table or view grants data privileges to PUBLIC in ${raw(count(databases, 'database'))} audited.`
        )
      ];
    }
    return [...findings, ...unknowns];
  }
});
