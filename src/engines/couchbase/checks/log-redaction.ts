import { pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';

/** Compliant (EE): collected log bundles redact user data (logRedactionLevel partial). CE: N/A. */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/log-redaction',
    title: 'Log redaction',
    dimension: 'Data Protection',
    description:
      'logRedactionLevel is partial, so collected logs (cbcollect_info) carry no user data in clear.',
    rationale:
      'Without log redaction, log bundles collected for support carry user data (keys, documents, user names) in clear to whoever receives them.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'POST /settings/logRedaction logRedactionLevel=partial (Enterprise Edition); redact again when sending bundles to support.',
      link: 'https://docs.couchbase.com/server/current/manage/manage-logging/manage-logging.html'
    },
    frameworks: { GDPR: ['Art. 32'], 'ISO 27001': ['8.15'] }
  },
  evaluate(facts) {
    const level = need(facts.logRedaction);
    if (level === 'partial')
      return [pass(msg`Log redaction is partial: user data in collected logs is hashed.`)];
    return [
      warn(
        msg`logRedactionLevel is ${level}: log bundles collected for support carry document keys and user names in clear.`
      )
    ];
  }
});
