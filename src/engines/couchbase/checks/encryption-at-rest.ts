import { pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw, valueList } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';
import { AT_REST_CONTROLS } from '../../../policy/control-sets.js';

/** Buckets that keep data on disk; a key is refused for the others (memcached, ephemeral). */
const PERSISTENT = new Set(['membase', 'couchbase']);

/**
 * Compliant (8.0 Enterprise): every persistent bucket has an encryption key and its data is
 * fully encrypted, and cluster configuration, logs and audit logs are encrypted. Bucket data is
 * configured per bucket (encryptionAtRestKeyId, -1 = off); the cluster-wide settings cover
 * config, logs and audit only, so they never prove the data is encrypted. Data left unencrypted
 * is a WARN with condition `not-enabled`, which the policy raises to FAIL for PII/PHI or
 * financial data. Before 8.0 and on Community Edition (which cannot enable it): N/A.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/encryption-at-rest',
    title: 'Encryption at rest',
    dimension: 'Encryption',
    family: 'encryption-at-rest',
    description:
      'Couchbase 8.0+ native encryption at rest is on for every persistent bucket (fully encrypted) and for configuration, logs and audit logs.',
    rationale:
      "Without native encryption at rest, anyone with access to the data files, configuration, logs or a backup of the node's disk reads them directly.",
    verify:
      'Before 8.0 (no native encryption): whether the data, configuration and log volumes of every node are encrypted.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'Create an encryption key (Security > Encryption at Rest), set encryptionAtRestKeyId on every persistent bucket, enable encryption for config, log and audit (POST /settings/security/encryptionAtRest), then force re-encryption of existing data.',
      link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-native-encryption-at-rest.html'
    },
    frameworks: AT_REST_CONTROLS
  },
  evaluate(facts) {
    const e = need(facts.encryptionAtRest);
    const buckets = need(facts.buckets).filter(b => PERSISTENT.has(b.bucketType));
    const findings: RawFinding[] = [];
    const off = buckets.filter(b => b.encryptionAtRestKeyId === null || b.encryptionAtRestKeyId === -1);
    const partial = buckets.filter(b => !off.includes(b) && b.dataStatus !== 'encrypted');
    if (off.length) {
      findings.push(
        warn(
          msg`${raw(String(off.length))} of ${raw(String(buckets.length))} persistent bucket${raw(buckets.length === 1 ? '' : 's')} store data unencrypted (encryptionAtRestKeyId -1): ${valueList(off.map(b => b.name))}.`,
          'buckets',
          'not-enabled'
        )
      );
    }
    for (const b of partial) {
      findings.push(
        warn(
          msg`Bucket ${b.name} has an encryption key, but its data is ${b.dataStatus ?? 'of unknown status'}: data written before the key was set is not yet re-encrypted.`,
          `bucket:${b.name}`
        )
      );
    }
    const parts = [
      ['configuration', e.config],
      ['logs', e.log],
      ['audit logs', e.audit]
    ] as const;
    const describe = parts.map(([k, t]) => `${k} ${t.method}`).join(', ');
    const cfgOff = parts.filter(([, t]) => t.method === 'disabled').map(([k]) => k);
    const cfgPartial = parts.filter(
      ([, t]) => t.method !== 'disabled' && t.dataStatus && t.dataStatus !== 'encrypted'
    );
    if (cfgOff.length) {
      findings.push(
        warn(
          msg`Encryption at rest is off for ${raw(cfgOff.join(', '))} (${raw(describe)}).`,
          'cluster',
          'not-enabled'
        )
      );
    } else if (cfgPartial.length) {
      findings.push(
        warn(
          msg`Encryption at rest is on (${raw(describe)}), but ${raw(cfgPartial.map(([k, t]) => `${k} are ${t.dataStatus}`).join(', '))}.`,
          'cluster'
        )
      );
    }
    if (findings.length) return findings;
    return [
      pass(
        msg`${raw(buckets.length ? `All ${buckets.length} persistent bucket${buckets.length === 1 ? ' is' : 's are'} fully encrypted` : 'No persistent bucket exists')}; ${raw(describe)}.`
      )
    ];
  }
});
