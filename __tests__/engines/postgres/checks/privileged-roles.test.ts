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
