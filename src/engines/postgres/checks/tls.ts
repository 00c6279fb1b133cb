import { fail, notApplicable, type RawFinding } from '../../../core/check.js';
import { judgeCertificateExpiry } from '../../../judgements/certificate-expiry.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { definePostgresCheck } from './define.js';

/** Compliant: every certificate the server serves is valid for more than 90 more days. */
export default definePostgresCheck({
  meta: {
    id: 'pg/tls',
    title: 'Server certificate expiry',
    dimension: 'Encryption',
    description: 'Every certificate served in the TLS handshake is valid for more than 90 days.',
    rationale:
      'A certificate that expires stops every client that verifies it; a short-lived one forces a rushed renewal.',
    outcomes: ['PASS', 'WARN', 'FAIL', 'N/A'],
    remediation: {
      text: 'Renew the certificate (ssl_cert_file) before it expires and reload; automate renewal.',
      link: 'https://www.postgresql.org/docs/current/ssl-tcp.html#SSL-CERTIFICATE-CREATION'
    },
    frameworks: { 'PCI DSS': ['4'], HIPAA: ['164.312(e)(1)'], 'ISO 27001': ['8.24'] }
  },
  evaluate(facts, ctx) {
    const probe = need(facts.tls);
    if (!probe.offered)
      return [notApplicable(msg`The server does not offer TLS, so no certificate is served (see pg/ssl).`)];
    if (probe.chain.length === 0)
      return [fail(msg`The server completed a TLS handshake without presenting a certificate.`)];
    return probe.chain.map((cert): RawFinding =>
      judgeCertificateExpiry(
        msg`Certificate ${cert.subject}${raw(cert.source === 'served' ? '' : ' (chain)')}`,
        cert.validTo,
        ctx.auditedAt,
        cert.subject
      )
    );
  }
});
