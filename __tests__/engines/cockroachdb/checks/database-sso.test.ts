import check from '../../../../src/engines/cockroachdb/checks/database-sso.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'JWT with an issuer',
      facts: crdbFacts(),
      expect: [{ status: 'PASS', detail: 'Single sign-on is configured: JWT for SQL logins.' }]
    },
    {
      name: 'OIDC for the console',
      facts: crdbFacts({
        settings: {
          'server.jwt_authentication.enabled': 'false',
          'server.oidc_authentication.enabled': 'true',
          'server.oidc_authentication.provider_url': 'https://idp.example'
        }
      }),
      expect: [
        {
          status: 'PASS',
          detail: 'Single sign-on is configured: OIDC for the DB Console (https://idp.example).'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'JWT enabled without issuers, OIDC off',
      facts: crdbFacts({ settings: { 'server.jwt_authentication.issuers.configuration': '' } }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'Neither JWT login for SQL nor OIDC for the DB Console is configured: every login is a password or certificate managed in the cluster.'
        }
      ]
    }
  ]
});
