import { defineCheck, fail, pass, warn, type RawFinding } from '../../../core/check.js';
import { need, unavailable } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import type { CbFacts } from '../facts.js';
import { TRANSIT_FRAMEWORKS } from './tls-version.js';

const DAY = 86400000;

/**
 * Per trusted CA (EE): FAIL when expired or within 30 days of notAfter, WARN within 90 or when
 * the server itself warns (expires_soon, expired). Node certificates can be valid while their CA
 * is not. Community Edition has no trusted-CA store: N/A.
 */
export default defineCheck<CbFacts>({
  meta: {
    id: 'cb/trusted-cas',
    title: 'Trusted CA expiry',
    dimension: 'Encryption',
    appliesTo: ['self-hosted', 'cloud'],
    description: 'Every trusted CA certificate is valid for more than 90 days.',
    outcomes: ['PASS', 'WARN', 'FAIL'],
    remediation: {
      text: 'Load the renewed CA (POST /node/controller/loadTrustedCAs on each node) and re-issue node and client certificates from it before the old CA expires; then remove the old CA.',
      link: 'https://docs.couchbase.com/server/current/manage/manage-security/configure-server-certificates.html'
    },
    frameworks: TRANSIT_FRAMEWORKS
  },
  evaluate(facts, ctx) {
    const cas = need(facts.trustedCAs);
    const findings: RawFinding[] = [];
    for (const ca of cas) {
      const at = Date.parse(ca.notAfter);
      const what = msg`Trusted CA ${ca.subject} (${ca.type})`;
      if (Number.isNaN(at)) {
        need(
          unavailable(msg`Trusted CA ${ca.subject} reports an unreadable notAfter ${ca.notAfter}.`),
          ca.subject
        );
      }
      const days = Math.round((at - ctx.auditedAt.getTime()) / DAY);
      const date = new Date(at).toISOString().slice(0, 10);
      const serverWarns = ca.warnings.filter(w => w === 'expired' || w === 'expires_soon');
      const note = serverWarns.length ? ` (the server warns ${serverWarns.join(', ')})` : '';
      if (days < 0) findings.push(fail(msg`${raw(what)} expired on ${raw(date)}${raw(note)}.`, ca.subject));
      else if (days <= 30)
        findings.push(
          fail(
            msg`${raw(what)} expires on ${raw(date)}, in ${raw(String(days))} days${raw(note)}.`,
            ca.subject
          )
        );
      else if (days <= 90 || serverWarns.length)
        findings.push(
          warn(
            msg`${raw(what)} expires on ${raw(date)}, in ${raw(String(days))} days${raw(note)}.`,
            ca.subject
          )
        );
      else
        findings.push(
          pass(msg`${raw(what)} expires on ${raw(date)}, in ${raw(String(days))} days.`, ca.subject)
        );
    }
    if (findings.length === 0)
      findings.push(pass(msg`No trusted CA is loaded beyond none: nothing can expire.`));
    return findings;
  }
});
