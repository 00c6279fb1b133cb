import { fail, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';
import { PASSWORD_POLICY_CONTROLS } from '../../../policy/control-sets.js';

/** Compliant: local passwords need at least 12 characters (PCI DSS 8.3.6). */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/password-policy',
    title: 'Password policy',
    dimension: 'Authentication & SSO',
    family: 'password-policy',
    description: 'The password policy requires at least 12 characters for local users.',
    rationale:
      'Short local passwords fall quickly to guessing and credential stuffing against the REST API and console.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'POST /settings/passwordPolicy minLength=12 (and enforce character classes); existing passwords are checked on their next change.',
      link: 'https://docs.couchbase.com/server/current/rest-api/rest-set-password-policy.html'
    },
    frameworks: PASSWORD_POLICY_CONTROLS
  },
  evaluate(facts) {
    const p = need(facts.passwordPolicy);
    const classes = [
      p.enforceUppercase && 'uppercase',
      p.enforceLowercase && 'lowercase',
      p.enforceDigits && 'digits',
      p.enforceSpecialChars && 'special characters'
    ].filter((c): c is string => Boolean(c));
    const enforced = classes.length ? `enforces ${classes.join(', ')}` : 'enforces no character class';
    const detail = `Minimum password length ${p.minLength}; ${enforced}`;
    if (p.minLength >= 12) return [pass(msg`${raw(detail)}.`)];
    if (p.minLength >= 8) return [warn(msg`${raw(detail)}: below the 12 characters PCI DSS 8.3.6 asks for.`)];
    return [
      fail(
        msg`${raw(detail)}: ${raw(p.minLength === 0 ? 'empty passwords are allowed' : 'far below 12 characters')}.`
      )
    ];
  }
});
