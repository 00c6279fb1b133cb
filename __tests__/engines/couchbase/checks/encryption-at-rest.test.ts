import check from '../../../../src/engines/couchbase/checks/encryption-at-rest.js';
import { available, notApplicableHere } from '../../../../src/core/facts.js';
import type { CbBucket } from '../../../../src/engines/couchbase/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts, forbidden } from '../../../helpers/cb-facts.js';

const t = (
  method: string,
  dataStatus: string | null = method === 'disabled' ? 'unencrypted' : 'encrypted'
) => ({
  method,
  dataStatus
});
const ear = (config: string, log: string, audit: string) =>
  available({ config: t(config), log: t(log), audit: t(audit) });
const bucket = (name: string, keyId: number, dataStatus: string, bucketType = 'membase'): CbBucket => ({
  name,
  bucketType,
  encryptionAtRestKeyId: keyId,
  dataStatus
});

checkTester(check, {
  pass: [
    {
      name: 'every persistent bucket and config, logs and audit encrypted; an ephemeral bucket is not judged',
      facts: cbFacts(),
      expect: [
        {
          status: 'PASS',
          detail:
            'All 1 persistent bucket is fully encrypted; configuration encryptionKey, logs encryptionKey, audit logs nodeSecretManager.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'config, logs and audit encrypted, but a bucket has no key (-1): the data is not encrypted',
      facts: cbFacts({
        buckets: available([bucket('orders', 2, 'encrypted'), bucket('customers', -1, 'unencrypted')])
      }),
      expect: [
        {
          status: 'WARN',
          detail: '1 of 2 persistent buckets store data unencrypted (encryptionAtRestKeyId -1): customers.',
          object: 'buckets'
        }
      ]
    },
    {
      name: 'partiallyEncrypted is not encrypted',
      facts: cbFacts({ buckets: available([bucket('orders', 2, 'partiallyEncrypted')]) }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Bucket orders has an encryption key, but its data is partiallyEncrypted: data written before the key was set is not yet re-encrypted.',
          object: 'bucket:orders'
        }
      ]
    },
    {
      name: 'logs and audit off',
      facts: cbFacts({ encryptionAtRest: ear('encryptionKey', 'disabled', 'disabled') }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Encryption at rest is off for logs, audit logs (configuration encryptionKey, logs disabled, audit logs disabled).',
          object: 'cluster'
        }
      ]
    },
    {
      name: 'audit log encryption just enabled, still partially encrypted',
      facts: cbFacts({
        encryptionAtRest: available({
          config: t('encryptionKey'),
          log: t('encryptionKey'),
          audit: t('encryptionKey', 'partiallyEncrypted')
        })
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Encryption at rest is on (configuration encryptionKey, logs encryptionKey, audit logs encryptionKey), but audit logs are partiallyEncrypted.',
          object: 'cluster'
        }
      ]
    }
  ],
  other: [
    {
      name: 'PII/PHI data: the check still says WARN (condition not-enabled); the policy raises it',
      facts: cbFacts({ buckets: available([bucket('customers', -1, 'unencrypted')]) }),
      ctx: { dataSensitivity: 'pii-phi' },
      expect: [
        {
          status: 'WARN',
          detail: '1 of 1 persistent bucket store data unencrypted (encryptionAtRestKeyId -1): customers.',
          object: 'buckets'
        }
      ]
    },
    {
      name: 'buckets unreadable: never a PASS on config/log/audit alone',
      facts: cbFacts({ buckets: forbidden('/pools/default/buckets', 'cluster.bucket[.].settings!read') }),
      expect: [
        {
          status: 'UNKNOWN',
          detail:
            'Could not be evaluated: GET /pools/default/buckets answered 403: the audit user lacks cluster.bucket[.].settings!read. Fix: give the audit user the Read-Only Security Admin (ro_security_admin) role; the 8.0 upgrade gives it to every ro_admin user.'
        }
      ]
    },
    {
      name: 'before 8.0 or Community Edition: N/A',
      facts: cbFacts({
        encryptionAtRest: notApplicableHere(
          'Community Edition cannot enable native encryption at rest (Enterprise Edition only).'
        )
      }),
      expect: [
        {
          status: 'N/A',
          detail: 'Community Edition cannot enable native encryption at rest (Enterprise Edition only).'
        }
      ]
    }
  ]
});
