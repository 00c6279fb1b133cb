import check from '../../../../src/engines/couchbase/checks/query-audit.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { AUDIT, cbFacts, forbidden } from '../../../helpers/cb-facts.js';

const DESC = 'its audit descriptors';
const FALLBACK_80 = 'the 8.0 event list shipped with db-posture (the descriptors could not be read)';
const FALLBACK_76 = 'the 7.6 event list shipped with db-posture (the descriptors could not be read)';
const noDescriptors = forbidden<never>('/settings/audit/descriptors');
const ids76 = [
  ...Array.from({ length: 17 }, (_, i) => 28672 + i),
  28706,
  28707,
  28708,
  ...Array.from({ length: 13 }, (_, i) => 28713 + i),
  28734,
  28735,
  28736
];
const ids80 = [...ids76, 28738, 28739, 28740, 28741, 28742, 28743];
const cluster76 = { ...cbFacts().cluster, version: '7.6.2-3721-enterprise', compat80: false };

checkTester(check, {
  pass: [
    {
      name: "every statement descriptor enabled; other modules' events still off are listed by module",
      facts: cbFacts({ audit: available({ ...AUDIT, disabled: [8255, 28689] }) }),
      expect: [
        { status: 'PASS', detail: `All 3 SQL++ statement events (per ${DESC}) are audited.` },
        {
          status: 'INFO',
          detail: 'Module n1ql: 1 filterable event is off (28689 /admin/stats API request).',
          object: 'module:n1ql'
        },
        {
          status: 'INFO',
          detail: 'Module ns_server: 1 filterable event is off (8255 read document).',
          object: 'module:ns_server'
        }
      ]
    },
    {
      name: 'descriptors unreadable: the 8.0 list (42 statements) is used and all are on',
      facts: cbFacts({ auditDescriptors: noDescriptors, audit: available({ ...AUDIT, disabled: [28689] }) }),
      expect: [{ status: 'PASS', detail: `All 42 SQL++ statement events (per ${FALLBACK_80}) are audited.` }]
    }
  ],
  fail: [
    {
      name: 'the shipped default: every statement descriptor disabled although auditing is on',
      facts: cbFacts({ audit: available({ ...AUDIT, disabled: [28672, 28676, 28738] }) }),
      expect: [
        {
          status: 'FAIL',
          detail: `All 3 SQL++ statement events (per ${DESC}) are disabled, the default even with auditing on: no SELECT, INSERT, UPDATE, DELETE or GRANT is audited.`
        }
      ]
    },
    {
      name: '7.6 without descriptors: all 36 statement events of 7.6 off',
      facts: cbFacts({
        cluster: cluster76,
        auditDescriptors: noDescriptors,
        audit: available({ ...AUDIT, disabled: ids76 })
      }),
      expect: [
        {
          status: 'FAIL',
          detail: `All 36 SQL++ statement events (per ${FALLBACK_76}) are disabled, the default even with auditing on: no SELECT, INSERT, UPDATE, DELETE or GRANT is audited.`
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
      name: '8.0: the 7.6-era events on, CREATE USER (28738) left off: named',
      facts: cbFacts({ audit: available({ ...AUDIT, disabled: [28738] }) }),
      expect: [
        {
          status: 'WARN',
          detail: `1 of 3 SQL++ statement events (per ${DESC}) are disabled: 28738 CREATE USER.`
        }
      ]
    },
    {
      name: '8.0 without descriptors: only 28672-28688 on; functions, DDL, transactions, sequences and user/bucket DDL off',
      facts: cbFacts({
        auditDescriptors: noDescriptors,
        audit: available({ ...AUDIT, disabled: ids80.slice(17) })
      }),
      expect: [
        {
          status: 'WARN',
          detail: `25 of 42 SQL++ statement events (per ${FALLBACK_80}) are disabled: 28706 CREATE FUNCTION, 28707 DROP FUNCTION, 28708 EXECUTE FUNCTION, 28713 CREATE SCOPE, 28714 DROP SCOPE, 28715 CREATE COLLECTION, 28716 DROP COLLECTION, 28717 FLUSH COLLECTION, 28718 UPDATE STATISTICS, 28719 ADVISE, 28720 START TRANSACTION, 28721 COMMIT TRANSACTION, 28722 ROLLBACK TRANSACTION, 28723 ROLLBACK TRANSACTION TO SAVEPOINT, 28724 SET TRANSACTION ISOLATION, 28725 SAVEPOINT, 28734 CREATE SEQUENCE, 28735 ALTER SEQUENCE, 28736 DROP SEQUENCE, 28738 CREATE USER, 28739 ALTER USER, 28740 DROP USER, 28741 CREATE BUCKET, 28742 ALTER BUCKET, 28743 DROP BUCKET.`
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
            'Could not be evaluated: GET /settings/audit answered 403: the audit user lacks cluster.admin.security!read. Fix: give the audit user the Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user.'
        }
      ]
    }
  ]
});
