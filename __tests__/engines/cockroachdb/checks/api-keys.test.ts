import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import check from '../../../../src/engines/cockroachdb/checks/api-keys.js';
import { cloud, crdbFacts, day } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'a 30-day-old key',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'PASS', detail: '1 API key, each created within the last 90 days.' }]
    },
    {
      name: 'exactly 90 days old (the boundary)',
      facts: crdbFacts({
        cloud: cloud({
          apiKeys: available([{ id: 'k-2', name: 'ci', serviceAccountId: 'sa-1', createdAt: day(-90) }])
        })
      }),
      ctx: { deployment: 'cloud' },
      expect: [{ status: 'PASS', detail: '1 API key, each created within the last 90 days.' }]
    }
  ],
  warn: [
    {
      name: '91 days old',
      facts: crdbFacts({
        cloud: cloud({
          apiKeys: available([
            { id: 'k-3', name: 'terraform', serviceAccountId: 'sa-2', createdAt: day(-91) }
          ])
        })
      }),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'WARN',
          detail: 'API key terraform (service account sa-2) was created 91 days ago: rotate it.',
          object: 'k-3'
        }
      ]
    }
  ]
});
