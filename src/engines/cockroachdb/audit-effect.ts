import type { CheckContext } from '../../core/check.js';
import type { CrdbFacts } from './facts.js';
import { cclLicenceAccepted } from './license.js';
import { crdbEra } from './releases.js';
import { settingIfKnown } from './settings.js';

/**
 * Whether sql.log.user_audit can take effect on this cluster, by code era and licence (reference
 * section 3): newest code (v24.3+) and CockroachDB Cloud need no licence; CCL-era code audits only
 * while the licence passes License.Check. `rolesOnly`: v23.2 matches role memberships only.
 */
export function userAuditEffect(
  facts: CrdbFacts,
  ctx: Pick<CheckContext, 'auditedAt' | 'deployment'>
): { effective: boolean | 'maybe'; why: string; rolesOnly: boolean } {
  const cloudVersion = facts.cloud.cluster.ok ? facts.cloud.cluster.value.version : undefined;
  const era = crdbEra(facts.version.ok ? facts.version.value.tag : cloudVersion);
  if (ctx.deployment === 'cloud')
    return {
      effective: true,
      why: 'CockroachDB Cloud clusters carry an Enterprise licence',
      rolesOnly: era.auditRolesOnly
    };
  if (era.licenceGated === false)
    return { effective: true, why: 'no licence is needed since v24.3', rolesOnly: false };
  const lic = facts.license;
  if (!lic.ok) {
    return {
      effective: 'maybe',
      why: `this release needs a valid enterprise licence for role-based audit logging and it could not be read (${lic.reason.text.replace(/\.$/, '')})`,
      rolesOnly: era.auditRolesOnly
    };
  }
  const org = settingIfKnown(facts, 'cluster.organization');
  const r = cclLicenceAccepted(lic.value, ctx.auditedAt, facts.clusterId, org);
  const versionNote =
    era.licenceGated === 'unknown'
      ? ' (the version is unknown; releases before v24.3 need a valid licence)'
      : '';
  return { effective: r.accepted, why: `${r.why}${versionNote}`, rolesOnly: era.auditRolesOnly };
}
