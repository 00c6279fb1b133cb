import check from '../../../../src/engines/couchbase/checks/client-cert-auth.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts } from '../../../helpers/cb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'off',
      facts: cbFacts(),
      expect: [
        {
          status: 'INFO',
          detail: 'Client certificate authentication is off (state disable): clients log in with passwords.'
        }
      ]
    },
    {
      name: 'mandatory with a SAN rule',
      facts: cbFacts({
        clientCertAuth: available({
          state: 'mandatory',
          prefixes: [{ path: 'san.uri', prefix: 'www.', delimiter: '.' }]
        })
      }),
      expect: [
        {
          status: 'INFO',
          detail:
            'Client certificate authentication is mandatory; a certificate becomes a user by san.uri prefix "www." delimiter "."; clients without a certificate are refused on TLS ports.'
        }
      ]
    },
    {
      name: 'enabled without any rule',
      facts: cbFacts({ clientCertAuth: available({ state: 'enable', prefixes: [] }) }),
      expect: [
        {
          status: 'INFO',
          detail:
            'Client certificate authentication is enable; a certificate becomes a user by no rule (no certificate maps to a user).'
        }
      ]
    }
  ]
});
