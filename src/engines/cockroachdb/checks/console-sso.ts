import { msg } from '../../../core/text.js';
import { fromAttestation } from '../attested.js';
import { defineCockroachCheck } from './define.js';

const ID = 'crdb/console-sso';

/** Cloud Console single sign-on: no API exposes it, so only an attestation settles it. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/console-sso',
    attestable: true,
    title: 'Cloud Console SSO',
    dimension: 'Authentication & SSO',
    family: 'sso',
    appliesTo: ['cloud'],
    description:
      'Cloud Console sign-in goes through the organization SSO (SAML/OIDC) and is enforced for every member.',
    rationale:
      "Console members who sign in with local passwords escape the identity provider's MFA, offboarding and session policy, so a leaver or a phished password keeps control-plane access.",
    verify:
      'In the Cloud Console, Organization > Authentication: SSO configured and required for all members; attach a screenshot or the audit log entry as evidence.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'Configure Cloud Organization SSO (Organization > Authentication), require it for all members, then record an attestation in the baseline file with the evidence.',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/configure-cloud-org-sso'
    },
    frameworks: {
      'SOC 2': ['CC6.1', 'CC6.2'],
      'ISO 27001': ['5.15', '8.5'],
      HIPAA: ['164.312(d)'],
      'PCI DSS': ['8']
    }
  },
  evaluate(_facts, ctx) {
    return fromAttestation(
      ID,
      ctx,
      {
        PASS: 'Console SSO is enforced',
        WARN: 'Console SSO is enabled but not enforced',
        FAIL: 'Console SSO is not configured'
      },
      msg`No Cloud API exposes the Console SSO configuration.`
    );
  }
});
