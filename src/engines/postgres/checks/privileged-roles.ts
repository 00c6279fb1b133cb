import { fail, pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { joinText, msg, raw, type Text } from '../../../core/text.js';
import { isPredefinedRole, RoleGraph } from '../roles.js';
import { definePostgresCheck } from './define.js';
import { PRIVILEGED_ACCESS_CONTROLS } from '../../../policy/control-sets.js';

/** Membership in these is equivalent to superuser (run programs, read or write any server file). */
const SERVER_ACCESS_ROLES = ['pg_execute_server_program', 'pg_read_server_files', 'pg_write_server_files'];

/** Compliant: no non-superuser role holds CREATEROLE, BYPASSRLS, REPLICATION or server-access roles. */
export default definePostgresCheck({
  meta: {
    id: 'pg/privileged-roles',
    title: 'Privileged roles',
    dimension: 'Authorization',
    description:
      'No non-superuser role has CREATEROLE, BYPASSRLS or REPLICATION, or reaches pg_execute_server_program, pg_read_server_files or pg_write_server_files.',
    rationale:
      "CREATEROLE, BYPASSRLS, REPLICATION and the server-file and server-program roles let a non-superuser escalate, read all data or run commands as the server's OS user.",
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'ALTER ROLE ... NOCREATEROLE / NOBYPASSRLS / NOREPLICATION, and REVOKE pg_execute_server_program, pg_read_server_files and pg_write_server_files from application roles.',
      link: 'https://www.postgresql.org/docs/current/predefined-roles.html'
    },
    frameworks: PRIVILEGED_ACCESS_CONTROLS
  },
  evaluate(facts) {
    const roles = need(facts.roles);
    const graph = new RoleGraph(roles, need(facts.memberships));
    const findings: RawFinding[] = [];
    for (const role of roles) {
      if (role.superuser || isPredefinedRole(role.name)) continue;
      const reasons: Text[] = [];
      const attributes = [
        role.createRole && 'CREATEROLE',
        role.bypassRls && 'BYPASSRLS',
        role.replication && 'REPLICATION'
      ].filter(Boolean) as string[];
      if (attributes.length) reasons.push(msg`has ${raw(attributes.join(', '))}`);
      const serverAccess: Text[] = [];
      for (const target of SERVER_ACCESS_ROLES) {
        // A chain of more than 8 roles is named by its first and last 4 (the audited party may
        // nest roles thousands deep; the finding stays readable and its cost bounded).
        const chain = graph.chainTo(role, target);
        if (!chain) continue;
        const names = [
          ...chain.first.map(p => msg`${p}`),
          ...(chain.omitted
            ? [msg`… ${raw(String(chain.omitted))} more role${raw(chain.omitted === 1 ? '' : 's')} …`]
            : []),
          ...chain.last.map(p => msg`${p}`)
        ];
        serverAccess.push(
          names.length === 0
            ? msg`is a member of ${raw(target)}`
            : msg`reaches ${raw(target)} through ${raw(joinText(names, ' → '))}`
        );
      }
      reasons.push(...serverAccess);
      if (reasons.length === 0) continue;
      const detail = msg`${raw(role.canLogin ? 'Login role' : 'Role')} ${role.name} ${raw(joinText(reasons, '; '))}${raw(serverAccess.length && role.canLogin ? ' (superuser-equivalent)' : '')}.`;
      findings.push(serverAccess.length && role.canLogin ? fail(detail, role.name) : warn(detail, role.name));
    }
    if (findings.length === 0) {
      return [
        pass(
          msg`No non-superuser role holds CREATEROLE, BYPASSRLS, REPLICATION or server file/program access.`
        )
      ];
    }
    return findings;
  }
});
