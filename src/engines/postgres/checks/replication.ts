import { info, warn, type RawFinding } from '../../../core/check.js';
import { need } from '../../../core/facts.js';
import { count, msg, raw } from '../../../core/text.js';
import {
  acceptsPlaintext,
  describeRule,
  findShadowing,
  isLocalOnly,
  parseAddress,
  ruleLocation
} from '../hba.js';
import { definePostgresCheck } from './define.js';

/** Informational inventory of replication; WARN when replication may travel unencrypted off-host. */
export default definePostgresCheck({
  meta: {
    id: 'pg/replication',
    title: 'Replication',
    dimension: 'Backup & Recovery',
    description: 'Replication connections from remote hosts are only accepted over TLS (hostssl).',
    rationale:
      'Replication over plain connections streams the whole database, and the replication credential, across the network in clear.',
    outcomes: ['INFO', 'WARN'],
    remediation: {
      text: 'Use hostssl (not host) for replication rules in pg_hba.conf and sslmode=verify-full in primary_conninfo.',
      link: 'https://www.postgresql.org/docs/current/warm-standby.html#STREAMING-REPLICATION-AUTHENTICATION'
    },
    frameworks: { 'SOC 2': ['A1.2', 'CC6.7'], 'ISO 27001': ['8.13'] }
  },
  evaluate(facts) {
    const findings: RawFinding[] = [];
    const repl = need(facts.replication);
    let publications = 0;
    if (facts.databases.ok)
      for (const db of facts.databases.value)
        if (db.publications.ok) publications += db.publications.value.length;
    const activeSlots = repl.slots.filter(s => s.active).length;
    findings.push(
      info(
        msg`${raw(count(repl.senders.length, 'streaming replica'))} connected, ${raw(count(repl.slots.length, 'replication slot'))} (${raw(String(activeSlots))} active), ${raw(count(publications, 'publication'))}.`
      )
    );
    const rules = need(facts.hba);
    const shadowed = findShadowing(rules);
    for (const rule of rules) {
      if (rule.error !== null || shadowed.has(rule) || rule.method === 'reject') continue;
      if (!rule.databases.includes('replication') || !acceptsPlaintext(rule)) continue;
      if (isLocalOnly(parseAddress(rule))) continue;
      const text = describeRule(rule);
      findings.push(
        warn(
          msg`Replication rule at ${raw(ruleLocation(rule))} (${text}) accepts non-TLS connections from remote addresses.`,
          text
        )
      );
    }
    return findings;
  }
});
