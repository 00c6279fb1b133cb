import check from '../../../../src/engines/couchbase/checks/ca-upload.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, community, security } from '../../../helpers/cb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'local only',
      facts: cbFacts(),
      expect: [
        {
          status: 'PASS',
          detail: 'Trusted CAs can be loaded from the node itself only (allowNonLocalCACertUpload false).'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'remote upload allowed',
      facts: cbFacts({ security: security({ allowNonLocalCACertUpload: true }) }),
      expect: [
        {
          status: 'WARN',
          detail:
            'allowNonLocalCACertUpload is true: anyone with security-admin rights can add a trusted CA over the network and have certificates it signs accepted.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'Community Edition: N/A',
      facts: cbFacts({ ...community(), security: security({ allowNonLocalCACertUpload: null }) }),
      expect: [
        { status: 'N/A', detail: 'Community Edition cannot load trusted CAs (Enterprise Edition only).' }
      ]
    },
    {
      name: 'Enterprise without the key: UNKNOWN, never PASS',
      facts: cbFacts({ security: security({ allowNonLocalCACertUpload: null }) }),
      expect: [
        {
          status: 'UNKNOWN',
          detail: 'Could not be evaluated: GET /settings/security did not report allowNonLocalCACertUpload.'
        }
      ]
    }
  ]
});
