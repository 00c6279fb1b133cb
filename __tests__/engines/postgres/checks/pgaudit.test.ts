import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import type { RoleSetting } from '../../../../src/engines/postgres/facts.js';
import { denied, pgFacts } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/pgaudit.js';

const notLoaded = {
  shared_preload_libraries: 'passwordcheck',
  'pgaudit.log': undefined,
  'pgaudit.log_parameter': undefined
};

checkTester(check, {
  pass: [
    {
      name: 'ddl, write, role',
      facts: pgFacts(),
      expect: [
        {
          status: 'PASS',
          detail:
            'pgaudit is loaded; pgaudit.log ddl, write, role covers ddl, write and role, no override lowers it, and log_parameter is off.'
        }
      ]
    },
    {
      name: 'all is a pass',
      facts: pgFacts({ settings: { 'pgaudit.log': 'ALL' } }),
      expect: [
        {
          status: 'PASS',
          detail:
            'pgaudit is loaded; pgaudit.log ALL covers ddl, write and role, no override lowers it, and log_parameter is off.'
        }
      ]
    },
    {
      name: 'all minus misc',
      facts: pgFacts({ settings: { 'pgaudit.log': 'all, -misc' } }),
      expect: [
        {
          status: 'PASS',
          detail:
            'pgaudit is loaded; pgaudit.log all, -misc covers ddl, write and role, no override lowers it, and log_parameter is off.'
        }
      ]
    },
    {
      name: 'override that keeps the classes',
      facts: pgFacts({
        roleSettings: available([
          { role: 'etl', database: null, settings: { 'pgaudit.log': 'ddl,write,role,read' } }
        ])
      }),
      expect: [
        {
          status: 'PASS',
          detail:
            'pgaudit is loaded; pgaudit.log ddl, write, role covers ddl, write and role, no override lowers it, and log_parameter is off.'
        }
      ]
    }
  ],
  fail: [
    {
      name: 'not preloaded, no statement logging',
      facts: pgFacts({
        settings: { ...notLoaded, log_statement: 'none' },
        pgauditPlaceholder: available(null)
      }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'pgaudit is not in shared_preload_libraries and log_statement is none: no audit trail of statements exists.'
        }
      ]
    },
    {
      name: 'configured but not loaded (the SHOW placeholder trap)',
      facts: pgFacts({
        settings: { ...notLoaded, log_statement: 'none' },
        pgauditPlaceholder: available('all')
      }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'pgaudit is not in shared_preload_libraries and log_statement is none: no audit trail of statements exists. pgaudit.log is set to all, but without the library that value is an inert placeholder.'
        }
      ]
    },
    {
      name: 'pgauditlogtofile is not pgaudit',
      facts: pgFacts({
        settings: { ...notLoaded, shared_preload_libraries: 'pgauditlogtofile', log_statement: 'none' },
        pgauditPlaceholder: available(null)
      }),
      expect: [
        {
          status: 'FAIL',
          detail:
            "pgaudit is not in shared_preload_libraries and log_statement is none: no audit trail of statements exists. (pgauditlogtofile is preloaded, but it only redirects pgaudit's output.)"
        }
      ]
    },
    {
      name: 'listed but no settings rows',
      facts: pgFacts({ settings: { 'pgaudit.log': undefined, 'pgaudit.log_parameter': undefined } }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'pgaudit is listed in shared_preload_libraries but not loaded: pg_settings has no pgaudit.* rows.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'statement logging only',
      facts: pgFacts({
        settings: { ...notLoaded, log_statement: 'ddl' },
        pgauditPlaceholder: available(null)
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'pgaudit is not in shared_preload_libraries; only log_statement = ddl records statements (no role class, no object auditing).'
        }
      ]
    },
    {
      name: 'minus ddl',
      facts: pgFacts({ settings: { 'pgaudit.log': 'all, -ddl' } }),
      expect: [
        {
          status: 'WARN',
          detail: 'pgaudit.log is all, -ddl: the ddl class is not audited.',
          object: 'pgaudit.log'
        }
      ]
    },
    {
      name: 'none',
      facts: pgFacts({ settings: { 'pgaudit.log': 'none' } }),
      expect: [
        {
          status: 'WARN',
          detail: 'pgaudit.log is none: the ddl, write, role classes are not audited.',
          object: 'pgaudit.log'
        }
      ]
    },
    {
      name: 'role and database overrides that lower it, and log_parameter',
      facts: pgFacts({
        settings: { 'pgaudit.log_parameter': 'on' },
        roleSettings: available<RoleSetting[]>([
          { role: 'etl', database: null, settings: { 'pgaudit.log': 'none' } },
          { role: null, database: 'analytics', settings: { 'pgaudit.log': 'read, ddl' } },
          { role: 'app', database: 'app', settings: { 'pgaudit.log_parameter': 'on' } },
          { role: 'bad', database: null, settings: { 'pgaudit.log': 'ddl, bogus' } }
        ])
      }),
      expect: [
        {
          status: 'WARN',
          detail: 'pgaudit.log_parameter is on: bind parameters, including secrets, are written to the logs.',
          object: 'pgaudit.log_parameter'
        },
        {
          status: 'WARN',
          detail: 'The override pgaudit.log = none for role etl stops auditing ddl, write, role.',
          object: 'role:etl'
        },
        {
          status: 'WARN',
          detail: 'The override pgaudit.log = read, ddl for database analytics stops auditing write, role.',
          object: 'database:analytics'
        },
        {
          status: 'WARN',
          detail: 'pgaudit.log_parameter is on for role app in database app: bind parameters reach the logs.',
          object: 'role:app@database:app'
        },
        {
          status: 'WARN',
          detail:
            'The pgaudit.log override ddl, bogus for role bad has invalid classes bogus, so PostgreSQL ignores it.',
          object: 'role:bad'
        }
      ]
    }
  ],
  other: [
    {
      name: 'settings hidden from an unprivileged login',
      facts: pgFacts({
        settings: { 'pgaudit.log': undefined, 'pgaudit.log_parameter': undefined },
        server: { ...pgFacts().server, isSuperuser: false, canReadAllSettings: false }
      }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: pgaudit is in shared_preload_libraries but its pgaudit.* settings are not visible to this login. Fix: GRANT pg_read_all_settings TO auditor.'
        }
      ]
    },
    {
      name: 'overrides unreadable',
      facts: pgFacts({ roleSettings: denied('pg_db_role_setting') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Per-role and per-database overrides could not be read: pg_db_role_setting could not be read: permission denied.',
          object: 'overrides'
        }
      ]
    }
  ]
});
