import { info, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';
import { AUDIT_LOGGING_CONTROLS } from '../../../policy/control-sets.js';

/** What compliance frameworks are taken to ask for at least (90 days of audit history). */
const RETENTION_DAYS = 90;

function duration(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  return `${Math.round(seconds / 60)} min`;
}

function size(bytes: number): string {
  return bytes % 1048576 === 0 ? `${bytes / 1048576} MiB` : `${bytes} bytes`;
}

/**
 * Informational rotation and pruning; WARN on pruning shorter than compliance retention. The
 * server refuses a rotateInterval outside 900-604800 s (menelaus_web_audit.erl), so time-based
 * rotation is always on; rotateSize 0 (7.6 only; 8.0's minimum is 1 MiB) means no size limit.
 * logPath is left out of the GET when the path is set per node.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/audit-rotation',
    title: 'Audit log rotation and pruning',
    dimension: 'Audit Logging',
    description:
      'Audit logs are not pruned sooner than the retention a named compliance framework asks for (90 days).',
    rationale:
      'Audit logs pruned sooner than the retention a framework demands destroy the evidence an investigation or auditor needs.',
    verify: 'That rotated audit files are shipped off the node and kept for the required retention.',
    outcomes: ['INFO', 'WARN'],
    remediation: {
      text: 'Set pruneAge to 0 or at least 90 days (129600 minutes) when a compliance framework applies, and ship rotated files off the node.',
      link: 'https://docs.couchbase.com/server/current/rest-api/rest-auditing.html'
    },
    frameworks: AUDIT_LOGGING_CONTROLS
  },
  evaluate(facts, ctx) {
    const a = need(facts.audit);
    const interval = a.rotateInterval;
    const bytes = a.rotateSize;
    const prune = a.pruneAge ?? 0;
    const every = interval ? `every ${duration(interval)}` : 'at an unreported interval';
    const sizeText = bytes === null ? '' : bytes === 0 ? ' (no size limit)' : ` or at ${size(bytes)}`;
    const where = a.logPath ? ` into ${a.logPath}` : ' into a log path set per node';
    const summary = `rotates ${every}${sizeText}${where}; pruned ${prune ? `after ${duration(prune * 60)}` : 'never'}`;
    if (ctx.compliance.length > 0 && prune > 0 && prune < RETENTION_DAYS * 1440) {
      return [
        warn(
          msg`Audit log ${raw(summary)}: shorter than the ${raw(String(RETENTION_DAYS))} days of history the named compliance framework asks for, unless the files are shipped elsewhere first.`
        )
      ];
    }
    return [info(msg`Audit log ${raw(summary)}.`)];
  }
});
