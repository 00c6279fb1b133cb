import { pass, warn, type RawFinding } from '../../../core/check.js';
import { judgeCertificateExpiry } from '../../../judgements/certificate-expiry.js';
import { need, unavailable } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';
import { TRANSIT_CONTROLS } from '../../../policy/control-sets.js';

/**
 * Per trusted CA (EE): FAIL when expired or within 30 days of notAfter, WARN within 90 or when
 * the server itself warns (expires_soon, expired). Node certificates can be valid while their CA
 * is not. Community Edition has no trusted-CA store: N/A.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/trusted-cas',
    title: 'Trusted CA expiry',
    dimension: 'Encryption',
    description: 'Every trusted CA certificate is valid for more than 90 days.',
    rationale:
      'When a trusted CA expires, every certificate it signed stops validating and node or client connections fail; a renewal under time pressure invites mistakes.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'Load the renewed CA (POST /node/controller/loadTrustedCAs on each node) and re-issue node and client certificates from it before the old CA expires; then remove the old CA.',
      link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-server-certificates.html'
    },
    frameworks: TRANSIT_CONTROLS
  },
  evaluate(facts, ctx) {
    const cas = need(facts.trustedCAs);
    const findings: RawFinding[] = [];
    for (const ca of cas) {
      const at = Date.parse(ca.notAfter);
      const what = msg`Trusted CA ${ca.subject} (${ca.type})`;
      if (Number.isNaN(at)) {
        need(
          unavailable(msg`Trusted CA ${ca.subject} reports an unreadable notAfter ${ca.notAfter}.`),
          ca.subject
        );
      }
      const serverWarns = ca.warnings.filter(w => w === 'expired' || w === 'expires_soon');
      const byExpiry = judgeCertificateExpiry(what, ca.notAfter, ctx.auditedAt, ca.subject);
      // The server's own expires_soon/expired warning (its threshold is configurable) never reads as PASS.
      if (byExpiry.status === 'PASS' && serverWarns.length)
        findings.push(
          warn(msg`${raw(byExpiry.detail)} The server warns ${raw(serverWarns.join(', '))}.`, ca.subject)
        );
      else findings.push(byExpiry);
    }
    if (findings.length === 0)
      findings.push(pass(msg`No trusted CA is loaded beyond none: nothing can expire.`));
    return findings;
  }
});
