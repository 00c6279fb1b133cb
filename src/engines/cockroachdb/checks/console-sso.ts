import { defineCheck } from '../../../core/check.js';
import { msg } from '../../../core/text.js';
import type { CrdbFacts } from '../facts.js';
import { fromAttestation } from '../attested.js';

const ID = 'crdb/console-sso';

/** Cloud Console single sign-on: no API exposes it, so only an attestation settles it. */
export default defineCheck<CrdbFacts>({
  meta: {
    id: 'crdb/console-sso',
    attestable: true,
    title: 'Cloud Console SSO',
    dimension: 'Authentication & SSO',
    family: 'sso',
    appliesTo: ['cloud'],
    description:
      'Cloud Console sign-in goes through the organization SSO (SAML/OIDC) and is enforced for every member.',
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
