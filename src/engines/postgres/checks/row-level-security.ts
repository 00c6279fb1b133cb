import { info } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { count, msg, raw, valueList } from '../../../core/text.js';
import { forEachDatabase } from '../per-database.js';
import { definePostgresCheck } from './define.js';

/** Informational: where row-level security is used, and who bypasses it. */
export default definePostgresCheck({
  meta: {
    id: 'pg/row-level-security',
    title: 'Row-level security',
    dimension: 'Data Protection',
    description: 'Reports tables with RLS enabled or forced, and roles with BYPASSRLS.',
    rationale:
      'Tables shared by tenants or holding sensitive rows without row-level security rely on every query to filter correctly, and roles with BYPASSRLS skip the policies.',
    verify: 'Which tables hold multi-tenant or sensitive rows that need policies.',
    outcomes: ['INFO'],
    remediation: {
      text: 'Use ALTER TABLE ... ENABLE (and FORCE) ROW LEVEL SECURITY with policies for multi-tenant or sensitive tables.',
      link: 'https://www.postgresql.org/docs/current/ddl-rowsecurity.html'
    },
    frameworks: { 'PCI DSS': ['7'], GDPR: ['Art. 5(1)(f)'] }
  },
  evaluate(facts) {
    const enabled: string[] = [];
    let forced = 0;
    const unknowns = forEachDatabase(
      facts,
      db => db.rowLevelSecurity,
      (db, rls) => {
        enabled.push(...rls.enabled.map(t => `${db.name}.${t}`));
        forced += rls.forced.length;
      }
    );
    const bypass = need(facts.roles)
      .filter(r => r.bypassRls && !r.superuser)
      .map(r => r.name);
    const tables =
      enabled.length === 0
        ? msg`No table has row-level security enabled`
        : msg`${raw(count(enabled.length, 'table'))} ${raw(enabled.length === 1 ? 'has' : 'have')} row-level security enabled (${raw(String(forced))} forced): ${raw(valueList(enabled, 10))}`;
    const bypassText =
      bypass.length === 0
        ? msg`no non-superuser role has BYPASSRLS`
        : msg`roles with BYPASSRLS: ${raw(valueList(bypass))}`;
    return [info(msg`${raw(tables)}; ${raw(bypassText)}.`), ...unknowns];
  }
});
