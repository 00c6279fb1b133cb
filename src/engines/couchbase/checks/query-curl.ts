import { pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw, valueList } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';

/**
 * Compliant: SQL++ CURL() may reach only the listed URLs (all_access false). With all_access
 * true a query_external_access user can make the query service fetch any URL (SSRF).
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/query-curl',
    title: 'SQL++ CURL() allowlist',
    dimension: 'Network Security',
    description: 'The query CURL() allowlist does not allow every URL (all_access false).',
    rationale:
      'A CURL() allowlist open to every URL lets a query reach internal services and cloud metadata endpoints (server-side request forgery) or send data out.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'POST /settings/querySettings/curlAllowlist with all_access false and only the URLs queries need in allowed_urls; grant query_external_access sparingly.',
      link: 'https://docs.couchbase.com/server/current/n1ql/n1ql-language-reference/curl.html'
    },
    frameworks: { 'SOC 2': ['CC6.6'], 'ISO 27001': ['8.20'] }
  },
  evaluate(facts) {
    const c = need(facts.curlAllowlist);
    if (c.allAccess)
      return [
        warn(
          msg`The CURL() allowlist has all_access true: SQL++ queries can fetch any URL the query nodes reach, internal services included.`
        )
      ];
    return [
      pass(
        c.allowedUrls.length
          ? msg`CURL() may reach only ${raw(String(c.allowedUrls.length))} allowed URL prefix${raw(c.allowedUrls.length === 1 ? '' : 'es')}: ${valueList(c.allowedUrls)}.`
          : msg`CURL() may reach no URL (all_access false, no allowed URL).`
      )
    ];
  }
});
