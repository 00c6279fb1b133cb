import check from '../../../../src/engines/cockroachdb/checks/scim.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'attested PASS',
      facts: crdbFacts(),
      ctx: {
        deployment: 'cloud',
        ...{
          attestation: () => ({
            state: 'active',
            attestation: {
              check: 'crdb/scim',
              target: 'prod',
              status: 'PASS',
              evidence: 'SEC-1',
              attestedBy: '@alice',
              expires: '2027-02-01'
            }
          })
        }
      },
      expect: [
        {
          status: 'PASS',
          detail:
            'SCIM provisioning is enabled and connected, attested by @alice (SEC-1), valid until 2027-02-01.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'attested FAIL',
      facts: crdbFacts(),
      ctx: {
        deployment: 'cloud',
        ...{
          attestation: () => ({
            state: 'active',
            attestation: {
              check: 'crdb/scim',
              target: 'prod',
              status: 'FAIL',
              evidence: 'SEC-1',
              attestedBy: '@alice',
              expires: '2027-02-01'
            }
          })
        }
      },
      expect: [
        {
          status: 'FAIL',
          detail: 'SCIM provisioning is not set up, attested by @alice (SEC-1), valid until 2027-02-01.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'expired attestation: UNKNOWN again',
      facts: crdbFacts(),
      ctx: {
        deployment: 'cloud',
        ...{
          attestation: () => ({
            state: 'expired',
            attestation: {
              check: 'crdb/scim',
              target: 'prod',
              status: 'PASS',
              evidence: 'SEC-1',
              attestedBy: '@alice',
              expires: '2026-11-01'
            }
          })
        }
      },
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'The attestation expired: attested by @alice (SEC-1), valid until 2026-11-01. Fix: re-verify and renew it in the baseline file.'
        }
      ]
    },
    {
      name: 'no attestation: UNKNOWN',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'No Cloud API exposes whether SCIM provisioning is connected. Fix: attest it in the baseline file (attestations, check crdb/scim).'
        }
      ]
    }
  ]
});
