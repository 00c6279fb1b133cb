import check from '../../../../src/engines/couchbase/checks/log-redaction.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, enterpriseOnly } from '../../../helpers/cb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'partial',
      facts: cbFacts(),
      expect: [{ status: 'PASS', detail: 'Log redaction is partial: user data in collected logs is hashed.' }]
    }
  ],
  warn: [
    {
      name: 'none (the default)',
      facts: cbFacts({ logRedaction: available('none') }),
      expect: [
        {
          status: 'WARN',
          detail:
            'logRedactionLevel is none: log bundles collected for support carry document keys and user names in clear.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'Community Edition: N/A',
      facts: cbFacts({ logRedaction: enterpriseOnly('/settings/logRedaction') }),
      expect: [
        {
          status: 'N/A',
          detail: 'Community Edition: GET /settings/logRedaction requires Enterprise Edition.'
        }
      ]
    }
  ]
});
