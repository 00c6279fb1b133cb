import { checkTester } from '../../../helpers/check-tester.js';
import { pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/log-line-prefix.js';

checkTester(check, {
  pass: [
    {
      name: 'complete prefix',
      facts: pgFacts(),
      expect: [
        {
          status: 'PASS',
          detail: 'log_line_prefix %m [%p] %q%u@%d from %h  records time, user, database, client and process.'
        }
      ]
    },
    {
      name: 'padded escapes',
      facts: pgFacts({ settings: { log_line_prefix: '%t %-10u %d %r %c ' } }),
      expect: [
        {
          status: 'PASS',
          detail: 'log_line_prefix %t %-10u %d %r %c  records time, user, database, client and process.'
        }
      ]
    },
    {
      name: 'jsonlog only',
      facts: pgFacts({ settings: { log_line_prefix: '%m ', log_destination: 'jsonlog' } }),
      expect: [
        {
          status: 'PASS',
          detail: 'Logs go to jsonlog, which record time, user, database, client and process in every entry.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'PG default prefix',
      facts: pgFacts({ settings: { log_line_prefix: '%m [%p] ' } }),
      expect: [
        {
          status: 'WARN',
          detail: 'log_line_prefix %m [%p]  lacks user (%u), database (%d), client (%h or %r).'
        }
      ]
    },
    {
      name: 'literal percent is not an escape',
      facts: pgFacts({ settings: { log_line_prefix: '%%u %t %p %d %h' } }),
      expect: [{ status: 'WARN', detail: 'log_line_prefix %%u %t %p %d %h lacks user (%u).' }]
    },
    {
      name: 'stderr alongside csvlog still needs the prefix',
      facts: pgFacts({ settings: { log_line_prefix: '', log_destination: 'stderr,csvlog' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'log_line_prefix  lacks time (%t, %m or %n), user (%u), database (%d), client (%h or %r), process or session (%p or %c).'
        }
      ]
    }
  ]
});
