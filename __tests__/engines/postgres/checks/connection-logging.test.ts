import { checkTester } from '../../../helpers/check-tester.js';
import { pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/connection-logging.js';

checkTester(check, {
  pass: [
    {
      name: 'both on',
      facts: pgFacts(),
      expect: [{ status: 'PASS', detail: 'log_connections and log_disconnections are on.' }]
    },
    {
      name: 'PG18 aspect list',
      facts: pgFacts({ settings: { log_connections: 'receipt,authentication,authorization' } }),
      expect: [{ status: 'PASS', detail: 'log_connections and log_disconnections are on.' }]
    }
  ],
  warn: [
    {
      name: 'disconnections off',
      facts: pgFacts({ settings: { log_disconnections: 'off' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'log_disconnections is off (log_connections on, log_disconnections off): sessions cannot be reconstructed from the logs.'
        }
      ]
    },
    {
      name: 'both off',
      facts: pgFacts({ settings: { log_connections: 'off', log_disconnections: 'off' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'log_connections and log_disconnections are off (log_connections off, log_disconnections off): sessions cannot be reconstructed from the logs.'
        }
      ]
    },
    {
      name: 'PG18 receipt only',
      facts: pgFacts({ settings: { log_connections: 'receipt' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'log_connections is off (log_connections receipt, log_disconnections on): sessions cannot be reconstructed from the logs.'
        }
      ]
    }
  ]
});
