import { defineCheck, fail, pass } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import type { TfFacts } from './facts.js';

/** rds.force_ssl in an RDS / Aurora PostgreSQL parameter group: 1 refuses connections without TLS. */
export default defineCheck<TfFacts<{ value: string; source: string }>>({
  meta: {
    id: 'tf/rds-force-ssl',
    title: 'RDS requires TLS',
    dimension: 'Encryption',
    family: 'encryption-in-transit',
    appliesTo: ['cloud', 'self-hosted'],
    description: 'The parameter group sets rds.force_ssl to 1, so every client connection uses TLS.',
    outcomes: ['PASS', 'FAIL'],
    rationale:
      'Without rds.force_ssl a client may connect without TLS, and its password and data cross the network in clear text.',
    remediation: {
      text: 'Add parameter { name = "rds.force_ssl" value = "1" } to the parameter group.',
      link: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html'
    },
    frameworks: { 'PCI DSS': ['4'], HIPAA: ['164.312(e)(1)'], 'SOC 2': ['CC6.7'], GDPR: ['Art. 32'] }
  },
  evaluate(facts) {
    const v = need(facts.value);
    if (v.value.trim() === '1')
      return [
        pass(
          msg`${facts.address} sets rds.force_ssl to 1 (${v.source}): connections without TLS are refused.`
        )
      ];
    return [
      fail(msg`${facts.address} has rds.force_ssl ${v.value} (${v.source}): clients may connect without TLS.`)
    ];
  }
});
