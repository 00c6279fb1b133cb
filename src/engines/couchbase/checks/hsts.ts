import { pass, warn } from '../../../core/check.js';
import { need, notApplicableHere } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';

/**
 * Compliant (EE): the console sends Strict-Transport-Security (responseHeaders), so browsers
 * never fall back to plain HTTP. Community Edition cannot set response headers (ee_only_settings
 * leaves responseHeaders out of the GET): N/A there.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/hsts',
    title: 'HTTP Strict Transport Security',
    dimension: 'Network Security',
    description: 'The REST API and console send a Strict-Transport-Security header with a max-age.',
    rationale:
      'Without HSTS, a browser can be downgraded to plain HTTP on the first visit, exposing administrator credentials and session cookies.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'POST /settings/security responseHeaders=\'{"Strict-Transport-Security":"max-age=31536000;includeSubDomains"}\' (Enterprise Edition).',
      link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-hsts.html'
    },
    frameworks: { 'PCI DSS': ['4'], 'SOC 2': ['CC6.7'] }
  },
  evaluate(facts) {
    const s = need(facts.security);
    if (facts.cluster.edition === 'community' && !s.responseHeadersPresent) {
      need(
        notApplicableHere(
          msg`Community Edition cannot set response headers (HSTS is Enterprise Edition only).`
        )
      );
    }
    if (!s.hsts)
      return [
        warn(
          msg`No Strict-Transport-Security header is set (responseHeaders is empty): browsers may be downgraded to plain HTTP.`
        )
      ];
    if (!/max-age=\d*[1-9]/.test(s.hsts))
      return [
        warn(
          msg`Strict-Transport-Security is ${s.hsts}: without a positive max-age browsers do not keep HTTPS.`
        )
      ];
    return [pass(msg`Strict-Transport-Security is ${s.hsts}.`)];
  }
});
