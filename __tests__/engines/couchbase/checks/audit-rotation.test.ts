import check from '../../../../src/engines/couchbase/checks/audit-rotation.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { AUDIT, cbFacts } from '../../../helpers/cb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'daily rotation, never pruned',
      facts: cbFacts(),
      expect: [{ status: 'INFO', detail: 'Audit log rotation every 1 d or 20 MiB; pruned never.' }]
    },
    {
      name: 'pruned after 180 days under PCI DSS',
      facts: cbFacts({
        audit: available({ ...AUDIT, rotateInterval: 7200, rotateSize: 524288000, pruneAge: 259200 })
      }),
      ctx: { compliance: ['pci-dss'] },
      expect: [{ status: 'INFO', detail: 'Audit log rotation every 2 h or 500 MiB; pruned after 180 d.' }]
    }
  ],
  warn: [
    {
      name: 'no rotation and no pruning: unbounded growth',
      facts: cbFacts({ audit: available({ ...AUDIT, rotateInterval: 0, rotateSize: 0, pruneAge: 0 }) }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Audit log rotation every never (interval 0) or no size limit; pruned never: one file grows without bound on each node.'
        }
      ]
    },
    {
      name: 'pruned after 30 days while SOC 2 is named',
      facts: cbFacts({ audit: available({ ...AUDIT, pruneAge: 43200 }) }),
      ctx: { compliance: ['soc2'] },
      expect: [
        {
          status: 'WARN',
          detail:
            'Audit log rotation every 1 d or 20 MiB; pruned after 30 d: shorter than the 90 days of history the named compliance framework asks for, unless the files are shipped elsewhere first.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'pruned after 30 days without a framework: INFO',
      facts: cbFacts({ audit: available({ ...AUDIT, pruneAge: 43200 }) }),
      expect: [{ status: 'INFO', detail: 'Audit log rotation every 1 d or 20 MiB; pruned after 30 d.' }]
    }
  ]
});
