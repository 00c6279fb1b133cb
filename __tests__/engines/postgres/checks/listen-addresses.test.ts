import { checkTester } from '../../../helpers/check-tester.js';
import { pgFacts, denied } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/listen-addresses.js';

checkTester(check, {
  pass: [
    {
      name: 'specific address',
      facts: pgFacts(),
      expect: [
        {
          status: 'PASS',
          detail: 'listen_addresses is 10.0.0.5: the server listens only on named addresses.'
        }
      ]
    },
    {
      name: 'localhost only',
      facts: pgFacts({ settings: { listen_addresses: 'localhost' } }),
      expect: [
        {
          status: 'PASS',
          detail: 'listen_addresses is localhost: the server listens only on named addresses.'
        }
      ]
    },
    {
      name: 'sockets only',
      facts: pgFacts({ settings: { listen_addresses: '' } }),
      expect: [
        { status: 'PASS', detail: 'listen_addresses is empty: only Unix-socket connections are accepted.' }
      ]
    }
  ],
  warn: [
    {
      name: 'star',
      facts: pgFacts({ settings: { listen_addresses: '*' } }),
      expect: [
        {
          status: 'WARN',
          detail: 'listen_addresses is *: the server accepts TCP connections on every interface.'
        }
      ]
    },
    {
      name: 'wildcard among others',
      facts: pgFacts({ settings: { listen_addresses: 'localhost, 0.0.0.0' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'listen_addresses is localhost, 0.0.0.0: the server accepts TCP connections on every interface.'
        }
      ]
    },
    {
      name: 'ipv6 any',
      facts: pgFacts({ settings: { listen_addresses: '::' } }),
      expect: [
        {
          status: 'WARN',
          detail: 'listen_addresses is ::: the server accepts TCP connections on every interface.'
        }
      ]
    }
  ],
  other: [
    {
      name: 'settings unreadable',
      facts: pgFacts({ settingsFact: denied('pg_settings') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail: 'Could not be evaluated: pg_settings could not be read: permission denied.'
        }
      ]
    }
  ]
});
