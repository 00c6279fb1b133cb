import { defineCheck, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import type { TfFacts } from './facts.js';

/** aws_db_instance / aws_rds_cluster_instance publicly_accessible (default false). */
export default defineCheck<TfFacts<boolean>>({
  meta: {
    id: 'tf/aws-public-access',
    title: 'RDS public accessibility',
    dimension: 'Network Security',
    family: 'open-network',
    appliesTo: ['cloud', 'self-hosted'],
    description: 'The RDS instance has no public IP address (publicly_accessible false).',
    outcomes: ['PASS', 'WARN'],
    rationale:
      'A publicly accessible instance has an internet-facing address; a security group mistake then exposes the database login to the whole internet.',
    remediation: {
      text: 'Set publicly_accessible = false and reach the database from inside the VPC (or through a bastion / VPN).',
      link: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html'
    },
    frameworks: { 'PCI DSS': ['1'], 'SOC 2': ['CC6.6'], 'ISO 27001': ['8.20'] }
  },
  evaluate(facts) {
    return need(facts.value)
      ? [
          warn(
            msg`${facts.address} is publicly accessible: it gets a public IP address and only its security groups stand between it and the internet.`
          )
        ]
      : [pass(msg`${facts.address} is not publicly accessible.`)];
  }
});
