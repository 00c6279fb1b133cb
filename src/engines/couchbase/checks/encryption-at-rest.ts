import { defineCheck, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { CbFacts } from '../facts.js';

/**
 * Compliant (8.0+): configuration, logs and audit logs are encrypted at rest. Off is a WARN with
 * condition `not-enabled`, which the policy raises to FAIL for PII/PHI or financial data. Before 8.0
 * there is no native encryption at rest: N/A.
 */
export default defineCheck<CbFacts>({
  meta: {
    id: 'cb/encryption-at-rest',
    title: 'Encryption at rest',
    dimension: 'Encryption',
    family: 'encryption-at-rest',
    appliesTo: ['self-hosted', 'cloud'],
    description: 'Couchbase 8.0+ native encryption at rest is on for configuration, logs and audit logs.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'Create an encryption key (Security > Encryption at Rest) and enable encryption for config, log and audit (POST /settings/security/encryptionAtRest); enable it per bucket with encryptionAtRestKeyId.',
      link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-native-encryption-at-rest.html'
    },
    frameworks: { HIPAA: ['164.312(a)(2)(iv)'], 'PCI DSS': ['3'], GDPR: ['Art. 32'], 'ISO 27001': ['8.24'] }
  },
  evaluate(facts) {
    const e = need(facts.encryptionAtRest);
    const parts = [
      ['configuration', e.config],
      ['logs', e.log],
      ['audit logs', e.audit]
    ] as const;
    const off = parts.filter(([, m]) => m === 'disabled').map(([k]) => k);
    const describe = parts.map(([k, m]) => `${k} ${m}`).join(', ');
    if (off.length === 0) return [pass(msg`Encryption at rest is on: ${raw(describe)}.`)];
    return [
      warn(
        msg`Encryption at rest is off for ${raw(off.join(', '))} (${raw(describe)}).`,
        undefined,
        'not-enabled'
      )
    ];
  }
});
