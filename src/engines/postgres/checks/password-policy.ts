import { fail, notApplicable, pass } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { count, msg, raw, valueList } from '../../../core/text.js';
import { findShadowing, isHostRule, PASSWORD_METHODS, ruleLocation } from '../hba.js';
import { libraryTokens, setting } from '../settings.js';
import { definePostgresCheck } from './define.js';
import { PASSWORD_POLICY_CONTROLS } from '../../../policy/control-sets.js';

const POLICY_LIBRARIES = ['passwordcheck', 'credcheck'];

/** Compliant: password complexity is enforced by passwordcheck or credcheck wherever passwords are used. */
export default definePostgresCheck({
  meta: {
    id: 'pg/password-policy',
    title: 'Password complexity policy',
    dimension: 'Authentication',
    family: 'password-policy',
    description: 'passwordcheck or credcheck is preloaded when any host rule authenticates with a password.',
    rationale:
      'Without a password-check module, roles can be given short or trivial passwords, which fall to guessing wherever a host rule accepts passwords.',
    outcomes: ['PASS', 'FAIL', 'N/A'],
    remediation: {
      text: 'Add passwordcheck (or credcheck, with a 12-character minimum) to shared_preload_libraries and restart; or move logins to SSO/certificates.',
      link: 'https://www.postgresql.org/docs/current/passwordcheck.html'
    },
    frameworks: PASSWORD_POLICY_CONTROLS
  },
  evaluate(facts) {
    const libs = libraryTokens(setting(facts, 'shared_preload_libraries').setting);
    const loaded = POLICY_LIBRARIES.filter(l => libs.includes(l));
    if (loaded.length > 0)
      return [pass(msg`${raw(loaded.join(' and '))} is preloaded and enforces password rules.`)];
    const rules = need(facts.hba);
    const shadowed = findShadowing(rules);
    const passwordRules = rules.filter(
      r => r.error === null && isHostRule(r) && !shadowed.has(r) && PASSWORD_METHODS.has(r.method ?? '')
    );
    if (passwordRules.length === 0) {
      return [
        notApplicable(
          msg`No host rule in pg_hba authenticates with a password, so a password policy does not apply.`
        )
      ];
    }
    return [
      fail(
        msg`Neither passwordcheck nor credcheck is preloaded, yet ${raw(count(passwordRules.length, 'host rule'))} ${raw(passwordRules.length === 1 ? 'accepts' : 'accept')} passwords (${raw(valueList(passwordRules.map(ruleLocation), 5))}).`
      )
    ];
  }
});
