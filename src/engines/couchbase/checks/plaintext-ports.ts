import { pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';
import { TRANSIT_CONTROLS } from '../../../policy/control-sets.js';

/**
 * Compliant: clusterEncryptionLevel strict, which makes ns_server bind every non-TLS client port
 * to loopback (misc:disable_non_ssl_ports) and disables the eventing debugger. Below strict (or
 * with node-to-node encryption off, or on Community Edition which has no strict level), clients
 * can use KV 11210, query 8093, REST 8091 and the eventing debugger 9140 in plain text.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/plaintext-ports',
    title: 'Plain-text client ports',
    dimension: 'Network Security',
    family: 'encryption-in-transit',
    description: 'clusterEncryptionLevel is strict, so no client port accepts plain text from other hosts.',
    rationale:
      'While client ports accept plain text, applications can connect without TLS and send credentials and data in clear.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'Move clients to the TLS ports (11207, 18093, 18091), then couchbase-cli setting-security --cluster-encryption-level strict (Enterprise Edition, node-to-node encryption on every node).',
      link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-tls.html'
    },
    frameworks: TRANSIT_CONTROLS
  },
  evaluate(facts) {
    const level = need(facts.security).clusterEncryptionLevel;
    if (level === 'strict')
      return [pass(msg`clusterEncryptionLevel is strict: non-TLS client ports listen on loopback only.`)];
    const why =
      facts.cluster.edition === 'community'
        ? 'Community Edition has no strict level'
        : level
          ? `clusterEncryptionLevel is ${level}`
          : 'node-to-node encryption is not on for every node, so clusterEncryptionLevel cannot be strict';
    return [
      warn(
        msg`${raw(why)}: clients can use KV 11210, query 8093, REST 8091 and the eventing debugger 9140 in plain text, passwords included.`
      )
    ];
  }
});
