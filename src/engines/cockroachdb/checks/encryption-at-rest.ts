import { defineCheck, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { CrdbFacts } from '../facts.js';

/**
 * Every store encrypted (kv_store_status properties.encrypted, or --enterprise-encryption on every
 * node). "Not enabled" is a WARN with condition `not-enabled`: the policy raises it to FAIL for
 * PII/PHI or financial data.
 */
export default defineCheck<CrdbFacts>({
  meta: {
    id: 'crdb/encryption-at-rest',
    title: 'Encryption at rest',
    dimension: 'Encryption',
    family: 'encryption-at-rest',
    appliesTo: ['self-hosted'],
    description: 'Every store runs with Enterprise encryption at rest (--enterprise-encryption).',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'Start every node with --enterprise-encryption=path=<store>,key=<aes key file>,old-key=plain and rotate keys with rotation-period; or encrypt the volumes and attest it.',
      link: 'https://www.cockroachlabs.com/docs/stable/encryption'
    },
    frameworks: { HIPAA: ['164.312(a)(2)(iv)'], 'PCI DSS': ['3'], GDPR: ['Art. 32'], 'ISO 27001': ['8.24'] }
  },
  evaluate(facts) {
    const stores = facts.stores.ok ? facts.stores.value : undefined;
    const known = stores?.filter(s => s.encrypted !== null) ?? [];
    if (stores && known.length === stores.length && stores.length > 0) {
      const plain = stores.filter(s => !s.encrypted).map(s => `n${s.nodeId}/s${s.storeId}`);
      if (plain.length === 0)
        return [pass(msg`All ${raw(String(stores.length))} stores report encrypted = true.`)];
      return [
        warn(
          msg`${raw(String(plain.length))} of ${raw(String(stores.length))} stores are not encrypted: ${raw(plain.join(', '))}.`,
          undefined,
          'not-enabled'
        )
      ];
    }
    // Store properties missing or silent: the node command lines tell whether encryption was asked for.
    if (!facts.nodeArgs.ok && !facts.stores.ok) need(facts.stores);
    const nodes = need(facts.nodeArgs);
    const without = nodes
      .filter(n => !n.args.some(a => a.startsWith('--enterprise-encryption')))
      .map(n => `n${n.nodeId}`);
    if (without.length === 0 && nodes.length > 0) {
      return [pass(msg`Every node (${raw(String(nodes.length))}) starts with --enterprise-encryption.`)];
    }
    return [
      warn(
        msg`Nodes ${raw(without.join(', '))} start without --enterprise-encryption: their stores are not encrypted by CockroachDB.`,
        undefined,
        'not-enabled'
      )
    ];
  }
});
