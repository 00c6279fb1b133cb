import { msg } from '../../../core/text.js';
import { fromAttestation } from '../attested.js';
import { defineCockroachCheck } from './define.js';

const ID = 'crdb/scim';

/** SCIM provisioning from the identity provider: attestation only (no read API). */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/scim',
    attestable: true,
    title: 'SCIM provisioning',
    dimension: 'Authentication & SSO',
    family: 'scim',
    appliesTo: ['cloud'],
    description:
      'Cloud organization members are provisioned and deprovisioned by the identity provider over SCIM 2.0.',
    rationale:
      'Without SCIM, people who leave or change teams keep their Cloud organization membership until someone removes them by hand, and access reviews drift from the directory.',
    verify:
      'In the identity provider: SCIM provisioning to CockroachDB Cloud enabled, with the last successful sync; attach it as evidence.',
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
