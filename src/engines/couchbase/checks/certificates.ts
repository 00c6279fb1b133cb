import { info, unknown, warn, type RawFinding } from '../../../core/check.js';
import { judgeCertificateExpiry } from '../../../judgements/certificate-expiry.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { CbNode, CbNodeCertificate } from '../facts.js';
import { defineCouchbaseCheck } from './define.js';
import { TRANSIT_CONTROLS } from '../../../policy/control-sets.js';

const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\]|::1)(:\d+)?$/;

/**
 * Pairs each certificate with its node. /pools/default/certificates is read from replicated
 * config and names a loopback-named node 127.0.0.1:8091, while /pools/default shows the address
 * the request arrived on: match by name first, then a loopback-named certificate with the one
 * node left unmatched.
 */
export function pairCertificates(
  certs: readonly CbNodeCertificate[],
  nodes: readonly CbNode[]
): { cert: CbNodeCertificate; node: CbNode | null }[] {
  const used = new Set<CbNode>();
  const pairs = certs.map(cert => {
    const node = nodes.find(n => n.hostname === cert.node) ?? null;
    if (node) used.add(node);
    return { cert, node };
  });
  const left = nodes.filter(n => !used.has(n));
  const loopback = pairs.filter(p => !p.node && LOOPBACK.test(p.cert.node));
  if (left.length === 1 && loopback.length === 1) loopback[0].node = left[0];
  return pairs;
}

/** Per node: FAIL within 30 days of expiry (or expired), WARN within 90 or self-signed in production (EE). */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/certificates',
    title: 'Node certificates',
    dimension: 'Encryption',
    description: 'Every node serves a CA-signed certificate valid for more than 90 days.',
    rationale:
      'A self-signed or soon-expiring node certificate leaves clients either unable to verify the server (inviting man-in-the-middle) or failing to connect when it expires.',
    outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
    remediation: {
      text: 'Upload a CA-signed certificate chain and key per node (Enterprise Edition: Security > Certificates, or POST /node/controller/reloadCertificate) before expiry; replace the self-signed "generated" certificate in production.',
      link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-server-certificates.html'
    },
    frameworks: TRANSIT_CONTROLS
  },
  evaluate(facts, ctx) {
    const certs = need(facts.certificates);
    const ce = facts.cluster.edition === 'community';
    const findings: RawFinding[] = [];
    const pairs = pairCertificates(certs, facts.cluster.nodes);
    for (const { cert: c, node } of pairs) {
      const object = node?.hostname ?? c.node;
      const expires = Date.parse(c.expires);
      if (Number.isNaN(expires)) {
        findings.push(unknown(msg`Node ${c.node} reports an unreadable expiry ${c.expires}.`, object));
        continue;
      }
      const date = new Date(expires).toISOString().slice(0, 10);
      const state = node && node.clusterMembership !== 'active' ? `, node ${node.clusterMembership}` : '';
      const what = msg`Node ${object} certificate ${c.subject} (${c.type}${raw(state)})`;
      const byExpiry = judgeCertificateExpiry(what, c.expires, ctx.auditedAt, object);
      if (byExpiry.status !== 'PASS') findings.push(byExpiry);
      else if (c.type === 'generated' && ce) {
        // Uploading certificates is Enterprise only (handle_reload_certificate): nothing to fix here.
        findings.push(
          info(
            msg`${raw(what)} is the self-signed certificate Couchbase generated; Community Edition cannot replace it (certificate upload is Enterprise Edition only). Expires ${raw(date)}.`,
            object
          )
        );
      } else if (c.type === 'generated' && ctx.environment === 'production') {
        findings.push(
          warn(
            msg`${raw(what)} is the self-signed certificate Couchbase generated: clients cannot verify the node. Expires ${raw(date)}.`,
            object
          )
        );
      } else findings.push(byExpiry);
    }
    // The list comes from replicated config and covers every node; a node missing from it is a surprise.
    for (const n of facts.cluster.nodes) {
      if (!pairs.some(p => p.node === n)) {
        findings.push(
          unknown(
            msg`Node ${n.hostname} (${n.status}) has no entry in /pools/default/certificates.`,
            n.hostname
          )
        );
      }
    }
    if (findings.length === 0) findings.push(unknown(msg`No node reported a certificate.`));
    return findings;
  }
});
