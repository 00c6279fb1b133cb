import { info, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, plural, raw } from '../../../core/text.js';
import { adminMembers, belongsTo, sqlLoginFilter } from '../roles.js';
import { defineCockroachCheck } from './define.js';
import { PRIVILEGED_ACCESS_CONTROLS } from '../../../policy/control-sets.js';

/**
 * Privileges that give cluster-wide control, reach outside the cluster or expose other users'
 * secrets and SQL (reference 2.4): held as a system privilege or as a role option alike.
 */
const POWERFUL = new Set([
  'ALL',
  'MODIFYCLUSTERSETTING',
  'MODIFYSQLCLUSTERSETTING',
  'CREATEROLE',
  'CREATELOGIN',
  'EXTERNALIOIMPLICITACCESS',
  'REPAIRCLUSTER',
  'REPAIRCLUSTERMETADATA',
  'MANAGEVIRTUALCLUSTER',
  'BACKUP',
  'RESTORE',
  'VIEWSYSTEMTABLE',
  'VIEWACTIVITY',
  'VIEWDEBUG',
  'REPLICATION',
  'BYPASSRLS',
  'CONTROLJOB'
]);

/** What the least-privilege audit login is told to hold (README): not findings on that login. */
const AUDITOR_READS = new Set(['VIEWCLUSTERSETTING', 'VIEWCLUSTERMETADATA', 'VIEWSYSTEMTABLE', 'VIEWJOB']);

/** Role options that are privileges (pkg/sql/roleoption): CockroachDB honours them like system grants. */
const PRIVILEGE_OPTIONS = new Set([
  'CREATEROLE',
  'CREATELOGIN',
  'CREATEDB',
  'CONTROLJOB',
  'CONTROLCHANGEFEED',
  'VIEWACTIVITY',
  'VIEWACTIVITYREDACTED',
  'CANCELQUERY',
  'MODIFYCLUSTERSETTING',
  'MODIFYSQLCLUSTERSETTING',
  'VIEWCLUSTERSETTING',
  'VIEWCLUSTERMETADATA',
  'VIEWDEBUG',
  'REPLICATION',
  'BYPASSRLS'
]);

/**
 * WARN for non-admin holders of a powerful privilege, whether SHOW SYSTEM GRANTS lists it or SHOW
 * USERS shows it as a role option (SHOW SYSTEM GRANTS lists neither role options nor inherited
 * grants); a role's holding is reported with the login users who inherit it. INFO otherwise.
 */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/system-privileges',
    title: 'System privileges',
    dimension: 'Authorization',
    description:
      'Powerful system privileges and privilege-granting role options are held only by members of admin.',
    rationale:
      'System privileges and role options held outside admin (CREATEROLE, MODIFYCLUSTERSETTING and the like) let those users raise their own access or weaken cluster security without being administrators on paper.',
    outcomes: ['INFO', 'WARN'],
    remediation: {
      text: 'REVOKE SYSTEM <privilege> FROM <grantee>; or ALTER ROLE <name> WITH NO<OPTION>; grant VIEWCLUSTERSETTING / VIEWCLUSTERMETADATA / VIEWACTIVITYREDACTED for read-only needs instead.',
      link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authorization#supported-privileges'
    },
    frameworks: PRIVILEGED_ACCESS_CONTROLS
  },
  evaluate(facts, ctx) {
    const grants = need(facts.systemGrants);
    const users = need(facts.users);
    const canLogin = sqlLoginFilter(ctx.auditedAt, grants);
    const admins = new Set(['admin', 'root', ...adminMembers(users, canLogin).map(a => a.name)]);
    const held: { holder: string; privilege: string; grantable: boolean; source: string }[] = [
      ...grants.map(g => ({
        holder: g.grantee,
        privilege: g.privilege,
        grantable: g.grantable,
        source: 'system privilege'
      })),
      ...users.flatMap(u =>
        u.options
          .map(o => o.toUpperCase())
          .filter(o => PRIVILEGE_OPTIONS.has(o))
          .map(o => ({ holder: u.username, privilege: o, grantable: false, source: 'role option' }))
      )
    ];
    const findings: RawFinding[] = [];
    const rest: string[] = [];
    for (const h of held) {
      if (admins.has(h.holder)) continue;
      // The read privileges the README asks for the audit login are expected there.
      if (!POWERFUL.has(h.privilege) || (h.holder === facts.auditLogin && AUDITOR_READS.has(h.privilege))) {
        rest.push(`${h.holder} ${h.privilege}`);
        continue;
      }
      const holder = users.find(u => u.username === h.holder);
      const inheritors = users
        .filter(u => u.username !== h.holder && canLogin(u) && belongsTo(users, u.username, h.holder))
        .map(u => u.username);
      const isRole = holder !== undefined && !canLogin(holder);
      findings.push(
        warn(
          msg`${raw(isRole ? 'Role' : 'User')} ${h.holder} holds ${raw(h.privilege)} as a ${raw(h.source)}${raw(h.grantable ? ' WITH GRANT OPTION' : '')} without being a member of admin${raw(inheritors.length ? `; login members (who inherit system privileges through the role): ${inheritors.join(', ')}` : '')}.`,
          `${h.holder}:${h.privilege}`
        )
      );
    }
    if (findings.length) return findings;
    return [
      info(
        msg`${raw(plural(grants.length, 'system grant'))} and role options checked; non-admin holders hold only limited privileges${raw(rest.length ? ` (${rest.join(', ')})` : '')}.`
      )
    ];
  }
});
