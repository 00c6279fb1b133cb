import check from '../../../../src/engines/couchbase/checks/query-curl.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts } from '../../../helpers/cb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'nothing allowed',
      facts: cbFacts(),
      expect: [{ status: 'PASS', detail: 'CURL() may reach no URL (all_access false, no allowed URL).' }]
    },
    {
      name: 'two allowed prefixes',
      facts: cbFacts({
        curlAllowlist: available({
          allAccess: false,
          allowedUrls: ['https://a.example/', 'https://b.example/']
        })
      }),
      expect: [
        {
          status: 'PASS',
          detail: 'CURL() may reach only 2 allowed URL prefixes: https://a.example/, https://b.example/.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'all_access true',
      facts: cbFacts({ curlAllowlist: available({ allAccess: true, allowedUrls: [] }) }),
      expect: [
        {
          status: 'WARN',
          detail:
            'The CURL() allowlist has all_access true: SQL++ queries can fetch any URL the query nodes reach, internal services included.'
        }
      ]
    }
  ]
});
