import { fail, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';

/**
 * Compliant: users authenticate through LDAP (over TLS) or SAML, so joiners and leavers are managed
 * centrally. Community Edition has neither: N/A there.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/external-auth',
    title: 'External authentication (LDAP/SAML)',
    dimension: 'Authentication & SSO',
    family: 'sso',
    description:
      'LDAP (with TLS or StartTLS), SAML single sign-on or saslauthd (PAM) authentication is enabled.',
    rationale:
      'Local Couchbase users are managed outside the directory, so MFA, central offboarding and password policy do not apply to them.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'Configure LDAP with encryption TLS or StartTLSExtension and certificate validation (Security > LDAP), or SAML for the console; map directory groups to Couchbase roles.',
      link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-ldap.html'
    },
    frameworks: {
      'SOC 2': ['CC6.2', 'CC6.3'],
      HIPAA: ['164.312(d)'],
      'ISO 27001': ['5.15', '8.5'],
      'PCI DSS': ['8']
    }
  },
  evaluate(facts) {
    if (facts.cluster.edition === 'community') {
      // Read through need() so that an Enterprise refusal reads as N/A with its own words.
      need(facts.ldap);
    }
    const auth = need(facts.authSettings);
    if (auth.ldapEnabled) {
      const ldap = need(facts.ldap);
      if (ldap.encryption === 'None') {
        return [
          fail(
            msg`LDAP authentication is on with encryption None${raw(ldap.port ? ` (port ${ldap.port})` : '')}: user passwords reach the directory in clear.`,
            'ldap'
          )
        ];
      }
      if (ldap.serverCertValidation === false) {
        return [
          warn(
            msg`LDAP authentication is on with encryption ${ldap.encryption}, but server certificate validation is off: a man in the middle can collect the passwords users type.`,
            'ldap'
          )
        ];
      }
      return [
        pass(
          msg`LDAP authentication is on with encryption ${ldap.encryption}${raw(auth.samlEnabled ? '; SAML is on too' : '')}.`
        )
      ];
    }
    if (auth.samlEnabled) return [pass(msg`SAML single sign-on is on for the console.`)];
    if (auth.saslauthdAuthEnabled)
      return [
        pass(msg`saslauthd (PAM) authentication is on: passwords are checked by the host's directory.`)
      ];
    return [
      fail(msg`Neither LDAP, SAML nor saslauthd is enabled: every user is a local account managed by hand.`)
    ];
  }
});
