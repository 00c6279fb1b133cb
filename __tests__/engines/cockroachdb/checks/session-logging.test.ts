import check from '../../../../src/engines/cockroachdb/checks/session-logging.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'both on',
      facts: crdbFacts(),
      expect: [{ status: 'PASS', detail: 'Connection and session events are logged (SESSIONS channel).' }]
    }
  ],
  warn: [
    {
      name: 'both off',
      facts: crdbFacts({
        settings: {
          'server.auth_log.sql_connections.enabled': 'false',
          'server.auth_log.sql_sessions.enabled': 'false'
        }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'server.auth_log.sql_connections.enabled and server.auth_log.sql_sessions.enabled are off: logins and sessions cannot be reconstructed from the logs.'
        }
      ]
    },
    {
      name: 'sessions off',
      facts: crdbFacts({ settings: { 'server.auth_log.sql_sessions.enabled': 'false' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'server.auth_log.sql_sessions.enabled is off: logins and sessions cannot be reconstructed from the logs.'
        }
      ]
    }
  ]
});
