import { pass, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { defineCouchbaseCheck } from './define.js';
import { AUTHENTICATION_CONTROLS } from '../../../policy/control-sets.js';

/** The longest idle console session taken as acceptable (PCI DSS 8.2.8 asks for 15 minutes). */
const MAX_SECONDS = 3600;

/** Compliant: the console logs idle sessions out within an hour. uiSessionTimeout is absent when unset. */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/ui-session-timeout',
    title: 'Console session timeout',
    dimension: 'Authentication & SSO',
    description: 'uiSessionTimeout is set to at most 3600 seconds, so idle console sessions end.',
    rationale:
      'Console sessions that never time out stay usable on an unattended or shared machine and extend the life of a stolen session cookie.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: 'POST /settings/security uiSessionTimeout=900 (seconds; 60-1000000), or Security > Other Settings > Console idle timeout.',
      link: 'https://docs.couchbase.com/server/current/rest-api/rest-setting-security.html'
    },
    frameworks: AUTHENTICATION_CONTROLS
  },
  evaluate(facts) {
    const t = need(facts.security).uiSessionTimeout;
    if (t === null) return [warn(msg`uiSessionTimeout is not set: an idle console session never times out.`)];
    if (t > MAX_SECONDS)
      return [
        warn(
          msg`uiSessionTimeout is ${raw(String(t))} s: idle console sessions last longer than ${raw(String(MAX_SECONDS))} s.`
        )
      ];
    return [pass(msg`Idle console sessions end after ${raw(String(t))} s (uiSessionTimeout).`)];
  }
});
