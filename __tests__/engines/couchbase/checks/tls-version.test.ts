import check from '../../../../src/engines/couchbase/checks/tls-version.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, forbidden } from '../../../helpers/cb-facts.js';

const security = (tlsMinVersion: string | null, services: Record<string, { tlsMinVersion?: string }> = {}) =>
  available({ tlsMinVersion, disableUIOverHttp: true, clusterEncryptionLevel: 'all', services });

checkTester(check, {
  pass: [
    {
      name: 'TLS 1.2 globally',
      facts: cbFacts(),
      expect: [{ status: 'PASS', detail: 'tlsMinVersion is tlsv1.2 cluster-wide; no service overrides it.' }]
    },
    {
      name: 'absent key defaults to TLS 1.2; a service raised to 1.3',
      facts: cbFacts({ security: security(null, { data: { tlsMinVersion: 'tlsv1.3' } }) }),
      expect: [{ status: 'PASS', detail: 'tlsMinVersion is tlsv1.2 cluster-wide; data tlsv1.3.' }]
    }
  ],
  fail: [
    {
      name: 'TLS 1.0 globally and TLS 1.1 on the query service',
      facts: cbFacts({
        security: security('tlsv1', {
          query: { tlsMinVersion: 'tlsv1.1' },
          data: { tlsMinVersion: 'tlsv1.2' }
        })
      }),
      expect: [
        {
          status: 'FAIL',
          detail: 'The cluster-wide tlsMinVersion is tlsv1: TLS 1.0/1.1 are broken protocol versions.',
          object: 'global'
        },
        { status: 'FAIL', detail: 'Service query overrides tlsMinVersion to tlsv1.1.', object: 'query' }
      ]
    }
  ],
  other: [
    {
      name: 'security settings unreadable',
      facts: cbFacts({ security: forbidden('/settings/security') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: GET /settings/security answered 403: the audit user lacks cluster.admin.security!read. Fix: give the audit user the Read-Only Security Admin (ro_security_admin) role.'
        }
      ]
    }
  ]
});
