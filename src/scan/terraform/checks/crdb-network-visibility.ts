import { defineCheck, info, notApplicable, pass } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import type { TfFacts } from './facts.js';

/**
 * cockroach_cluster dedicated.private_network_visibility: PRIVATE clusters have no public endpoint,
 * so an allowlist entry exposes nothing to the internet (the Cloud API's network_visibility).
 */
export default defineCheck<TfFacts<{ plan: string; private: boolean }>>({
  meta: {
    id: 'tf/crdb-network-visibility',
    title: 'Cluster network visibility',
    dimension: 'Network Security',
    appliesTo: ['cloud', 'self-hosted'],
    description: 'An Advanced cluster is created with private network visibility (no public endpoint).',
    outcomes: ['PASS', 'INFO', 'N/A'],
    rationale:
      'A cluster with a public endpoint is reachable from the internet wherever the allowlist allows; one broad entry exposes the SQL port.',
    remediation: {
      text: 'Set dedicated { private_network_visibility = true } on the cockroach_cluster and connect clients over private endpoints.',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/network-authorization'
    },
    frameworks: { 'SOC 2': ['CC6.6'], 'ISO 27001': ['8.20'] }
  },
  evaluate(facts) {
    const v = need(facts.value);
    if (v.plan !== 'ADVANCED')
      return [
        notApplicable(
          msg`Network visibility is chosen only on Advanced clusters; ${facts.address} is ${v.plan}.`
        )
      ];
    if (v.private)
      return [
        pass(msg`${facts.address} has private network visibility: the cluster has no public endpoint.`)
      ];
    return [
      info(
        msg`${facts.address} has public network visibility: the IP allowlist alone decides who reaches the cluster from the internet.`
      )
    ];
  }
});
