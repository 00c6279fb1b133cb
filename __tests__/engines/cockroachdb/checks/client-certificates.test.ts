import check from '../../../../src/engines/cockroachdb/checks/client-certificates.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'OCSP strict, subject required',
      facts: crdbFacts(),
      expect: [
        {
          status: 'PASS',
          detail:
            'security.ocsp.mode is strict: revoked client certificates are refused for certificate logins (cert-scram-sha-256).'
        },
        { status: 'INFO', detail: 'Certificate subject required: yes; SAN required: no.' }
      ]
    }
  ],
  warn: [
    {
      name: 'OCSP off (the default): revoked certificates keep working, root rule included',
      facts: crdbFacts({
        settings: {
          'security.ocsp.mode': 'off',
          'security.client_cert.subject_required.enabled': 'false',
          'server.host_based_authentication.configuration': 'hostssl all all 10.0.0.0/8 password'
        }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'security.ocsp.mode is off: revoked client certificates keep working for certificate logins (cert-password in the built-in root rule).'
        },
        { status: 'INFO', detail: 'Certificate subject required: no; SAN required: no.' }
      ]
    },
    {
      name: 'OCSP lax fails open',
      facts: crdbFacts({ settings: { 'security.ocsp.mode': 'lax' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'security.ocsp.mode is lax: a certificate whose OCSP responder cannot be reached is still accepted for certificate logins (cert-scram-sha-256).'
        },
        { status: 'INFO', detail: 'Certificate subject required: yes; SAN required: no.' }
      ]
    }
  ]
});
