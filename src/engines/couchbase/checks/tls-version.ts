import { defineCheck, fail, pass, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { CbFacts } from '../facts.js';
import type { FrameworkRefs } from '../../../policy/frameworks.js';

const STRONG = new Set(['tlsv1.2', 'tlsv1.3']);

export const TRANSIT_FRAMEWORKS: FrameworkRefs = {
  'PCI DSS': ['4'],
  HIPAA: ['164.312(e)(1)'],
  'SOC 2': ['CC6.7'],
  'ISO 27001': ['8.24'],
  GDPR: ['Art. 32']
};

/** Compliant: the global and every per-service tlsMinVersion are TLS 1.2 or 1.3. */
export default defineCheck<CbFacts>({
  meta: {
    id: 'cb/tls-version',
    title: 'Minimum TLS version',
    dimension: 'Encryption',
    appliesTo: ['self-hosted', 'cloud'],
    description: 'tlsMinVersion is tlsv1.2 or tlsv1.3 globally and for every service that overrides it.',
    outcomes: ['PASS', 'FAIL'],
    remediation: {
      text: 'POST /settings/security tlsMinVersion=tlsv1.2 (and remove lower per-service overrides under /settings/security/<service>).',
      link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
    },
    frameworks: TRANSIT_FRAMEWORKS
  },
  evaluate(facts) {
    const s = need(facts.security);
    // 7.6 defaults to tlsv1.2 when the key is absent.
    const global = s.tlsMinVersion ?? 'tlsv1.2';
    const findings: RawFinding[] = [];
    if (!STRONG.has(global))
      findings.push(
        fail(
          msg`The cluster-wide tlsMinVersion is ${global}: TLS 1.0/1.1 are broken protocol versions.`,
          'global'
        )
      );
    for (const [service, v] of Object.entries(s.services)) {
      if (v.tlsMinVersion && !STRONG.has(v.tlsMinVersion)) {
        findings.push(fail(msg`Service ${service} overrides tlsMinVersion to ${v.tlsMinVersion}.`, service));
      }
    }
    if (findings.length) return findings;
    const overrides = Object.entries(s.services).filter(([, v]) => v.tlsMinVersion);
    return [
      pass(
        overrides.length
          ? msg`tlsMinVersion is ${global} cluster-wide; ${raw(overrides.map(([k, v]) => `${k} ${v.tlsMinVersion}`).join(', '))}.`
          : msg`tlsMinVersion is ${global} cluster-wide; no service overrides it.`
      )
    ];
  }
});
