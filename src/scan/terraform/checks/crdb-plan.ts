import { defineCheck, info } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { TfFacts } from './facts.js';

const MISSING: Record<string, string> = {
  BASIC: 'CMEK, private endpoints and log export are not available on it',
  STANDARD: 'CMEK and private network visibility need the Advanced plan',
  ADVANCED: 'CMEK, private endpoints and log export are all available'
};

/** The cockroach_cluster plan: which Cloud security features the cluster can use at all. */
export default defineCheck<TfFacts<string>>({
  meta: {
    id: 'tf/crdb-plan',
    title: 'Cluster plan',
    dimension: 'Cluster Configuration',
    appliesTo: ['cloud', 'self-hosted'],
    description: 'Evidence: the CockroachDB Cloud plan the cluster is created on, and what it rules out.',
    outcomes: ['INFO'],
    rationale:
      'The plan decides which Cloud security controls exist at all: on a lower plan CMEK, private endpoints or log export cannot be turned on later without a migration.',
    remediation: {
      text: 'Choose the Advanced plan (dedicated {}) where CMEK, private network visibility or log export is required.',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/plan-your-cluster'
    },
    frameworks: {}
  },
  evaluate(facts) {
    const plan = need(facts.value);
    return [
      info(msg`${facts.address} is on the ${plan} plan: ${raw(MISSING[plan] ?? 'an unrecognised plan')}.`)
    ];
  }
});
