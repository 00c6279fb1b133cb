import { defineCheck, fail, pass } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import type { CbFacts } from '../facts.js';
import type { FrameworkRefs } from '../../../policy/frameworks.js';

export const AUDIT_FRAMEWORKS: FrameworkRefs = {
  'SOC 2': ['CC7.2'],
  HIPAA: ['164.312(b)'],
  'PCI DSS': ['10'],
  'ISO 27001': ['8.15'],
  GDPR: ['Art. 32']
};

/** Compliant: auditd is on, so every node writes an audit log. */
export default defineCheck<CbFacts>({
  meta: {
    id: 'cb/audit-enabled',
    title: 'Auditing enabled',
    dimension: 'Audit Logging',
    family: 'audit-logging',
    appliesTo: ['self-hosted', 'cloud'],
    description:
      'Auditing (auditdEnabled) is on, so each node writes an audit log of security-relevant events.',
    outcomes: ['PASS', 'FAIL'],
    remediation: {
      text: "Enable auditing (Security > Audit, or POST /settings/audit auditdEnabled=true) and ship each node's audit.log to your log platform.",
      link: 'https://docs.couchbase.com/server/current/manage/manage-security/manage-auditing.html'
    },
    frameworks: AUDIT_FRAMEWORKS
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
