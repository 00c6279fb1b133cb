import check from '../../../../src/engines/couchbase/checks/audit-rotation.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { AUDIT, cbFacts } from '../../../helpers/cb-facts.js';

const LOGS = ' into /opt/couchbase/var/lib/couchbase/logs';

checkTester(check, {
  pass: [
    {
      name: 'daily rotation, never pruned',
      facts: cbFacts(),
      expect: [{ status: 'INFO', detail: `Audit log rotates every 1 d or at 20 MiB${LOGS}; pruned never.` }]
    },
    {
      name: 'pruned after exactly 90 days under PCI DSS (the boundary is enough)',
      facts: cbFacts({
        audit: available({ ...AUDIT, rotateInterval: 7200, rotateSize: 524288000, pruneAge: 129600 })
      }),
      ctx: { compliance: ['pci-dss'] },
      expect: [
        { status: 'INFO', detail: `Audit log rotates every 2 h or at 500 MiB${LOGS}; pruned after 90 d.` }
      ]
    },
    {
      name: '7.6 rotateSize 0 (no size limit) and a log path set per node (logPath absent)',
      facts: cbFacts({
        audit: available({ ...AUDIT, rotateInterval: 604800, rotateSize: 0, logPath: null })
      }),
      expect: [
        {
          status: 'INFO',
          detail: 'Audit log rotates every 7 d (no size limit) into a log path set per node; pruned never.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'pruned one minute short of 90 days while SOC 2 is named',
      facts: cbFacts({ audit: available({ ...AUDIT, pruneAge: 129599 }) }),
      ctx: { compliance: ['soc2'] },
      expect: [
        {
          status: 'WARN',
          detail: `Audit log rotates every 1 d or at 20 MiB${LOGS}; pruned after 129599 min: shorter than the 90 days of history the named compliance framework asks for, unless the files are shipped elsewhere first.`
        }
      ]
    }
  ],
  other: [
    {
      name: 'pruned after 30 days without a framework: INFO',
      facts: cbFacts({ audit: available({ ...AUDIT, pruneAge: 43200 }) }),
      expect: [
        { status: 'INFO', detail: `Audit log rotates every 1 d or at 20 MiB${LOGS}; pruned after 30 d.` }
      ]
    }
  ]
});
