import { defineCheck, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import type { TfFacts } from './facts.js';

/** aws_db_instance / aws_rds_cluster deletion_protection (default false). */
export default defineCheck<TfFacts<boolean>>({
  meta: {
    id: 'tf/aws-deletion-protection',
    title: 'RDS deletion protection',
    dimension: 'Backup & Recovery',
    appliesTo: ['cloud', 'self-hosted'],
    description: 'The database has deletion protection enabled.',
    outcomes: ['PASS', 'WARN'],
    rationale:
      'Without deletion protection one API call, console click or terraform destroy deletes the database.',
    remediation: {
      text: 'Set deletion_protection = true.',
      link: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection'
    },
    frameworks: { 'SOC 2': ['A1.2'], 'ISO 27001': ['8.13'] }
  },
  evaluate(facts) {
    return need(facts.value)
      ? [pass(msg`${facts.address} has deletion protection enabled.`)]
      : [warn(msg`${facts.address} has deletion protection disabled: one API call deletes the database.`)];
  }
});
