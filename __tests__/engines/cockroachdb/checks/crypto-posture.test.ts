import check from '../../../../src/engines/cockroachdb/checks/crypto-posture.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'TLS 1.3 with default suites',
      facts: crdbFacts(),
      expect: [
        {
          status: 'INFO',
          detail:
            'Negotiated TLSv1.3 with TLS_AES_256_GCM_SHA384, key exchange X25519; X25519MLKEM768 not tested (test); server key ec prime256v1; no --tls-cipher-suites (CockroachDB defaults).'
        }
      ]
    },
    {
      name: 'no TLS',
      facts: crdbFacts({ tls: available({ offered: false, chain: [], postQuantumHybrid: 'untested' }) }),
      expect: [{ status: 'INFO', detail: 'The SQL port offers no TLS (see crdb/tls).' }]
    }
  ]
});
