import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { database, denied, pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/public-schema.js';

checkTester(check, {
  pass: [
    {
      name: 'PG15+ default',
      facts: pgFacts(),
      expect: [
        { status: 'PASS', detail: 'PUBLIC cannot CREATE in schema public in any of 1 database audited.' }
      ]
    },
    {
      name: 'no public schema',
      facts: pgFacts({
        databases: available([database('app', { publicSchemaCreate: available(null) }), database('b')])
      }),
      expect: [
        { status: 'PASS', detail: 'PUBLIC cannot CREATE in schema public in any of 2 databases audited.' }
      ]
    }
  ],
  fail: [
    {
      name: 'pre-15 default in one database',
      facts: pgFacts({
        databases: available([database('app'), database('legacy', { publicSchemaCreate: available(true) })])
      }),
      expect: [
        {
          status: 'FAIL',
          detail:
            "In database legacy, PUBLIC may CREATE in schema public: any user can plant objects that shadow others' on the search_path.",
          object: 'legacy'
        }
      ]
    }
  ],
  other: [
    {
      name: 'database dropped mid-audit',
      facts: pgFacts({
        databases: available([database('app'), database('gone', { publicSchemaCreate: denied('x') })])
      }),
      expect: [
        {
          status: 'UNKNOWN',
          detail: 'Could not be evaluated: x could not be read: permission denied.',
          object: 'gone'
        }
      ]
    },
    {
      name: 'database list unreadable',
      facts: pgFacts({ databases: denied('pg_database') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail: 'Could not be evaluated: pg_database could not be read: permission denied.'
        }
      ]
    }
  ]
});
