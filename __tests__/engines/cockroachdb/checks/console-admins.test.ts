import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import check from '../../../../src/engines/cockroachdb/checks/console-admins.js';
import { cloud, crdbFacts } from '../../../helpers/crdb-facts.js';

const admins = (n: number) =>
  cloud({
    consoleRoles: available(
      Array.from({ length: n }, (_, i) => ({
        userId: `u-${i + 1}`,
        roles: [{ name: 'CLUSTER_ADMIN', resource: '{}' }]
      }))
    )
  });

checkTester(check, {
  pass: [
    {
      name: 'two administrators (ORG_ADMIN and CLUSTER_ADMIN); a developer is not counted',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'PASS',
          detail:
            '2 Cloud Console users hold ORG_ADMIN or CLUSTER_ADMIN: u-1 (ORG_ADMIN), u-2 (CLUSTER_ADMIN).'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'three (lower boundary of WARN)',
      facts: crdbFacts({ cloud: admins(3) }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'WARN',
          detail:
            '3 Cloud Console users hold ORG_ADMIN or CLUSTER_ADMIN: u-1 (CLUSTER_ADMIN), u-2 (CLUSTER_ADMIN), u-3 (CLUSTER_ADMIN); keep it to two.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'six (lower boundary of FAIL)',
      facts: crdbFacts({ cloud: admins(6) }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'FAIL',
          detail:
            '6 Cloud Console users hold ORG_ADMIN or CLUSTER_ADMIN: u-1 (CLUSTER_ADMIN), u-2 (CLUSTER_ADMIN), u-3 (CLUSTER_ADMIN), u-4 (CLUSTER_ADMIN), u-5 (CLUSTER_ADMIN), u-6 (CLUSTER_ADMIN); six or more make every account a path to full control.'
        }
      ]
    }
  ]
});
