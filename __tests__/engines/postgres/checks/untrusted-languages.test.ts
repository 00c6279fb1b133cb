import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { database, pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/untrusted-languages.js';

checkTester(check, {
  pass: [
    {
      name: 'plpgsql only',
      facts: pgFacts(),
      expect: [{ status: 'PASS', detail: 'None of 1 database audited has an untrusted procedural language.' }]
    },
    {
      name: 'trusted plperl',
      facts: pgFacts({
        databases: available([database('app', { languages: available([{ name: 'plperl', trusted: true }]) })])
      }),
      expect: [{ status: 'PASS', detail: 'None of 1 database audited has an untrusted procedural language.' }]
    }
  ],
  warn: [
    {
      name: 'plpython3u and plperlu',
      facts: pgFacts({
        databases: available([
          database('etl', {
            languages: available([
              { name: 'plpgsql', trusted: true },
              { name: 'plperlu', trusted: false },
              { name: 'plpython3u', trusted: false }
            ])
          })
        ])
      }),
      expect: [
        {
          status: 'WARN',
          detail: 'Database etl has the untrusted languages plperlu, plpython3u installed.',
          object: 'etl'
        }
      ]
    }
  ]
});
