import { pass, warn } from '../../../core/check.js';
import { need, notApplicableHere, unavailable } from '../../../core/facts.js';
import { msg } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';

/**
 * Compliant (EE): trusted CAs can be loaded from the node itself only (allowNonLocalCACertUpload
 * false, changeable from localhost only). Community Edition cannot load CAs at all: N/A.
 */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/ca-upload',
    title: 'Remote CA upload',
    dimension: 'Encryption',
    description: 'allowNonLocalCACertUpload is false, so a trusted CA cannot be added over the network.',
    rationale:
      'If a CA can be uploaded over the network, anyone with a security-admin credential can add a CA they control and mint certificates the cluster trusts for client authentication.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'On a node, from localhost: POST /settings/security allowNonLocalCACertUpload=false.',
      link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
    },
    frameworks: { 'PCI DSS': ['4'], 'SOC 2': ['CC6.1'] }
  },
  evaluate(facts) {
    const s = need(facts.security);
    if (facts.cluster.edition === 'community') {
      need(notApplicableHere(msg`Community Edition cannot load trusted CAs (Enterprise Edition only).`));
    }
    if (s.allowNonLocalCACertUpload === true)
      return [
        warn(
          msg`allowNonLocalCACertUpload is true: anyone with security-admin rights can add a trusted CA over the network and have certificates it signs accepted.`
        )
      ];
    if (s.allowNonLocalCACertUpload === false)
      return [
        pass(msg`Trusted CAs can be loaded from the node itself only (allowNonLocalCACertUpload false).`)
      ];
    need(unavailable(msg`GET /settings/security did not report allowNonLocalCACertUpload.`));
    return [];
  }
});
