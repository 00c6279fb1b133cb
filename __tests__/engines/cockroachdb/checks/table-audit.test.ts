import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import check from '../../../../src/engines/cockroachdb/checks/table-audit.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'two audited tables',
      facts: crdbFacts({
        auditedTables: available([
          { database: 'crm', schema: 'public', table: 'customers', mode: 'READWRITE' },
          { database: 'hr', schema: 'public', table: 'salaries', mode: 'READWRITE' }
        ])
      }),
      expect: [
        {
          status: 'INFO',
          detail:
            '2 tables emit sensitive_table_access events: crm.public.customers (READWRITE), hr.public.salaries (READWRITE).'
        }
      ]
    },
    {
      name: 'one audited table: singular',
      facts: crdbFacts({
        auditedTables: available([{ database: 'crm', schema: 'public', table: 'customers', mode: 'READ' }])
      }),
      expect: [
        {
          status: 'INFO',
          detail: '1 table emits sensitive_table_access events: crm.public.customers (READ).'
        }
      ]
    },
    {
      name: 'none',
      facts: crdbFacts(),
      expect: [
        {
          status: 'INFO',
          detail:
            'No table has EXPERIMENTAL_AUDIT: table-level audit events (sensitive_table_access) are not emitted.'
        }
      ]
    }
  ]
});
