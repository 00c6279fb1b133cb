import { pass, warn } from '../../../core/check.js';
import { msg, raw } from '../../../core/text.js';
import { setting } from '../settings.js';
import { definePostgresCheck } from './define.js';

const NEEDED: { what: string; escapes: string[] }[] = [
  { what: 'time (%t, %m or %n)', escapes: ['%t', '%m', '%n'] },
  { what: 'user (%u)', escapes: ['%u'] },
  { what: 'database (%d)', escapes: ['%d'] },
  { what: 'client (%h or %r)', escapes: ['%h', '%r'] },
  { what: 'process or session (%p or %c)', escapes: ['%p', '%c'] }
];

/** Escapes present in a prefix; `%%` is a literal percent, and `%-10u` style padding is allowed. */
function escapesIn(prefix: string): Set<string> {
  const found = new Set<string>();
  for (const m of prefix.matchAll(/%(-?\d*)([a-zA-Z%])/g)) if (m[2] !== '%') found.add(`%${m[2]}`);
  return found;
}

/** Compliant: every log line says when, who, where from, which database and which session. */
export default definePostgresCheck({
  meta: {
    id: 'pg/log-line-prefix',
    title: 'Log line prefix',
    dimension: 'Audit Logging',
    description:
      'log_line_prefix carries time, user, database, client and process/session (or logs go to csvlog/jsonlog).',
    rationale:
      'Log lines without time, user, database and client cannot be tied to who did what from where, so logs are of little use in an investigation.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: "ALTER SYSTEM SET log_line_prefix = '%m [%p] %q%u@%d from %h '; reload.",
      link: 'https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-LINE-PREFIX'
    },
    frameworks: { 'PCI DSS': ['10'], 'SOC 2': ['CC7.2'], 'ISO 27001': ['8.15'], HIPAA: ['164.312(b)'] }
  },
  evaluate(facts) {
    const destinations = setting(facts, 'log_destination')
      .setting.split(',')
      .map(d => d.trim());
    const structured = destinations.filter(d => d === 'csvlog' || d === 'jsonlog');
    const prefix = setting(facts, 'log_line_prefix').setting;
    const found = escapesIn(prefix);
    const missing = NEEDED.filter(n => !n.escapes.some(e => found.has(e))).map(n => n.what);
    if (missing.length === 0)
      return [pass(msg`log_line_prefix ${prefix} records time, user, database, client and process.`)];
    if (structured.length > 0 && destinations.every(d => d === 'csvlog' || d === 'jsonlog')) {
      return [
        pass(
          msg`Logs go to ${raw(structured.join(' and '))}, which record time, user, database, client and process in every entry.`
        )
      ];
    }
    return [warn(msg`log_line_prefix ${prefix} lacks ${raw(missing.join(', '))}.`)];
  }
});
