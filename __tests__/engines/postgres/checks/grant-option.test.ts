import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { database, pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/grant-option.js';

checkTester(check, {
  pass: [
    {
      name: 'owners only',
      facts: pgFacts(),
      expect: [
        { status: 'PASS', detail: 'No role other than an owner holds a grant option in 1 database audited.' }
      ]
    }
  ],
  warn: [
    {
      name: 'grant option on a table and a schema',
      facts: pgFacts({
        databases: available([
          database('app', {
            grantOptions: available([
              {
                objectType: 'table',
                schema: 'public',
                name: 'orders',
                grantee: 'analyst',
                owner: 'app_owner',
                privileges: ['SELECT']
              },
              {
                objectType: 'schema',
                schema: 'sales',
                name: 'sales',
                grantee: 'etl',
                owner: 'app_owner',
                privileges: ['CREATE', 'USAGE']
              }
            ])
          })
        ])
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Role analyst holds SELECT WITH GRANT OPTION on table app.public.orders owned by app_owner.',
          object: 'app.public.orders:analyst'
        },
        {
          status: 'WARN',
          detail: 'Role etl holds CREATE, USAGE WITH GRANT OPTION on schema app.sales owned by app_owner.',
          object: 'app.sales:etl'
        }
      ]
    }
  ]
});
