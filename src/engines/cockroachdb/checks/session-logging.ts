import { defineCheck, pass, warn } from '../../../core/check.js';
import { msg, raw } from '../../../core/text.js';
import type { CrdbFacts } from '../facts.js';
import { isTrue, setting } from '../settings.js';
import { AUDIT_FRAMEWORKS } from './audit-logging.js';

/** Connection and session events on the SESSIONS channel, the companion of SENSITIVE_ACCESS. */
export default defineCheck<CrdbFacts>({
  meta: {
    id: 'crdb/session-logging',
    title: 'Session logging',
    dimension: 'Audit Logging',
    appliesTo: ['self-hosted', 'cloud'],
    description:
      'server.auth_log.sql_connections.enabled and server.auth_log.sql_sessions.enabled are both on.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'SET CLUSTER SETTING server.auth_log.sql_connections.enabled = true; SET CLUSTER SETTING server.auth_log.sql_sessions.enabled = true;',
      link: 'https://www.cockroachlabs.com/docs/stable/logging-use-cases#security-and-audit-monitoring'
    },
    frameworks: AUDIT_FRAMEWORKS
  },
  evaluate(facts) {
    const conn = isTrue(setting(facts, 'server.auth_log.sql_connections.enabled'));
    const sess = isTrue(setting(facts, 'server.auth_log.sql_sessions.enabled'));
    if (conn && sess) return [pass(msg`Connection and session events are logged (SESSIONS channel).`)];
    const off = [
      !conn && 'server.auth_log.sql_connections.enabled',
      !sess && 'server.auth_log.sql_sessions.enabled'
    ]
      .filter(Boolean)
      .join(' and ');
    return [
      warn(
        msg`${raw(off)} ${raw(off.includes(' and ') ? 'are' : 'is')} off: logins and sessions cannot be reconstructed from the logs.`
      )
    ];
  }
});
