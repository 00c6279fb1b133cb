import { info, pass, warn } from '../../../core/check.js';
import { msg, raw } from '../../../core/text.js';
import { parseCrdbHba } from '../hba.js';
import { setting } from '../settings.js';
import { HBA_SETTING } from './hba.js';
import { defineCockroachCheck } from './define.js';

/** PASS only for ldapport=636 (the one port CockroachDB dials with TLS); WARN otherwise; INFO without LDAP. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/ldap',
    title: 'LDAP authentication',
    dimension: 'Authentication & SSO',
    description: 'LDAP logins, when configured in the HBA, reach the directory over LDAPS.',
    rationale:
      "LDAP logins over plain LDAP send users' passwords and the bind password across the network in clear, where anyone on the path can read them.",
    outcomes: ['PASS', 'WARN', 'INFO'],
    remediation: {
      text: 'Use ldapport=636 (LDAPS) in the HBA ldap rules, keep ldapbindpasswd out of logs (server.redact_sensitive_settings.enabled = true), and map users with server.identity_map.configuration.',
      link: 'https://www.cockroachlabs.com/docs/stable/ldap-authentication'
    },
    frameworks: { 'SOC 2': ['CC6.1'], 'ISO 27001': ['8.5'] }
  },
  evaluate(facts) {
    const parsed = parseCrdbHba(setting(facts, HBA_SETTING));
    const rules = parsed.ok ? parsed.rules.filter(r => r.method === 'ldap') : [];
    if (rules.length === 0) return [info(msg`No HBA rule uses ldap: LDAP authentication is not configured.`)];
    return rules.map(r => {
      const line = raw(String(r.lineNumber));
      const server = r.options.ldapserver ?? '(no ldapserver)';
      const invalid = r.optionNames.filter(n => !LDAP_OPTIONS.has(n));
      if (invalid.length)
        return warn(
          msg`LDAP rule at line ${line} has options CockroachDB rejects (${raw(invalid.join(', '))}): "invalid LDAP option provided in hba conf", so its logins fail.`,
          r.display
        );
      const port = r.options.ldapport;
      if (port === undefined)
        return warn(
          msg`LDAP rule at line ${line} has no ldapport, which CockroachDB requires ("ldap params in HBA conf missing ldap port"): its logins fail.`,
          r.display
        );
      // pkg/ccl/ldapccl/ldap_util.go dials ldaps:// only for port 636 and plain ldap:// (no StartTLS)
      // on every other port; older builds always dialled TLS. 636 is the one safe answer for both.
      if (port !== '636')
        return warn(
          msg`LDAP rule at line ${line} talks to ${server} on port ${port}: CockroachDB uses TLS only on port 636 and never StartTLS, so this release may send LDAP credentials in clear text; use ldapport=636.`,
          r.display
        );
      return pass(msg`LDAP rule at line ${line} uses LDAPS (${server} on port 636).`, r.display);
    });
  }
});

/** The options CockroachDB's LDAP manager accepts (pkg/ccl/ldapccl). */
const LDAP_OPTIONS = new Set([
  'ldapserver',
  'ldapport',
  'ldapbasedn',
  'ldapbinddn',
  'ldapbindpasswd',
  'ldapsearchfilter',
  'ldapsearchattribute',
  'ldapgrouplistfilter'
]);
