import { info, warn } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { msg, plural, raw } from '../../../core/text.js';
import { parseCrdbVersion, supportFor } from '../releases.js';
import { defineCockroachCheck } from './define.js';

/** INFO version, plan, regions, provider, nodes; WARN when the release line is out of support. */
export default defineCockroachCheck({
  meta: {
    id: 'crdb/version',
    title: 'CockroachDB version',
    dimension: 'Cluster Configuration',
    description: 'The release line is still supported (per the release table shipped with db-posture).',
    rationale:
      'A release line past its support date receives no security fixes, so known vulnerabilities stay open.',
    outcomes: ['INFO', 'WARN'],
    remediation: {
      text: 'Upgrade to a supported release (rolling upgrade, then finalize); on Cloud, accept or schedule the offered upgrade.',
      link: 'https://www.cockroachlabs.com/docs/releases/release-support-policy'
    },
    frameworks: {}
  },
  evaluate(facts, ctx) {
    const cluster = facts.cloud.cluster.ok ? facts.cloud.cluster.value : undefined;
    const tag = facts.version.ok ? facts.version.value.tag : cluster?.version;
    if (!tag) need(facts.version);
    const v = parseCrdbVersion(tag!);
    const parts = [`CockroachDB ${tag}`];
    if (cluster) {
      parts.push(`${cluster.plan} on ${cluster.cloudProvider}`);
      parts.push(
        `regions ${cluster.regions.map(r => `${r.name}${r.nodeCount ? ` (${r.nodeCount} nodes)` : ''}`).join(', ') || 'none'}`
      );
    } else if (facts.nodeArgs.ok) parts.push(plural(facts.nodeArgs.value.length, 'node'));
    const head = parts.join(', ');
    const asOf = facts.releases.asOf;
    const support = v ? supportFor(facts.releases, v) : undefined;
    if (!v || !support)
      return [info(msg`${raw(head)}: the release line is not in the release table of ${raw(asOf)}.`)];
    const kind = support.lts
      ? ` (LTS from ${v.line}.${support.line.ltsFromPatch})`
      : support.line.innovation
        ? ' (innovation release)'
        : '';
    if (support.endOfMaintenance < ctx.auditedAt.toISOString().slice(0, 10)) {
      return [
        warn(
          msg`${raw(head)}: v${raw(v.release)}${raw(kind)} left maintenance support on ${raw(support.endOfMaintenance)} (release table of ${raw(asOf)}).`
        )
      ];
    }
    return [
      info(
        msg`${raw(head)}: v${raw(v.release)}${raw(kind)} is supported until ${raw(support.endOfMaintenance)} (release table of ${raw(asOf)}).`
      )
    ];
  }
});
