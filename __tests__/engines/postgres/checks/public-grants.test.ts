import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { database, pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/public-grants.js';

checkTester(check, {
  pass: [
    {
      name: 'no PUBLIC grants',
      facts: pgFacts(),
      expect: [
        {
          status: 'PASS',
          detail: 'No application table or view grants data privileges to PUBLIC in 1 database audited.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'table and view granted to PUBLIC',
      facts: pgFacts({
        databases: available([
          database('app', {
            publicGrants: available([
              { schema: 'public', name: 'accounts', kind: 'r', privileges: ['SELECT', 'UPDATE'] },
              { schema: 'reporting', name: 'v_revenue', kind: 'v', privileges: ['SELECT'] }
            ])
          })
        ])
      }),
      expect: [
        {
          status: 'FAIL',
          detail: 'Table app.public.accounts grants SELECT, UPDATE to PUBLIC.',
          object: 'app.public.accounts'
        },
        {
          status: 'FAIL',
          detail: 'View app.reporting.v_revenue grants SELECT to PUBLIC.',
          object: 'app.reporting.v_revenue'
        }
      ]
    }
  ]
});
