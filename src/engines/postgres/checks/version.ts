import { fail, info, pass, warn } from '../../../core/check.js';
import { msg, raw } from '../../../core/text.js';
import { splitVersionNum } from '../releases.js';
import { definePostgresCheck } from './define.js';

/** Compliant: the major version is supported and runs the latest minor release of the shipped table. */
export default definePostgresCheck({
  meta: {
    id: 'pg/version',
    title: 'PostgreSQL version',
    dimension: 'Patch Management',
    description:
      'The server runs a supported major version at its latest minor release (per the dated release table).',
    rationale:
      'A major version past end of support or an old minor release lacks security fixes, so known vulnerabilities stay open.',
    outcomes: ['PASS', 'WARN', 'FAIL', 'INFO'],
    remediation: {
      text: 'Apply the latest minor release (a binary update and restart); plan a major upgrade (pg_upgrade) before end of support.',
      link: 'https://www.postgresql.org/support/versioning/'
    },
    frameworks: { 'PCI DSS': ['1'], 'ISO 27001': ['8.20'] }
  },
  evaluate(facts, ctx) {
    const { major, minor } = splitVersionNum(facts.server.versionNum);
    const table = facts.releases;
    const version = `${major}.${minor}`;
    const dated = msg`release table of ${raw(table.asOf)}`;
    const entry = table.majors.find(m => m.major === major);
    const newest = Math.max(...table.majors.map(m => m.major));
    if (!entry) {
      if (major > newest)
        return [info(msg`PostgreSQL ${raw(version)} is newer than the ${raw(dated)} knows.`)];
      return [
        fail(
          msg`PostgreSQL ${raw(version)} is out of support (major ${raw(String(major))} predates the ${raw(dated)}).`
        )
      ];
    }
    const today = ctx.auditedAt.toISOString().slice(0, 10);
    if (entry.endOfLife <= today) {
      return [
        fail(msg`PostgreSQL ${raw(version)} is out of support since ${raw(entry.endOfLife)} (${raw(dated)}).`)
      ];
    }
    if (minor < entry.latestMinor) {
      return [
        warn(
          msg`PostgreSQL ${raw(version)} is behind the latest minor release ${raw(`${major}.${entry.latestMinor}`)} (${raw(dated)}); support ends ${raw(entry.endOfLife)}.`
        )
      ];
    }
    return [
      pass(
        msg`PostgreSQL ${raw(version)} is the latest minor release of a supported major (${raw(dated)}); support ends ${raw(entry.endOfLife)}.`
      )
    ];
  }
});
