import { defineCheck, fail, pass } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import type { TfFacts } from './facts.js';

/** aws_db_instance / aws_rds_cluster storage_encrypted (default false). */
export default defineCheck<TfFacts<boolean>>({
  meta: {
    id: 'tf/aws-storage-encrypted',
    title: 'RDS storage encryption',
    dimension: 'Encryption',
    family: 'encryption-at-rest',
    appliesTo: ['cloud', 'self-hosted'],
    description: 'RDS storage, its snapshots and backups are encrypted with KMS (storage_encrypted true).',
    outcomes: ['PASS', 'FAIL'],
    rationale:
      'Unencrypted storage leaves the data files, snapshots and backups readable to anyone who obtains a copy of the volume or a shared snapshot.',
    remediation: {
      text: 'Set storage_encrypted = true (and kms_key_id for a customer-managed key); an existing instance is encrypted by restoring an encrypted snapshot copy.',
      link: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'
    },
    frameworks: { HIPAA: ['164.312(a)(2)(iv)'], 'PCI DSS': ['3'], GDPR: ['Art. 32'], 'ISO 27001': ['8.24'] }
  },
  evaluate(facts) {
    return need(facts.value)
      ? [pass(msg`${facts.address} encrypts its storage.`)]
      : [
          fail(
            msg`${facts.address} does not encrypt its storage: data files, snapshots and backups are stored unencrypted.`,
            undefined,
            'not-enabled'
          )
        ];
  }
});
