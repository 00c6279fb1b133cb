import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { database, pgFacts, rule } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/replication.js';

checkTester(check, {
  pass: [
    {
      name: 'no replication',
      facts: pgFacts(),
      expect: [
        {
          status: 'INFO',
          detail: '0 streaming replicas connected, 0 replication slots (0 active), 0 publications.'
        }
      ]
    },
    {
      name: 'TLS replication with a replica and a publication',
      facts: pgFacts({
        replication: available({
          senders: [{ applicationName: 'standby1', clientAddr: '10.0.0.6', state: 'streaming' }],
          slots: [{ name: 'standby1', type: 'physical', active: true }]
        }),
        databases: available([database('app', { publications: available(['cdc']) })]),
        hba: available([rule(1, 'hostssl replication replicator 10.0.0.0/24 scram-sha-256')])
      }),
      expect: [
        {
          status: 'INFO',
          detail: '1 streaming replica connected, 1 replication slot (1 active), 1 publication.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'replication over plain host rule',
      facts: pgFacts({
        hba: available([
          rule(1, 'local replication all peer'),
          rule(2, 'host replication replicator 10.0.0.0/24 scram-sha-256')
        ])
      }),
      expect: [
        {
          status: 'INFO',
          detail: '0 streaming replicas connected, 0 replication slots (0 active), 0 publications.'
        },
        {
          status: 'WARN',
          detail:
            'Replication rule at line 2 (host replication replicator 10.0.0.0/24 scram-sha-256) accepts non-TLS connections from remote addresses.',
          object: 'host replication replicator 10.0.0.0/24 scram-sha-256'
        }
      ]
    }
  ]
});
