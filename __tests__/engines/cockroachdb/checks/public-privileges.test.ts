import check from '../../../../src/engines/cockroachdb/checks/public-privileges.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'defaults only',
      facts: crdbFacts(),
      expect: [
        {
          status: 'PASS',
          detail: "public holds only CockroachDB's default grants in the 1 database audited."
        }
      ]
    },
    {
      name: 'a real default cluster: CONNECT, USAGE and CREATE on public, pg_temp rows, external connections once',
      facts: crdbFacts({
        publicGrants: available(
          ['defaultdb', 'postgres', 'app'].flatMap(db => [
            {
              database: db,
              schema: null,
              object: null,
              objectType: 'database',
              privilege: 'CONNECT',
              grantable: false
            },
            {
              database: db,
              schema: 'public',
              object: null,
              objectType: 'schema',
              privilege: 'USAGE',
              grantable: false
            },
            {
              database: db,
              schema: 'public',
              object: null,
              objectType: 'schema',
              privilege: 'CREATE',
              grantable: false
            },
            {
              database: db,
              schema: 'pg_temp_1_1',
              object: null,
              objectType: 'schema',
              privilege: 'CREATE',
              grantable: false
            }
          ])
        )
      }),
      expect: [
        {
          status: 'PASS',
          detail: "public holds only CockroachDB's default grants in the 3 databases audited."
        },
        {
          status: 'INFO',
          detail:
            'By default public may create objects in schema public (sql.auth.public_schema_create_privilege.enabled): app, defaultdb, postgres; revoke it where only owners should create objects.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'SELECT on a table',
      facts: crdbFacts({
        publicGrants: available([
          {
            database: 'crm',
            schema: 'public',
            object: 'customers',
            objectType: 'table',
            privilege: 'SELECT',
            grantable: false
          },
          {
            database: 'crm',
            schema: 'public',
            object: 'customers',
            objectType: 'table',
            privilege: 'UPDATE',
            grantable: false
          }
        ])
      }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'table crm.public.customers grants SELECT, UPDATE to public: every user can read or change it.',
          object: 'crm.public.customers'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'CREATE on another schema; an external connection reported once',
      facts: crdbFacts({
        publicGrants: available([
          {
            database: 'app',
            schema: 'reports',
            object: null,
            objectType: 'schema',
            privilege: 'CREATE',
            grantable: false
          },
          ...['app', 'defaultdb'].map(db => ({
            database: db,
            schema: null,
            object: 'backup_bucket',
            objectType: 'external_connection',
            privilege: 'USAGE',
            grantable: false
          }))
        ])
      }),
      expect: [
        {
          status: 'WARN',
          detail: "schema app.reports grants CREATE to public, beyond CockroachDB's default grants.",
          object: 'app.reports'
        },
        {
          status: 'WARN',
          detail:
            "external connection backup_bucket grants USAGE to public, beyond CockroachDB's default grants.",
          object: 'backup_bucket'
        }
      ]
    }
  ]
});
