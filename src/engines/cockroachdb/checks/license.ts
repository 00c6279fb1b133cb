import { pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { cclLicenceAccepted } from '../license.js';
import { crdbEra } from '../releases.js';
import { settingIfKnown } from '../settings.js';
import { defineCockroachCheck } from './define.js';

/**
 * The enterprise licence, decoded locally (never printed). v24.3+ switches nothing off but
 * throttles connections without a valid licence past the 7-day grace period
 * (pkg/ccl/utilccl/license_check.go, newest); before v24.3 an invalid licence (expired, other
 * organization or cluster: License.Check) turns enterprise features such as role-based audit
 * logging off.
 */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/license',
    title: 'Enterprise licence',
    dimension: 'Cluster Configuration',
    appliesTo: ['self-hosted'],
    description: 'A valid enterprise licence for this cluster is installed.',
    rationale:
      'Before v24.3 an invalid licence switches enterprise features such as role-based audit logging off while they still look configured; from v24.3 on the cluster throttles connections once the grace period ends.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: "SET CLUSTER SETTING enterprise.license = '<key>'; with a licence for this organization (cluster.organization) that has not expired.",
      link: 'https://www.cockroachlabs.com/docs/stable/licensing-faqs'
    },
    frameworks: {}
  },
  evaluate(facts, ctx) {
    const lic = need(facts.license);
    const era = crdbEra(facts.version.ok ? facts.version.value.tag : undefined);
    const effect =
      era.licenceGated === false
        ? 'connections are throttled once the 7-day grace period is over'
        : 'enterprise features such as role-based audit logging are switched off';
    const r = cclLicenceAccepted(
      lic,
      ctx.auditedAt,
      facts.clusterId,
      settingIfKnown(facts, 'cluster.organization')
    );
    if (r.accepted === true) {
      const until = lic.validUntil ? `runs until ${lic.validUntil.slice(0, 10)}` : 'has no end date';
      return [pass(msg`The installed ${raw(lic.type ?? '')} licence ${raw(until)}: ${raw(r.why)}.`)];
    }
    return [
      warn(
        msg`${raw(r.why.charAt(0).toUpperCase() + r.why.slice(1))}${raw(r.accepted === 'maybe' ? '' : `: ${effect}`)}.`
      )
    ];
  }
});
