import { fail, pass, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { parseCouchbaseVersion } from '../releases.js';
import { defineCouchbaseCheck } from './define.js';
import { TRANSIT_CONTROLS } from '../../../policy/control-sets.js';

const STRONG = new Set(['tlsv1.2', 'tlsv1.3']);

/**
 * Compliant: the global and every per-service tlsMinVersion are TLS 1.2 or 1.3. From 7.6 on the
 * server refuses lower values and deletes stored ones on upgrade (ns_ssl_services_setup.erl
 * config_upgrade_to_76), so a FAIL is only possible on older releases. Community Edition leaves
 * the TLS keys out of the GET: it cannot set them and the built-in minimum TLS 1.2 applies.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/tls-version',
    title: 'Minimum TLS version',
    dimension: 'Encryption',
    description:
      'tlsMinVersion is tlsv1.2 or tlsv1.3 globally and for every service that overrides it (xdcr included on 8.0).',
    rationale:
      'TLS 1.0 and 1.1 have known weaknesses and lack modern ciphers, so connections that negotiate them can be downgraded or decrypted.',
    outcomes: ['PASS', 'FAIL'],
    remediation: {
      text: 'POST /settings/security tlsMinVersion=tlsv1.2 (and remove lower per-service overrides under /settings/security/<service>); upgrade to 7.6 or later, which refuses anything below TLS 1.2.',
      link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
    },
    frameworks: TRANSIT_CONTROLS
  },
  evaluate(facts) {
    const s = need(facts.security);
    if (facts.cluster.edition === 'community' && s.tlsMinVersion === null) {
      return [
        pass(
          msg`Community Edition cannot set tlsMinVersion (the key is Enterprise only); the built-in minimum TLS 1.2 applies to every service.`
        )
      ];
    }
    const global = s.tlsMinVersion ?? 'tlsv1.2';
    const v = parseCouchbaseVersion(facts.cluster.version);
    const from76 = v !== null && (v.major > 7 || (v.major === 7 && v.minor >= 6));
    const findings: RawFinding[] = [];
    if (!STRONG.has(global))
      findings.push(
        fail(
          msg`The cluster-wide tlsMinVersion is ${global}: TLS 1.0/1.1 are broken protocol versions${raw(from76 ? ' (a 7.6+ node refuses this value: the cluster is mid-upgrade)' : '')}.`,
          'global'
        )
      );
    for (const [service, sv] of Object.entries(s.services)) {
      if (sv.tlsMinVersion && !STRONG.has(sv.tlsMinVersion)) {
        findings.push(fail(msg`Service ${service} overrides tlsMinVersion to ${sv.tlsMinVersion}.`, service));
      }
    }
    if (findings.length) return findings;
    const overrides = Object.entries(s.services).filter(([, sv]) => sv.tlsMinVersion);
    return [
      pass(
        overrides.length
          ? msg`tlsMinVersion is ${global} cluster-wide; ${raw(overrides.map(([k, sv]) => `${k} ${sv.tlsMinVersion}`).join(', '))}.`
          : msg`tlsMinVersion is ${global} cluster-wide; no service overrides it.`
      )
    ];
  }
});
