import { defineCheck, fail, info, pass, warn, type RawFinding } from '../../../core/check.js';
import { msg, raw } from '../../../core/text.js';
import type { CrdbFacts } from '../facts.js';
import { isLoopback, parseCrdbHba, prefixLength, shadowedBy } from '../hba.js';
import { setting } from '../settings.js';

export const HBA_SETTING = 'server.host_based_authentication.configuration';

/**
 * First-match HBA review. Never prints an ldapbindpasswd value (the parser masks it). A value that
 * reads <redacted> is UNKNOWN (the collector turns it into a missing fact).
 */
export default defineCheck<CrdbFacts>({
  meta: {
    id: 'crdb/hba',
    title: 'Host-based authentication',
    dimension: 'Network Security',
    family: 'hba-empty',
    appliesTo: ['self-hosted', 'cloud'],
    description:
      'The HBA configuration restricts who may connect from where, with strong methods, and has no trust rule for remote addresses.',
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
          : 'host all all all cert-password, local all all password';
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
    const findings: RawFinding[] = [];
    parsed.rules.forEach((r, i) => {
      const where = msg`Rule at line ${raw(String(r.lineNumber))} (${r.display})`;
      const shadow = shadowedBy(parsed.rules, i);
      if (shadow) {
        findings.push(
          info(
            msg`${raw(where)} can never match: line ${raw(String(shadow.lineNumber))} (${shadow.display}) matches first.`,
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
        bits <= 16
      ) {
        findings.push(
          warn(
            msg`${raw(where)}: ${raw(r.method)} from a broad range without requiring TLS (use hostssl or cert methods).`,
            r.display
          )
        );
      }
    });
    const bad = findings.filter(f => f.status === 'FAIL' || f.status === 'WARN');
    if (bad.length === 0) {
      findings.unshift(
        pass(
          msg`${raw(String(parsed.rules.length))} HBA rule(s) restrict by address, user or method; no remote trust.`
        )
      );
    }
    return findings;
  }
});
