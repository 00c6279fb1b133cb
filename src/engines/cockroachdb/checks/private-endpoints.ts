import { info, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, plural, raw } from '../../../core/text.js';
import { defineCockroachCheck } from './define.js';
import { NETWORK_BOUNDARY_CONTROLS } from '../../../policy/control-sets.js';

/** Private connectivity by plan: Advanced expects an available private endpoint connection. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/private-endpoints',
    title: 'Private endpoints',
    dimension: 'Network Security',
    family: 'private-endpoints',
    appliesTo: ['cloud'],
    description:
      'Applications reach the cluster over a private endpoint (PrivateLink / Private Service Connect) rather than the internet.',
    rationale:
      'Applications that reach the cluster over the internet expose its endpoint to anyone who can resolve it; the allowlist and passwords are then the only barrier.',
    outcomes: ['PASS', 'WARN', 'INFO'],
    remediation: {
      text: 'Create a private endpoint service for each region and connect your VPCs (Networking > Private endpoint); then remove public allowlist entries.',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/connect-to-your-cluster#establish-private-connectivity'
    },
    frameworks: NETWORK_BOUNDARY_CONTROLS
  },
  evaluate(facts) {
    const cluster = need(facts.cloud.cluster);
    if (cluster.plan === 'BASIC') return [info(msg`Private endpoints are not available on the Basic plan.`)];
    const pe = need(facts.cloud.privateEndpoints);
    const availableConns = pe.connections.filter(c => c.status === 'STATUS_AVAILABLE');
    const egress = facts.cloud.egress.ok
      ? `; ${plural(facts.cloud.egress.value.endpoints.length, 'egress private endpoint')}`
      : '; egress endpoints unknown';
    const policy = cluster.egressTrafficPolicy
      ? `, egress traffic policy ${cluster.egressTrafficPolicy}`
      : '';
    const tail = `${egress}${policy}`;
    if (availableConns.length > 0) {
      return [
        pass(
          msg`${raw(plural(availableConns.length, 'private endpoint connection'))} available (${raw(availableConns.map(c => c.region).join(', '))})${raw(tail)}.`
        )
      ];
    }
    const pending = pe.connections.length
      ? ` (${pe.connections.map(c => `${c.endpointId} ${c.status}`).join(', ')})`
      : '';
    if (cluster.plan === 'ADVANCED') {
      return [
        warn(
          msg`No private endpoint connection is available${raw(pending)}: clients reach the cluster over the internet${raw(tail)}.`
        )
      ];
    }
    return [
      info(
        msg`No private endpoint connection${raw(pending)}; private endpoints are available on the ${raw(cluster.plan)} plan${raw(tail)}.`
      )
    ];
  }
});
