import { info, warn } from '../../../core/check.js';
import { msg, raw } from '../../../core/text.js';
import { formatBytes, setting, settingBytes } from '../settings.js';
import { definePostgresCheck } from './define.js';

/** Beyond this many direct connections a pooler is the usual answer (per-backend memory, contention). */
const HARD_CEILING = 500;

/**
 * Informational sizing. The host's RAM is not visible over SQL, so it is estimated from
 * shared_buffers (conventionally a quarter of RAM); WARN when every connection using one work_mem
 * would exceed twice that estimate, or beyond the hard ceiling.
 */
export default definePostgresCheck({
  meta: {
    id: 'pg/connection-limits',
    title: 'Connection limits',
    dimension: 'Configuration',
    description: 'max_connections is sane for the memory configured (a sizing hint, not a security control).',
    rationale:
      'A max_connections far beyond what memory allows lets a connection storm exhaust the server, and no reserved superuser slots leaves no way in to fix it.',
    outcomes: ['INFO', 'WARN'],
    remediation: {
      text: 'Lower max_connections and put a pooler (PgBouncer) in front; keep superuser_reserved_connections above 0 for emergency access.',
      link: 'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-MAX-CONNECTIONS'
    },
    frameworks: {}
  },
  evaluate(facts) {
    const max = Number(setting(facts, 'max_connections').setting);
    const reserved = setting(facts, 'superuser_reserved_connections').setting;
    const sb = setting(facts, 'shared_buffers');
    const wm = setting(facts, 'work_mem');
    const sharedBytes = settingBytes(sb) ?? 0;
    const workBytes = settingBytes(wm) ?? 0;
    const summary = msg`max_connections ${raw(String(max))}, shared_buffers ${raw(formatBytes(sharedBytes))}, work_mem ${raw(formatBytes(workBytes))}, superuser_reserved_connections ${reserved}`;
    const estimatedRam = sharedBytes * 4;
    if (max > HARD_CEILING) {
      return [
        warn(
          msg`${raw(summary)}: more than ${raw(String(HARD_CEILING))} direct connections; use a connection pooler.`
        )
      ];
    }
    if (estimatedRam > 0 && max * workBytes > 2 * estimatedRam) {
      return [
        warn(
          msg`${raw(summary)}: ${raw(String(max))} connections × work_mem could use ${raw(formatBytes(max * workBytes))}, over twice the ~${raw(formatBytes(estimatedRam))} of RAM implied by shared_buffers.`
        )
      ];
    }
    return [info(msg`${raw(summary)}.`)];
  }
});
