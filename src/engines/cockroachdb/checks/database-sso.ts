import { fail, pass } from '../../../core/check.js';
import { need, type Fact } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { isTrue } from '../settings.js';
import { defineCockroachCheck } from './define.js';

/** PASS with SQL JWT login (with issuers) or DB Console OIDC (with a provider); FAIL with neither. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/database-sso',
    title: 'Database SSO (JWT / OIDC)',
    dimension: 'Authentication & SSO',
    family: 'database-sso',
    description: 'SQL users sign in with JWTs from the identity provider, or the DB Console with OIDC.',
    rationale:
      'SQL users with local passwords are managed outside the identity provider, so MFA, central offboarding and password policy do not apply to database access.',
    outcomes: ['PASS', 'FAIL'],
    remediation: {
      text: 'SET CLUSTER SETTING server.jwt_authentication.enabled = true and server.jwt_authentication.issuers.configuration; for the DB Console, server.oidc_authentication.enabled with provider_url, client_id and client_secret.',
      link: 'https://www.cockroachlabs.com/docs/stable/sso-sql'
    },
    frameworks: { 'SOC 2': ['CC6.1'], 'ISO 27001': ['8.5'], HIPAA: ['164.312(d)'] }
  },
  evaluate(facts) {
    const s = facts.settings;
    const get = (n: string) => s[n] as Fact<string> | undefined;
    const val = (n: string) => (get(n)?.ok ? (get(n) as { value: string }).value : undefined);
    const jwt =
      isTrue(val('server.jwt_authentication.enabled')) &&
      (val('server.jwt_authentication.issuers.configuration') ?? '').trim() !== '';
    const oidc =
      isTrue(val('server.oidc_authentication.enabled')) &&
      (val('server.oidc_authentication.provider_url') ?? '').trim() !== '';
    const which = [
      jwt && 'JWT for SQL logins',
      oidc && `OIDC for the DB Console (${val('server.oidc_authentication.provider_url')})`
    ].filter(Boolean);
    if (which.length) return [pass(msg`Single sign-on is configured: ${raw(which.join('; '))}.`)];
    // Not configured, as far as the readable settings tell: any unreadable one makes it UNKNOWN.
    for (const n of [
      'server.jwt_authentication.enabled',
      'server.jwt_authentication.issuers.configuration',
      'server.oidc_authentication.enabled',
      'server.oidc_authentication.provider_url'
    ]) {
      const f = get(n);
      if (f && !f.ok) need(f);
    }
    return [
      fail(
        msg`Neither JWT login for SQL nor OIDC for the DB Console is configured: every login is a password or certificate managed in the cluster.`
      )
    ];
  }
});
