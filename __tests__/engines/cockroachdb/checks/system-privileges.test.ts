import check from '../../../../src/engines/cockroachdb/checks/system-privileges.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'read-only grants',
      facts: crdbFacts(),
      expect: [
        {
          status: 'INFO',
          detail:
            '1 system grant(s); non-admin grantees hold only limited privileges (auditor VIEWCLUSTERSETTING).'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'MODIFYCLUSTERSETTING and VIEWACTIVITY WITH GRANT OPTION; admins are fine',
      facts: crdbFacts({
        systemGrants: available([
          { grantee: 'etl', privilege: 'MODIFYCLUSTERSETTING', grantable: false },
          { grantee: 'app', privilege: 'VIEWACTIVITY', grantable: true },
          { grantee: 'alice', privilege: 'ALL', grantable: true }
        ])
      }),
      expect: [
        {
          status: 'WARN',
          detail: 'etl holds system privilege MODIFYCLUSTERSETTING without being a member of admin.',
          object: 'etl:MODIFYCLUSTERSETTING'
        },
        {
          status: 'WARN',
          detail:
            'app holds system privilege VIEWACTIVITY WITH GRANT OPTION without being a member of admin.',
          object: 'app:VIEWACTIVITY'
        }
      ]
    }
  ]
});
