import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { database, pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/security-definer.js';

const fn = (name: string, searchPath: string | null, extension: string | null = null) => ({
  schema: 'public',
  name,
  args: 'integer',
  owner: 'app_owner',
  searchPath,
  extension
});

checkTester(check, {
  pass: [
    {
      name: 'none',
      facts: pgFacts(),
      expect: [
        {
          status: 'PASS',
          detail: 'No SECURITY DEFINER function outside an extension lacks a pinned search_path.'
        }
      ]
    },
    {
      name: 'pinned and extension-owned',
      facts: pgFacts({
        databases: available([
          database('app', {
            securityDefiners: available([
              fn('get_user', 'pg_catalog, public, pg_temp'),
              fn('ext_fn', null, 'pg_stat_statements')
            ])
          })
        ])
      }),
      expect: [
        {
          status: 'PASS',
          detail: 'No SECURITY DEFINER function outside an extension lacks a pinned search_path.'
        },
        {
          status: 'INFO',
          detail:
            '2 SECURITY DEFINER functions pin search_path or belong to an extension: app.public.get_user(integer), app.public.ext_fn(integer).'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'unpinned',
      facts: pgFacts({
        databases: available([database('app', { securityDefiners: available([fn('grant_bonus', null)]) })])
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'SECURITY DEFINER function app.public.grant_bonus(integer) owned by app_owner does not pin search_path.',
          object: 'app.public.grant_bonus(integer)'
        }
      ]
    }
  ]
});
