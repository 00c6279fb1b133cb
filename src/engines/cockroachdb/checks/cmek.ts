import { defineCheck, fail, info, pass } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { CrdbFacts } from '../facts.js';

/** CMEK on Advanced with the Advanced Security add-on; INFO where the plan cannot use it. */
export default defineCheck<CrdbFacts>({
  meta: {
    id: 'crdb/cmek',
    title: 'Customer-managed encryption keys',
    dimension: 'Encryption',
    family: 'cmek',
    appliesTo: ['cloud'],
    description:
      'Advanced clusters with the Advanced Security add-on encrypt data with a customer-managed key (CMEK).',
    outcomes: ['PASS', 'FAIL', 'INFO'],
    remediation: {
      text: 'Create a KMS key, grant the cluster principal access and enable CMEK (PUT /api/v1/clusters/{id}/cmek or the Console); requires Advanced with the Advanced Security add-on.',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/cmek'
    },
    frameworks: { HIPAA: ['164.312(a)(2)(iv)'], 'PCI DSS': ['3'], GDPR: ['Art. 32'], 'ISO 27001': ['8.24'] }
  },
  evaluate(facts) {
    const cluster = need(facts.cloud.cluster);
    if (cluster.plan !== 'ADVANCED') {
      return [
        info(
          msg`CMEK needs the Advanced plan with the Advanced Security add-on; this cluster is ${raw(cluster.plan)}.`
        )
      ];
    }
    const cmek = need(facts.cloud.cmek);
    if (cmek.status === 'UNAVAILABLE') {
      return [
        info(
          msg`CMEK is not available to this Advanced cluster (the Advanced Security add-on is not enabled).`
        )
      ];
    }
    const regions = cmek.regions.length
      ? ` (${cmek.regions.map(r => `${r.region} ${r.status}`).join(', ')})`
      : '';
    if (['ENABLED', 'ROTATING', 'ENABLING'].includes(cmek.status))
      return [pass(msg`CMEK is ${raw(cmek.status)}${raw(regions)}.`)];
    return [
      fail(
        msg`CMEK is ${raw(cmek.status)}${raw(regions)}: data is encrypted with keys Cockroach Labs manages.`
      )
    ];
  }
});
