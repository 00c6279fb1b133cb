import { checkTester } from '../../../helpers/check-tester.js';
import { pgFacts } from '../../../helpers/pg-facts.js';
import { attestationLookup } from '../../../../src/core/attestation.js';
import check from '../../../../src/engines/postgres/checks/encryption-at-rest.js';

const at = (status: 'PASS' | 'FAIL' | 'INFO', expires = '2027-03-01') =>
  attestationLookup(
    [
      {
        check: 'pg/encryption-at-rest',
        target: 'prod-pg',
        status,
        evidence: 'LUKS on /var/lib/postgresql, SEC-1234',
        attestedBy: '@alice',
        expires
      }
    ],
    'prod-pg',
    new Date('2026-11-24T12:00:00Z')
  );

checkTester(check, {
  pass: [
    {
      name: 'attested encrypted',
      facts: pgFacts(),
      ctx: { attestation: at('PASS') },
      expect: [
        {
          status: 'PASS',
          detail:
            'Encryption at rest is in place, attested by @alice (LUKS on /var/lib/postgresql, SEC-1234), valid until 2027-03-01.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'attested not enabled',
      facts: pgFacts(),
      ctx: { attestation: at('FAIL') },
      expect: [
        {
          status: 'WARN',
          detail:
            'Encryption at rest is not enabled, attested by @alice (LUKS on /var/lib/postgresql, SEC-1234), valid until 2027-03-01.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'no attestation',
      facts: pgFacts(),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'PostgreSQL has no native encryption at rest and no SQL view shows disk encryption. Fix: attest it in the baseline file (attestations, check pg/encryption-at-rest).'
        }
      ]
    },
    {
      name: 'expired attestation',
      facts: pgFacts(),
      ctx: { attestation: at('PASS', '2026-11-01') },
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'The attestation expired: attested by @alice (LUKS on /var/lib/postgresql, SEC-1234), valid until 2026-11-01. Fix: re-verify and renew it in the baseline file.'
        }
      ]
    },
    {
      name: 'attested informational',
      facts: pgFacts(),
      ctx: { attestation: at('INFO') },
      expect: [
        {
          status: 'INFO',
          detail:
            'Encryption at rest: INFO, attested by @alice (LUKS on /var/lib/postgresql, SEC-1234), valid until 2027-03-01.'
        }
      ]
    }
  ]
});
