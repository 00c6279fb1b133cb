import { pass, warn } from '../../../core/check.js';
import { msg } from '../../../core/text.js';
import { setting } from '../settings.js';
import { definePostgresCheck } from './define.js';

/** Compliant: at least DDL statements are logged. */
export default definePostgresCheck({
  meta: {
    id: 'pg/log-statement',
    title: 'Statement logging',
    dimension: 'Audit Logging',
    description: 'log_statement is ddl, mod or all.',
    rationale:
      'With log_statement none, schema changes and data modifications leave no record in the server log.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: "ALTER SYSTEM SET log_statement = 'ddl'; reload (use pgaudit for finer, structured auditing).",
      link: 'https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-STATEMENT'
    },
    frameworks: { 'PCI DSS': ['10'], 'SOC 2': ['CC7.2'], 'ISO 27001': ['8.15'] }
  },
  evaluate(facts) {
    const value = setting(facts, 'log_statement').setting;
    if (['ddl', 'mod', 'all'].includes(value)) return [pass(msg`log_statement is ${value}.`)];
    return [warn(msg`log_statement is ${value}: schema changes are not logged.`)];
  }
});
