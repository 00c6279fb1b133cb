import { info, pass, warn, type RawFinding } from '../../../core/check.js';
import { count, msg, raw, valueList } from '../../../core/text.js';
import { forEachDatabase } from '../per-database.js';
import { definePostgresCheck } from './define.js';

/**
 * Compliant: every SECURITY DEFINER function outside extensions pins search_path, so a caller cannot
 * substitute objects that run with the owner's privileges.
 */
export default definePostgresCheck({
  meta: {
    id: 'pg/security-definer',
    title: 'SECURITY DEFINER functions',
    dimension: 'Authorization',
    description: 'Every SECURITY DEFINER function not owned by an extension pins its search_path.',
    rationale:
      "A SECURITY DEFINER function without a pinned search_path can be made to call an attacker's objects, which then run with the owner's privileges.",
    outcomes: ['PASS', 'WARN', 'INFO'],
    remediation: {
      text: 'ALTER FUNCTION <fn> SET search_path = pg_catalog, <schema>, pg_temp; and revoke EXECUTE from PUBLIC where callers are known.',
      link: 'https://www.postgresql.org/docs/current/sql-createfunction.html#SQL-CREATEFUNCTION-SECURITY'
    },
    frameworks: { 'PCI DSS': ['7'], 'ISO 27001': ['8.2'] }
  },
  evaluate(facts) {
    const findings: RawFinding[] = [];
    const safe: string[] = [];
    const unknowns = forEachDatabase(
      facts,
      db => db.securityDefiners,
      (db, fns) => {
        for (const fn of fns) {
          const name = `${db.name}.${fn.schema}.${fn.name}(${fn.args})`;
          if (fn.extension === null && fn.searchPath === null) {
            findings.push(
              warn(
                msg`SECURITY DEFINER function ${name} owned by ${fn.owner} does not pin search_path.`,
                name
              )
            );
          } else safe.push(name);
        }
      }
    );
    if (findings.length === 0 && unknowns.length === 0) {
      findings.push(pass(msg`No SECURITY DEFINER function outside an extension lacks a pinned search_path.`));
    }
    if (safe.length > 0) {
      findings.push(
        info(
          msg`${raw(count(safe.length, 'SECURITY DEFINER function'))} ${raw(safe.length === 1 ? 'pins' : 'pin')} search_path or belong to an extension: ${raw(valueList(safe, 10))}.`
        )
      );
    }
    return [...findings, ...unknowns];
  }
});
