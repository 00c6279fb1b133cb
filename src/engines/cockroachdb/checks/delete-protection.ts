import { pass, warn } from '../../../core/check.js';
import { need, unavailable } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCockroachCheck } from './define.js';

/** GET /api/v1/clusters/{id} delete_protection: ENABLED PASS; DISABLED WARN. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/delete-protection',
    title: 'Delete protection',
    dimension: 'Backup & Recovery',
    appliesTo: ['cloud'],
    description: 'The Cloud cluster has delete protection enabled.',
    rationale:
      'Without delete protection one API call or Console click by a compromised or mistaken administrator destroys the cluster and its data.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'Enable delete protection on the cluster (PATCH /api/v1/clusters/{id} with delete_protection ENABLED, or the Console).',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/cluster-management'
    },
    frameworks: { 'SOC 2': ['A1.2'], 'ISO 27001': ['8.13'] }
  },
  evaluate(facts) {
    const cluster = need(facts.cloud.cluster);
    const dp = cluster.deleteProtection;
    if (!dp) need(unavailable<never>('The Cloud API did not return delete_protection for this cluster.'));
    if (dp === 'ENABLED') return [pass(msg`Delete protection is ENABLED.`)];
    return [
      warn(
        msg`Delete protection is ${raw(dp!)}: one API call or Console click deletes the cluster and its managed backups.`
      )
    ];
  }
});
