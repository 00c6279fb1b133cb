import { defineCheck, info, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { CrdbFacts } from '../facts.js';
import { adminMembers } from '../roles.js';

/** Privileges that give cluster-wide control or reach outside the cluster. */
const POWERFUL = new Set([
  'ALL',
  'MODIFYCLUSTERSETTING',
  'CREATEROLE',
  'CREATELOGIN',
  'EXTERNALIOIMPLICITACCESS'
]);

/**
 * WARN for non-admin grantees of ALL, MODIFYCLUSTERSETTING, CREATEROLE, CREATELOGIN or
 * EXTERNALIOIMPLICITACCESS, and of VIEWACTIVITY with grant option; INFO for the rest.
 */
export default defineCheck<CrdbFacts>({
  meta: {
    id: 'crdb/system-privileges',
    title: 'System privileges',
    dimension: 'Authorization',
    appliesTo: ['self-hosted', 'cloud'],
    description: 'Cluster-wide system privileges are held only by members of admin.',
    outcomes: ['INFO', 'WARN'],
    remediation: {
      text: 'REVOKE SYSTEM <privilege> FROM <grantee>; grant VIEWCLUSTERSETTING / VIEWCLUSTERMETADATA / VIEWACTIVITYREDACTED for read-only needs instead.',
      link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authorization#supported-privileges'
    },
    frameworks: { 'SOC 2': ['CC6.1', 'CC6.3'], 'PCI DSS': ['7'], 'ISO 27001': ['8.2'] }
  },
  evaluate(facts) {
    const grants = need(facts.systemGrants);
    const admins = new Set([
      'admin',
      'root',
      ...(facts.users.ok ? adminMembers(facts.users.value).map(a => a.name) : [])
    ]);
    const findings: RawFinding[] = [];
    for (const g of grants) {
      if (admins.has(g.grantee)) continue;
      const risky = POWERFUL.has(g.privilege) || (g.privilege === 'VIEWACTIVITY' && g.grantable);
      if (risky) {
        findings.push(
          warn(
            msg`${g.grantee} holds system privilege ${raw(g.privilege)}${raw(g.grantable ? ' WITH GRANT OPTION' : '')} without being a member of admin.`,
            `${g.grantee}:${g.privilege}`
          )
        );
      }
    }
    if (findings.length) return findings;
    const rest = grants.filter(g => !admins.has(g.grantee)).map(g => `${g.grantee} ${g.privilege}`);
    return [
      info(
        msg`${raw(String(grants.length))} system grant(s); non-admin grantees hold only limited privileges${raw(rest.length ? ` (${rest.join(', ')})` : '')}.`
      )
    ];
  }
});
