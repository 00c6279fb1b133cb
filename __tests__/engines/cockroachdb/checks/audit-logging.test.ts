import check from '../../../../src/engines/cockroachdb/checks/audit-logging.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'admin ALL covers root and alice',
      facts: crdbFacts(),
      expect: [{ status: 'PASS', detail: 'sql.log.user_audit audits every admin member (alice, root).' }]
    }
  ],
  warn: [
    {
      name: 'only the hidden admin audit',
      facts: crdbFacts({ settings: { 'sql.log.user_audit': '' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Only sql.log.admin_audit.enabled is on (a hidden, undocumented setting); sql.log.user_audit is empty.'
        }
      ]
    },
    {
      name: 'user audit misses alice, admin audit off',
      facts: crdbFacts({
        settings: { 'sql.log.user_audit': 'root ALL', 'sql.log.admin_audit.enabled': 'false' }
      }),
      expect: [
        {
          status: 'WARN',
          detail: 'sql.log.user_audit does not audit admin member alice, and admin audit is off.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'nothing audited',
      facts: crdbFacts({ settings: { 'sql.log.user_audit': '', 'sql.log.admin_audit.enabled': 'false' } }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'sql.log.user_audit is empty and sql.log.admin_audit.enabled is off: no statement is audited.'
        }
      ]
    },
    {
      name: 'a value CockroachDB rejects: the node audits nothing',
      facts: crdbFacts({
        settings: { 'sql.log.user_audit': "admin 'ALL'", 'sql.log.admin_audit.enabled': 'false' }
      }),
      expect: [
        {
          status: 'FAIL',
          detail: `sql.log.user_audit does not parse (line 1: unknown statement filter: "'ALL'" (valid filters include: "ALL", "NONE")), so every node audits nothing, and admin audit is off.`
        }
      ]
    }
  ]
});
