import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { certificate, pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/crypto-posture.js';

checkTester(check, {
  pass: [
    {
      name: 'TLS 1.3 with ECDSA P-256',
      facts: pgFacts(),
      expect: [
        {
          status: 'INFO',
          detail:
            'Negotiated TLSv1.3 with TLS_AES_256_GCM_SHA384, key exchange X25519; X25519MLKEM768 not tested: this Node.js (OpenSSL 3.0.19) cannot offer X25519MLKEM768; server key EC prime256v1; ssl_ciphers HIGH:!aNULL.'
        }
      ]
    },
    {
      name: 'weak RSA key and PQ accepted',
      facts: pgFacts({
        tls: available({
          offered: true,
          protocol: 'TLSv1.2',
          cipher: 'ECDHE-RSA-AES128-GCM-SHA256',
          group: 'prime256v1',
          chain: [
            certificate('CN=db', '2027-11-24T00:00:00.000Z', {
              keyType: 'rsa',
              keyBits: 1024,
              curve: undefined
            })
          ],
          postQuantumHybrid: 'accepted'
        })
      }),
      expect: [
        {
          status: 'INFO',
          detail:
            'Negotiated TLSv1.2 with ECDHE-RSA-AES128-GCM-SHA256, key exchange prime256v1; X25519MLKEM768 accepted; server key RSA-1024 (below RSA-2048); ssl_ciphers HIGH:!aNULL.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'no TLS',
      facts: pgFacts({ tls: available({ offered: false, chain: [], postQuantumHybrid: 'untested' }) }),
      expect: [{ status: 'N/A', detail: 'The server does not offer TLS (see pg/ssl).' }]
    }
  ]
});
