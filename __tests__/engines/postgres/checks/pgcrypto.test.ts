import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { database, denied, pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/pgcrypto.js';

const withCrypto = database('billing', {
  extensions: available([{ name: 'pgcrypto', version: '1.3', defaultVersion: '1.3' }])
});

checkTester(check, {
  pass: [
    {
      name: 'installed in one of two',
      facts: pgFacts({ databases: available([database('app'), withCrypto]) }),
      expect: [{ status: 'INFO', detail: 'pgcrypto is installed in 1 of 2 databases: billing.' }]
    },
    {
      name: 'nowhere',
      facts: pgFacts(),
      expect: [{ status: 'INFO', detail: 'pgcrypto is installed in none of 1 database audited.' }]
    }
  ],
  other: [
    {
      name: 'a database could not be read',
      facts: pgFacts({
        databases: available([
          withCrypto,
          database('locked', { extensions: denied('Extensions of database "locked"') })
        ])
      }),
      expect: [
        { status: 'INFO', detail: 'pgcrypto is installed in 1 of 1 databases: billing.' },
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: Extensions of database "locked" could not be read: permission denied.',
          object: 'locked'
        }
      ]
    }
  ]
});
