import check from '../../../../src/engines/couchbase/checks/encryption-at-rest.js';
import { available, notApplicableHere } from '../../../../src/core/facts.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { cbFacts } from '../../../helpers/cb-facts.js';

const ear = (config: string, log: string, audit: string) => available({ config, log, audit });

checkTester(check, {
  pass: [
    {
      name: 'config, logs and audit encrypted',
      facts: cbFacts(),
      expect: [
        {
          status: 'PASS',
          detail:
            'Encryption at rest is on: configuration encryptionKey, logs encryptionKey, audit logs nodeSecretManager.'
        }
      ]
    }
  ],
  warn: [
    {
      name: 'logs and audit off, internal data',
      facts: cbFacts({ encryptionAtRest: ear('encryptionKey', 'disabled', 'disabled') }),
      expect: [
        {
          status: 'WARN',
          detail:
            'Encryption at rest is off for logs, audit logs (configuration encryptionKey, logs disabled, audit logs disabled).'
        }
      ]
    }
  ],
  other: [
    {
      name: 'PII/PHI data: the check still says WARN (condition not-enabled); the policy raises it',
      facts: cbFacts({ encryptionAtRest: ear('disabled', 'disabled', 'disabled') }),
      ctx: { dataSensitivity: 'pii-phi' },
      expect: [
        {
          status: 'WARN',
          detail:
            'Encryption at rest is off for configuration, logs, audit logs (configuration disabled, logs disabled, audit logs disabled).'
        }
      ]
    },
    {
      name: 'before 8.0: N/A',
      facts: cbFacts({
        encryptionAtRest: notApplicableHere(
          'Couchbase Server 7.6.2-3721-enterprise has no native encryption at rest (it arrived in 8.0).'
        )
      }),
      expect: [
        {
          status: 'N/A',
          detail:
            'Couchbase Server 7.6.2-3721-enterprise has no native encryption at rest (it arrived in 8.0).'
        }
      ]
    }
  ]
});
