import { checkTester } from '../../../helpers/check-tester.js';
import { available } from '../../../../src/core/facts.js';
import { pgFacts, POSTGRES, role } from '../../../helpers/pg-facts.js';
import check from '../../../../src/engines/postgres/checks/privileged-roles.js';

const exec = role('pg_execute_server_program', { canLogin: false });
const readFiles = role('pg_read_server_files', { canLogin: false });
const ops = role('ops', { canLogin: false });
const etl = role('etl');
const replicator = role('replicator', { replication: true });
const creator = role('provisioner', { canLogin: false, createRole: true, bypassRls: true });
// A chain of 10 nested roles between a login and pg_execute_server_program: n1 is granted the
// predefined role, n2 is granted n1, ... deep is granted n10.
const nested = Array.from({ length: 10 }, (_, i) => role(`n${i + 1}`, { canLogin: false }));
const deep = role('deep');

checkTester(check, {
  pass: [
    {
      name: 'application roles only',
      facts: pgFacts(),
      expect: [
        {
          status: 'PASS',
          detail:
            'No non-superuser role holds CREATEROLE, BYPASSRLS, REPLICATION or server file/program access.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'attributes on roles',
      facts: pgFacts({ roles: available([POSTGRES, replicator, creator]) }),
      expect: [
        { status: 'WARN', detail: 'Login role replicator has REPLICATION.', object: 'replicator' },
        { status: 'WARN', detail: 'Role provisioner has CREATEROLE, BYPASSRLS.', object: 'provisioner' }
      ]
    },
    {
      name: 'non-login role with server file access',
      facts: pgFacts({
        roles: available([POSTGRES, readFiles, ops]),
        memberships: available([{ roleOid: readFiles.oid, memberOid: ops.oid, adminOption: false }])
      }),
      expect: [{ status: 'WARN', detail: 'Role ops is a member of pg_read_server_files.', object: 'ops' }]
    }
  ],
  fail: [
    {
      name: 'a chain longer than 8 roles is named by its first and last 4',
      facts: pgFacts({
        roles: available([POSTGRES, exec, ...nested, deep]),
        memberships: available([
          { roleOid: exec.oid, memberOid: nested[0].oid, adminOption: false },
          ...nested
            .slice(1)
            .map((r, i) => ({ roleOid: nested[i].oid, memberOid: r.oid, adminOption: false })),
          { roleOid: nested[9].oid, memberOid: deep.oid, adminOption: false }
        ])
      }),
      expect: [
        { status: 'WARN', detail: 'Role n1 is a member of pg_execute_server_program.', object: 'n1' },
        { status: 'WARN', detail: 'Role n2 reaches pg_execute_server_program through n1.', object: 'n2' },
        {
          status: 'WARN',
          detail: 'Role n3 reaches pg_execute_server_program through n2 → n1.',
          object: 'n3'
        },
        {
          status: 'WARN',
          detail: 'Role n4 reaches pg_execute_server_program through n3 → n2 → n1.',
          object: 'n4'
        },
        {
          status: 'WARN',
          detail: 'Role n5 reaches pg_execute_server_program through n4 → n3 → n2 → n1.',
          object: 'n5'
        },
        {
          status: 'WARN',
          detail: 'Role n6 reaches pg_execute_server_program through n5 → n4 → n3 → n2 → n1.',
          object: 'n6'
        },
        {
          status: 'WARN',
          detail: 'Role n7 reaches pg_execute_server_program through n6 → n5 → n4 → n3 → n2 → n1.',
          object: 'n7'
        },
        {
          status: 'WARN',
          detail: 'Role n8 reaches pg_execute_server_program through n7 → n6 → n5 → n4 → n3 → n2 → n1.',
          object: 'n8'
        },
        {
          status: 'WARN',
          detail: 'Role n9 reaches pg_execute_server_program through n8 → n7 → n6 → n5 → n4 → n3 → n2 → n1.',
          object: 'n9'
        },
        {
          status: 'WARN',
          detail:
            'Role n10 reaches pg_execute_server_program through n9 → n8 → n7 → n6 → … 1 more role … → n4 → n3 → n2 → n1.',
          object: 'n10'
        },
        {
          status: 'FAIL',
          detail:
            'Login role deep reaches pg_execute_server_program through n10 → n9 → n8 → n7 → … 2 more roles … → n4 → n3 → n2 → n1 (superuser-equivalent).',
          object: 'deep'
        }
      ]
    },
    {
      name: 'login reaches server programs through nested roles',
      facts: pgFacts({
        roles: available([POSTGRES, exec, ops, etl]),
        memberships: available([
          { roleOid: exec.oid, memberOid: ops.oid, adminOption: false },
          { roleOid: ops.oid, memberOid: etl.oid, adminOption: false }
        ])
      }),
      expect: [
        { status: 'WARN', detail: 'Role ops is a member of pg_execute_server_program.', object: 'ops' },
        {
          status: 'FAIL',
          detail: 'Login role etl reaches pg_execute_server_program through ops (superuser-equivalent).',
          object: 'etl'
        }
      ]
    }
  ]
});
