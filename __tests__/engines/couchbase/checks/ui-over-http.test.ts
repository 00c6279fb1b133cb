import check from '../../../../src/engines/couchbase/checks/ui-over-http.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts } from '../../../helpers/cb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'HTTPS only',
      facts: cbFacts(),
      expect: [
        { status: 'PASS', detail: 'The web console is served over HTTPS only (disableUIOverHttp true).' }
      ]
    }
  ],
  warn: [
    {
      name: 'console on HTTP 8091',
      facts: cbFacts({
        security: available({
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
        security: available({
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
