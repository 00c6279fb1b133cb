import { defineCheck, fail, pass } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw, type Text } from '../../../core/text.js';
import type { TfFacts } from './facts.js';

/**
 * A password written into the repository: a literal, a variable's literal default, or a plan file
 * holding it. The value itself is never read into any message.
 */
export default defineCheck<TfFacts<{ attr: string; literal: boolean; where: Text }>>({
  meta: {
    id: 'tf/literal-password',
    title: 'Password committed to the repository',
    dimension: 'Authentication',
    appliesTo: ['cloud', 'self-hosted'],
    description:
      'No database password is written in the configuration; it comes from a secret store or a variable without a default.',
    outcomes: ['PASS', 'FAIL'],
    rationale:
      'A password in the repository is readable to everyone with read access and stays in the git history after it is removed.',
    remediation: {
      text: 'Rotate the password (it is in the git history), then take it from a secret manager, a random_password resource or a sensitive variable without a default.',
      link: 'https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output'
    },
    frameworks: { 'SOC 2': ['CC6.1'], 'PCI DSS': ['8'], 'ISO 27001': ['5.17'] }
  },
  evaluate(facts) {
    const v = need(facts.value);
    if (v.literal)
      return [
        fail(
          msg`${facts.address}.${raw(v.attr)} is a literal password ${raw(v.where)}: the secret is in the repository.`
        )
      ];
    return [pass(msg`${facts.address}.${raw(v.attr)} comes from ${v.where}, not from the repository.`)];
  }
});
