import { defineCheck, pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import type { CbFacts } from '../facts.js';

/** Compliant: the web console is not served over plain HTTP (port 8091). */
export default defineCheck<CbFacts>({
  meta: {
    id: 'cb/ui-over-http',
    title: 'Web console over HTTP',
    dimension: 'Network Security',
    appliesTo: ['self-hosted', 'cloud'],
    description: 'disableUIOverHttp is true, so administrators log in to the console over HTTPS only.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'POST /settings/security disableUIOverHttp=true (the console stays on https://host:18091).',
      link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
    },
    frameworks: { 'PCI DSS': ['4'], 'SOC 2': ['CC6.7'], 'ISO 27001': ['8.20'] }
  },
  evaluate(facts) {
    const s = need(facts.security);
    if (s.disableUIOverHttp === true)
      return [pass(msg`The web console is served over HTTPS only (disableUIOverHttp true).`)];
    return [
      warn(
        msg`The web console is served over plain HTTP on port 8091 (disableUIOverHttp false): administrator passwords can cross the network unencrypted.`
      )
    ];
  }
});
