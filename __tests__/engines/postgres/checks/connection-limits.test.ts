import { checkTester } from '../../../helpers/check-tester.js';
import { pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/connection-limits.js';

checkTester(check, {
  pass: [
    {
      name: 'defaults',
      facts: pgFacts(),
      expect: [
        {
          status: 'INFO',
          detail: 'max_connections 100, shared_buffers 128MB, work_mem 4MB, superuser_reserved_connections 3.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'over the ceiling',
      facts: pgFacts({ settings: { max_connections: '2000' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'max_connections 2000, shared_buffers 128MB, work_mem 4MB, superuser_reserved_connections 3: more than 500 direct connections; use a connection pooler.'
        }
      ]
    },
    {
      name: 'work_mem times connections exceeds memory',
      facts: pgFacts({ settings: { max_connections: '400', work_mem: ['65536', 'kB'] } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'max_connections 400, shared_buffers 128MB, work_mem 64MB, superuser_reserved_connections 3: 400 connections × work_mem could use 25GB, over twice the ~512MB of RAM implied by shared_buffers.'
        }
      ]
    }
  ]
});
