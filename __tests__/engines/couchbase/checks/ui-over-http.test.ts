import check from '../../../../src/engines/couchbase/checks/ui-over-http.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, security } from '../../../helpers/cb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'HTTPS only',
      facts: cbFacts(),
      expect: [
        { status: 'PASS', detail: 'The web console is served over HTTPS only (disableUIOverHttp true).' }
      ]
    },
    {
      name: 'disableUIOverHttp false under strict: 8091 is bound to loopback, so PASS',
      facts: cbFacts({ security: security({ disableUIOverHttp: false, clusterEncryptionLevel: 'strict' }) }),
      expect: [
        {
          status: 'PASS',
          detail:
            'clusterEncryptionLevel is strict, so port 8091 listens on loopback only: other hosts reach the console over HTTPS only (disableUIOverHttp false matters only on the node itself).'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'console on HTTP 8091',
      facts: cbFacts({
        security: security({
          tlsMinVersion: 'tlsv1.2',
          disableUIOverHttp: false,
          clusterEncryptionLevel: 'all',
          services: {}
        })
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'The web console is served over plain HTTP on port 8091 (disableUIOverHttp false): administrator passwords can cross the network unencrypted.'
        }
      ]
    },
    {
      name: 'key absent: the default (false), never a PASS',
      facts: cbFacts({
        security: security({
          tlsMinVersion: 'tlsv1.2',
          disableUIOverHttp: null,
          clusterEncryptionLevel: 'all',
          services: {}
        })
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'The web console is served over plain HTTP on port 8091 (disableUIOverHttp false): administrator passwords can cross the network unencrypted.'
        }
      ]
    }
  ]
});
