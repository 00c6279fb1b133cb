import check from '../../../../src/engines/cockroachdb/checks/public-privileges.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'defaults only',
      facts: crdbFacts(),
      expect: [
        {
          status: 'PASS',
          detail: 'public holds only the default grants (CONNECT, USAGE) in the 1 database(s) audited.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'SELECT on a table',
      facts: crdbFacts({
        publicGrants: available([
          {
            database: 'crm',
            schema: 'public',
            object: 'customers',
            objectType: 'table',
            privilege: 'SELECT',
            grantable: false
          },
          {
            database: 'crm',
            schema: 'public',
            object: 'customers',
            objectType: 'table',
            privilege: 'UPDATE',
            grantable: false
          }
        ])
      }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'table crm.public.customers grants SELECT, UPDATE to public: every user can read or change it.',
          object: 'crm.public.customers'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'CREATE on schema public',
      facts: crdbFacts({
        publicGrants: available([
          {
            database: 'app',
            schema: 'public',
            object: null,
            objectType: 'schema',
            privilege: 'CREATE',
            grantable: false
          }
        ])
      }),
      expect: [
        {
          status: 'WARN',
          detail: 'schema app.public grants CREATE to public (not a default grant).',
          object: 'app.public'
        }
      ]
    }
  ]
});
