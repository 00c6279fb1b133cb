import { defineCheck, fail, pass } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import type { TfFacts } from './facts.js';

/** Cloud SQL ssl_mode (or the older require_ssl): whether connections without TLS are accepted. */
export default defineCheck<TfFacts<string>>({
  meta: {
    id: 'tf/gcp-ssl-mode',
    title: 'Cloud SQL requires TLS',
    dimension: 'Encryption',
    family: 'encryption-in-transit',
    appliesTo: ['cloud', 'self-hosted'],
    description: 'ssl_mode is ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED.',
    outcomes: ['PASS', 'FAIL'],
    rationale:
      'An instance that accepts unencrypted connections lets a client, or anyone between it and the database, send passwords and data in clear text.',
    remediation: {
      text: 'Set settings { ip_configuration { ssl_mode = "ENCRYPTED_ONLY" } } (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED).',
      link: 'https://cloud.google.com/sql/docs/postgres/configure-ssl-instance'
    },
    frameworks: { 'PCI DSS': ['4'], HIPAA: ['164.312(e)(1)'], 'SOC 2': ['CC6.7'], GDPR: ['Art. 32'] }
  },
  evaluate(facts) {
    const mode = need(facts.value);
    if (mode === 'ENCRYPTED_ONLY' || mode === 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED')
      return [pass(msg`${facts.address} accepts only TLS connections (ssl_mode ${mode}).`)];
    return [fail(msg`${facts.address} accepts connections without TLS (ssl_mode ${mode}).`)];
  }
});
