import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { database, pgFacts, POSTGRES, role } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/row-level-security.js';

checkTester(check, {
  pass: [
    {
      name: 'none',
      facts: pgFacts(),
      expect: [
        {
          status: 'INFO',
          detail: 'No table has row-level security enabled; no non-superuser role has BYPASSRLS.'
        }
      ]
    },
    {
      name: 'tenants table and a bypassing role',
      facts: pgFacts({
        roles: available([POSTGRES, role('support', { bypassRls: true })]),
        databases: available([
          database('saas', {
            rowLevelSecurity: available({ enabled: ['public.tenants_data'], forced: ['public.tenants_data'] })
          })
        ])
      }),
      expect: [
        {
          status: 'INFO',
          detail:
            '1 table has row-level security enabled (1 forced): saas.public.tenants_data; roles with BYPASSRLS: support.'
        }
      ]
    }
  ]
});
