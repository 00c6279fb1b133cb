import check from '../../../../src/engines/couchbase/checks/tls-version.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, community, forbidden, security } from '../../../helpers/cb-facts.js';

const tls = (tlsMinVersion: string | null, services: Record<string, { tlsMinVersion?: string }> = {}) =>
  security({ tlsMinVersion, services });
const older = (version: string) => ({ ...cbFacts().cluster, version, compat80: false });

checkTester(check, {
  pass: [
    {
      name: 'TLS 1.2 globally',
      facts: cbFacts(),
      expect: [{ status: 'PASS', detail: 'tlsMinVersion is tlsv1.2 cluster-wide; no service overrides it.' }]
    },
    {
      name: '8.0: xdcr and data raised to 1.3',
      facts: cbFacts({
        security: tls('tlsv1.2', { data: { tlsMinVersion: 'tlsv1.3' }, xdcr: { tlsMinVersion: 'tlsv1.3' } })
      }),
      expect: [
        { status: 'PASS', detail: 'tlsMinVersion is tlsv1.2 cluster-wide; data tlsv1.3, xdcr tlsv1.3.' }
      ]
    },
    {
      name: 'Community Edition: the key is left out of the GET and cannot be set; the built-in 1.2 applies',
      facts: cbFacts({ ...community(), security: tls(null) }),
      expect: [
        {
          status: 'PASS',
          detail:
            'Community Edition cannot set tlsMinVersion (the key is Enterprise only); the built-in minimum TLS 1.2 applies to every service.'
        }
      ]
    }
  ],
  fail: [
    {
      name: '7.2 (before 7.6 refused it): TLS 1.0 globally and TLS 1.1 on the query service',
      facts: cbFacts({
        cluster: older('7.2.4-7070-enterprise'),
        security: tls('tlsv1', { query: { tlsMinVersion: 'tlsv1.1' }, data: { tlsMinVersion: 'tlsv1.2' } })
      }),
      expect: [
        {
          status: 'FAIL',
          detail: 'The cluster-wide tlsMinVersion is tlsv1: TLS 1.0/1.1 are broken protocol versions.',
          object: 'global'
        },
        { status: 'FAIL', detail: 'Service query overrides tlsMinVersion to tlsv1.1.', object: 'query' }
      ]
    },
    {
      name: 'a 7.6 node reporting TLS 1.1 is mid-upgrade',
      facts: cbFacts({ cluster: older('7.6.2-3721-enterprise'), security: tls('tlsv1.1') }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'The cluster-wide tlsMinVersion is tlsv1.1: TLS 1.0/1.1 are broken protocol versions (a 7.6+ node refuses this value: the cluster is mid-upgrade).',
          object: 'global'
        }
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
            'Could not be evaluated: GET /settings/security answered 403: the audit user lacks cluster.admin.security!read. Fix: give the audit user the Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user.'
        }
      ]
    }
  ]
});
