import check from '../../../../src/engines/couchbase/checks/external-auth.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, forbidden, community, enterpriseOnly } from '../../../helpers/cb-facts.js';

const ldap = (encryption: string, port = 636, serverCertValidation = true) =>
  available({
    authenticationEnabled: true,
    authorizationEnabled: true,
    hosts: ['ldap.corp'],
    port,
    encryption,
    serverCertValidation
  });
const auth = (ldapEnabled: boolean, samlEnabled: boolean, saslauthdAuthEnabled = false) =>
  available({ ldapEnabled, samlEnabled, saslauthdAuthEnabled });

checkTester(check, {
  pass: [
    {
      name: 'LDAP over TLS',
      facts: cbFacts(),
      expect: [{ status: 'PASS', detail: 'LDAP authentication is on with encryption TLS.' }]
    },
    {
      name: 'LDAP with StartTLS, and SAML',
      facts: cbFacts({ ldap: ldap('StartTLSExtension', 389), authSettings: auth(true, true) }),
      expect: [
        {
          status: 'PASS',
          detail: 'LDAP authentication is on with encryption StartTLSExtension; SAML is on too.'
        }
      ]
    },
    {
      name: 'saslauthd (PAM) only',
      facts: cbFacts({ authSettings: auth(false, false, true) }),
      expect: [
        {
          status: 'PASS',
          detail: "saslauthd (PAM) authentication is on: passwords are checked by the host's directory."
        }
      ]
    },
    {
      name: 'SAML only',
      facts: cbFacts({ authSettings: auth(false, true) }),
      expect: [{ status: 'PASS', detail: 'SAML single sign-on is on for the console.' }]
    }
  ],
  warn: [
    {
      name: 'LDAP with StartTLS but no certificate validation',
      facts: cbFacts({ ldap: ldap('StartTLSExtension', 389, false) }),
      expect: [
        {
          status: 'WARN',
          detail:
            'LDAP authentication is on with encryption StartTLSExtension, but server certificate validation is off: a man in the middle can collect the passwords users type.',
          object: 'ldap'
        }
      ]
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
      name: 'neither LDAP, SAML nor saslauthd',
      facts: cbFacts({ authSettings: auth(false, false) }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'Neither LDAP, SAML nor saslauthd is enabled: every user is a local account managed by hand.'
        }
      ]
    }
  ],
  other: [
    {
      name: '7.6: the facts come from /settings/ldap, /settings/saml and /settings/saslauthdAuth; one unreadable is UNKNOWN',
      facts: cbFacts({
        authSettings: forbidden('/settings/ldap', 'cluster.admin.security.external!read'),
        ldap: forbidden('/settings/ldap', 'cluster.admin.security.external!read')
      }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: GET /settings/ldap answered 403: the audit user lacks cluster.admin.security.external!read. Fix: give the audit user the Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user.'
        }
      ]
    },
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
