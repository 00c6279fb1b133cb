import { pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCockroachCheck } from './define.js';
import { AT_REST_CONTROLS } from '../../../policy/control-sets.js';

/**
 * Every store encrypted (kv_store_status properties.encrypted, or --enterprise-encryption on every
 * node). "Not enabled" is a WARN with condition `not-enabled`: the policy raises it to FAIL for
 * PII/PHI or financial data.
 */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/encryption-at-rest',
    title: 'Encryption at rest',
    dimension: 'Encryption',
    family: 'encryption-at-rest',
    appliesTo: ['self-hosted'],
    description:
      'Every node runs Enterprise encryption at rest (--enterprise-encryption) with a real key, not key=plain.',
    rationale:
      'Without encryption at rest, anyone who gets a disk, snapshot or store directory reads the data directly, bypassing every database permission.',
    verify:
      "When the volumes are encrypted instead: the disk or volume encryption of every node's store, the evidence for a waiver of this finding.",
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'Start every node with --enterprise-encryption=path=<store>,key=<aes key file>,old-key=plain and rotate keys with rotation-period; or encrypt the volumes and waive this finding in the baseline with that evidence (no API shows volume encryption).',
      link: 'https://www.cockroachlabs.com/docs/stable/encryption'
    },
    frameworks: AT_REST_CONTROLS
  },
  evaluate(facts) {
    // properties.encrypted is true whenever an encryption environment exists, key=plain included
    // (pkg/storage computeStoreProperties), so the key type must come from the node command lines.
    const nodes = need(facts.nodeArgs);
    const stores = facts.stores.ok ? facts.stores.value : undefined;
    const plain: string[] = [];
    const without: string[] = [];
    for (const n of nodes) {
      const specs = encryptionSpecs(n.args);
      if (specs.length === 0) without.push(`n${n.nodeId}`);
      else if (specs.some(s => (s.key ?? '').toLowerCase() === 'plain' || s.key === undefined))
        plain.push(`n${n.nodeId}`);
    }
    const unencryptedStores = (stores ?? [])
      .filter(s => s.encrypted === false)
      .map(s => `n${s.nodeId}/s${s.storeId}`);
    const findings = [];
    if (plain.length)
      findings.push(
        warn(
          msg`Nodes ${raw(plain.join(', '))} run --enterprise-encryption with key=plain (or no key): their stores are written in plaintext although kv_store_status reports encrypted = true.`,
          undefined,
          'not-enabled'
        )
      );
    if (without.length)
      findings.push(
        warn(
          msg`Nodes ${raw(without.join(', '))} start without --enterprise-encryption: their stores are not encrypted by CockroachDB.`,
          undefined,
          'not-enabled'
        )
      );
    if (unencryptedStores.length && !findings.length)
      findings.push(
        warn(
          msg`Stores ${raw(unencryptedStores.join(', '))} report encrypted = false.`,
          undefined,
          'not-enabled'
        )
      );
    if (findings.length) return findings;
    if (nodes.length === 0) need(facts.stores);
    return [
      pass(
        msg`Every node (${raw(String(nodes.length))}) starts with --enterprise-encryption and an AES key (not key=plain)${raw(stores ? `; ${stores.length === 1 ? '1 store reports' : `${stores.length} stores report`} encrypted = true` : '')}.`
      )
    ];
  }
});

/** The path=/key= specs of every --enterprise-encryption flag (`--flag=spec` or `--flag spec`). */
export function encryptionSpecs(args: readonly string[]): { path?: string; key?: string }[] {
  const out: { path?: string; key?: string }[] = [];
  args.forEach((a, i) => {
    let spec: string | undefined;
    if (a.startsWith('--enterprise-encryption=')) spec = a.slice('--enterprise-encryption='.length);
    else if (a === '--enterprise-encryption') spec = args[i + 1];
    if (spec === undefined) return;
    const fields = Object.fromEntries(
      spec.split(',').map(kv => {
        const eq = kv.indexOf('=');
        return eq < 0 ? [kv, ''] : [kv.slice(0, eq).trim(), kv.slice(eq + 1).trim()];
      })
    ) as Record<string, string>;
    out.push({
      ...(fields.path !== undefined ? { path: fields.path } : {}),
      ...(fields.key !== undefined ? { key: fields.key } : {})
    });
  });
  return out;
}
