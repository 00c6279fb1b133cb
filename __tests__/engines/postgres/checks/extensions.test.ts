import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { database, pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/extensions.js';

const old = available([
  { name: 'plpgsql', version: '1.0', defaultVersion: '1.0' },
  { name: 'pg_stat_statements', version: '1.9', defaultVersion: '1.11' }
]);

checkTester(check, {
  pass: [
    {
      name: 'current',
      facts: pgFacts(),
      expect: [{ status: 'PASS', detail: 'The 1 installed extension is at the version the server provides.' }]
    }
  ],
  other: [
    {
      name: 'outdated in two databases',
      facts: pgFacts({
        databases: available([database('app', { extensions: old }), database('ops', { extensions: old })])
      }),
      expect: [
        {
          status: 'INFO',
          detail: 'Extension pg_stat_statements 1.9 can be updated to 1.11 in app, ops.',
          object: 'pg_stat_statements'
        }
      ]
    }
  ]
});
