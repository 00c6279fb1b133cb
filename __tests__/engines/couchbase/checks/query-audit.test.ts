import check from '../../../../src/engines/couchbase/checks/query-audit.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { AUDIT, cbFacts, forbidden } from '../../../helpers/cb-facts.js';

const statementEvents = Array.from({ length: 17 }, (_, i) => 28672 + i);

checkTester(check, {
  pass: [
    {
      name: 'every statement event enabled (admin endpoints 28689+ may stay off)',
      facts: cbFacts({ audit: available({ ...AUDIT, disabled: [8243, 28689, 28690] }) }),
      expect: [{ status: 'PASS', detail: 'All 17 SQL++ statement events (28672-28688) are audited.' }]
    }
  ],
  fail: [
    {
      name: 'the shipped default: all statement events disabled although auditing is on',
      facts: cbFacts({ audit: available({ ...AUDIT, disabled: [8243, ...statementEvents] }) }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'All 17 SQL++ statement events (28672-28688) are disabled, the default even with auditing on: no SELECT, INSERT, UPDATE, DELETE or GRANT is audited.'
        }
      ]
    },
    {
      name: 'auditing off altogether',
      facts: cbFacts({ audit: available({ ...AUDIT, auditdEnabled: false, disabled: [] }) }),
      expect: [
        {
          status: 'FAIL',
          detail: 'Auditing is off, so no SQL++ statement (SELECT, INSERT, UPDATE, DELETE, ...) is audited.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'SELECT and EXPLAIN left off: named',
      facts: cbFacts({ audit: available({ ...AUDIT, disabled: [28672, 28673] }) }),
      expect: [
        {
          status: 'WARN',
          detail: '2 of 17 SQL++ statement events are disabled: 28672 SELECT, 28673 EXPLAIN.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'audit settings unreadable',
      facts: cbFacts({ audit: forbidden('/settings/audit') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: GET /settings/audit answered 403: the audit user lacks cluster.admin.security!read. Fix: give the audit user the Read-Only Security Admin (ro_security_admin) role.'
        }
      ]
    }
  ]
});
