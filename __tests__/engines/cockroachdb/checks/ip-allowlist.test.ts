import check from '../../../../src/engines/cockroachdb/checks/ip-allowlist.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cloud, crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'a /24 only',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'PASS', detail: '1 allowlist entry, none broader than /24.' }]
    },
    {
      name: 'empty: private only',
      facts: crdbFacts({ cloud: cloud({ allowlist: available([]) }) }),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'PASS', detail: 'The IP allowlist is empty: no public address may connect.' }]
    }
  ],
  fail: [
    {
      name: '0.0.0.0/0 and ::/0',
      facts: crdbFacts({
        cloud: cloud({
          allowlist: available([
            { cidrIp: '0.0.0.0', cidrMask: 0, sql: true, ui: true, name: 'anywhere' },
            { cidrIp: '::', cidrMask: 0, sql: true, ui: false, name: null }
          ])
        })
      }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'FAIL',
          detail: 'Allowlist entry 0.0.0.0/0 (anywhere) opens SQL and DB Console to the whole internet.',
          object: '0.0.0.0/0'
        },
        { status: 'FAIL', detail: 'Allowlist entry ::/0 opens SQL to the whole internet.', object: '::/0' }
      ]
    }
  ],
  warn: [
    {
      name: 'a /16',
      facts: crdbFacts({
        cloud: cloud({
          allowlist: available([{ cidrIp: '10.0.0.0', cidrMask: 16, sql: true, ui: false, name: null }])
        })
      }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'WARN',
          detail: 'Allowlist entry 10.0.0.0/16 is a broad range for SQL.',
          object: '10.0.0.0/16'
        }
      ]
    }
  ],
  other: [
    {
      name: 'self-hosted: N/A',
      facts: crdbFacts(),
      expect: [{ status: 'N/A', detail: 'Does not apply to self-hosted deployments.' }]
    }
  ]
});
