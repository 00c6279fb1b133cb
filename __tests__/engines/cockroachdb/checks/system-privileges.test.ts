import check from '../../../../src/engines/cockroachdb/checks/system-privileges.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { u, crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'read-only grants',
      facts: crdbFacts(),
      expect: [
        {
          status: 'INFO',
          detail:
            '1 system grant and role options checked; non-admin holders hold only limited privileges (auditor VIEWCLUSTERSETTING).'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'MODIFYCLUSTERSETTING and VIEWACTIVITY WITH GRANT OPTION; admins are fine',
      facts: crdbFacts({
        systemGrants: available([
          { grantee: 'etl', privilege: 'MODIFYCLUSTERSETTING', grantable: false },
          { grantee: 'app', privilege: 'VIEWACTIVITY', grantable: true },
          { grantee: 'alice', privilege: 'ALL', grantable: true }
        ])
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'User etl holds MODIFYCLUSTERSETTING as a system privilege without being a member of admin.',
          object: 'etl:MODIFYCLUSTERSETTING'
        },
        {
          status: 'WARN',
          detail:
            'User app holds VIEWACTIVITY as a system privilege WITH GRANT OPTION without being a member of admin.',
          object: 'app:VIEWACTIVITY'
        }
      ]
    },
    {
      name: 'role options are privileges SHOW SYSTEM GRANTS does not list; a role passes grants to its members',
      facts: crdbFacts({
        users: available([
          u('admin', [], ['CREATEROLE']),
          u('root', ['admin'], ['CREATEROLE']),
          u('ops', [], ['CREATELOGIN', 'CONTROLJOB']),
          u('dba_role', [], ['NOLOGIN', 'MODIFYCLUSTERSETTING']),
          u('bob', ['dba_role'])
        ]),
        systemGrants: available([
          { grantee: 'dba_role', privilege: 'REPAIRCLUSTER', grantable: false },
          { grantee: 'reader', privilege: 'VIEWSYSTEMTABLE', grantable: false },
          { grantee: 'auditor', privilege: 'VIEWCLUSTERSETTING', grantable: false }
        ])
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Role dba_role holds REPAIRCLUSTER as a system privilege without being a member of admin; login members (who inherit system privileges through the role): bob.',
          object: 'dba_role:REPAIRCLUSTER'
        },
        {
          status: 'WARN',
          detail: 'User reader holds VIEWSYSTEMTABLE as a system privilege without being a member of admin.',
          object: 'reader:VIEWSYSTEMTABLE'
        },
        {
          status: 'WARN',
          detail: 'User ops holds CREATELOGIN as a role option without being a member of admin.',
          object: 'ops:CREATELOGIN'
        },
        {
          status: 'WARN',
          detail: 'User ops holds CONTROLJOB as a role option without being a member of admin.',
          object: 'ops:CONTROLJOB'
        },
        {
          status: 'WARN',
          detail:
            'Role dba_role holds MODIFYCLUSTERSETTING as a role option without being a member of admin; login members (who inherit system privileges through the role): bob.',
          object: 'dba_role:MODIFYCLUSTERSETTING'
        }
      ]
    }
  ]
});
