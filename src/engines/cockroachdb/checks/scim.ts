import { defineCheck } from '../../../core/check.js';
import { msg } from '../../../core/text.js';
import type { CrdbFacts } from '../facts.js';
import { fromAttestation } from '../attested.js';

const ID = 'crdb/scim';

/** SCIM provisioning from the identity provider: attestation only (no read API). */
export default defineCheck<CrdbFacts>({
  meta: {
    id: 'crdb/scim',
    attestable: true,
    title: 'SCIM provisioning',
    dimension: 'Authentication & SSO',
    family: 'scim',
    appliesTo: ['cloud'],
    description:
      'Cloud organization members are provisioned and deprovisioned by the identity provider over SCIM 2.0.',
    outcomes: ['PASS', 'FAIL'],
    remediation: {
      text: 'Enable SCIM provisioning with an ORG_ADMIN service account token in your identity provider, then record an attestation in the baseline file.',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/configure-scim-provisioning'
    },
    frameworks: { 'SOC 2': ['CC6.2', 'CC6.3'], 'ISO 27001': ['5.15'] }
  },
  evaluate(_facts, ctx) {
    return fromAttestation(
      ID,
      ctx,
      {
        PASS: 'SCIM provisioning is enabled and connected',
        WARN: 'SCIM provisioning is partly set up',
        FAIL: 'SCIM provisioning is not set up'
      },
      msg`No Cloud API exposes whether SCIM provisioning is connected.`
    );
  }
});
