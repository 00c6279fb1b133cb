import check from '../../../../src/engines/couchbase/checks/trusted-cas.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, day, enterpriseOnly } from '../../../helpers/cb-facts.js';

const ca = (days: number, warnings: string[] = []) =>
  available([{ subject: 'CN=Corp CA', notAfter: day(days), type: 'uploaded', warnings }]);
const on = (days: number) => day(days).slice(0, 10);

checkTester(check, {
  pass: [
    {
      name: '900 days',
      facts: cbFacts(),
      expect: [
        {
          status: 'PASS',
          detail: `Trusted CA CN=Corp CA (uploaded) expires on ${on(900)}, in 900 days.`,
          object: 'CN=Corp CA'
        }
      ]
    },
    {
      name: '91 days',
      facts: cbFacts({ trustedCAs: ca(91) }),
      expect: [
        {
          status: 'PASS',
          detail: `Trusted CA CN=Corp CA (uploaded) expires on ${on(91)}, in 91 days.`,
          object: 'CN=Corp CA'
        }
      ]
    }
  ],
  warn: [
    {
      name: '90 days',
      facts: cbFacts({ trustedCAs: ca(90) }),
      expect: [
        {
          status: 'WARN',
          detail: `Trusted CA CN=Corp CA (uploaded) expires on ${on(90)}, in 90 days.`,
          object: 'CN=Corp CA'
        }
      ]
    },
    {
      name: '31 days',
      facts: cbFacts({ trustedCAs: ca(31) }),
      expect: [
        {
          status: 'WARN',
          detail: `Trusted CA CN=Corp CA (uploaded) expires on ${on(31)}, in 31 days.`,
          object: 'CN=Corp CA'
        }
      ]
    },
    {
      name: 'the server warns expires_soon although notAfter is far',
      facts: cbFacts({ trustedCAs: ca(200, ['expires_soon']) }),
      expect: [
        {
          status: 'WARN',
          detail: `Trusted CA CN=Corp CA (uploaded) expires on ${on(200)}, in 200 days. The server warns expires_soon.`,
          object: 'CN=Corp CA'
        }
      ]
    }
  ],
  fail: [
    {
      name: '30 days',
      facts: cbFacts({ trustedCAs: ca(30) }),
      expect: [
        {
          status: 'FAIL',
          detail: `Trusted CA CN=Corp CA (uploaded) expires on ${on(30)}, in 30 days.`,
          object: 'CN=Corp CA'
        }
      ]
    },
    {
      name: 'expired',
      facts: cbFacts({ trustedCAs: ca(-2, ['expired']) }),
      expect: [
        {
          status: 'FAIL',
          detail: `Trusted CA CN=Corp CA (uploaded) expired on ${on(-2)}.`,
          object: 'CN=Corp CA'
        }
      ]
    }
  ],
  other: [
    {
      name: 'Community Edition: N/A',
      facts: cbFacts({ trustedCAs: enterpriseOnly('/pools/default/trustedCAs') }),
      expect: [
        {
          status: 'N/A',
          detail: 'Community Edition: GET /pools/default/trustedCAs requires Enterprise Edition.'
        }
      ]
    }
  ]
});
