import { checkTester } from '../../../helpers/check-tester.js';
import { pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/tls-version.js';

checkTester(check, {
  pass: [
    {
      name: 'TLSv1.2',
      facts: pgFacts(),
      expect: [{ status: 'PASS', detail: 'ssl_min_protocol_version is TLSv1.2.' }]
    },
    {
      name: 'TLSv1.3',
      facts: pgFacts({ settings: { ssl_min_protocol_version: 'TLSv1.3' } }),
      expect: [{ status: 'PASS', detail: 'ssl_min_protocol_version is TLSv1.3.' }]
    }
  ],
  fail: [
    {
      name: 'TLSv1',
      facts: pgFacts({ settings: { ssl_min_protocol_version: 'TLSv1' } }),
      expect: [
        {
          status: 'FAIL',
          detail: 'ssl_min_protocol_version is TLSv1: clients may negotiate TLS older than 1.2.'
        }
      ]
    },
    {
      name: 'TLSv1.1',
      facts: pgFacts({ settings: { ssl_min_protocol_version: 'TLSv1.1' } }),
      expect: [
        {
          status: 'FAIL',
          detail: 'ssl_min_protocol_version is TLSv1.1: clients may negotiate TLS older than 1.2.'
        }
      ]
    },
    {
      name: 'empty (any)',
      facts: pgFacts({ settings: { ssl_min_protocol_version: '' } }),
      expect: [
        {
          status: 'FAIL',
          detail: 'ssl_min_protocol_version is empty (any version): clients may negotiate TLS older than 1.2.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'ssl off',
      facts: pgFacts({ settings: { ssl: 'off', ssl_min_protocol_version: 'TLSv1' } }),
      expect: [{ status: 'N/A', detail: 'ssl is off, so no TLS version is negotiated (see pg/ssl).' }]
    }
  ]
});
