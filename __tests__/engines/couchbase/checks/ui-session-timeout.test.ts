import check from '../../../../src/engines/couchbase/checks/ui-session-timeout.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, forbidden, security } from '../../../helpers/cb-facts.js';

checkTester(check, {
  pass: [
    {
      name: '15 minutes',
      facts: cbFacts(),
      expect: [{ status: 'PASS', detail: 'Idle console sessions end after 900 s (uiSessionTimeout).' }]
    },
    {
      name: 'exactly one hour (upper boundary)',
      facts: cbFacts({ security: security({ uiSessionTimeout: 3600 }) }),
      expect: [{ status: 'PASS', detail: 'Idle console sessions end after 3600 s (uiSessionTimeout).' }]
    }
  ],
  warn: [
    {
      name: 'absent: no idle timeout at all',
      facts: cbFacts({ security: security({ uiSessionTimeout: null }) }),
      expect: [
        { status: 'WARN', detail: 'uiSessionTimeout is not set: an idle console session never times out.' }
      ]
    },
    {
      name: 'one second over an hour',
      facts: cbFacts({ security: security({ uiSessionTimeout: 3601 }) }),
      expect: [
        {
          status: 'WARN',
          detail: 'uiSessionTimeout is 3601 s: idle console sessions last longer than 3600 s.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'unreadable',
      facts: cbFacts({ security: forbidden('/settings/security') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: GET /settings/security answered 403: the audit user lacks cluster.admin.security!read. Fix: give the audit user the Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user.'
        }
      ]
    }
  ]
});
