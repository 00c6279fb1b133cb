import { fail, notApplicable, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, valueList } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';
import { TRANSIT_CONTROLS } from '../../../policy/control-sets.js';

/**
 * Compliant: node-to-node encryption on every node with level `all` or `strict`. The setting
 * `clusterEncryptionLevel` only exists once every node has encryption on.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/node-encryption',
    title: 'Node-to-node encryption',
    dimension: 'Encryption',
    family: 'encryption-in-transit',
    description: 'Node-to-node encryption is on for every node with clusterEncryptionLevel all or strict.',
    rationale:
      'Without node-to-node encryption, replication and internal traffic cross the network in clear, so anyone on the path reads data and credentials.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'couchbase-cli node-to-node-encryption --enable on every node, then couchbase-cli setting-security --cluster-encryption-level all (or strict to also refuse non-TLS client ports).',
      link: 'https://docs.couchbase.com/server/current/manage/manage-nodes/apply-node-to-node-encryption.html'
    },
    frameworks: TRANSIT_CONTROLS
  },
  evaluate(facts) {
    if (facts.cluster.edition === 'community') {
      return [
        notApplicable(msg`Community Edition has no node-to-node encryption (an Enterprise Edition feature).`)
      ];
    }
    const s = need(facts.security);
    const level = s.clusterEncryptionLevel;
    if (level === 'strict' || level === 'all') {
      return [pass(msg`Node-to-node encryption is on for every node, clusterEncryptionLevel ${level}.`)];
    }
    if (level === 'control') {
      return [
        warn(
          msg`clusterEncryptionLevel is control: only cluster-management traffic is encrypted; data (KV, DCP, index) travels between nodes in clear.`
        )
      ];
    }
    const off = facts.cluster.nodes.filter(n => n.nodeEncryption === false).map(n => n.hostname);
    return [
      fail(
        off.length
          ? msg`Node-to-node encryption is off on ${valueList(off)}, so clusterEncryptionLevel is not set: inter-node traffic travels in clear.`
          : msg`clusterEncryptionLevel is not set (node-to-node encryption is not on for every node): inter-node traffic travels in clear.`
      )
    ];
  }
});
