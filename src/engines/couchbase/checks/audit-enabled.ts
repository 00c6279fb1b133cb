import { fail, pass } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';
import { AUDIT_LOGGING_CONTROLS } from '../../../policy/control-sets.js';

/** Compliant: auditd is on, so every node writes an audit log. */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/audit-enabled',
    title: 'Auditing enabled',
    dimension: 'Audit Logging',
    family: 'audit-logging',
    description:
      'Auditing (auditdEnabled) is on, so each node writes an audit log of security-relevant events.',
    rationale:
      'With auditing off, logins, role changes and administrative actions leave no record, so misuse cannot be detected or investigated.',
    outcomes: ['PASS', 'FAIL'],
    remediation: {
      text: "Enable auditing (Security > Audit, or POST /settings/audit auditdEnabled=true) and ship each node's audit.log to your log platform.",
      link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-auditing.html'
    },
    frameworks: AUDIT_LOGGING_CONTROLS
  },
  evaluate(facts) {
    const audit = need(facts.audit);
    if (!audit.auditdEnabled) {
      return [
        fail(msg`Auditing is off (auditdEnabled false): no node records logins, role changes or data access.`)
      ];
    }
    return [
      pass(
        audit.logPath
          ? msg`Auditing is on (auditdEnabled true); each node writes to ${audit.logPath}.`
          : msg`Auditing is on (auditdEnabled true).`
      )
    ];
  }
});
