import { fail, pass, type RawFinding } from '../../../core/check.js';
import { judgeCertificateExpiry } from '../../../judgements/certificate-expiry.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCockroachCheck } from './define.js';
import { TRANSIT_CONTROLS } from '../../../policy/control-sets.js';

const byExpiry = judgeCertificateExpiry;

/** Cloud: enforced. Self-hosted: no --insecure, TLS offered, certificates served (and in --certs-dir) not near expiry. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/tls',
    title: 'TLS and certificates',
    dimension: 'Encryption',
    family: 'encryption-in-transit',
    description: 'SQL connections require TLS and every certificate is valid for more than 90 days.',
    rationale:
      'Without required TLS, credentials and data cross the network in clear; a certificate that expires stops every client that verifies it.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'Never run --insecure or --accept-sql-without-tls; rotate node and client certificates (cockroach cert create-node ...) before they expire and reload them with SIGHUP.',
      link: 'https://www.cockroachlabs.com/docs/stable/rotate-certificates'
    },
    frameworks: TRANSIT_CONTROLS
  },
  evaluate(facts, ctx) {
    if (ctx.deployment === 'cloud')
      return [pass(msg`CockroachDB Cloud enforces TLS on every SQL connection.`)];
    const findings: RawFinding[] = [];
    if (facts.nodeArgs.ok) {
      for (const n of facts.nodeArgs.value) {
        const flag = n.args.find(
          a => a === '--insecure' || a.startsWith('--insecure=') || a.startsWith('--accept-sql-without-tls')
        );
        if (flag && flag !== '--insecure=false')
          findings.push(
            fail(
              msg`Node n${raw(String(n.nodeId))} runs with ${flag}: SQL clients may connect without TLS.`,
              `n${n.nodeId}`
            )
          );
      }
    }
    const tls = need(facts.tls);
    if (!tls.offered) {
      findings.push(fail(msg`The SQL port does not offer TLS: the cluster runs insecure.`));
      return findings;
    }
    const leaf = tls.chain[0];
    if (leaf)
      findings.push(
        byExpiry(msg`The served certificate ${leaf.subject}`, leaf.validTo, ctx.auditedAt, leaf.subject)
      );
    if (facts.certFiles) {
      for (const c of need(facts.certFiles))
        findings.push(
          byExpiry(msg`Certificate file ${c.file} (${c.subject})`, c.notAfter, ctx.auditedAt, c.file)
        );
    }
    return findings;
  }
});
