import check from '../../../../src/engines/cockroachdb/checks/sensitive-redaction.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'redaction on',
      facts: crdbFacts(),
      expect: [
        {
          status: 'PASS',
          detail:
            'server.redact_sensitive_settings.enabled is on: sensitive settings read <redacted> for VIEWCLUSTERSETTING-only users.'
        }
      ]
    },
    {
      name: 'off, but no secret in the settings: INFO',
      facts: crdbFacts({
        settings: {
          'server.redact_sensitive_settings.enabled': 'false',
          'server.identity_map.configuration': ''
        }
      }),
      expect: [
        {
          status: 'INFO',
          detail:
            'server.redact_sensitive_settings.enabled is off; no LDAP bind password or identity map is set.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'off while the HBA carries ldapbindpasswd',
      facts: crdbFacts({
        settings: {
          'server.redact_sensitive_settings.enabled': 'false',
          'server.identity_map.configuration': '',
          'server.host_based_authentication.configuration':
            'hostssl all all 10.0.0.0/8 ldap ldapserver=l ldapport=636 ldapbindpasswd=S3cret'
        }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'server.redact_sensitive_settings.enabled is off while the HBA text carries an LDAP bind password (ldapbindpasswd): every holder of VIEWCLUSTERSETTING can read them.'
        }
      ]
    }
  ]
});
