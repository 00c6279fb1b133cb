import { fail, notApplicable, pass } from '../../../core/check.js';
import { msg } from '../../../core/text.js';
import { isOn, setting } from '../settings.js';
import { definePostgresCheck } from './define.js';

/** Compliant: ssl_min_protocol_version is TLSv1.2 or TLSv1.3. */
export default definePostgresCheck({
  meta: {
    id: 'pg/tls-version',
    title: 'Minimum TLS version',
    dimension: 'Encryption',
    description: 'ssl_min_protocol_version refuses TLS 1.0 and 1.1.',
    rationale:
      'TLS 1.0 and 1.1 have known weaknesses, so clients that negotiate them can be downgraded or have their traffic decrypted.',
    outcomes: ['PASS', 'FAIL', 'N/A'],
    remediation: {
      text: "ALTER SYSTEM SET ssl_min_protocol_version = 'TLSv1.2' (or 'TLSv1.3' when every client supports it); reload.",
      link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-SSL-MIN-PROTOCOL-VERSION'
    },
    frameworks: { 'PCI DSS': ['4'], HIPAA: ['164.312(e)(1)'], 'ISO 27001': ['8.24'] }
  },
  evaluate(facts) {
    if (!isOn(setting(facts, 'ssl').setting)) {
      return [notApplicable(msg`ssl is off, so no TLS version is negotiated (see pg/ssl).`)];
    }
    const min = setting(facts, 'ssl_min_protocol_version').setting;
    if (min === 'TLSv1.2' || min === 'TLSv1.3') return [pass(msg`ssl_min_protocol_version is ${min}.`)];
    const shown = min === '' ? 'empty (any version)' : min;
    return [fail(msg`ssl_min_protocol_version is ${shown}: clients may negotiate TLS older than 1.2.`)];
  }
});
