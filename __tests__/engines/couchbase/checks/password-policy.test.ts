import check from '../../../../src/engines/couchbase/checks/password-policy.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts } from '../../../helpers/cb-facts.js';

const policy = (minLength: number, all = false) =>
  available({
    minLength,
    enforceUppercase: all,
    enforceLowercase: all,
    enforceDigits: all,
    enforceSpecialChars: all
  });

checkTester(check, {
  pass: [
    {
      name: '14 characters, every class',
      facts: cbFacts(),
      expect: [
        {
          status: 'PASS',
          detail: 'Minimum password length 14; enforces uppercase, lowercase, digits, special characters.'
        }
      ]
    },
    {
      name: 'exactly 12',
      facts: cbFacts({ passwordPolicy: policy(12) }),
      expect: [{ status: 'PASS', detail: 'Minimum password length 12; enforces no character class.' }]
    }
  ],
  warn: [
    {
      name: '8 characters',
      facts: cbFacts({ passwordPolicy: policy(8, true) }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Minimum password length 8; enforces uppercase, lowercase, digits, special characters: below the 12 characters PCI DSS 8.3.6 asks for.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'the default 6',
      facts: cbFacts({ passwordPolicy: policy(6) }),
      expect: [
        {
          status: 'FAIL',
          detail: 'Minimum password length 6; enforces no character class: far below 12 characters.'
        }
      ]
    },
    {
      name: '0 allows empty passwords',
      facts: cbFacts({ passwordPolicy: policy(0) }),
      expect: [
        {
          status: 'FAIL',
          detail: 'Minimum password length 0; enforces no character class: empty passwords are allowed.'
        }
      ]
    }
  ]
});
