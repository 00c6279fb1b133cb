import { defineCheck, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { CrdbFacts } from '../facts.js';
import { AUDIT_FRAMEWORKS } from './audit-logging.js';

const REQUIRED = ['SESSIONS', 'USER_ADMIN', 'PRIVILEGES', 'SENSITIVE_ACCESS'];

/** Cloud log export ENABLED and not omitting the security channels. */
export default defineCheck<CrdbFacts>({
  meta: {
    id: 'crdb/log-export',
    title: 'Log export',
    dimension: 'Audit Logging',
    appliesTo: ['cloud'],
    description:
      'Cloud log export is enabled and ships the SESSIONS, USER_ADMIN, PRIVILEGES and SENSITIVE_ACCESS channels.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'Enable log export to CloudWatch, Cloud Logging or Azure Log Analytics (POST /api/v1/clusters/{id}/logexport) without omitting the security channels.',
      link: 'https://www.cockroachlabs.com/docs/cockroachcloud/export-logs'
    },
    frameworks: AUDIT_FRAMEWORKS
  },
  evaluate(facts) {
    const le = need(facts.cloud.logExport);
    if (le.status !== 'ENABLED')
      return [warn(msg`Log export is ${raw(le.status)}: no audit trail reaches a SIEM.`)];
    const omitted = REQUIRED.filter(c => le.omittedChannels.includes(c));
    if (omitted.length)
      return [warn(msg`Log export to ${raw(le.type ?? '?')} omits ${raw(omitted.join(', '))}.`)];
    return [pass(msg`Log export to ${raw(le.type ?? '?')} is enabled with every security channel.`)];
  }
});
