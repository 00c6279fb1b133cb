import { info } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';

/**
 * Informational: whether clients may log in with X.509 certificates and how a certificate
 * becomes a user (prefixes). `mandatory` refuses password logins on TLS ports; 8.0 adds `hybrid`.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/client-cert-auth',
    title: 'Client certificate authentication',
    dimension: 'Authentication & SSO',
    description:
      'Reports the client certificate authentication state and the rules that map a certificate to a user.',
    rationale:
      'Loose certificate-to-user mapping rules let any certificate the trusted CAs issued sign in as a Couchbase user derived from its fields.',
    verify: 'That each prefix rule maps only certificates your CA issues for Couchbase users.',
    outcomes: ['INFO'],
    remediation: {
      text: 'Review GET /settings/clientCertAuth: with enable or mandatory, make sure each prefix rule maps only certificates your CA issues for Couchbase users.',
      link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-client-certificates.html'
    },
    frameworks: {}
  },
  evaluate(facts) {
    const c = need(facts.clientCertAuth);
    if (c.state === 'disable')
      return [
        info(msg`Client certificate authentication is off (state disable): clients log in with passwords.`)
      ];
    const rules = c.prefixes.map(p => `${p.path} prefix "${p.prefix}" delimiter "${p.delimiter}"`);
    return [
      info(
        msg`Client certificate authentication is ${c.state}; a certificate becomes a user by ${rules.length ? rules.join('; ') : 'no rule (no certificate maps to a user)'}${raw(c.state === 'mandatory' ? '; clients without a certificate are refused on TLS ports' : '')}.`
      )
    ];
  }
});
