import { fail, pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCockroachCheck } from './define.js';
import { NETWORK_BOUNDARY_CONTROLS } from '../../../policy/control-sets.js';

/** Compliant: the Cloud IP allowlist only holds narrow CIDRs (never 0.0.0.0/0 or ::/0). */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/ip-allowlist',
    title: 'IP allowlist',
    dimension: 'Network Security',
    family: 'open-network',
    appliesTo: ['cloud'],
    description: 'The IP allowlist holds only narrow CIDR ranges; nothing is open to the whole internet.',
    rationale:
      'A broad allowlist exposes the SQL and Console ports to the whole internet, leaving passwords as the only barrier against scanning and credential stuffing.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'Remove 0.0.0.0/0 and other broad entries from the allowlist (Networking > IP Allowlist); list the egress IPs of your apps and VPN, or use private endpoints.',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/network-authorization'
    },
    frameworks: NETWORK_BOUNDARY_CONTROLS
  },
  evaluate(facts) {
    const entries = need(facts.cloud.allowlist);
    const findings: RawFinding[] = [];
    for (const e of entries) {
      const cidr = `${e.cidrIp}/${e.cidrMask}`;
      const label = e.name ? msg`${cidr} (${e.name})` : msg`${cidr}`;
      const scope = [e.sql && 'SQL', e.ui && 'DB Console'].filter(Boolean).join(' and ') || 'nothing';
      if (e.cidrMask === 0)
        findings.push(
          fail(msg`Allowlist entry ${raw(label)} opens ${raw(scope)} to the whole internet.`, cidr)
        );
      else if (e.cidrIp.includes(':') ? e.cidrMask <= 48 : e.cidrMask <= 16) {
        findings.push(warn(msg`Allowlist entry ${raw(label)} is a broad range for ${raw(scope)}.`, cidr));
      }
    }
    if (findings.length) return findings;
    if (entries.length === 0) return [pass(msg`The IP allowlist is empty: no public address may connect.`)];
    const narrowest = Math.min(...entries.map(e => e.cidrMask));
    return [
      pass(
        msg`${raw(String(entries.length))} allowlist entr${raw(entries.length === 1 ? 'y' : 'ies')}, none broader than /${raw(String(narrowest))}.`
      )
    ];
  }
});
