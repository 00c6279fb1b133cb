import check from '../../../../src/engines/cockroachdb/checks/version.js';
import { available } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts, denied } from '../../../helpers/crdb-facts.js';
import { cloudNotApplicable } from '../../../../src/engines/cockroachdb/cloud-api.js';

const selfHosted = cloudNotApplicable('Self-hosted deployment: there is no CockroachDB Cloud API to read.');
const at = (tag: string) =>
  crdbFacts({
    version: available({ full: `CockroachDB CCL ${tag}`, tag }),
    cloud: { ...crdbFacts().cloud, cluster: denied('c', 'x') }
  });

// The audit runs on 2026-11-24 (check-tester's AUDITED_AT); dates from docs versions.csv.
checkTester(check, {
  pass: [
    {
      name: 'v26.2 supported',
      facts: crdbFacts({ cloud: selfHosted }),
      expect: [
        {
          status: 'INFO',
          detail:
            'CockroachDB v26.2.1, 1 node: v26.2.1 is supported until 2027-04-27 (release table of 2026-04-27).'
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
            'CockroachDB v26.2.1, ADVANCED on AWS, regions eu-west-1 (3 nodes): v26.2.1 is supported until 2027-04-27 (release table of 2026-04-27).'
        }
      ]
    },
    {
      name: 'v25.2.10 is on the LTS line: supported to 2026-12-17',
      facts: at('v25.2.10'),
      expect: [
        {
          status: 'INFO',
          detail:
            'CockroachDB v25.2.10, 1 node: v25.2.10 (LTS from 25.2.10) is supported until 2026-12-17 (release table of 2026-04-27).'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'v25.2.9 is not LTS: out of support since 2026-05-12',
      facts: at('v25.2.9'),
      expect: [
        {
          status: 'WARN',
          detail:
            'CockroachDB v25.2.9, 1 node: v25.2.9 left maintenance support on 2026-05-12 (release table of 2026-04-27).'
        }
      ]
    },
    {
      name: 'v26.1 innovation release ended 2026-08-02',
      facts: at('v26.1.2'),
      expect: [
        {
          status: 'WARN',
          detail:
            'CockroachDB v26.1.2, 1 node: v26.1.2 (innovation release) left maintenance support on 2026-08-02 (release table of 2026-04-27).'
        }
      ]
    },
    {
      name: 'v24.3.12 LTS ended 2026-05-05',
      facts: at('v24.3.12'),
      expect: [
        {
          status: 'WARN',
          detail:
            'CockroachDB v24.3.12, 1 node: v24.3.12 (LTS from 24.3.12) left maintenance support on 2026-05-05 (release table of 2026-04-27).'
        }
      ]
    },
    {
      name: 'v25.4 ended 2026-11-03',
      facts: at('v25.4.3'),
      expect: [
        {
          status: 'WARN',
          detail:
            'CockroachDB v25.4.3, 1 node: v25.4.3 left maintenance support on 2026-11-03 (release table of 2026-04-27).'
        }
      ]
    }
  ]
});
