import { pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';

/**
 * Compliant: the web console is not reachable over plain HTTP from other hosts. With
 * clusterEncryptionLevel strict, ns_server binds its non-TLS listener (8091) to loopback
 * (menelaus_web.erl get_addr, misc:disable_non_ssl_ports), whatever disableUIOverHttp says.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/ui-over-http',
    title: 'Web console over HTTP',
    dimension: 'Network Security',
    description:
      'disableUIOverHttp is true, or clusterEncryptionLevel strict binds port 8091 to loopback, so administrators log in over HTTPS only.',
    rationale:
      'A web console reachable over HTTP lets administrators sign in with passwords and session cookies sent in clear.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'POST /settings/security disableUIOverHttp=true (the console stays on https://host:18091), or set clusterEncryptionLevel strict.',
      link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
    },
    frameworks: { 'PCI DSS': ['4'], 'SOC 2': ['CC6.7'], 'ISO 27001': ['8.20'] }
  },
  evaluate(facts) {
    const s = need(facts.security);
    if (s.disableUIOverHttp === true)
      return [pass(msg`The web console is served over HTTPS only (disableUIOverHttp true).`)];
    if (s.clusterEncryptionLevel === 'strict') {
      return [
        pass(
          msg`clusterEncryptionLevel is strict, so port 8091 listens on loopback only: other hosts reach the console over HTTPS only (disableUIOverHttp false matters only on the node itself).`
        )
      ];
    }
    return [
      warn(
        msg`The web console is served over plain HTTP on port 8091 (disableUIOverHttp false): administrator passwords can cross the network unencrypted.`
      )
    ];
  }
});
