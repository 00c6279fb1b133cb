import { fail, pass, warn } from '../../../core/check.js';
import { msg, raw } from '../../../core/text.js';
import { isTrue, setting, settingIfKnown } from '../settings.js';
import { need } from '../../../core/facts.js';
import { defineCockroachCheck } from './define.js';
import { PASSWORD_POLICY_CONTROLS } from '../../../policy/control-sets.js';

/** server.user_login.min_password_length: >=12 PASS, 8-11 WARN, <8 FAIL (the default is 1). */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/password-policy',
    title: 'Minimum password length',
    dimension: 'Authentication & SSO',
    family: 'password-policy',
    description:
      'server.user_login.min_password_length is at least 12 and clients cannot bypass it with pre-hashed passwords.',
    rationale:
      'Short passwords fall quickly to guessing, and pre-hashed passwords sent by clients bypass the length check altogether.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'SET CLUSTER SETTING server.user_login.min_password_length = 12; SET CLUSTER SETTING server.user_login.store_client_pre_hashed_passwords.enabled = false; both apply to new and changed passwords, so rotate existing ones.',
      link: 'https://www.cockroachlabs.com/docs/stable/cluster-settings'
    },
    frameworks: PASSWORD_POLICY_CONTROLS
  },
  evaluate(facts, ctx) {
    const n = Number(setting(facts, 'server.user_login.min_password_length'));
    const head = `server.user_login.min_password_length is ${n}`;
    // Pre-hashed passwords skip the length rule (cockroach pkg/security/password.go); default true.
    const preHashed = settingIfKnown(facts, 'server.user_login.store_client_pre_hashed_passwords.enabled');
    if (n >= 12) {
      if (preHashed === undefined)
        need(facts.settings['server.user_login.store_client_pre_hashed_passwords.enabled']!);
      if (isTrue(preHashed)) {
        const text = msg`${raw(head)}, but server.user_login.store_client_pre_hashed_passwords.enabled is on: a client that sends an already hashed password bypasses the minimum length.`;
        return [ctx.environment === 'production' ? warn(text) : pass(text)];
      }
      return [
        pass(msg`${raw(head)}, and pre-hashed passwords are refused, so every new password is checked.`)
      ];
    }
    if (n >= 8) return [warn(msg`${raw(head)}: below the 12 characters PCI DSS 8.3.6 asks for.`)];
    return [
      fail(
        msg`${raw(head)}${raw(n <= 1 ? ' (the default)' : '')}: passwords of ${raw(String(Math.max(n, 1)))} character${raw(n <= 1 ? '' : 's')} are accepted.`
      )
    ];
  }
});
