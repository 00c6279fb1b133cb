import { checkTester } from '../../../helpers/check-tester.js';
import { pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/password-encryption.js';

checkTester(check, {
  pass: [
    {
      name: 'scram',
      facts: pgFacts(),
      expect: [{ status: 'PASS', detail: 'password_encryption is scram-sha-256.' }]
    }
  ],
  warn: [
    {
      name: 'md5',
      facts: pgFacts({ settings: { password_encryption: 'md5' } }),
      expect: [
        { status: 'WARN', detail: 'password_encryption is md5: new passwords are stored as weak MD5 hashes.' }
      ]
    }
  ]
});
