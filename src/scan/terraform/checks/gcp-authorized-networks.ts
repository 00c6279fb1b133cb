import { defineCheck, fail, pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import { isAnyAddress, isBroad, parseCidr } from '../../../judgements/network.js';
import type { TfFacts } from './facts.js';

/** Cloud SQL ip_configuration: public IP and the authorized networks that may reach it. */
export default defineCheck<TfFacts<{ publicIp: boolean; networks: readonly string[] }>>({
  meta: {
    id: 'tf/gcp-authorized-networks',
    title: 'Cloud SQL authorized networks',
    dimension: 'Network Security',
    family: 'open-network',
    appliesTo: ['cloud', 'self-hosted'],
    description: 'The instance has no public IP, or its authorized networks are narrow (never 0.0.0.0/0).',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    rationale:
      "An authorized network of 0.0.0.0/0 lets every internet address reach the instance's public IP and try passwords.",
    remediation: {
      text: 'Remove 0.0.0.0/0 and other broad authorized_networks; use private IP (ipv4_enabled = false with private_network) or the Cloud SQL Auth Proxy.',
      link: 'https://cloud.google.com/sql/docs/postgres/authorize-networks'
    },
    frameworks: { 'PCI DSS': ['1'], 'SOC 2': ['CC6.6'], 'ISO 27001': ['8.20'] }
  },
  evaluate(facts) {
    const v = need(facts.value);
    if (!v.publicIp) return [pass(msg`${facts.address} has no public IP address.`)];
    const out: RawFinding[] = [];
    for (const n of v.networks) {
      const c = parseCidr(n);
      if (!c) out.push(warn(msg`${facts.address} authorizes ${n}, which is not an address range.`, n));
      else if (isAnyAddress(c))
        out.push(
          fail(msg`${facts.address} authorizes ${n}: the whole internet may connect to its public IP.`, n)
        );
      else if (isBroad(c)) out.push(warn(msg`${facts.address} authorizes the broad range ${n}.`, n));
    }
    if (out.length) return out;
    return [
      pass(
        msg`${facts.address} has a public IP reachable only from ${String(v.networks.length)} narrow authorized network(s).`
      )
    ];
  }
});
