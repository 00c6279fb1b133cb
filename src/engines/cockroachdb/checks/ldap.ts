import { defineCheck, info, pass, warn } from '../../../core/check.js';
import { msg, raw } from '../../../core/text.js';
import type { CrdbFacts } from '../facts.js';
import { parseCrdbHba } from '../hba.js';
import { setting } from '../settings.js';
import { HBA_SETTING } from './hba.js';

/** PASS with LDAP rules over LDAPS; WARN on plain port 389; INFO when LDAP is not used. */
export default defineCheck<CrdbFacts>({
  meta: {
    id: 'crdb/ldap',
    title: 'LDAP authentication',
    dimension: 'Authentication & SSO',
    appliesTo: ['self-hosted', 'cloud'],
    description: 'LDAP logins, when configured in the HBA, reach the directory over LDAPS.',
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
      const port = r.options.ldapport ?? '389';
      const server = r.options.ldapserver ?? '(no ldapserver)';
      if (port === '389' && !/^ldaps/i.test(r.options.ldapscheme ?? '')) {
        return warn(
          msg`LDAP rule at line ${raw(String(r.lineNumber))} talks to ${server} on port 389 without TLS: passwords cross the network in clear.`,
          r.display
        );
      }
      return pass(
        msg`LDAP rule at line ${raw(String(r.lineNumber))} uses ${server} on port ${port}.`,
        r.display
      );
    });
  }
});
