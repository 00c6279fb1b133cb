import { pass, warn } from '../../../core/check.js';
import { msg, raw } from '../../../core/text.js';
import { connectionsLogged, isOn, setting } from '../settings.js';
import { definePostgresCheck } from './define.js';

/** Compliant: both log_connections and log_disconnections are on. */
export default definePostgresCheck({
  meta: {
    id: 'pg/connection-logging',
    title: 'Connection logging',
    dimension: 'Audit Logging',
    description: 'log_connections and log_disconnections are both on.',
    rationale:
      'Without connection logs, logins, their sources and brute-force attempts leave no trace, so credential attacks go unnoticed.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'ALTER SYSTEM SET log_connections = on; ALTER SYSTEM SET log_disconnections = on; reload.',
      link: 'https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-CONNECTIONS'
    },
    frameworks: { 'PCI DSS': ['10'], 'SOC 2': ['CC7.2'], HIPAA: ['164.312(b)'], 'ISO 27001': ['8.15'] }
  },
  evaluate(facts) {
    const conn = setting(facts, 'log_connections').setting;
    const disc = setting(facts, 'log_disconnections').setting;
    const missing = [
      !connectionsLogged(conn) && 'log_connections',
      !isOn(disc) && 'log_disconnections'
    ].filter(Boolean);
    if (missing.length === 0) return [pass(msg`log_connections and log_disconnections are on.`)];
    return [
      warn(
        msg`${raw(missing.join(' and '))} ${raw(missing.length === 1 ? 'is' : 'are')} off (log_connections ${conn}, log_disconnections ${disc}): sessions cannot be reconstructed from the logs.`
      )
    ];
  }
});
