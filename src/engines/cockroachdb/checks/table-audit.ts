import { defineCheck, info } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw, valueList } from '../../../core/text.js';
import type { CrdbFacts } from '../facts.js';
import { AUDIT_FRAMEWORKS } from './audit-logging.js';

/** Tables under ALTER TABLE ... EXPERIMENTAL_AUDIT (crdb_internal.tables audit_mode): evidence only. */
export default defineCheck<CrdbFacts>({
  meta: {
    id: 'crdb/table-audit',
    title: 'Table-level audit',
    dimension: 'Audit Logging',
    appliesTo: ['self-hosted', 'cloud'],
    description:
      'Lists the tables whose reads and writes emit sensitive_table_access events (EXPERIMENTAL_AUDIT).',
    outcomes: ['INFO'],
    remediation: {
      text: 'ALTER TABLE <table> EXPERIMENTAL_AUDIT SET READ WRITE; for tables holding regulated data, and route SENSITIVE_ACCESS to durable storage.',
      link: 'https://www.cockroachlabs.com/docs/stable/experimental-audit'
    },
    frameworks: AUDIT_FRAMEWORKS
  },
  evaluate(facts) {
    const tables = need(facts.auditedTables);
    if (tables.length === 0)
      return [
        info(
          msg`No table has EXPERIMENTAL_AUDIT: table-level audit events (sensitive_table_access) are not emitted.`
        )
      ];
    return [
      info(
        msg`${raw(String(tables.length))} table(s) emit sensitive_table_access events: ${valueList(tables.map(t => `${t.database}.${t.schema}.${t.table} (${t.mode})`))}.`
      )
    ];
  }
});
