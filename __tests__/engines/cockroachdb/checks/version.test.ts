import check from '../../../../src/engines/cockroachdb/checks/version.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts, denied } from '../../../helpers/crdb-facts.js';
import { cloudNotApplicable } from '../../../../src/engines/cockroachdb/cloud-api.js';

const selfHosted = cloudNotApplicable('Self-hosted deployment: there is no CockroachDB Cloud API to read.');

checkTester(check, {
  pass: [
    {
      name: 'v26.1 supported',
      facts: crdbFacts({ cloud: selfHosted }),
      expect: [
        {
          status: 'INFO',
          detail:
            'CockroachDB v26.1.2, 1 node(s): v26.1 is supported until 2027-08-15 (release table of 2026-05-18).'
        }
      ]
    },
    {
      name: 'cloud header facts',
      facts: crdbFacts(),
      ctx: { deployment: 'cloud' },
      expect: [
        {
          status: 'INFO',
          detail:
            'CockroachDB v26.1.2, ADVANCED on AWS, regions eu-west-1 (3 nodes): v26.1 is supported until 2027-08-15 (release table of 2026-05-18).'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'v25.2 out of support',
      facts: crdbFacts({
        version: available({ full: 'CockroachDB CCL v25.2.4', tag: 'v25.2.4' }),
        cloud: { ...crdbFacts().cloud, cluster: denied('c', 'x') }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'CockroachDB v25.2.4, 1 node(s): v25.2 left maintenance support on 2026-05-12 (release table of 2026-05-18).'
        }
      ]
    }
  ]
});
