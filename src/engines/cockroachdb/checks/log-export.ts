import { notApplicable, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCockroachCheck } from './define.js';
import { AUDIT_LOGGING_CONTROLS } from '../../../policy/control-sets.js';

const REQUIRED = ['SESSIONS', 'USER_ADMIN', 'PRIVILEGES', 'SENSITIVE_ACCESS'];

/** Cloud log export ENABLED and not omitting the security channels. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/log-export',
    title: 'Log export',
    dimension: 'Audit Logging',
    appliesTo: ['cloud'],
    description:
      'Cloud log export is enabled and ships the SESSIONS, USER_ADMIN, PRIVILEGES and SENSITIVE_ACCESS channels.',
    rationale:
      "Without log export, session, privilege and sensitive-access events stay inside the managed service, beyond the SIEM's alerting and retention, and are lost for investigations.",
    outcomes: ['PASS', 'WARN', 'N/A'],
    remediation: {
      text: 'Enable log export to CloudWatch, Cloud Logging or Azure Log Analytics (POST /api/v1/clusters/{id}/logexport) without omitting the security channels.',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/export-logs'
    },
    frameworks: AUDIT_LOGGING_CONTROLS
  },
  evaluate(facts) {
    const cluster = need(facts.cloud.cluster);
    if (cluster.plan === 'BASIC')
      return [notApplicable(msg`Basic clusters cannot export logs; log export needs Standard or Advanced.`)];
    const le = need(facts.cloud.logExport);
    if (le.status !== 'ENABLED')
      return [warn(msg`Log export is ${raw(le.status)}: no audit trail reaches a SIEM.`)];
    const omitted = REQUIRED.filter(c => le.omittedChannels.includes(c));
    if (omitted.length)
      return [warn(msg`Log export to ${raw(le.type ?? '?')} omits ${raw(omitted.join(', '))}.`)];
    // Audit events on SENSITIVE_ACCESS and SESSIONS are logged at INFO: a group that routes them
    // with min_level WARNING or above drops every one of them.
    const dropping = (le.groups ?? []).flatMap(g =>
      ['WARNING', 'ERROR', 'FATAL'].includes(g.minLevel.toUpperCase())
        ? g.channels
            .filter(c => INFO_AUDIT.includes(c.toUpperCase()))
            .map(c => `${c} in group ${g.logName} (min_level ${g.minLevel})`)
        : []
    );
    if (dropping.length)
      return [
        warn(
          msg`Log export to ${raw(le.type ?? '?')} drops every audit event of ${raw(dropping.join(', '))}: those events are logged at INFO.`
        )
      ];
    return [
      pass(msg`Log export to ${raw(le.type ?? '?')} is enabled with every security channel at INFO or below.`)
    ];
  }
});

const INFO_AUDIT = ['SENSITIVE_ACCESS', 'SESSIONS'];
