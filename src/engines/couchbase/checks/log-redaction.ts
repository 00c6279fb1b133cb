import { defineCheck, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import type { CbFacts } from '../facts.js';

/** Compliant (EE): collected log bundles redact user data (logRedactionLevel partial). CE: N/A. */
export default defineCheck<CbFacts>({
  meta: {
    id: 'cb/log-redaction',
    title: 'Log redaction',
    dimension: 'Data Protection',
    appliesTo: ['self-hosted', 'cloud'],
    description:
      'logRedactionLevel is partial, so collected logs (cbcollect_info) carry no user data in clear.',
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
