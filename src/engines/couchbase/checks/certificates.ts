import { defineCheck, unknown, warn, type RawFinding } from '../../../core/check.js';
import { judgeCertificateExpiry } from '../../../judgements/certificate-expiry.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { CbFacts } from '../facts.js';
import { TRANSIT_FRAMEWORKS } from './tls-version.js';

/** Per node: FAIL within 30 days of expiry (or expired), WARN within 90 or self-signed in production. */
export default defineCheck<CbFacts>({
  meta: {
    id: 'cb/certificates',
    title: 'Node certificates',
    dimension: 'Encryption',
    appliesTo: ['self-hosted', 'cloud'],
    description: 'Every node serves a CA-signed certificate valid for more than 90 days.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'Upload a CA-signed certificate chain and key per node (Security > Certificates, or POST /node/controller/reloadCertificate) before expiry; replace the self-signed "generated" certificate in production.',
      link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-server-certificates.html'
    },
    frameworks: TRANSIT_FRAMEWORKS
  },
  evaluate(facts, ctx) {
    const certs = need(facts.certificates);
    const findings: RawFinding[] = [];
    for (const c of certs) {
      const expires = Date.parse(c.expires);
      if (Number.isNaN(expires)) {
        findings.push(unknown(msg`Node ${c.node} reports an unreadable expiry ${c.expires}.`, c.node));
        continue;
      }
      const date = new Date(expires).toISOString().slice(0, 10);
      const what = msg`Node ${c.node} certificate ${c.subject} (${c.type})`;
      const byExpiry = judgeCertificateExpiry(what, c.expires, ctx.auditedAt, c.node);
      if (byExpiry.status !== 'PASS') findings.push(byExpiry);
      else if (c.type === 'generated' && ctx.environment === 'production') {
        findings.push(
          warn(
            msg`${raw(what)} is the self-signed certificate Couchbase generated: clients cannot verify the node. Expires ${raw(date)}.`,
            c.node
          )
        );
      } else findings.push(byExpiry);
    }
    // A node that did not answer reports no certificate: say so rather than skip it.
    for (const n of facts.cluster.nodes) {
      if (!certs.some(c => c.node === n.hostname)) {
        findings.push(unknown(msg`Node ${n.hostname} (${n.status}) reported no certificate.`, n.hostname));
      }
    }
    if (findings.length === 0) findings.push(unknown(msg`No node reported a certificate.`));
    return findings;
  }
});
