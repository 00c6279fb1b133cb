import { info } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw, valueList } from '../../../core/text.js';
import { defineCockroachCheck } from './define.js';
import { AUDIT_LOGGING_CONTROLS } from '../../../policy/control-sets.js';

/** Tables under ALTER TABLE ... EXPERIMENTAL_AUDIT (crdb_internal.tables audit_mode): evidence only. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/table-audit',
    title: 'Table-level audit',
    dimension: 'Audit Logging',
    description:
      'Lists the tables whose reads and writes emit sensitive_table_access events (EXPERIMENTAL_AUDIT).',
    rationale:
      'Tables holding regulated data without EXPERIMENTAL_AUDIT leave no record of who read or changed them.',
    verify: 'That the listed tables are the ones that hold regulated data.',
    outcomes: ['INFO'],
    remediation: {
      text: 'ALTER TABLE <table> EXPERIMENTAL_AUDIT SET READ WRITE; for tables holding regulated data, and route SENSITIVE_ACCESS to durable storage.',
      link: 'https://www.cockroachlabs.com/docs/stable/experimental-audit'
    },
    frameworks: AUDIT_LOGGING_CONTROLS
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
        msg`${raw(tables.length === 1 ? '1 table emits' : `${tables.length} tables emit`)} sensitive_table_access events: ${valueList(tables.map(t => `${t.database}.${t.schema}.${t.table} (${t.mode})`))}.`
      )
    ];
  }
});
