import check from '../../../../src/engines/couchbase/checks/hsts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, community, security } from '../../../helpers/cb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'HSTS set',
      facts: cbFacts(),
      expect: [{ status: 'PASS', detail: 'Strict-Transport-Security is max-age=31536000.' }]
    }
  ],
  warn: [
    {
      name: 'responseHeaders empty',
      facts: cbFacts({ security: security({ hsts: null }) }),
      expect: [
        {
          status: 'WARN',
          detail:
            'No Strict-Transport-Security header is set (responseHeaders is empty): browsers may be downgraded to plain HTTP.'
        }
      ]
    },
    {
      name: 'max-age=0 turns HSTS off',
      facts: cbFacts({ security: security({ hsts: 'max-age=0' }) }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Strict-Transport-Security is max-age=0: without a positive max-age browsers do not keep HTTPS.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'Community Edition leaves responseHeaders out: N/A',
      facts: cbFacts({ ...community(), security: security({ hsts: null, responseHeadersPresent: false }) }),
      expect: [
        {
          status: 'N/A',
          detail: 'Community Edition cannot set response headers (HSTS is Enterprise Edition only).'
        }
      ]
    }
  ]
});
