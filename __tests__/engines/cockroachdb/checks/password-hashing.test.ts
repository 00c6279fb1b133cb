import check from '../../../../src/engines/cockroachdb/checks/password-hashing.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'scram',
      facts: crdbFacts(),
      expect: [{ status: 'PASS', detail: 'Passwords are hashed with scram-sha-256.' }]
    }
  ],
  warn: [
    {
      name: 'bcrypt',
      facts: crdbFacts({ settings: { 'server.user_login.password_encryption': 'crdb-bcrypt' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Passwords are hashed with crdb-bcrypt: clients send the cleartext password at login (use scram-sha-256).'
        }
      ]
    }
  ]
});
