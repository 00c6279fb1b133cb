import { checkTester } from '../../../helpers/check-tester.js';
import { pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/ssl.js';

checkTester(check, {
  pass: [
    {
      name: 'ssl on',
      facts: pgFacts(),
      expect: [{ status: 'PASS', detail: 'ssl is on: the server accepts TLS connections.' }]
    }
  ],
  fail: [
    {
      name: 'ssl off',
      facts: pgFacts({ settings: { ssl: 'off' } }),
      expect: [
        {
          status: 'FAIL',
          detail: 'ssl is off: every connection, including passwords sent in clear text, travels unencrypted.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'ssl row hidden from an unprivileged login',
      facts: pgFacts({
        settings: { ssl: undefined },
        server: { ...pgFacts().server, canReadAllSettings: false, isSuperuser: false }
      }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: The setting ssl is not visible to this login. Fix: GRANT pg_read_all_settings TO auditor.'
        }
      ]
    }
  ]
});
