import { info, pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { parseCrdbHba } from '../hba.js';
import { isTrue, settingIfKnown } from '../settings.js';
import { HBA_SETTING } from './hba.js';
import { defineCockroachCheck } from './define.js';
import { AUTHENTICATION_CONTROLS } from '../../../policy/control-sets.js';

/**
 * Certificate logins (HBA methods cert, cert-password, cert-scram-sha-256; the built-in root rule
 * and the default configuration use cert-password): revocation checking (security.ocsp.mode,
 * default off) and the subject / SAN requirements (security.client_cert.subject_required.enabled,
 * .san_required.enabled from v26.2).
 */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/client-certificates',
    title: 'Client certificate checks',
    dimension: 'Authentication & SSO',
    appliesTo: ['self-hosted'],
    description:
      'Certificate logins check revocation (security.ocsp.mode strict) and require a certificate subject or SAN mapping.',
    rationale:
      'Without revocation checks a revoked or stolen client certificate keeps logging in until it expires, and without a subject mapping any certificate the CA ever signed can claim a SQL user by its common name.',
    outcomes: ['PASS', 'WARN', 'INFO'],
    remediation: {
      text: "SET CLUSTER SETTING security.ocsp.mode = 'strict'; SET CLUSTER SETTING security.client_cert.subject_required.enabled = true; (and security.client_cert.san_required.enabled on v26.2+), then set SUBJECT role options.",
      link: 'https://www.cockroachlabs.com/docs/stable/manage-certs-revoke-ocsp'
    },
    frameworks: AUTHENTICATION_CONTROLS
  },
  evaluate(facts) {
    // The built-in root rule (cert-password) always allows certificate logins.
    const hba = settingIfKnown(facts, HBA_SETTING);
    const parsed = hba ? parseCrdbHba(hba) : undefined;
    const methods = parsed?.ok
      ? [...new Set(parsed.rules.map(r => r.method).filter(m => m.startsWith('cert')))]
      : [];
    const mode = need(facts.settings['security.ocsp.mode']!).toLowerCase();
    const subject = isTrue(settingIfKnown(facts, 'security.client_cert.subject_required.enabled'));
    const san = isTrue(settingIfKnown(facts, 'security.client_cert.san_required.enabled'));
    const used = `certificate logins (${methods.length ? methods.join(', ') : 'cert-password in the built-in root rule'})`;
    const findings: RawFinding[] = [];
    if (mode === 'strict')
      findings.push(
        pass(msg`security.ocsp.mode is strict: revoked client certificates are refused for ${raw(used)}.`)
      );
    else if (mode === 'lax')
      findings.push(
        warn(
          msg`security.ocsp.mode is lax: a certificate whose OCSP responder cannot be reached is still accepted for ${raw(used)}.`
        )
      );
    else
      findings.push(
        warn(
          msg`security.ocsp.mode is ${raw(mode)}: revoked client certificates keep working for ${raw(used)}.`
        )
      );
    findings.push(
      info(
        msg`Certificate subject required: ${raw(subject ? 'yes' : 'no')}; SAN required: ${raw(san ? 'yes' : settingIfKnown(facts, 'security.client_cert.san_required.enabled') === undefined ? 'unknown (v26.2+ setting)' : 'no')}.`
      )
    );
    return findings;
  }
});
