import { fail, info, pass } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCockroachCheck } from './define.js';
import { AT_REST_CONTROLS } from '../../../policy/control-sets.js';

/** CMEK on Advanced with the Advanced Security add-on; INFO where the plan cannot use it. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/cmek',
    // The no-addon case cannot be read from the Cloud API: a person attests it.
    attestable: true,
    title: 'Customer-managed encryption keys',
    dimension: 'Encryption',
    family: 'cmek',
    appliesTo: ['cloud'],
    description:
      'Advanced clusters with the Advanced Security add-on encrypt data with a customer-managed key (CMEK).',
    rationale:
      "Without a customer-managed key, the cluster's data stays readable by whoever controls the provider-managed keys, and the organization cannot revoke access to its data by revoking its own key.",
    verify:
      'Whether the organization has the Advanced Security add-on (the Cloud Console billing page); attest no-addon only with that evidence.',
    outcomes: ['PASS', 'FAIL', 'INFO'],
    remediation: {
      text: 'Create a KMS key, grant the cluster principal access and enable CMEK (POST /api/v1/clusters/{id}/cmek or the Console); requires Advanced with the Advanced Security add-on. Without the add-on, attest it in the baseline (check crdb/cmek, status INFO, evidence no-addon).',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/cmek'
    },
    frameworks: AT_REST_CONTROLS
  },
  evaluate(facts, ctx) {
    const cluster = need(facts.cloud.cluster);
    if (cluster.plan !== 'ADVANCED') {
      return [
        info(
          msg`CMEK needs the Advanced plan with the Advanced Security add-on; this cluster is ${raw(cluster.plan)}.`
        )
      ];
    }
    const cmek = need(facts.cloud.cmek);
    if (cmek.status === 'NOT_CONFIGURED') {
      // A 404 from /cmek: no CMEK configuration exists. Whether the Advanced Security add-on is
      // enabled cannot be read from this endpoint; a person may attest that it is not (no-addon).
      const a = ctx.attestation();
      if (a.state === 'active' && (a.attestation.status === 'INFO' || a.attestation.status === 'N/A'))
        return [
          info(
            msg`CMEK was never configured (404); attested that the cluster has no Advanced Security add-on (no-addon) by ${a.attestation.attestedBy} (${a.attestation.evidence}), valid until ${raw(a.attestation.expires)}.`
          )
        ];
      return [
        fail(
          msg`CMEK was never configured on this Advanced cluster (the Cloud API answers 404 for /cmek): data is encrypted with keys Cockroach Labs manages.${raw(a.state === 'expired' ? ' The no-addon attestation expired.' : '')}`
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
