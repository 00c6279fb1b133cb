import { pass, warn, type RawFinding } from '../../../core/check.js';
import { count, msg, raw } from '../../../core/text.js';
import { forEachDatabase } from '../per-database.js';
import { definePostgresCheck } from './define.js';

/** Compliant: only owners can pass privileges on; nobody else holds WITH GRANT OPTION. */
export default definePostgresCheck({
  meta: {
    id: 'pg/grant-option',
    title: 'WITH GRANT OPTION',
    dimension: 'Authorization',
    description: 'No role other than the owner holds a privilege WITH GRANT OPTION.',
    rationale:
      'A role holding a privilege WITH GRANT OPTION can hand it on to anyone, so access spreads beyond what the owner reviewed.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'REVOKE GRANT OPTION FOR <privilege> ON <object> FROM <role>; let owners or a dedicated admin role grant access.',
      link: 'https://www.postgresql.org/docs/current/sql-revoke.html'
    },
    frameworks: { 'PCI DSS': ['7'], 'SOC 2': ['CC6.3'], 'ISO 27001': ['8.2'] }
  },
  evaluate(facts) {
    const findings: RawFinding[] = [];
    let databases = 0;
    const unknowns = forEachDatabase(
      facts,
      db => db.grantOptions,
      (db, grants) => {
        databases++;
        for (const g of grants) {
          const objectName =
            g.objectType === 'schema' ? `${db.name}.${g.name}` : `${db.name}.${g.schema}.${g.name}`;
          findings.push(
            warn(
              msg`Role ${g.grantee} holds ${raw(g.privileges.join(', '))} WITH GRANT OPTION on ${raw(g.objectType)} ${objectName} owned by ${g.owner}.`,
              `${objectName}:${g.grantee}`
            )
          );
        }
      }
    );
    if (findings.length === 0 && unknowns.length === 0) {
      return [
        pass(
          msg`No role other than an owner holds a grant option in ${raw(count(databases, 'database'))} audited.`
        )
      ];
    }
    return [...findings, ...unknowns];
  }
});
