import check from '../../../../src/engines/cockroachdb/checks/identity-map.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

checkTester(check, {
  pass: [
    {
      name: 'a mapping',
      facts: crdbFacts(),
      expect: [{ status: 'PASS', detail: 'server.identity_map.configuration maps identities (1 rule).' }]
    },
    {
      name: 'LDAP auto-provisioning',
      facts: crdbFacts({
        settings: { 'security.provisioning.ldap.enabled': 'true', 'server.identity_map.configuration': '' }
      }),
      expect: [
        { status: 'PASS', detail: 'LDAP users are auto-provisioned (security.provisioning.ldap.enabled).' }
      ]
    }
  ],
  fail: [
    {
      name: 'empty',
      facts: crdbFacts({ settings: { 'server.identity_map.configuration': '# none\n' } }),
      expect: [
        {
          status: 'FAIL',
          detail:
            'server.identity_map.configuration is empty and no auto-provisioning is on: external identities must match SQL user names exactly.'
        }
      ]
    }
  ]
});
