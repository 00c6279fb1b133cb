import { checkTester } from '../../../helpers/check-tester.js';
import { pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/log-statement.js';

checkTester(check, {
  pass: [
    { name: 'ddl', facts: pgFacts(), expect: [{ status: 'PASS', detail: 'log_statement is ddl.' }] },
    {
      name: 'mod',
      facts: pgFacts({ settings: { log_statement: 'mod' } }),
      expect: [{ status: 'PASS', detail: 'log_statement is mod.' }]
    }
  ],
  warn: [
    {
      name: 'none',
      facts: pgFacts({ settings: { log_statement: 'none' } }),
      expect: [{ status: 'WARN', detail: 'log_statement is none: schema changes are not logged.' }]
    }
  ]
});
