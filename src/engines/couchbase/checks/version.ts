import { info, warn } from '../../../core/check.js';
import { msg, raw } from '../../../core/text.js';
import { compareVersions, parseCouchbaseVersion } from '../releases.js';
import { defineCouchbaseCheck } from './define.js';

/** INFO version and edition; WARN when the release line is past its end of maintenance. */
export default defineCouchbaseCheck({
  meta: {
    id: 'cb/version',
    title: 'Couchbase Server version',
    dimension: 'Cluster Configuration',
    description: 'The release line is still maintained (per the release table shipped with db-posture).',
    rationale:
      'A release line that is no longer maintained receives no security fixes, so known vulnerabilities stay open.',
    outcomes: ['INFO', 'WARN'],
    remediation: {
      text: 'Upgrade to a maintained release line (online upgrade node by node, or swap rebalance) and keep to its latest maintenance release.',
      link: 'https://docs.couchbase.com/server/current/install/upgrade.html'
    },
    // Patch management maps to no control in the framework table of policy.md.
    frameworks: {}
  },
  evaluate(facts, ctx) {
    const c = facts.cluster;
    const edition = c.edition === 'enterprise' ? 'Enterprise Edition' : 'Community Edition';
    const v = parseCouchbaseVersion(c.version);
    const asOf = facts.releases.asOf;
    if (!v)
      return [info(msg`Couchbase Server ${c.version} (${raw(edition)}): the version cannot be parsed.`)];
    const versions = [
      ...new Set(c.nodes.map(n => parseCouchbaseVersion(n.version)?.release).filter(Boolean))
    ];
    const mixed = versions.length > 1 ? `; nodes run ${versions.join(', ')} (mixed-version cluster)` : '';
    const line = facts.releases.lines.find(l => l.line === v.line);
    const head = `Couchbase Server ${v.release} ${edition}${mixed}`;
    if (!line) {
      return [info(msg`${raw(head)}: the ${raw(v.line)} line is not in the release table of ${raw(asOf)}.`)];
    }
    const today = ctx.auditedAt.toISOString().slice(0, 10);
    if (line.endOfMaintenance < today) {
      return [
        warn(
          msg`${raw(head)}: the ${raw(v.line)} line left maintenance on ${raw(line.endOfMaintenance)} (release table of ${raw(asOf)}).`
        )
      ];
    }
    const behind =
      compareVersions(v.release, line.latest) < 0 ? `; ${line.latest} is the latest ${v.line} release` : '';
    return [
      info(
        msg`${raw(head)}: maintained until ${raw(line.endOfMaintenance)}${raw(behind)} (release table of ${raw(asOf)}).`
      )
    ];
  }
});
