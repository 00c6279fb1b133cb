import { fail, info, pass, warn, type RawFinding } from '../../../core/check.js';
import { msg, raw } from '../../../core/text.js';
import {
  effectiveRules,
  isDefaultConfiguration,
  isLoopback,
  parseCrdbHba,
  prefixLength,
  ROOT_LOCAL_RULE,
  ROOT_RULE,
  shadowedBy
} from '../hba.js';
import { setting } from '../settings.js';
import { defineCockroachCheck } from './define.js';

export const HBA_SETTING = 'server.host_based_authentication.configuration';

/**
 * First-match HBA review. Never prints an ldapbindpasswd value (the parser masks it). A value that
 * reads <redacted> is UNKNOWN (the collector turns it into a missing fact).
 */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/hba',
    title: 'Host-based authentication',
    dimension: 'Network Security',
    family: 'hba-empty',
    description:
      'The HBA configuration restricts who may connect from where, with strong methods, and has no trust rule for remote addresses.',
    rationale:
      'A permissive HBA lets clients connect from any address, with weak methods or with trust, so a reachable port plus a user name can be enough to get in.',
    outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
    remediation: {
      text: "SET CLUSTER SETTING server.host_based_authentication.configuration = 'hostssl all all 10.0.0.0/8 cert-scram-sha-256 ...'; restrict by address and user, never trust remote hosts, prefer cert or scram methods.",
      link: 'https://www.cockroachlabs.com/docs/stable/security-reference/authentication#authentication-configuration'
    },
    frameworks: { 'PCI DSS': ['1', '8'], 'SOC 2': ['CC6.1', 'CC6.6'], 'ISO 27001': ['8.5', '8.20'] }
  },
  evaluate(facts, ctx) {
    const value = setting(facts, HBA_SETTING);
    if (value.trim() === '') {
      const defaults =
        ctx.deployment === 'cloud'
          ? 'host all all all password'
          : 'host all root all cert-password, host all all all cert-password, local all all password';
      return [
        warn(
          msg`The HBA configuration is empty, so the defaults apply (${raw(defaults)}): any address may try any user.`,
          undefined,
          'empty'
        )
      ];
    }
    const parsed = parseCrdbHba(value);
    if (!parsed.ok) return [warn(msg`The HBA configuration does not parse: ${parsed.error}.`)];
    if (isDefaultConfiguration(parsed.rules)) {
      return [
        warn(
          msg`The HBA configuration spells out the defaults (host all all all cert-password, local all all password): any address may try any user.`,
          undefined,
          'empty'
        )
      ];
    }
    // Without --accept-sql-without-tls (or --insecure) a secure node refuses non-TLS TCP before HBA.
    const nodes = facts.nodeArgs.ok ? facts.nodeArgs.value : undefined;
    const plainNodes = nodes?.filter(n =>
      n.args.some(a => /^--(accept-sql-without-tls|insecure)(=true)?$/.test(a))
    );
    const plainSql = nodes === undefined ? 'unknown' : plainNodes!.length > 0;
    const eff = effectiveRules(parsed.rules);
    const findings: RawFinding[] = [];
    if (eff.builtInRoot) {
      findings.push(
        info(
          eff.rootLocal
            ? msg`The first rule is ${raw(ROOT_LOCAL_RULE)}: newer releases then limit root to IPv4 loopback, but releases without that exception still put ${raw(ROOT_RULE)} in front, so root may log in from any address with a certificate or password.`
            : msg`CockroachDB puts ${raw(ROOT_RULE)} in front of these rules: root can log in from any address with a certificate or password, whatever the rules below say.`
        )
      );
    }
    eff.rules.forEach((r, i) => {
      if (r.lineNumber === 0) return;
      const where = msg`Rule at line ${raw(String(r.lineNumber))} (${r.display})`;
      const shadow = shadowedBy(eff.rules, i);
      if (shadow) {
        findings.push(
          info(
            shadow.lineNumber === 0
              ? msg`${raw(where)} can never match: it is shadowed by the built-in root rule (${raw(ROOT_RULE)}).`
              : msg`${raw(where)} can never match: line ${raw(String(shadow.lineNumber))} (${shadow.display}) matches first.`,
            r.display
          )
        );
        return;
      }
      const remote = r.type !== 'local' && !isLoopback(r.address);
      const bits = prefixLength(r.address);
      if (r.method === 'trust' && remote) {
        findings.push(
          fail(
            msg`${raw(where)}: trust admits anyone who can reach the address, with no password.`,
            r.display
          )
        );
      } else if (
        (r.method === 'password' || r.method === 'scram-sha-256') &&
        r.type !== 'hostssl' &&
        remote &&
        bits !== null &&
        bits <= 16 &&
        plainSql !== false
      ) {
        findings.push(
          warn(
            plainSql === true
              ? msg`${raw(where)}: ${raw(r.method)} from a broad range, and nodes ${raw(plainNodes!.map(n => `n${n.nodeId}`).join(', '))} accept SQL without TLS (--accept-sql-without-tls or --insecure): passwords may cross the network in clear (use hostssl or cert methods).`
              : msg`${raw(where)}: ${raw(r.method)} from a broad range without hostssl, and the node command lines could not be read to rule out --accept-sql-without-tls.`,
            r.display
          )
        );
      }
    });
    const bad = findings.filter(f => f.status === 'FAIL' || f.status === 'WARN');
    if (bad.length === 0) {
      findings.unshift(
        pass(
          msg`${raw(parsed.rules.length === 1 ? '1 HBA rule restricts' : `${parsed.rules.length} HBA rules restrict`)} non-root users by address, user or method; no remote trust${raw(plainSql === false ? '; non-TLS SQL connections are refused before HBA' : '')}.`
        )
      );
    }
    return findings;
  }
});
