import check from '../../../../src/engines/cockroachdb/checks/password-policy.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: '14',
      facts: crdbFacts(),
      expect: [
        {
          status: 'PASS',
          detail:
            'server.user_login.min_password_length is 14, and pre-hashed passwords are refused, so every new password is checked.'
        }
      ]
    },
    {
      name: '14 with pre-hashed passwords allowed, outside production: PASS that says so',
      facts: crdbFacts({
        settings: { 'server.user_login.store_client_pre_hashed_passwords.enabled': 'true' }
      }),
      ctx: { environment: 'staging' },
      expect: [
        {
          status: 'PASS',
          detail:
            'server.user_login.min_password_length is 14, but server.user_login.store_client_pre_hashed_passwords.enabled is on: a client that sends an already hashed password bypasses the minimum length.'
        }
      ]
    }
  ],
  warn: [
    {
      name: '14 with pre-hashed passwords allowed (the default) in production: WARN',
      facts: crdbFacts({
        settings: { 'server.user_login.store_client_pre_hashed_passwords.enabled': 'true' }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'server.user_login.min_password_length is 14, but server.user_login.store_client_pre_hashed_passwords.enabled is on: a client that sends an already hashed password bypasses the minimum length.'
        }
      ]
    },
    {
      name: '10',
      facts: crdbFacts({ settings: { 'server.user_login.min_password_length': '10' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'server.user_login.min_password_length is 10: below the 12 characters PCI DSS 8.3.6 asks for.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'the default 1',
      facts: crdbFacts({ settings: { 'server.user_login.min_password_length': '1' } }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'server.user_login.min_password_length is 1 (the default): passwords of 1 character are accepted.'
        }
      ]
    },
    {
      name: '6',
      facts: crdbFacts({ settings: { 'server.user_login.min_password_length': '6' } }),
      expect: [
        {
          status: 'FAIL',
          detail: 'server.user_login.min_password_length is 6: passwords of 6 characters are accepted.'
        }
      ]
    }
  ]
});
