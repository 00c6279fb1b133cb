import { pass, warn } from '../../../core/check.js';
import { msg, raw } from '../../../core/text.js';
import { isTrue, setting } from '../settings.js';
import { defineCockroachCheck } from './define.js';
import { AUDIT_LOGGING_CONTROLS } from '../../../policy/control-sets.js';

/** Connection and session events on the SESSIONS channel, the companion of SENSITIVE_ACCESS. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/session-logging',
    title: 'Session logging',
    dimension: 'Audit Logging',
    description:
      'server.auth_log.sql_connections.enabled and server.auth_log.sql_sessions.enabled are both on.',
    rationale:
      'Without connection and session logs, logins, failed attempts and their sources leave no trace, so credential attacks go unnoticed and incidents cannot be reconstructed.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'SET CLUSTER SETTING server.auth_log.sql_connections.enabled = true; SET CLUSTER SETTING server.auth_log.sql_sessions.enabled = true;',
      link: 'https://www.cockroachlabs.com/docs/stable/logging-use-cases#security-and-audit-monitoring'
    },
    frameworks: AUDIT_LOGGING_CONTROLS
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
