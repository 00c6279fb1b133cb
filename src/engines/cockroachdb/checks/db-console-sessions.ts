import { pass, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, raw } from '../../../core/text.js';
import { isTrue } from '../settings.js';
import { defineCockroachCheck } from './define.js';
import { AUTHENTICATION_CONTROLS } from '../../../policy/control-sets.js';

/** Longest DB Console session the check accepts without a finding (the default is 168 hours). */
const MAX_HOURS = 12;

/** `168:00:00`, `168h0m0s`, `12h`, `30m`, `1 day` -> hours; NaN when not a duration. */
export function durationHours(v: string): number {
  const t = v.trim();
  let m = /^(?:(\d+) days? )?(\d+):(\d\d):(\d\d(?:\.\d+)?)$/.exec(t);
  if (m) return Number(m[1] ?? 0) * 24 + Number(m[2]) + Number(m[3]) / 60 + Number(m[4]) / 3600;
  m = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(t);
  if (m && t !== '') return Number(m[1] ?? 0) + Number(m[2] ?? 0) / 60 + Number(m[3] ?? 0) / 3600;
  return Number.NaN;
}

/** DB Console sessions: lifetime (server.web_session.timeout) and HSTS (server.hsts.enabled). */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/db-console-sessions',
    title: 'DB Console sessions',
    dimension: 'Authentication & SSO',
    appliesTo: ['self-hosted'],
    description: `DB Console sessions last at most ${MAX_HOURS} hours and the console sends HSTS.`,
    rationale:
      'Long-lived DB Console sessions widen the window in which a stolen session cookie works, and without HSTS a browser can be downgraded to plain HTTP and leak it.',
    outcomes: ['PASS', 'WARN'],
    remediation: {
      text: "SET CLUSTER SETTING server.web_session.timeout = '12h'; SET CLUSTER SETTING server.hsts.enabled = true;",
      link: 'https://www.cockroachlabs.com/docs/stable/cluster-settings'
    },
    frameworks: AUTHENTICATION_CONTROLS
  },
  evaluate(facts) {
    const raw_ = need(facts.settings['server.web_session.timeout']!);
    const hours = durationHours(raw_);
    const hsts = isTrue(need(facts.settings['server.hsts.enabled']!));
    const findings: RawFinding[] = [];
    if (!Number.isFinite(hours))
      findings.push(
        warn(msg`server.web_session.timeout reads ${raw_}, which is not a duration this check understands.`)
      );
    else if (hours > MAX_HOURS)
      findings.push(
        warn(
          msg`server.web_session.timeout is ${raw(raw_)} (${raw(String(Math.round(hours)))} hours${raw(hours === 168 ? ', the default' : '')}): a stolen DB Console cookie stays valid that long.`
        )
      );
    if (!hsts)
      findings.push(
        warn(msg`server.hsts.enabled is off: browsers may reach the DB Console over plain HTTP first.`)
      );
    if (findings.length) return findings;
    return [pass(msg`DB Console sessions last ${raw(raw_)} and HSTS is on.`)];
  }
});
