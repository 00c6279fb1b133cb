import { fail, pass } from '../../../core/check.js';
import { msg, plural, raw } from '../../../core/text.js';
import { isTrue, setting, settingIfKnown } from '../settings.js';
import { defineCockroachCheck } from './define.js';

/** PASS when external identities are mapped to SQL users (or auto-provisioned); FAIL otherwise. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/identity-map',
    title: 'Identity mapping',
    dimension: 'Authentication & SSO',
    description:
      'External identities (certificates, JWT, LDAP) map to SQL users through server.identity_map.configuration or auto-provisioning.',
    rationale:
      'Without an identity map, external identities (certificate subjects, JWT claims, LDAP names) map to SQL users by name alone, so an identity can land on an unintended or privileged user.',
    outcomes: ['PASS', 'FAIL'],
    remediation: {
      text: "SET CLUSTER SETTING server.identity_map.configuration = '<issuer> /^(.*)@example\\.com$ \\1'; or enable security.provisioning.ldap.enabled / security.provisioning.jwt.enabled to create users on first LDAP / JWT login.",
      link: 'https://www.cockroachlabs.com/docs/stable/sso-sql'
    },
    frameworks: { 'SOC 2': ['CC6.2'], 'ISO 27001': ['5.15'] }
  },
  evaluate(facts) {
    const provisioned = ['ldap', 'jwt'].filter(k =>
      isTrue(
        settingIfKnown(facts, `security.provisioning.${k}.enabled` as 'security.provisioning.ldap.enabled')
      )
    );
    if (provisioned.length) {
      return [
        pass(
          msg`${raw(provisioned.map(k => k.toUpperCase()).join(' and '))} users are auto-provisioned (${raw(provisioned.map(k => `security.provisioning.${k}.enabled`).join(', '))}).`
        )
      ];
    }
    const map = setting(facts, 'server.identity_map.configuration');
    const lines = map
      .split('\n')
      .map(l => l.replace(/#.*/, '').trim())
      .filter(Boolean);
    if (lines.length)
      return [
        pass(msg`server.identity_map.configuration maps identities (${raw(plural(lines.length, 'rule'))}).`)
      ];
    return [
      fail(
        msg`server.identity_map.configuration is empty and no auto-provisioning is on: external identities must match SQL user names exactly.`
      )
    ];
  }
});
