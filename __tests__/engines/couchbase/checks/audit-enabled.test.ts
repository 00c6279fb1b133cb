import check from '../../../../src/engines/couchbase/checks/audit-enabled.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { AUDIT, cbFacts, community, enterpriseOnly, forbidden } from '../../../helpers/cb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'auditing on',
      facts: cbFacts(),
      expect: [
        {
          status: 'PASS',
          detail:
            'Auditing is on (auditdEnabled true); each node writes to /opt/couchbase/var/lib/couchbase/logs.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'auditing off',
      facts: cbFacts({ audit: available({ ...AUDIT, auditdEnabled: false }) }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'Auditing is off (auditdEnabled false): no node records logins, role changes or data access.'
        }
      ]
    },
    {
      name: 'auditing off in development is downgraded by policy, not by the check',
      facts: cbFacts({ audit: available({ ...AUDIT, auditdEnabled: false }) }),
      ctx: { environment: 'staging' },
      expect: [
        {
          status: 'FAIL',
          detail:
            'Auditing is off (auditdEnabled false): no node records logins, role changes or data access.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'Community Edition: N/A',
      facts: cbFacts({ ...community(), audit: enterpriseOnly('/settings/audit') }),
      expect: [
        { status: 'N/A', detail: 'Community Edition: GET /settings/audit requires Enterprise Edition.' }
      ]
    },
    {
      name: 'no security read: UNKNOWN naming the permission and the role',
      facts: cbFacts({ audit: forbidden('/settings/audit') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: GET /settings/audit answered 403: the audit user lacks cluster.admin.security!read. Fix: give the audit user the Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user.'
        }
      ]
    }
  ]
});
