import check from '../../../../src/engines/couchbase/checks/version.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, node } from '../../../helpers/cb-facts.js';

const cluster = (
  version: string,
  nodeVersions: string[] = [version],
  edition: 'enterprise' | 'community' = 'enterprise'
) => ({
  cluster: {
    name: 'p',
    version,
    edition,
    compat80: nodeVersions.every(v => v.startsWith('8')),
    nodes: nodeVersions.map((v, i) => node(`cb${i + 1}:8091`, { version: v }))
  }
});

checkTester(check, {
  pass: [
    {
      name: 'latest 8.0',
      facts: cbFacts(),
      expect: [
        {
          status: 'INFO',
          detail:
            'Couchbase Server 8.0.1 Enterprise Edition: maintained until 2028-10-31 (release table of 2026-05-18).'
        }
      ]
    },
    {
      name: '7.6.2 Community, behind the latest 7.6',
      facts: cbFacts(cluster('7.6.2-3721-community', ['7.6.2-3721-community'], 'community')),
      expect: [
        {
          status: 'INFO',
          detail:
            'Couchbase Server 7.6.2 Community Edition: maintained until 2027-03-31; 7.6.11 is the latest 7.6 release (release table of 2026-05-18).'
        }
      ]
    },
    {
      name: 'a line newer than the table',
      facts: cbFacts(cluster('8.1.0-100-enterprise')),
      expect: [
        {
          status: 'INFO',
          detail:
            'Couchbase Server 8.1.0 Enterprise Edition: the 8.1 line is not in the release table of 2026-05-18.'
        }
      ]
    }
  ],
  warn: [
    {
      name: '7.2 left maintenance on 2026-07-31; mixed-version cluster named',
      facts: cbFacts(cluster('7.2.4-7070-enterprise', ['7.2.4-7070-enterprise', '7.6.2-3721-enterprise'])),
      expect: [
        {
          status: 'WARN',
          detail:
            'Couchbase Server 7.2.4 Enterprise Edition; nodes run 7.2.4, 7.6.2 (mixed-version cluster): the 7.2 line left maintenance on 2026-07-31 (release table of 2026-05-18).'
        }
      ]
    }
  ]
});
