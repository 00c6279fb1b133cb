import { fail, pass } from '../../../core/check.js';
import { msg } from '../../../core/text.js';
import { isTrue, setting } from '../settings.js';
import { defineCockroachCheck } from './define.js';
import { AUTHENTICATION_CONTROLS } from '../../../policy/control-sets.js';

/**
 * server.user_login.session_revival_token.enabled (hidden, default false): a session revival token
 * authenticates a new session with no password or certificate (cockroach
 * pkg/sql/session_revival_token.go). It exists for the Serverless SQL proxy; on a self-hosted
 * cluster it is a credential bypass.
 */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/session-revival-token',
    title: 'Session revival tokens',
    dimension: 'Authentication & SSO',
    appliesTo: ['self-hosted'],
    description:
      'server.user_login.session_revival_token.enabled is off, so no session starts without a credential.',
    rationale:
      'A session revival token starts a new session with no password or certificate; the mechanism exists for the Serverless SQL proxy, and on a self-hosted cluster it is a way to log in without a credential.',
    outcomes: ['PASS', 'FAIL'],
    remediation: {
      text: 'SET CLUSTER SETTING server.user_login.session_revival_token.enabled = false;',
      link: 'https://www.cockroachlabs.com/docs/stable/cluster-settings'
    },
    frameworks: AUTHENTICATION_CONTROLS
  },
  evaluate(facts) {
    const on = isTrue(setting(facts, 'server.user_login.session_revival_token.enabled'));
    return on
      ? [
          fail(
            msg`server.user_login.session_revival_token.enabled is on: a session revival token opens a new session without a password or certificate (meant only for CockroachDB's Serverless SQL proxy).`
          )
        ]
      : [pass(msg`server.user_login.session_revival_token.enabled is off (the default).`)];
  }
});
