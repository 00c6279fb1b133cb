import check from '../../../../src/engines/couchbase/checks/external-auth.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, community, enterpriseOnly } from '../../../helpers/cb-facts.js';

const ldap = (encryption: string, port = 636, serverCertValidation = true) =>
  available({
    authenticationEnabled: true,
    authorizationEnabled: true,
    hosts: ['ldap.corp'],
    port,
    encryption,
    serverCertValidation
  });
const auth = (ldapEnabled: boolean, samlEnabled: boolean) =>
  available({ ldapEnabled, samlEnabled, saslauthdAuthEnabled: false });

checkTester(check, {
  pass: [
    {
      name: 'LDAP over TLS',
      facts: cbFacts(),
      expect: [{ status: 'PASS', detail: 'LDAP authentication is on with encryption TLS.' }]
    },
    {
      name: 'LDAP with StartTLS but no certificate validation, and SAML',
      facts: cbFacts({ ldap: ldap('StartTLSExtension', 389, false), authSettings: auth(true, true) }),
      expect: [
        {
          status: 'PASS',
          detail:
            'LDAP authentication is on with encryption StartTLSExtension, but server certificate validation is off; SAML is on too.'
        }
      ]
    },
    {
      name: 'SAML only',
      facts: cbFacts({ authSettings: auth(false, true) }),
      expect: [{ status: 'PASS', detail: 'SAML single sign-on is on for the console.' }]
    }
  ],
  fail: [
    {
      name: 'LDAP without encryption',
      facts: cbFacts({ ldap: ldap('None', 389) }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'LDAP authentication is on with encryption None (port 389): user passwords reach the directory in clear.',
          object: 'ldap'
        }
      ]
    },
    {
      name: 'neither LDAP nor SAML',
      facts: cbFacts({ authSettings: auth(false, false) }),
      expect: [
        {
          status: 'FAIL',
          detail: 'Neither LDAP nor SAML is enabled: every user is a local account managed by hand.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'Community Edition: N/A',
      facts: cbFacts({
        ...community(),
        ldap: enterpriseOnly('/settings/ldap'),
        authSettings: enterpriseOnly('/settings/rbac')
      }),
      expect: [
        { status: 'N/A', detail: 'Community Edition: GET /settings/ldap requires Enterprise Edition.' }
      ]
    }
  ]
});
