import { checkTester } from '../../../helpers/check-tester.js';
import { pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/port.js';

checkTester(check, {
  pass: [
    {
      name: 'custom port',
      facts: pgFacts(),
      expect: [{ status: 'PASS', detail: 'The server uses port 5433, not the default 5432.' }]
    }
  ],
  other: [
    {
      name: 'default port',
      facts: pgFacts({ settings: { port: '5432' } }),
      expect: [{ status: 'INFO', detail: 'The server uses the default port 5432.' }]
    }
  ]
});
