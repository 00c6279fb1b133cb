import { checkTester } from '../../../helpers/check-tester.js';
import { available, unavailable } from '../../../../src/core/facts.js';
import { certificate, pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/tls.js';

const probe = (chain: ReturnType<typeof certificate>[]) =>
  available({
    offered: true,
    protocol: 'TLSv1.3',
    cipher: 'TLS_AES_256_GCM_SHA384',
    group: 'X25519',
    chain,
    postQuantumHybrid: 'untested' as const
  });

checkTester(check, {
  pass: [
    {
      name: 'a year left',
      facts: pgFacts(),
      expect: [
        {
          status: 'PASS',
          detail: 'Certificate CN=db.example.com expires on 2027-11-24, in 364 days.',
          object: 'CN=db.example.com'
        }
      ]
    },
    // The shared ladder's upper boundary: 91 days left is the first PASS.
    {
      name: '91 days left',
      facts: pgFacts({ tls: probe([certificate('CN=db', '2027-02-24T00:00:00.000Z')]) }),
      expect: [
        { status: 'PASS', detail: 'Certificate CN=db expires on 2027-02-24, in 91 days.', object: 'CN=db' }
      ]
    }
  ],
  warn: [
    {
      name: '31 days left',
      facts: pgFacts({ tls: probe([certificate('CN=db', '2026-12-26T00:00:00.000Z')]) }),
      expect: [
        { status: 'WARN', detail: 'Certificate CN=db expires on 2026-12-26, in 31 days.', object: 'CN=db' }
      ]
    },
    {
      name: '90 days left',
      facts: pgFacts({ tls: probe([certificate('CN=db', '2027-02-23T00:00:00.000Z')]) }),
      expect: [
        { status: 'WARN', detail: 'Certificate CN=db expires on 2027-02-23, in 90 days.', object: 'CN=db' }
      ]
    },
    {
      name: '60 days left',
      facts: pgFacts({ tls: probe([certificate('CN=db', '2027-01-24T00:00:00.000Z')]) }),
      expect: [
        { status: 'WARN', detail: 'Certificate CN=db expires on 2027-01-24, in 60 days.', object: 'CN=db' }
      ]
    }
  ],
  fail: [
    {
      name: '30 days left',
      facts: pgFacts({ tls: probe([certificate('CN=db', '2026-12-25T00:00:00.000Z')]) }),
      expect: [
        { status: 'FAIL', detail: 'Certificate CN=db expires on 2026-12-25, in 30 days.', object: 'CN=db' }
      ]
    },
    {
      name: '20 days left',
      facts: pgFacts({ tls: probe([certificate('CN=db', '2026-12-15T00:00:00.000Z')]) }),
      expect: [
        { status: 'FAIL', detail: 'Certificate CN=db expires on 2026-12-15, in 20 days.', object: 'CN=db' }
      ]
    },
    {
      name: 'expired intermediate in the chain',
      facts: pgFacts({
        tls: probe([
          certificate('CN=db', '2027-11-24T00:00:00.000Z'),
          certificate('CN=Intermediate', '2026-11-01T00:00:00.000Z', { source: 'served chain' })
        ])
      }),
      expect: [
        {
          status: 'PASS',
          detail: 'Certificate CN=db expires on 2027-11-24, in 364 days.',
          object: 'CN=db'
        },
        {
          status: 'FAIL',
          detail: 'Certificate CN=Intermediate (chain) expired on 2026-11-01.',
          object: 'CN=Intermediate'
        }
      ]
    },
    {
      name: 'no certificate at all',
      facts: pgFacts({ tls: probe([]) }),
      expect: [
        { status: 'FAIL', detail: 'The server completed a TLS handshake without presenting a certificate.' }
      ]
    }
  ],
  other: [
    {
      name: 'TLS not offered',
      facts: pgFacts({ tls: available({ offered: false, chain: [], postQuantumHybrid: 'untested' }) }),
      expect: [
        { status: 'N/A', detail: 'The server does not offer TLS, so no certificate is served (see pg/ssl).' }
      ]
    },
    {
      name: 'handshake failed',
      facts: pgFacts({ tls: unavailable('The TLS handshake with the server port failed: ECONNRESET.') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail: 'Could not be evaluated: The TLS handshake with the server port failed: ECONNRESET.'
        }
      ]
    }
  ]
});
