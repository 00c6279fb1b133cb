import { info, pass, warn } from '../../../core/check.js';
import { need, unavailable } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCockroachCheck } from './define.js';
import { NETWORK_BOUNDARY_CONTROLS } from '../../../policy/control-sets.js';

/**
 * GET /api/v1/clusters/{id} egress_traffic_policy: DEFAULT_DENY PASS; ALLOW_ALL WARN (backups,
 * changefeeds and exports may reach any destination); others INFO. Advanced only.
 */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/egress-policy',
    title: 'Egress traffic policy',
    dimension: 'Network Security',
    appliesTo: ['cloud'],
    description: 'Advanced clusters deny outbound traffic by default and allow only listed destinations.',
    rationale:
      'With outbound traffic open, a compromised account can copy data out through BACKUP, EXPORT or changefeeds to any destination it chooses.',
    outcomes: ['PASS', 'WARN', 'INFO'],
    remediation: {
      text: 'Set the egress traffic policy to DEFAULT_DENY and add egress rules for the backup, changefeed and export destinations you use.',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/egress-perimeter-controls'
    },
    frameworks: NETWORK_BOUNDARY_CONTROLS
  },
  evaluate(facts) {
    const cluster = need(facts.cloud.cluster);
    if (cluster.plan !== 'ADVANCED')
      return [
        info(msg`Egress perimeter controls need the Advanced plan; this cluster is ${raw(cluster.plan)}.`)
      ];
    const p = cluster.egressTrafficPolicy;
    if (!p) need(unavailable<never>('The Cloud API did not return egress_traffic_policy for this cluster.'));
    if (p === 'DEFAULT_DENY')
      return [pass(msg`Egress traffic policy is DEFAULT_DENY: only listed destinations are reachable.`)];
    if (p === 'ALLOW_ALL')
      return [
        warn(
          msg`Egress traffic policy is ALLOW_ALL: backups, changefeeds and exports may send data to any destination (inferred from the policy's meaning).`
        )
      ];
    return [info(msg`Egress traffic policy is ${raw(p!)}.`)];
  }
});
