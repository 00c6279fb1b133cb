import check from '../../../../src/engines/cockroachdb/checks/session-revival-token.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'off (the default)',
      facts: crdbFacts(),
      expect: [
        { status: 'PASS', detail: 'server.user_login.session_revival_token.enabled is off (the default).' }
      ]
    }
  ],
  fail: [
    {
      name: 'on: sessions without a credential',
      facts: crdbFacts({ settings: { 'server.user_login.session_revival_token.enabled': 'true' } }),
      expect: [
        {
          status: 'FAIL',
          detail:
            "server.user_login.session_revival_token.enabled is on: a session revival token opens a new session without a password or certificate (meant only for CockroachDB's Serverless SQL proxy)."
        }
      ]
    }
  ]
});
