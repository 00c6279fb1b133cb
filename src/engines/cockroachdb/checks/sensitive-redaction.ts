import { info, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { isTrue, settingIfKnown } from '../settings.js';
import { HBA_SETTING } from './hba.js';
import { defineCockroachCheck } from './define.js';
import { AUTHENTICATION_CONTROLS } from '../../../policy/control-sets.js';

/**
 * Secrets live inside settings: the LDAP bind password in the HBA text (`ldapbindpasswd=`), the
 * identity map. server.redact_sensitive_settings.enabled hides them from users with only
 * VIEWCLUSTERSETTING (pkg/settings/registry.go, masked.go); the docs' LDAP setup recommends it.
 */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/sensitive-redaction',
    title: 'Redaction of sensitive settings',
    dimension: 'Cluster Configuration',
    description:
      'server.redact_sensitive_settings.enabled is on when the HBA carries an LDAP bind password or an identity map is set.',
    rationale:
      'Without redaction, anyone with VIEWCLUSTERSETTING can read the LDAP bind password and identity mapping secrets from the cluster settings.',
    outcomes: ['PASS', 'WARN', 'INFO'],
    remediation: {
      text: 'SET CLUSTER SETTING server.redact_sensitive_settings.enabled = true; so that VIEWCLUSTERSETTING holders no longer read the LDAP bind password.',
      link: 'https://www.cockroachlabs.com/docs/stable/cluster-settings#sensitive-settings'
    },
    frameworks: AUTHENTICATION_CONTROLS
  },
  evaluate(facts) {
    const on = isTrue(need(facts.settings['server.redact_sensitive_settings.enabled']!));
    if (on)
      return [
        pass(
          msg`server.redact_sensitive_settings.enabled is on: sensitive settings read <redacted> for VIEWCLUSTERSETTING-only users.`
        )
      ];
    const hba = need(facts.settings[HBA_SETTING]!);
    const identity = settingIfKnown(facts, 'server.identity_map.configuration') ?? '';
    const secrets = [
      /ldapbindpasswd=/i.test(hba) && 'the HBA text carries an LDAP bind password (ldapbindpasswd)',
      identity.trim() !== '' && 'server.identity_map.configuration is set'
    ].filter(Boolean) as string[];
    if (secrets.length)
      return [
        warn(
          msg`server.redact_sensitive_settings.enabled is off while ${raw(secrets.join(' and '))}: every holder of VIEWCLUSTERSETTING can read them.`
        )
      ];
    return [
      info(
        msg`server.redact_sensitive_settings.enabled is off; no LDAP bind password or identity map is set.`
      )
    ];
  }
});
